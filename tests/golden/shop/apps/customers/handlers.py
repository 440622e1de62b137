"""The handlers of the Customers app's commands and queries, one each. A command's
handler writes through the model and publishes what changed (delivered once the transaction
commits); a query's handler loads up front all that its answer shows, so that reading a page
of rows takes as many queries as reading one."""

from django.db.models import QuerySet

from apps.core.cqrs import handles, publish, rows
from apps.core.viewsets import related_count
from apps.orders.models import Order

from .commands import (
    CreateAddress,
    CreateCustomer,
    DeleteAddress,
    DeleteCustomer,
    UpdateAddress,
    UpdateCustomer,
)
from .events import (
    AddressCreated,
    AddressDeleted,
    AddressUpdated,
    CustomerCreated,
    CustomerDeleted,
    CustomerUpdated,
)
from .models import Address, Customer
from .queries import GetAddress, GetCustomer, ListAddress, ListCustomer


@handles(CreateCustomer)
def create_customer(command: CreateCustomer) -> Customer:
    data = rows.owned_by(command.data, "user", command.user)
    row = rows.create(Customer, data)
    publish(
        CustomerCreated(
            id=rows.key(row),
            data=rows.stored(row, data),
            user_id=command.user_id,
            request_id=command.request_id,
        )
    )
    return row


@handles(UpdateCustomer)
def update_customer(command: UpdateCustomer) -> Customer:
    row = rows.locked(Customer, command.id)
    rows.check_owner(row, "user", command.user)
    changes = rows.update(row, command.data)
    publish(
        CustomerUpdated(
            id=rows.key(row),
            changes=changes,
            user_id=command.user_id,
            request_id=command.request_id,
        )
    )
    return row


@handles(DeleteCustomer)
def delete_customer(command: DeleteCustomer) -> None:
    row = rows.locked(Customer, command.id)
    rows.check_owner(row, "user", command.user)
    event = CustomerDeleted(
        id=rows.key(row),
        data=rows.stored(row),
        user_id=command.user_id,
        request_id=command.request_id,
    )
    row.delete()
    publish(event)


@handles(ListCustomer)
def list_customers(query: ListCustomer) -> QuerySet[Customer]:
    return query.rows.select_related("user")


@handles(GetCustomer)
def get_customer(query: GetCustomer) -> Customer:
    return rows.find(
        query.rows.select_related("user").annotate(
            addresses_count=related_count(Address, "customer"),
            orders_count=related_count(Order, "customer"),
        ),
        query.id,
    )


@handles(CreateAddress)
def create_address(command: CreateAddress) -> Address:
    row = rows.create(Address, command.data)
    publish(
        AddressCreated(
            id=rows.key(row),
            data=rows.stored(row, command.data),
            user_id=command.user_id,
            request_id=command.request_id,
        )
    )
    return row


@handles(UpdateAddress)
def update_address(command: UpdateAddress) -> Address:
    row = rows.locked(Address, command.id)
    changes = rows.update(row, command.data)
    publish(
        AddressUpdated(
            id=rows.key(row),
            changes=changes,
            user_id=command.user_id,
            request_id=command.request_id,
        )
    )
    return row


@handles(DeleteAddress)
def delete_address(command: DeleteAddress) -> None:
    row = rows.locked(Address, command.id)
    event = AddressDeleted(
        id=rows.key(row),
        data=rows.stored(row),
        user_id=command.user_id,
        request_id=command.request_id,
    )
    row.delete()
    publish(event)


@handles(ListAddress)
def list_addresses(query: ListAddress) -> QuerySet[Address]:
    return query.rows.select_related("customer", "country")


@handles(GetAddress)
def get_address(query: GetAddress) -> Address:
    return rows.find(query.rows.select_related("customer", "country"), query.id)
