"""The migrations generator: Django's own operations, ordered so that `migrate` applies them and
`makemigrations --check` finds nothing left to do in the generated project."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.db import migrations, models
from ruff.__main__ import find_ruff_bin

from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.generators import migrations as generator
from djgen.generators import plan
from djgen.load import load
from djgen.lowering.dependency_order import dependency_order
from djgen.model import Project
from djgen.render import format_tree
from djgen.resolve import resolve

ROOT = Path(__file__).parent.parent

RICH: dict[str, Any] = {
    "project": "rich",
    "app": "library",
    "features": {"auth": "session", "cache": "none"},
    "enums": {"Priority": ["LOW", "MEDIUM", "HIGH"], "Mood": {"HAPPY": "Very happy", "SAD": "Sad"}},
    "entities": {
        "User": {
            "user": True,
            "fields": {
                "bio": {"type": "Text", "required": False},
                "mood": {"type": "Mood", "default": "HAPPY"},
                "mentor": {"type": "User", "required": False, "related_name": "mentees"},
                "home": {"type": "Address", "required": False, "related_name": "residents"},
            },
        },
        "Timestamped": {
            "abstract": True,
            "fields": {"created_at": "DateTime", "updated_at": "DateTime"},
        },
        "Everything": {
            "extends": "Timestamped",
            "fields": {
                "id": "UUID",
                "s": {"type": "String", "max": 80, "unique": True},
                "t": {"type": "Text", "required": False},
                "sl": {"type": "Slug", "index": True},
                "em": {"type": "Email", "required": False},
                "u": {"type": "URL", "required": False},
                "uu": {"type": "UUID", "required": False},
                "i": {"type": "Integer", "min": 0, "max": 10},
                "bi": {"type": "BigInteger", "default": 5},
                "si": {"type": "SmallInteger", "required": False},
                "pi": "PositiveInteger",
                "f": {"type": "Float", "min": 0.5},
                "d": {"type": "Decimal", "max_digits": 8, "decimal_places": 3, "default": "1.5"},
                "b": {"type": "Boolean", "default": True},
                "da": {"type": "Date", "default": "now"},
                "dt": {"type": "DateTime", "default": "now"},
                "ti": {"type": "Time", "required": False},
                "du": {"type": "Duration", "required": False},
                "j": {"type": "JSON", "required": False},
                "labels": {"type": "List~String~", "required": False},
                "fi": {"type": "File", "required": False},
                "im": {"type": "Image", "required": False},
                "bl": {"type": "Binary", "required": False},
                "ip": {"type": "IPAddress", "required": False},
                "code": {"type": "String", "pattern": "[A-Z]{3}-\\d+", "min": 4, "max": 20},
                "priority": {"type": "Priority", "default": "MEDIUM"},
                "class": {"type": "String", "max": 30, "required": False},
                "parent": {"type": "Everything", "required": False, "related_name": "children"},
                "friends": {"type": "List~Everything~", "required": False},
                "owner": {"type": "User", "on_delete": "CASCADE", "related_name": "everythings"},
            },
            "unique_together": [["s", "sl"]],
            "ordering": ["-dt", "s"],
        },
        "Librarian": {"extends": "User", "fields": {"desk": "String"}},
        "Club": {
            "fields": {
                "name": "String",
                "members": {"type": "List~User~", "through": "Membership"},
            }
        },
        "Membership": {
            "fields": {
                "user": {"type": "User", "on_delete": "CASCADE", "related_name": "memberships"},
                "club": {"type": "Club", "on_delete": "CASCADE", "related_name": "memberships"},
                "role": {"type": "String", "max": 20, "default": "member"},
            }
        },
        "Author": {
            "fields": {
                "name": "String",
                "best_book": {"type": "Book", "required": False, "related_name": "best_of"},
            }
        },
        "Book": {"fields": {"title": "String", "author": {"type": "Author"}}},
        "Place": {"fields": {"name": "String"}},
        "Restaurant": {"extends": "Place", "fields": {"stars": {"type": "Integer", "default": 1}}},
        "Address": {
            "app": "geo",
            "fields": {"street": "String", "city": {"type": "City", "related_name": "addresses"}},
        },
        "City": {
            "app": "geo",
            "fields": {
                "name": "String",
                "mayor": {"type": "User", "required": False, "related_name": "cities"},
                "twin": {"type": "Place", "required": False, "related_name": "twins"},
                "country": {"type": "Country", "required": False, "related_name": "cities"},
            },
        },
        "Country": {
            "app": "geo",
            "fields": {
                "code": {"type": "String", "primary_key": True, "max": 3, "pattern": "[A-Z]+"},
                "name": "String",
                "neighbours": {"type": "List~Country~", "required": False},
            },
        },
        "Region": {"app": "geo", "extends": "Country", "fields": {"capital": "String"}},
    },
}


def project_of(spec: dict[str, Any]) -> Project:
    return resolve(SpecDocument.model_validate(spec), SourceMap("t.yaml"))[0]


def module(source: str) -> migrations.Migration:
    """The `Migration` a generated migration file defines."""
    namespace: dict[str, Any] = {}
    exec(compile(source, "<migration>", "exec"), namespace)
    return namespace["Migration"]


def created(migration: migrations.Migration) -> dict[str, migrations.CreateModel]:
    return {op.name: op for op in migration.operations if isinstance(op, migrations.CreateModel)}


def manage(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`manage.py <args>` in a generated project, on SQLite whatever this shell points at."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL")
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def rich() -> Project:
    return project_of(RICH)


@pytest.fixture(scope="module")
def files(rich: Project) -> dict[str, str]:
    return generator.generate(rich)


@pytest.fixture(scope="module")
def loaded(files: dict[str, str]) -> dict[str, migrations.Migration]:
    """Every generated migration by `<app>.<name>`."""
    return {
        f"{path.split('/')[1]}.{Path(path).stem}": module(text)
        for path, text in files.items()
        if not path.endswith("__init__.py")
    }


@pytest.fixture(scope="module")
def project_tree(rich: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole generated project, formatted as the writer formats it."""
    root = tmp_path_factory.mktemp("rich")
    for path, content in plan(rich).items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content)
    format_tree(root)
    return root


def test_django_finds_no_changes_and_migrates(project_tree: Path) -> None:
    check = manage(project_tree, "makemigrations", "--check", "--dry-run")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No changes detected" in check.stdout
    migrate = manage(project_tree, "migrate", "--no-input")
    assert migrate.returncode == 0, migrate.stdout + migrate.stderr
    assert "Applying library.0002_initial... OK" in migrate.stdout
    # Applying them leaves the database where the models are.
    again = manage(project_tree, "makemigrations", "--check", "--dry-run")
    assert again.returncode == 0, again.stdout + again.stderr


def test_migrations_pass_the_projects_ruff(project_tree: Path) -> None:
    ruff = find_ruff_bin()
    for args in (["check", "apps"], ["format", "--check", "apps"]):
        done = subprocess.run(
            [ruff, *args], cwd=project_tree, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_every_app_gets_a_package_and_only_cycles_get_a_second_migration(
    files: dict[str, str],
) -> None:
    assert sorted(files) == [
        "apps/geo/migrations/0001_initial.py",
        "apps/geo/migrations/__init__.py",
        "apps/library/migrations/0001_initial.py",
        "apps/library/migrations/0002_initial.py",
        "apps/library/migrations/__init__.py",
    ]
    assert files["apps/geo/migrations/__init__.py"] == ""


def test_a_cycle_between_apps_is_closed_in_a_second_migration(
    loaded: dict[str, migrations.Migration],
) -> None:
    first, second, geo = (
        loaded["library.0001_initial"],
        loaded["library.0002_initial"],
        (loaded["geo.0001_initial"]),
    )
    user_fields = dict(created(first)["User"].fields)
    assert "home" not in user_fields
    assert [(op.model_name, op.name) for op in second.operations] == [("user", "home")]
    assert second.operations[0].field.remote_field.model == "geo.address"
    assert sorted(second.dependencies) == [("geo", "0001_initial"), ("library", "0001_initial")]
    assert ("library", "0001_initial") in geo.dependencies
    assert not any(dep[0] == "geo" for dep in first.dependencies)


def test_operations_only_refer_to_models_that_exist(
    loaded: dict[str, migrations.Migration],
) -> None:
    """Replaying the migrations in dependency order, every field's target, through model and
    base is created before the operation that needs it."""
    user = "library.user"  # settings.AUTH_USER_MODEL reads "auth.User" in this process
    existing = {"auth.group", "auth.permission"}
    applied: set[str] = set()
    pending = dict(loaded)

    def met(dependency: tuple[str, str]) -> bool:
        if getattr(dependency, "setting", None) == "AUTH_USER_MODEL":
            return user in existing
        return dependency[0] == "auth" or ".".join(dependency) in applied

    while pending:
        ready = sorted(key for key, m in pending.items() if all(map(met, m.dependencies)))
        assert ready, f"migrations wait on each other: {sorted(pending)}"
        for key in ready:
            app = key.split(".")[0]
            for op in pending.pop(key).operations:
                if isinstance(op, migrations.CreateModel):
                    fields = [field for _, field in op.fields]
                    assert all(b in existing for b in op.bases if isinstance(b, str)), op
                    existing.add(f"{app}.{op.name.lower()}")
                else:
                    assert f"{app}.{op.model_name}" in existing, (key, op)
                    fields = [op.field] if isinstance(op, migrations.AddField) else []
                for field in fields:
                    if field.remote_field is None:
                        continue
                    target = field.remote_field.model.lower().replace("auth.user", user)
                    assert target in existing, (key, field)
                    through = getattr(field.remote_field, "through", None)
                    assert through is None or through.lower() in existing, (key, field)
            applied.add(key)


def test_relations_to_the_user_are_swappable(files: dict[str, str]) -> None:
    geo = files["apps/geo/migrations/0001_initial.py"]
    library = files["apps/library/migrations/0001_initial.py"]
    assert "migrations.swappable_dependency(settings.AUTH_USER_MODEL)" in geo
    assert "to=settings.AUTH_USER_MODEL" in geo
    assert library.count("to=settings.AUTH_USER_MODEL") == 4  # mentor, owner, user, members
    assert "library.user" not in geo
    # only where a table extends the user model's own: Librarian's base and parent link
    assert library.count("library.user") == library.count("user_ptr") + 1


def test_the_user_model_is_abstract_users_table_with_its_own_fields(
    loaded: dict[str, migrations.Migration],
) -> None:
    first = loaded["library.0001_initial"]
    assert ("auth", "0012_alter_user_first_name_max_length") in first.dependencies
    user = created(first)["User"]
    assert [name for name, _ in user.fields] == [
        "id",
        "password",
        "last_login",
        "is_superuser",
        "username",
        "first_name",
        "last_name",
        "email",
        "is_staff",
        "is_active",
        "date_joined",
        "bio",
        "mood",
        "groups",
        "mentor",
        "user_permissions",
    ]
    fields = dict(user.fields)
    assert type(fields["username"].validators[0]).__name__ == "UnicodeUsernameValidator"
    assert fields["groups"].remote_field.related_name == "user_set"
    assert fields["mood"].choices == [("HAPPY", "Very happy"), ("SAD", "Sad")]
    assert fields["mood"].default == "HAPPY"
    [(name, manager)] = user.managers
    assert name == "objects" and type(manager).__name__ == "UserManager"
    assert user.bases == (models.Model,)


def test_inheritance(loaded: dict[str, migrations.Migration]) -> None:
    tables = created(loaded["library.0001_initial"])
    assert "Timestamped" not in tables
    everything = dict(tables["Everything"].fields)
    assert {"created_at", "updated_at"} <= everything.keys()
    assert isinstance(everything["id"], models.UUIDField) and everything["id"].primary_key
    restaurant = tables["Restaurant"]
    assert restaurant.bases == ("library.place",)
    link = dict(restaurant.fields)["place_ptr"]
    assert link.remote_field.parent_link and link.primary_key and not link.serialize
    assert [name for name, _ in restaurant.fields] == ["place_ptr", "stars"]
    librarian = tables["Librarian"]  # a child of the user model keeps the user manager
    assert librarian.bases == ("library.user",)
    assert [name for name, _ in librarian.managers] == ["objects"]


def test_a_text_key_is_the_first_column_and_what_links_to_it(
    loaded: dict[str, migrations.Migration],
) -> None:
    tables = created(loaded["geo.0001_initial"])
    country = dict(tables["Country"].fields)
    assert next(iter(country)) == "code" and "id" not in country
    key = country["code"]
    assert isinstance(key, models.CharField) and key.primary_key and not key.serialize
    assert key.max_length == 3 and not key._unique
    assert dict(tables["City"].fields)["country"].remote_field.model == "geo.country"
    assert dict(tables["Country"].fields)["neighbours"].remote_field.model == "geo.country"
    region = tables["Region"]
    assert region.bases == ("geo.country",)
    assert [name for name, _ in region.fields] == ["country_ptr", "capital"]


def test_every_field_kind_and_the_meta_options(loaded: dict[str, migrations.Migration]) -> None:
    everything = created(loaded["library.0001_initial"])["Everything"]
    fields = dict(everything.fields)
    assert fields["class_value"].db_column == "class"
    assert fields["parent"].remote_field.model == "library.everything"
    assert fields["friends"].remote_field.model == "library.everything"
    assert fields["friends"].db_table == "library_everything_friends"
    assert type(fields["im"]).__name__ == "ImageField"
    assert str(fields["d"].default) == "1.5"
    assert everything.options["ordering"] == ["-dt", "s", "pk"]
    assert everything.options["verbose_name"] == "everything"
    [constraint] = everything.options["constraints"]
    assert tuple(constraint.fields) == ("s", "sl")
    [index] = everything.options["indexes"]
    assert index.fields == ["-dt", "s"]


def test_a_cycle_inside_an_app_is_closed_by_adding_a_field(
    loaded: dict[str, migrations.Migration],
) -> None:
    operations = loaded["library.0001_initial"].operations
    names = [(type(op).__name__, getattr(op, "name", None)) for op in operations]
    assert names.index(("CreateModel", "Author")) < names.index(("CreateModel", "Book"))
    assert "best_book" not in dict(created(loaded["library.0001_initial"])["Author"].fields)
    adds = [(op.model_name, op.name) for op in operations if isinstance(op, migrations.AddField)]
    assert ("author", "best_book") in adds
    # The through model holds keys to both ends: the many-to-many waits for it.
    assert ("club", "members") in adds
    assert "members" not in dict(created(loaded["library.0001_initial"])["Club"].fields)


def test_projects_with_different_user_models_in_one_process(rich: Project) -> None:
    other = project_of(
        {
            "project": "team",
            "app": "people",
            "entities": {
                "Member": {"user": True, "fields": {"nick": "String"}},
                "Note": {"app": "notes", "fields": {"author": "Member", "text": "Text"}},
            },
        }
    )
    before = generator.generate(rich)
    notes = generator.generate(other)["apps/notes/migrations/0001_initial.py"]
    assert "migrations.swappable_dependency(settings.AUTH_USER_MODEL)" in notes
    assert "to=settings.AUTH_USER_MODEL" in notes
    assert generator.generate(rich) == before


def test_dependency_order_cuts_the_weakest_edge_of_a_cycle() -> None:
    needs = {
        "a": [set(), {"b"}, set()],
        "b": [set(), set(), {"c"}],
        "c": [set(), {"a"}, set()],
        "d": [set(), set(), set()],
    }
    # a→b→c→a is a cycle; b's many-to-many is the one cut, and b goes first.
    assert dependency_order(["a", "b", "c", "d"], needs) == ["d", "b", "a", "c"]


def test_dependency_order_keeps_declaration_order_and_parents_first() -> None:
    needs = {"child": [{"parent"}, set(), set()], "parent": [set(), set(), set()]}
    assert dependency_order(["child", "parent"], needs) == ["parent", "child"]
    cycle = {"a": [{"b"}, set(), set()], "b": [{"a"}, set(), set()]}
    with pytest.raises(ValueError, match="cycle"):
        dependency_order(["a", "b"], cycle)


def test_the_benchmark_diagram_of_a_thousand_entities_generates_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The benchmark's synthetic diagram is valid, and its cross-app cycles are split into
    later migrations (benchmarks/generation.py times it)."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    benchmark = importlib.import_module("generation")
    diagram = tmp_path / "bench.mmd"
    diagram.write_text(benchmark.diagram(1000))
    project = load(diagram).project
    assert len(project.entities) == 1000 and len(project.apps) == 10
    files = generator.generate(project)
    assert sum(path.endswith("_initial.py") for path in files) > len(project.apps)
