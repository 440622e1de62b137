"""The compiled-template cache: it never changes what is rendered, and a cache folder that cannot
be written costs speed, never a run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest

from djgen import __version__, render
from djgen.generators import FilePlan, plan
from djgen.load import load
from djgen.model import Project
from tests.generate import EXAMPLES

EXAMPLE = "kitchen-sink.md"  # the example that renders the most templates


@pytest.fixture(scope="module")
def project() -> Project:
    return load(EXAMPLES / EXAMPLE).project


@pytest.fixture(autouse=True)
def fresh_environment() -> Iterator[None]:
    """Each test makes its own environment, and leaves none behind for the other tests."""
    render.environment.cache_clear()
    yield
    render.environment.cache_clear()


def _plan(project: Project, monkeypatch: pytest.MonkeyPatch, cache_home: Path) -> FilePlan:
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    render.environment.cache_clear()
    return plan(project)


def _refuse_to_compile(*args: object, **kwargs: object) -> None:
    raise AssertionError("a template was compiled although the cache holds it")


def test_cached_templates_render_what_freshly_compiled_ones_do(
    project: Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")
    uncached = _plan(project, monkeypatch, not_a_folder)
    assert render.environment().bytecode_cache is None

    cold = _plan(project, monkeypatch, tmp_path / "cache")
    folder = render.cache_folder()
    assert folder is not None and any(folder.glob("*.jinja.cache"))

    monkeypatch.setattr(jinja2.Environment, "compile", _refuse_to_compile)
    warm = _plan(project, monkeypatch, tmp_path / "cache")
    assert cold == uncached
    assert warm == uncached


def test_a_cache_folder_that_goes_away_is_no_error(
    project: Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    expected = _plan(project, monkeypatch, tmp_path / "first")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "second"))
    render.environment.cache_clear()
    environment = render.environment()
    assert isinstance(environment.bytecode_cache, jinja2.FileSystemBytecodeCache)
    Path(environment.bytecode_cache.directory).rmdir()
    assert plan(project) == expected


def test_the_cache_folder_is_per_user_and_per_version(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    folder = render.cache_folder()
    assert folder is not None
    assert folder.parent == tmp_path / ".cache" / "djgen"
    assert folder.name.startswith(f"templates-{__version__}-")
