"""Templates and formatting: the Jinja2 environment every generator renders with, and the ruff
pass that makes the generated tree read as hand-written code."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import jinja2
from ruff.__main__ import find_ruff_bin

from djgen import names
from djgen.lowering import names as class_names

ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("djgen", "templates"),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    autoescape=False,
)
ENV.filters.update(
    snake=names.snake,
    pascal=names.pascal,
    kebab=names.kebab,
    plural=names.plural,
    human=names.human,
    pyrepr=repr,
    serializer_class=class_names.serializer_class,
    list_serializer_class=class_names.list_serializer_class,
    detail_serializer_class=class_names.detail_serializer_class,
    viewset_class=class_names.viewset_class,
    factory_class=class_names.factory_class,
)


def render(template: str, **context: Any) -> str:
    """Render `templates/<template>` (a path that mirrors the output tree, plus `.jinja`)."""
    return ENV.get_template(template).render(**context)


class FormatError(RuntimeError):
    """ruff could not format generated code: a bug in a template, never the user's input."""


def format_tree(root: Path) -> None:
    """Fix imports and format every Python file under `root`, with the project's ruff config."""
    ruff = find_ruff_bin()
    for args in (
        ["check", "--fix-only", "--quiet", "--exit-zero", "--no-cache"],
        ["format", "--quiet", "--no-cache"],
    ):
        done = subprocess.run(
            [ruff, *args, "."], cwd=root, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise FormatError(f"ruff {args[0]} failed on generated code:\n{done.stderr}")
