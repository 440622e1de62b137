"""The hostile-input suite: the hostile values, once in `apps/core/hostile.py`, the body and
token cases every endpoint shares, and per app the cases its lists and writes derive from the
domain model (`lowering.hostile`)."""

from __future__ import annotations

from djgen.generators.hardening import listed_entity, sample_entity
from djgen.lowering.hostile import hostile_list, hostile_write, keyed_paths
from djgen.lowering.listing import listing
from djgen.model import Project
from djgen.render import render
from djgen.vocabulary import Auth


def generate(project: Project) -> dict[str, str]:
    writable = sample_entity(project) or next(
        (e for e in project.concrete_entities if not (e.readonly or e.is_user)), None
    )
    files = {
        "apps/core/hostile.py": render("hostile/core/hostile.py.jinja"),
        "apps/core/tests/test_hostile_input.py": render(
            "hostile/core/tests/test_hostile_input.py.jinja",
            target=writable or listed_entity(project),
            writable=writable is not None,
            jwt=project.features.auth is Auth.JWT,
        ),
    }
    for app in project.apps:
        entities = [e for e in project.app_entities(app.name) if not e.abstract]
        if not entities:
            continue
        writes = [w for w in map(hostile_write, entities) if w is not None]
        files[f"apps/{app.name}/tests/test_hostile_input.py"] = render(
            "hostile/app/tests/test_hostile_input.py.jinja",
            app=app,
            lists=[hostile_list(listing(project, e)) for e in entities],
            keyed=[(e, keyed_paths(project, e)) for e in entities],
            writes=writes,
        )
    return files
