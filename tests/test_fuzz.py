"""Property: whatever a spec is mutated into, loading it gives a model or djgen's own error,
every diagnostic located inside the input. Never another exception."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts.mutation import check, mutate

ROOT = Path(__file__).parent.parent
SPECS = sorted([*(ROOT / "examples").glob("*.*"), *(ROOT / "tests" / "data").glob("*.*")])


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_specs_only_raise_located_djgen_errors(spec: Path, data: st.DataObject) -> None:
    def pick(low: int, high: int) -> int:
        return data.draw(st.integers(low, high))

    check(mutate(spec.read_bytes(), pick), spec.name)


@pytest.mark.parametrize("suffix", [".mmd", ".yaml", ".md"])
@settings(max_examples=100, deadline=None)
@given(noise=st.binary(max_size=200))
def test_random_bytes_only_raise_located_djgen_errors(suffix: str, noise: bytes) -> None:
    check(noise, f"noise{suffix}")
