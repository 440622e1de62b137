"""Generators: each maps the domain model to files. `plan()` runs them all into one file plan.

`stages()` gives the same files in two parts, in the order a writer that formats in the
background wants them: first every file that needs no Django, then the migrations, which
Django's migration machinery plans and writes (importing it is the largest part of a small
project's run), so that the first part can be formatted while the second is built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from djgen.generators import (
    admin,
    api,
    auth,
    caching,
    core,
    cqrs,
    factories,
    filters,
    hardening,
    hostile,
    migrations,
    models,
    relation_tests,
    skeleton,
    tests,
    write_roles,
)
from djgen.model import Project

FilePlan = dict[str, str]  # relative POSIX path → file content
Generator = Callable[[Project], Mapping[str, str]]

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
    skeleton.generate,
    factories.generate,
    tests.generate,
    relation_tests.generate,
    hostile.generate,
    write_roles.generate,
)
# The generators of migrations: they read the migration plan, which needs Django.
MIGRATION_GENERATORS: tuple[Generator, ...] = (
    migrations.generate,
    auth.roles_migration,
    filters.search_migrations,
)


def stages(project: Project) -> Iterator[FilePlan]:
    """The files of the generators that need no Django, then those of the migrations'.
    Two generators never write the same path."""
    written: set[str] = set()
    for generators in (GENERATORS, MIGRATION_GENERATORS):
        files: FilePlan = {}
        for generate in generators:
            for path, content in generate(project).items():
                if path in written:
                    raise RuntimeError(f"two generators write {path}")
                written.add(path)
                files[path] = content
        yield files


def plan(project: Project) -> FilePlan:
    """Every generated file, by path."""
    files: FilePlan = {}
    for stage in stages(project):
        files.update(stage)
    return dict(sorted(files.items()))
