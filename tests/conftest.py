"""Shared pytest options for djgen's own tests."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite the golden snapshots in tests/golden from the current generator output.",
    )
