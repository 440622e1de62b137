"""API tests for users: who may read them, and what is never shown."""

import pytest
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.conference.factories import UserFactory
from apps.conference.models import User
from apps.core.testing import all_keys

pytestmark = pytest.mark.django_db

LIST_URL = reverse_lazy("conference:user-list")


def detail_url(instance: User) -> str:
    return reverse("conference:user-detail", args=[instance.pk])


def test_factory_builds_a_valid_user():
    UserFactory.create().full_clean()


def test_str_is_not_empty():
    assert str(UserFactory.create())


def test_factory_password_logs_in(client):
    instance = UserFactory.create()
    assert client.login(username=instance.username, password="password")


def test_anonymous_cannot_list(api_client):
    response = api_client.get(LIST_URL)
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


def test_list_shows_only_the_signed_in_user(auth_client, user):
    UserFactory.create_batch(2)
    response = auth_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"count", "next", "previous", "results"}
    assert [str(row["id"]) for row in response.data["results"]] == [str(user.pk)]
    assert "password" not in all_keys(response.json())


def test_staff_list_every_user(admin_client):
    UserFactory.create_batch(2)
    response = admin_client.get(LIST_URL)
    assert response.status_code == status.HTTP_200_OK
    assert len(response.data["results"]) == User.objects.count()


def test_retrieve(auth_client, user):
    response = auth_client.get(detail_url(user))
    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(user.pk)
    assert "password" not in all_keys(response.json())


def test_another_users_account_is_not_found(auth_client, admin_client):
    other = UserFactory.create()
    assert auth_client.get(detail_url(other)).status_code == status.HTTP_404_NOT_FOUND
    assert admin_client.get(detail_url(other)).status_code == status.HTTP_200_OK


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_are_not_allowed(auth_client, method):
    url = LIST_URL if method == "post" else detail_url(UserFactory.create())
    response = getattr(auth_client, method)(url, {}, format="json")
    assert response.status_code == status.HTTP_405_METHOD_NOT_ALLOWED
