"""The permission classes, the role groups, and a walk over the whole API proving that no
answer shows a password or its hash."""

from types import SimpleNamespace
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.urls import reverse
from rest_framework import status
from rest_framework.test import APIRequestFactory
from rest_framework.throttling import SimpleRateThrottle

from apps.conference.factories import UserFactory
from apps.core.permissions import (
    AccessPolicy,
    IsAdmin,
    IsOwner,
    IsOwnerOrAdmin,
    IsOwnerOrReadOnly,
    IsSuperUser,
    ReadOnly,
)
from apps.core.testing import OPENAPI_JSON, all_keys, grant_roles

pytestmark = pytest.mark.django_db

User = get_user_model()


def request(method: str, user) -> Any:
    factory_request = getattr(APIRequestFactory(), method.lower())("/")
    factory_request.user = user
    return factory_request


class Row:
    """Stands for a model instance owned through `owner`."""

    class _meta:
        @staticmethod
        def get_field(name):
            return SimpleNamespace(attname=f"{name}_id")

    def __init__(self, owner) -> None:
        self.owner_id = owner.pk


VIEW = SimpleNamespace(owner_field="owner", action="create", required_roles={})


def test_admin_and_superuser():
    staff, superuser, plain = (
        UserFactory.create(is_staff=True),
        UserFactory.create(is_superuser=True),
        UserFactory.create(),
    )

    assert IsAdmin().has_permission(request("GET", staff), VIEW)
    assert not IsAdmin().has_permission(request("GET", plain), VIEW)
    assert IsSuperUser().has_permission(request("GET", superuser), VIEW)
    assert not IsSuperUser().has_permission(request("GET", staff), VIEW)


def test_owner_permissions():
    owner, other, admin = (
        UserFactory.create(),
        UserFactory.create(),
        UserFactory.create(is_staff=True),
    )
    row = Row(owner)

    assert IsOwner().has_object_permission(request("PUT", owner), VIEW, row)
    assert not IsOwner().has_object_permission(request("PUT", other), VIEW, row)
    assert IsOwnerOrReadOnly().has_object_permission(request("GET", other), VIEW, row)
    assert not IsOwnerOrReadOnly().has_object_permission(
        request("PUT", other), VIEW, row
    )
    assert IsOwnerOrAdmin().has_object_permission(request("PUT", admin), VIEW, row)
    assert not IsOwnerOrAdmin().has_object_permission(request("PUT", other), VIEW, row)


def test_read_only():
    user = UserFactory.create()

    assert ReadOnly().has_permission(request("GET", user), VIEW)
    assert not ReadOnly().has_permission(request("POST", user), VIEW)


def access_view(action: str, **access: Any) -> SimpleNamespace:
    declared = {"read_access": "users", "write_access": "staff", "required_roles": {}}
    return SimpleNamespace(action=action, **(declared | access))


def test_access_policy_reads():
    plain, anonymous = UserFactory.create(), AnonymousUser()

    assert AccessPolicy().has_permission(request("GET", plain), access_view("list"))
    assert not AccessPolicy().has_permission(
        request("GET", anonymous), access_view("list")
    )
    public = access_view("list", read_access="public")
    assert AccessPolicy().has_permission(request("GET", anonymous), public)


def test_access_policy_writes():
    plain, staff = UserFactory.create(), UserFactory.create(is_staff=True)

    assert not AccessPolicy().has_permission(
        request("POST", plain), access_view("create")
    )
    assert AccessPolicy().has_permission(request("POST", staff), access_view("create"))
    by_users = access_view("destroy", write_access="users")
    assert AccessPolicy().has_permission(request("DELETE", plain), by_users)
    assert not AccessPolicy().has_permission(
        request("DELETE", AnonymousUser()), by_users
    )


def test_access_policy_roles():
    roles = {"create": ["editor"]}
    member, other = UserFactory.create(), UserFactory.create()
    grant_roles(member, "editor")
    create = access_view("create", write_access="users", required_roles=roles)

    assert AccessPolicy().has_permission(request("POST", member), create)
    assert not AccessPolicy().has_permission(request("POST", other), create)
    assert AccessPolicy().has_permission(
        request("POST", UserFactory.create(is_staff=True)), create
    )
    # A kind of write the roles do not name falls to write_access: staff here.
    update = access_view("update", required_roles=roles)
    assert not AccessPolicy().has_permission(request("PUT", member), update)


def strings(data: Any) -> set[str]:
    """Every string value of a JSON document, at any depth."""
    if isinstance(data, dict):
        return set().union(*(strings(value) for value in data.values()))
    if isinstance(data, list):
        return set().union(*(strings(item) for item in data))
    return {data} if isinstance(data, str) else set()


def key_names(paths: list[str]) -> dict[str, str]:
    """The name each list path shows its rows' key under: its detail path's parameter."""
    found = {}
    for path in paths:
        listed, _, last = path.rstrip("/").rpartition("/")
        if last.startswith("{"):
            found[f"{listed}/"] = last.strip("{}")
    return found


def concrete(path: str, first_ids: dict[str, Any]) -> str | None:
    """The path with each parameter replaced by the first row of the list before it, or None
    when that list was empty."""
    parts = path.split("/")
    for i, part in enumerate(parts):
        if part.startswith("{"):
            listed = "/".join(parts[:i]) + "/"
            if listed not in first_ids:
                return None
            parts[i] = str(first_ids[listed])
    return "/".join(parts)


def test_no_answer_shows_a_password(admin_client, monkeypatch):
    """GET every path of the OpenAPI schema, lists first and then one row of each, as an
    admin (who sees every row). A walk over every path, not a test of the rate limits: a
    project with many entities asks more than a burst allows."""
    monkeypatch.setattr(
        SimpleRateThrottle, "allow_request", lambda self, request, view: True
    )
    call_command("seed", count=2)
    hashes = set(User.objects.values_list("password", flat=True))
    schema = admin_client.get(reverse("schema"), HTTP_ACCEPT=OPENAPI_JSON).json()
    paths = [
        path for path, operations in schema["paths"].items() if "get" in operations
    ]
    first_ids: dict[str, Any] = {}
    keys = key_names(paths)
    answers = []
    for template in sorted(paths, key=lambda p: p.count("{")):
        path = concrete(template, first_ids)
        if path is None:
            continue
        response = admin_client.get(path)
        assert response.status_code == status.HTTP_200_OK, path
        data = response.json()
        answers.append(data)
        if isinstance(data, dict) and data.get("results"):
            first_ids[path] = data["results"][0][keys.get(path, "id")]

    assert len(answers) >= len(paths) // 2
    for data in answers:
        assert "password" not in all_keys(data)
        assert not strings(data) & hashes
