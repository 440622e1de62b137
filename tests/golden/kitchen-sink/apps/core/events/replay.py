"""Rebuilding an entity's read table from its events, or comparing the two.

The streams are read in batches of whole streams, each batch in a transaction: every stream is
folded from its first event, and its row is inserted, updated, deleted or left alone to match;
many-to-many links are rewritten for the rows whose links differ. Values keep their stored
form: timestamps the model would set itself (`auto_now`) are written as the events have them.
Rows that have no events (made before the entity was event-sourced, or by a factory) are
reported by a verification, never touched by a replay.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from django.db import transaction
from django.db.models import Field, ManyToManyField, Model

from apps.core.cqrs.rows import json_value, stored

from .aggregate import Values, apply
from .models import StoredEvent
from .upcasters import upcast

Progress = Callable[[int, int], None]


@dataclass
class Outcome:
    """What a replay found: differences by stream, and how many rows it wrote."""

    differences: list[str] = field(default_factory=list)
    written: int = 0


def own_fields(model: type[Model]) -> list[Field]:
    return [f for f in model._meta.concrete_fields if not f.primary_key]


def links_of(model: type[Model]) -> list[ManyToManyField]:
    return [f for f in model._meta.many_to_many if isinstance(f, ManyToManyField)]


def through_of(link: ManyToManyField) -> type[Model]:
    return cast(type[Model], link.remote_field.through)


def folded(kind: str, stream_ids: list[str]) -> dict[str, Values | None]:
    """The latest state of each stream, from all its events."""
    states: dict[str, Values | None] = {}
    events = StoredEvent.objects.filter(stream_type=kind, stream_id__in=stream_ids)
    columns = ("stream_id", "event_type", "schema_version", "payload")
    for stream_id, event_type, version, payload in events.order_by(
        "stream_id", "version"
    ).values_list(*columns):
        payload = upcast(event_type, version, payload)
        states[stream_id] = apply(states.get(stream_id), event_type, payload)
    return states


def linked(model: type[Model], keys: Iterable[Any]) -> dict[str, dict[str, list[Any]]]:
    """The keys each row links to, by many-to-many field, in one query per field."""
    found: dict[str, dict[str, list[Any]]] = {}
    for link in links_of(model):
        through = through_of(link)
        source, target = link.m2m_field_name(), link.m2m_reverse_field_name()
        pairs = through._default_manager.filter(**{f"{source}__in": list(keys)})
        for row_key, other in pairs.values_list(f"{source}_id", f"{target}_id"):
            found.setdefault(str(row_key), {}).setdefault(link.name, []).append(other)
    return found


def table_state(row: Model, links: dict[str, list[Any]]) -> Values:
    values = stored(row)
    for link in links_of(type(row)):
        values[link.name] = sorted(json_value(links.get(link.name, [])))
    return values


def expected(model: type[Model], data: Values) -> Values:
    """The values the events give the fields the model has now (a field added since has
    none: it is not compared); a link never set is empty."""
    values = {f.name: data[f.name] for f in own_fields(model) if f.name in data}
    for link in links_of(model):
        values[link.name] = sorted(data.get(link.name) or [])
    return values


def differences(stream_id: str, table: Values, events: Values) -> list[str]:
    return [
        f"{stream_id}: {name} is {table.get(name)!r} in the table, {value!r} in the events"
        for name, value in events.items()
        if table.get(name) != value
    ]


def build(model: type[Model], key: Any, data: Values) -> Model:
    row = model(pk=key)
    for f in own_fields(model):
        if f.name in data:
            setattr(row, f.attname, f.to_python(data[f.name]))
    return row


def write(model: type[Model], new: list[Model], changed: list[Model]) -> None:
    """Insert and update rows with the values given, `auto_now` timestamps included (an
    insert sets them to now: they are written back)."""
    names = [f.name for f in own_fields(model)]
    stamped = [
        f.name
        for f in own_fields(model)
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    kept = [{name: getattr(row, name) for name in stamped} for row in new]
    model._default_manager.bulk_create(new)
    for row, values in zip(new, kept, strict=True):
        for name, value in values.items():
            setattr(row, name, value)
    if stamped and new:
        model._default_manager.bulk_update(new, stamped)
    if changed and names:
        model._default_manager.bulk_update(changed, names)


def relink(model: type[Model], rows: dict[Any, Values]) -> None:
    """Rewrite the many-to-many links of the rows keyed in `rows` to the keys given."""
    for link in links_of(model):
        through = through_of(link)
        source, target = link.m2m_field_name(), link.m2m_reverse_field_name()
        through._default_manager.filter(**{f"{source}__in": list(rows)}).delete()
        through._default_manager.bulk_create(
            through(**{f"{source}_id": key, f"{target}_id": other})
            for key, data in rows.items()
            for other in data[link.name]
        )


def replay_batch(
    model: type[Model], stream_ids: list[str], verify: bool, outcome: Outcome
) -> None:
    key_field = model._meta.pk
    keys = {stream_id: key_field.to_python(stream_id) for stream_id in stream_ids}
    rows = {
        str(row.pk): row for row in model._default_manager.filter(pk__in=keys.values())
    }
    links = linked(model, keys.values())
    new: list[Model] = []
    changed: list[Model] = []
    relinked: dict[Any, Values] = {}
    gone: list[Any] = []
    for stream_id, data in folded(model._meta.label, stream_ids).items():
        row = rows.get(stream_id)
        if data is None:
            if row is not None:
                outcome.differences.append(f"{stream_id}: deleted in the events")
                gone.append(row.pk)
            continue
        wanted = expected(model, data)
        if row is None:
            outcome.differences.append(f"{stream_id}: no row in the table")
            new.append(build(model, keys[stream_id], data))
            relinked[keys[stream_id]] = wanted
            continue
        found = differences(
            stream_id, table_state(row, links.get(stream_id, {})), wanted
        )
        if found:
            outcome.differences += found
            changed.append(build(model, row.pk, data))
            relinked[row.pk] = wanted
    if verify:
        return
    write(model, new, changed)
    relink(model, relinked)
    model._default_manager.filter(pk__in=gone).delete()
    outcome.written += len(new) + len(changed) + len(gone)


def replay(
    model: type[Model], *, verify: bool, batch_size: int, progress: Progress
) -> Outcome:
    """Make the model's table match its events (`verify`: only say where it does not)."""
    kind = model._meta.label
    stream_ids = sorted(
        set(
            StoredEvent.objects.filter(stream_type=kind).values_list(
                "stream_id", flat=True
            )
        )
    )
    outcome = Outcome()
    for start in range(0, len(stream_ids), batch_size):
        with transaction.atomic():
            replay_batch(model, stream_ids[start : start + batch_size], verify, outcome)
        progress(min(start + batch_size, len(stream_ids)), len(stream_ids))
    if verify:
        known = set(stream_ids)
        outcome.differences += [
            f"{key}: a row without events"
            for key in model._default_manager.values_list("pk", flat=True)
            if str(key) not in known
        ]
    return outcome


def table_of(model: type[Model]) -> dict[str, Values]:
    """The model's rows by stream id, each as its events state it: stored values and links."""
    rows = list(model._default_manager.order_by("pk"))
    links = linked(model, [row.pk for row in rows])
    return {str(row.pk): table_state(row, links.get(str(row.pk), {})) for row in rows}
