"""Who may read and write the customers endpoints: owners, admins and roles."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.catalog.factories import UserFactory
from apps.core.testing import api_payload, send
from apps.customers.factories import CustomerFactory
from apps.customers.models import Customer

pytestmark = pytest.mark.django_db


def customer_url(pk=None) -> str:
    if pk is None:
        return reverse("customers:customer-list")
    return reverse("customers:customer-detail", args=[pk])


def customer_payload() -> dict:
    return api_payload(
        CustomerFactory,
        {
            "phone": "phone",
            "loyalty_points": "loyalty_points",
            "birth_date": "birth_date",
        },
    )


def test_customer_owner_is_the_creator(auth_client, user):
    body = customer_payload()
    body["user"] = UserFactory.create().pk

    response = send(auth_client, "post", customer_url(), body)

    assert response.status_code == status.HTTP_201_CREATED, response.data
    created = Customer.objects.get(pk=response.data["id"])
    assert created.user == user


def test_customer_anonymous_cannot_read(api_client):
    response = api_client.get(customer_url())

    assert response.status_code == status.HTTP_401_UNAUTHORIZED


def test_customer_list_shows_only_the_users_own(auth_client, user):
    own, other = CustomerFactory.create(user=user), CustomerFactory.create()

    response = auth_client.get(customer_url())

    ids = {str(row["id"]) for row in response.data["results"]}
    assert ids == {str(own.pk)}
    assert (
        auth_client.get(customer_url(other.pk)).status_code == status.HTTP_404_NOT_FOUND
    )


def test_customer_admin_sees_every_row(admin_client, user):
    rows = [CustomerFactory.create(user=user), CustomerFactory.create()]

    response = admin_client.get(customer_url())

    ids = {str(row["id"]) for row in response.data["results"]}
    assert ids == {str(row.pk) for row in rows}


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_customer_another_users_row_cannot_change(auth_client, method):
    other = CustomerFactory.create()

    response = send(auth_client, method, customer_url(other.pk), customer_payload())

    assert response.status_code == status.HTTP_404_NOT_FOUND
    assert Customer.objects.filter(pk=other.pk).exists()


def test_customer_admin_changes_any_row(admin_client):
    other = CustomerFactory.create()

    response = admin_client.delete(customer_url(other.pk))

    assert response.status_code == status.HTTP_204_NO_CONTENT
