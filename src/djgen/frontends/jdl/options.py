"""JDL options, entity annotations and application settings → djgen's entity options and
features.

What Django expresses is mapped: `paginate … with pagination` is page-number pagination,
`infinite-scroll` cursor pagination, `readOnly` a read-only API; `search` and `filter` ask for
what every djgen list already has (`?search=` over the text fields, django-filter filters).
What only means something to JHipster's Java and JavaScript (`dto`, `service`, `skipClient`,
…) is a warning, so a user sees what was left out.
"""

from __future__ import annotations

from typing import Any

from djgen import names
from djgen.errors import Diagnostics, did_you_mean
from djgen.frontends.jdl.applications import select
from djgen.frontends.jdl.statements import Annotation, EntityDecl, Name, Option, Setting, Targets
from djgen.frontends.source_map import SourceMap

PAGINATION = {"pagination": "page", "pager": "page", "infinite-scroll": "cursor"}
# Options that djgen's lists always honour, and options that mean nothing for Django.
PROVIDED = frozenset({"search", "filter", "microservice", "elasticsearch", "couchbase"})
IGNORED = frozenset(
    {
        "dto",
        "service",
        "skipClient",
        "skipServer",
        "noFluentMethod",
        "angularSuffix",
        "clientRootFolder",
        "embedded",
        "mapstruct",
        "serviceClass",
        "serviceImpl",
    }
)
# Bookkeeping JHipster writes on every entity it exports: nothing to say about it.
SILENT = frozenset({"changelogDate"})
OPTIONS = frozenset({"paginate", "readOnly", *PROVIDED, *IGNORED, *SILENT})


class Options:
    """Applies options to the entity data of the entities they name."""

    def __init__(self, entities: dict[str, Any], source: SourceMap, diagnostics: Diagnostics):
        self.entities = entities
        self.source = source
        self.diagnostics = diagnostics

    def option(self, option: Option, scope: list[str]) -> None:
        """`paginate A with pagination`, `readOnly *`, `use infinite-scroll for A`."""
        chosen = [e for e in select(option.targets, scope, self.diagnostics) if e in self.entities]
        if option.name.text == "use":
            for used in option.values:
                self._one(_canonical(used.text), used, used, chosen)
            return
        value = option.values[0] if option.values else None
        self._one(_canonical(option.name.text), option.name, value, chosen)

    def annotations(self, entity: EntityDecl) -> None:
        """`@paginate(pagination) @readOnly entity A`: the options, said of one entity."""
        targets = Targets((entity.name,), False, (), entity.name.loc)
        scope = [entity.name.text]
        for annotation in entity.annotations:
            value = _value(annotation)
            self.option(Option(annotation.name, (value,) if value else (), targets), scope)

    def _one(self, name: str, said: Name, value: Name | None, targets: list[str]) -> None:
        """One option said of `targets` (entities that are generated)."""
        if name in PAGINATION:  # `use pagination for …`
            name, value = "paginate", said
        if name == "paginate":
            self._paginate(value or said, targets)
        elif name == "readOnly":
            for entity in targets:
                self.entities[entity]["readonly"] = True
                self.source.add(("entities", entity, "readonly"), said.loc.line, said.loc.col)
        elif name in IGNORED:
            self.diagnostics.warning(
                "DJG315",
                f"'{said.text}' shapes JHipster's Java or JavaScript and means nothing for "
                "Django; ignored",
                said.loc,
            )
        elif name not in PROVIDED | SILENT:
            self.diagnostics.error(
                "DJG218",
                f"'{said.text}' is not a JDL option",
                said.loc,
                did_you_mean(said.text, sorted(OPTIONS | PAGINATION.keys())),
            )

    def _paginate(self, value: Name, targets: list[str]) -> None:
        style = PAGINATION.get(value.text)
        if style is None:
            self.diagnostics.error(
                "DJG218",
                f"'{value.text}' is not a JDL pagination",
                value.loc,
                "use pagination or infinite-scroll",
            )
            return
        for entity in targets:
            self.entities[entity]["pagination"] = style
            self.source.add(("entities", entity, "pagination"), value.loc.line, value.loc.col)


def _canonical(name: str) -> str:
    """An option as JDL spells it, whatever the case an annotation gives it."""
    by_folded = {o.casefold(): o for o in (*OPTIONS, *PAGINATION)}
    return by_folded.get(name.casefold(), name)


def _value(annotation: Annotation) -> Name | None:
    if annotation.value is None:
        return None
    return Name(annotation.value, annotation.name.loc)


def features(settings: dict[str, Setting], diagnostics: Diagnostics) -> dict[str, Any]:
    """The project switches an application's config sets: authentication and caching."""
    result: dict[str, Any] = {}
    auth = settings.get("authenticationType")
    if auth is not None and auth.value in {"jwt", "session"}:
        result["auth"] = auth.value
    elif auth is not None:
        diagnostics.warning(
            "DJG315",
            f"authenticationType {auth.value}: djgen signs its API clients in with JWT",
            auth.key.loc,
            "use jwt or session",
        )
    cache = settings.get("cacheProvider")
    if cache is not None and cache.value == "no":
        result["cache"] = "none"
    database = settings.get("databaseType")
    if database is not None and database.value not in {"sql", "no"}:
        diagnostics.warning(
            "DJG315",
            f"databaseType {database.value}: djgen generates a SQL backend (PostgreSQL, SQLite)",
            database.key.loc,
        )
    return result


def project_name(settings: dict[str, Setting]) -> str | None:
    base = settings.get("baseName")
    return None if base is None else names.identifier(str(base.value))
