"""The next migrations `djgen update` writes are planned on the tables that may have changed and
those they point at; planned on every table, they would be the same. Checked through every
change of the end-to-end scenario and through random changes of the property test."""

from __future__ import annotations

import copy
import random
from collections.abc import Callable, Iterator

import pytest
import yaml

from djgen.load import load_data
from djgen.lowering.model_changes import changed_tables
from djgen.lowering.next_migrations import next_migrations
from djgen.model import Project
from tests.test_update_e2e import START as SHELF
from tests.test_update_e2e import STEPS
from tests.test_update_property import START as LIBRARY
from tests.test_update_property import Changes

Spec = dict[str, object]


def _project(spec: Spec) -> Project:
    return load_data(yaml.safe_dump(spec, sort_keys=False).encode(), "spec.yaml").project


def _recorded(project: Project) -> Project:
    """The model as the project's record keeps it, which an update reads as the previous one."""
    return Project.model_validate(project.model_dump(mode="json"))


def _scenario() -> Iterator[tuple[Project, Project]]:
    spec = copy.deepcopy(SHELF)
    for _, change in STEPS:
        previous = _project(spec)
        change(spec)
        yield _recorded(previous), _project(spec)


# Inheritance: a multi-table child gains a field, its parent loses its table (it becomes
# abstract, and the child takes its fields), so does an entity nothing extends or points at,
# and a new child extends another entity.
FAMILY: Spec = {
    "project": "zoo",
    "features": {"cache": "none"},
    "entities": {
        "Animal": {"fields": {"name": "String(max:50, optional)"}},
        "Bird": {"extends": "Animal", "fields": {"wings": "Integer(default:2)"}},
        "Keeper": {"fields": {"name": "String(max:50)", "pet": "Bird(optional)"}},
        "Pen": {"fields": {"size": "Integer(optional)"}},
    },
}
FAMILY_STEPS: list[Callable[[Spec], None]] = [
    lambda s: s["entities"]["Bird"]["fields"].update(song="String(max:20, optional)"),
    lambda s: s["entities"]["Animal"].update(abstract=True),
    lambda s: s["entities"]["Pen"].update(abstract=True),  # a table no other one points at
    lambda s: s["entities"].update(
        Parrot={"extends": "Bird", "fields": {"words": "Integer(default:0)"}}
    ),
]


def _family() -> Iterator[tuple[Project, Project]]:
    spec = copy.deepcopy(FAMILY)
    for change in FAMILY_STEPS:
        previous = _project(spec)
        change(spec)
        yield _recorded(previous), _project(spec)


def _random(count: int) -> Iterator[tuple[Project, Project]]:
    spec = copy.deepcopy(LIBRARY)
    changes = Changes(random.Random(17))
    for _ in range(count):
        previous = _project(spec)
        changes.any(spec)
        yield _recorded(previous), _project(spec)


def _planned(previous: Project, current: Project) -> list[tuple[str, str]]:
    existing = {app.name: ["0001_initial"] for app in previous.apps}
    return [(m.path, m.source) for m in next_migrations(previous, current, existing)]


@pytest.mark.parametrize(
    "pairs", [_scenario, _family, lambda: _random(120)], ids=["scenario", "inheritance", "random"]
)
def test_the_tables_that_may_have_changed_plan_what_every_table_plans(
    pairs, monkeypatch: pytest.MonkeyPatch
) -> None:
    planned = [(_planned(previous, current), previous, current) for previous, current in pairs()]
    monkeypatch.setattr("djgen.lowering.next_migrations.changed_tables", lambda *_: None)
    for restricted, previous, current in planned:
        assert restricted == _planned(previous, current)


def test_a_field_added_leaves_the_tables_that_do_not_point_at_its_entity_out() -> None:
    spec = copy.deepcopy(SHELF)
    previous = _recorded(_project(spec))
    STEPS[0][1](spec)  # a field added to Book
    scope = changed_tables(previous, _project(spec))
    assert scope == ({"Author", "Book"}, {"Author", "Book"})
