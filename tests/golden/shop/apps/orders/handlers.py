"""The handlers of the Orders app's commands and queries, one each. A command's
handler writes through the model and publishes what changed (delivered once the transaction
commits); a query's handler loads up front all that its answer shows, so that reading a page
of rows takes as many queries as reading one."""

from django.db.models import Prefetch, QuerySet

from apps.catalog.models import Country
from apps.core.cqrs import handles, publish, rows
from apps.core.events.store import record
from apps.core.viewsets import related_count

from .commands import (
    CreateOrder,
    CreateOrderLine,
    DeleteOrder,
    DeleteOrderLine,
    UpdateOrder,
    UpdateOrderLine,
)
from .events import (
    OrderCreated,
    OrderDeleted,
    OrderLineCreated,
    OrderLineDeleted,
    OrderLineUpdated,
    OrderUpdated,
)
from .models import Order, OrderLine
from .queries import GetOrder, GetOrderLine, ListOrder, ListOrderLine


@handles(CreateOrder)
def create_order(command: CreateOrder) -> Order:
    row = rows.create(Order, command.data)
    record(
        OrderCreated(
            id=rows.key(row),
            data=rows.stored(row, command.data),
            user_id=command.user_id,
            request_id=command.request_id,
        ),
        Order,
    )
    return row


@handles(UpdateOrder)
def update_order(command: UpdateOrder) -> Order:
    row = rows.locked(Order, command.id)
    changes = rows.update(row, command.data)
    record(
        OrderUpdated(
            id=rows.key(row),
            changes=changes,
            user_id=command.user_id,
            request_id=command.request_id,
        ),
        Order,
        command.expected_version,
    )
    return row


@handles(DeleteOrder)
def delete_order(command: DeleteOrder) -> None:
    row = rows.locked(Order, command.id)
    event = OrderDeleted(
        id=rows.key(row),
        data=rows.stored(row),
        user_id=command.user_id,
        request_id=command.request_id,
    )
    row.delete()
    record(event, Order, command.expected_version)


@handles(ListOrder)
def list_orders(query: ListOrder) -> QuerySet[Order]:
    return query.rows.select_related("customer")


@handles(GetOrder)
def get_order(query: GetOrder) -> Order:
    return rows.find(
        query.rows.select_related("customer").annotate(
            lines_count=related_count(OrderLine, "order")
        ),
        query.id,
    )


@handles(CreateOrderLine)
def create_order_line(command: CreateOrderLine) -> OrderLine:
    row = rows.create(OrderLine, command.data)
    publish(
        OrderLineCreated(
            id=rows.key(row),
            data=rows.stored(row, command.data),
            user_id=command.user_id,
            request_id=command.request_id,
        )
    )
    return row


@handles(UpdateOrderLine)
def update_order_line(command: UpdateOrderLine) -> OrderLine:
    row = rows.locked(OrderLine, command.id)
    changes = rows.update(row, command.data)
    publish(
        OrderLineUpdated(
            id=rows.key(row),
            changes=changes,
            user_id=command.user_id,
            request_id=command.request_id,
        )
    )
    return row


@handles(DeleteOrderLine)
def delete_order_line(command: DeleteOrderLine) -> None:
    row = rows.locked(OrderLine, command.id)
    event = OrderLineDeleted(
        id=rows.key(row),
        data=rows.stored(row),
        user_id=command.user_id,
        request_id=command.request_id,
    )
    row.delete()
    publish(event)


@handles(ListOrderLine)
def list_order_lines(query: ListOrderLine) -> QuerySet[OrderLine]:
    return query.rows.select_related("order", "product")


@handles(GetOrderLine)
def get_order_line(query: GetOrderLine) -> OrderLine:
    return rows.find(
        query.rows.select_related("order", "product").prefetch_related(
            Prefetch("product__ships_to", queryset=Country.objects.only("pk"))
        ),
        query.id,
    )
