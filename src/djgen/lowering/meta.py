"""A model's class line and its `Meta`, as lowered values.

The models template prints their source; the migration generator builds live objects from the
very same values, so the shipped migrations always agree with the models. Ordering is made
total (the key last), so that paginated lists never meet rows in an undefined order.
"""

from __future__ import annotations

import hashlib

from djgen.lowering.fields import MODELS
from djgen.lowering.imports import Import, Imports
from djgen.lowering.values import Call, Negated, Symbol, Value
from djgen.model import Entity, Field, Project, Relation
from djgen.types import info
from djgen.vocabulary import Auth, RelationKind

ABSTRACT_USER = Import("django.contrib.auth.models", "AbstractUser")
LOWER = Symbol(Import("django.db.models.functions", "Lower"))

# PostgreSQL truncates identifiers at 63 bytes; Django refuses index names over 30 characters.
MAX_CONSTRAINT_NAME = 63
MAX_INDEX_NAME = 30
PK_ORDERINGS = frozenset({"pk", "-pk", "id", "-id"})
# Columns an index would not help to order by.


def model_bases(project: Project, entity: Entity, imports: Imports) -> tuple[str, ...]:
    """The base classes of the entity's model; what they name is added to `imports`.

    A parent entity comes first; the user model also derives from AbstractUser (after an
    abstract parent, so AbstractUser's manager and fields stay in place)."""
    bases: list[str] = []
    if entity.parent is not None:
        parent = project.entity(entity.parent)
        bases.append(parent.name)
        if parent.app != entity.app:
            imports.add(Import(f"apps.{parent.app}.models", parent.name))
    if entity.is_user:
        bases.append(ABSTRACT_USER.bound)
        imports.add(ABSTRACT_USER)
    elif not bases:
        bases.append(MODELS.dot("Model").expression)
        imports.add(MODELS.imported)
    return tuple(bases)


def total_ordering(entity: Entity) -> tuple[str, ...]:
    """The entity's ordering, by attribute name, with the key last so no two rows tie."""
    ordering = tuple(
        ("-" if item.startswith("-") else "") + attribute_name(entity, item.removeprefix("-"))
        for item in entity.ordering
    )
    key = () if entity.key is None else (entity.key.name, f"-{entity.key.name}")
    if any(item in PK_ORDERINGS or item in key for item in ordering):
        return ordering
    return (*ordering, "pk")


def bounded_name(base: str, suffix: str, limit: int) -> str:
    """`<base>_<suffix>`, shortened with a stable hash of the full name when over `limit`."""
    name = f"{base}_{suffix}"
    if len(name) <= limit:
        return name
    digest = hashlib.sha1(name.encode()).hexdigest()[:8]
    head = base[: limit - len(suffix) - len(digest) - 2].rstrip("_")
    return f"{head}_{digest}_{suffix}"


def _local_chain(project: Project, entity: Entity) -> list[Entity]:
    """The entity and its abstract ancestors: the models whose fields live in its table."""
    chain = [entity]
    while chain[-1].parent is not None:
        parent = project.entity(chain[-1].parent)
        if not parent.abstract:
            break
        chain.append(parent)
    return chain


def _columns(project: Project, entity: Entity) -> dict[str, Field | Relation]:
    """The table's own columns (M2M excluded) by attribute name, and by API name too."""
    columns: dict[str, Field | Relation] = {}
    for model in _local_chain(project, entity):
        items: tuple[Field | Relation, ...] = (*model.fields, *model.relations)
        for item in items:
            if isinstance(item, Field) or item.kind is not RelationKind.MANY_TO_MANY:
                columns[item.name] = columns[item.api_name] = item
    return columns


def attribute_name(entity: Entity, name: str) -> str:
    """The Python attribute for a name the spec may have spelled as its API name."""
    items: tuple[Field | Relation, ...] = (*entity.all_fields, *entity.all_relations)
    for item in items:
        if name in (item.name, item.api_name):
            return item.name
    return name


def declares_unique_email(entity: Entity) -> bool:
    """Whether the diagram makes the user model's email unique, and so required: otherwise
    it is AbstractUser's, which may be blank."""
    return any(f.name == "email" and f.unique for f in entity.fields)


def email_constraint(project: Project, entity: Entity) -> Call | None:
    """The user model's email is unique whatever its case (`Ann@x.org` is `ann@x.org`), in the
    database, when the diagram makes it unique or a registration endpoint creates accounts:
    two registrations at once cannot both pass the serializer's check and create two
    accounts. Django's own email may be blank (accounts an admin makes): blanks may repeat."""
    if not entity.is_user:
        return None
    declared_unique = declares_unique_email(entity)
    if not (declared_unique or project.features.auth is not Auth.NONE):
        return None
    name = bounded_name(f"{entity.app}_{entity.snake}_email", "ci_uniq", MAX_CONSTRAINT_NAME)
    if declared_unique:
        return MODELS.dot("UniqueConstraint")(LOWER("email"), name=name)
    filled = Negated(MODELS.dot("Q")(email=""))
    return MODELS.dot("UniqueConstraint")(LOWER("email"), name=name, condition=filled)


def unique_constraints(project: Project, entity: Entity) -> list[Call]:
    """One UniqueConstraint per unique_together of the entity and of its abstract ancestors,
    and the user model's on its lower-cased email."""
    constraints: list[Call] = []
    seen: set[tuple[str, ...]] = set()
    for model in _local_chain(project, entity):
        for group in model.unique_together:
            fields = tuple(attribute_name(entity, name) for name in group)
            if fields in seen:
                continue
            seen.add(fields)
            name = bounded_name(
                f"{entity.app}_{entity.snake}_{'_'.join(fields)}", "uniq", MAX_CONSTRAINT_NAME
            )
            constraints.append(MODELS.dot("UniqueConstraint")(fields=fields, name=name))
    email = email_constraint(project, entity)
    if email is not None:
        constraints.append(email)
    return constraints


def ordering_index(project: Project, entity: Entity) -> Call | None:
    """An index that serves the declared default ordering, when it is on the table's own
    columns and not already served by a unique or indexed single column."""
    if not entity.ordering or any(item in PK_ORDERINGS for item in entity.ordering):
        return None
    columns = _columns(project, entity)
    names = [item.removeprefix("-") for item in entity.ordering]
    if any(name not in columns for name in names):
        return None
    chosen = [columns[name] for name in names]
    if any(isinstance(c, Field) and not info(c.type).index_sorts for c in chosen):
        return None
    if len(chosen) == 1 and (
        isinstance(chosen[0], Relation) or chosen[0].unique or chosen[0].index
    ):
        return None  # a ForeignKey, a unique or an indexed column has its index already
    fields = tuple(
        ("-" if item.startswith("-") else "") + column.name
        for item, column in zip(entity.ordering, chosen, strict=True)
    )
    index_name = bounded_name(entity.snake, "ord_idx", MAX_INDEX_NAME)
    return MODELS.dot("Index")(fields=fields, name=index_name)


def meta_options(project: Project, entity: Entity) -> list[tuple[str, Value]]:
    """`Meta` option name → value, in the order the class body lists them."""
    if entity.abstract:
        return [("abstract", True)]
    options: list[tuple[str, Value]] = (
        [] if entity.db_table is None else [("db_table", entity.db_table)]
    )
    options += [
        ("ordering", total_ordering(entity)),
        ("verbose_name", entity.verbose_name),
        ("verbose_name_plural", entity.verbose_name_plural),
    ]
    constraints = unique_constraints(project, entity)
    if constraints:
        options.append(("constraints", tuple(constraints)))
    index = ordering_index(project, entity)
    if index is not None:
        options.append(("indexes", (index,)))
    return options
