"""The `core` app: what every other app shares (pagination styles, health probes, the home of
project-wide management commands), written once instead of per app."""

from __future__ import annotations

from djgen.lowering.cqrs import enabled
from djgen.lowering.websockets import enabled as sockets_enabled
from djgen.model import Project
from djgen.render import render

# Output path under apps/core/ → template under templates/core/.
FILES = (
    "__init__.py",
    "apps.py",
    "management/__init__.py",
    "management/commands/__init__.py",
    "pagination.py",
    "parsers.py",
    "renderers.py",
    "storable.py",
    "tests/__init__.py",
    "tests/test_pagination.py",
    "tests/test_probes.py",
    "tests/test_seed.py",
    "views.py",
)


def generate(project: Project) -> dict[str, str]:
    cqrs, websockets = enabled(project), sockets_enabled(project)
    return {
        f"apps/core/{path}": render(
            f"core/{path}.jinja", project=project, cqrs=cqrs, websockets=websockets
        )
        for path in FILES
    }
