"""Generators: each maps the domain model to files. `plan()` runs them all into one file plan."""

from __future__ import annotations

from collections.abc import Callable, Mapping

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
    migrations.generate,
    admin.generate,
    api.generate,
    filters.generate,
    filters.search_migrations,
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


def plan(project: Project) -> FilePlan:
    """Every generated file, by path. Two generators never write the same path."""
    files: FilePlan = {}
    for generate in GENERATORS:
        for path, content in generate(project).items():
            if path in files:
                raise RuntimeError(f"two generators write {path}")
            files[path] = content
    return dict(sorted(files.items()))
