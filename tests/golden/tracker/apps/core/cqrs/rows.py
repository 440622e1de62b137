"""How the handlers read and write rows, and what their events say about them: every value
as JSON (text for decimals, dates, durations and keys that are UUIDs, base64 for bytes, a
file's name, a related row's key), so that an event reads the same in a worker."""

import base64
import datetime
import json
from typing import Any, TypeVar

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Model, QuerySet
from django.db.models.fields.files import FieldFile
from django.utils.translation import gettext as _

from .errors import Forbidden, NotFound
from .messages import Change, Data

M = TypeVar("M", bound=Model)
User = AbstractBaseUser | AnonymousUser | None


def json_value(value: Any) -> Any:
    if isinstance(value, Model):
        return json_value(value.pk)
    if isinstance(value, FieldFile):
        return value.name or None
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode()
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if isinstance(value, datetime.datetime | datetime.time):
        return (
            value.isoformat()
        )  # to the microsecond, as stored (JSON's encoder cuts it)
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def key(row: Model) -> Any:
    """The row's key, as events carry it."""
    return json_value(row.pk)


def many_to_many(model: type[Model]) -> set[str]:
    return {field.name for field in model._meta.many_to_many}


def stored(row: Model, links: Data | None = None) -> dict[str, Any]:
    """The row's stored values by field name, without its key, and the keys of the rows
    `links` gives its many-to-many fields (loading the others would cost a query each)."""
    values = {
        field.name: json_value(field.value_from_object(row))
        for field in row._meta.concrete_fields
        if not field.primary_key
    }
    for name, rows in (links or {}).items():
        if name in many_to_many(type(row)):
            values[name] = sorted(json_value(list(rows)))
    return values


def create(model: type[M], data: Data) -> M:
    """Insert a row from validated data, its many-to-many links included, as DRF's
    ModelSerializer.create does."""
    links = many_to_many(model)
    row = model._default_manager.create(
        **{name: value for name, value in data.items() if name not in links}
    )
    for name, value in data.items():
        if name in links:
            getattr(row, name).set(value)
    return row


def linked_keys(row: Model, name: str) -> list[Any]:
    return sorted(json_value(list(getattr(row, name).values_list("pk", flat=True))))


def update(row: Model, data: Data) -> dict[str, Change]:
    """Write validated data over a row, as DRF's ModelSerializer.update does; each field
    that changed, with its old and new value."""
    links = many_to_many(type(row))
    before = stored(row)
    before.update({name: linked_keys(row, name) for name in data if name in links})
    for name, value in data.items():
        if name not in links:
            setattr(row, name, value)
    row.save()
    for name, value in data.items():
        if name in links:
            getattr(row, name).set(value)
    after = stored(row, data)
    return {
        name: {"old": before[name], "new": value}
        for name, value in after.items()
        if before[name] != value
    }


def find(rows: QuerySet[M], pk: Any) -> M:
    """The row with key `pk` among `rows`. NotFound, worded as the API words it, when none
    is, or when `pk` cannot be a key."""
    try:
        return rows.get(pk=pk)
    except ObjectDoesNotExist:
        raise NotFound(
            _("No %(verbose_name)s matches the given query.")
            % {"verbose_name": rows.model._meta.verbose_name}
        ) from None
    except (TypeError, ValueError, ValidationError):
        raise NotFound() from None


def locked(model: type[M], pk: Any) -> M:
    """The row with key `pk`, locked until the transaction ends, so that no other write
    slips between the old values an event reports and the new ones."""
    return find(model._default_manager.select_for_update(), pk)


def check_owner(row: Model, owner_field: str, user: User) -> None:
    """An owned row is changed by its owner or an admin, as the API's IsOwnerOrAdmin lets
    them; a command without a user is the project's own and changes any row."""
    if user is None or getattr(user, "is_staff", False):
        return
    if not user.is_authenticated or row.serializable_value(owner_field) != user.pk:
        raise Forbidden()


def owned_by(data: Data, owner_field: str, user: User) -> Data:
    """The data of a new owned row: its owner is the acting user unless the data names one
    (the API's view names the requesting user)."""
    if owner_field in data or user is None or not user.is_authenticated:
        return data
    return {**data, owner_field: user}
