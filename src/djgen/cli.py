"""The `djgen` command line.

At start-up it imports only typer and the standard library, so that `djgen --help` answers at
once: rich is imported when the first line is printed, and each command imports the parts of
the compiler it uses (the domain model, Django's migration machinery, the generators) when it
runs. Help is click's plain text, which needs no rich.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from djgen import __version__

if TYPE_CHECKING:
    from rich.console import Console
    from rich.tree import Tree

    from djgen.load import Loaded
    from djgen.model import Project

INPUT_ERROR = 2

app = typer.Typer(
    name="djgen",
    help="Turn a Mermaid class diagram or a YAML spec into a Django REST Framework backend.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@cache
def _console(*, stderr: bool) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def out() -> Console:
    return _console(stderr=False)


def err() -> Console:
    return _console(stderr=True)


def escape(text: str) -> str:
    """Text printed as it is, not read as rich markup."""
    from rich.markup import escape

    return escape(text)


SpecArg = Annotated[Path, typer.Argument(help="A Mermaid (.mmd, .md) or YAML (.yaml) spec.")]


def _version(value: bool) -> None:
    if value:
        out().print(f"djgen {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """djgen: a complete Django 5.2 + DRF backend from a domain model."""


def _load_or_exit(spec: Path, *, strict: bool = False) -> Loaded:
    """Load a spec, printing its warnings; on errors print them all and exit with status 2."""
    from djgen.errors import DjgenError, Severity
    from djgen.load import load
    from djgen.report import print_diagnostics

    try:
        loaded = load(spec)
    except DjgenError as error:
        print_diagnostics(err(), error.diagnostics)
        count = sum(d.severity is Severity.ERROR for d in error.diagnostics)
        err().print(f"[bold red]{count} error{'s' if count != 1 else ''}[/] in {escape(str(spec))}")
        raise typer.Exit(INPUT_ERROR) from None
    print_diagnostics(err(), loaded.warnings)
    if strict and loaded.warnings:
        err().print(f"[bold red]warnings are errors with --strict[/] in {escape(str(spec))}")
        raise typer.Exit(INPUT_ERROR)
    return loaded


class Step:
    """Progress of `djgen new`: a live display on a terminal, one plain line per step otherwise."""

    def __init__(self, console: Console) -> None:
        self.console = console

    @contextmanager
    def __call__(self, text: str) -> Iterator[None]:
        if self.console.is_terminal:
            with self.console.status(text):
                yield
            self.console.print(f"[green]✓[/] {text}")
        else:
            self.console.print(text)
            yield


@app.command()
def new(
    spec: SpecArg,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The folder to create the project in.")
    ],
    force: Annotated[
        bool, typer.Option("--force", help="Write into a folder that is not empty.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the file tree; write nothing.")
    ] = False,
) -> None:
    """Generate a complete Django project from SPEC into OUTPUT."""
    from djgen.generators import plan
    from djgen.writer import check_output, write_project

    started = time.perf_counter()
    step = Step(err())
    with step(f"Reading {spec}"):
        loaded = _load_or_exit(spec)
    project = loaded.project
    if not dry_run:
        with _output_errors():
            check_output(output, force=force)
    entities = _count(len(project.entities), "entity")
    with step(f"Rendering {entities} in {_count(len(project.apps), 'app')}"):
        files = plan(project)
    if dry_run:
        out().print(_file_tree(output, files))
        out().print(f"{len(files)} files; nothing written (--dry-run)")
        return
    with step(f"Formatting and writing {len(files)} files to {output}"), _output_errors():
        written = write_project(project, files, output, force=force)
    seconds = time.perf_counter() - started
    out().print(
        f"[bold green]Created[/] {escape(str(output))}: {written.files} files, "
        f"{written.lines} lines in {seconds:.2f} s"
    )
    _print_next_steps(output)


@contextmanager
def _output_errors() -> Iterator[None]:
    """A problem with the output folder: one red line and exit status 2, no traceback."""
    from djgen.writer import OutputError

    try:
        yield
    except OutputError as error:
        err().print(f"[bold red]error:[/] {escape(str(error))}")
        raise typer.Exit(INPUT_ERROR) from None


def _print_next_steps(output: Path) -> None:
    out().print("Next:")
    for command in (
        f"cd {output}",
        "python -m venv .venv && . .venv/bin/activate",
        "pip install -e '.[dev]'",
        "make check        # the whole gate: checks, migrations, lint, types, schema, tests",
        "make migrate seed run",
    ):
        out().print(f"  {escape(command)}")


def _file_tree(root: Path, files: dict[str, str]) -> Tree:
    from rich.tree import Tree

    tree = Tree(escape(str(root)))
    nodes: dict[tuple[str, ...], Tree] = {(): tree}
    for path in files:
        parts = tuple(path.split("/"))
        for depth in range(1, len(parts)):
            if parts[:depth] not in nodes:
                nodes[parts[:depth]] = nodes[parts[: depth - 1]].add(escape(parts[depth - 1] + "/"))
        nodes[parts[:-1]].add(escape(parts[-1]))
    return tree


@app.command()
def validate(
    specs: Annotated[list[Path], typer.Argument(help="Spec files to check.")],
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
) -> None:
    """Check specs: a summary of each model, or every error found."""
    failed = False
    for spec in specs:
        try:
            loaded = _load_or_exit(spec, strict=strict)
        except typer.Exit:
            failed = True
            continue
        _print_summary(spec, loaded.project)
    if failed:
        raise typer.Exit(INPUT_ERROR)


def _print_summary(spec: Path, project: Project) -> None:
    from djgen.lowering.policy import summary
    from djgen.model import RelationKind

    fields = sum(len(e.fields) for e in project.entities)
    relations = [(e, r) for e in project.entities for r in e.relations]
    counts = ", ".join(
        _count(n, word)
        for n, word in (
            (len(project.apps), "app"),
            (len(project.entities), "entity"),
            (fields, "field"),
            (len(relations), "relation"),
            (len(project.enums), "enum"),
        )
    )
    out().print(f"[bold]{escape(str(spec))}[/]: project [bold]{project.name}[/] — {counts}")
    version = project.features.api_version
    for app_ in project.apps:
        out().print(f"  app [bold]{app_.name}[/]")
        for entity in project.app_entities(app_.name):
            marks = [
                m
                for m, on in (
                    ("abstract", entity.abstract),
                    ("user model", entity.is_user),
                    ("read-only", entity.readonly),
                    (f"extends {entity.parent}", entity.parent),
                    (f"text key {entity.key_name}", entity.key),
                )
                if on
            ]
            where = "" if entity.abstract else f" /api/{version}/{entity.url}/"
            extra = f" ({', '.join(marks)})" if marks else ""
            out().print(
                f"    {entity.name}: {_count(len(entity.all_fields), 'field')}, "
                f"{_count(len(entity.all_relations), 'relation')}{where}{escape(extra)}"
            )
            if not entity.abstract:
                out().print(f"      {escape(summary(project, entity))}")
    if relations:
        out().print("  relations:")
    for holder, rel in relations:
        arrow = "⇄" if rel.kind is RelationKind.MANY_TO_MANY else "→"
        details = [rel.kind.value, f"reverse {rel.target}.{rel.related_name}"]
        if rel.on_delete:
            details.append(f"on_delete {rel.on_delete.value}")
        details.append("required" if rel.required else "optional")
        if rel.through:
            details.append(f"through {rel.through}")
        details.append(_DRAWN[rel.drawn])
        out().print(f"    {holder.name}.{rel.name} {arrow} {rel.target} ({', '.join(details)})")
    for enum in project.enums:
        members = ", ".join(m.value for m in enum.members)
        out().print(f"  enum {enum.name}: {escape(members)}")
    f = project.features
    switches = [name for name in ("throttling", "cors", "websockets") if getattr(f, name)]
    for name in ("cqrs", "event_sourcing"):
        chosen = getattr(f, name)
        if chosen:
            switches.append(name if chosen is True else f"{name}({','.join(chosen)})")
    out().print(
        f"  features: auth={f.auth.value} cache={f.cache.value} "
        f"pagination={f.pagination.value} api={f.api_version} {' '.join(switches)}"
    )


# Where `validate` says a relation was read from.
_DRAWN = {
    "attribute": "from an attribute",
    "line": "from a line",
    "merged": "attribute and line merged",
}


def _count(n: int, word: str) -> str:
    from djgen.names import plural

    return f"{n} {word if n == 1 else plural(word)}"


class Format(StrEnum):
    yaml = "yaml"
    json = "json"
    mermaid = "mermaid"


@app.command()
def inspect(
    spec: SpecArg,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="yaml spec, canonical json, or erDiagram.")
    ] = Format.yaml,
    as_yaml: Annotated[bool, typer.Option("--yaml", help="Same as --format yaml.")] = False,
) -> None:
    """Print the resolved model: as a YAML spec, canonical JSON, or a Mermaid erDiagram."""
    from djgen.diagram import er_diagram
    from djgen.export import to_yaml

    project = _load_or_exit(spec).project
    if as_yaml or format is Format.yaml:
        sys.stdout.write(to_yaml(project))
    elif format is Format.json:
        sys.stdout.write(project.canonical_json())
    else:
        sys.stdout.write(er_diagram(project))


@app.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the YAML spec, for editors."""
    from djgen.frontends.document import json_schema

    sys.stdout.write(json_schema())


# Nearly every object a command makes (modules, classes, the model) lives until it exits: a
# collection after every 100,000 new objects instead of Python's 700 makes the collector's
# passes over them a hundred times rarer (a 60-entity project's peak memory does not change).
COLLECT_AFTER = 100_000


def main() -> None:
    """Run the command line, with the garbage collector tuned for a short-lived process.

    At exit the interpreter collects the whole heap again as it tears the modules down:
    freezing what is alive first spares those passes (a sixth of the CPU time of a `djgen new`
    on a small diagram). Nothing of djgen's needs them: every file is closed and every
    temporary folder removed before.
    """
    gc.set_threshold(COLLECT_AFTER)
    try:
        app()
    finally:
        gc.freeze()
