"""Golden snapshots of a few generated files of the blog example.

A change to a template shows here as a diff to review. To accept it:
    pytest tests/test_golden.py --update-golden
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generate import generate

GOLDEN = Path(__file__).parent / "golden" / "blog"
SNAPSHOTS = (
    "apps/blog/models.py",
    "apps/blog/serializers.py",
    "apps/blog/views.py",
    "apps/blog/migrations/0001_initial.py",
    "config/settings/base.py",
    "config/urls.py",
)


@pytest.fixture(scope="module")
def blog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate("blog.mmd", tmp_path_factory.mktemp("golden") / "blog")


@pytest.mark.parametrize("relative", SNAPSHOTS)
def test_generated_file_matches_snapshot(
    blog: Path, relative: str, request: pytest.FixtureRequest
) -> None:
    produced = (blog / relative).read_text(encoding="utf-8")
    snapshot = GOLDEN / relative
    if request.config.getoption("--update-golden"):
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        snapshot.write_text(produced, encoding="utf-8")
    assert snapshot.exists(), "no snapshot yet: run pytest tests/test_golden.py --update-golden"
    assert produced == snapshot.read_text(encoding="utf-8"), (
        f"{relative} differs from its snapshot; review the change, then run "
        "pytest tests/test_golden.py --update-golden"
    )
