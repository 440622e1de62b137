"""Who may read and write the studio endpoints: owners, parents' owners, staff and roles."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.core.testing import api_payload, send
from apps.studio.factories import MemberFactory, StatementFactory
from apps.studio.models import Statement

pytestmark = pytest.mark.django_db


def statement_url(pk=None) -> str:
    if pk is None:
        return reverse("studio:statement-list")
    return reverse("studio:statement-detail", args=[pk])


def statement_payload(**overrides) -> dict:
    return api_payload(
        StatementFactory,
        {"total": "total", "issued_on": "issued_on"},
        **overrides,
    )


def test_statement_owner_is_the_creator(admin_client, admin_user):
    body = statement_payload()
    body["holder"] = MemberFactory.create().pk

    response = send(admin_client, "post", statement_url(), body)

    assert response.status_code == status.HTTP_201_CREATED, response.data
    created = Statement.objects.get(pk=response.data["id"])
    assert created.holder == admin_user


def test_statement_anonymous_cannot_read(api_client):
    response = api_client.get(statement_url())

    assert response.status_code == status.HTTP_401_UNAUTHORIZED


def test_statement_list_shows_only_the_users_own(auth_client, user):
    own, other = StatementFactory.create(holder=user), StatementFactory.create()

    response = auth_client.get(statement_url())

    ids = {str(row["id"]) for row in response.data["results"]}
    assert ids == {str(own.pk)}
    assert (
        auth_client.get(statement_url(other.pk)).status_code
        == status.HTTP_404_NOT_FOUND
    )


def test_statement_admin_sees_every_row(admin_client, user):
    rows = [StatementFactory.create(holder=user), StatementFactory.create()]

    response = admin_client.get(statement_url())

    ids = {str(row["id"]) for row in response.data["results"]}
    assert ids == {str(row.pk) for row in rows}


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_statement_another_users_row_cannot_change(auth_client, method):
    other = StatementFactory.create()

    response = send(auth_client, method, statement_url(other.pk), statement_payload())

    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert Statement.objects.filter(pk=other.pk).exists()


def test_statement_admin_changes_any_row(admin_client):
    other = StatementFactory.create()

    response = admin_client.delete(statement_url(other.pk))

    assert response.status_code == status.HTTP_204_NO_CONTENT


def test_statement_only_admins_write(auth_client, admin_client):
    refused = send(auth_client, "post", statement_url(), statement_payload())
    created = send(admin_client, "post", statement_url(), statement_payload())

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert created.status_code == status.HTTP_201_CREATED, created.data
    deleted = admin_client.delete(statement_url(created.data["id"]))
    assert deleted.status_code == status.HTTP_204_NO_CONTENT
