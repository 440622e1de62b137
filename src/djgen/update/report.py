"""What `djgen update` tells its user: every file it changed or chose not to touch, the
migration operations, and the conflicts, listed last where they are seen."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape

from djgen.update.decide import Action
from djgen.update.run import Outcome

_STYLE = {
    Action.ADDED: "green",
    Action.UPDATED: "cyan",
    Action.MERGED: "cyan",
    Action.RESTORED: "yellow",
    Action.REMOVED: "red",
    Action.KEPT: "yellow",
    Action.STAYS_DELETED: "yellow",
    Action.CONFLICT: "bold red",
}
_NOTES = {
    Action.KEPT: "no longer generated, but you changed it",
    Action.STAYS_DELETED: "you deleted it; this update does not change it",
    Action.RESTORED: "you deleted it, and this update changes it",
}


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def print_outcome(console: Console, outcome: Outcome, out: Path, *, dry_run: bool) -> None:
    for change in outcome.changes:
        if change.action in (Action.MIGRATION, Action.CONFLICT):
            continue
        note = f"  ({_NOTES[change.action]})" if change.action in _NOTES else ""
        style = _STYLE[change.action]
        console.print(f"  [{style}]{change.action.value:>13}[/] {escape(change.path)}{note}")
    for migration in outcome.migrations:
        console.print(f"  [green]{'migration':>13}[/] {escape(migration.path)}")
        for operation in migration.operations:
            console.print(f"  {'':>13}   - {escape(operation)}")
    for change in outcome.conflicts:
        hunks = _count(change.conflicts, "conflict")
        console.print(f"  [bold red]{'conflict':>13}[/] {escape(change.path)} ({hunks})")
    written = sum(1 for c in outcome.changes if c.data is not None)
    if not outcome.changes:
        console.print(f"{escape(str(out))} is up to date with the spec")
    elif dry_run:
        console.print(f"{written} files would be written; nothing written (--dry-run)")
    else:
        console.print(f"[bold green]Updated[/] {escape(str(out))}: {written} files written")
    if outcome.conflicts:
        count = len(outcome.conflicts)
        verb = "would be" if dry_run else "is" if count == 1 else "are"
        console.print(
            f"[bold red]{_count(count, 'file')} {verb} left with conflicts[/]: resolve "
            "the hunks between `<<<<<<< yours` and `>>>>>>> djgen`, keep what you want"
        )
    if outcome.git and not dry_run:
        console.print(
            "The project is a git repository: review the update with `git status` and "
            "`git diff` before you commit it"
        )
