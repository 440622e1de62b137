"""Which entities a JDL file's applications hold, and in which Django app each one lands.

A file without an `application` block, or with one, is one project: the application's base
name is the project's name and its `entities` (all of them when it lists none) are the
entities. A file with several applications (a gateway and its microservices) is one project
with one Django app per application, named after its base name; an entity belongs to the
application a `microservice` option names, else to the first microservice that lists it, else
to the first application that lists it. `--application NAME` takes only that application.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from djgen import names
from djgen.errors import Diagnostics, Loc, did_you_mean
from djgen.frontends.jdl.statements import Application, Model, Option, Setting, Targets


@dataclass
class Plan:
    """The project a JDL file describes: its applications' settings and entities."""

    settings: dict[str, Setting] = field(default_factory=dict)
    included: list[str] = field(default_factory=list)  # entity names, in declaration order
    apps: dict[str, str] = field(default_factory=dict)  # entity → app, with several apps
    default_app: str | None = None
    scoped: list[tuple[Option, list[str]]] = field(default_factory=list)  # options, their scope


def plan(model: Model, chosen: str | None, path: str, diagnostics: Diagnostics) -> Plan:
    """The applications to generate and what each holds; errors for names that do not exist."""
    declared = [e.name.text for e in model.entities]
    applications = model.applications
    if chosen is not None:
        applications = _chosen(model, chosen, path, diagnostics)
    result = Plan()
    listed = [_listed(app, declared, len(applications) == 1, diagnostics) for app in applications]
    for option in model.options:
        result.scoped.append((option, declared))
    for app, entities in zip(applications, listed, strict=True):
        result.scoped.extend((option, entities) for option in app.options)
    if len(applications) <= 1:
        main = applications[0] if applications else None
        result.settings = _settings(main)
        result.included = listed[0] if listed else declared
        return result
    main = next((a for a in applications if _type(a) == "gateway"), applications[0])
    result.settings = _settings(main)
    owners = _owners(model, applications, listed, diagnostics)
    result.included = [name for name in declared if name in owners]
    result.apps = {name: _app_name(owners[name]) for name in result.included}
    result.default_app = _app_name(main)
    for entity in model.entities:
        if entity.name.text not in owners:
            diagnostics.warning(
                "DJG316",
                f"entity '{entity.name.text}' is in no application, so it is left out",
                entity.name.loc,
                "list it in an application's `entities`",
            )
    return result


def _chosen(model: Model, chosen: str, path: str, diagnostics: Diagnostics) -> list[Application]:
    by_name = {_app_name(app): app for app in model.applications}
    found = by_name.get(names.identifier(chosen))
    if found is not None:
        return [found]
    known = ", ".join(sorted(by_name)) or "none"
    hint = did_you_mean(chosen, by_name) or f"the applications are: {known}"
    loc = model.applications[0].loc if model.applications else Loc(path, 1, 1)
    diagnostics.error("DJG219", f"the file defines no application '{chosen}'", loc, hint)
    return []


def _listed(
    app: Application, declared: list[str], alone: bool, diagnostics: Diagnostics
) -> list[str]:
    """An application's entities: those its `entities` names (every one when it names none
    and is the only application)."""
    if app.entities is None:
        return list(declared) if alone else []
    return select(app.entities, declared, diagnostics)


def select(targets: Targets, scope: list[str], diagnostics: Diagnostics) -> list[str]:
    """The entities of `scope` that targets name, in declaration order; DJG215 for a name
    that is not an entity."""
    for name in (*targets.names, *targets.excluded):
        if name.text not in scope:
            diagnostics.error(
                "DJG215",
                f"'{name.text}' is not an entity here",
                name.loc,
                did_you_mean(name.text, scope) or "name an entity declared in the file",
            )
    chosen = set(scope) if targets.every else {n.text for n in targets.names}
    chosen -= {n.text for n in targets.excluded}
    return [name for name in scope if name in chosen]


def _owners(
    model: Model,
    applications: list[Application],
    listed: list[list[str]],
    diagnostics: Diagnostics,
) -> dict[str, Application]:
    """Each listed entity's application: named by `microservice`, else the first microservice
    that lists it, else the first application that lists it."""
    owners: dict[str, Application] = {}
    by_name = {_app_name(app): app for app in applications}
    declared = [e.name.text for e in model.entities]
    for option in model.options:
        if option.name.text != "microservice" or not option.values:
            continue
        named = option.values[0]
        app = by_name.get(names.identifier(named.text))
        if app is None:
            diagnostics.error(
                "DJG219",
                f"the file defines no application '{named.text}'",
                named.loc,
                did_you_mean(named.text, by_name) or f"the applications are: {', '.join(by_name)}",
            )
            continue
        for entity in select(option.targets, declared, Diagnostics()):
            owners[entity] = app
    ranked = sorted(
        zip(applications, listed, strict=True), key=lambda pair: _type(pair[0]) == "gateway"
    )
    for app, entities in ranked:
        for entity in entities:
            owners.setdefault(entity, app)
    return owners


def _settings(app: Application | None) -> dict[str, Setting]:
    return {} if app is None else {s.key.text: s for s in app.settings}


def _type(app: Application) -> str:
    return next((str(s.value) for s in app.settings if s.key.text == "applicationType"), "")


def _app_name(app: Application) -> str:
    base = next((str(s.value) for s in app.settings if s.key.text == "baseName"), "jhipster")
    return names.identifier(base)
