"""Who may read and write the customers endpoints: owners, parents' owners, staff and roles."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.catalog.factories import UserFactory
from apps.core.testing import api_payload, field_errors, send
from apps.customers.factories import AddressFactory, CustomerFactory
from apps.customers.models import Address, Customer

pytestmark = pytest.mark.django_db


def customer_url(pk=None) -> str:
    if pk is None:
        return reverse("customers:customer-list")
    return reverse("customers:customer-detail", args=[pk])


def customer_payload(**overrides) -> dict:
    return api_payload(
        CustomerFactory,
        {
            "phone": "phone",
            "loyalty_points": "loyalty_points",
            "birth_date": "birth_date",
        },
        **overrides,
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


def address_url(pk=None) -> str:
    if pk is None:
        return reverse("customers:address-list")
    return reverse("customers:address-detail", args=[pk])


def address_payload(**overrides) -> dict:
    return api_payload(
        AddressFactory,
        {
            "kind": "kind",
            "line1": "line1",
            "city": "city",
            "postal_code": "postal_code",
            "customer": "customer",
            "country": "country",
        },
        **overrides,
    )


def address_parent(user=None) -> Customer:
    """A new customer, owned by `user` or by a user of its own."""
    if user is None:
        return CustomerFactory.create()
    return CustomerFactory.create(user=user)


def test_address_rows_under_another_users_customer_are_hidden(auth_client, user):
    mine = AddressFactory.create(customer=address_parent(user))
    theirs = AddressFactory.create(customer=address_parent())

    listed = auth_client.get(address_url())

    assert {str(row["id"]) for row in listed.data["results"]} == {str(mine.pk)}
    assert (
        auth_client.get(address_url(theirs.pk)).status_code == status.HTTP_404_NOT_FOUND
    )
    filtered = auth_client.get(address_url(), {"customer": theirs.customer.pk})
    assert filtered.status_code == status.HTTP_400_BAD_REQUEST
    assert "customer" in field_errors(filtered)
    own = auth_client.get(address_url(), {"customer": mine.customer.pk})
    assert [str(row["id"]) for row in own.data["results"]] == [str(mine.pk)]
    nested = reverse("customers:customer-addresses", args=[theirs.customer.pk])
    assert auth_client.get(nested).status_code == status.HTTP_404_NOT_FOUND
    under_mine = auth_client.get(
        reverse("customers:customer-addresses", args=[mine.customer.pk])
    )
    assert [str(row["id"]) for row in under_mine.data["results"]] == [str(mine.pk)]


def test_address_cannot_be_written_under_another_users_customer(auth_client, user):
    theirs = address_parent()
    body = address_payload(customer=theirs)

    created = send(auth_client, "post", address_url(), body)
    missing = send(auth_client, "post", address_url(), body | {"customer": 0})
    mine = AddressFactory.create(customer=address_parent(user))
    moved = auth_client.patch(
        address_url(mine.pk), {"customer": theirs.pk}, format="json"
    )

    for refused in (created, moved):
        assert refused.status_code == status.HTTP_400_BAD_REQUEST
        # Word for word what a key to no row gets: the parent's existence does not show.
        said = field_errors(missing)["customer"]
        expected = [m.replace(str(0), str(theirs.pk)) for m in said]
        assert field_errors(refused)["customer"] == expected
    assert list(Address.objects.filter(customer=theirs)) == []


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_address_under_another_users_customer_cannot_change(auth_client, method):
    theirs = AddressFactory.create()

    response = send(auth_client, method, address_url(theirs.pk), address_payload())

    assert response.status_code == status.HTTP_404_NOT_FOUND
    assert Address.objects.filter(pk=theirs.pk).exists()


def test_address_owner_writes_under_their_customer(auth_client, user):
    parent = address_parent(user)

    created = send(auth_client, "post", address_url(), address_payload(customer=parent))

    assert created.status_code == status.HTTP_201_CREATED, created.data
    url = address_url(created.data["id"])
    assert auth_client.patch(url, {}, format="json").status_code == status.HTTP_200_OK
    assert auth_client.delete(url).status_code == status.HTTP_204_NO_CONTENT


def test_address_staff_read_and_write_under_every_customer(admin_client):
    rows = [AddressFactory.create(), AddressFactory.create()]

    listed = admin_client.get(address_url())
    created = send(admin_client, "post", address_url(), address_payload())

    assert {str(row["id"]) for row in listed.data["results"]} == {
        str(r.pk) for r in rows
    }
    assert created.status_code == status.HTTP_201_CREATED, created.data
