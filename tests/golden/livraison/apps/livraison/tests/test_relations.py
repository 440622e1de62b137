"""Relations in the Livraison API: written as keys of existing rows, read as
references in lists, as objects in details (as references where the reader of the detail
may not read the related row: users, others' private rows), and reverse relations as counts
with the URL of their nested list."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.core.relations_testing import create_linked
from apps.core.testing import api_key, factory_for, field_errors, related_model
from apps.livraison.models import (
    Client,
    Colis,
    Expedition,
    Livreur,
    PointRelais,
    Session,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "url_name", "api_name", "value"),
    [
        pytest.param(
            Colis,
            "livraison:colis-detail",
            "expediteur",
            0,
            id="colis-expediteur-missing",
        ),
        pytest.param(
            Colis,
            "livraison:colis-detail",
            "expediteur",
            "not-a-key",
            id="colis-expediteur-malformed",
        ),
        pytest.param(
            Colis,
            "livraison:colis-detail",
            "destinataire",
            0,
            id="colis-destinataire-missing",
        ),
        pytest.param(
            Colis,
            "livraison:colis-detail",
            "destinataire",
            "not-a-key",
            id="colis-destinataire-malformed",
        ),
        pytest.param(
            Expedition,
            "livraison:expedition-detail",
            "depart",
            0,
            id="expedition-depart-missing",
        ),
        pytest.param(
            Expedition,
            "livraison:expedition-detail",
            "depart",
            "not-a-key",
            id="expedition-depart-malformed",
        ),
        pytest.param(
            Expedition,
            "livraison:expedition-detail",
            "arrivee",
            0,
            id="expedition-arrivee-missing",
        ),
        pytest.param(
            Expedition,
            "livraison:expedition-detail",
            "arrivee",
            "not-a-key",
            id="expedition-arrivee-malformed",
        ),
        pytest.param(
            Expedition,
            "livraison:expedition-detail",
            "colis",
            0,
            id="expedition-colis-missing",
        ),
        pytest.param(
            Expedition,
            "livraison:expedition-detail",
            "colis",
            "not-a-key",
            id="expedition-colis-malformed",
        ),
        pytest.param(
            Expedition,
            "livraison:expedition-detail",
            "livreur",
            0,
            id="expedition-livreur-missing",
        ),
        pytest.param(
            Expedition,
            "livraison:expedition-detail",
            "livreur",
            "not-a-key",
            id="expedition-livreur-malformed",
        ),
        pytest.param(
            Session,
            "livraison:session-detail",
            "livreur",
            0,
            id="session-livreur-missing",
        ),
        pytest.param(
            Session,
            "livraison:session-detail",
            "livreur",
            "not-a-key",
            id="session-livreur-malformed",
        ),
    ],
)
def test_a_wrong_key_is_refused_on_its_field(
    admin_client, model, url_name, api_name, value
):
    instance = factory_for(model).create()
    url = reverse(url_name, args=[instance.pk])
    response = admin_client.patch(url, {api_name: value}, format="json")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


def related_rows(instance, name: str, many: bool) -> list:
    """The rows a relation of `instance` points at, in the order the API shows them."""
    value = getattr(instance, name)
    if many:
        return list(value.all())
    return [] if value is None else [value]


@pytest.mark.parametrize(
    ("model", "route", "api_name", "name", "many", "whole"),
    [
        pytest.param(
            Colis,
            "livraison:colis",
            "expediteur",
            "expediteur",
            False,
            True,
            id="colis-expediteur",
        ),
        pytest.param(
            Colis,
            "livraison:colis",
            "destinataire",
            "destinataire",
            False,
            True,
            id="colis-destinataire",
        ),
        pytest.param(
            Expedition,
            "livraison:expedition",
            "depart",
            "depart",
            False,
            True,
            id="expedition-depart",
        ),
        pytest.param(
            Expedition,
            "livraison:expedition",
            "arrivee",
            "arrivee",
            False,
            True,
            id="expedition-arrivee",
        ),
        pytest.param(
            Expedition,
            "livraison:expedition",
            "colis",
            "colis",
            False,
            True,
            id="expedition-colis",
        ),
        pytest.param(
            Expedition,
            "livraison:expedition",
            "livreur",
            "livreur",
            False,
            True,
            id="expedition-livreur",
        ),
        pytest.param(
            Session,
            "livraison:session",
            "livreur",
            "livreur",
            False,
            True,
            id="session-livreur",
        ),
    ],
)
def test_a_list_shows_references_and_a_detail_objects(
    admin_client, model, route, api_name, name, many, whole
):
    instance = create_linked(model, 1)[0]
    expected = related_rows(instance, name, many)
    key, target_key = (
        api_key(model),
        api_key(related_model(model._meta.get_field(name))),
    )
    listed = admin_client.get(reverse(f"{route}-list")).data["results"]
    row = next(row for row in listed if str(row[key]) == str(instance.pk))
    references = row[api_name] if many else [row[api_name]]
    assert all(set(reference) == {"id", "display"} for reference in references)
    assert [(str(ref["id"]), ref["display"]) for ref in references] == [
        (str(r.pk), str(r)) for r in expected
    ]
    detail = admin_client.get(reverse(f"{route}-detail", args=[instance.pk])).data
    objects = detail[api_name] if many else [detail[api_name]]
    assert [str(o[target_key if whole else "id"]) for o in objects] == [
        str(r.pk) for r in expected
    ]
    assert all(("display" not in o) == whole for o in objects)


@pytest.mark.parametrize(
    ("parent_model", "detail", "holder", "key", "many", "name", "nested", "count"),
    [
        pytest.param(
            Client,
            "livraison:client-detail",
            Colis,
            "expediteur",
            False,
            "colis_as_expediteur",
            "livraison:client-colis-as-expediteur",
            2,
            id="client_colis_as_expediteur",
        ),
        pytest.param(
            Client,
            "livraison:client-detail",
            Colis,
            "destinataire",
            False,
            "colis_as_destinataire",
            "livraison:client-colis-as-destinataire",
            2,
            id="client_colis_as_destinataire",
        ),
        pytest.param(
            Livreur,
            "livraison:livreur-detail",
            Expedition,
            "livreur",
            False,
            "expeditions",
            "livraison:livreur-expeditions",
            2,
            id="livreur_expeditions",
        ),
        pytest.param(
            Livreur,
            "livraison:livreur-detail",
            Session,
            "livreur",
            False,
            "sessions",
            "livraison:livreur-sessions",
            2,
            id="livreur_sessions",
        ),
        pytest.param(
            PointRelais,
            "livraison:point_relais-detail",
            Expedition,
            "depart",
            False,
            "expeditions_as_depart",
            "livraison:point_relais-expeditions-as-depart",
            2,
            id="point_relais_expeditions_as_depart",
        ),
        pytest.param(
            PointRelais,
            "livraison:point_relais-detail",
            Expedition,
            "arrivee",
            False,
            "expeditions_as_arrivee",
            "livraison:point_relais-expeditions-as-arrivee",
            2,
            id="point_relais_expeditions_as_arrivee",
        ),
        pytest.param(
            Colis,
            "livraison:colis-detail",
            Expedition,
            "colis",
            False,
            "expeditions",
            "livraison:colis-expeditions",
            2,
            id="colis_expeditions",
        ),
    ],
)
def test_a_detail_counts_reverse_rows_and_links_their_list(
    admin_client, parent_model, detail, holder, key, many, name, nested, count
):
    parent = factory_for(parent_model).create()
    rows = create_linked(holder, count, **{key: [parent] if many else parent})
    data = admin_client.get(reverse(detail, args=[parent.pk])).data
    url = reverse(nested, args=[parent.pk])
    assert data[name] == {"count": count, "url": f"http://testserver{url}"}
    listed = admin_client.get(url).data["results"]
    assert sorted(str(row[api_key(holder)]) for row in listed) == sorted(
        str(r.pk) for r in rows
    )
