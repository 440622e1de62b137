"""Lowered values and imports: one value gives both the source a module prints and the live
object Django's migration writer reads, and imports are written once per module."""

from __future__ import annotations

import ast
import datetime
from decimal import Decimal

import pytest
from django.core import validators
from django.db import models

from djgen.lowering.fields import MODELS, SETTINGS, TODAY, VALIDATORS
from djgen.lowering.imports import Import, Imports
from djgen.lowering.tables import setup_django
from djgen.lowering.values import Negated, Symbol, live, source, string_literal


def test_imports_are_merged_by_module_and_sorted() -> None:
    imports = Imports(Import("django.db", "models"), Import("uuid"))
    imports.add(Import(".models", "Post"), Import(".models", "Comment"))
    imports.update(
        [Import("django.db", "models"), Import("a.b", "C", "D"), Import("uuid", "NAMESPACE_DNS")]
    )
    assert imports.lines() == [
        "import uuid",
        "from .models import Comment, Post",
        "from a.b import C as D",
        "from django.db import models",
        "from uuid import NAMESPACE_DNS",
    ]
    assert len(imports) == 6 and Import("uuid") in imports
    assert [i.module for i in imports] == [".models", ".models", "a.b", "django.db", "uuid", "uuid"]


def test_an_import_binds_the_name_the_source_uses_and_resolves_to_its_object() -> None:
    assert Import("datetime").bound == "datetime"
    assert Import("os.path").bound == "os"
    assert Import("a.b", "C", "D").bound == "D"
    assert Import("django.db", "models").resolve() is models
    assert Import("datetime").resolve() is datetime


def test_a_declaration_is_source_and_a_live_field_from_the_same_values() -> None:
    decl = MODELS.dot("CharField")(
        max_length=20,
        default="a\nb",
        validators=(VALIDATORS.dot("MinValueValidator")(Decimal("1.5")),),
    )
    imports = Imports()
    assert source(decl, imports) == (
        "models.CharField(max_length=20, default='a\\nb', "
        'validators=[validators.MinValueValidator(Decimal("1.5"))])'
    )
    assert set(imports) == {
        Import("django.db", "models"),
        Import("django.core", "validators"),
        Import("decimal", "Decimal"),
    }
    setup_django()  # a field's validators read the settings
    field = live(decl)
    assert isinstance(field, models.CharField)
    assert (field.max_length, field.default) == (20, "a\nb")
    assert validators.MinValueValidator(Decimal("1.5")) in field.validators


def test_a_symbol_stands_for_what_this_process_cannot_import() -> None:
    user = Symbol(SETTINGS, "AUTH_USER_MODEL", stands_for="accounts.User")
    imports = Imports()
    assert source(user, imports) == "settings.AUTH_USER_MODEL"
    assert imports.lines() == ["from django.conf import settings"]
    assert live(user) == "accounts.User"
    assert live(TODAY) == datetime.date.today


def test_a_negated_condition_is_source_and_a_live_q() -> None:
    condition = Negated(MODELS.dot("Q")(email=""))
    imports = Imports()
    assert source(condition, imports) == '~models.Q(email="")'
    assert imports.lines() == ["from django.db import models"]
    assert live(condition) == ~models.Q(email="")


@pytest.mark.parametrize(
    "text",
    ["plain", r"^\d+$", 'say "hi"', "it's", "a\\", "line\nbreak", "tab\there", "cr\r", "\u2028"],
)
def test_string_literals_read_back_as_the_text(text: str) -> None:
    assert ast.literal_eval(string_literal(text)) == text


def test_a_regular_expression_stays_readable_as_a_raw_string() -> None:
    assert string_literal(r"^\d+$") == r'r"^\d+$"'
    assert string_literal("plain") == '"plain"'
