"""The `djgen` command line.

At start-up it imports only typer and the standard library, so that `djgen --help` answers at
once: rich is imported when the first line is printed, and each command imports the parts of
the compiler it uses (the domain model, Django's migration machinery, the generators) when it
runs. Help is click's plain text, which needs no rich.
"""

from __future__ import annotations

import gc
import sys
import threading
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
    help="Turn a Mermaid class diagram, a YAML spec or a JHipster JDL file into a Django REST "
    "Framework backend.",
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


SpecArg = Annotated[
    Path, typer.Argument(help="A Mermaid (.mmd, .md), YAML (.yaml) or JDL (.jdl, .jh) spec.")
]
ApplicationOption = Annotated[
    str | None,
    typer.Option(
        "--application",
        help="JDL only: generate this application of a file that defines several (by base name).",
    ),
]


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


def _load_or_exit(spec: Path, *, strict: bool = False, application: str | None = None) -> Loaded:
    """Load a spec, printing its warnings; on errors print them all and exit with status 2."""
    from djgen.errors import DjgenError, Severity
    from djgen.load import load
    from djgen.report import print_diagnostics

    try:
        loaded = load(spec, application)
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
            running = set(threading.enumerate())
            with self.console.status(text):
                yield
            for display in set(threading.enumerate()) - running:
                display.join()  # stopped, it ends at once; the next step may fork
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
    application: ApplicationOption = None,
) -> None:
    """Generate a complete Django project from SPEC into OUTPUT."""
    from djgen.generators import plan, plan_migrations, prepare_migrations
    from djgen.names import count
    from djgen.parallel import ChildDied, in_child
    from djgen.writer import check_output, write_project

    started = time.perf_counter()
    step = Step(err())
    # Django, which the migrations need, is imported in a child process while this one reads
    # the spec and renders the other files: forked first, before a step's display starts its
    # thread, and sent the project as soon as it is read.
    try:
        with in_child(plan_migrations, warm_up=prepare_migrations) as migrations:
            with step(f"Reading {spec}"):
                project = _load_or_exit(spec, application=application).project
            migrations.send(project)
            if not dry_run:
                with _output_errors():
                    check_output(output, force=force)
            entities = count(len(project.entities), "entity")
            with step(f"Rendering {entities} in {count(len(project.apps), 'app')}"):
                files = plan(project, migrations)
    except ChildDied as died:  # killed from outside (out of memory, say): no bug to trace
        err().print(f"[bold red]error:[/] {escape(str(died))}")
        raise typer.Exit(1) from None
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
def update(
    spec: SpecArg,
    directory: Annotated[
        Path, typer.Argument(help="The project to update; default: the current folder.")
    ] = Path("."),
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print what would change; write nothing.")
    ] = False,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Do not ask for confirmation at a terminal.")
    ] = False,
) -> None:
    """Regenerate DIRECTORY from SPEC, keeping your edits: a three-way merge of every file
    and the next migration of each changed app. Exits 1 when conflicts are left to resolve."""
    from djgen.errors import DjgenError
    from djgen.report import print_diagnostics
    from djgen.update.merge import MergeUnavailable
    from djgen.update.report import print_outcome
    from djgen.update.run import UpdateError, apply, prepare

    project = _load_or_exit(spec).project
    try:
        outcome = prepare(project, directory)
    except DjgenError as error:
        print_diagnostics(err(), error.diagnostics)
        raise typer.Exit(INPUT_ERROR) from None
    except (UpdateError, MergeUnavailable) as error:
        err().print(f"[bold red]error:[/] {escape(str(error))}")
        raise typer.Exit(INPUT_ERROR) from None
    print_outcome(out(), outcome, directory, dry_run=dry_run)
    if outcome.changes and not dry_run:
        if not yes and sys.stdin.isatty() and not typer.confirm("Apply these changes?"):
            raise typer.Exit(1)
        apply(outcome, project, directory)
    if outcome.conflicts:
        raise typer.Exit(1)


@app.command()
def validate(
    specs: Annotated[list[Path], typer.Argument(help="Spec files to check.")],
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    application: ApplicationOption = None,
) -> None:
    """Check specs: a summary of each model, or every error found."""
    failed = False
    for spec in specs:
        try:
            loaded = _load_or_exit(spec, strict=strict, application=application)
        except typer.Exit:
            failed = True
            continue
        _print_summary(spec, loaded.project)
    if failed:
        raise typer.Exit(INPUT_ERROR)


def _print_summary(spec: Path, project: Project) -> None:
    from djgen.summary import summarise

    found = summarise(project)
    out().print(f"[bold]{escape(str(spec))}[/]: {escape(found.headline)}")
    for app_ in found.apps:
        out().print(f"  app [bold]{app_.name}[/]")
        for entity in app_.entities:
            out().print(f"    {escape(entity.text)}")
            if entity.access is not None:
                out().print(f"      {escape(entity.access)}")
    if found.relations:
        out().print("  relations:")
    for rel in found.relations:
        out().print(f"    {escape(rel.text)}")
    for name, members in found.enums.items():
        out().print(f"  enum {name}: {escape(', '.join(members))}")
    out().print(f"  features: {found.features}")


class Format(StrEnum):
    yaml = "yaml"
    json = "json"
    mermaid = "mermaid"
    jdl = "jdl"


@app.command()
def inspect(
    spec: SpecArg,
    format: Annotated[
        Format,
        typer.Option("--format", "-f", help="yaml spec, canonical json, erDiagram, or JDL."),
    ] = Format.yaml,
    as_yaml: Annotated[bool, typer.Option("--yaml", help="Same as --format yaml.")] = False,
    application: ApplicationOption = None,
) -> None:
    """Print the resolved model: as a YAML spec, canonical JSON, a Mermaid erDiagram or JDL."""
    from djgen.diagram import er_diagram
    from djgen.export import to_yaml
    from djgen.export_jdl import to_jdl

    project = _load_or_exit(spec, application=application).project
    if as_yaml or format is Format.yaml:
        sys.stdout.write(to_yaml(project))
    elif format is Format.json:
        sys.stdout.write(project.canonical_json())
    elif format is Format.jdl:
        sys.stdout.write(to_jdl(project))
    else:
        sys.stdout.write(er_diagram(project))


@app.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the YAML spec, for editors."""
    from djgen.frontends.document import json_schema

    sys.stdout.write(json_schema())


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="The address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="The port to listen on.")] = 8000,
) -> None:
    """Serve the web page and its API: paste a diagram, see it checked and drawn, download it."""
    try:
        import uvicorn

        from djgen.serve.app import create_app
    except ImportError as missing:
        err().print(
            f"[bold red]error:[/] djgen serve needs {escape(missing.name or 'its web stack')}: "
            "pip install 'djgen\\[serve]'"
        )
        raise typer.Exit(1) from None
    out().print(f"djgen serves http://{host}:{port}/ (Ctrl+C stops it)")
    gc.set_threshold(*DEFAULT_COLLECTION)  # a server lives long: the collector as Python has it
    uvicorn.run(create_app(), host=host, port=port, log_level="info")


# Nearly every object a command makes (modules, classes, the model) lives until it exits: a
# collection after every 100,000 new objects instead of Python's 700 makes the collector's
# passes over them a hundred times rarer (a 60-entity project's peak memory does not change).
COLLECT_AFTER = 100_000
DEFAULT_COLLECTION = gc.get_threshold()


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
