"""The handlers of the Catalog app's commands and queries, one each. A command's
handler writes through the model and publishes what changed (delivered once the transaction
commits); a query's handler loads up front all that its answer shows, so that reading a page
of rows takes as many queries as reading one."""

from django.db.models import Prefetch, QuerySet

from apps.core.cqrs import handles, publish, rows
from apps.core.events.store import record
from apps.core.viewsets import related_count
from apps.customers.models import Address
from apps.orders.models import OrderLine

from .commands import (
    CreateCategory,
    CreateCountry,
    CreateProduct,
    DeleteCategory,
    DeleteCountry,
    DeleteProduct,
    UpdateCategory,
    UpdateCountry,
    UpdateProduct,
)
from .events import (
    CategoryCreated,
    CategoryDeleted,
    CategoryUpdated,
    CountryCreated,
    CountryDeleted,
    CountryUpdated,
    ProductCreated,
    ProductDeleted,
    ProductUpdated,
)
from .models import Category, Country, Product, User
from .queries import (
    GetCategory,
    GetCountry,
    GetProduct,
    GetUser,
    ListCategory,
    ListCountry,
    ListProduct,
    ListUser,
)


@handles(ListUser)
def list_users(query: ListUser) -> QuerySet[User]:
    return query.rows


@handles(GetUser)
def get_user(query: GetUser) -> User:
    return rows.find(query.rows.select_related("customer"), query.id)


@handles(CreateCategory)
def create_category(command: CreateCategory) -> Category:
    row = rows.create(Category, command.data)
    publish(
        CategoryCreated(
            id=rows.key(row),
            data=rows.stored(row, command.data),
            user_id=command.user_id,
            request_id=command.request_id,
        )
    )
    return row


@handles(UpdateCategory)
def update_category(command: UpdateCategory) -> Category:
    row = rows.locked(Category, command.id)
    changes = rows.update(row, command.data)
    publish(
        CategoryUpdated(
            id=rows.key(row),
            changes=changes,
            user_id=command.user_id,
            request_id=command.request_id,
        )
    )
    return row


@handles(DeleteCategory)
def delete_category(command: DeleteCategory) -> None:
    row = rows.locked(Category, command.id)
    event = CategoryDeleted(
        id=rows.key(row),
        data=rows.stored(row),
        user_id=command.user_id,
        request_id=command.request_id,
    )
    row.delete()
    publish(event)


@handles(ListCategory)
def list_categories(query: ListCategory) -> QuerySet[Category]:
    return query.rows.select_related("parent")


@handles(GetCategory)
def get_category(query: GetCategory) -> Category:
    return rows.find(
        query.rows.select_related("parent").annotate(
            children_count=related_count(Category, "parent"),
            products_count=related_count(Product, "category"),
        ),
        query.id,
    )


@handles(CreateCountry)
def create_country(command: CreateCountry) -> Country:
    row = rows.create(Country, command.data)
    publish(
        CountryCreated(
            id=rows.key(row),
            data=rows.stored(row, command.data),
            user_id=command.user_id,
            request_id=command.request_id,
        )
    )
    return row


@handles(UpdateCountry)
def update_country(command: UpdateCountry) -> Country:
    row = rows.locked(Country, command.id)
    changes = rows.update(row, command.data)
    publish(
        CountryUpdated(
            id=rows.key(row),
            changes=changes,
            user_id=command.user_id,
            request_id=command.request_id,
        )
    )
    return row


@handles(DeleteCountry)
def delete_country(command: DeleteCountry) -> None:
    row = rows.locked(Country, command.id)
    event = CountryDeleted(
        id=rows.key(row),
        data=rows.stored(row),
        user_id=command.user_id,
        request_id=command.request_id,
    )
    row.delete()
    publish(event)


@handles(ListCountry)
def list_countries(query: ListCountry) -> QuerySet[Country]:
    return query.rows


@handles(GetCountry)
def get_country(query: GetCountry) -> Country:
    return rows.find(
        query.rows.annotate(
            products_count=related_count(Product, "ships_to"),
            addresses_count=related_count(Address, "country"),
        ),
        query.id,
    )


@handles(CreateProduct)
def create_product(command: CreateProduct) -> Product:
    row = rows.create(Product, command.data)
    record(
        ProductCreated(
            id=rows.key(row),
            data=rows.stored(row, command.data),
            user_id=command.user_id,
            request_id=command.request_id,
        ),
        Product,
    )
    return row


@handles(UpdateProduct)
def update_product(command: UpdateProduct) -> Product:
    row = rows.locked(Product, command.id)
    changes = rows.update(row, command.data)
    record(
        ProductUpdated(
            id=rows.key(row),
            changes=changes,
            user_id=command.user_id,
            request_id=command.request_id,
        ),
        Product,
        command.expected_version,
    )
    return row


@handles(DeleteProduct)
def delete_product(command: DeleteProduct) -> None:
    row = rows.locked(Product, command.id)
    event = ProductDeleted(
        id=rows.key(row),
        data=rows.stored(row),
        user_id=command.user_id,
        request_id=command.request_id,
    )
    row.delete()
    record(event, Product, command.expected_version)


@handles(ListProduct)
def list_products(query: ListProduct) -> QuerySet[Product]:
    return query.rows.select_related("category").prefetch_related(
        Prefetch("ships_to", queryset=Country.objects.only("name"))
    )


@handles(GetProduct)
def get_product(query: GetProduct) -> Product:
    return rows.find(
        query.rows.select_related("category")
        .prefetch_related(Prefetch("ships_to", queryset=Country.objects.only("name")))
        .annotate(order_lines_count=related_count(OrderLine, "product")),
        query.id,
    )
