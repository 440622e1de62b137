"""Helpers the generated API tests share: request bodies made from the factories, and a look
into answers."""

import base64
import importlib
import json
from collections.abc import Iterable, Mapping
from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any, TypeVar, cast
from uuid import UUID

from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils.duration import duration_string
from django_redis.cache import RedisCache
from django_stubs_ext import StrOrPromise
from factory.django import DjangoModelFactory
from rest_framework.response import Response
from rest_framework.test import APIClient

LINKED_ROWS = 2  # rows a many-to-many value of a request body points at
# The media type asking the schema endpoint for its JSON form (`?format=` is a filter).
OPENAPI_JSON = "application/vnd.oai.openapi+json"
M = TypeVar("M", bound=models.Model)


def factory_for(model: type[M]) -> type[DjangoModelFactory[M]]:
    """A model's factory, found by the project's convention: apps/<app>/factories.py."""
    module = importlib.import_module(f"apps.{model._meta.app_label}.factories")
    return cast(
        type[DjangoModelFactory[M]], getattr(module, f"{model.__name__}Factory")
    )


def related_model(field: Any) -> type[models.Model]:
    """The model a relation points at: a class once the apps are loaded, though a field
    may name it by a string or "self"."""
    return cast(type[models.Model], field.related_model)


def save_related(instance: models.Model) -> None:
    """Save the unsaved rows a built instance points at, deepest first; not the instance."""
    for field in instance._meta.concrete_fields:
        remote = field.remote_field
        if remote is None or remote.parent_link:
            continue
        related = getattr(instance, field.name)
        if related is not None and related._state.adding:
            save_related(related)
            related.save()


def api_value(field: models.Field, value: Any, form: bool) -> Any:
    """A model value as a request body carries it; `form`: a multipart body."""
    if field.is_relation:
        return value.pk
    if isinstance(value, FieldFile):
        value.seek(0)
        return SimpleUploadedFile(str(value.name).rsplit("/", 1)[-1], value.read())
    if isinstance(field, models.JSONField):
        return json.dumps(value) if form else value
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode()
    if isinstance(value, timedelta):
        return duration_string(value)
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)
    return value


def api_payload(
    factory: type[DjangoModelFactory[Any]], fields: Mapping[str, str], **overrides: Any
) -> dict[str, Any]:
    """A valid request body for a new row: the values the factory would give it, keyed by API
    name (`fields` maps model attributes to API names). The rows it points at are saved; the
    row itself is not. Empty optional values are left out."""
    instance = factory.build(**overrides)
    save_related(instance)
    meta = instance._meta
    form = any(
        isinstance(meta.get_field(name), models.FileField) and getattr(instance, name)
        for name in fields
    )
    body: dict[str, Any] = {}
    for name, api_name in fields.items():
        field = meta.get_field(name)
        if field.many_to_many:
            rows = overrides.get(name) or factory_for(
                related_model(field)
            ).create_batch(LINKED_ROWS)
            body[api_name] = [row.pk for row in rows]
            continue
        value = getattr(instance, name)
        if value is None or value == "" or (isinstance(value, FieldFile) and not value):
            continue
        body[api_name] = api_value(field, value, form)
    return body


def send(
    client: APIClient, method: str, url: StrOrPromise, body: dict[str, Any]
) -> Response:
    """Send a body as JSON, or as multipart form data when it uploads a file."""
    uploads = any(isinstance(value, SimpleUploadedFile) for value in body.values())
    return getattr(client, method)(url, body, format="multipart" if uploads else "json")


def other_value(factory: type[DjangoModelFactory[Any]], name: str, kept: Any) -> Any:
    """A value the factory makes for the field `name` other than `kept`."""
    for _ in range(100):
        value = getattr(factory.build(), name)
        if value != kept:
            return value
    raise AssertionError(f"the factory makes no value of {name} but {kept!r}")


def body_with(
    model: type[models.Model],
    body: dict[str, Any],
    name: str,
    api_name: str,
    value: Any,
) -> dict[str, Any]:
    """`body` that also sets the field `name` (`api_name` in the API) to `value`."""
    field = cast(models.Field, model._meta.get_field(name))
    form = any(isinstance(sent, SimpleUploadedFile) for sent in body.values())
    return {**body, api_name: api_value(field, value, form)}


def send_other_value(
    client: APIClient,
    method: str,
    url: StrOrPromise,
    factory: type[DjangoModelFactory[Any]],
    fields: Mapping[str, str],
    field: tuple[str, str],
    row: models.Model | None = None,
) -> tuple[Response, Any]:
    """Send `method` setting `field` (model attribute, API name) to a value other than the
    one the row keeps: its current value, or the field's default for a create (no `row`).
    A create and a PUT carry a whole valid row, as `api_payload` makes one of `fields`.
    Answers the response and the value sent."""
    name, api_name = field
    model = factory._meta.model
    kept = (
        model._meta.get_field(name).get_default() if row is None else getattr(row, name)
    )
    value = other_value(factory, name, kept)
    body = {} if method == "patch" else api_payload(factory, fields)
    return send(
        client, method, url, body_with(model, body, name, api_name, value)
    ), value


def field_errors(response: Response) -> dict[str, Any]:
    """The errors of a refused request by API field name: a 400's validation errors, or
    the fields a 403 refuses (the error envelope's details)."""
    return json.loads(response.content)["error"]["details"]


def all_keys(data: Any) -> set[str]:
    """Every key of a JSON document, at any depth."""
    if isinstance(data, Mapping):
        return set(data).union(*(all_keys(value) for value in data.values()))
    if isinstance(data, list):
        return set().union(*(all_keys(item) for item in data))
    return set()


def clear_cache() -> None:
    """Empty the cache of this project only: on Redis, the keys under its prefix (clear()
    would empty the whole database, which other projects may share)."""
    backend = caches["default"]
    if isinstance(backend, RedisCache):
        backend.delete_pattern("*")
    else:
        backend.clear()


def grant_roles(user, *roles: str) -> None:
    """Put a user in the groups of the given roles. A data migration creates them; they are
    made here too, for a database that a transactional test has emptied."""
    user.groups.add(*(Group.objects.get_or_create(name=role)[0] for role in roles))


def set_value(row: models.Model, name: str, value: Any) -> models.Model:
    """Store `value` in the row's field `name`, past model validation and automatic values
    (created_at); a many-to-many field takes a list of rows."""
    if row._meta.get_field(name).many_to_many:
        link(row, name, value)
    else:
        type(row)._default_manager.filter(pk=row.pk).update(**{name: value})
    return row


def link(row: models.Model, name: str, targets: Iterable[models.Model]) -> None:
    """Link `row` to `targets` through its many-to-many `name` (through rows made by the
    through model's factory when it has one of its own)."""
    field = cast(models.ManyToManyField, row._meta.get_field(name))
    through = cast(type[models.Model], field.remote_field.through)
    if through._meta.auto_created:
        getattr(row, name).add(*targets)
        return
    for target in targets:
        factory_for(through).create(
            **{field.m2m_field_name(): row, field.m2m_reverse_field_name(): target}
        )


def with_value(
    factory: type[DjangoModelFactory[Any]], name: str, value: Any
) -> models.Model:
    """A new row whose field `name` holds `value`; a key is given when the row is made."""
    if factory._meta.model._meta.get_field(name).primary_key:
        return factory.create(**{name: value})
    return set_value(factory.create(), name, value)


def linked_pairs(
    factory: type[DjangoModelFactory[Any]], name: str
) -> tuple[dict[str, models.Model], dict[str, models.Model]]:
    """Two rows, `low` and `high`, each linked through the relation `name` to a row of its
    own; and those two related rows."""
    field = factory._meta.model._meta.get_field(name)
    targets = {
        label: factory_for(related_model(field)).create() for label in ("low", "high")
    }
    rows = {
        label: with_value(factory, name, [target] if field.many_to_many else target)
        for label, target in targets.items()
    }
    return rows, targets


def api_key(model: type[models.Model]) -> str:
    """The name an answer shows a row's key under: the primary key's, through multi-table
    parents (`id`, or a text key such as `code`)."""
    key = model._meta.pk
    while isinstance(key, models.OneToOneField) and key.remote_field.parent_link:
        key = key.target_field
    return key.name


def listed(
    client: APIClient,
    url: StrOrPromise,
    query: Mapping[str, Any] | None = None,
    key: str = "id",
) -> list[str]:
    """The keys (shown as `key`) of the rows a list endpoint answers, in order, following
    `next` links to the last page."""
    keys: list[str] = []
    response = client.get(url, query or {})
    while True:
        assert response.status_code == 200, response.data
        keys += [str(row[key]) for row in response.data["results"]]
        if not response.data["next"]:
            return keys
        response = client.get(response.data["next"])


def shown(
    client: APIClient,
    url: StrOrPromise,
    query: Mapping[str, Any],
    rows: Mapping[str, models.Model],
) -> set[str]:
    """The labels of the `rows` a list endpoint shows for `query`."""
    keys = set(listed(client, url, query, key_of(rows)))
    return {label for label, row in rows.items() if str(row.pk) in keys}


def shown_in_order(
    client: APIClient,
    url: StrOrPromise,
    query: Mapping[str, Any],
    rows: Mapping[str, models.Model],
) -> list[str]:
    """The labels of the `rows` a list endpoint shows for `query`, in its order."""
    labels = {str(row.pk): label for label, row in rows.items()}
    return [
        labels[key] for key in listed(client, url, query, key_of(rows)) if key in labels
    ]


def key_of(rows: Mapping[str, models.Model]) -> str:
    """The name an answer shows the key of these rows (all of one model) under."""
    return api_key(type(next(iter(rows.values()))))
