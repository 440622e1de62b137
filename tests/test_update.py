"""`djgen update` as a user meets it: the spec changes, the user's edits stay, the next
migration is written, conflicts are marked and reported, and nothing is half written."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from djgen.load import load_data
from djgen.update.decide import Action, decide
from tests.generate import tree
from tests.updating import SHELF, djgen, edit, migrations, new_project, newest_model_migration

METHOD = """
    def shelf_label(self) -> str:
        return f"{self.title} ({self.pages})"
"""


@pytest.fixture
def shelf(tmp_path: Path) -> tuple[Path, Path]:
    return new_project(tmp_path)


def test_a_field_added_is_merged_around_an_edit_and_migrated(shelf: tuple[Path, Path]) -> None:
    spec, out = shelf
    models = out / "apps/shelf/models.py"
    edit(
        models,
        "    def __str__(self) -> str:\n        return self.title\n",
        "    def __str__(self) -> str:\n        return self.title\n" + METHOD,
    )
    edit(
        spec,
        "      pages: Integer(optional)\n",
        "      pages: Integer(optional)\n      isbn: String(max:13, optional)\n",
    )
    done = djgen("update", spec, out)
    assert done.exit_code == 0, done.output
    text = models.read_text(encoding="utf-8")
    assert "isbn = models.CharField(" in text and "def shelf_label(self)" in text
    # isbn is searched too: its index is replaced after the field exists.
    assert migrations(out) == [
        "0001_initial.py",
        "0002_search.py",
        "0003_book_isbn.py",
        "0004_search.py",
    ]
    migration = (out / "apps/shelf/migrations/0003_book_isbn.py").read_text(encoding="utf-8")
    assert "migrations.AddField(" in migration and '("shelf", "0002_search")' in migration
    search = (out / "apps/shelf/migrations/0004_search.py").read_text(encoding="utf-8")
    assert 'PREVIOUS = ["book_search_idx"]' in search and '"title", "isbn"' in search
    # Reversed, it puts back the index over the title alone, which the table still has.
    restored = search.split("\nRESTORED = ", 1)[1].split("\n}\n", 1)[0]
    assert 'SearchVector("title", config="english")' in restored
    assert 'name="book_search_idx"' in restored
    assert "merged" in done.output and "apps/shelf/models.py" in done.output
    again = djgen("update", spec, out)
    assert again.exit_code == 0 and "up to date" in again.output
    assert len(migrations(out)) == 4


def test_an_edit_of_the_line_djgen_changes_is_a_reported_conflict(shelf: tuple[Path, Path]) -> None:
    spec, out = shelf
    models = out / "apps/shelf/models.py"
    edit(
        models,
        "title = models.CharField(max_length=200)",
        "title = models.CharField(max_length=200, db_index=True)",
    )
    edit(spec, "title: String(max:200)", "title: String(max:250)")
    done = djgen("update", spec, out)
    assert done.exit_code == 1, done.output
    text = models.read_text(encoding="utf-8")
    assert "<<<<<<< yours\n" in text and ">>>>>>> djgen\n" in text
    assert "db_index=True" in text and "max_length=250" in text
    assert "conflict apps/shelf/models.py (1 conflict)" in done.output
    assert "1 file is left with conflicts" in done.output


def test_files_of_a_removed_entity_go_unless_the_user_changed_them(
    shelf: tuple[Path, Path],
) -> None:
    spec, out = shelf
    spec.write_text(SHELF.split("  Book:")[0], encoding="utf-8")
    untouched = djgen("update", spec, out, "--dry-run")
    assert "removed apps/shelf/tests/test_book.py" in untouched.output
    with (out / "apps/shelf/tests/test_book.py").open("a", encoding="utf-8") as test:
        test.write("# checked by hand\n")
    (out / "notes.md").write_text("mine\n", encoding="utf-8")
    (out / "docs/api.md").unlink()
    (out / "Dockerfile").unlink()
    done = djgen("update", spec, out)
    assert done.exit_code == 0, done.output
    assert (
        (out / "apps/shelf/tests/test_book.py")
        .read_text(encoding="utf-8")
        .endswith("# checked by hand\n")
    )
    assert "kept apps/shelf/tests/test_book.py" in done.output
    assert (out / "notes.md").read_text(encoding="utf-8") == "mine\n"
    assert (out / "docs/api.md").is_file()  # deleted by the user, but this update changes it
    assert "restored docs/api.md" in done.output
    assert not (out / "Dockerfile").exists()  # deleted by the user, the same in both outputs
    assert "still deleted Dockerfile" in done.output
    migration = newest_model_migration(out)
    assert "migrations.DeleteModel(" in migration and 'name="Book"' in migration


def test_dry_run_writes_nothing_and_says_what_would_change(shelf: tuple[Path, Path]) -> None:
    spec, out = shelf
    before = tree(out)
    edit(spec, "pages: Integer(optional)", "pages: Integer(optional, min:1)")
    done = djgen("update", spec, out, "--dry-run")
    assert done.exit_code == 0, done.output
    assert tree(out) == before
    assert "Alter field pages on book" in done.output and "nothing written" in done.output


def test_renames_keep_the_data(shelf: tuple[Path, Path]) -> None:
    spec, out = shelf
    edit(spec, "  Author:\n", "  Writer:\n    renamed_from: Author\n")
    edit(spec, "{type: Author,", "{type: Writer,")
    edit(
        spec,
        "      pages: Integer(optional)",
        "      page_count: {type: Integer, optional: true, renamed_from: pages}",
    )
    done = djgen("update", spec, out)
    assert done.exit_code == 0, done.output
    migration = newest_model_migration(out)
    assert (
        'migrations.RenameModel(\n            old_name="Author",\n            new_name="Writer",'
        in migration
    )
    assert 'old_name="pages",\n            new_name="page_count",' in migration
    assert "RemoveField" not in migration and "DeleteModel" not in migration


def test_a_new_required_field_without_default_is_a_located_error(shelf: tuple[Path, Path]) -> None:
    spec, out = shelf
    before = tree(out)
    edit(
        spec,
        "      pages: Integer(optional)\n",
        "      pages: Integer(optional)\n      isbn: String(max:13)\n",
    )
    done = djgen("update", spec, out)
    assert done.exit_code == 2
    assert f"{spec}:11:7: error[DJG216]" in done.output and "give it a default" in done.output
    assert tree(out) == before


def test_a_folder_djgen_did_not_make_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "shelf.yaml"
    spec.write_text(SHELF, encoding="utf-8")
    done = djgen("update", spec, tmp_path)
    assert done.exit_code == 2 and "was not made by `djgen new`" in done.output


def test_new_records_the_tree_it_wrote_as_the_next_merge_base(shelf: tuple[Path, Path]) -> None:
    _, out = shelf
    recorded = json.loads(gzip.decompress((out / ".djgen/base.json.gz").read_bytes()))
    written = {p: data for p, data in tree(out).items() if not p.startswith(".djgen/")}
    assert {p: text.encode("utf-8") for p, text in recorded.items()} == written


def test_without_a_recorded_base_the_same_djgen_rebuilds_it(shelf: tuple[Path, Path]) -> None:
    spec, out = shelf
    (out / ".djgen/base.json.gz").unlink()
    edit(out / "apps/shelf/models.py", "class Book(", "# Books, by title.\nclass Book(")
    edit(spec, "pages: Integer(optional)", "pages: Integer(optional, min:1)")
    done = djgen("update", spec, out)
    assert done.exit_code == 0, done.output
    assert "# Books, by title.\nclass Book(" in (out / "apps/shelf/models.py").read_text("utf-8")
    assert (out / ".djgen/base.json.gz").is_file()


def test_without_a_recorded_base_another_djgen_stops(shelf: tuple[Path, Path]) -> None:
    spec, out = shelf
    (out / ".djgen/base.json.gz").unlink()
    manifest = out / ".djgen/manifest.json"
    recorded = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**recorded, "djgen": "0.0.1"}), encoding="utf-8")
    before = tree(out)
    done = djgen("update", spec, out)
    assert done.exit_code == 2 and "made by djgen 0.0.1" in done.output
    assert tree(out) == before


B, MINE, NEW = b"one\ntwo\nthree\n", b"one\ntwo\nthree\nmine\n", b"zero\none\ntwo\nthree\n"


@pytest.mark.parametrize(
    ("base", "yours", "theirs", "action", "data"),
    [
        (B, B, NEW, Action.UPDATED, NEW),
        (B, MINE, B, None, None),
        (B, MINE, NEW, Action.MERGED, b"zero\none\ntwo\nthree\nmine\n"),
        (B, b"ONE\ntwo\nthree\n", b"1\ntwo\nthree\n", Action.CONFLICT, None),
        (None, None, NEW, Action.ADDED, NEW),
        (B, B, None, Action.REMOVED, None),
        (B, MINE, None, Action.KEPT, None),
        (B, None, B, Action.STAYS_DELETED, None),
        (B, None, NEW, Action.RESTORED, NEW),
        (None, None, None, None, None),
    ],
)
def test_each_file_is_decided_from_its_three_versions(
    base: bytes | None, yours: bytes | None, theirs: bytes | None, action: Action | None, data
) -> None:
    path = "apps/shelf/views.py"
    given = {k: v for k, v in (("base", base), ("theirs", theirs)) if v is not None}
    changes = decide(
        {path: given["base"]} if "base" in given else {},
        {path: given["theirs"]} if "theirs" in given else {},
        {path: yours},
    )
    if action is None:
        assert changes == []
        return
    [change] = changes
    assert change.action is action
    if data is not None:
        assert change.data == data
    if action is Action.CONFLICT:
        assert change.conflicts == 1
        assert change.data == b"<<<<<<< yours\nONE\n=======\n1\n>>>>>>> djgen\ntwo\nthree\n"


def test_migrations_are_never_decided_as_files() -> None:
    old, new = b"# roles\n", b"# roles and more\n"
    paths = ["apps/shelf/migrations/0001_initial.py", "apps/shelf/migrations/0003_roles.py"]
    assert decide(dict.fromkeys(paths, old), dict.fromkeys(paths, new), {}) == []


def test_roles_added_and_removed_get_the_next_migration_of_the_users_app(
    tmp_path: Path,
) -> None:
    spec, out = new_project(tmp_path, SHELF.replace("{cache: none}", "{cache: none, roles: [a]}"))
    assert migrations(out) == ["0001_initial.py", "0002_roles.py", "0003_search.py"]
    first = (out / "apps/shelf/migrations/0002_roles.py").read_bytes()
    edit(spec, "roles: [a]", "roles: [b, c]")
    done = djgen("update", spec, out)
    assert done.exit_code == 0, done.output
    assert "Create the groups b, c" in done.output and "Delete the groups a" in done.output
    assert migrations(out)[3:] == ["0004_roles.py"]
    assert (out / "apps/shelf/migrations/0002_roles.py").read_bytes() == first  # left as it is
    path = out / "apps/shelf/migrations/0004_roles.py"
    namespace: dict[str, Any] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    assert (namespace["ADDED"], namespace["REMOVED"]) == (["b", "c"], ["a"])
    migration = namespace["Migration"]
    assert ("shelf", "0003_search") in migration.dependencies
    [operation] = migration.operations
    assert operation.reversible
    edit(spec, "roles: [b, c]", "roles: [b, c, d]")
    edit(spec, "pages: Integer(optional)", "isbn: String(max:13, optional)")  # searched
    done = djgen("update", spec, out)
    assert done.exit_code == 0, done.output
    # The tables change first, then the groups, then the full-text index of the new column.
    new = ["0005_remove_book_pages_book_isbn.py", "0006_roles.py", "0007_search.py"]
    assert migrations(out)[4:] == new
    again = djgen("update", spec, out)
    assert again.exit_code == 0 and "up to date" in again.output


def test_a_rename_from_a_field_still_declared_is_a_located_error(
    shelf: tuple[Path, Path],
) -> None:
    spec, out = shelf
    edit(
        spec,
        "      pages: Integer(optional)\n",
        "      pages: Integer(optional)\n      page_count: Integer(optional, renamed_from:pages)\n",
    )
    done = djgen("update", spec, out)
    assert done.exit_code == 2
    assert f"{spec}:11:7: error[DJG217]" in done.output and "remove 'pages'" in done.output


def test_renames_are_read_from_a_diagram_and_kept_out_of_the_model_dump() -> None:
    diagram = (
        "---\ndjgen:\n  entities:\n    Post: {renamed_from: Article}\n---\n"
        "classDiagram\n  class Post {\n    summary: String(optional, renamed_from:excerpt)\n  }\n"
    )
    project = load_data(diagram.encode(), "blog.mmd").project
    post = project.entity("Post")
    assert post.renamed_from == "Article"
    assert {f.name: f.renamed_from for f in post.fields} == {"summary": "excerpt"}
    assert "renamed_from" not in project.canonical_json()  # an instruction, not the model
