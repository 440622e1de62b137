"""Templates and formatting: the Jinja2 environment every generator renders with, and the ruff
pass that makes the generated tree read as hand-written code.

Compiling the templates is most of a small project's rendering time, so the compiled templates
are kept in the user's cache folder between runs. Jinja stores each beside a checksum of its
source and compiles afresh when the source changed; the folder's name carries everything else
the compiled code depends on (djgen's and Jinja's versions, the environment's options), and a
folder that cannot be written means no cache, never an error.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import subprocess
from pathlib import Path
from typing import Any

import jinja2
from ruff.__main__ import find_ruff_bin

from djgen import __version__, names
from djgen.lowering import names as class_names

OPTIONS: dict[str, Any] = {
    "undefined": jinja2.StrictUndefined,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": True,
    "autoescape": False,
}


class QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's file cache, except that a template it cannot store is simply not stored."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def cache_folder() -> Path | None:
    """Where this djgen keeps compiled templates: `$XDG_CACHE_HOME/djgen` (`~/.cache/djgen`)."""
    base = os.environ.get("XDG_CACHE_HOME")
    try:
        root = Path(base) if base else Path.home() / ".cache"
    except RuntimeError:  # no home folder to be found
        return None
    key = repr((__version__, jinja2.__version__, sorted(OPTIONS.items(), key=str)))
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return root / "djgen" / f"templates-{__version__}-{digest}"


def bytecode_cache(folder: Path | None) -> jinja2.BytecodeCache | None:
    """A cache in `folder`, created if need be; None when there is no folder or it is read-only."""
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(folder, os.W_OK | os.X_OK):
        return None
    return QuietBytecodeCache(str(folder), "%s.jinja.cache")


def make_environment(cache: jinja2.BytecodeCache | None) -> jinja2.Environment:
    """The environment of djgen's templates, with its filters, storing compiled code in `cache`."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("djgen", "templates"), bytecode_cache=cache, **OPTIONS
    )
    env.filters.update(
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
    return env


@functools.cache
def environment() -> jinja2.Environment:
    """The environment `render` uses, made on first use (it looks for the cache folder)."""
    return make_environment(bytecode_cache(cache_folder()))


def render(template: str, **context: Any) -> str:
    """Render `templates/<template>` (a path that mirrors the output tree, plus `.jinja`)."""
    return environment().get_template(template).render(**context)


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
