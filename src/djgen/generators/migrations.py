"""Every app's migrations package, with its initial migrations written by Django's own
`MigrationWriter` from the planned operations (see `djgen.lowering.initial_migrations`)."""

from __future__ import annotations

from django.db.migrations.writer import MigrationWriter

from djgen.lowering.initial_migrations import plan
from djgen.model import Project


def generate(project: Project) -> dict[str, str]:
    """`apps/<app>/migrations/`: the package and its migrations, for every app."""
    files = {f"apps/{app.name}/migrations/__init__.py": "" for app in project.apps}
    for app, planned in plan(project).items():
        for migration in planned:
            writer = MigrationWriter(migration, include_header=False)
            files[f"apps/{app}/migrations/{migration.name}.py"] = writer.as_string()
    return files
