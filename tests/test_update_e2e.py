"""End to end: one project lives through every kind of model change with `djgen update`,
carrying its user's edits (a model method and Meta option with the migration the user made for
it, an extra view action, a setting, the README, a test).

Each change is a test of its own, so that the changes spread over the workers: it makes the
project as it stood before the change (the start, the user's edits, the earlier updates, and a
PostgreSQL database migrated there from the start, with the rows stored at the start), then
updates it. The edits are all still there, the whole gate (`make check`) passes, and the
migrations run on PostgreSQL from the previous state keep every row, renamed fields and tables
included. A role added to the spec is a group until it is removed, and a full-text index
migration reversed puts back the indexes as they were.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
import yaml

from tests.projects import gate_env, make_check, run
from tests.services import require_services
from tests.updating import djgen, edit, install

pytestmark = pytest.mark.e2e

Spec = dict[str, Any]
START: Spec = {
    "project": "shelf",
    "features": {"cache": "none"},
    "entities": {
        "Author": {"fields": {"name": "String(max:100)"}},
        "Book": {
            "fields": {
                "title": "String(max:200)",
                "pages": "Integer(optional)",
                "status": "BookStatus(default:DRAFT)",
                "author": {"type": "Author", "on_delete": "CASCADE"},
            }
        },
        "Library": {"fields": {"city": "String(max:80)"}},  # new entities come after it
    },
    "enums": {"BookStatus": ["DRAFT", "PUBLISHED"]},
}


def _book(spec: Spec) -> dict[str, Any]:
    return spec["entities"]["Book"]["fields"]


def _rename_pages(spec: Spec) -> None:
    spec["entities"]["Book"]["fields"] = {
        "page_count" if name == "pages" else name: (
            {"type": "Integer", "optional": True, "renamed_from": "pages"}
            if name == "pages"
            else value
        )
        for name, value in _book(spec).items()
    }


def _rename_author(spec: Spec) -> None:
    spec["entities"] = {
        "Writer" if name == "Author" else name: (
            {"renamed_from": "Author", **body} if name == "Author" else body
        )
        for name, body in spec["entities"].items()
    }
    _book(spec)["author"]["type"] = "Writer"


def _options(spec: Spec) -> None:
    book = _book(spec)
    book["title"] = "String(max:250)"
    book["page_count"] = {"type": "Integer", "default": 0, "renamed_from": "pages"}
    book["author"]["on_delete"] = "PROTECT"
    spec["entities"]["Book"]["pagination"] = "cursor"
    spec["features"]["throttling"] = False


def _remove_publisher(spec: Spec) -> None:
    del spec["entities"]["Publisher"]
    del _book(spec)["publisher"]


# Each step changes the spec of the step before it.
STEPS: list[tuple[str, Callable[[Spec], None]]] = [
    ("add a field", lambda s: _book(s).update(isbn="String(max:13, optional)")),
    ("add an entity", lambda s: s["entities"].update(Publisher={"fields": {"name": "String"}})),
    ("add a relation", lambda s: _book(s).update(publisher="Publisher(optional)")),
    ("add an enum value", lambda s: s["enums"]["BookStatus"].append("ARCHIVED")),
    ("rename a field", _rename_pages),
    ("rename an entity", _rename_author),
    ("change options", _options),
    ("remove a field", lambda s: _book(s).pop("isbn")),
    ("remove an entity", _remove_publisher),
    ("add a role", lambda s: s["features"].update(roles=["editor"])),
    ("remove a role", lambda s: s["features"].update(roles=[])),
]

EDITOR = (
    "from django.contrib.auth.models import Group\neditor = Group.objects.filter(name='editor')\n"
)
SHELF_MIGRATIONS = (
    "from pathlib import Path\n"
    "from django.core.management import call_command\n"
    "names = sorted(p.stem for p in Path('apps/shelf/migrations').glob('0*.py'))\n"
)
# The full-text indexes, by name: their table and the columns they index.
SEARCH_INDEXES = (
    "import re\n"
    "from django.db import connection\n"
    "def search_indexes():\n"
    "    with connection.cursor() as cursor:\n"
    "        cursor.execute(\n"
    "            'SELECT indexname, tablename, indexdef FROM pg_indexes WHERE indexname LIKE %s',\n"
    "            ['%search_idx'],\n"
    "        )\n"
    "        return {\n"
    "            name: (table, set(re.findall(r'COALESCE\\((\\w+),', definition)))\n"
    "            for name, table, definition in cursor.fetchall()\n"
    "        }\n"
)


def _search_goes_back(expected: dict[str, tuple[str, set[str]] | None]) -> str:
    """A check that reversing the newest migration, a full-text index one, leaves the indexes
    named as `expected` says (None: no such index), and that applying it again restores them."""
    return (
        SHELF_MIGRATIONS + SEARCH_INDEXES + f"expected = {expected!r}\n"
        "assert names[-1].endswith('_search'), names\n"
        "now = search_indexes()\n"
        "call_command('migrate', 'shelf', names[-2], verbosity=0)\n"
        "back = search_indexes()\n"
        "assert {name: back.get(name) for name in expected} == expected, back\n"
        "call_command('migrate', 'shelf', verbosity=0)\n"
        "assert search_indexes() == now, (search_indexes(), now)\n"
    )


# What the database holds once a step is migrated, beyond the rows kept.
MIGRATED = {
    "add a field": _search_goes_back({"book_search_idx": ("shelf_book", {"title"})}),
    "rename an entity": _search_goes_back(
        {"author_search_idx": ("shelf_writer", {"name"}), "writer_search_idx": None}
    ),
    # The index over the column removed went with it: there is none to put back.
    "remove a field": _search_goes_back({"book_search_idx": None}),
    "add a role": EDITOR + "assert editor.exists()\n",
    "remove a role": EDITOR + SHELF_MIGRATIONS + "assert not editor.exists()\n"
    "call_command('migrate', 'shelf', names[-2], verbosity=0)  # reversed, it comes back\n"
    "assert editor.exists()\n"
    "call_command('migrate', 'shelf', verbosity=0)\n"
    "assert not editor.exists()\n",
}

MIGRATE = "from django.core.management import call_command\ncall_command('migrate', verbosity=0)\n"
ROWS = (
    "from apps.shelf.models import Author, Book\n"
    "ann = Author.objects.create(name='Ann')\n"
    "for i in range(3):\n"
    "    Book.objects.create(title=f'Book {i}', pages=100 + i, author=ann)\n"
)


def _rows_kept(spec: Spec) -> str:
    """A check that the rows stored at the start are all there, under the spec's names."""
    author = _book(spec)["author"]["type"]
    pages = "page_count" if "page_count" in _book(spec) else "pages"
    return (
        f"from apps.shelf.models import Book, {author}\n"
        f"assert list({author}.objects.values_list('name', flat=True)) == ['Ann']\n"
        f"books = sorted(Book.objects.values_list('title', '{pages}', 'author__name'))\n"
        "assert books == [(f'Book {i}', 100 + i, 'Ann') for i in range(3)], books\n"
    )


def _user_edits(out: Path) -> None:
    """What a user changes in the generated project, each in a place of its own."""
    edit(
        out / "apps/shelf/models.py",
        '        verbose_name_plural = "books"\n',
        '        verbose_name_plural = "books"\n        get_latest_by = "pk"\n',
    )
    edit(
        out / "apps/shelf/models.py",
        '        return reverse("shelf:book-detail", kwargs={"pk": self.pk})\n',
        '        return reverse("shelf:book-detail", kwargs={"pk": self.pk})\n\n'
        "    def shouted_title(self) -> str:\n"
        "        return self.title.upper()\n",
    )
    edit(
        out / "apps/shelf/views.py",
        "from django.db.models import QuerySet\nfrom rest_framework import permissions, viewsets\n",
        "from typing import Any\n\n"
        "from django.db.models import QuerySet\n"
        "from rest_framework import permissions, viewsets\n"
        "from rest_framework.decorators import action\n"
        "from rest_framework.request import Request\n"
        "from rest_framework.response import Response\n",
    )
    edit(
        out / "apps/shelf/views.py",
        "\n\nclass LibraryViewSet(",
        "\n"
        '    @action(detail=False, methods=["get"])\n'
        "    def newest(self, request: Request, *args: Any, **kwargs: Any) -> Response:\n"
        '        """The five newest books."""\n'
        '        rows = self.get_queryset().order_by("-pk")[:5]\n'
        "        return Response(self.get_serializer(rows, many=True).data)\n"
        "\n\nclass LibraryViewSet(",
    )
    with (out / "config/settings/base.py").open("a", encoding="utf-8") as settings:
        settings.write("\n# Set by hand: forms of the admin with many rows.\n")
        settings.write("DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000\n")
    with (out / "README.md").open("a", encoding="utf-8") as readme:
        readme.write("\n## Notes of the team\n\nBooks are reviewed every week.\n")
    with (out / "apps/shelf/tests/test_book.py").open("a", encoding="utf-8") as test:
        test.write(
            "\n\ndef test_a_book_shouts_its_title() -> None:\n"
            '    assert Book(title="Dune").shouted_title() == "DUNE"\n'
        )


EDITED = {
    "apps/shelf/models.py": ('get_latest_by = "pk"', "def shouted_title(self)"),
    "apps/shelf/views.py": ("def newest(self, request: Request, *args: Any",),
    "config/settings/base.py": ("DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000",),
    "README.md": ("Books are reviewed every week.",),
    "apps/shelf/tests/test_book.py": ("def test_a_book_shouts_its_title()",),
}


def _own_database(database_url: str, venv: Path, out: Path) -> str:
    """A fresh database beside the one DATABASE_URL names, for this project's migrations."""
    parts = urlsplit(database_url)
    name = f"{parts.path.lstrip('/') or 'postgres'}_update"
    statements = f"DROP DATABASE IF EXISTS {name} WITH (FORCE); CREATE DATABASE {name}"
    script = (
        "import sys, psycopg\n"
        "with psycopg.connect(sys.argv[1], autocommit=True) as db:\n"
        "    for statement in sys.argv[2].split('; '):\n"
        "        db.execute(statement)\n"
    )
    run([str(venv / "bin" / "python"), "-c", script, database_url, statements], out)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _write(path: Path, spec: Spec) -> None:
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


def _update(spec: Path, out: Path, current: Spec, step: int) -> None:
    """Make the step's change to the spec and update the project, every edit kept."""
    name, change = STEPS[step]
    change(current)
    _write(spec, current)
    done = djgen("update", spec, out)
    assert done.exit_code == 0, f"{name}:\n{done.output}"
    for path, lines in EDITED.items():
        text = (out / path).read_text(encoding="utf-8")
        assert all(line in text for line in lines), f"{name}: an edit of {path} is lost"


@pytest.fixture(scope="session")
def shelf_venv(tmp_path_factory: pytest.TempPathFactory, project_venv: Path) -> Path:
    """The projects' environment with the scenario's dependencies, installed once per worker:
    no change of the scenario changes them, and each project runs from its own folder."""
    folder = tmp_path_factory.mktemp("shelf-dependencies")
    _write(folder / "shelf.yaml", START)
    assert djgen("new", folder / "shelf.yaml", "-o", folder / "shelf").exit_code == 0
    install(folder / "shelf", project_venv)
    return project_venv


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for the worker's projects: a gate's mypy then rereads what changed."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.mark.parametrize("step", range(len(STEPS)), ids=[name for name, _ in STEPS])
def test_a_change_keeps_the_edits_passes_the_gate_and_keeps_the_rows(
    step: int, tmp_path: Path, shelf_venv: Path, mypy_cache: Path
) -> None:
    database_url, _ = require_services()
    spec, out = tmp_path / "shelf.yaml", tmp_path / "shelf"
    current = copy.deepcopy(START)
    _write(spec, current)
    assert djgen("new", spec, "-o", out).exit_code == 0
    sqlite = gate_env(shelf_venv, MYPY_CACHE_DIR=str(mypy_cache))
    postgres = gate_env(shelf_venv, DATABASE_URL=_own_database(database_url, shelf_venv, tmp_path))
    python = str(shelf_venv / "bin" / "python")
    run([python, "manage.py", "shell", "-c", MIGRATE + ROWS], out, postgres)
    _user_edits(out)
    run([python, "manage.py", "makemigrations", "shelf", "-n", "book_latest"], out, sqlite)
    run([python, "-m", "ruff", "format", "--quiet", "."], out, sqlite)  # as the gate wants
    for earlier in range(step):  # each passed its gate in a test of its own
        _update(spec, out, current, earlier)
    run([python, "manage.py", "migrate", "-v", "0"], out, postgres)  # the previous state
    _update(spec, out, current, step)
    make_check(out, shelf_venv, sqlite)
    migrated = MIGRATE + _rows_kept(current) + MIGRATED.get(STEPS[step][0], "")
    run([python, "manage.py", "shell", "-c", migrated], out, postgres)
    migrations = sorted(p.name for p in (out / "apps/shelf/migrations").glob("0*.py"))
    assert migrations[:3] == ["0001_initial.py", "0002_search.py", "0003_book_latest.py"]
    changed = [name for name in migrations[3:] if not name.endswith("_search.py")]
    assert len(changed) == step + 1  # one per change: each changes the tables or the groups
