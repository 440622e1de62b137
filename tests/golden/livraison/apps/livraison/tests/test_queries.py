"""Query counts of the Livraison API: every list, detail and nested list runs as
many queries for 30 rows as for 3, and no more than its query plan needs. An admin reads, so
that every row shows whoever owns it."""

import pytest
from django.urls import reverse

from apps.core.relations_testing import assert_constant_queries, create_linked
from apps.livraison.models import (
    Client,
    Colis,
    Expedition,
    Livreur,
    PointRelais,
    Session,
    Utilisateur,
)

pytestmark = pytest.mark.django_db


def test_utilisateur_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("livraison:utilisateur-list"), {"page_size": 100}
        ),
        lambda count: create_linked(Utilisateur, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_client_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("livraison:client-list"), {"page_size": 100}),
        lambda count: create_linked(Client, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_client_colis_as_expediteur(admin_client):
    parent = create_linked(Client, 1)[0]
    url = reverse("livraison:client-colis-as-expediteur", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Colis, count, expediteur=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_client_colis_as_destinataire(admin_client):
    parent = create_linked(Client, 1)[0]
    url = reverse("livraison:client-colis-as-destinataire", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Colis, count, destinataire=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_livreur_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("livraison:livreur-list"), {"page_size": 100}),
        lambda count: create_linked(Livreur, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_livreur_expeditions(admin_client):
    parent = create_linked(Livreur, 1)[0]
    url = reverse("livraison:livreur-expeditions", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Expedition, count, livreur=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_livreur_sessions(admin_client):
    parent = create_linked(Livreur, 1)[0]
    url = reverse("livraison:livreur-sessions", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Session, count, livreur=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_point_relais_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("livraison:point_relais-list"), {"page_size": 100}
        ),
        lambda count: create_linked(PointRelais, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_point_relais_expeditions_as_depart(admin_client):
    parent = create_linked(PointRelais, 1)[0]
    url = reverse("livraison:point_relais-expeditions-as-depart", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Expedition, count, depart=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_point_relais_expeditions_as_arrivee(admin_client):
    parent = create_linked(PointRelais, 1)[0]
    url = reverse("livraison:point_relais-expeditions-as-arrivee", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Expedition, count, arrivee=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_colis_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("livraison:colis-list"), {"page_size": 100}),
        lambda count: create_linked(Colis, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_colis_expeditions(admin_client):
    parent = create_linked(Colis, 1)[0]
    url = reverse("livraison:colis-expeditions", args=[parent.pk])
    response = assert_constant_queries(
        lambda: admin_client.get(url, {"page_size": 100}),
        lambda count: create_linked(Expedition, count, colis=parent),
        at_most=3,
    )
    assert len(response.data["results"]) >= 30


def test_expedition_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("livraison:expedition-list"), {"page_size": 100}
        ),
        lambda count: create_linked(Expedition, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_session_list(admin_client):
    response = assert_constant_queries(
        lambda: admin_client.get(reverse("livraison:session-list"), {"page_size": 100}),
        lambda count: create_linked(Session, count),
        at_most=2,
    )
    assert len(response.data["results"]) >= 30


def test_utilisateur_detail(admin_client):
    instance = create_linked(Utilisateur, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(
            reverse("livraison:utilisateur-detail", args=[instance.pk])
        ),
        lambda count: create_linked(Utilisateur, count),
        at_most=1,
    )


def test_client_detail(admin_client):
    instance = create_linked(Client, 1)[0]

    def grow(count: int) -> None:
        create_linked(Colis, count, expediteur=instance)
        create_linked(Colis, count, destinataire=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("livraison:client-detail", args=[instance.pk])
        ),
        grow,
        at_most=1,
    )
    assert response.data["colis_as_expediteur"]["count"] >= 30
    assert response.data["colis_as_destinataire"]["count"] >= 30


def test_livreur_detail(admin_client):
    instance = create_linked(Livreur, 1)[0]

    def grow(count: int) -> None:
        create_linked(Expedition, count, livreur=instance)
        create_linked(Session, count, livreur=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("livraison:livreur-detail", args=[instance.pk])
        ),
        grow,
        at_most=1,
    )
    assert response.data["expeditions"]["count"] >= 30
    assert response.data["sessions"]["count"] >= 30


def test_point_relais_detail(admin_client):
    instance = create_linked(PointRelais, 1)[0]

    def grow(count: int) -> None:
        create_linked(Expedition, count, depart=instance)
        create_linked(Expedition, count, arrivee=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(
            reverse("livraison:point_relais-detail", args=[instance.pk])
        ),
        grow,
        at_most=1,
    )
    assert response.data["expeditions_as_depart"]["count"] >= 30
    assert response.data["expeditions_as_arrivee"]["count"] >= 30


def test_colis_detail(admin_client):
    instance = create_linked(Colis, 1)[0]

    def grow(count: int) -> None:
        create_linked(Expedition, count, colis=instance)

    response = assert_constant_queries(
        lambda: admin_client.get(reverse("livraison:colis-detail", args=[instance.pk])),
        grow,
        at_most=1,
    )
    assert response.data["expeditions"]["count"] >= 30


def test_expedition_detail(admin_client):
    instance = create_linked(Expedition, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(
            reverse("livraison:expedition-detail", args=[instance.pk])
        ),
        lambda count: create_linked(Expedition, count),
        at_most=1,
    )


def test_session_detail(admin_client):
    instance = create_linked(Session, 1)[0]
    assert_constant_queries(
        lambda: admin_client.get(
            reverse("livraison:session-detail", args=[instance.pk])
        ),
        lambda count: create_linked(Session, count),
        at_most=1,
    )
