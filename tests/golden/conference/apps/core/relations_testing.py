"""Helpers for the relation and query-count tests: rows with every relation filled, and the
proof that an endpoint runs as many queries for many rows as for few."""

from collections.abc import Callable
from typing import Any

from django.db import connection, models
from django.test.utils import CaptureQueriesContext
from rest_framework import status
from rest_framework.response import Response

from apps.core.testing import LINKED_ROWS, M, factory_for, link, related_model

SIZES = (3, 30)  # the rows an endpoint shows, first few, then many


def is_domain(model: type[models.Model]) -> bool:
    """A model of the project's own apps, which all have factories."""
    return model._meta.app_config.name.startswith("apps.")


def create_linked(model: type[M], count: int, /, **values: Any) -> list[M]:
    """`count` rows from the model's factory with every relation filled; `values` win.

    The rows share the related rows the factory leaves out: a row for each optional key
    (its own for a one-to-one) and LINKED_ROWS rows for each many-to-many. Shared rows load
    lazily once per row all the same, so a missing select_related still shows."""
    shared: dict[str, Any] = {}
    own = []
    for field in model._meta.get_fields():
        if (
            field.name in values
            or not field.is_relation
            or field.auto_created
            or not is_domain(related_model(field))
        ):
            continue
        target = factory_for(related_model(field))
        if field.many_to_many:
            shared[field.name] = target.create_batch(LINKED_ROWS)
        elif field.one_to_one and field.null:
            own.append((field.name, target))
        elif field.null:
            shared[field.name] = target.create()
    return [
        factory_for(model).create(
            **shared, **{name: target.create() for name, target in own}, **values
        )
        for _ in range(count)
    ]


def link_rows(instance: models.Model, name: str, count: int) -> None:
    """Give `instance` `count` more rows through its many-to-many `name`."""
    field = instance._meta.get_field(name)
    link(instance, name, factory_for(related_model(field)).create_batch(count))


def assert_constant_queries(
    fetch: Callable[[], Response], grow: Callable[[int], object], at_most: int
) -> Response:
    """Grow the data to each of SIZES (`grow(n)` adds n rows) and fetch at each size: both
    answers are 200 and ran the same number of queries, at most `at_most`. Returns the
    last answer, for the caller to check that it shows the rows."""
    counts = []
    made = 0
    for size in SIZES:
        grow(size - made)
        made = size
        with CaptureQueriesContext(connection) as queries:
            response = fetch()
        assert response.status_code == status.HTTP_200_OK, response.data
        counts.append(len(queries))
    assert counts[0] == counts[1], (
        f"{counts[0]} queries for {SIZES[0]}, {counts[1]} for {SIZES[1]}"
    )
    assert counts[1] <= at_most, f"{counts[1]} queries, expected at most {at_most}"
    return response
