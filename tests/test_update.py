"""`djgen update` as a user meets it: the spec changes, the user's edits stay, the next
migration is written, conflicts are marked and reported, and nothing is half written."""

from __future__ import annotations

from pathlib import Path

import pytest

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
