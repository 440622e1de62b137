"""factory-boy factories for every concrete entity, and the `seed` command that uses them.

Every value a factory declares honours the field's constraints (lengths, ranges, digits,
patterns, choices, uniqueness), so `full_clean()` passes on what it builds and the generated
tests can rely on it. The choice of a declaration per field lives here, as Python source with
the imports it needs; the templates only print it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from re import _parser as re_parser  # type: ignore[attr-defined]

from djgen.lowering.fields import anchored, enum_module
from djgen.lowering.values import string_literal
from djgen.model import (
    ABSTRACT_USER_FIELDS,
    Entity,
    Field,
    FieldType,
    Project,
    Relation,
    RelationKind,
)
from djgen.render import render

IMPORT_FACTORY = "import factory"
IMPORT_FUZZY = "from factory import fuzzy"
IMPORT_MODEL_FACTORY = "from factory.django import DjangoModelFactory"
IMPORT_DATETIME = "import datetime"
IMPORT_UUID = "import uuid"
IMPORT_MATCHING = "from apps.core.factories import matching"

# Integer ranges per column type, so a value without explicit bounds always fits.
INTEGER_LIMITS = {
    FieldType.SMALL_INTEGER: (-32768, 32767),
    FieldType.POSITIVE_INTEGER: (0, 2147483647),
    FieldType.INTEGER: (-2147483648, 2147483647),
    FieldType.BIG_INTEGER: (-(2**63), 2**63 - 1),
}
SPAN = 1000  # the width of a generated number range when one bound is missing

# Digits reserved for a sequence number inside a text value of limited length.
SEQUENCE_DIGITS = 6


@dataclass(frozen=True)
class PostGeneration:
    """A many-to-many relation filled after the row exists: `Factory(tags=[a, b])`."""

    name: str
    through_factory: str | None = None  # the through entity's factory, as a name in scope
    through_import: str | None = None  # a local import line when it lives in another app
    source: str | None = None  # the through entity's key to the holder
    target: str | None = None  # the through entity's key to the related row


@dataclass
class FactoryView:
    """What the template needs to print one factory class."""

    entity: Entity
    base: str
    declarations: list[tuple[str, str]] = field(default_factory=list)
    post_generation: list[PostGeneration] = field(default_factory=list)


def factory_name(entity: Entity) -> str:
    return f"{entity.name}Factory"


def factory_path(entity: Entity) -> str:
    """The dotted path factory-boy resolves lazily: safe across apps and for later classes."""
    return f"apps.{entity.app}.factories.{factory_name(entity)}"


def sequenced_fields(entity: Entity) -> set[str]:
    """Fields that need a value never repeated: unique ones, and one scalar per
    unique_together group (so the combination is unique whatever the relations are)."""
    scalars = {f.name: f for f in entity.all_fields}
    names = {f.name for f in entity.all_fields if f.unique}
    for group in entity.unique_together:
        candidates = [n for n in group if n in scalars and _can_sequence(scalars[n])]
        if candidates and not names.intersection(group):
            names.add(candidates[0])
    return names


def fresh_relations(entity: Entity) -> set[str]:
    """Relations a seeded row must not share with other rows: in a unique_together group that
    no sequenced scalar makes unique, every relation but the first gets a row of its own, so
    each combination is new while the first still reuses existing rows. A lone relation beside
    choices (`customer` with an address `kind`) gets a row of its own."""
    sequenced = sequenced_fields(entity)
    relations = {r.name for r in entity.all_relations}
    fresh: set[str] = set()
    for group in entity.unique_together:
        if not sequenced.intersection(group):
            in_group = [name for name in group if name in relations]
            fresh.update(in_group[1:] or in_group[:1])
    return fresh


def _can_sequence(f: Field) -> bool:
    return f.type not in (FieldType.BOOLEAN, FieldType.ENUM, FieldType.JSON) and f.pattern is None


def _number_source(value: Decimal | int | float) -> str:
    if isinstance(value, Decimal):
        return str(int(value)) if value == value.to_integral_value() else str(value)
    return repr(value)


def _integer_bounds(f: Field) -> tuple[int, int]:
    floor, ceiling = INTEGER_LIMITS[f.type]
    low = max(floor, math.ceil(f.min_value)) if f.min_value is not None else None
    high = min(ceiling, math.floor(f.max_value)) if f.max_value is not None else None
    if low is None and high is None:
        return max(floor, 0), SPAN
    if low is None:
        assert high is not None
        return (max(floor, 0) if high >= 0 else high - SPAN), high
    if high is None:
        high = min(ceiling, low + SPAN)
    return low, high


def _decimal_bounds(f: Field) -> tuple[Decimal, Decimal]:
    places = f.decimal_places or 0
    whole = (f.max_digits or 10) - places
    limit = Decimal(10) ** whole - 1 if whole > 0 else 1 - Decimal(10) ** -places
    low = max(Decimal(str(f.min_value)), -limit) if f.min_value is not None else Decimal(0)
    high = min(Decimal(str(f.max_value)), limit) if f.max_value is not None else None
    if high is None:
        high = min(limit, low + SPAN)
    low = min(low, high)
    return low, high


def _float_bounds(f: Field) -> tuple[float, float]:
    low = float(f.min_value) if f.min_value is not None else None
    high = float(f.max_value) if f.max_value is not None else None
    if low is None and high is None:
        return 0.0, float(SPAN)
    if low is None:
        assert high is not None
        return (0.0 if high >= 0 else high - SPAN), high
    return low, high if high is not None else low + SPAN


def _sequence_text(f: Field, prefix: str, suffix: str = "") -> str:
    """`factory.Sequence` of `<prefix><n><suffix>` that fits the field's length bounds."""
    room = f.max_length - len(suffix) if f.max_length is not None else None
    if room is not None and len(prefix) + SEQUENCE_DIGITS > room:
        prefix = prefix[: max(0, room - SEQUENCE_DIGITS)]
    width = (f.min_length or 0) - len(prefix) - len(suffix)
    number = f"{{n:0{width}d}}" if width > 1 else "{n}"
    return f'factory.Sequence(lambda n: f"{prefix}{number}{suffix}")'


def _letters(f: Field) -> str:
    """Random letters of a length within the bounds: valid for any text or slug field."""
    low = f.min_length or 1
    high = min(f.max_length or low + 50, low + 50)
    return f'factory.Faker("pystr", min_chars={low}, max_chars={high})'


def _text(entity: Entity, f: Field, unique: bool) -> str:
    short = f.max_length is not None and f.max_length < 40
    tight = (f.min_length or 0) > 3
    if f.type is FieldType.EMAIL:
        if unique or short or tight:
            return _sequence_text(f, f"{entity.snake.replace('_', '.')}", "@example.com")
        return 'factory.Faker("email")'
    if f.type is FieldType.URL:
        if unique or short or tight:
            return _sequence_text(f, f"https://example.com/{entity.url}/")
        return 'factory.Faker("url")'
    if unique:
        return _sequence_text(f, f"{f.name.replace('_', '-')}-")
    if f.type is FieldType.SLUG:
        return _letters(f) if short or tight else 'factory.Faker("slug")'
    if tight or (f.max_length is not None and f.max_length < 10):
        return _letters(f)
    if f.type is FieldType.TEXT and f.max_length is None:
        return 'factory.Faker("paragraph")'
    return f'factory.Faker("text", max_nb_chars={min(f.max_length or 200, 200)})'


def _json(f: Field) -> str:
    item = f.item_type
    if item is None:
        return (
            'factory.Faker("pydict", nb_elements=3, variable_nb_elements=False, '
            "value_types=[str, int])"
        )
    if item in (FieldType.INTEGER, FieldType.BIG_INTEGER, FieldType.SMALL_INTEGER):
        kind = "int"
    elif item is FieldType.POSITIVE_INTEGER:
        return "fuzzy.FuzzyChoice([[1, 2, 3], [5, 8], [13]])"
    elif item in (FieldType.FLOAT, FieldType.DECIMAL):
        kind = "float"
    elif item is FieldType.BOOLEAN:
        kind = "bool"
    else:
        return 'factory.Faker("words", nb=3)'
    return (
        f'factory.Faker("pylist", nb_elements=3, variable_nb_elements=False, value_types=[{kind}])'
    )


def _bounded_repeats(pattern: str, limit: int) -> str:
    """The pattern with every open repeat (`+`, `*`, `{n,}`) capped at `limit` more
    occurrences: it matches a subset of what the original matches."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                out.append("[]")
                i += 2
                continue
        elif char == "+" and out and not out[-1].endswith(("+", "*", "}", "?")):
            char = f"{{1,{limit}}}"
        elif char == "*" and out and not out[-1].endswith(("+", "*", "}", "?")):
            char = f"{{0,{limit}}}"
        elif char == "{" and (found := re.match(r"\{(\d+),\}", pattern[i:])):
            low = int(found.group(1))
            out.append(f"{{{low},{low + limit}}}")
            i += found.end()
            continue
        out.append(char)
        i += 1
    return "".join(out)


def fitting_pattern(f: Field) -> str:
    """The anchored pattern values are drawn from: open repeats are capped so that what it
    generates fits the field's max_length, where that is possible."""
    pattern = anchored(f.pattern or "")
    if f.max_length is None:
        return pattern
    for limit in range(f.max_length, 0, -1):
        bounded = _bounded_repeats(pattern, limit)
        if re_parser.parse(bounded).getwidth()[1] <= f.max_length:
            return bounded
    return pattern


def scalar_declaration(project: Project, entity: Entity, f: Field) -> tuple[str, set[str]]:
    """The factory declaration of one scalar field, as source, and the imports it needs."""
    unique = f.name in sequenced_fields(entity)
    if f.pattern is not None:
        pattern = string_literal(fitting_pattern(f))
        args = [pattern, *([] if f.max_length is None else [str(f.max_length)])]
        args += ["unique=True"] if unique else []
        call = f"matching({', '.join(args)})"
        return f"factory.LazyFunction(lambda: {call})", {IMPORT_MATCHING}
    if f.type is FieldType.ENUM:
        assert f.enum is not None
        return f"fuzzy.FuzzyChoice({f.enum}.values)", {
            IMPORT_FUZZY,
            enum_module(project, f.enum, entity.app),
        }
    if f.type in (
        FieldType.STRING,
        FieldType.TEXT,
        FieldType.SLUG,
        FieldType.EMAIL,
        FieldType.URL,
    ):
        return _text(entity, f, unique), set()
    if f.type in INTEGER_LIMITS:
        low, high = _integer_bounds(f)
        if unique:
            return _counting(low), set()
        return f"fuzzy.FuzzyInteger({low}, {high})", {IMPORT_FUZZY}
    if f.type is FieldType.DECIMAL:
        dlow, dhigh = _decimal_bounds(f)
        if unique:
            return _counting(dlow), set()
        places = f.decimal_places or 0
        return (
            f"fuzzy.FuzzyDecimal({_number_source(dlow)}, {_number_source(dhigh)}, "
            f"precision={places})",
            {IMPORT_FUZZY},
        )
    if f.type is FieldType.FLOAT:
        flow, fhigh = _float_bounds(f)
        if unique:
            return _counting(flow), set()
        return f"fuzzy.FuzzyFloat({flow!r}, {fhigh!r})", {IMPORT_FUZZY}
    return _other(f, unique)


def _counting(start: Decimal | int | float) -> str:
    if start == 0:
        return "factory.Sequence(lambda n: n)"
    return f"factory.Sequence(lambda n: n + {_number_source(start)})"


def _other(f: Field, unique: bool) -> tuple[str, set[str]]:
    if f.type is FieldType.DATE:
        if unique:
            return (
                "factory.Sequence(lambda n: datetime.date(2020, 1, 1)"
                " + datetime.timedelta(days=n))",
                {IMPORT_DATETIME},
            )
        return 'factory.Faker("date_object")', set()
    if f.type is FieldType.DATETIME:
        if unique:
            return (
                "factory.Sequence(lambda n: datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)"
                " + datetime.timedelta(minutes=n))",
                {IMPORT_DATETIME},
            )
        return 'factory.Faker("date_time", tzinfo=datetime.UTC)', {IMPORT_DATETIME}
    if f.type is FieldType.TIME:
        return 'factory.Faker("time_object")', set()
    if f.type is FieldType.DURATION:
        if unique:
            return "factory.Sequence(lambda n: datetime.timedelta(minutes=n))", {IMPORT_DATETIME}
        return 'factory.Faker("time_delta", end_datetime="+30d")', set()
    if f.type is FieldType.UUID:
        return "factory.LazyFunction(uuid.uuid4)", {IMPORT_UUID}
    if f.type is FieldType.BOOLEAN:
        return 'factory.Faker("pybool")', set()
    if f.type is FieldType.JSON:
        return _json(f), set()
    if f.type is FieldType.FILE:
        return f'factory.django.FileField(filename="{f.name}.txt", data=b"{f.name}")', set()
    if f.type is FieldType.IMAGE:
        return f'factory.django.ImageField(filename="{f.name}.png", format="PNG")', set()
    if f.type is FieldType.BINARY:
        return 'factory.Faker("binary", length=32)', set()
    if f.type is FieldType.IP_ADDRESS:
        if unique:
            return (
                'factory.Sequence(lambda n: f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}")',
                set(),
            )
        return 'factory.Faker("ipv4")', set()
    raise AssertionError(f"no factory declaration for {f.type}")


def declares(f: Field) -> bool:
    """Whether the factory sets this field: everything but the automatic timestamps and
    optional files (which would write to storage for nothing)."""
    if f.auto_now or f.auto_now_add:
        return False
    return f.required or f.type not in (FieldType.FILE, FieldType.IMAGE)


def relation_declaration(
    project: Project, entity: Entity, defined: set[str], rel: Relation
) -> str | None:
    """A SubFactory for a required key to another entity; optional keys stay empty, and so
    does a key to the entity itself (a chain of parents would never end)."""
    if rel.kind is RelationKind.MANY_TO_MANY or not rel.required or rel.target == entity.name:
        return None
    target = project.entity(rel.target)
    reference = (
        factory_name(target)
        if target.name in defined and target.app == entity.app
        else f'"{factory_path(target)}"'
    )
    return f"factory.SubFactory({reference})"


def _through_keys(project: Project, holder: Entity, rel: Relation) -> tuple[str, str]:
    """The through entity's key to the holder and its key to the target, in Django's order."""
    through = project.entity(rel.through or "")
    keys = [r for r in through.all_relations if r.kind is not RelationKind.MANY_TO_MANY]
    source = next(r for r in keys if r.target == holder.name)
    target = next(r for r in keys if r.target == rel.target and r is not source)
    return source.name, target.name


def post_generation(project: Project, entity: Entity, rel: Relation) -> PostGeneration:
    if rel.through is None:
        return PostGeneration(rel.name)
    through = project.entity(rel.through)
    source, target = _through_keys(project, entity, rel)
    local_import = None
    if through.app != entity.app:
        local_import = f"from apps.{through.app}.factories import {factory_name(through)}"
    return PostGeneration(rel.name, factory_name(through), local_import, source, target)


def build_view(project: Project, entity: Entity, defined: set[str]) -> tuple[FactoryView, set[str]]:
    imports: set[str] = set()
    parent = project.concrete_parent(entity)
    inherited: set[str] = set()
    if parent is None:
        base = "DjangoModelFactory"
        imports.add(IMPORT_MODEL_FACTORY)
    else:
        base = factory_name(parent)
        inherited = {f.name for f in parent.all_fields} | {r.name for r in parent.all_relations}
        if parent.app != entity.app:
            imports.add(f"from apps.{parent.app}.factories import {base}")
    view = FactoryView(entity, base)
    if entity.is_user:
        view.declarations += [
            ("username", 'factory.Sequence(lambda n: f"user{n}")'),
            ("email", 'factory.LazyAttribute(lambda user: f"{user.username}@example.com")'),
            ("password", 'factory.django.Password("password")'),
        ]
    for f in entity.all_fields:
        if f.name in inherited or not declares(f):
            continue
        if entity.is_user and f.name in ABSTRACT_USER_FIELDS:
            continue
        source, extra = scalar_declaration(project, entity, f)
        view.declarations.append((f.name, source))
        imports |= extra
    for rel in entity.all_relations:
        if rel.name in inherited:
            continue
        if rel.kind is RelationKind.MANY_TO_MANY:
            view.post_generation.append(post_generation(project, entity, rel))
            continue
        source = relation_declaration(project, entity, defined, rel)
        if source is not None:
            view.declarations.append((rel.name, source))
    if view.declarations or view.post_generation or parent is None:
        imports.add(IMPORT_FACTORY)
    return view, imports


def ordered(project: Project, app: str) -> list[Entity]:
    """The app's concrete entities, each multi-table parent before its children."""
    entities = [e for e in project.app_entities(app) if not e.abstract]
    done: list[Entity] = []

    def visit(entity: Entity) -> None:
        if entity in done:
            return
        parent = project.concrete_parent(entity)
        if parent is not None and parent.app == app:
            visit(parent)
        done.append(entity)

    for entity in entities:
        visit(entity)
    return done


def factories_module(project: Project, app: str) -> str | None:
    entities = ordered(project, app)
    if not entities:
        return None
    imports: set[str] = set()
    views: list[FactoryView] = []
    defined: set[str] = set()
    for entity in entities:
        view, extra = build_view(project, entity, defined)
        views.append(view)
        imports |= extra
        defined.add(entity.name)
    if any(v.declarations for v in views) or any(v.post_generation for v in views):
        imports.add(IMPORT_FACTORY)
    models = ", ".join(sorted(e.name for e in entities))
    imports.add(f"from .models import {models}")
    return render(
        "app/factories.py.jinja",
        app=project.app(app),
        views=views,
        imports=sorted(imports),
    )


# -- seed ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SeedStep:
    entity: Entity
    reuse: tuple[tuple[str, Entity], ...]  # relations filled with an existing row
    links: tuple[tuple[str, Entity], ...]  # plain many-to-many relations given a few rows
    resets_sequence: bool  # a root factory: its counter starts past the existing rows


def seed_order(project: Project) -> list[Entity]:
    """Concrete entities, each after the entities its required keys and parent point at."""
    entities = list(project.concrete_entities)
    done: list[Entity] = []
    seen: set[str] = set()  # names: comparing the entities themselves is a deep comparison

    def visit(entity: Entity) -> None:
        if entity.name in seen:
            return  # done, or a cycle of required keys: the factories' SubFactories break it
        seen.add(entity.name)
        parent = project.concrete_parent(entity)
        if parent is not None:
            visit(parent)
        for rel in entity.all_relations:
            if rel.kind is not RelationKind.MANY_TO_MANY and rel.target != entity.name:
                visit(project.entity(rel.target))
        done.append(entity)

    for entity in entities:
        visit(entity)
    return done


def seed_steps(project: Project) -> list[SeedStep]:
    steps = []
    for entity in seed_order(project):
        fresh = fresh_relations(entity)
        reuse = tuple(
            (rel.name, project.entity(rel.target))
            for rel in entity.all_relations
            if rel.kind is RelationKind.FOREIGN_KEY and rel.name not in fresh
        )
        links = tuple(
            (rel.name, project.entity(rel.target))
            for rel in entity.all_relations
            if rel.kind is RelationKind.MANY_TO_MANY and rel.through is None
        )
        steps.append(SeedStep(entity, reuse, links, project.concrete_parent(entity) is None))
    return steps


def seed_command(project: Project) -> str:
    steps = seed_steps(project)
    imports: set[str] = set()
    for step in steps:
        entity = step.entity
        imports.add(f"from apps.{entity.app}.factories import {factory_name(entity)}")
        for model in (entity, *(target for _, target in step.reuse + step.links)):
            imports.add(f"from apps.{model.app}.models import {model.name}")
    return render(
        "core/management/commands/seed.py.jinja",
        steps=steps,
        sequenced=sequence_roots(project),
        imports=_merge_imports(imports),
        factory_name=factory_name,
    )


def sequence_roots(project: Project) -> list[Entity]:
    """Root factories whose counter feeds a `factory.Sequence`: a factory shares its counter
    with the factory of its multi-table parent."""
    roots: dict[str, Entity] = {}
    for entity in seed_order(project):
        view, _ = build_view(project, entity, set())
        if not any("factory.Sequence(" in source for _, source in view.declarations):
            continue
        root = entity
        while (parent := project.concrete_parent(root)) is not None:
            root = parent
        roots.setdefault(root.name, root)
    return list(roots.values())


def _merge_imports(lines: set[str]) -> list[str]:
    """`from m import A` and `from m import B` become `from m import A, B`."""
    names: dict[str, set[str]] = {}
    for line in lines:
        module, _, name = line.removeprefix("from ").partition(" import ")
        names.setdefault(module, set()).add(name)
    return [f"from {m} import {', '.join(sorted(n))}" for m, n in sorted(names.items())]


def generate(project: Project) -> Mapping[str, str]:
    files: dict[str, str] = {}
    for app in project.apps:
        source = factories_module(project, app.name)
        if source is not None:
            files[f"apps/{app.name}/factories.py"] = source
    files["apps/core/management/commands/seed.py"] = seed_command(project)
    if any(f.pattern for e in project.entities for f in e.fields):
        files["apps/core/factories.py"] = render("core/factories.py.jinja")
    return files
