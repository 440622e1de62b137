"""The project skeleton and the core app: files that parse, settings that follow the
environment, production settings that refuse to start without a secret and pass Django's
deployment checks, and a Makefile that runs the whole gate."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from djgen.diagram import er_diagram
from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.generators import caching, core, filters, hardening, skeleton
from djgen.model import Project
from djgen.resolve import resolve

BLOG = {
    "project": "blog",
    "title": "Blog",
    "description": 'A blog\'s "API".',
    "entities": {
        "User": {"fields": {"bio": {"type": "Text", "required": False}}},
        "Post": {
            "fields": {
                "title": {"type": "String", "max": 200},
                "author": {"type": "User"},
            },
            "methods": ["publish(at): None"],
        },
        "Tag": {"app": "taxonomy", "readonly": True, "fields": {"name": "String"}},
    },
}
GALLERY = {
    "project": "gallery",
    "entities": {
        "User": {},
        "Photo": {
            "fields": {
                "image": {"type": "Image"},
                "code": {"type": "String", "max": 8, "pattern": "[A-Z]{3}[0-9]{2}"},
            }
        },
    },
}
ENV_NAMES = (
    "DJANGO_SECRET_KEY",
    "DJANGO_DEBUG",
    "DJANGO_ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    "CORS_ALLOWED_ORIGINS",
)


def build(spec: dict) -> Project:
    project, _ = resolve(SpecDocument.model_validate(spec), SourceMap("t.yaml"))
    return project


def files_of(project: Project) -> dict[str, str]:
    return {
        **skeleton.generate(project),
        **core.generate(project),
        **filters.generate(project),
        **caching.generate(project),
        **hardening.generate(project),
    }


@pytest.fixture(scope="module")
def blog() -> Project:
    return build(BLOG)


@pytest.fixture(scope="module")
def files(blog: Project) -> dict[str, str]:
    return files_of(blog)


@pytest.fixture(scope="module")
def tree(files: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("blog")
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text)
    return root


def run_python(root: Path, code: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in the generated project with only the given variables of ENV_NAMES set,
    whatever the environment of the test run."""
    clean = {k: v for k, v in os.environ.items() if k not in ENV_NAMES}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env={**clean, "PYTHONPATH": str(root), **env},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


SHOW_SERVICES = (
    "import config.settings.test as s; "
    "print(s.DATABASES['default']['ENGINE']); "
    "print(s.DATABASES['default']['NAME']); "
    "print(s.CACHES['default']['BACKEND']); "
    "print(s.CACHES['default'].get('LOCATION', ''))"
)


@pytest.mark.parametrize("spec", [BLOG, GALLERY], ids=["blog", "gallery"])
def test_every_python_file_parses(spec: dict) -> None:
    files = files_of(build(spec))
    python = [path for path in files if path.endswith(".py")]
    assert "config/settings/prod.py" in python
    assert "apps/core/pagination.py" in python
    for path in python:
        ast.parse(files[path], filename=path)


def test_uploads_get_media_settings_only_when_a_field_stores_files(
    files: dict[str, str],
) -> None:
    gallery = files_of(build(GALLERY))
    assert "MEDIA_ROOT = " in gallery["config/settings/base.py"]
    assert "MEDIA_ROOT = " in gallery["config/settings/test.py"]
    assert "static(settings.MEDIA_URL" in gallery["config/urls.py"]
    assert "MEDIA" not in files["config/settings/base.py"] + files["config/urls.py"]


def test_pyproject_pins_django_and_is_installable_as_flat_packages(
    files: dict[str, str],
) -> None:
    pyproject = tomllib.loads(files["pyproject.toml"])
    project = pyproject["project"]
    assert project["name"] == "blog"
    assert project["description"] == 'A blog\'s "API".'
    assert project["requires-python"] == ">=3.11"
    assert "Django>=5.2,<5.3" in project["dependencies"]
    names = {re.split(r"[<>=\[]", d)[0].lower() for d in project["dependencies"]}
    assert {"djangorestframework", "drf-spectacular", "django-environ", "factory-boy"} <= names
    assert "pillow" not in names
    dev = {re.split(r"[<>=]", d)[0] for d in project["optional-dependencies"]["dev"]}
    assert dev == {
        "pytest",
        "pytest-django",
        "ruff",
        "mypy",
        "django-stubs[compatible-mypy]",
        "djangorestframework-stubs[compatible-mypy]",
    }
    assert pyproject["tool"]["setuptools"]["packages"]["find"]["include"] == [
        "apps",
        "apps.*",
        "config",
        "config.*",
    ]
    pytest_ini = pyproject["tool"]["pytest"]["ini_options"]
    assert pytest_ini["DJANGO_SETTINGS_MODULE"] == "config.settings.test"
    assert pyproject["tool"]["ruff"]["lint"]["isort"]["known-first-party"] == [
        "apps",
        "config",
    ]


def test_mypy_checks_with_the_django_and_drf_plugins_under_test_settings(
    files: dict[str, str],
) -> None:
    pyproject = tomllib.loads(files["pyproject.toml"])
    mypy = pyproject["tool"]["mypy"]
    assert mypy["plugins"] == ["mypy_django_plugin.main", "mypy_drf_plugin.main"]
    assert mypy["exclude"] == ["/migrations/"]
    assert mypy["check_untyped_defs"] is True
    assert "ignore_errors" not in mypy
    assert all("ignore_errors" not in override for override in mypy["overrides"])
    settings_module = pyproject["tool"]["django-stubs"]["django_settings_module"]
    assert settings_module == pyproject["tool"]["pytest"]["ini_options"]["DJANGO_SETTINGS_MODULE"]


def test_pillow_and_rstr_come_with_images_and_patterns() -> None:
    dependencies = tomllib.loads(files_of(build(GALLERY))["pyproject.toml"])["project"][
        "dependencies"
    ]
    assert skeleton.PILLOW in dependencies
    assert skeleton.RSTR in dependencies


def test_settings_use_sqlite_and_local_memory_without_environment(tree: Path) -> None:
    done = run_python(tree, SHOW_SERVICES)

    assert done.returncode == 0, done.stderr
    engine, name, backend, _ = done.stdout.splitlines()
    assert engine == "django.db.backends.sqlite3"
    assert name == str(tree / "db.sqlite3")
    assert backend == "django.core.cache.backends.locmem.LocMemCache"


def test_settings_use_postgres_and_redis_from_environment(tree: Path) -> None:
    done = run_python(
        tree,
        SHOW_SERVICES,
        DATABASE_URL="postgres://app:secret@db.example:5432/shop",
        REDIS_URL="redis://cache.example:6379/1",
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "django.db.backends.postgresql",
        "shop",
        "django_redis.cache.RedisCache",
        "redis://cache.example:6379/1",
    ]


def test_base_settings_list_the_apps_and_the_user_model(tree: Path) -> None:
    code = (
        "import config.settings.dev as s; "
        "print(s.INSTALLED_APPS[-3:]); print(s.AUTH_USER_MODEL); print(s.DEBUG); "
        "print(s.ALLOWED_HOSTS, s.CORS_ALLOWED_ORIGINS); "
        "print(s.SPECTACULAR_SETTINGS['VERSION'])"
    )
    done = run_python(
        tree,
        code,
        DJANGO_ALLOWED_HOSTS="a.example,b.example",
        CORS_ALLOWED_ORIGINS="https://app.example",
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "['apps.core', 'apps.blog', 'apps.taxonomy']",
        "blog.User",
        "True",
        "['a.example', 'b.example'] ['https://app.example']",
        "v1",
    ]


def test_dot_env_is_read_and_the_environment_wins(tree: Path) -> None:
    (tree / ".env").write_text("REDIS_URL=redis://from-file:6379/0\nDJANGO_DEBUG=True\n")
    try:
        done = run_python(
            tree,
            "import config.settings.base as s; print(s.CACHES['default']['LOCATION'], s.DEBUG)",
            DJANGO_DEBUG="False",
        )
    finally:
        (tree / ".env").unlink()

    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["redis://from-file:6379/0", "False"]


def test_production_settings_refuse_to_start_without_a_secret_key(tree: Path) -> None:
    done = run_python(tree, "import config.settings.prod")

    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "DJANGO_SECRET_KEY is not set; production settings need a secret key."
    ]


SHOW_PRODUCTION = (
    "import config.settings.prod as s; d = s.DATABASES['default']; "
    "print(d['CONN_MAX_AGE'], d.get('OPTIONS', {}).get('pool')); "
    "print(s.API_DOCS, s.REST_FRAMEWORK.get('DEFAULT_RENDERER_CLASSES'))"
)
SECRET = "k" * 10 + "-very-long-and-random-0123456789-abcdefghijklmnop"


def test_production_settings_pool_postgresql_connections(tree: Path) -> None:
    done = run_python(
        tree,
        SHOW_PRODUCTION,
        DJANGO_SECRET_KEY=SECRET,
        DATABASE_URL="postgres://app:secret@db.example:5432/shop",
        DATABASE_POOL_MAX_SIZE="6",
    )

    assert done.returncode == 0, done.stderr
    connections = done.stdout.splitlines()[0]
    assert connections == "0 {'min_size': 1, 'max_size': 6, 'timeout': 10.0}"


def test_production_settings_keep_no_connection_without_a_pool(tree: Path) -> None:
    done = run_python(tree, SHOW_PRODUCTION, DJANGO_SECRET_KEY=SECRET)

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "0 None"


@pytest.mark.parametrize(
    ("variables", "shown"),
    [
        ({}, "False ['apps.core.renderers.JSONRenderer']"),
        (
            {"DJANGO_API_DOCS": "true"},
            "True ['apps.core.renderers.JSONRenderer', "
            "'rest_framework.renderers.BrowsableAPIRenderer']",
        ),
    ],
)
def test_production_serves_docs_and_the_browsable_api_only_when_asked(
    tree: Path, variables: dict[str, str], shown: str
) -> None:
    done = run_python(tree, SHOW_PRODUCTION, DJANGO_SECRET_KEY=SECRET, **variables)

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1] == shown


def test_urls_mount_the_docs_only_when_the_setting_allows(files: dict[str, str]) -> None:
    urls = files["config/urls.py"]
    docs = urls.split("if settings.API_DOCS:", 1)[1]
    for name in ("schema", "docs", "redoc"):
        assert f'name="{name}"' in docs
    assert '"api/v1/",\n        ApiRootView.as_view(),' in urls


def test_the_api_root_lists_every_resource_and_the_auth_endpoints(files: dict[str, str]) -> None:
    resources = ast.literal_eval(
        files["apps/core/api_root.py"].split("RESOURCES = ", 1)[1].split("\n\n", 1)[0]
    )
    assert resources == {
        "users": "blog:user-list",
        "posts": "blog:post-list",
        "tags": "taxonomy:tag-list",
        "auth/login": "auth:login",
        "auth/register": "auth:register",
        "auth/me": "auth:me",
    }


# Django's deployment checks on the production settings, without the apps other generators
# write: the security checks read settings only.
DEPLOY_CHECK_SETTINGS = """
from config.settings.prod import *  # noqa: F403
from config.settings.prod import INSTALLED_APPS

INSTALLED_APPS = [app for app in INSTALLED_APPS if not app.startswith("apps.")]
AUTH_USER_MODEL = "auth.User"
ROOT_URLCONF = "deploy_check_settings"
urlpatterns = []
"""


def test_production_settings_pass_the_deployment_checks(tree: Path) -> None:
    (tree / "deploy_check_settings.py").write_text(DEPLOY_CHECK_SETTINGS)
    done = run_python(
        tree,
        "from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', "
        "'--fail-level', 'WARNING'])",
        DJANGO_SETTINGS_MODULE="deploy_check_settings",
        DJANGO_SECRET_KEY="k" * 10 + "-very-long-and-random-0123456789-abcdefghijklmnop",
        DJANGO_ALLOWED_HOSTS="example.com",
        DJANGO_DEBUG="True",
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_makefile_runs_the_gate_in_order_with_python_variable(files: dict[str, str]) -> None:
    makefile = files["Makefile"]
    assert makefile.startswith("PYTHON ?= python\n")
    targets = set(re.findall(r"^([a-z]+):", makefile, re.MULTILINE))
    assert {"help", "check", "test", "run", "seed", "migrate"} <= targets
    phony = re.search(r"^\.PHONY: (.*)$", makefile, re.MULTILINE)
    assert phony is not None
    assert set(phony.group(1).split()) == targets
    recipes = [line.strip() for line in makefile.splitlines() if line.startswith("\t")]
    for line in recipes:
        assert not re.search(r"(^|\s)python\s", line), line
    check = makefile.split("\ncheck:")[1].split("\n\n")[0]
    steps = [
        "manage.py check --fail-level WARNING",
        "DJANGO_SETTINGS_MODULE=config.settings.prod",
        "manage.py check --deploy --fail-level WARNING",
        "manage.py makemigrations --check --dry-run",
        "-m ruff check .",
        "-m ruff format --check .",
        "-m mypy .",
        "manage.py spectacular --validate --fail-on-warn",
        "-m pytest",
    ]
    positions = [check.index(step) for step in steps]
    assert positions == sorted(positions)
    assert check.count("$(PYTHON)") == 8
    assert "$(PYTHON) manage.py seed --count 20" in makefile


def test_compose_and_ci_are_valid_yaml_with_the_services(files: dict[str, str]) -> None:
    compose = yaml.safe_load(files["compose.yaml"])
    services = compose["services"]
    assert services["db"]["image"] == "postgres:16"
    assert services["redis"]["image"] == "redis:7"
    assert all("healthcheck" in service for service in services.values())
    assert services["web"]["environment"]["DATABASE_URL"].startswith("postgres://")

    ci = yaml.safe_load(files[".github/workflows/ci.yml"])
    job = next(iter(ci["jobs"].values()))
    assert set(job["services"]) == {"postgres", "redis"}
    assert {"DATABASE_URL", "REDIS_URL"} <= set(job["env"])
    runs = [step.get("run") for step in job["steps"]]
    assert runs[-2:] == ["pip install -e '.[dev]'", "make check"]
    python = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["python-version"] == "3.12"


def test_urls_mount_every_app_under_the_api_version(files: dict[str, str]) -> None:
    urls = files["config/urls.py"]
    for app in ("blog", "taxonomy"):
        assert f'"api/v1/",\n        include("apps.{app}.urls"),\n        V1,' in urls
    for route in ("admin/", "health/", "ready/", "api/schema/", "api/docs/", "api/redoc/"):
        assert f'path("{route}"' in urls


def test_readme_draws_the_model_and_lists_endpoints_and_methods(
    blog: Project, files: dict[str, str]
) -> None:
    readme = files["README.md"]
    assert f"```mermaid\n{er_diagram(blog).strip()}\n```" in readme
    said = "read: signed-in users · write: staff"
    assert f"| `/api/v1/posts/` | GET, POST | {said} |" in readme
    assert f"| `/api/v1/posts/{{id}}/` | GET, PUT, PATCH, DELETE | {said} |" in readme
    assert f"| `/api/v1/tags/{{id}}/` | GET | {said} |" in readme
    assert "Everyone may read" not in readme
    assert "- `Post.publish(at) -> None` in `apps/blog/models.py`" in readme
    assert "| `/api/v1/` | GET | every resource's URL |" in readme
    for name in ENV_NAMES:
        assert f"| `{name}` |" in readme
        assert f"{name}=" in files[".env.example"]


def test_readme_says_how_to_sign_in(files: dict[str, str]) -> None:
    readme = files["README.md"]
    assert "HTTP Basic" not in readme
    assert "curl -X POST http://localhost:8000/api/v1/auth/login/" in readme
    assert '-H "Authorization: Bearer $ACCESS"' in readme
    assert "Their password is `password`" in readme
    assert "`staff`, a staff user who writes what plain\nusers may not" in readme
    assert "`DJANGO_API_DOCS=true`" in readme


def test_readme_of_an_open_api_says_there_is_no_sign_in() -> None:
    readme = skeleton.generate(build({**BLOG, "features": {"auth": "none"}}))["README.md"]
    assert "Authorization: Bearer" not in readme
    assert "Anyone may read and write without signing in" in readme


def test_conftest_builds_users_with_the_user_factory(files: dict[str, str]) -> None:
    conftest = files["conftest.py"]
    assert "from apps.blog.factories import UserFactory" in conftest
    fixtures = re.findall(r"@pytest\.fixture\ndef (\w+)", conftest)
    assert fixtures == ["api_client", "user", "auth_client", "admin_user", "admin_client"]


def test_core_pagination_names_the_three_styles(files: dict[str, str]) -> None:
    tree = ast.parse(files["apps/core/pagination.py"])
    classes = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    assert classes == {"PageNumberPagination", "CursorPagination", "LimitOffsetPagination"}


@pytest.mark.parametrize("auth", ["jwt", "session", "none"])
def test_the_docs_pages_load_their_assets_from_the_project(auth: str) -> None:
    files = skeleton.generate(build({**BLOG, "features": {"auth": auth}}))
    settings = files["config/settings/base.py"]
    for name in ("SWAGGER_UI_DIST", "SWAGGER_UI_FAVICON_HREF", "REDOC_DIST"):
        assert f'"{name}": "SIDECAR"' in settings
    assert "script-src 'self'" in files["apps/core/docs.py"]
