"""File plan → disk, all or nothing.

The plan is written into a staging folder beside the output, formatted there with ruff, hashed
into `.djgen/manifest.json`, and only then moved into place. Any failure removes the staging
folder, so a run leaves either the complete project or nothing at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from djgen import __version__
from djgen.generators import FilePlan
from djgen.model import Project
from djgen.render import format_tree

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


def write_project(project: Project, files: FilePlan, out: Path, *, force: bool) -> Written:
    """Write `files` under `out`. With `force`, files already in `out` that djgen does not
    generate are kept; generated paths are replaced."""
    check_output(out, force=force)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".djgen", dir=out.parent))
    try:
        for relative, content in files.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
        format_tree(staging)
        hashes: dict[str, str] = {}
        lines = 0
        for relative in files:
            data = (staging / relative).read_bytes()
            hashes[relative] = sha256(data)
            lines += data.count(b"\n")
        manifest_path = staging / MANIFEST
        manifest_path.parent.mkdir(parents=True, exist_ok=True)
        manifest_path.write_text(
            json.dumps(manifest(project, hashes), indent=2, sort_keys=True) + "\n",
            encoding="utf-8",
        )
        _move_into_place(staging, out, [*files, MANIFEST])
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Written(out, len(files), lines)


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
