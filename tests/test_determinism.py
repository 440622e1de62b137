"""Generating twice under different hash seeds gives identical bytes."""

from __future__ import annotations

from pathlib import Path

from tests.generate import generate, tree


def test_same_bytes_under_different_hash_seeds(tmp_path: Path) -> None:
    first = tree(generate("tracker.mmd", tmp_path / "one", PYTHONHASHSEED="1"))
    second = tree(generate("tracker.mmd", tmp_path / "two", PYTHONHASHSEED="2"))
    assert first.keys() == second.keys()
    differing = [path for path in first if first[path] != second[path]]
    assert not differing, f"files differ between runs: {differing}"
