"""Commands, queries and events of the Customers app: each command through the API
and dispatched directly, each query asked directly within the queries its plan allows, and each
event delivered once, after the commit, with the acting user and the request id."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.core.cqrs import Forbidden, NotFound, ask, dispatch
from apps.core.cqrs.testing import assert_changes_stored, recorded, validated
from apps.core.testing import api_payload, send
from apps.customers.commands import (
    CreateAddress,
    CreateCustomer,
    DeleteAddress,
    DeleteCustomer,
    UpdateAddress,
    UpdateCustomer,
)
from apps.customers.events import (
    AddressCreated,
    AddressDeleted,
    AddressUpdated,
    CustomerCreated,
    CustomerDeleted,
    CustomerUpdated,
)
from apps.customers.factories import AddressFactory, CustomerFactory
from apps.customers.models import Address, Customer
from apps.customers.queries import GetAddress, GetCustomer, ListAddress, ListCustomer
from apps.customers.serializers import AddressSerializer, CustomerSerializer

pytestmark = pytest.mark.django_db


# -- customers

CUSTOMER_FIELDS = {
    "phone": "phone",
    "loyalty_points": "loyalty_points",
    "birth_date": "birth_date",
}


def customer_payload() -> dict:
    return api_payload(CustomerFactory, CUSTOMER_FIELDS)


def test_create_customer_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    url = reverse("customers:customer-list")
    with (
        recorded(CustomerCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "post", url, customer_payload())
        assert events == []  # not before the commit
    assert response.status_code == status.HTTP_201_CREATED, response.data
    [event] = events
    assert str(event.id) == str(response.data["id"])
    assert event.user_id == admin_user.pk
    assert event.request_id == response["X-Request-ID"]


def test_create_customer_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    data = validated(CustomerSerializer, customer_payload())
    with (
        recorded(CustomerCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        row = dispatch(
            CreateCustomer(data=data, user=admin_user, request_id="cqrs-test")
        )
    assert Customer.objects.filter(pk=row.pk).exists()
    assert row.user == admin_user
    [event] = events
    assert (str(event.id), event.user_id, event.request_id) == (
        str(row.pk),
        admin_user.pk,
        "cqrs-test",
    )


def test_update_customer_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = CustomerFactory.create(user=admin_user)
    url = reverse("customers:customer-detail", args=[row.pk])
    with (
        recorded(CustomerUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "put", url, customer_payload())
    assert response.status_code == status.HTTP_200_OK, response.data
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]
    assert_changes_stored(event, row)


def test_update_customer_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = CustomerFactory.create(user=admin_user)
    data = validated(CustomerSerializer, customer_payload(), instance=row)
    with (
        recorded(CustomerUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        updated = dispatch(UpdateCustomer(id=row.pk, data=data, user=admin_user))
    assert updated.pk == row.pk
    [event] = events
    assert str(event.id) == str(row.pk)
    assert_changes_stored(event, row)


def test_update_customer_of_another_user_is_forbidden(user):
    row = CustomerFactory.create()
    data = validated(CustomerSerializer, customer_payload(), instance=row)
    with pytest.raises(Forbidden):
        dispatch(UpdateCustomer(id=row.pk, data=data, user=user))
    with pytest.raises(Forbidden):
        dispatch(DeleteCustomer(id=row.pk, user=user))
    assert Customer.objects.filter(pk=row.pk).exists()


def test_delete_customer_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = CustomerFactory.create(user=admin_user)
    url = reverse("customers:customer-detail", args=[row.pk])
    with (
        recorded(CustomerDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = admin_client.delete(url)
    assert response.status_code == status.HTTP_204_NO_CONTENT
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]


def test_delete_customer_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = CustomerFactory.create(user=admin_user)
    with (
        recorded(CustomerDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        dispatch(DeleteCustomer(id=row.pk, user=admin_user))
    assert not Customer.objects.filter(pk=row.pk).exists()
    [event] = events
    assert str(event.id) == str(row.pk)


def test_get_customer(django_assert_max_num_queries):
    row = CustomerFactory.create()
    with django_assert_max_num_queries(1):
        found = ask(GetCustomer(id=row.pk))
    assert found.pk == row.pk


def test_get_customer_refuses_a_missing_key():
    row = CustomerFactory.create()
    missing = row.pk
    row.delete()
    with pytest.raises(NotFound):
        ask(GetCustomer(id=missing))
    with pytest.raises(NotFound):
        ask(GetCustomer(id="not-a-key"))


def test_get_customer_reads_among_the_rows_given():
    row = CustomerFactory.create()
    with pytest.raises(NotFound):
        ask(GetCustomer(id=row.pk, rows=Customer.objects.exclude(pk=row.pk)))


def test_list_customer(django_assert_max_num_queries):
    CustomerFactory.create_batch(3)
    with django_assert_max_num_queries(1):
        found = list(ask(ListCustomer()))
    assert {r.pk for r in found} == set(Customer.objects.values_list("pk", flat=True))


# -- addresses

ADDRESS_FIELDS = {
    "kind": "kind",
    "line1": "line1",
    "city": "city",
    "postal_code": "postal_code",
    "customer": "customer",
    "country": "country",
}


def address_payload() -> dict:
    return api_payload(AddressFactory, ADDRESS_FIELDS)


def test_create_address_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    url = reverse("customers:address-list")
    with (
        recorded(AddressCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "post", url, address_payload())
        assert events == []  # not before the commit
    assert response.status_code == status.HTTP_201_CREATED, response.data
    [event] = events
    assert str(event.id) == str(response.data["id"])
    assert event.user_id == admin_user.pk
    assert event.request_id == response["X-Request-ID"]


def test_create_address_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    data = validated(AddressSerializer, address_payload())
    with (
        recorded(AddressCreated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        row = dispatch(
            CreateAddress(data=data, user=admin_user, request_id="cqrs-test")
        )
    assert Address.objects.filter(pk=row.pk).exists()
    [event] = events
    assert (str(event.id), event.user_id, event.request_id) == (
        str(row.pk),
        admin_user.pk,
        "cqrs-test",
    )


def test_update_address_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = AddressFactory.create()
    url = reverse("customers:address-detail", args=[row.pk])
    with (
        recorded(AddressUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = send(admin_client, "put", url, address_payload())
    assert response.status_code == status.HTTP_200_OK, response.data
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]
    assert_changes_stored(event, row)


def test_update_address_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = AddressFactory.create()
    data = validated(AddressSerializer, address_payload(), instance=row)
    with (
        recorded(AddressUpdated) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        updated = dispatch(UpdateAddress(id=row.pk, data=data, user=admin_user))
    assert updated.pk == row.pk
    [event] = events
    assert str(event.id) == str(row.pk)
    assert_changes_stored(event, row)


def test_delete_address_through_the_api(
    admin_client, admin_user, django_capture_on_commit_callbacks
):
    row = AddressFactory.create()
    url = reverse("customers:address-detail", args=[row.pk])
    with (
        recorded(AddressDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = admin_client.delete(url)
    assert response.status_code == status.HTTP_204_NO_CONTENT
    [event] = events
    assert (str(event.id), event.user_id) == (str(row.pk), admin_user.pk)
    assert event.request_id == response["X-Request-ID"]


def test_delete_address_by_dispatch(admin_user, django_capture_on_commit_callbacks):
    row = AddressFactory.create()
    with (
        recorded(AddressDeleted) as events,
        django_capture_on_commit_callbacks(execute=True),
    ):
        dispatch(DeleteAddress(id=row.pk, user=admin_user))
    assert not Address.objects.filter(pk=row.pk).exists()
    [event] = events
    assert str(event.id) == str(row.pk)


def test_get_address(django_assert_max_num_queries):
    row = AddressFactory.create()
    with django_assert_max_num_queries(1):
        found = ask(GetAddress(id=row.pk))
    assert found.pk == row.pk


def test_get_address_refuses_a_missing_key():
    row = AddressFactory.create()
    missing = row.pk
    row.delete()
    with pytest.raises(NotFound):
        ask(GetAddress(id=missing))
    with pytest.raises(NotFound):
        ask(GetAddress(id="not-a-key"))


def test_get_address_reads_among_the_rows_given():
    row = AddressFactory.create()
    with pytest.raises(NotFound):
        ask(GetAddress(id=row.pk, rows=Address.objects.exclude(pk=row.pk)))


def test_list_address(django_assert_max_num_queries):
    AddressFactory.create_batch(3)
    with django_assert_max_num_queries(1):
        found = list(ask(ListAddress()))
    assert {r.pk for r in found} == set(Address.objects.values_list("pk", flat=True))
