"""Filtering, search, ordering and pagination of every list endpoint: the FilterSets
(`apps/<app>/filters.py`), the shared filter backends (`apps/core/filters.py`,
`apps/core/search.py`), the full-text index migrations, the tests that prove all of it on data
made to match and not to match, and `docs/api.md`. What each list offers is decided in
`lowering.listing`.
"""

from __future__ import annotations

from djgen.lowering.imports import Import, Imports
from djgen.lowering.listing import (
    SEARCH_CONFIG,
    Listing,
    listing,
    parameter,
    search_fields,
    search_index,
    table_columns,
)
from djgen.lowering.migration_plan import feature_migrations
from djgen.lowering.names import app_import, factory_class
from djgen.lowering.renames import previous_entity, renamed_columns
from djgen.lowering.test_data import SEARCH_FRAGMENT, SEARCH_STEM, SEARCH_TEXT, SEARCH_WORD
from djgen.model import Entity, Project
from djgen.paginations import pagination
from djgen.render import render
from djgen.types import FILTER_KINDS, Kind
from djgen.vocabulary import Pagination

Indexed = tuple[Entity, tuple[str, ...], str]  # an entity, its searched fields, the index


def _indexed(project: Project, app: str) -> list[Indexed]:
    """The app's concrete entities with a full-text index: each, its fields and the index."""
    return [
        (e, search_fields(e), index)
        for e in project.app_entities(app)
        if not e.abstract and (index := search_index(project, e)) is not None
    ]


def search_migrations(project: Project) -> dict[str, str]:
    """Every app's migration that creates its full-text indexes on PostgreSQL, after the app's
    other migrations."""
    files: dict[str, str] = {}
    for step in feature_migrations(project)["search"]:
        files[step.path] = render(
            "app/migrations/search.py.jinja",
            app=step.app,
            after=step.previous,
            indexed=_indexed(project, step.app),
            config=SEARCH_CONFIG,
        )
    return files


def changed_search_indexes(previous: Project, project: Project) -> list[str]:
    """The apps whose full-text indexes differ between two models (for `djgen update`)."""

    def indexes(model: Project, app: str) -> set[tuple[str, tuple[str, ...], str]]:
        if app not in {a.name for a in model.apps}:
            return set()
        return {(e.name, fields, index) for e, fields, index in _indexed(model, app)}

    return [a.name for a in project.apps if indexes(previous, a.name) != indexes(project, a.name)]


def search_update_migration(previous: Project, project: Project, app: str, after: str) -> str:
    """The migration that replaces an app's full-text indexes that changed with those `project`
    declares, after the migration `after`: those of removed, renamed or changed entities are
    dropped by name, the new ones created. Reversed, it drops the new ones and creates again
    the dropped ones that the migrations before it leave a table and columns for."""
    before = set()
    if app in {a.name for a in previous.apps}:
        before = {(e.name, fields, index) for e, fields, index in _indexed(previous, app)}
    now = _indexed(project, app)
    kept = {(e.name, fields, index) for e, fields, index in now} & before
    return render(
        "app/migrations/search_update.py.jinja",
        app=app,
        after=after,
        previous=sorted(index for _, _, index in before - kept),
        indexed=[item for item in now if (item[0].name, *item[1:]) not in kept],
        restored=_restorable(previous, project, app, before - kept),
        config=SEARCH_CONFIG,
    )


def _restorable(
    previous: Project, project: Project, app: str, dropped: set[tuple[str, tuple[str, ...], str]]
) -> list[Indexed]:
    """The dropped indexes whose entity and searched columns are still there, under their new
    names where the spec renames them: PostgreSQL keeps an index through a rename, and drops
    it with its table or any of its columns. Those are the ones to create again going back."""
    by_entity = {name: (fields, index) for name, fields, index in dropped}
    found = []
    for entity in project.app_entities(app):
        before = None if entity.abstract else previous_entity(previous, project, entity)
        if before is None or before.name not in by_entity:
            continue
        fields, index = by_entity[before.name]
        renamed = renamed_columns(previous, before, project, entity)
        now = tuple(renamed.get(name, name) for name in fields)
        if set(now) <= table_columns(project, entity):
            found.append((entity, now, index))
    return sorted(found, key=lambda item: item[2])


def example_urls(listing: Listing) -> list[str]:
    """List URLs that show what the endpoint accepts: one filter of each kind it has, a search,
    an ordering and a page."""
    path = listing.path
    queries: dict[Kind, str] = {}
    for f in listing.filters:
        if f.kind in queries:
            continue
        example = FILTER_KINDS[f.kind].example
        if example is not None:
            lookup, value = example
            queries[f.kind] = f"{parameter(f.name, lookup)}={value}"
        elif f.values is not None:  # choices and UUIDs: values of the field's own
            values = f.values.low_query, f.values.high_query
            queries[f.kind] = f"{f.name}__in={','.join(values)}"
    urls = [f"{path}?{query}" for query in queries.values()]
    nullable = next((f for f in listing.filters if f.nullable), None)
    if nullable is not None:
        urls.append(f"{path}?{nullable.name}__isnull=true")
    if listing.search:
        urls.append(f"{path}?search=annual+report")
    ordered = [name for name in listing.ordering_fields if name != "id"][:2]
    if ordered:
        urls.append(f"{path}?ordering=-{','.join(ordered)}")
    urls.append(f"{path}?{pagination(listing.entity.pagination).example_query}")
    return urls


def test_helpers(listings: list[Listing]) -> list[str]:
    """The helpers of `apps.core.testing` an app's filter tests call."""
    helpers = {"field_errors", "listed"}
    if any(x.scalars or x.relations or x.search_field for x in listings):
        helpers.add("shown")
    if any(x.scalars or x.ordered or x.search_field for x in listings):
        helpers.add("with_value")
    if any(x.relations for x in listings):
        helpers.add("linked_pairs")
    ranked = [
        x for x in listings if x.search_field and x.entity.pagination is not Pagination.CURSOR
    ]
    if ranked or any(x.ordered for x in listings):
        helpers.add("shown_in_order")
    if ranked:
        helpers.add("set_value")
    return sorted(helpers)


def filterset_imports(listings: list[Listing]) -> Imports:
    """What an app's FilterSets import: the base class, the lookup lists they use and the
    models they filter."""
    lookups = {FILTER_KINDS[f.kind].lookup_list for x in listings for f in x.filters}
    imports = Imports(*(Import("apps.core.filters", name) for name in {"FilterSet", *lookups}))
    imports.add(*(Import(".models", x.entity.name) for x in listings))
    return imports


def _entity_imports(app: str, listings: list[Listing]) -> Imports:
    """The factory and the model of every listed entity."""
    imports = Imports()
    for x in listings:
        imports.add(
            app_import(app, "factories", factory_class(x.entity)),
            app_import(app, "models", x.entity.name),
        )
    return imports


def pagination_test_imports(app: str, listings: list[Listing]) -> Imports:
    """What an app's pagination tests import: its factories and models, and the pagination
    class of every style its lists use."""
    imports = _entity_imports(app, listings)
    styles = {x.entity.pagination for x in listings}
    imports.add(*(Import("apps.core.pagination", pagination(s).drf_class) for s in styles))
    imports.add(Import("apps.core.testing", "api_key"), Import("apps.core.testing", "listed"))
    return imports


def filter_test_imports(app: str, listings: list[Listing]) -> Imports:
    """What an app's filter tests import: its factories and models, the shared test helpers
    and whatever the filtered values are written with."""
    imports = _entity_imports(app, listings)
    imports.update(*(x.imports for x in listings))
    imports.add(*(Import("apps.core.testing", helper) for helper in test_helpers(listings)))
    return imports


def _app_files(app_name: str, found: list[Listing], project: Project) -> dict[str, str]:
    """An app's FilterSets and its filter and pagination tests."""
    app = project.app(app_name)
    files: dict[str, str] = {}
    filtered = [x for x in found if x.filterset]
    if filtered:
        files[f"apps/{app_name}/filters.py"] = render(
            "app/filters.py.jinja",
            app=app,
            listings=filtered,
            imports=filterset_imports(filtered).lines(),
        )
    files[f"apps/{app_name}/tests/test_filters.py"] = render(
        "app/tests/test_filters.py.jinja",
        app=app,
        listings=found,
        imports=filter_test_imports(app_name, found).lines(),
        uses_connection=any(x.search_field for x in found),
        search=dict(text=SEARCH_TEXT, word=SEARCH_WORD, stem=SEARCH_STEM, fragment=SEARCH_FRAGMENT),
    )
    files[f"apps/{app_name}/tests/test_pagination.py"] = render(
        "app/tests/test_pagination.py.jinja",
        app=app,
        listings=found,
        imports=pagination_test_imports(app_name, found).lines(),
    )
    return files


def generate(project: Project) -> dict[str, str]:
    """The FilterSets and filter tests of every app, the shared backends and `docs/api.md`."""
    files = {
        "apps/core/filters.py": render("core/filters.py.jinja"),
        "apps/core/search.py": render("core/search.py.jinja", config=SEARCH_CONFIG),
    }
    listings: list[Listing] = []
    for app in project.apps:
        entities = [e for e in project.app_entities(app.name) if not e.abstract]
        if not entities:
            continue
        found = [listing(project, e) for e in entities]
        listings += found
        files.update(_app_files(app.name, found, project))
    files["docs/api.md"] = render(
        "docs/api.md.jinja",
        project=project,
        listings=[(x, example_urls(x)) for x in listings],
        config=SEARCH_CONFIG,
    )
    return files
