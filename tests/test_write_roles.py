"""Fields only staff, or staff and some roles, write: `staff_only` and `write_roles`, from the
spec to the write serializers and their generated tests."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from djgen.errors import Diagnostic, DjgenError
from djgen.export import to_yaml
from djgen.frontends.attribute import parse_field
from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.generators import plan
from djgen.generators.api import serializer
from djgen.load import load
from djgen.lowering.test_data import entity_tests
from djgen.lowering.writers import GuardedTests, guarded_help_text, guarded_tests
from djgen.model import Project
from djgen.resolve import resolve


def project(fields: dict[str, Any], features: Any = None, **comment: Any) -> Project:
    document = {
        "project": "blog",
        "features": {"roles": ["moderator", "editor"]} if features is None else features,
        "entities": {
            "User": {"user": True},
            "Comment": {"fields": {"body": "Text", **fields}, **comment},
        },
    }
    return resolve(SpecDocument.model_validate(document), SourceMap("t.yaml"))[0]


def errors(fields: dict[str, Any], features: Any = None) -> list[Diagnostic]:
    with pytest.raises(DjgenError) as raised:
        project(fields, features)
    return [d for d in raised.value.diagnostics if d.severity == "error"]


def test_the_shorthand_reads_both_options() -> None:
    assert parse_field("bool(default:false, staff_only)").spec["staff_only"] is True
    assert parse_field("bool(default:false, staff-only)").spec["staff_only"] is True
    roles = parse_field('String(optional, write_roles:[moderator, "chief editor"])')
    assert roles.spec["write_roles"] == ["moderator", "chief editor"]
    assert parse_field("String(optional, write_roles:moderator)").spec["write_roles"] == [
        "moderator"
    ]
    (problem,) = parse_field("String(optional, write_roles:[])").problems
    assert (problem.code, problem.hint) == ("DJG202", "write_roles:[editor]")


def test_the_model_carries_who_writes_a_field() -> None:
    comment = project(
        {
            "approved": {"type": "Boolean", "default": False, "staff_only": True},
            "pinned": {
                "type": "Boolean",
                "default": False,
                "write_roles": ["moderator", "moderator", "editor"],
            },
            "note": {"type": "String", "required": False, "staff-only": True},
        }
    ).entity("Comment")
    approved, pinned, note = comment.fields[1:]
    assert (approved.staff_only, approved.write_roles, approved.restricted) == (True, (), True)
    assert (pinned.staff_only, pinned.write_roles) == (False, ("moderator", "editor"))
    assert note.restricted
    assert not comment.fields[0].restricted


def test_inspect_yaml_round_trips_the_options(tmp_path: Path) -> None:
    diagram = tmp_path / "blog.mmd"
    diagram.write_text(
        "---\ndjgen:\n  features: {roles: [moderator]}\n---\nclassDiagram\n"
        "  class Comment {\n    approved: bool(default:false, staff_only)\n"
        "    pinned: bool(default:false, write_roles:[moderator])\n  }\n"
    )
    drawn = load(diagram).project
    written = tmp_path / "blog.yaml"
    written.write_text(to_yaml(drawn))
    assert "staff_only: true" in written.read_text()
    assert load(written).project.canonical_json() == drawn.canonical_json()


@pytest.mark.parametrize(
    ("spec", "features", "option", "hint"),
    [
        (
            {"type": "Boolean", "default": False, "write_roles": ["moderatr"]},
            None,
            "write_roles",
            "did you mean 'moderator'?",
        ),
        (
            {"type": "Boolean", "default": False, "write_roles": ["chief"]},
            {"roles": []},
            "write_roles",
            "add 'chief' to features.roles",
        ),
        (
            {"type": "Boolean", "default": False, "staff_only": True, "write_roles": ["editor"]},
            None,
            "write_roles",
            "keep write_roles alone: staff write such an attribute too",
        ),
        (
            {"type": "Boolean", "default": False, "write_roles": []},
            None,
            "write_roles",
            "use staff_only instead",
        ),
        (
            {"type": "Boolean", "default": False, "staff_only": True, "read_only": True},
            None,
            "staff_only",
            "keep read_only or staff_only",
        ),
        (
            {"type": "Boolean", "default": False, "staff_only": True},
            {"auth": "none"},
            "staff_only",
            "use auth: jwt or auth: session, or remove staff_only",
        ),
        (
            {"type": "Boolean", "staff_only": True},
            None,
            "staff_only",
            "give it a default (default:false) or make it optional",
        ),
        (
            {"type": "String", "required": True, "write_roles": ["editor"]},
            None,
            "write_roles",
            "give it a default (default:false) or make it optional",
        ),
    ],
)
def test_marks_that_cannot_hold_are_djg202_at_the_option(
    spec: dict[str, Any], features: Any, option: str, hint: str
) -> None:
    document = {
        "project": "blog",
        "features": features or {"roles": ["moderator", "editor"]},
        "entities": {"Comment": {"fields": {"flag": spec}}},
    }
    key = ("entities", "Comment", "fields", "flag", option)
    source = SourceMap("t.yaml")
    source.add(key, 7, 9)
    with pytest.raises(DjgenError) as raised:
        resolve(SpecDocument.model_validate(document), source)
    (diag,) = [d for d in raised.value.diagnostics if d.severity == "error"]
    assert (diag.code, diag.hint, diag.loc.line, diag.loc.col) == ("DJG202", hint, 7, 9)


@pytest.mark.parametrize(
    "spec",
    [
        {"type": "User", "staff_only": True, "required": False},
        {"type": "File", "staff_only": True, "required": False},
        {"type": "DateTime", "staff_only": True},
    ],
    ids=["relation", "file", "timestamp"],
)
def test_kinds_the_options_do_not_apply_to_are_djg211(spec: dict[str, Any]) -> None:
    name = "created_at" if spec["type"] == "DateTime" else "flag"
    assert [d.code for d in errors({name: spec})] == ["DJG211"]


def test_a_diagram_locates_an_undeclared_role(tmp_path: Path) -> None:
    diagram = tmp_path / "blog.mmd"
    diagram.write_text(
        "---\ndjgen:\n  features: {roles: [moderator]}\n---\nclassDiagram\n"
        "  class Comment {\n    pinned: bool(default:false, write_roles:[editor])\n  }\n"
    )
    with pytest.raises(DjgenError) as raised:
        load(diagram)
    (diag,) = raised.value.diagnostics
    assert (diag.code, diag.loc.line) == ("DJG202", 7)
    assert diag.hint == "add 'editor' to features.roles"


def guarded_project(**comment: Any) -> Project:
    return project(
        {
            "approved": {"type": "Boolean", "default": False, "staff_only": True},
            "pinned": {"type": "Boolean", "default": False, "write_roles": ["moderator"]},
            "author": "User",
        },
        **comment,
    )


def test_the_write_serializer_lists_the_guarded_fields() -> None:
    comment = guarded_project().entity("Comment")
    written = serializer(comment)
    assert written.base == "WriteRolesSerializer"
    assert written.write_roles == (("approved", ()), ("pinned", ("moderator",)))
    assert dict(written.extra_kwargs)["pinned"] == (
        ("help_text", "Only staff, or members of moderator, may set or change it."),
    )
    assert serializer(guarded_project().user).base == "WriteSerializer"


def test_the_help_text_keeps_the_specs() -> None:
    field = project({"x": {"type": "Int", "default": 0, "staff_only": True, "help": "Score."}})
    assert guarded_help_text(field.entity("Comment").fields[1]) == (
        "Score. Only staff may set or change it."
    )


def test_other_tests_never_send_a_guarded_field() -> None:
    comment = guarded_project().entity("Comment")
    assert dict(entity_tests(comment).writable) == {"body": "body", "author": "author"}


def guarded(**comment: Any) -> GuardedTests | None:
    made = guarded_project(**comment)
    return guarded_tests(made, made.entity("Comment"))


def test_writers_in_no_role_are_tested_where_they_may_write_rows() -> None:
    plain = guarded(write="users")
    assert plain is not None
    assert (plain.plain, plain.writer_roles, plain.member_roles) == (("create", "update"), (), ())
    assert [f.role for f in plain.with_roles] == ["moderator"]
    roles = guarded(
        write="users", permissions={"create": ["moderator", "editor"], "update": ["moderator"]}
    )
    assert roles is not None
    assert (roles.plain, roles.writer_roles, roles.member_roles) == (
        ("create",),
        ("editor",),
        ("editor", "moderator"),
    )
    readonly = guarded(readonly=True)
    assert readonly is not None
    assert (readonly.plain, readonly.with_roles) == ((), ())
    made = guarded_project()
    assert guarded_tests(made, made.user) is None


def test_where_only_staff_write_rows_no_plain_user_or_member_is_tested() -> None:
    staff = guarded()  # the default: staff write rows that no role is named for
    assert staff is not None
    assert (staff.plain, staff.with_roles) == ((), ())
    named = guarded(permissions={"create": ["editor"], "update": ["editor"]})
    assert named is not None
    assert (named.plain, named.writer_roles) == (("create", "update"), ("editor",))
    assert [f.role for f in named.with_roles] == ["moderator"]


def test_generated_files_only_where_fields_are_guarded() -> None:
    files = plan(guarded_project())
    assert {"apps/core/write_roles.py", "apps/blog/tests/test_write_roles.py"} <= set(files)
    ast.parse(files["apps/blog/tests/test_write_roles.py"])
    serializers = files["apps/blog/serializers.py"]
    assert "class CommentSerializer(WriteRolesSerializer):" in serializers
    unguarded = plan(project({}))
    assert not any("write_roles" in path for path in unguarded)


def test_a_guarded_user_field_is_tested_through_me() -> None:
    document = {
        "project": "blog",
        "features": {"roles": ["moderator"]},
        "entities": {
            "User": {
                "user": True,
                "fields": {
                    "verified": {"type": "Boolean", "default": False, "write_roles": ["moderator"]}
                },
            }
        },
    }
    files = plan(resolve(SpecDocument.model_validate(document), SourceMap("t.yaml"))[0])
    tests = files["apps/blog/tests/test_write_roles.py"]
    assert 'ME_URL = reverse_lazy("auth:me")' in tests
    assert "def test_role_member_changes_their_own_guarded_field" in tests
    assert "class UserSerializer(WriteRolesSerializer):" in files["apps/blog/serializers.py"]
