"""JHipster's public JDL samples, read from the corpus beside the checkout (never copied in).

Every sample validates, generates, and writes back as YAML and as JDL that load into the
same model; every sample that describes one application passes its project's whole gate on
SQLite (once per distinct model: two samples that differ only in what Django ignores give the
same project). The corpus is `../shared/corpus/jdl` from the repository root, or
`$DJGEN_CORPUS/jdl`; without it these tests are skipped, except in CI, where they fail.
`DJGEN_CORPUS_GATE` names the samples whose gate runs (comma separated; `none` for none, `all`
or unset for every one).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from djgen.errors import Diagnostics
from djgen.export import to_yaml
from djgen.export_jdl import to_jdl
from djgen.frontends.jdl.syntax import parse
from djgen.generators import plan
from djgen.load import load, load_data
from tests.projects import gate_env, make_check

ROOT = Path(__file__).parent.parent
CORPUS = Path(os.environ.get("DJGEN_CORPUS") or ROOT.parent / "shared" / "corpus") / "jdl"


def _samples() -> list[Path]:
    if not CORPUS.is_dir():
        return [CORPUS / "missing.jdl"]
    return sorted(p for p in CORPUS.iterdir() if p.suffix in {".jdl", ".jh"})


def _applications(sample: Path) -> int:
    if not sample.is_file():
        return 1
    model = parse(sample.read_text(encoding="utf-8"), str(sample), Diagnostics())
    assert model is not None, f"{sample.name} does not parse"
    return len(model.applications)


def _gated(samples: list[Path]) -> list[Path]:
    chosen = os.environ.get("DJGEN_CORPUS_GATE", "all")
    if chosen == "all":
        return samples
    names = {name.strip() for name in chosen.split(",")}
    return [s for s in samples if s.name in names]


SAMPLES = _samples()
SINGLE = _gated([s for s in SAMPLES if _applications(s) <= 1])


@pytest.fixture
def sample(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    if not CORPUS.is_dir():
        message = f"the JDL corpus is not at {CORPUS} (set DJGEN_CORPUS to its parent)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name, indirect=True)
def test_sample_validates_and_generates(sample: Path) -> None:
    project = load(sample).project
    files = plan(project)
    for app in project.apps:
        assert f"apps/{app.name}/models.py" in files
    assert "pyproject.toml" in files


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name, indirect=True)
def test_sample_written_back_loads_into_the_same_model(sample: Path) -> None:
    project = load(sample).project
    as_yaml = load_data(to_yaml(project).encode(), "twin.yaml").project
    assert as_yaml.canonical_json() == project.canonical_json()
    as_jdl = load_data(to_jdl(project).encode(), f"{sample.stem}.jdl").project
    assert as_jdl.canonical_json() == project.canonical_json()


@pytest.mark.e2e
@pytest.mark.parametrize("sample", SINGLE, ids=lambda p: p.name, indirect=True)
def test_single_application_sample_passes_its_gate_on_sqlite(
    sample: Path, generated, project_venv: Path
) -> None:
    model = load(sample).project.canonical_json()
    twin = next((s for s in SINGLE if load(s).project.canonical_json() == model), sample)
    if twin != sample:
        pytest.skip(f"the same model as {twin.name}, whose project is gated")
    make_check(generated(sample), project_venv, gate_env(project_venv))
