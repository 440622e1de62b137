"""The generated project's API tests: one short module per concrete entity, plus the helpers
they share (written once, in `apps/core/testing.py`).

What the tests expect is derived from the domain model here, independently of the serializer
and view generators, so the suite checks their output against the spec rather than against
itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from djgen.lowering.fields import anchored
from djgen.model import (
    NUMBER_TYPES,
    TEXT_TYPES,
    Auth,
    Entity,
    Field,
    FieldType,
    Pagination,
    Project,
    Relation,
    RelationKind,
)
from djgen.render import render

ENVELOPES = {
    Pagination.PAGE: ("count", "next", "previous", "results"),
    Pagination.LIMIT_OFFSET: ("count", "next", "previous", "results"),
    Pagination.CURSOR: ("next", "previous", "results"),
}
# Values tried, in order, as one that a field's pattern rejects (whitespace would be trimmed).
PATTERN_MISFITS = ("!", "-", "0", "a", "A", "!x!0")
# Field types whose value reads back from the database exactly as the request sent it.
COMPARABLE = frozenset(
    {
        FieldType.STRING,
        FieldType.TEXT,
        FieldType.SLUG,
        FieldType.ENUM,
        FieldType.INTEGER,
        FieldType.BIG_INTEGER,
        FieldType.SMALL_INTEGER,
        FieldType.POSITIVE_INTEGER,
    }
)
FILE_TYPES = frozenset({FieldType.FILE, FieldType.IMAGE})


# What DRF answers an anonymous request to a protected endpoint: the first authentication
# class decides. JWT sends a challenge header, hence 401; session authentication sends none,
# hence 403. With auth: none writes are open to anyone.
ANONYMOUS_WRITE_STATUS = {
    Auth.JWT: "HTTP_401_UNAUTHORIZED",
    Auth.SESSION: "HTTP_403_FORBIDDEN",
    Auth.NONE: "HTTP_403_FORBIDDEN",
}


@dataclass(frozen=True)
class Invalid:
    """A value the API must refuse for a field, with the test id that says why."""

    api_name: str
    source: str  # the value as Python source
    reason: str


@dataclass(frozen=True)
class EntityTests:
    entity: Entity
    writable: tuple[tuple[str, str], ...]  # model attribute → API name
    readable: tuple[str, ...]  # API names a response shows
    required: tuple[str, ...]  # API names a create must carry
    unique: tuple[tuple[str, str], ...]  # (attribute, API name) of unique writable fields
    unique_together: tuple[tuple[str, ...], ...]  # attribute groups, every member writable
    invalid: tuple[Invalid, ...]
    compared: tuple[str, str] | None  # (attribute, API name) an update is checked on
    envelope: tuple[str, ...]
    counts: bool  # the envelope has a total count


def writable_fields(entity: Entity) -> list[Field]:
    return [f for f in entity.all_fields if not (f.read_only or f.auto_now or f.auto_now_add)]


def writable_relations(entity: Entity) -> list[Relation]:
    """Relations the API writes: a many-to-many with a through entity is written through that
    entity's own endpoint, and the owner is the user who creates the row."""
    return [
        r
        for r in entity.all_relations
        if not r.read_only and r.through is None and r.name != entity.owner
    ]


def is_required(f: Field) -> bool:
    return f.required and not f.has_default


def multipart(entity: Entity) -> bool:
    """Whether a create uploads a file (factories leave optional files empty)."""
    return any(f.type in FILE_TYPES and f.required for f in writable_fields(entity))


def required_names(entity: Entity) -> tuple[str, ...]:
    """API names a create without which answers 400. A form (multipart) body reads a missing
    boolean as false, as HTML checkboxes do, so booleans count only in JSON bodies."""
    skip_booleans = multipart(entity)
    names = [
        f.api_name
        for f in writable_fields(entity)
        if is_required(f) and not (skip_booleans and f.type is FieldType.BOOLEAN)
    ]
    names += [r.api_name for r in writable_relations(entity) if r.required]
    return tuple(names)


def pattern_misfit(f: Field) -> str | None:
    assert f.pattern is not None
    pattern = re.compile(anchored(f.pattern))
    return next((v for v in PATTERN_MISFITS if not pattern.fullmatch(v)), None)


def _letters(count: int) -> str:
    return '"x"' if count == 1 else f'"x" * {count}'


def _number(value: float) -> str:
    return repr(int(value)) if float(value).is_integer() else repr(value)


def invalid_values(entity: Entity) -> tuple[Invalid, ...]:
    """One refused value per constraint of every writable field."""
    found: list[Invalid] = []
    for f in writable_fields(entity):
        if f.type is FieldType.ENUM:
            found.append(Invalid(f.api_name, '"not-a-choice"', "not-a-choice"))
        if f.type in TEXT_TYPES:
            if f.max_length is not None:
                found.append(Invalid(f.api_name, _letters(f.max_length + 1), "too-long"))
            if f.min_length is not None and (f.min_length > 1 or is_required(f)):
                short = _letters(f.min_length - 1) if f.min_length > 1 else '""'
                found.append(Invalid(f.api_name, short, "too-short"))
            if f.pattern is not None and (misfit := pattern_misfit(f)) is not None:
                found.append(Invalid(f.api_name, repr(misfit), "pattern-mismatch"))
        if f.type in NUMBER_TYPES:
            if f.min_value is not None:
                found.append(Invalid(f.api_name, _number(f.min_value - 1), "below-min"))
            if f.max_value is not None:
                found.append(Invalid(f.api_name, _number(f.max_value + 1), "above-max"))
    return tuple(found)


def entity_tests(entity: Entity) -> EntityTests:
    fields = writable_fields(entity)
    relations = writable_relations(entity)
    writable = tuple((f.name, f.api_name) for f in fields) + tuple(
        (r.name, r.api_name) for r in relations
    )
    readable = (
        "id",
        *(i.api_name for i in (*entity.all_fields, *entity.all_relations) if not i.write_only),
    )
    writable_names = {name for name, _ in writable}
    unique = tuple((f.name, f.api_name) for f in fields if f.unique) + tuple(
        (r.name, r.api_name)
        for r in relations
        if r.kind is RelationKind.ONE_TO_ONE and r.required  # factories leave optional keys empty
    )
    compared = next(
        ((f.name, f.api_name) for f in fields if f.type in COMPARABLE and not f.write_only),
        None,
    )
    return EntityTests(
        entity=entity,
        writable=writable,
        readable=readable,
        required=required_names(entity),
        unique=unique,
        unique_together=tuple(g for g in entity.unique_together if writable_names.issuperset(g)),
        invalid=invalid_values(entity),
        compared=compared,
        envelope=ENVELOPES[entity.pagination],
        counts=entity.pagination is not Pagination.CURSOR,
    )


def test_module(project: Project, entity: Entity) -> str:
    auth = project.features.auth
    return render(
        "app/tests/test_entity.py.jinja",
        t=entity_tests(entity),
        entity=entity,
        anonymous_status=ANONYMOUS_WRITE_STATUS[auth],
        open_writes=auth is Auth.NONE,
    )


def generate(project: Project) -> Mapping[str, str]:
    files = {"apps/core/testing.py": render("core/testing.py.jinja")}
    for app in project.apps:
        entities = [e for e in project.app_entities(app.name) if not e.abstract]
        if not entities:
            continue
        files[f"apps/{app.name}/tests/__init__.py"] = render("app/tests/__init__.py.jinja")
        for entity in entities:
            files[f"apps/{app.name}/tests/test_{entity.snake}.py"] = test_module(project, entity)
    return files
