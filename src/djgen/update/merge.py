"""Three-way merge of one file with `git merge-file`, the merge git itself uses.

A hunk both sides changed differently is left between standard conflict markers, labelled
`yours` (the file in the project) and `djgen` (the new output).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

YOURS, BASE, THEIRS = "yours", "base", "djgen"


class MergeUnavailable(RuntimeError):
    """git is not installed: a file both sides changed cannot be merged."""


@dataclass(frozen=True)
class Merged:
    data: bytes
    conflicts: int  # the number of conflicting hunks; 0: merged cleanly


def merge(base: bytes, yours: bytes, theirs: bytes) -> Merged:
    """The three-way merge of `yours` and `theirs`, which both started from `base`."""
    git = shutil.which("git")
    if git is None:
        raise MergeUnavailable("git is needed to merge files you changed; install git")
    with tempfile.TemporaryDirectory(prefix="djgen-merge-") as folder:
        paths = []
        for name, data in ((YOURS, yours), (BASE, base), (THEIRS, theirs)):
            path = Path(folder) / name
            path.write_bytes(data)
            paths.append(str(path))
        done = subprocess.run(
            [git, "merge-file", "-p", "-L", YOURS, "-L", BASE, "-L", THEIRS, *paths],
            capture_output=True,
            check=False,
        )
    if done.returncode < 0 or done.returncode > 127:
        raise MergeUnavailable(f"git merge-file failed: {done.stderr.decode(errors='replace')}")
    return Merged(done.stdout, done.returncode)
