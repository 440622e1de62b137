"""Which migrations each app gets, and their names: first the initial ones Django's
autodetector plans, then one per feature that changes the database after them, in a fixed
order (the roles of the user's app, then the full-text indexes). A feature that needs a
migration of its own adds a step to `FEATURE_MIGRATIONS`; its number and the migration it
follows come from the plan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from djgen.lowering.listing import search_index
from djgen.model import Project


@dataclass(frozen=True)
class PlannedMigration:
    """A migration a feature adds to an app, after the app's previous one."""

    app: str
    name: str  # 0003_roles
    previous: str  # the migration it depends on: 0002_initial

    @property
    def path(self) -> str:
        return f"apps/{self.app}/migrations/{self.name}.py"


def _roles(project: Project) -> list[str]:
    return [project.user.app] if project.features.roles else []


def _search(project: Project) -> list[str]:
    """Apps with a full-text index on one of their concrete entities."""
    return [
        app.name
        for app in project.apps
        if any(
            not e.abstract and search_index(project, e) is not None
            for e in project.app_entities(app.name)
        )
    ]


# Each feature's migration, by name, with the apps that get it; in the order they follow.
FEATURE_MIGRATIONS: tuple[tuple[str, Callable[[Project], list[str]]], ...] = (
    ("roles", _roles),
    ("search", _search),
)


def feature_migrations(project: Project) -> dict[str, list[PlannedMigration]]:
    """Feature name → the migrations it adds, each numbered after its app's last one."""
    # Imported here: planning the initial migrations loads Django's migration machinery,
    # which only a project with a feature migration needs.
    from djgen.lowering.initial_migrations import migration_names

    last: dict[str, str] = {}
    planned: dict[str, list[PlannedMigration]] = {}
    for feature, apps in FEATURE_MIGRATIONS:
        planned[feature] = []
        for app in apps(project):
            previous = last.get(app) or migration_names(project, app)[-1]
            number = int(previous.split("_", 1)[0]) + 1
            step = PlannedMigration(app, f"{number:04d}_{feature}", previous)
            planned[feature].append(step)
            last[app] = step.name
    return planned
