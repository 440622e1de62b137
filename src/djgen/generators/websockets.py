"""WebSockets: the Channels runtime once in `apps/core/sockets/` (authentication, access
through the REST viewsets, consumers, the recent-events buffer, notifications, routing), each
app's entity streams, the client's guide and the tests that prove them."""

from __future__ import annotations

from djgen.lowering.imports import Imports
from djgen.lowering.names import app_import, factory_class, serializer_class
from djgen.lowering.policy import access
from djgen.lowering.test_data import entity_tests
from djgen.lowering.websockets import (
    Stream,
    app_streams,
    enabled,
    owned_sample,
    replays_history,
    routing_imports,
    sample,
    stream,
    streamed_entities,
    streaming_apps,
    streams_imports,
    uses_jwt,
)
from djgen.model import Project
from djgen.render import render
from djgen.vocabulary import ReadAccess

# Output path → template under templates/websockets/, written once per project.
CORE = (
    "apps/core/sockets/__init__.py",
    "apps/core/sockets/access.py",
    "apps/core/sockets/consumers.py",
    "apps/core/sockets/groups.py",
    "apps/core/sockets/notifications.py",
    "apps/core/sockets/recent.py",
    "apps/core/sockets/streams.py",
    "apps/core/sockets/threads.py",
)


def test_imports(project: Project, found: Stream, owned: Stream | None) -> Imports:
    """The user factory; the sample's model, factory, write serializer and create command;
    the owned stream's model, factory and update command."""
    e = found.entity
    imports = Imports(
        app_import(project.user.app, "factories", factory_class(project.user)),
        app_import(e.app, "models", e.name),
        app_import(e.app, "factories", factory_class(e)),
        app_import(e.app, "serializers", serializer_class(e)),
        app_import(e.app, "commands", found.commands.create),
    )
    if owned is not None:
        o = owned.entity
        imports.add(
            app_import(o.app, "models", o.name),
            app_import(o.app, "factories", factory_class(o)),
            app_import(o.app, "commands", owned.commands.update),
        )
    return imports


def tests(project: Project) -> dict[str, str]:
    found, owned = sample(project), owned_sample(project)
    if found is None:
        return {}
    return {
        "apps/core/tests/test_sockets.py": render(
            "websockets/apps/core/tests/test_sockets.py.jinja",
            project=project,
            sample=found,
            owned=owned,
            t=entity_tests(found.entity),
            owned_t=entity_tests(owned.entity) if owned else None,
            jwt=uses_jwt(project),
            public=access(project, found.entity).read is ReadAccess.PUBLIC,
            imports=test_imports(project, found, owned).lines(),
        )
    }


def generate(project: Project) -> dict[str, str]:
    """Nothing unless `features.websockets` is on."""
    if not enabled(project):
        return {}
    files = {path: render(f"websockets/{path}.jinja", project=project) for path in CORE}
    if replays_history(project):
        files["apps/core/sockets/history.py"] = render(
            "websockets/apps/core/sockets/history.py.jinja", project=project
        )
    jwt = uses_jwt(project)
    if jwt:
        files["apps/core/sockets/auth.py"] = render(
            "websockets/apps/core/sockets/auth.py.jinja", project=project
        )
    files["apps/core/sockets/routing.py"] = render(
        "websockets/apps/core/sockets/routing.py.jinja",
        project=project,
        jwt=jwt,
        apps=streaming_apps(project),
        imports=routing_imports(project).lines(),
    )
    for app in project.apps:
        items = app_streams(project, app.name)
        if items:
            files[f"apps/{app.name}/streams.py"] = render(
                "websockets/app/streams.py.jinja",
                app=app,
                items=items,
                imports=streams_imports(app.name, items).lines(),
            )
    files.update(tests(project))
    files["docs/websockets.md"] = render(
        "websockets/docs/websockets.md.jinja",
        project=project,
        streamed=streamed_entities(project),
        sourced=[e.name for e in streamed_entities(project) if stream(project, e).sourced],
        sample=sample(project),
        jwt=jwt,
    )
    return files
