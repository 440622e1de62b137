"""Pagination of the Projects lists: walking the `next` links visits every row
once, clients cannot ask for pages larger than the cap, and a page past the end is refused."""

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.core.pagination import PageNumberPagination
from apps.core.testing import api_key, listed
from apps.projects.factories import ProjectFactory, SprintFactory
from apps.projects.models import Project, Sprint

pytestmark = pytest.mark.django_db

ROWS = 5  # three pages of two
PARAMETERS = ("model", "factory", "url")


def stored_keys(model) -> list[str]:
    return [str(pk) for pk in model.objects.values_list("pk", flat=True)]


PAGE_NUMBER = [
    pytest.param(
        Project, ProjectFactory, reverse_lazy("projects:project-list"), id="project"
    ),
    pytest.param(
        Sprint, SprintFactory, reverse_lazy("projects:sprint-list"), id="sprint"
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
