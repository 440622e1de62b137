"""What becomes of each generated file, from three versions of it: the previous output (the
merge base), the file in the project (yours) and the new output (djgen's).

Files djgen never generated are not looked at. Migrations are not decided here: they are never
merged, every existing one is kept, and the next ones (the autodetector's, the roles', the
search indexes') are written after them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from djgen.update.merge import merge

_MIGRATION = re.compile(r"apps/[^/]+/migrations/(?!__init__\.py$)[^/]+\.py")


def is_migration(path: str) -> bool:
    return _MIGRATION.fullmatch(path) is not None


class Action(StrEnum):
    ADDED = "added"  # new in djgen's output
    UPDATED = "updated"  # unchanged by you: replaced by djgen's new version
    MERGED = "merged"  # changed by you and by djgen, in different places
    CONFLICT = "conflict"  # changed by you and by djgen in the same place: marked
    REMOVED = "removed"  # no longer generated and unchanged by you
    KEPT = "kept"  # no longer generated, but changed by you: left as it is
    RESTORED = "restored"  # deleted by you, changed by djgen: written again
    STAYS_DELETED = "still deleted"  # deleted by you, unchanged by djgen
    MIGRATION = "migration"  # the next migration of an app


# What each action does to the project: write the file, remove it, or nothing (a note).
WRITES = frozenset(
    {Action.ADDED, Action.UPDATED, Action.MERGED, Action.CONFLICT, Action.RESTORED}
) | {Action.MIGRATION}


@dataclass(frozen=True)
class Change:
    path: str
    action: Action
    data: bytes | None = None  # the content written, for the actions in WRITES
    conflicts: int = 0  # conflicting hunks, for Action.CONFLICT


def decide(
    base: Mapping[str, bytes], new: Mapping[str, bytes], yours: Mapping[str, bytes | None]
) -> list[Change]:
    """The change to make to every generated path; `yours` maps each path of `base` and `new`
    to the project's file, None where there is none. Paths with nothing to do are left out."""
    changes = []
    for path in sorted(base.keys() | new.keys()):
        if is_migration(path):
            continue
        change = _one(path, base.get(path), yours.get(path), new.get(path))
        if change is not None:
            changes.append(change)
    return changes


def _one(path: str, old: bytes | None, mine: bytes | None, theirs: bytes | None) -> Change | None:
    if theirs is None:  # no longer generated
        if mine is None:
            return None
        return Change(path, Action.REMOVED if mine == old else Action.KEPT)
    if mine is None:
        if old is None:
            return Change(path, Action.ADDED, theirs)
        if theirs == old:
            return Change(path, Action.STAYS_DELETED)
        return Change(path, Action.RESTORED, theirs)
    if mine == theirs or theirs == old:
        return None
    if mine == old:
        return Change(path, Action.UPDATED, theirs)
    merged = merge(old or b"", mine, theirs)  # no base: a file of yours where djgen now writes
    if merged.conflicts:
        return Change(path, Action.CONFLICT, merged.data, merged.conflicts)
    return Change(path, Action.MERGED, merged.data)
