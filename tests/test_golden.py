"""Golden record: the whole generated tree of every example, compared byte for byte.

A change to a generator or a template shows here as a diff to review. To accept it:
    pytest tests/test_golden.py --update-golden
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.generate import EXAMPLES, generate, tree

GOLDEN = Path(__file__).parent / "golden"
REFRESH = "pytest tests/test_golden.py --update-golden"
# What `new` writes about itself rather than about the project: the manifest holds the version.
SKIPPED = (".djgen/",)


def _example_files() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.is_file())


def _snapshot(root: Path) -> dict[str, bytes]:
    return {path: data for path, data in tree(root).items() if not path.startswith(SKIPPED)}


@pytest.mark.parametrize("example", _example_files(), ids=lambda p: p.name)
def test_generated_tree_matches_golden_record(
    example: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    produced = _snapshot(generate(example.name, tmp_path / example.stem))
    golden = GOLDEN / example.stem
    if request.config.getoption("--update-golden"):
        shutil.rmtree(golden, ignore_errors=True)
        for relative, data in produced.items():
            (golden / relative).parent.mkdir(parents=True, exist_ok=True)
            (golden / relative).write_bytes(data)
    assert golden.is_dir(), f"no golden record for {example.name} yet: run {REFRESH}"
    recorded = _snapshot(golden)
    missing, extra = sorted(recorded.keys() - produced.keys()), sorted(produced.keys() - recorded)
    changed = sorted(p for p in produced.keys() & recorded.keys() if produced[p] != recorded[p])
    assert not (missing or extra or changed), (
        f"{example.name}: generated tree differs from tests/golden/{example.stem}\n"
        f"  no longer generated: {missing}\n  newly generated: {extra}\n  changed: {changed}\n"
        f"review the change, then run {REFRESH}"
    )
