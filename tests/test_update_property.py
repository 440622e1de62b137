"""A property of `djgen update`: through many cycles of a random change to the spec and a random
edit of a random generated file, no edit is ever lost — every line the user added is in the
result or inside a conflict the update reported — and, where no conflict is reported, the
gate's fast steps pass (check, makemigrations --check, ruff).

The cycles are seeded and repeatable: DJGEN_UPDATE_SEED picks another run, and
DJGEN_UPDATE_CYCLES another length (100 by default). A conflict is resolved the way a user who
takes djgen's side would, and the lines of the user's side are then no longer expected.
"""

from __future__ import annotations

import copy
import os
import random
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from djgen.errors import DjgenError
from djgen.load import load_data
from tests.projects import gate_env, run
from tests.updating import djgen, fast_gate, install

pytestmark = pytest.mark.e2e

CYCLES = int(os.environ.get("DJGEN_UPDATE_CYCLES", "100"))
SEED = int(os.environ.get("DJGEN_UPDATE_SEED", "17"))
Spec = dict[str, Any]
START: Spec = {
    "project": "library",
    "features": {"cache": "none"},
    "entities": {
        "Author": {"fields": {"name": "String(max:100)"}},
        "Book": {
            "fields": {
                "title": "String(max:200)",
                "status": "BookStatus(default:DRAFT)",
                "author": {"type": "Author", "on_delete": "CASCADE"},
            }
        },
        "Review": {"fields": {"body": "Text", "book": {"type": "Book", "on_delete": "CASCADE"}}},
    },
    "enums": {"BookStatus": ["DRAFT", "PUBLISHED"]},
}
CORE = ("Author", "Book", "Review")
TYPES = (
    "String(max:40, optional)",
    "Integer(optional)",
    "Boolean(default:false)",
    "Text(optional)",
    "Date(optional)",
    "Decimal(optional)",
)
# How a line is added to a file, by its kind; other files are not edited.
COMMENTS = {".py": "# ", ".toml": "# ", ".yaml": "# ", ".yml": "# ", ".md": "", ".example": "# "}
PLAIN = {"Dockerfile": "# ", "Makefile": "# ", ".gitignore": "# ", ".dockerignore": "# "}


class Changes:
    """Random changes to a spec: each returns a description, or None when it does not apply."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.count = 0

    def _name(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}{self.count}"

    def _added(self, spec: Spec) -> list[tuple[str, str]]:
        return [
            (entity, name)
            for entity, body in spec["entities"].items()
            for name in body["fields"]
            if name.startswith("extra")
        ]

    def add_field(self, spec: Spec) -> str | None:
        entity = self.rng.choice(list(spec["entities"]))
        name = self._name("extra")
        spec["entities"][entity]["fields"][name] = self.rng.choice(TYPES)
        return f"add {entity}.{name}"

    def remove_field(self, spec: Spec) -> str | None:
        added = self._added(spec)
        if not added:
            return None
        entity, name = self.rng.choice(added)
        del spec["entities"][entity]["fields"][name]
        return f"remove {entity}.{name}"

    def rename_field(self, spec: Spec) -> str | None:
        added = self._added(spec)
        if not added:
            return None
        entity, name = self.rng.choice(added)
        fields = spec["entities"][entity]["fields"]
        new = self._name("extra")
        value = fields.pop(name)
        fields[new] = value.replace(")", f", renamed_from:{name})", 1)
        return f"rename {entity}.{name} to {new}"

    def change_option(self, spec: Spec) -> str | None:
        added = [(e, n) for e, n in self._added(spec) if "String" in _text(spec, e, n)]
        if not added:
            return None
        entity, name = self.rng.choice(added)
        length = self.rng.randint(20, 120)
        spec["entities"][entity]["fields"][name] = f"String(max:{length}, optional)"
        return f"{entity}.{name} max {length}"

    def add_entity(self, spec: Spec) -> str | None:
        name = self._name("Shelf")
        target = self.rng.choice(list(spec["entities"]))
        spec["entities"][name] = {
            "fields": {"label": "String(max:60)", "holds": f"{target}(optional)"}
        }
        return f"add entity {name}"

    def remove_entity(self, spec: Spec) -> str | None:
        referenced = {str(v) for body in spec["entities"].values() for v in body["fields"].values()}
        removable = [
            e for e in spec["entities"] if e not in CORE and not any(e in v for v in referenced)
        ]
        if not removable:
            return None
        entity = self.rng.choice(removable)
        del spec["entities"][entity]
        return f"remove entity {entity}"

    def add_enum_value(self, spec: Spec) -> str | None:
        value = self._name("STATE_")
        spec["enums"]["BookStatus"].append(value)
        return f"add enum value {value}"

    def pagination(self, spec: Spec) -> str | None:
        entity = self.rng.choice(list(spec["entities"]))
        style = self.rng.choice(["page", "cursor", "limit_offset"])
        spec["entities"][entity]["pagination"] = style
        return f"{entity} pagination {style}"

    def toggle(self, spec: Spec) -> str | None:
        feature = self.rng.choice(["throttling", "cors"])
        spec["features"][feature] = not spec["features"].get(feature, True)
        return f"{feature} {spec['features'][feature]}"

    def any(self, spec: Spec) -> str:
        """Apply one random change that leaves a valid spec."""
        kinds: list[Callable[[Spec], str | None]] = [
            self.add_field,
            self.remove_field,
            self.rename_field,
            self.change_option,
            self.add_entity,
            self.remove_entity,
            self.add_enum_value,
            self.pagination,
            self.toggle,
        ]
        while True:
            trial = copy.deepcopy(spec)
            said = self.rng.choice(kinds)(trial)
            if said is not None and _valid(trial):
                spec.clear()
                spec.update(trial)
                return said


def _text(spec: Spec, entity: str, name: str) -> str:
    return str(spec["entities"][entity]["fields"][name])


def _valid(spec: Spec) -> bool:
    try:
        load_data(yaml.safe_dump(spec).encode(), "library.yaml")
    except DjgenError:
        return False
    return True


def _prefix(path: Path) -> str | None:
    """How a line is written in this file so that it changes nothing: a comment, mostly."""
    return PLAIN.get(path.name, COMMENTS.get(path.suffix))


def user_edit(rng: random.Random, out: Path, cycle: int, python: str) -> tuple[str, str]:
    """Add one line to a random generated file, formatted as its user's editor would."""
    candidates = [
        p
        for p in sorted(out.rglob("*"))
        if p.is_file()
        and _prefix(p) is not None
        and "migrations" not in p.parts
        and ".djgen" not in p.parts
        and "__pycache__" not in p.parts
    ]
    path = rng.choice(candidates)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = rng.randint(0, len(lines))
    following = next((line for line in lines[at:] if line.strip()), "")
    indent = following[: len(following) - len(following.lstrip())] if path.suffix == ".py" else ""
    marker = f"user edit #{cycle:03d}"
    lines.insert(at, f"{indent}{_prefix(path)}{marker}\n")
    path.write_text("".join(lines), encoding="utf-8")
    if path.suffix == ".py":
        _tidy(python, path)
    return path.relative_to(out).as_posix(), marker


def _tidy(python: str, path: Path) -> None:
    """What the user's editor does on saving a Python file: sort imports, format."""
    ruff = [python, "-m", "ruff"]
    run([*ruff, "check", "--fix-only", "--quiet", "--exit-zero", path.name], path.parent)
    run([*ruff, "format", "--quiet", path.name], path.parent)


CONFLICT = re.compile(r"<<<<<<< yours\n(.*?)=======\n(.*?)>>>>>>> djgen\n", re.S)


def take_djgen_side(path: Path, python: str) -> None:
    """Resolve every conflict of the file with djgen's side, and format it."""
    text = path.read_text(encoding="utf-8")
    path.write_text(CONFLICT.sub(lambda m: m.group(2), text), encoding="utf-8")
    if path.suffix == ".py":
        _tidy(python, path)


def test_no_edit_is_lost_through_random_cycles(tmp_path: Path, project_venv: Path) -> None:
    rng = random.Random(SEED)
    spec, out = tmp_path / "library.yaml", tmp_path / "library"
    current = copy.deepcopy(START)
    spec.write_text(yaml.safe_dump(current, sort_keys=False), encoding="utf-8")
    assert djgen("new", spec, "-o", out).exit_code == 0
    install(out, project_venv)
    env = gate_env(project_venv)
    python = str(project_venv / "bin" / "python")
    changes = Changes(rng)
    edits: dict[str, set[str]] = {}
    started, conflicted, gated = time.perf_counter(), 0, 0
    for cycle in range(CYCLES):
        said = changes.any(current)
        relative, marker = user_edit(rng, out, cycle, python)
        edits.setdefault(relative, set()).add(marker)
        spec.write_text(yaml.safe_dump(current, sort_keys=False), encoding="utf-8")
        done = djgen("update", spec, out, "--yes")
        assert done.exit_code in (0, 1), f"cycle {cycle} ({said}):\n{done.output}"
        reported = set(re.findall(r"conflict (\S+) \(", done.output))
        assert (done.exit_code == 1) == bool(reported), done.output
        for relative, markers in edits.items():
            if relative in reported:
                continue
            text = (out / relative).read_text(encoding="utf-8")
            lost = [m for m in markers if m not in text]
            assert not lost, f"cycle {cycle} ({said}): {lost} lost from {relative}"
        for relative in reported:
            conflicted += 1
            take_djgen_side(out / relative, python)
            text = (out / relative).read_text(encoding="utf-8")
            kept = {m for m in edits.pop(relative, set()) if m in text}
            if kept:
                edits[relative] = kept
        if not reported:
            fast_gate(out, project_venv, env)
            gated += 1
    seconds = time.perf_counter() - started
    print(f"{CYCLES} cycles in {seconds:.0f} s: {conflicted} conflicts, {gated} fast gates run")
