"""Authentication and permissions: the spec options, their checks, and the generated files."""

from __future__ import annotations

from typing import Any

import pytest

from djgen.errors import DjgenError
from djgen.export import to_document
from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.generators import plan
from djgen.generators.auth import permission_test_imports
from djgen.lowering.imports import Import
from djgen.lowering.policy import policy
from djgen.model import Project
from djgen.resolve import resolve
from djgen.vocabulary import ReadAccess, Visibility


def spec(features: dict[str, Any] | None = None, **post: Any) -> dict[str, Any]:
    return {
        "project": "blog",
        "features": features or {"roles": ["editor"]},
        "entities": {
            "User": {"user": True},
            "Post": {
                "fields": {"title": {"type": "String", "max": 80}, "author": {"type": "User"}},
                **post,
            },
        },
    }


def load(document: dict[str, Any]) -> Project:
    return resolve(SpecDocument.model_validate(document), SourceMap("t.yaml"))[0]


def codes(document: dict[str, Any]) -> list[str]:
    with pytest.raises(DjgenError) as raised:
        load(document)
    return [d.code for d in raised.value.diagnostics if d.code != "DJG304"]


def test_owned_entities_default_to_owner_visibility() -> None:
    post = load(spec(owner="author")).entity("Post")
    assert post.visibility is Visibility.OWNER
    assert load(spec()).entity("Post").visibility is None


def test_visibility_needs_an_owner() -> None:
    assert codes(spec(visibility="all")) == ["DJG202"]


def test_permissions_name_declared_roles() -> None:
    assert codes(spec(permissions={"create": ["editr"]})) == ["DJG202"]
    assert codes(spec({"roles": ["editor", "editor"]})) == ["DJG202"]


def test_owner_and_roles_need_authentication() -> None:
    none = {"auth": "none", "roles": ["editor"]}
    assert codes(spec(none, owner="author")) == ["DJG202"]
    assert codes(spec(none, permissions={"delete": ["editor"]})) == ["DJG202"]


def test_visibility_and_permissions_round_trip() -> None:
    project = load(spec(owner="author", visibility="all", permissions={"update": ["editor"]}))
    again = load(to_document(project).model_dump(exclude_none=True, exclude_unset=True))
    assert again.canonical_json() == project.canonical_json()


def test_policy_of_an_owned_entity_with_roles() -> None:
    project = load(spec(owner="author", permissions={"create": ["editor"]}))
    found = policy(project, project.entity("Post"))
    assert found.mixins == ("OwnedViewSetMixin",)
    assert found.permission_classes == ("AccessPolicy", "IsOwnerOrAdmin | ReadOnly")
    assert (found.read_access, found.write_access) == ("users", "users")
    assert found.owner_field == "author"
    assert found.required_roles == (("create", ("editor",)),)
    assert found.imports == {
        Import("apps.core.ownership", "OwnedViewSetMixin"),
        Import("apps.core.permissions", "AccessPolicy"),
        Import("apps.core.permissions", "IsOwnerOrAdmin"),
        Import("apps.core.permissions", "ReadOnly"),
    }


def test_read_public_shows_every_row_of_an_owned_entity() -> None:
    assert load(spec(owner="author", read="public")).entity("Post").visibility is Visibility.ALL
    assert codes(spec(owner="author", read="public", visibility="owner")) == ["DJG202"]


def test_access_options_that_contradict() -> None:
    assert codes(spec(readonly=True, write="users")) == ["DJG202"]
    assert codes(spec(owner="author", inherit_owner=False)) == ["DJG202"]
    none = {"auth": "none"}
    assert codes(spec(none, read="users")) == ["DJG202"]
    assert codes(spec(none, write="staff")) == ["DJG202"]
    assert codes(spec({"auth": "none", "default_access": {"write": "users"}})) == ["DJG202"]
    assert load(spec(none, read="public")).entity("Post").read is ReadAccess.PUBLIC


def test_jwt_project_files() -> None:
    files = plan(load(spec(owner="author", permissions={"create": ["editor"]})))
    views = files["apps/blog/views.py"]
    assert "owner_field = " in views and "required_roles = " in views
    assert '"author"' in files["apps/blog/serializers.py"].split("read_only_fields")[1]
    roles = files["apps/blog/migrations/0002_roles.py"]
    assert '("blog", "0001_initial")' in roles
    assert "rest_framework_simplejwt.token_blacklist" in files["config/settings/base.py"]
    assert "djangorestframework-simplejwt" in files["pyproject.toml"]
    assert 'include("apps.core.auth.urls")' in files["config/urls.py"]
    assert "def test_expired_token" in files["apps/core/tests/test_auth.py"]
    assert "test_post_owner_is_the_creator" in files["apps/blog/tests/test_permissions.py"]
    assert "curl" in files["docs/authentication.md"]


def test_session_and_open_projects() -> None:
    session = plan(load(spec({"auth": "session"})))
    assert "refresh/" not in session["apps/core/auth/urls.py"]
    assert "simplejwt" not in session["config/settings/base.py"]
    assert '"rest_framework.permissions.IsAuthenticated",' in session["config/settings/base.py"]
    assert "def test_unsafe_requests_need_the_csrf_token" in session["apps/core/tests/test_auth.py"]
    opened = plan(load(spec({"auth": "none"})))
    assert "apps/core/auth/urls.py" not in opened
    assert "AllowAny" in opened["config/settings/base.py"]
    assert "test_anonymous_cannot_write" not in opened["apps/blog/tests/test_post.py"]


def test_permission_tests_import_the_owners_factory_and_the_role_helper() -> None:
    project = load(spec(owner="author", permissions={"create": ["editor"]}))
    post = project.entity("Post")
    imports = permission_test_imports(project, "blog", [post])
    assert Import("apps.blog.factories", "UserFactory") in imports  # owners are users
    assert Import("apps.blog.factories", "PostFactory") in imports
    assert Import("apps.blog.models", "Post") in imports
    assert Import("apps.core.testing", "grant_roles") in imports
    open_project = load(spec())
    plain = permission_test_imports(open_project, "blog", [open_project.entity("Post")])
    assert Import("apps.core.testing", "grant_roles") not in plain
    assert Import("apps.blog.models", "Post") not in plain
