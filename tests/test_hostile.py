"""The hostile-input suite derived from the domain model: which list parameters and written
fields each example's generated tests attack, and with what."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from djgen.generators import hostile as hostile_generator
from djgen.load import load
from djgen.lowering.hostile import FORGED_CURSOR_COUNT, hostile_list, hostile_write
from djgen.lowering.listing import listing
from djgen.model import Project
from djgen.render import render

EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="module")
def blog() -> Project:
    return load(EXAMPLES / "blog.mmd").project


@pytest.fixture(scope="module")
def kitchen_sink() -> Project:
    return load(EXAMPLES / "kitchen-sink.md").project


def test_every_list_parameter_is_attacked(blog: Project) -> None:
    posts = hostile_list(listing(blog, blog.entity("Post")))
    assert {"title__icontains", "published_at__gte", "tags__in", "search", "ordering"} <= set(
        posts.parameters
    )
    assert posts.parameters[-2:] == ("cursor", "page_size")


def test_cursor_lists_refuse_forged_cursors_and_times_beyond_utc(blog: Project) -> None:
    refused = hostile_list(listing(blog, blog.entity("Post"))).refused
    assert [v for p, v in refused if p == "cursor"] == [
        f"FORGED_CURSORS[{n}]" for n in range(FORGED_CURSOR_COUNT)
    ]
    assert ("published_at__gte", "LATEST_DATETIME") in refused
    assert ("published_at__lt", "EARLIEST_DATETIME") in refused
    assert ("search", "MANY_WORDS") in refused
    assert ("title__in", "NUL") not in refused  # answered, not necessarily refused


def test_a_page_number_list_has_no_cursor(blog: Project) -> None:
    tags = hostile_list(listing(blog, blog.entity("Tag")))
    assert "cursor" not in tags.parameters
    assert all(parameter != "cursor" for parameter, _ in tags.refused)


def test_writes_refuse_values_of_each_field_type(kitchen_sink: Project) -> None:
    asset = hostile_write(kitchen_sink.entity("Asset"))
    assert asset is not None
    refused = set(asset.refused)
    assert {
        ("specs", "DEEP_JSON"),
        ("specs", "NUL_IN_JSON"),
        ("warranty", "HUGE_DURATION"),
        ("blob", "NOT_BASE64"),
        ("name", "SURROGATE"),
        ("room", "NUL"),
    } <= refused
    assert ("weight", "HUGE_NUMBER") not in refused  # a float holds 1e30


def test_entities_clients_do_not_write_have_no_write_cases(kitchen_sink: Project) -> None:
    assert hostile_write(kitchen_sink.entity("Log")) is None
    assert hostile_write(kitchen_sink.entity("Member")) is None


def test_the_generated_helpers_hold_as_many_forged_cursors_as_the_cases_use() -> None:
    module = render("hostile/core/hostile.py.jinja")
    block = module.split("FORGED_CURSORS = (", 1)[1].split("\n)", 1)[0]
    assert len(re.findall(r"^    \S", block, re.MULTILINE)) == FORGED_CURSOR_COUNT


def test_each_app_gets_a_hostile_module(blog: Project) -> None:
    files = hostile_generator.generate(blog)
    assert {"apps/core/hostile.py", "apps/core/tests/test_hostile_input.py"} <= set(files)
    module = files["apps/blog/tests/test_hostile_input.py"]
    assert 'pytest.param(POST_URL, "cursor", hostile.FORGED_CURSORS[0]' in module
    assert "a_token_that_is_not_ours" in files["apps/core/tests/test_hostile_input.py"]
