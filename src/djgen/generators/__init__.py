"""Generators: each maps the domain model to files. `plan()` runs them all into one file plan.

The generators of migrations need Django's migration machinery, which takes longer to import
than the other generators take to run: `djgen new` runs them in a child process while it
renders the rest, and this package imports Django only when they are asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from djgen.generators import (
    admin,
    api,
    auth,
    caching,
    core,
    cqrs,
    events,
    factories,
    filters,
    hardening,
    hostile,
    models,
    relation_tests,
    skeleton,
    tests,
    websockets,
    write_roles,
)
from djgen.model import Project
from djgen.parallel import Pending

FilePlan = dict[str, str]  # relative POSIX path → file content
Generator = Callable[[Project], Mapping[str, str]]

# Every generator but those of migrations.
GENERATORS: tuple[Generator, ...] = (
    models.generate,
    admin.generate,
    api.generate,
    filters.generate,
    auth.generate,
    core.generate,
    hardening.generate,
    caching.generate,
    cqrs.generate,
    events.generate,
    skeleton.generate,
    factories.generate,
    tests.generate,
    relation_tests.generate,
    hostile.generate,
    write_roles.generate,
    websockets.generate,
)


def migration_generators() -> tuple[Generator, ...]:
    """The generators that write migrations: Django's `MigrationWriter` for the initial ones,
    templates numbered after them for those of the features. Imported on first use."""
    from djgen.generators import migrations  # imports Django

    return (migrations.generate, filters.search_migrations, auth.roles_migration)


def prepare_migrations() -> None:
    """Do what planning any project's migrations starts with: import Django's migration
    machinery and set up its app registry. `djgen new` has it done before it reads the spec."""
    migration_generators()
    from djgen.lowering.tables import setup_django  # imports Django

    setup_django()


def merged(plans: Iterable[Mapping[str, str]]) -> FilePlan:
    """Several generators' files in one plan, by path. Two generators never write the same
    path."""
    files: FilePlan = {}
    for generated in plans:
        for path, content in generated.items():
            if path in files:
                raise RuntimeError(f"two generators write {path}")
            files[path] = content
    return dict(sorted(files.items()))


def plan_migrations(project: Project) -> FilePlan:
    """Every migration file, by path."""
    return merged(generate(project) for generate in migration_generators())


def plan(project: Project, migrations: Pending[FilePlan] | None = None) -> FilePlan:
    """Every generated file, by path. `migrations` are the migration files on their way from
    another process (`plan_migrations` run there), taken once the other generators have run;
    without it, they are planned here."""
    others = [generate(project) for generate in GENERATORS]
    planned = migrations.result() if migrations is not None else plan_migrations(project)
    return merged([*others, planned])
