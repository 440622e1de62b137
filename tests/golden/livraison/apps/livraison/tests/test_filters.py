"""Filters, search and ordering of the Livraison lists, each proved on rows made
to match and rows made not to."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse_lazy
from rest_framework import status

from apps.core.testing import (
    field_errors,
    linked_pairs,
    listed,
    set_value,
    shown,
    shown_in_order,
    with_value,
)
from apps.livraison.factories import (
    ClientFactory,
    ColisFactory,
    ExpeditionFactory,
    LivreurFactory,
    PointRelaisFactory,
    SessionFactory,
    UtilisateurFactory,
)
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

POSTGRESQL = connection.vendor == "postgresql"

# Utilisateurs
UTILISATEUR_URL = reverse_lazy("livraison:utilisateur-list")
# Two values of each field, low before high; every query below lists exactly one of them.
UTILISATEUR_VALUES = {
    "username": ("Alpha", "Bravo"),
    "date_joined": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "email": ("Alpha", "Bravo"),
    "nom": ("Alpha", "Bravo"),
    "telephone": ("Alpha", "Bravo"),
    "date_creation": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("username", {"username": "Alpha"}, "low", id="username"),
        pytest.param(
            "username", {"username__iexact": "aLPHA"}, "low", id="username__iexact"
        ),
        pytest.param(
            "username", {"username__icontains": "LPHA"}, "low", id="username__icontains"
        ),
        pytest.param(
            "username",
            {"username__istartswith": "al"},
            "low",
            id="username__istartswith",
        ),
        pytest.param(
            "username", {"username__in": "Bravo,Zulu"}, "high", id="username__in"
        ),
        pytest.param(
            "date_joined",
            {"date_joined": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_joined",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="date_joined__lt",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_joined__lte",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="date_joined__gt",
        ),
        pytest.param(
            "date_joined",
            {"date_joined__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="date_joined__gte",
        ),
        pytest.param(
            "date_joined",
            {
                "date_joined__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="date_joined__range",
        ),
        pytest.param(
            "date_joined", {"date_joined__year": "2020"}, "low", id="date_joined__year"
        ),
        pytest.param(
            "date_joined", {"date_joined__month": "6"}, "high", id="date_joined__month"
        ),
        pytest.param("email", {"email": "Alpha"}, "low", id="email"),
        pytest.param("email", {"email__iexact": "aLPHA"}, "low", id="email__iexact"),
        pytest.param(
            "email", {"email__icontains": "LPHA"}, "low", id="email__icontains"
        ),
        pytest.param(
            "email", {"email__istartswith": "al"}, "low", id="email__istartswith"
        ),
        pytest.param("email", {"email__in": "Bravo,Zulu"}, "high", id="email__in"),
        pytest.param("nom", {"nom": "Alpha"}, "low", id="nom"),
        pytest.param("nom", {"nom__iexact": "aLPHA"}, "low", id="nom__iexact"),
        pytest.param("nom", {"nom__icontains": "LPHA"}, "low", id="nom__icontains"),
        pytest.param("nom", {"nom__istartswith": "al"}, "low", id="nom__istartswith"),
        pytest.param("nom", {"nom__in": "Bravo,Zulu"}, "high", id="nom__in"),
        pytest.param("telephone", {"telephone": "Alpha"}, "low", id="telephone"),
        pytest.param(
            "telephone", {"telephone__iexact": "aLPHA"}, "low", id="telephone__iexact"
        ),
        pytest.param(
            "telephone",
            {"telephone__icontains": "LPHA"},
            "low",
            id="telephone__icontains",
        ),
        pytest.param(
            "telephone",
            {"telephone__istartswith": "al"},
            "low",
            id="telephone__istartswith",
        ),
        pytest.param(
            "telephone", {"telephone__in": "Bravo,Zulu"}, "high", id="telephone__in"
        ),
        pytest.param(
            "date_creation",
            {"date_creation": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_creation",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="date_creation__lt",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_creation__lte",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="date_creation__gt",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="date_creation__gte",
        ),
        pytest.param(
            "date_creation",
            {
                "date_creation__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="date_creation__range",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__year": "2020"},
            "low",
            id="date_creation__year",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__month": "6"},
            "high",
            id="date_creation__month",
        ),
    ],
)
def test_utilisateur_filters(admin_client, field, query, expected):
    low, high = UTILISATEUR_VALUES[field]
    rows = {
        "low": with_value(UtilisateurFactory, field, low),
        "high": with_value(UtilisateurFactory, field, high),
    }
    assert shown(admin_client, UTILISATEUR_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("date_joined__lt", "2021-02-30T25:00"),
        ("date_joined__range", "2020-01-15T09:30:00+00:00"),
        ("date_creation__lt", "2021-02-30T25:00"),
        ("date_creation__range", "2020-01-15T09:30:00+00:00"),
        ("ordering", "no_such_field"),
    ],
)
def test_utilisateur_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(UTILISATEUR_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_utilisateur_default_ordering(admin_client):
    UtilisateurFactory.create_batch(3)
    expected = Utilisateur.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, UTILISATEUR_URL) == keys


@pytest.mark.parametrize(
    "field", ["username", "date_joined", "email", "nom", "telephone", "date_creation"]
)
def test_utilisateur_ordering_both_ways(admin_client, field):
    low, high = UTILISATEUR_VALUES[field]
    rows = {
        "low": with_value(UtilisateurFactory, field, low),
        "high": with_value(UtilisateurFactory, field, high),
    }
    assert shown_in_order(admin_client, UTILISATEUR_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, UTILISATEUR_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_utilisateur_search(admin_client):
    rows = {
        "hit": with_value(UtilisateurFactory, "nom", "Running quokka"),
        "miss": UtilisateurFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, UTILISATEUR_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_utilisateur_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(UtilisateurFactory, "nom", "Running quokka"),
        "miss": UtilisateurFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, UTILISATEUR_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_utilisateur_search_lists_best_matches_first(admin_client):
    rows = {"a": UtilisateurFactory.create(), "b": UtilisateurFactory.create()}
    first, second = shown_in_order(admin_client, UTILISATEUR_URL, {}, rows)
    set_value(rows[first], "nom", "quokka")
    set_value(rows[second], "nom", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, UTILISATEUR_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_utilisateur_search_index():
    with connection.cursor() as cursor:
        table = Utilisateur._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["utilisateur_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_utilisateur_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(UtilisateurFactory, "nom", "Running quokka"),
        "miss": UtilisateurFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, UTILISATEUR_URL, query, rows) == {"hit"}


# Clients
CLIENT_URL = reverse_lazy("livraison:client-list")
# Two values of each field, low before high; every query below lists exactly one of them.
CLIENT_VALUES = {
    "email": ("Alpha", "Bravo"),
    "nom": ("Alpha", "Bravo"),
    "telephone": ("Alpha", "Bravo"),
    "date_creation": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "adresse": ("Alpha", "Bravo"),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("email", {"email": "Alpha"}, "low", id="email"),
        pytest.param("email", {"email__iexact": "aLPHA"}, "low", id="email__iexact"),
        pytest.param(
            "email", {"email__icontains": "LPHA"}, "low", id="email__icontains"
        ),
        pytest.param(
            "email", {"email__istartswith": "al"}, "low", id="email__istartswith"
        ),
        pytest.param("email", {"email__in": "Bravo,Zulu"}, "high", id="email__in"),
        pytest.param("nom", {"nom": "Alpha"}, "low", id="nom"),
        pytest.param("nom", {"nom__iexact": "aLPHA"}, "low", id="nom__iexact"),
        pytest.param("nom", {"nom__icontains": "LPHA"}, "low", id="nom__icontains"),
        pytest.param("nom", {"nom__istartswith": "al"}, "low", id="nom__istartswith"),
        pytest.param("nom", {"nom__in": "Bravo,Zulu"}, "high", id="nom__in"),
        pytest.param("telephone", {"telephone": "Alpha"}, "low", id="telephone"),
        pytest.param(
            "telephone", {"telephone__iexact": "aLPHA"}, "low", id="telephone__iexact"
        ),
        pytest.param(
            "telephone",
            {"telephone__icontains": "LPHA"},
            "low",
            id="telephone__icontains",
        ),
        pytest.param(
            "telephone",
            {"telephone__istartswith": "al"},
            "low",
            id="telephone__istartswith",
        ),
        pytest.param(
            "telephone", {"telephone__in": "Bravo,Zulu"}, "high", id="telephone__in"
        ),
        pytest.param(
            "date_creation",
            {"date_creation": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_creation",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="date_creation__lt",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_creation__lte",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="date_creation__gt",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="date_creation__gte",
        ),
        pytest.param(
            "date_creation",
            {
                "date_creation__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="date_creation__range",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__year": "2020"},
            "low",
            id="date_creation__year",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__month": "6"},
            "high",
            id="date_creation__month",
        ),
        pytest.param("adresse", {"adresse": "Alpha"}, "low", id="adresse"),
        pytest.param(
            "adresse", {"adresse__iexact": "aLPHA"}, "low", id="adresse__iexact"
        ),
        pytest.param(
            "adresse", {"adresse__icontains": "LPHA"}, "low", id="adresse__icontains"
        ),
        pytest.param(
            "adresse", {"adresse__istartswith": "al"}, "low", id="adresse__istartswith"
        ),
        pytest.param(
            "adresse", {"adresse__in": "Bravo,Zulu"}, "high", id="adresse__in"
        ),
    ],
)
def test_client_filters(admin_client, field, query, expected):
    low, high = CLIENT_VALUES[field]
    rows = {
        "low": with_value(ClientFactory, field, low),
        "high": with_value(ClientFactory, field, high),
    }
    assert shown(admin_client, CLIENT_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("date_creation__lt", "2021-02-30T25:00"),
        ("date_creation__range", "2020-01-15T09:30:00+00:00"),
        ("ordering", "no_such_field"),
    ],
)
def test_client_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(CLIENT_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_client_default_ordering(admin_client):
    ClientFactory.create_batch(3)
    expected = Client.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, CLIENT_URL) == keys


@pytest.mark.parametrize(
    "field", ["email", "nom", "telephone", "date_creation", "adresse"]
)
def test_client_ordering_both_ways(admin_client, field):
    low, high = CLIENT_VALUES[field]
    rows = {
        "low": with_value(ClientFactory, field, low),
        "high": with_value(ClientFactory, field, high),
    }
    assert shown_in_order(admin_client, CLIENT_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, CLIENT_URL, descending, rows) == ["high", "low"]


def test_client_search(admin_client):
    rows = {
        "hit": with_value(ClientFactory, "nom", "Running quokka"),
        "miss": ClientFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, CLIENT_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_client_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(ClientFactory, "nom", "Running quokka"),
        "miss": ClientFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, CLIENT_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_client_search_lists_best_matches_first(admin_client):
    rows = {"a": ClientFactory.create(), "b": ClientFactory.create()}
    first, second = shown_in_order(admin_client, CLIENT_URL, {}, rows)
    set_value(rows[first], "nom", "quokka")
    set_value(rows[second], "nom", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, CLIENT_URL, query, rows) == [second, first]


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_client_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(ClientFactory, "nom", "Running quokka"),
        "miss": ClientFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, CLIENT_URL, query, rows) == {"hit"}


# Livreurs
LIVREUR_URL = reverse_lazy("livraison:livreur-list")
# Two values of each field, low before high; every query below lists exactly one of them.
LIVREUR_VALUES = {
    "email": ("Alpha", "Bravo"),
    "nom": ("Alpha", "Bravo"),
    "telephone": ("Alpha", "Bravo"),
    "date_creation": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "vehicule": ("camionnette", "scooter"),
    "disponible": (False, True),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("email", {"email": "Alpha"}, "low", id="email"),
        pytest.param("email", {"email__iexact": "aLPHA"}, "low", id="email__iexact"),
        pytest.param(
            "email", {"email__icontains": "LPHA"}, "low", id="email__icontains"
        ),
        pytest.param(
            "email", {"email__istartswith": "al"}, "low", id="email__istartswith"
        ),
        pytest.param("email", {"email__in": "Bravo,Zulu"}, "high", id="email__in"),
        pytest.param("nom", {"nom": "Alpha"}, "low", id="nom"),
        pytest.param("nom", {"nom__iexact": "aLPHA"}, "low", id="nom__iexact"),
        pytest.param("nom", {"nom__icontains": "LPHA"}, "low", id="nom__icontains"),
        pytest.param("nom", {"nom__istartswith": "al"}, "low", id="nom__istartswith"),
        pytest.param("nom", {"nom__in": "Bravo,Zulu"}, "high", id="nom__in"),
        pytest.param("telephone", {"telephone": "Alpha"}, "low", id="telephone"),
        pytest.param(
            "telephone", {"telephone__iexact": "aLPHA"}, "low", id="telephone__iexact"
        ),
        pytest.param(
            "telephone",
            {"telephone__icontains": "LPHA"},
            "low",
            id="telephone__icontains",
        ),
        pytest.param(
            "telephone",
            {"telephone__istartswith": "al"},
            "low",
            id="telephone__istartswith",
        ),
        pytest.param(
            "telephone", {"telephone__in": "Bravo,Zulu"}, "high", id="telephone__in"
        ),
        pytest.param(
            "date_creation",
            {"date_creation": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_creation",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="date_creation__lt",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_creation__lte",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="date_creation__gt",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="date_creation__gte",
        ),
        pytest.param(
            "date_creation",
            {
                "date_creation__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="date_creation__range",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__year": "2020"},
            "low",
            id="date_creation__year",
        ),
        pytest.param(
            "date_creation",
            {"date_creation__month": "6"},
            "high",
            id="date_creation__month",
        ),
        pytest.param("vehicule", {"vehicule": "camionnette"}, "low", id="vehicule"),
        pytest.param(
            "vehicule", {"vehicule__in": "scooter,vélo"}, "high", id="vehicule__in"
        ),
        pytest.param("disponible", {"disponible": "false"}, "low", id="disponible"),
        pytest.param("disponible", {"disponible": "true"}, "high", id="disponible"),
    ],
)
def test_livreur_filters(admin_client, field, query, expected):
    low, high = LIVREUR_VALUES[field]
    rows = {
        "low": with_value(LivreurFactory, field, low),
        "high": with_value(LivreurFactory, field, high),
    }
    assert shown(admin_client, LIVREUR_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("date_creation__lt", "2021-02-30T25:00"),
        ("date_creation__range", "2020-01-15T09:30:00+00:00"),
        ("vehicule", "not-a-choice"),
        ("vehicule__in", "not-a-choice"),
        ("disponible", "maybe"),
        ("ordering", "no_such_field"),
    ],
)
def test_livreur_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(LIVREUR_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_livreur_default_ordering(admin_client):
    LivreurFactory.create_batch(3)
    expected = Livreur.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, LIVREUR_URL) == keys


@pytest.mark.parametrize(
    "field", ["email", "nom", "telephone", "date_creation", "vehicule", "disponible"]
)
def test_livreur_ordering_both_ways(admin_client, field):
    low, high = LIVREUR_VALUES[field]
    rows = {
        "low": with_value(LivreurFactory, field, low),
        "high": with_value(LivreurFactory, field, high),
    }
    assert shown_in_order(admin_client, LIVREUR_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, LIVREUR_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_livreur_search(admin_client):
    rows = {
        "hit": with_value(LivreurFactory, "nom", "Running quokka"),
        "miss": LivreurFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, LIVREUR_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_livreur_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(LivreurFactory, "nom", "Running quokka"),
        "miss": LivreurFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, LIVREUR_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_livreur_search_lists_best_matches_first(admin_client):
    rows = {"a": LivreurFactory.create(), "b": LivreurFactory.create()}
    first, second = shown_in_order(admin_client, LIVREUR_URL, {}, rows)
    set_value(rows[first], "nom", "quokka")
    set_value(rows[second], "nom", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, LIVREUR_URL, query, rows) == [second, first]


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_livreur_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(LivreurFactory, "nom", "Running quokka"),
        "miss": LivreurFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, LIVREUR_URL, query, rows) == {"hit"}


# Point relais
POINT_RELAIS_URL = reverse_lazy("livraison:point_relais-list")
# Two values of each field, low before high; every query below lists exactly one of them.
POINT_RELAIS_VALUES = {
    "nom": ("Alpha", "Bravo"),
    "ville": ("Alpha", "Bravo"),
    "code_postal": ("Alpha", "Bravo"),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("nom", {"nom": "Alpha"}, "low", id="nom"),
        pytest.param("nom", {"nom__iexact": "aLPHA"}, "low", id="nom__iexact"),
        pytest.param("nom", {"nom__icontains": "LPHA"}, "low", id="nom__icontains"),
        pytest.param("nom", {"nom__istartswith": "al"}, "low", id="nom__istartswith"),
        pytest.param("nom", {"nom__in": "Bravo,Zulu"}, "high", id="nom__in"),
        pytest.param("ville", {"ville": "Alpha"}, "low", id="ville"),
        pytest.param("ville", {"ville__iexact": "aLPHA"}, "low", id="ville__iexact"),
        pytest.param(
            "ville", {"ville__icontains": "LPHA"}, "low", id="ville__icontains"
        ),
        pytest.param(
            "ville", {"ville__istartswith": "al"}, "low", id="ville__istartswith"
        ),
        pytest.param("ville", {"ville__in": "Bravo,Zulu"}, "high", id="ville__in"),
        pytest.param("code_postal", {"code_postal": "Alpha"}, "low", id="code_postal"),
        pytest.param(
            "code_postal",
            {"code_postal__iexact": "aLPHA"},
            "low",
            id="code_postal__iexact",
        ),
        pytest.param(
            "code_postal",
            {"code_postal__icontains": "LPHA"},
            "low",
            id="code_postal__icontains",
        ),
        pytest.param(
            "code_postal",
            {"code_postal__istartswith": "al"},
            "low",
            id="code_postal__istartswith",
        ),
        pytest.param(
            "code_postal",
            {"code_postal__in": "Bravo,Zulu"},
            "high",
            id="code_postal__in",
        ),
    ],
)
def test_point_relais_filters(admin_client, field, query, expected):
    low, high = POINT_RELAIS_VALUES[field]
    rows = {
        "low": with_value(PointRelaisFactory, field, low),
        "high": with_value(PointRelaisFactory, field, high),
    }
    assert shown(admin_client, POINT_RELAIS_URL, query, rows) == {expected}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("ordering", "no_such_field"),
    ],
)
def test_point_relais_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(POINT_RELAIS_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_point_relais_default_ordering(admin_client):
    PointRelaisFactory.create_batch(3)
    expected = PointRelais.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, POINT_RELAIS_URL) == keys


@pytest.mark.parametrize("field", ["nom", "ville", "code_postal"])
def test_point_relais_ordering_both_ways(admin_client, field):
    low, high = POINT_RELAIS_VALUES[field]
    rows = {
        "low": with_value(PointRelaisFactory, field, low),
        "high": with_value(PointRelaisFactory, field, high),
    }
    assert shown_in_order(
        admin_client, POINT_RELAIS_URL, {"ordering": field}, rows
    ) == ["low", "high"]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, POINT_RELAIS_URL, descending, rows) == [
        "high",
        "low",
    ]


def test_point_relais_search(admin_client):
    rows = {
        "hit": with_value(PointRelaisFactory, "nom", "Running quokka"),
        "miss": PointRelaisFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, POINT_RELAIS_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_point_relais_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(PointRelaisFactory, "nom", "Running quokka"),
        "miss": PointRelaisFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, POINT_RELAIS_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_point_relais_search_lists_best_matches_first(admin_client):
    rows = {"a": PointRelaisFactory.create(), "b": PointRelaisFactory.create()}
    first, second = shown_in_order(admin_client, POINT_RELAIS_URL, {}, rows)
    set_value(rows[first], "nom", "quokka")
    set_value(rows[second], "nom", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, POINT_RELAIS_URL, query, rows) == [
        second,
        first,
    ]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_point_relais_search_index():
    with connection.cursor() as cursor:
        table = PointRelais._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["point_relais_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_point_relais_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(PointRelaisFactory, "nom", "Running quokka"),
        "miss": PointRelaisFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, POINT_RELAIS_URL, query, rows) == {"hit"}


# Colis
COLIS_URL = reverse_lazy("livraison:colis-list")
# Two values of each field, low before high; every query below lists exactly one of them.
COLIS_VALUES = {
    "reference": ("Alpha", "Bravo"),
    "poids": (Decimal("99999989"), Decimal("99999999")),
    "statut": ("en attente", "en transit"),
    "created_at": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param("reference", {"reference": "Alpha"}, "low", id="reference"),
        pytest.param(
            "reference", {"reference__iexact": "aLPHA"}, "low", id="reference__iexact"
        ),
        pytest.param(
            "reference",
            {"reference__icontains": "LPHA"},
            "low",
            id="reference__icontains",
        ),
        pytest.param(
            "reference",
            {"reference__istartswith": "al"},
            "low",
            id="reference__istartswith",
        ),
        pytest.param(
            "reference", {"reference__in": "Bravo,Zulu"}, "high", id="reference__in"
        ),
        pytest.param("poids", {"poids": "99999989"}, "low", id="poids"),
        pytest.param("poids", {"poids__lt": "99999999"}, "low", id="poids__lt"),
        pytest.param("poids", {"poids__lte": "99999989"}, "low", id="poids__lte"),
        pytest.param("poids", {"poids__gt": "99999989"}, "high", id="poids__gt"),
        pytest.param("poids", {"poids__gte": "99999999"}, "high", id="poids__gte"),
        pytest.param(
            "poids", {"poids__range": "99999999,99999999"}, "high", id="poids__range"
        ),
        pytest.param("statut", {"statut": "en attente"}, "low", id="statut"),
        pytest.param(
            "statut", {"statut__in": "en transit,livré"}, "high", id="statut__in"
        ),
        pytest.param(
            "created_at",
            {"created_at": "2020-01-15T09:30:00+00:00"},
            "low",
            id="created_at",
        ),
        pytest.param(
            "created_at",
            {"created_at__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="created_at__lt",
        ),
        pytest.param(
            "created_at",
            {"created_at__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="created_at__lte",
        ),
        pytest.param(
            "created_at",
            {"created_at__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="created_at__gt",
        ),
        pytest.param(
            "created_at",
            {"created_at__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="created_at__gte",
        ),
        pytest.param(
            "created_at",
            {
                "created_at__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="created_at__range",
        ),
        pytest.param(
            "created_at", {"created_at__year": "2020"}, "low", id="created_at__year"
        ),
        pytest.param(
            "created_at", {"created_at__month": "6"}, "high", id="created_at__month"
        ),
    ],
)
def test_colis_filters(admin_client, field, query, expected):
    low, high = COLIS_VALUES[field]
    rows = {
        "low": with_value(ColisFactory, field, low),
        "high": with_value(ColisFactory, field, high),
    }
    assert shown(admin_client, COLIS_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["expediteur", "destinataire"])
def test_colis_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(ColisFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, COLIS_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, COLIS_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, COLIS_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, COLIS_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("poids__gte", "abc"),
        ("poids__range", "99999989"),
        ("statut", "not-a-choice"),
        ("statut__in", "not-a-choice"),
        ("created_at__lt", "2021-02-30T25:00"),
        ("created_at__range", "2020-01-15T09:30:00+00:00"),
        ("expediteur", "abc"),
        ("destinataire", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_colis_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(COLIS_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_colis_default_ordering(admin_client):
    ColisFactory.create_batch(3)
    expected = Colis.objects.order_by("-created_at", "pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, COLIS_URL) == keys


@pytest.mark.parametrize("field", ["reference", "poids", "statut", "created_at"])
def test_colis_ordering_both_ways(admin_client, field):
    low, high = COLIS_VALUES[field]
    rows = {
        "low": with_value(ColisFactory, field, low),
        "high": with_value(ColisFactory, field, high),
    }
    assert shown_in_order(admin_client, COLIS_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, COLIS_URL, descending, rows) == ["high", "low"]


def test_colis_search(admin_client):
    rows = {
        "hit": with_value(ColisFactory, "reference", "Running quokka"),
        "miss": ColisFactory.create(),
    }
    query = {"search": "quokka"}
    assert shown(admin_client, COLIS_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_colis_search_matches_word_forms(admin_client):
    rows = {
        "hit": with_value(ColisFactory, "reference", "Running quokka"),
        "miss": ColisFactory.create(),
    }
    query = {"search": "quokkas"}
    assert shown(admin_client, COLIS_URL, query, rows) == {"hit"}


@pytest.mark.skipif(not POSTGRESQL, reason="full-text search runs on PostgreSQL")
def test_colis_search_lists_best_matches_first(admin_client):
    rows = {"a": ColisFactory.create(), "b": ColisFactory.create()}
    first, second = shown_in_order(admin_client, COLIS_URL, {}, rows)
    set_value(rows[first], "reference", "quokka")
    set_value(rows[second], "reference", "quokka quokka")
    query = {"search": "quokka"}
    assert shown_in_order(admin_client, COLIS_URL, query, rows) == [second, first]


@pytest.mark.skipif(not POSTGRESQL, reason="the search index exists on PostgreSQL only")
def test_colis_search_index():
    with connection.cursor() as cursor:
        table = Colis._meta.db_table
        indexes = connection.introspection.get_constraints(cursor, table)
    assert indexes["colis_search_idx"]["type"] == "gin"


@pytest.mark.skipif(POSTGRESQL, reason="PostgreSQL matches whole words")
def test_colis_search_matches_parts_of_words(admin_client):
    rows = {
        "hit": with_value(ColisFactory, "reference", "Running quokka"),
        "miss": ColisFactory.create(),
    }
    query = {"search": "uokk"}
    assert shown(admin_client, COLIS_URL, query, rows) == {"hit"}


# Expeditions
EXPEDITION_URL = reverse_lazy("livraison:expedition-list")
# Two values of each field, low before high; every query below lists exactly one of them.
EXPEDITION_VALUES = {
    "date_depart": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param(
            "date_depart",
            {"date_depart": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_depart",
        ),
        pytest.param(
            "date_depart",
            {"date_depart__lt": "2023-06-20T17:45:00+00:00"},
            "low",
            id="date_depart__lt",
        ),
        pytest.param(
            "date_depart",
            {"date_depart__lte": "2020-01-15T09:30:00+00:00"},
            "low",
            id="date_depart__lte",
        ),
        pytest.param(
            "date_depart",
            {"date_depart__gt": "2020-01-15T09:30:00+00:00"},
            "high",
            id="date_depart__gt",
        ),
        pytest.param(
            "date_depart",
            {"date_depart__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="date_depart__gte",
        ),
        pytest.param(
            "date_depart",
            {
                "date_depart__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"
            },
            "high",
            id="date_depart__range",
        ),
        pytest.param(
            "date_depart", {"date_depart__year": "2020"}, "low", id="date_depart__year"
        ),
        pytest.param(
            "date_depart", {"date_depart__month": "6"}, "high", id="date_depart__month"
        ),
    ],
)
def test_expedition_filters(admin_client, field, query, expected):
    low, high = EXPEDITION_VALUES[field]
    rows = {
        "low": with_value(ExpeditionFactory, field, low),
        "high": with_value(ExpeditionFactory, field, high),
    }
    assert shown(admin_client, EXPEDITION_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["depart", "arrivee", "colis", "livreur"])
def test_expedition_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(ExpeditionFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, EXPEDITION_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, EXPEDITION_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, EXPEDITION_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, EXPEDITION_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("date_depart__lt", "2021-02-30T25:00"),
        ("date_depart__range", "2020-01-15T09:30:00+00:00"),
        ("depart", "abc"),
        ("arrivee", "abc"),
        ("colis", "abc"),
        ("livreur", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_expedition_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(EXPEDITION_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_expedition_default_ordering(admin_client):
    ExpeditionFactory.create_batch(3)
    expected = Expedition.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, EXPEDITION_URL) == keys


@pytest.mark.parametrize("field", ["date_depart"])
def test_expedition_ordering_both_ways(admin_client, field):
    low, high = EXPEDITION_VALUES[field]
    rows = {
        "low": with_value(ExpeditionFactory, field, low),
        "high": with_value(ExpeditionFactory, field, high),
    }
    assert shown_in_order(admin_client, EXPEDITION_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, EXPEDITION_URL, descending, rows) == [
        "high",
        "low",
    ]


# Sessions
SESSION_URL = reverse_lazy("livraison:session-list")
# Two values of each field, low before high; every query below lists exactly one of them.
SESSION_VALUES = {
    "debut": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
    "fin": (
        datetime(2020, 1, 15, 9, 30, tzinfo=UTC),
        datetime(2023, 6, 20, 17, 45, tzinfo=UTC),
    ),
}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        pytest.param(
            "debut", {"debut": "2020-01-15T09:30:00+00:00"}, "low", id="debut"
        ),
        pytest.param(
            "debut", {"debut__lt": "2023-06-20T17:45:00+00:00"}, "low", id="debut__lt"
        ),
        pytest.param(
            "debut", {"debut__lte": "2020-01-15T09:30:00+00:00"}, "low", id="debut__lte"
        ),
        pytest.param(
            "debut", {"debut__gt": "2020-01-15T09:30:00+00:00"}, "high", id="debut__gt"
        ),
        pytest.param(
            "debut",
            {"debut__gte": "2023-06-20T17:45:00+00:00"},
            "high",
            id="debut__gte",
        ),
        pytest.param(
            "debut",
            {"debut__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"},
            "high",
            id="debut__range",
        ),
        pytest.param("debut", {"debut__year": "2020"}, "low", id="debut__year"),
        pytest.param("debut", {"debut__month": "6"}, "high", id="debut__month"),
        pytest.param("fin", {"fin": "2020-01-15T09:30:00+00:00"}, "low", id="fin"),
        pytest.param(
            "fin", {"fin__lt": "2023-06-20T17:45:00+00:00"}, "low", id="fin__lt"
        ),
        pytest.param(
            "fin", {"fin__lte": "2020-01-15T09:30:00+00:00"}, "low", id="fin__lte"
        ),
        pytest.param(
            "fin", {"fin__gt": "2020-01-15T09:30:00+00:00"}, "high", id="fin__gt"
        ),
        pytest.param(
            "fin", {"fin__gte": "2023-06-20T17:45:00+00:00"}, "high", id="fin__gte"
        ),
        pytest.param(
            "fin",
            {"fin__range": "2023-06-20T17:45:00+00:00,2023-06-20T17:45:00+00:00"},
            "high",
            id="fin__range",
        ),
        pytest.param("fin", {"fin__year": "2020"}, "low", id="fin__year"),
        pytest.param("fin", {"fin__month": "6"}, "high", id="fin__month"),
    ],
)
def test_session_filters(admin_client, field, query, expected):
    low, high = SESSION_VALUES[field]
    rows = {
        "low": with_value(SessionFactory, field, low),
        "high": with_value(SessionFactory, field, high),
    }
    assert shown(admin_client, SESSION_URL, query, rows) == {expected}


@pytest.mark.parametrize("field", ["livreur"])
def test_session_filters_by_related_key(admin_client, field):
    rows, targets = linked_pairs(SessionFactory, field)
    low, high = targets["low"].pk, targets["high"].pk
    assert shown(admin_client, SESSION_URL, {field: low}, rows) == {"low"}
    assert shown(admin_client, SESSION_URL, {f"{field}__in": high}, rows) == {"high"}
    both = {f"{field}__in": f"{low},{high}"}
    assert shown(admin_client, SESSION_URL, both, rows) == {"low", "high"}
    keys = listed(admin_client, SESSION_URL, both)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("debut__lt", "2021-02-30T25:00"),
        ("debut__range", "2020-01-15T09:30:00+00:00"),
        ("fin__lt", "2021-02-30T25:00"),
        ("fin__range", "2020-01-15T09:30:00+00:00"),
        ("livreur", "abc"),
        ("ordering", "no_such_field"),
    ],
)
def test_session_refuses_an_invalid_query(admin_client, parameter, value):
    response = admin_client.get(SESSION_URL, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert parameter in field_errors(response)


def test_session_default_ordering(admin_client):
    SessionFactory.create_batch(3)
    expected = Session.objects.order_by("pk")
    keys = [str(pk) for pk in expected.values_list("pk", flat=True)]
    assert listed(admin_client, SESSION_URL) == keys


@pytest.mark.parametrize("field", ["debut", "fin"])
def test_session_ordering_both_ways(admin_client, field):
    low, high = SESSION_VALUES[field]
    rows = {
        "low": with_value(SessionFactory, field, low),
        "high": with_value(SessionFactory, field, high),
    }
    assert shown_in_order(admin_client, SESSION_URL, {"ordering": field}, rows) == [
        "low",
        "high",
    ]
    descending = {"ordering": f"-{field}"}
    assert shown_in_order(admin_client, SESSION_URL, descending, rows) == [
        "high",
        "low",
    ]
