"""The model layer generators (models, choices, apps, admin) on a rich project.

The generated apps are written with the core app and a throwaway settings module into a temporary
folder, formatted as the writer formats them, and imported by Django in a subprocess.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from ruff.__main__ import find_ruff_bin

from djgen.generators import admin, api, auth, caching, core, filters, hardening, models
from djgen.load import load
from djgen.lowering.imports import Imports
from djgen.lowering.meta import (
    MAX_CONSTRAINT_NAME,
    MAX_INDEX_NAME,
    bounded_name,
    meta_options,
    total_ordering,
    unique_constraints,
)
from djgen.lowering.values import source
from djgen.model import Project
from djgen.render import format_tree

# Every construct the per-entity generators must handle, in three apps.
RICH_SPEC = {
    "project": "rich",
    "app": "blog",
    "entities": {
        "User": {
            "app": "accounts",
            "fields": {
                "bio": "Text(optional)",
                "birth_date": "Date(optional)",
                "avatar": "Image(optional)",
            },
        },
        "Profile": {
            "app": "accounts",
            "readonly": True,
            "fields": {
                "user": {"type": "User", "relation": "OneToOne", "required": False},
                "nickname": "String(optional, max:50)",
            },
        },
        "TimeStamped": {
            "abstract": True,
            "fields": {"created_at": "DateTime", "updated_at": "DateTime"},
        },
        "Category": {
            "fields": {
                "name": {"type": "String", "max": 100, "unique": True},
                "parent": {"type": "Category", "required": False, "related_name": "children"},
            },
            "ordering": ["name"],
        },
        "Tag": {
            "pagination": "limit_offset",
            "fields": {
                "label": "String(max:40)",
                "related": {"type": "List~Tag~", "required": False},
            },
        },
        "Post": {
            "extends": "TimeStamped",
            "description": "A blog post.",
            "fields": {
                "id": "UUID",
                "title": "String(max:200)",
                "content": "Text",
                "excerpt": "String(optional, max:500)",
                "status": {"type": "PostStatus", "default": "DRAFT"},
                "rating": "Decimal(optional, max_digits:3, decimal_places:1, min:0, max:5)",
                "view_count": "int(default:0)",
                "published_at": "DateTime(optional)",
                "from": "String(optional, max:50)",
                "class": "String(optional, max:50)",
                "objects": "Integer(optional)",
                "secret": "String(optional, max:50, write-only)",
                "score": "Float(default:0, read-only)",
                "meta": "JSON(optional)",
                "attachment": "File(optional)",
                "blob": "Binary(optional)",
                "reading_time": "Duration(optional)",
                "ip": "IPAddress(optional)",
                "ref": "UUID(optional)",
                "big": "BigInteger(default:0)",
                "small": "SmallInteger(default:0)",
                "pos": "PositiveInteger(default:0)",
                "flag": "Boolean(default:false)",
                "day": "Date(optional)",
                "at": "Time(optional)",
                "email": "Email(optional)",
                "site": "URL(optional)",
                "words": "List~String~",
                "author": {"type": "User", "on_delete": "PROTECT", "related_name": "posts"},
                "editor": {"type": "User", "required": False, "related_name": "edited_posts"},
                "category": {"type": "Category", "on_delete": "CASCADE"},
                "tags": {"type": "List~Tag~", "required": False},
                "readers": {"type": "List~User~", "through": "Reading", "required": False},
            },
            "search": ["title", "content"],
            "ordering": ["-created_at", "title"],
            "pagination": "cursor",
            "owner": "author",
            "methods": ["publish(at): None", "word_count(): int"],
            "unique_together": [["author", "title"]],
        },
        "Reading": {
            "fields": {
                "post": {"type": "Post", "on_delete": "CASCADE"},
                "user": {"type": "User", "on_delete": "CASCADE", "related_name": "readings"},
                "progress": "PositiveInteger(default:0)",
                "created_at": "DateTime",
            },
            "unique_together": [["post", "user"]],
        },
        "Product": {
            "app": "shop",
            "fields": {
                "name": "String(max:100)",
                "price": "Decimal(max_digits:10, decimal_places:2)",
                "category": {
                    "type": "Category",
                    "on_delete": "PROTECT",
                    "related_name": "products",
                },
            },
            "search": ["name"],
        },
        "Book": {"app": "shop", "extends": "Product", "fields": {"isbn": "String(max:13, unique)"}},
        "Country": {
            "app": "shop",
            "plural": "countries",
            "readonly": True,
            "fields": {"code": "String(max:2, unique)", "status": "CountryStatus(optional)"},
        },
    },
    "enums": {
        "PostStatus": ["DRAFT", "PUBLISHED", {"IN_REVIEW": 'In "review"'}],
        "CountryStatus": {"app": "shop", "values": ["OPEN", "CLOSED"]},
    },
}

SETTINGS = """
SECRET_KEY = "throwaway"
ALLOWED_HOSTS = ["testserver"]
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "apps.core",
    {apps}
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
TEMPLATES = [
    {{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {{
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        }},
    }}
]
ROOT_URLCONF = "throwaway_urls"
DATABASES = {{"default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}}}
AUTH_USER_MODEL = "{user}"
USE_TZ = True
STATIC_URL = "static/"
JSON_MAX_DEPTH = 32
SEARCH_MAX_TERMS = 10
SEARCH_MAX_TERM_LENGTH = 100
REST_FRAMEWORK = {{
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PARSER_CLASSES": ["apps.core.parsers.JSONParser"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.BasicAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_PAGINATION_CLASS": "apps.core.pagination.PageNumberPagination",
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "apps.core.filters.OrderingFilter",
        "apps.core.search.SearchFilter",
    ],
}}
SPECTACULAR_SETTINGS = {{
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {{
        "PostStatus": "apps.blog.choices.PostStatus",
        "CountryStatus": "apps.shop.choices.CountryStatus",
    }},
}}
"""

URLS = """
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    {includes}
]
"""

# Owned by the generators under test, plus the core app they import from.
GENERATED = (
    models.generate,
    admin.generate,
    api.generate,
    filters.generate,
    auth.generate,
    core.generate,
    caching.generate,
    hardening.generate,
)


def load_spec(spec: dict, folder: Path) -> Project:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{spec['project']}.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return load(path).project


def generated_files(project: Project) -> dict[str, str]:
    files: dict[str, str] = {}
    for generate in GENERATED:
        files.update(generate(project))
    return files


def write_tree(project: Project, root: Path) -> Path:
    """The generated apps, formatted, beside a throwaway settings and URL module."""
    for path, content in generated_files(project).items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content)
    (root / "apps/__init__.py").write_text("")
    apps = "\n    ".join(f'"apps.{app.name}",' for app in project.apps)
    user = f"{project.user.app}.{project.user.name}"
    (root / "throwaway_settings.py").write_text(SETTINGS.format(apps=apps, user=user))
    includes = "\n    ".join(
        f'path("api/v1/", include("apps.{app.name}.urls")),' for app in project.apps
    )
    (root / "throwaway_urls.py").write_text(URLS.format(includes=includes))
    (root / "pyproject.toml").write_text(
        textwrap.dedent(
            """
            [tool.ruff]
            line-length = 88
            target-version = "py311"
            [tool.ruff.lint]
            select = ["E", "F", "W", "I", "UP", "B", "DJ", "SIM", "RUF"]
            ignore = ["E501", "RUF012"]
            [tool.ruff.lint.isort]
            known-first-party = ["apps", "config"]
            """
        )
    )
    format_tree(root)
    return root


def django(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`django-admin <args>` in the generated tree, with the throwaway settings."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "throwaway_settings", "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, "-m", "django", *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def django_json(root: Path, code: str) -> object:
    """Run `code` with Django set up and an empty database; it prints one JSON value."""
    script = (
        "import django, json\n"
        "django.setup()\n"
        "from django.core.management import call_command\n"
        "call_command('migrate', run_syncdb=True, verbosity=0)\n" + textwrap.dedent(code)
    )
    done = django(root, "shell", "-c", script)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def rich(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return load_spec(RICH_SPEC, tmp_path_factory.mktemp("spec"))


@pytest.fixture(scope="session")
def rich_tree(rich: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tree(rich, tmp_path_factory.mktemp("rich"))


def test_every_app_gets_its_model_layer(rich: Project) -> None:
    files = generated_files(rich)
    for app in ("accounts", "blog", "shop"):
        for module in ("__init__", "apps", "models", "admin"):
            assert f"apps/{app}/{module}.py" in files
    assert "apps/blog/choices.py" in files
    assert "apps/shop/choices.py" in files
    assert "apps/accounts/choices.py" not in files  # no enumeration there


def test_every_file_is_python(rich: Project) -> None:
    for path, content in generated_files(rich).items():
        if path.endswith(".py"):
            ast.parse(content, filename=path)


def test_ruff_finds_nothing(rich_tree: Path) -> None:
    ruff = find_ruff_bin()
    for args in (["check", "."], ["format", "--check", "."]):
        done = subprocess.run([ruff, *args], cwd=rich_tree, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def test_django_system_checks_pass(rich_tree: Path) -> None:
    done = django(rich_tree, "check", "--fail-level", "WARNING")
    assert done.returncode == 0, done.stderr
    assert "no issues" in done.stdout


def test_models_are_what_the_spec_says(rich_tree: Path) -> None:
    facts = django_json(
        rich_tree,
        """
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import AbstractUser, UserManager
        from django.db import models
        from apps.blog.models import Category, Post, Reading, Tag, TimeStamped
        from apps.shop.models import Book, Product
        from apps.accounts.models import Profile
        User = get_user_model()
        author = Post._meta.get_field("author")
        readers = Post._meta.get_field("readers")
        related = Tag._meta.get_field("related")
        profile_user = Profile._meta.get_field("user")
        print(json.dumps({
            "author_protect": author.remote_field.on_delete is models.PROTECT,
            "author_related": author.remote_field.related_name,
            "author_to_user": author.related_model is User,
            "category_cascade": Post._meta.get_field("category").remote_field.on_delete
                is models.CASCADE,
            "editor_set_null": Post._meta.get_field("editor").remote_field.on_delete
                is models.SET_NULL,
            "from_column": Post._meta.get_field("from_value").db_column,
            "class_column": Post._meta.get_field("class_value").db_column,
            "objects_column": Post._meta.get_field("objects_value").db_column,
            "post_pk": type(Post._meta.pk).__name__,
            "category_pk": type(Category._meta.pk).__name__,
            "plural": str(Category._meta.verbose_name_plural),
            "post_ordering": Post._meta.ordering,
            "category_ordering": Category._meta.ordering,
            "constraints": [c.name for c in Post._meta.constraints],
            "timestamped_abstract": TimeStamped._meta.abstract,
            "post_has_created": Post._meta.get_field("created_at").auto_now_add,
            "book_parents": [p.__name__ for p in Book._meta.parents],
            "user_abstract_user": issubclass(User, AbstractUser),
            "user_manager": type(User._default_manager).__name__,
            "user_bio": type(User._meta.get_field("bio")).__name__,
            "self_fk": Category._meta.get_field("parent").related_model is Category,
            "self_m2m": related.related_model is Tag and not related.remote_field.symmetrical,
            "through": readers.remote_field.through is Reading,
            "o2o_null": type(profile_user).__name__ == "OneToOneField" and profile_user.null,
            "status_default": Post._meta.get_field("status").default,
            "children": Category._meta.get_field("children").related_model is Category,
        }))
        """,
    )
    assert facts == {
        "author_protect": True,
        "author_related": "posts",
        "author_to_user": True,
        "category_cascade": True,
        "editor_set_null": True,
        "from_column": "from",
        "class_column": "class",
        "objects_column": "objects",
        "post_pk": "UUIDField",
        "category_pk": "BigAutoField",
        "plural": "categories",
        "post_ordering": ["-created_at", "title", "pk"],
        "category_ordering": ["name", "pk"],
        "constraints": ["blog_post_author_title_uniq"],
        "timestamped_abstract": True,
        "post_has_created": True,
        "book_parents": ["Product"],
        "user_abstract_user": True,
        "user_manager": "UserManager",
        "user_bio": "TextField",
        "self_fk": True,
        "self_m2m": True,
        "through": True,
        "o2o_null": True,
        "status_default": "DRAFT",
        "children": True,
    }


def test_instances_behave(rich_tree: Path) -> None:
    facts = django_json(
        rich_tree,
        """
        from apps.blog.choices import PostStatus
        from apps.blog.models import Category, Post, Reading
        from apps.accounts.models import Profile
        from apps.shop.models import Book
        category = Category.objects.create(name="News")
        child = Category.objects.create(name="Local", parent=category)
        book = Book.objects.create(name="Dune", price="9.99", isbn="123", category=category)
        post = Post(title="Hello")
        try:
            post.publish("now")
            raised = False
        except NotImplementedError:
            raised = True
        print(json.dumps({
            "str": str(category),
            "str_empty_optional": str(Profile(pk=7, nickname="")),
            "str_named": str(Profile(nickname="kim")),
            "str_fallback": str(Reading(pk=3)),
            "str_book": str(book),
            "children": [c.name for c in category.children.all()],
            "url": category.get_absolute_url() == f"/api/v1/categories/{category.pk}/",
            "post_url": post.get_absolute_url() == f"/api/v1/posts/{post.pk}/",
            "book_url": book.get_absolute_url(),
            "skeleton_raises": raised,
            "choice": [PostStatus.IN_REVIEW.value, PostStatus.IN_REVIEW.label],
            "child_parent": child.parent_id == category.pk,
        }))
        """,
    )
    assert facts == {
        "str": "News",
        "str_empty_optional": "Profile 7",
        "str_named": "kim",
        "str_fallback": "Reading 3",
        "str_book": "Dune",
        "children": ["Local"],
        "url": True,
        "post_url": True,
        "book_url": "/api/v1/books/1/",
        "skeleton_raises": True,
        "choice": ["IN_REVIEW", 'In "review"'],
        "child_parent": True,
    }


def test_parents_come_first_and_an_app_of_bases_serves_nothing(tmp_path: Path) -> None:
    spec = {
        "project": "order",
        "app": "zoo",
        "entities": {
            "Cat": {"extends": "Animal", "fields": {"lives": "int(default:9)"}},
            "Animal": {"app": "base", "abstract": True, "fields": {"kind": "Kind"}},
            "Pet": {"app": "home", "extends": "Cat", "fields": {"owner": "String(max:50)"}},
        },
        "enums": {"Kind": {"app": "base", "values": ["WILD", "TAME"]}},
    }
    project = load_spec(spec, tmp_path / "spec")
    files = generated_files(project)
    assert "from apps.base.models import Animal" in files["apps/zoo/models.py"]
    assert "from apps.zoo.models import Cat" in files["apps/home/models.py"]
    assert "class Pet(Cat)" in files["apps/home/models.py"]
    assert not {"admin", "serializers", "views"} & {
        path.rsplit("/", 1)[1].removesuffix(".py") for path in files if "apps/base/" in path
    }
    root = write_tree(project, tmp_path / "tree")
    done = django(root, "check", "--fail-level", "WARNING")
    assert done.returncode == 0, done.stderr
    ruff = subprocess.run([find_ruff_bin(), "check", "."], cwd=root, capture_output=True, text=True)
    assert ruff.returncode == 0, ruff.stdout


def test_a_child_follows_its_parent_in_one_module(tmp_path: Path) -> None:
    spec = {
        "project": "zoo",
        "entities": {
            "Cat": {"extends": "Animal", "fields": {"lives": "int(default:9)"}},
            "Animal": {"abstract": True, "fields": {"name": "String(max:50)"}},
        },
    }
    zoo = generated_files(load_spec(spec, tmp_path))["apps/zoo/models.py"]
    assert zoo.index("class Animal(models.Model)") < zoo.index("class Cat(Animal)")


def test_model_members_come_in_djangos_order(rich: Project) -> None:
    tree = ast.parse(generated_files(rich)["apps/blog/models.py"])
    post = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Post")
    kinds = []
    for node in post.body:
        if isinstance(node, ast.Assign):
            kinds.append("field")
        elif isinstance(node, ast.ClassDef | ast.FunctionDef):
            kinds.append(node.name)
    fields_end = len(kinds) - kinds[::-1].index("field")
    assert kinds[fields_end:] == ["Meta", "__str__", "get_absolute_url", "publish", "word_count"]
    publish = next(n for n in post.body if isinstance(n, ast.FunctionDef) and n.name == "publish")
    assert [a.arg for a in publish.args.args] == ["self", "at"]
    assert ast.get_docstring(publish)


def test_every_admin_page_renders(rich_tree: Path) -> None:
    facts = django_json(
        rich_tree,
        """
        from django.contrib import admin
        from django.contrib.auth import get_user_model
        from django.contrib.auth.admin import UserAdmin
        from django.test import Client
        from django.urls import reverse
        from apps.blog.models import Category
        User = get_user_model()
        boss = User.objects.create_superuser("boss", "boss@example.com", "pw")
        Category.objects.create(name="News")
        client = Client()
        client.force_login(boss)
        status = {}
        for model in admin.site._registry:
            info = (model._meta.app_label, model._meta.model_name)
            for page in ("changelist", "add"):
                url = reverse("admin:%s_%s_%s" % (*info, page))
                status[url] = client.get(url).status_code
        for url in (
            reverse("admin:accounts_user_change", args=[boss.pk]),
            reverse("admin:blog_category_changelist") + "?q=new",
        ):
            status[url] = client.get(url).status_code
        user_admin = admin.site._registry[User]
        print(json.dumps({
            "status": status,
            "base": isinstance(user_admin, UserAdmin),
            "change": [f for _, o in user_admin.fieldsets for f in o["fields"]],
            "add": [f for _, o in user_admin.add_fieldsets for f in o["fields"]],
        }))
        """,
    )
    assert facts["status"] and set(facts["status"].values()) == {200}, facts["status"]
    assert facts["base"]
    for fields in (facts["change"], facts["add"]):
        assert {"username", "bio", "birth_date", "avatar"} <= set(fields)


def test_admin_options(rich_tree: Path) -> None:
    facts = django_json(
        rich_tree,
        """
        from django.contrib import admin
        from apps.blog.models import Post, Reading
        from apps.shop.models import Country
        post = admin.site._registry[Post]
        reading = admin.site._registry[Reading]
        print(json.dumps({
            "display": list(post.list_display),
            "search": list(post.search_fields),
            "autocomplete": list(post.autocomplete_fields),
            "readonly": list(post.readonly_fields),
            "hierarchy": post.date_hierarchy,
            "inlines": [i.model.__name__ for i in post.inlines],
            "reading_search": list(reading.search_fields),
            "country_filter": list(admin.site._registry[Country].list_filter),
        }))
        """,
    )
    assert facts["display"][0] == "title"
    assert not {"content", "meta", "blob", "tags", "readers", "secret"} & set(facts["display"])
    assert facts["search"] == ["title", "content"]
    assert set(facts["autocomplete"]) == {"author", "editor", "category", "tags"}
    assert facts["readonly"] == ["created_at", "updated_at"]
    assert facts["hierarchy"] == "created_at"
    assert facts["inlines"] == ["Reading"]
    assert facts["reading_search"] == ["id"]
    assert facts["country_filter"] == ["status"]


def test_total_ordering_keeps_a_declared_key(rich: Project) -> None:
    assert total_ordering(rich.entity("Post")) == ("-created_at", "title", "pk")
    assert total_ordering(rich.entity("Tag")) == ("pk",)
    by_key = rich.entity("Tag").model_copy(update={"ordering": ("-id",)})
    assert total_ordering(by_key) == ("-id",)


def test_bounded_names_stay_short_and_distinct() -> None:
    long_a = "shop_" + "very_long_entity_name_" * 3 + "first_field_second_field"
    long_b = "shop_" + "very_long_entity_name_" * 3 + "first_field_other_field"
    a = bounded_name(long_a, "uniq", MAX_CONSTRAINT_NAME)
    b = bounded_name(long_b, "uniq", MAX_CONSTRAINT_NAME)
    assert len(a) <= MAX_CONSTRAINT_NAME and len(b) <= MAX_CONSTRAINT_NAME
    assert a != b and a.endswith("_uniq")
    assert bounded_name("purchase_order_line_item", "ord_idx", MAX_INDEX_NAME) != bounded_name(
        "purchase_order_line_items", "ord_idx", MAX_INDEX_NAME
    )
    assert bounded_name("post", "uniq", MAX_CONSTRAINT_NAME) == "post_uniq"


def test_meta_of_an_abstract_entity_is_only_abstract(rich: Project) -> None:
    assert meta_options(rich, rich.entity("TimeStamped")) == [("abstract", True)]
    options = dict(meta_options(rich, rich.entity("Reading")))
    assert options["verbose_name_plural"] == "readings"
    constraints = options["constraints"]
    assert isinstance(constraints, tuple)
    assert "blog_reading_post_user_uniq" in [c.kwarg("name") for c in constraints]


def test_a_user_model_without_fields_of_its_own_keeps_djangos_admin(tmp_path: Path) -> None:
    spec = {"project": "notes", "entities": {"Note": {"fields": {"text": "Text"}}}}
    project = load_spec(spec, tmp_path)
    source = generated_files(project)[f"apps/{project.user.app}/admin.py"]
    tree = ast.parse(source)
    assert "admin.site.register(User, UserAdmin)" in ast.unparse(tree)
    assert not any(isinstance(n, ast.ClassDef) and n.name == "UserAdmin" for n in tree.body)


def test_a_unique_user_email_is_unique_whatever_its_case(tmp_path: Path) -> None:
    spec = {
        "project": "members",
        "entities": {"User": {"fields": {"email": {"type": "Email", "unique": True}}}},
    }
    project = load_spec(spec, tmp_path)
    models_py = generated_files(project)[f"apps/{project.user.app}/models.py"]
    assert "email = models.EmailField(max_length=254, unique=True)" in models_py
    assert 'models.UniqueConstraint(Lower("email"), name="members_user_email_ci_uniq")' in (
        models_py
    )


@pytest.mark.parametrize("auth", ["jwt", "session", "none"])
def test_a_project_that_registers_users_keeps_emails_unique_whatever_their_case(
    tmp_path: Path, auth: str
) -> None:
    spec = {"project": "notes", "features": {"auth": auth}, "entities": {"Note": {}}}
    project = load_spec(spec, tmp_path)
    constraints = [source(c, Imports()) for c in unique_constraints(project, project.user)]
    expected = (
        'models.UniqueConstraint(Lower("email"), name="notes_user_email_ci_uniq", '
        'condition=~models.Q(email=""))'
    )
    assert constraints == ([] if auth == "none" else [expected])
