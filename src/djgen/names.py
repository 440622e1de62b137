"""Naming rules shared by every pass: case conversions, English plurals and reserved words."""

from __future__ import annotations

import keyword
import re

import inflection

_WORD_BOUNDARY = re.compile(r"[^0-9A-Za-z]+")


def snake(name: str) -> str:
    """`PurchaseOrder`, `purchase-order`, `Purchase Order` → `purchase_order`."""
    underscored = inflection.underscore(_WORD_BOUNDARY.sub("_", name.strip()))
    return re.sub(r"_+", "_", underscored).strip("_")


def pascal(name: str) -> str:
    """`purchase_order` → `PurchaseOrder`; an already PascalCase name is kept."""
    return "".join(part[:1].upper() + part[1:] for part in snake(name).split("_") if part)


def plural(snake_name: str) -> str:
    """English plural of a snake_case name's last word: `purchase_order` → `purchase_orders`."""
    head, _, last = snake_name.rpartition("_")
    last_plural = inflection.pluralize(last)
    return f"{head}_{last_plural}" if head else last_plural


def count(n: int, word: str) -> str:
    """`1 entity`, `4 entities`."""
    return f"{n} {word if n == 1 else plural(word)}"


def kebab(snake_name: str) -> str:
    return snake_name.replace("_", "-")


def human(snake_name: str) -> str:
    """`purchase_order` → `purchase order`, the form Django uses for verbose names."""
    return snake_name.replace("_", " ")


def identifier(text: str) -> str:
    """Any text made a valid lower-case Python identifier: `my-shop` → `my_shop`, `2fa` → `_2fa`."""
    name = snake(text) or "project"
    return f"_{name}" if name[0].isdigit() else name


# Attribute names Django reserves on a model instance or class: a field of that name would
# shadow the ORM's own machinery.
DJANGO_RESERVED_ATTRIBUTES = frozenset(
    {
        "objects",
        "pk",
        "save",
        "delete",
        "clean",
        "clean_fields",
        "full_clean",
        "validate_unique",
        "validate_constraints",
        "check",
        "refresh_from_db",
        "arefresh_from_db",
        "asave",
        "adelete",
        "save_base",
        "serializable_value",
        "get_deferred_fields",
        "from_db",
        "prepare_database_save",
        "unique_error_message",
        "date_error_message",
        "get_absolute_url",
        "Meta",
        "DoesNotExist",
        "MultipleObjectsReturned",
        "NotUpdated",
    }
)

# Class names that generated app modules import unqualified, or that the generated project
# defines itself; an entity with one of these names would shadow them. Framework names that
# generated code reaches through their module (`models.Model`, `serializers.Serializer`) or
# only imports where no entity is (`Group`, `Permission`, `Q`, `F`) are free for entities.
RESERVED_ENTITY_NAMES = frozenset(
    {
        "QuerySet",
        "Prefetch",
        "AbstractUser",
        "Request",
        "Decimal",
        "Settings",
        "Core",
        "Config",
        "Migration",
        "OutstandingToken",
        "BlacklistedToken",
        # OpenAPI components of the generated probe views
        "Health",
        "Readiness",
        "ReadinessChecks",
    }
)

# The classes generated for each entity, by suffix: `Post` → `PostSerializer`, `PostViewSet`, …
GENERATED_CLASS_SUFFIXES = (
    "Serializer",
    "ListSerializer",
    "DetailSerializer",
    "ViewSet",
    "Factory",
    "Filter",
)

# Names no Python module, app label or class may take.
PYTHON_RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)

# App labels Django, DRF and the generated project already use.
RESERVED_APP_NAMES = frozenset(
    {
        "admin",
        "auth",
        "contenttypes",
        "sessions",
        "messages",
        "staticfiles",
        "rest_framework",
        "django_filters",
        "drf_spectacular",
        "core",
        "config",
        "apps",
        "tests",
        "django",
        "test",
    }
)


def is_python_keyword(name: str) -> bool:
    return name in PYTHON_RESERVED
