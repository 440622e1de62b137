"""The generated test suite: one module per concrete entity, built from the factories, and the
helpers they share written once in apps/core/testing.py."""

from __future__ import annotations

import ast
import re

import pytest

from djgen.generators import plan, tests
from djgen.lowering import test_data
from djgen.lowering.access_tests import clients
from djgen.lowering.imports import Import
from djgen.model import Project
from tests.test_generate_factories import RICH_SPEC, load_spec


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    return load_spec(RICH_SPEC, tmp_path_factory.mktemp("spec"))


@pytest.fixture(scope="module")
def files(project: Project) -> dict[str, str]:
    return dict(tests.generate(project))


def functions(source: str) -> set[str]:
    return {n.name for n in ast.parse(source).body if isinstance(n, ast.FunctionDef)}


def constant(source: str, name: str) -> object:
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == name:
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned")


def test_one_module_per_concrete_entity(project, files):
    expected = {"apps/core/testing.py"}
    for entity in project.concrete_entities:
        expected |= {f"apps/{entity.app}/tests/test_{entity.snake}.py"}
        expected |= {f"apps/{entity.app}/tests/__init__.py"}
    assert set(files) == expected
    for source in files.values():
        ast.parse(source)


def test_an_entity_named_like_a_shared_test_module_gets_its_own(tmp_path) -> None:
    spec = {"project": "shop", "entities": {"Pagination": {"fields": {"size": "int"}}}}
    written = plan(load_spec(spec, tmp_path))  # raises if two generators write one file
    assert "apps/shop/tests/test_pagination.py" in written
    assert "apps/shop/tests/test_pagination_model.py" in written


def test_an_entity_without_writable_fields_types_its_empty_fields(tmp_path) -> None:
    spec = {"project": "shop", "entities": {"Tag": {}}}
    written = plan(load_spec(spec, tmp_path))
    assert re.search(r"FIELDS: dict\[str, str\] = \{\s*\}", written["apps/shop/tests/test_tag.py"])


def test_shared_helpers_are_written_once(files):
    assert {"api_payload", "send", "field_errors", "all_keys"} <= functions(
        files["apps/core/testing.py"]
    )
    for path, source in files.items():
        if path != "apps/core/testing.py":
            assert "def api_payload" not in source


def test_writable_entity_covers_crud_validation_and_permissions(files):
    source = files["apps/library/tests/test_book.py"]
    assert {
        "test_factory_builds_a_valid_book",
        "test_str_is_not_empty",
        "test_list",
        "test_retrieve",
        "test_create",
        "test_update",
        "test_partial_update",
        "test_delete",
        "test_anonymous_cannot_write",
        "test_create_without_a_required_field",
        "test_create_with_a_taken_unique_value",
        "test_create_repeating_title_author",
        "test_create_with_an_invalid_value",
    } <= functions(source)
    assert 'reverse_lazy("library:book-list")' in source
    assert '{"count", "next", "previous", "results"}' in source  # limit/offset
    assert "status.HTTP_401_UNAUTHORIZED" in source  # JWT authentication comes first


def test_fields_are_keyed_by_api_name_without_read_only_ones(files):
    fields = constant(files["apps/library/tests/test_book.py"], "FIELDS")
    assert isinstance(fields, dict)
    assert fields["from_value"] == "from"
    assert "genres" not in fields  # written through the BookGenre endpoint
    assert "author" in fields and "editor" in fields
    readable = constant(files["apps/library/tests/test_author.py"], "READABLE")
    assert isinstance(readable, set)
    assert {"id", "created_at", "friends"} <= readable
    assert "created_at" not in constant(files["apps/library/tests/test_author.py"], "FIELDS")


def test_required_unique_and_invalid_parameters(project):
    book = test_data.entity_tests(project.entity("Book"))
    assert "title" in book.required and "author" in book.required
    assert "editor" not in book.required and "cover" not in book.required
    assert "in_print" not in book.required  # a required file makes the body a form
    assert ("slug", "slug") in book.unique
    reasons = {(i.api_name, i.reason) for i in book.invalid}
    assert {
        ("title", "too-long"),
        ("title", "too-short"),
        ("isbn", "pattern-mismatch"),
        ("pages", "below-min"),
        ("pages", "above-max"),
        ("score", "above-max"),
    } <= reasons
    author = test_data.entity_tests(project.entity("Author"))
    assert "status" not in author.required  # it has a default
    assert ("status", "not-a-choice") in {(i.api_name, i.reason) for i in author.invalid}
    assert author.envelope == ("next", "previous", "results") and not author.counts


def test_multipart_bodies_skip_missing_booleans(project):
    spec = test_data.entity_tests(project.entity("Book"))
    assert test_data.multipart(project.entity("Book"))
    assert not test_data.multipart(project.entity("Genre"))
    assert "featured" in test_data.entity_tests(project.entity("Genre")).required
    assert "weight" in test_data.entity_tests(project.entity("BookGenre")).required
    assert spec.compared == ("title", "title")


def test_readonly_entity_refuses_writes(files):
    source = files["apps/geo/tests/test_country.py"]
    names = functions(source)
    assert "test_writes_are_not_allowed" in names
    assert "test_create" not in names
    assert "HTTP_403_FORBIDDEN" in source  # only admins write


def test_user_entity_hides_the_password(files):
    source = files["apps/accounts/tests/test_user.py"]
    names = functions(source)
    assert {
        "test_anonymous_cannot_list",
        "test_list_shows_only_the_signed_in_user",
        "test_staff_list_every_user",
        "test_another_users_account_is_not_found",
        "test_factory_password_logs_in",
    } <= names
    assert source.count('"password" not in all_keys(') == 2
    assert "test_create" not in names


def test_an_entity_with_nothing_to_write_types_its_empty_fields(tmp_path) -> None:
    project = load_spec({"project": "shop", "entities": {"Marker": {}}}, tmp_path)
    source = dict(tests.generate(project))["apps/shop/tests/test_marker.py"]
    annotated = [n for n in ast.parse(source).body if isinstance(n, ast.AnnAssign)]
    assert [(ast.unparse(n.target), ast.unparse(n.annotation)) for n in annotated] == [
        ("FIELDS", "dict[str, str]")
    ]


def test_each_module_imports_its_factory_model_and_the_helpers_it_calls(project: Project):
    user = tests.entity_test_imports(
        project.entity("User"), clients(project, project.entity("User"))
    )
    assert Import("apps.accounts.factories", "UserFactory") in user
    assert Import("apps.accounts.models", "User") in user
    assert {i.name for i in user if i.module == "apps.core.testing"} == {"all_keys"}
    book = tests.entity_test_imports(
        project.entity("Book"), clients(project, project.entity("Book"))
    )
    helpers = {i.name for i in book if i.module == "apps.core.testing"}
    assert helpers == {"api_payload", "field_errors", "send"}  # no roles: no grant_roles
