"""What the service does with a source text, in the compiler's own terms and nothing more.

A source never names a file: the service gives it a fixed name whose extension picks the
frontend (`LANGUAGES`), so no path from the input reaches the file system. A project is built
by `djgen new` in a child process of its own process group, inside a temporary folder that is
always removed, so that a build that runs out of time is ended for certain, with its children.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import signal
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from djgen.errors import Diagnostic, DjgenError
from djgen.frontends import SUFFIXES
from djgen.load import load_data
from djgen.model import Project

log = logging.getLogger("djgen.serve")

# The name a source of each language is read under: its extension picks the frontend, its stem
# names a project whose spec does not. A language is offered once a frontend reads its extension.
_NAMES = {
    "mermaid": "project.mmd",
    "markdown": "project.md",
    "yaml": "project.yaml",
    "jdl": "project.jdl",
}
LANGUAGES = {lang: name for lang, name in _NAMES.items() if PurePosixPath(name).suffix in SUFFIXES}


@dataclass(frozen=True)
class Checked:
    """A source read and resolved: the model when it has no error, and every diagnostic."""

    project: Project | None
    diagnostics: tuple[Diagnostic, ...]

    def fails(self, *, strict: bool = False) -> bool:
        return self.project is None or (strict and bool(self.diagnostics))


def check(source: str, language: str) -> Checked:
    """The frontend for `language` and the resolve pass, on `source`."""
    # JSON can carry a lone surrogate, which is no text: the frontend reports it as not UTF-8.
    data = source.encode("utf-8", errors="surrogatepass")
    try:
        loaded = load_data(data, LANGUAGES[language])
    except DjgenError as error:
        return Checked(None, error.diagnostics)
    return Checked(loaded.project, loaded.warnings)


class BuildFailed(Exception):
    """`djgen new` failed on a model that had resolved: a bug, reported without its trace."""


async def build_zip(source: str, language: str, project: Project) -> bytes:
    """The project `djgen new` generates from `source`, as a zip whose one folder is named after
    the project. Cancelling this (a timeout) kills the child and removes its folder."""
    with tempfile.TemporaryDirectory(prefix="djgen-serve-") as work:
        spec = Path(work) / LANGUAGES[language]
        spec.write_text(source, encoding="utf-8")
        out = Path(work) / "project"
        child = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "djgen",
            "new",
            str(spec),
            "-o",
            str(out),
            cwd=work,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            start_new_session=True,  # its own process group: ruff, its child, goes with it
        )
        try:
            _, errors = await child.communicate()
        finally:
            if child.returncode is None:
                os.killpg(child.pid, signal.SIGKILL)
                await child.wait()
        if child.returncode != 0:
            log.error("djgen new exited %s: %s", child.returncode, errors.decode(errors="replace"))
            raise BuildFailed(f"generation failed (exit status {child.returncode})")
        return await asyncio.to_thread(_zip, out, project.name)


def _zip(root: Path, name: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                archive.write(path, f"{name}/{path.relative_to(root).as_posix()}")
    return buffer.getvalue()
