"""Pagination of the Livraison lists: walking the `next` links visits every row
once, clients cannot ask for pages larger than the cap, and a page past the end is refused."""

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.core.pagination import PageNumberPagination
from apps.core.testing import api_key, listed
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

ROWS = 5  # three pages of two
PARAMETERS = ("model", "factory", "url")


def stored_keys(model) -> list[str]:
    return [str(pk) for pk in model.objects.values_list("pk", flat=True)]


PAGE_NUMBER = [
    pytest.param(
        Utilisateur,
        UtilisateurFactory,
        reverse_lazy("livraison:utilisateur-list"),
        id="utilisateur",
    ),
    pytest.param(
        Client, ClientFactory, reverse_lazy("livraison:client-list"), id="client"
    ),
    pytest.param(
        Livreur, LivreurFactory, reverse_lazy("livraison:livreur-list"), id="livreur"
    ),
    pytest.param(
        PointRelais,
        PointRelaisFactory,
        reverse_lazy("livraison:point_relais-list"),
        id="point_relais",
    ),
    pytest.param(Colis, ColisFactory, reverse_lazy("livraison:colis-list"), id="colis"),
    pytest.param(
        Expedition,
        ExpeditionFactory,
        reverse_lazy("livraison:expedition-list"),
        id="expedition",
    ),
    pytest.param(
        Session, SessionFactory, reverse_lazy("livraison:session-list"), id="session"
    ),
]


@pytest.mark.parametrize(PARAMETERS, PAGE_NUMBER)
def test_page_number_pages_list_every_row_once(admin_client, model, factory, url):
    factory.create_batch(ROWS)
    keys = listed(admin_client, url, {"page_size": 2}, key=api_key(model))
    assert sorted(keys) == sorted(stored_keys(model))
    assert (
        admin_client.get(url, {"page_size": 2}).data["count"] == model.objects.count()
    )


@pytest.mark.parametrize(PARAMETERS, PAGE_NUMBER)
def test_page_number_page_size_is_capped(
    admin_client, monkeypatch, model, factory, url
):
    monkeypatch.setattr(PageNumberPagination, "max_page_size", 2)
    factory.create_batch(3)
    response = admin_client.get(url, {"page_size": 50})
    assert len(response.data["results"]) == 2


@pytest.mark.parametrize(PARAMETERS, PAGE_NUMBER)
def test_page_number_page_past_the_end(admin_client, model, factory, url):
    factory.create()
    response = admin_client.get(url, {"page": 999})
    assert response.status_code == status.HTTP_404_NOT_FOUND
