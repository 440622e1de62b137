"""The field type and pagination registries: complete, and in agreement with Django, DRF and
the tables the domain model still keeps."""

from __future__ import annotations

import ast
import importlib.util

import pytest
from django.db import models
from django.db.backends.base.operations import BaseDatabaseOperations

from djgen.paginations import PAGINATIONS, pagination
from djgen.types import (
    FIELD_TYPES,
    FILTER_KINDS,
    LOOKUP_LISTS,
    Declaration,
    Factory,
    Kind,
    info,
)
from djgen.vocabulary import FieldType, Pagination


def test_every_field_type_has_one_entry() -> None:
    assert set(FIELD_TYPES) == set(FieldType)
    assert all(info(ftype).type is ftype for ftype in FieldType)


def test_spellings_name_one_type_each() -> None:
    spellings = [s.casefold() for entry in FIELD_TYPES.values() for s in entry.spellings]
    assert len(spellings) == len(set(spellings))


@pytest.mark.parametrize("ftype", list(FieldType))
def test_model_field_is_a_django_field(ftype: FieldType) -> None:
    field_class = getattr(models, info(ftype).model_field)
    assert issubclass(field_class, models.Field)


@pytest.mark.parametrize("ftype", [t for t in FieldType if info(t).integer])
def test_integer_ranges_are_djangos(ftype: FieldType) -> None:
    entry = info(ftype)
    assert BaseDatabaseOperations.integer_field_ranges[entry.model_field] == entry.integer_range


@pytest.mark.parametrize(
    "ftype", [t for t in FieldType if info(t).default_max_length and t is not FieldType.STRING]
)
def test_default_max_lengths_are_djangos(ftype: FieldType) -> None:
    field_class = getattr(models, info(ftype).model_field)
    assert field_class().max_length == info(ftype).default_max_length


def test_number_and_temporal_groups_are_djangos() -> None:
    numbers = (models.IntegerField, models.FloatField, models.DecimalField)
    temporals = (models.DateField, models.TimeField)  # DateTimeField is a DateField
    for ftype, entry in FIELD_TYPES.items():
        field_class = getattr(models, entry.model_field)
        assert entry.number == issubclass(field_class, numbers), ftype
        assert entry.temporal == issubclass(field_class, temporals), ftype


def test_text_fields_are_char_or_text_fields() -> None:
    for entry in FIELD_TYPES.values():
        field_class = getattr(models, entry.model_field)
        is_text = issubclass(field_class, models.CharField | models.TextField)
        assert entry.text == (is_text and entry.type is not FieldType.ENUM)


def test_options_follow_the_groups() -> None:
    for entry in FIELD_TYPES.values():
        assert {"required", "help"} <= entry.options
        assert ("pattern" in entry.options) == entry.text
        assert ("max_digits" in entry.options) == (entry.type is FieldType.DECIMAL)
        assert entry.allows_default == (
            entry.type
            not in {FieldType.FILE, FieldType.IMAGE, FieldType.BINARY, FieldType.DURATION}
        )


def test_filter_kinds_and_lookups() -> None:
    assert set(FILTER_KINDS) == set(Kind)
    for kind in FILTER_KINDS.values():
        assert kind.lookup_list in LOOKUP_LISTS
        if kind.malformed is not None:
            assert kind.malformed[0] in kind.lookups or kind.malformed[0] == "in"
    unfiltered = {t for t, e in FIELD_TYPES.items() if e.filter is None}
    assert unfiltered == {FieldType.JSON, FieldType.FILE, FieldType.IMAGE, FieldType.BINARY}


def test_fixed_factories_and_sequences() -> None:
    for entry in FIELD_TYPES.values():
        if isinstance(entry.factory, Declaration):
            assert entry.factory.source.startswith("factory.")
            assert not entry.factory.counted
        else:
            assert isinstance(entry.factory, Factory)
        if entry.unique_factory is not None:
            assert entry.unique_factory.counted
            assert entry.unique_factory.source.startswith("factory.Sequence(")


def test_parsers_read_their_types() -> None:
    samples = {
        FieldType.UUID: "00000000-0000-4000-8000-000000000001",
        FieldType.DATE: "2024-02-29",
        FieldType.DATETIME: "2024-02-29T12:00:00",
        FieldType.TIME: "12:30",
        FieldType.IP_ADDRESS: "10.0.0.1",
    }
    assert {t for t, e in FIELD_TYPES.items() if e.parse} == set(samples)
    for ftype, text in samples.items():
        parse = info(ftype).parse
        assert parse is not None
        parse(text)
        with pytest.raises(ValueError):
            parse("nonsense")


def _drf_pagination_classes() -> set[str]:
    """The classes DRF's pagination module defines, read without configuring Django."""
    spec = importlib.util.find_spec("rest_framework.pagination")
    assert spec is not None and spec.origin is not None
    with open(spec.origin, encoding="utf-8") as module:
        tree = ast.parse(module.read())
    return {node.name for node in tree.body if isinstance(node, ast.ClassDef)}


def test_every_pagination_style_is_a_drf_class() -> None:
    assert set(PAGINATIONS) == set(Pagination)
    classes = _drf_pagination_classes()
    for style in Pagination:
        entry = pagination(style)
        assert entry.drf_class in classes
        assert entry.envelope[-1] == "results"
        assert entry.counted == (style is not Pagination.CURSOR)
