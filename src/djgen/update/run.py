"""One update, in two steps: `prepare` reads the project and works out every change without
writing anything (all `--dry-run` needs), and `apply` stages the changes beside the project and
moves them into place, so that a failure leaves the project as it was.
"""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from djgen import __version__
from djgen.generators import FilePlan, plan
from djgen.generators.auth import changed_roles, roles_update_migration
from djgen.generators.filters import changed_search_indexes, search_update_migration
from djgen.lowering.next_migrations import NextMigration, next_migrations
from djgen.model import Project
from djgen.render import format_tree
from djgen.update.decide import WRITES, Action, Change, decide, is_migration
from djgen.writer import BASE, MANIFEST, RECORDS, move_into_place, record, sha256, staging_folder

CONFIG = "pyproject.toml"  # the project's ruff configuration
NEXT = "next-migrations"  # where the new migrations are formatted beside the new output


class UpdateError(Exception):
    """The folder cannot be updated: djgen did not make it, or its record cannot be read."""


@dataclass(frozen=True)
class Record:
    """What the project's `.djgen/` says of the previous output."""

    previous: Project
    base: dict[str, bytes]  # the previous output, as written
    rendered: dict[str, str]  # the hash of each file as rendered, before formatting
    version: str  # of the djgen that wrote it

    def unchanged(self, files: FilePlan) -> dict[str, bytes]:
        """The previous output of the files rendered as they were last time, which ruff would
        format the same way again (same djgen, same ruff configuration)."""
        same_config = self.rendered.get(CONFIG) == _digest(files.get(CONFIG, ""))
        if self.version != __version__ or not same_config:
            return {}
        return {
            path: self.base[path]
            for path, text in files.items()
            if path in self.base and self.rendered.get(path) == _digest(text)
        }


@dataclass(frozen=True)
class Outcome:
    changes: list[Change]
    migrations: list[NextMigration]
    files: FilePlan  # the new output as rendered
    new: dict[str, bytes]  # the new output as formatted: the merge base of the next update
    git: bool  # the project is (inside) a git repository

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.action is Action.CONFLICT]


def _digest(text: str) -> str:
    return sha256(text.encode("utf-8"))


def formatted(files: FilePlan, known: dict[str, bytes] | None = None) -> dict[str, bytes]:
    """The file plan as `new` writes it: formatted by ruff with the project's configuration;
    the files in `known` are taken as they are given there."""
    known = known or {}
    with tempfile.TemporaryDirectory(prefix="djgen-output-") as folder:
        root = Path(folder)
        for relative, content in files.items():
            if relative not in known or relative == CONFIG:
                (root / relative).parent.mkdir(parents=True, exist_ok=True)
                (root / relative).write_text(content, encoding="utf-8")
        format_tree(root)
        return {
            relative: known[relative] if relative in known else (root / relative).read_bytes()
            for relative in files
        }


def read_record(out: Path) -> Record:
    """The previous model and the previous output, from the project's `.djgen/`."""
    try:
        recorded = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        previous = Project.model_validate(recorded["model"])
    except FileNotFoundError:
        raise UpdateError(f"{out} has no {MANIFEST}: it was not made by `djgen new`") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise UpdateError(f"{out / MANIFEST} cannot be read: {error}") from None
    try:
        tree = json.loads(gzip.decompress((out / BASE).read_bytes()))
        base = {path: text.encode("utf-8") for path, text in tree.items()}
    except FileNotFoundError:
        base = _rebuilt(previous, recorded)
    except (OSError, ValueError, AttributeError) as error:
        raise UpdateError(f"{out / BASE} cannot be read: {error}") from None
    return Record(previous, base, recorded.get("rendered") or {}, recorded.get("djgen", ""))


def _rebuilt(previous: Project, recorded: dict[str, object]) -> dict[str, bytes]:
    """The previous output generated again from the recorded model, for a project whose
    record has no copy of it: exact only if this djgen made it, which its hashes prove."""
    if recorded.get("djgen") != __version__:
        raise UpdateError(
            f"{BASE} is missing and the project was made by djgen {recorded.get('djgen')}, "
            f"not {__version__}: run that version's `djgen update` once first"
        )
    rebuilt = formatted(plan(previous))
    hashes = recorded.get("files")
    if not isinstance(hashes, dict) or any(
        sha256(rebuilt.get(path, b"")) != digest for path, digest in hashes.items()
    ):
        raise UpdateError(f"{BASE} is missing and the previous output cannot be rebuilt exactly")
    return rebuilt


def existing_migrations(out: Path) -> dict[str, list[str]]:
    """Every app's migrations in the project, by name."""
    found: dict[str, list[str]] = {}
    for path in sorted((out / "apps").glob("*/migrations/*.py")):
        if path.name != "__init__.py":
            found.setdefault(path.parent.parent.name, []).append(path.stem)
    return found


def _following(
    app: str,
    feature: str,
    planned: list[NextMigration],
    existing: dict[str, list[str]],
    write: Callable[[str], str],
    said: tuple[str, ...],
) -> list[NextMigration]:
    """A feature's migration of the app, written by `write` after the app's newest migration;
    none where the app has no migration yet (no table of it exists)."""
    names = [*existing.get(app, []), *(m.name for m in planned if m.app == app)]
    if not names:
        return []
    after = max(names)
    name = f"{int(after.split('_', 1)[0]) + 1:04d}_{feature}"
    return [NextMigration(app, name, write(after), said)]


def _feature_migrations(
    previous: Project,
    project: Project,
    existing: dict[str, list[str]],
    planned: list[NextMigration],
) -> list[NextMigration]:
    """What the autodetector does not see, after the apps' new migrations and in the order
    `new` plans them: the role groups added and removed, in the user model's app, then the
    full-text indexes that changed (PostgreSQL only)."""
    found: list[NextMigration] = []
    added, removed = changed_roles(previous, project)
    if added or removed:
        app = project.user.app
        said = [f"Create the groups {', '.join(added)}"] if added else []
        said += [f"Delete the groups {', '.join(removed)}"] if removed else []
        write = partial(roles_update_migration, added, removed, app)
        found += _following(app, "roles", [*planned, *found], existing, write, tuple(said))
    for app in changed_search_indexes(previous, project):
        write = partial(search_update_migration, previous, project, app)
        said = ["Replace the full-text search indexes"]
        found += _following(app, "search", [*planned, *found], existing, write, tuple(said))
    return found


def in_git(out: Path) -> bool:
    git = shutil.which("git")
    if git is None:
        return False
    done = subprocess.run(
        [git, "-C", str(out), "rev-parse", "--is-inside-work-tree"],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.returncode == 0 and done.stdout.strip() == "true"


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return None


def prepare(project: Project, out: Path) -> Outcome:
    """Every change the update makes to `out`, worked out without writing anything."""
    if not out.is_dir():
        raise UpdateError(f"{out} is not a folder")
    record = read_record(out)
    files = plan(project)
    existing = existing_migrations(out)
    migrations = next_migrations(record.previous, project, existing)
    migrations += _feature_migrations(record.previous, project, existing, migrations)
    # The new migrations are formatted with the new output, in a folder of their own: a new
    # app's initial migration has the path of the one the plan holds.
    aside = {f"{NEXT}/{m.path}": m.source for m in migrations}
    both = formatted({**files, **aside}, record.unchanged(files))
    new = {path: both[path] for path in files}
    base = record.base
    yours = {p: _read(out / p) for p in base.keys() | new.keys() if not is_migration(p)}
    changes = decide(base, new, yours)
    changes += [Change(m.path, Action.MIGRATION, both[f"{NEXT}/{m.path}"]) for m in migrations]
    return Outcome(changes, migrations, files, new, in_git(out))


def apply(outcome: Outcome, project: Project, out: Path) -> None:
    """Stage every file written, format the merged ones as the project's gate wants them, then
    move them into place and remove what is removed."""
    staging = staging_folder(out)
    try:
        written = [c for c in outcome.changes if c.action in WRITES]
        for change in written:
            target = staging / change.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(change.data or b"")
        _format(staging, out, written)
        record(staging, project, outcome.new, outcome.files)
        move_into_place(staging, out, [*(c.path for c in written), *RECORDS])
        for change in outcome.changes:
            if change.action is Action.REMOVED:
                _remove(out, change.path)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _format(staging: Path, out: Path, written: list[Change]) -> None:
    """ruff on the merged Python files, with the project's settings."""
    paths = [c.path for c in written if c.path.endswith(".py") and c.action is Action.MERGED]
    if not paths:
        return
    borrowed = not (staging / CONFIG).exists() and (out / CONFIG).is_file()
    if borrowed:
        shutil.copyfile(out / CONFIG, staging / CONFIG)
    format_tree(staging, paths)
    if borrowed:
        (staging / CONFIG).unlink()


def _remove(out: Path, relative: str) -> None:
    """Remove a file, and the folders it leaves empty."""
    path = out / relative
    path.unlink(missing_ok=True)
    folder = path.parent
    while folder != out and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
