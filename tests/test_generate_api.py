"""The API generators (serializers, viewsets, routers) on the rich project of the model tests."""

from __future__ import annotations

import ast
from pathlib import Path

import yaml

from djgen.generators import api
from djgen.lowering import policy
from djgen.model import Project
from tests import test_generate_models as shared
from tests.test_generate_models import django, django_json, generated_files

# The rich project and its generated tree, as the model tests build them.
rich = shared.rich
rich_tree = shared.rich_tree


def test_every_app_gets_its_api_modules(rich: Project) -> None:
    files = generated_files(rich)
    for app in ("accounts", "blog", "shop"):
        for module in ("serializers", "views", "urls"):
            ast.parse(files[f"apps/{app}/{module}.py"])


def test_a_viewset_lists_the_entitys_options(rich: Project) -> None:
    post = api.viewset(rich, rich.entity("Post"))
    assert post.base == "ModelViewSet"
    assert post.pagination_class == "CursorPagination"
    assert post.ordering == ("-created_at", "title", "pk")
    assert set(post.list_queryset.select_related) == {"author", "editor", "category"}
    assert {p.path for p in post.list_queryset.prefetch} == {"tags", "readers"}
    assert [c.name for c in post.detail_queryset.counts] == ["readings"]
    assert post.filterset_class == "PostFilter"
    assert post.search_fields == ("title", "content")
    assert not {"meta", "blob", "attachment", "secret", "from_value"} & set(post.ordering_fields)
    assert api.viewset(rich, rich.entity("Country")).base == "ModelViewSet"  # admins write
    country = policy.policy(rich, rich.entity("Country"))
    assert country.permission_classes == ("AccessPolicy",)
    assert (country.read_access, country.write_access) == ("users", "staff")
    assert api.viewset(rich, rich.entity("User")).base == "ReadOnlyModelViewSet"
    assert api.viewset(rich, rich.entity("Tag")).pagination_class == "LimitOffsetPagination"


def test_serializers_expose_api_names(rich_tree: Path) -> None:
    facts = django_json(
        rich_tree,
        """
        from apps.accounts.serializers import UserSerializer
        from apps.blog.serializers import PostSerializer
        from apps.shop.serializers import BookSerializer
        post = PostSerializer().fields
        user = UserSerializer().fields
        print(json.dumps({
            "post": list(post),
            "sources": {name: post[name].source for name in ("from", "class", "objects")},
            "secret_write_only": post["secret"].write_only,
            "readers_read_only": post["readers"].read_only,
            "score_read_only": post["score"].read_only,
            "created_read_only": post["created_at"].read_only,
            "user": list(user),
            "is_staff_read_only": user["is_staff"].read_only,
            "book": list(BookSerializer().fields),
        }))
        """,
    )
    assert facts["post"][0] == "id"
    assert {"from", "class", "objects", "author", "tags", "readers"} <= set(facts["post"])
    assert not {"from_value", "class_value", "objects_value"} & set(facts["post"])
    assert facts["sources"] == {
        "from": "from_value",
        "class": "class_value",
        "objects": "objects_value",
    }
    assert facts["secret_write_only"]
    assert facts["readers_read_only"] and facts["score_read_only"] and facts["created_read_only"]
    assert facts["user"][:2] == ["id", "username"]
    assert {"email", "bio", "avatar", "is_staff"} <= set(facts["user"])
    assert not {"password", "is_superuser", "groups", "user_permissions"} & set(facts["user"])
    assert facts["is_staff_read_only"]
    assert facts["book"] == ["id", "name", "price", "isbn", "category"]


def test_the_api_answers(rich_tree: Path) -> None:
    facts = django_json(
        rich_tree,
        """
        from django.contrib.auth import get_user_model
        from django.db import connection
        from django.test.utils import CaptureQueriesContext
        from rest_framework.test import APIClient
        from apps.blog.models import Category, Post, Reading, Tag
        User = get_user_model()
        kim = User.objects.create_user("kim", "kim@example.com", "pw")
        anonymous = APIClient()
        client = APIClient()
        client.force_authenticate(kim)
        sam = User.objects.create_user("sam", "sam@example.com", "pw", is_staff=True)
        staff = APIClient()
        staff.force_authenticate(sam)
        category = Category.objects.create(name="News")
        tag = Tag.objects.create(label="django")
        created = client.post("/api/v1/posts/", {
            "title": "Hello", "content": "Body", "words": ["a"], "author": kim.pk,
            "category": category.pk, "tags": [tag.pk], "from": "north", "class": "A",
            "objects": 3, "secret": "s3cret",
        }, format="json")
        body = created.json()
        post = Post.objects.get(pk=body["id"])
        Reading.objects.create(post=post, user=kim)

        def list_queries():
            with CaptureQueriesContext(connection) as queries:
                answer = client.get("/api/v1/posts/")  # posts are owned: readers sign in
            return answer, len(queries)

        listed, few = list_queries()
        for n in range(4):
            extra = Post.objects.create(
                title=f"More {n}", content="x", words=[], author=kim, category=category
            )
            extra.tags.add(tag)
            Reading.objects.create(post=extra, user=kim)
        _, many = list_queries()
        print(json.dumps({
            "created": created.status_code,
            "renamed_saved": [post.from_value, post.class_value, post.objects_value],
            "renamed_shown": [body["from"], body["class"], body["objects"]],
            "secret_hidden": "secret" not in body,
            "secret_saved": post.secret,
            "readers": [
                reader["id"]
                for reader in client.get(f"/api/v1/posts/{post.pk}/").json()["readers"]
            ],
            "cursor_keys": sorted(listed.json()),
            "queries_flat": few == many,
            "anonymous_write": anonymous.post("/api/v1/tags/", {"label": "x"}).status_code,
            "readonly_create": client.post("/api/v1/countries/", {"code": "FR"}).status_code,
            "readonly_list": client.get("/api/v1/countries/").status_code,
            "anonymous_list": anonymous.get("/api/v1/countries/").status_code,
            "plain_write": client.post("/api/v1/categories/", {}, format="json").status_code,
            "users_anonymous": anonymous.get("/api/v1/users/").status_code,
            "users_signed_in": client.get("/api/v1/users/").status_code,
            "user_password": "password" in client.get(f"/api/v1/users/{kim.pk}/").json(),
            "users_write": client.post("/api/v1/users/", {"username": "x"}).status_code,
            "filter": client.get(f"/api/v1/posts/?category={category.pk}&status=DRAFT")
                .json()["results"].__len__(),
            "search": [p["title"] for p in client.get("/api/v1/posts/?search=Hello")
                .json()["results"]],
            "ordering": client.get("/api/v1/categories/?ordering=-name").status_code,
            "limit_offset": sorted(client.get("/api/v1/tags/?limit=1").json()),
            "page": sorted(client.get("/api/v1/categories/").json()),
            "bad_input": staff.post("/api/v1/categories/", {}, format="json").json(),
        }))
        """,
    )
    assert facts["created"] == 201
    assert facts["renamed_saved"] == ["north", "A", 3]
    assert facts["renamed_shown"] == ["north", "A", 3]
    assert facts["secret_hidden"] and facts["secret_saved"] == "s3cret"
    assert facts["readers"] == [1]
    assert facts["cursor_keys"] == ["next", "previous", "results"]
    assert facts["queries_flat"]
    assert facts["anonymous_write"] in (401, 403)
    assert facts["readonly_create"] == 403  # read-only for everyone but admins
    assert facts["readonly_list"] == 200
    assert facts["anonymous_list"] in (401, 403)  # signed-in users read by default
    assert facts["plain_write"] == 403  # and staff write
    assert facts["users_anonymous"] in (401, 403)
    assert facts["users_signed_in"] == 200
    assert not facts["user_password"]
    assert facts["users_write"] == 405
    assert facts["filter"] == 5
    assert facts["search"] == ["Hello"]
    assert facts["ordering"] == 200
    assert facts["limit_offset"] == ["count", "next", "previous", "results"]
    assert facts["page"] == ["count", "next", "previous", "results"]
    assert "name" in facts["bad_input"]


def test_routes_are_named_for_reverse(rich_tree: Path) -> None:
    facts = django_json(
        rich_tree,
        """
        from django.urls import NoReverseMatch, reverse
        try:
            reverse("shop:country-list", urlconf=None)
            country_detail = reverse("shop:country-detail", kwargs={"pk": 1})
        except NoReverseMatch:
            country_detail = None
        print(json.dumps({
            "post_list": reverse("blog:post-list"),
            "category_detail": reverse("blog:category-detail", kwargs={"pk": 4}),
            "country_detail": country_detail,
            "user_list": reverse("accounts:user-list"),
        }))
        """,
    )
    assert facts == {
        "post_list": "/api/v1/posts/",
        "category_detail": "/api/v1/categories/4/",
        "country_detail": "/api/v1/countries/1/",
        "user_list": "/api/v1/users/",
    }


def test_openapi_schema_is_valid_without_warnings(rich_tree: Path) -> None:
    schema_file = rich_tree / "schema.yaml"
    done = django(
        rich_tree, "spectacular", "--validate", "--fail-on-warn", "--file", str(schema_file)
    )
    assert done.returncode == 0, done.stderr
    schema = yaml.safe_load(schema_file.read_text())
    paths = schema["paths"]
    post_id = paths["/api/v1/posts/{id}/"]["get"]["parameters"][0]["schema"]
    assert post_id == {"type": "string", "format": "uuid"}
    category_id = paths["/api/v1/categories/{id}/"]["get"]["parameters"][0]["schema"]
    assert category_id["type"] == "integer"
    assert "admins" in paths["/api/v1/countries/"]["post"]["description"]
    assert set(paths["/api/v1/users/"]) == {"get"}
    post = schema["components"]["schemas"]["Post"]["properties"]
    assert {"from", "class", "objects"} <= set(post)
    assert "secret" not in post
    for shown in ("UserList", "UserDetail"):
        assert "password" not in schema["components"]["schemas"][shown]["properties"]
