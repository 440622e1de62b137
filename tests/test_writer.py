"""The writer formats a project batch by batch while the next batch renders: the tree it leaves
is the tree one formatting of everything gives, and a batch ruff cannot format leaves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from djgen.generators import FilePlan, plan, stages
from djgen.load import load
from djgen.render import FormatError, format_tree
from djgen.writer import holding, staged
from tests.generate import EXAMPLES, tree


def test_holding_names_each_folder_once_and_none_inside_another() -> None:
    paths = ["apps/a/migrations/0001_initial.py", "apps/a/x.py", "apps/b/migrations/0002.py"]
    assert holding(paths) == ["apps/a", "apps/b/migrations"]
    assert holding(["apps/a/x.py", "README.md"]) == ["."]


def test_batches_give_the_tree_one_formatting_gives(tmp_path: Path) -> None:
    project = load(EXAMPLES / "blog.mmd").project
    batches = list(stages(project))
    assert len(batches) == 2 and all(batches)
    assert not any(path.endswith(".py") and "/migrations/" in path for path in batches[0])
    with staged(tmp_path / "batched", force=False) as staging:
        for files in batches:
            staging.add(files)
        staging.finish(project)
    at_once = tmp_path / "at-once"
    _write(at_once, plan(project))
    format_tree(at_once)
    batched = tree(tmp_path / "batched")
    assert batched.pop(".djgen/manifest.json")
    assert batched == tree(at_once)


def test_a_batch_ruff_cannot_format_leaves_nothing_behind(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(FormatError), staged(out, force=False) as staging:
        staging.add({"pyproject.toml": "", "apps/a/models.py": "x = 1\n"})
        staging.add({"apps/a/migrations/0001_initial.py": "def (:\n"})
        staging.finish(load(EXAMPLES / "blog.mmd").project)
    assert list(tmp_path.iterdir()) == []


def _write(root: Path, files: FilePlan) -> None:
    for relative, content in files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
