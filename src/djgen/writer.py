"""File plan → disk, all or nothing.

The plan is written into a staging folder beside the output, formatted there with ruff, hashed
into `.djgen/manifest.json`, and only then moved into place. Any failure removes the staging
folder, so a run leaves either the complete project or nothing at all. The plan may arrive in
batches (`djgen.generators.stages`): each is formatted in the background while the next is
rendered.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from djgen import __version__
from djgen.generators import FilePlan
from djgen.model import Project
from djgen.render import FormatError, Formatting

MANIFEST = ".djgen/manifest.json"


class OutputError(Exception):
    """The output folder cannot be written as asked (not empty without --force, not a folder)."""


@dataclass(frozen=True)
class Written:
    root: Path
    files: int
    lines: int


def check_output(out: Path, *, force: bool) -> None:
    """Refuse, before any work is done, an output that is a file or a non-empty folder."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise OutputError(f"{out} is not empty; use --force to write into it anyway")


def manifest(project: Project, hashes: dict[str, str]) -> dict[str, Any]:
    return {
        "djgen": __version__,
        "model": project.model_dump(mode="json"),
        "files": hashes,
    }


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Staging:
    """A project being written into its staging folder, batch by batch: ruff formats each
    batch in the background while the next one is rendered."""

    def __init__(self, folder: Path, out: Path) -> None:
        self.folder = folder
        self.out = out
        self.files: list[str] = []
        self.formatting = Formatting(folder)

    def add(self, files: FilePlan) -> None:
        """Write a batch of files and start formatting it: the first batch as the whole tree,
        a later one as the folders that hold its files."""
        self.formatting.wait()  # ruff walks the folders: nothing is written while it does
        for relative, content in files.items():
            target = self.folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
        self.formatting.start(["."] if not self.files else holding(files))
        self.files += files

    def finish(self, project: Project) -> Written:
        """Once every file is formatted: hash them into the manifest and move the project into
        place."""
        self.formatting.wait()
        hashes: dict[str, str] = {}
        lines = 0
        for relative in sorted(self.files):
            data = (self.folder / relative).read_bytes()
            hashes[relative] = sha256(data)
            lines += data.count(b"\n")
        manifest_path = self.folder / MANIFEST
        manifest_path.parent.mkdir(parents=True, exist_ok=True)
        manifest_path.write_text(
            json.dumps(manifest(project, hashes), indent=2, sort_keys=True) + "\n",
            encoding="utf-8",
        )
        _move_into_place(self.folder, self.out, [*self.files, MANIFEST])
        return Written(self.out, len(self.files), lines)


def holding(paths: Iterable[str]) -> list[str]:
    """The folders that hold `paths`, none inside another; formatting a folder again that holds
    files formatted already changes nothing."""
    parents = sorted({str(PurePosixPath(path).parent) for path in paths})
    if "." in parents:
        return ["."]
    folders: list[str] = []
    for folder in parents:  # sorted: a folder comes before the folders inside it
        if not any(folder.startswith(f"{held}/") for held in folders):
            folders.append(folder)
    return folders


@contextmanager
def staged(out: Path, *, force: bool) -> Iterator[Staging]:
    """A staging folder beside `out`, removed at the end whatever happens. With `force`, files
    already in `out` that djgen does not generate are kept; generated paths are replaced."""
    check_output(out, force=force)
    out.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".djgen", dir=out.parent))
    staging = Staging(folder, out)
    try:
        yield staging
    finally:
        with suppress(FormatError):  # already raised, or to be ignored with the run's error
            staging.formatting.close()  # ruff must be done with the folder before it goes
        shutil.rmtree(folder, ignore_errors=True)


def _move_into_place(staging: Path, out: Path, relatives: list[str]) -> None:
    if not out.exists() or not any(out.iterdir()):
        if out.exists():
            out.rmdir()
        os.replace(staging, out)
        return
    for relative in relatives:
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / relative, target)
