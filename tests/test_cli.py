"""The command line as a user meets it: exit codes, messages, and what is (not) written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.generate import EXAMPLES, djgen

BAD_DIAGRAM = """classDiagram
    class Order {
        total: Decimal(max_digits:12)
        placed: DateTim
    }
    Order "*" --> "1" Custmer : customer
    class Customer {
        name: String
    }
"""


@pytest.fixture
def bad_spec(tmp_path: Path) -> Path:
    path = tmp_path / "bad.mmd"
    path.write_text(BAD_DIAGRAM, encoding="utf-8")
    return path


@pytest.mark.parametrize("example", sorted(EXAMPLES.iterdir()), ids=lambda p: p.name)
def test_validate_passes_on_every_example(example: Path) -> None:
    done = djgen("validate", str(example))
    assert done.returncode == 0, done.stderr
    assert "project" in done.stdout and "entities" in done.stdout


def test_validate_reports_every_error_with_location_caret_and_hint(bad_spec: Path) -> None:
    done = djgen("validate", str(bad_spec))
    assert done.returncode == 2
    assert f"{bad_spec}:4:17: error[DJG201]: " in done.stderr
    assert "hint: did you mean 'DateTime'?" in done.stderr
    assert f"{bad_spec}:6:23: error[DJG204]: " in done.stderr
    assert "hint: did you mean 'Customer'?" in done.stderr
    lines = done.stderr.splitlines()
    source = lines.index("          placed: DateTim")
    assert lines[source + 1] == "  " + " " * 16 + "^"
    assert "Traceback" not in done.stderr


def test_validate_shows_the_reading_of_every_relation_and_strict_fails_on_a_choice(
    tmp_path: Path,
) -> None:
    spec = tmp_path / "shop.mmd"
    spec.write_text(
        "classDiagram\n"
        "  class Product {\n    +List~Review~ reviews\n  }\n"
        '  Product "1" --> "*" Review\n'
        '  User "1" --> "*" Review : writes\n',
        encoding="utf-8",
    )
    done = djgen("validate", str(spec))
    assert done.returncode == 0, done.stderr
    assert (
        "Review.product → Product (ForeignKey, reverse Product.reviews, on_delete PROTECT, "
        "required, attribute and line merged)"
    ) in done.stdout
    assert "Review.user → User (ForeignKey, reverse User.reviews" in done.stdout
    assert "from a line)" in done.stdout
    assert "warning[DJG310]: the label 'writes'" in done.stderr
    strict = djgen("validate", "--strict", str(spec))
    assert strict.returncode == 2
    assert "warnings are errors with --strict" in strict.stderr


def test_validate_checks_each_file_and_fails_if_any_fails(bad_spec: Path) -> None:
    done = djgen("validate", str(EXAMPLES / "blog.mmd"), str(bad_spec))
    assert done.returncode == 2
    assert "project blog" in done.stdout
    assert "error[DJG204]" in done.stderr


def test_new_on_bad_input_writes_nothing(bad_spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    before = set(tmp_path.iterdir())
    done = djgen("new", str(bad_spec), "-o", str(out))
    assert done.returncode == 2
    assert "error[DJG204]" in done.stderr
    assert set(tmp_path.iterdir()) == before


# `djgen new` run in this interpreter, which then reports the processes it forked and whether
# any of them is still its child, running or not reaped.
NEW_COUNTING_FORKS = """
import os, sys
from djgen.cli import main
fork, forked = os.fork, []
os.fork = lambda: forked.append(1) or fork()
try:
    main()
except SystemExit as exit:
    status = exit.code
try:
    os.waitpid(-1, os.WNOHANG)
    left = "a child left"
except ChildProcessError:
    left = "no child left"
print(len(forked), "forked,", left)
sys.exit(status)
"""


def test_new_on_bad_input_prints_what_validate_does_and_leaves_no_child(
    bad_spec: Path, tmp_path: Path
) -> None:
    """The child that plans the migrations is forked before the spec is read: an error in the
    spec stops it at once, and it prints nothing."""
    args = ["new", str(bad_spec), "-o", str(tmp_path / "out")]
    done = subprocess.run(
        [sys.executable, "-c", NEW_COUNTING_FORKS, *args], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert done.stdout == "1 forked, no child left\n"
    validated = djgen("validate", str(bad_spec))
    assert done.stderr == f"Reading {bad_spec}\n" + validated.stderr


def test_new_refuses_a_non_empty_folder_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    done = djgen("new", str(EXAMPLES / "blog.mmd"), "-o", str(out))
    assert done.returncode == 2
    assert "--force" in done.stderr
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_new_with_force_keeps_files_it_does_not_generate(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    done = djgen("new", str(EXAMPLES / "blog.mmd"), "-o", str(out), "--force")
    assert done.returncode == 0, done.stderr
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "manage.py").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "staging folder left behind"


def test_new_dry_run_prints_the_tree_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = djgen("new", str(EXAMPLES / "blog.mmd"), "-o", str(out), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "manage.py" in done.stdout and "models.py" in done.stdout
    assert "nothing written" in done.stdout
    assert not out.exists()


def test_new_records_a_manifest_of_what_it_wrote(tmp_path: Path) -> None:
    import hashlib

    out = tmp_path / "blog"
    done = djgen("new", str(EXAMPLES / "blog.mmd"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "files" in done.stdout and "make check" in done.stdout
    manifest = json.loads((out / ".djgen" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["model"]["name"] == "blog"
    assert len(manifest["files"]) > 20
    for relative, digest in manifest["files"].items():
        assert hashlib.sha256((out / relative).read_bytes()).hexdigest() == digest, relative


def test_schema_is_json_schema_2020_12_that_accepts_the_examples() -> None:
    import jsonschema

    done = djgen("schema")
    assert done.returncode == 0
    schema = json.loads(done.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    document = yaml.safe_load((EXAMPLES / "shop.yaml").read_text(encoding="utf-8"))
    assert list(validator.iter_errors(document)) == []
    document["entities"]["Product"]["fields"]["price"]["colour"] = "red"
    assert list(validator.iter_errors(document)) != []


def test_a_diagram_and_its_yaml_twin_print_identical_canonical_json() -> None:
    diagram = djgen("inspect", str(EXAMPLES / "blog.mmd"), "--format", "json")
    twin = djgen("inspect", str(Path(__file__).parent / "data" / "blog.yaml"), "--format", "json")
    assert diagram.returncode == twin.returncode == 0, diagram.stderr + twin.stderr
    assert diagram.stdout == twin.stdout


@pytest.mark.parametrize("example", sorted(EXAMPLES.iterdir()), ids=lambda p: p.name)
def test_inspect_yaml_parses_back_to_the_same_model(example: Path, tmp_path: Path) -> None:
    printed = djgen("inspect", str(example), "--yaml")
    assert printed.returncode == 0, printed.stderr
    again = tmp_path / f"{example.stem}.yaml"
    again.write_text(printed.stdout, encoding="utf-8")
    original = djgen("inspect", str(example), "--format", "json")
    reparsed = djgen("inspect", str(again), "--format", "json")
    assert reparsed.returncode == 0, reparsed.stderr
    assert reparsed.stdout == original.stdout


def test_inspect_mermaid_prints_an_er_diagram() -> None:
    done = djgen("inspect", str(EXAMPLES / "blog.mmd"), "--format", "mermaid")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("erDiagram")
    assert "Post" in done.stdout and "Comment" in done.stdout


def test_version_and_help() -> None:
    assert djgen("--version").stdout.startswith("djgen ")
    assert "validate" in djgen("--help").stdout
    serve = djgen("serve", "--help").stdout
    assert "--host" in serve and "--port" in serve


def test_help_starts_without_the_compiler_or_its_heavy_libraries() -> None:
    """`djgen --help` answers at once: each command imports the compiler when it runs
    (benchmarks/startup.py times it)."""
    done = djgen("--help", env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert done.returncode == 0, done.stderr
    imported = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert "djgen.cli" in imported
    heavy = {"pydantic", "django", "jinja2", "yaml", "fastapi", "starlette", "uvicorn"}
    assert {name for name in imported if name.split(".")[0] in heavy} == set()
    assert {name for name in imported if name.startswith("djgen.")} == {"djgen.cli"}


def test_validate_names_the_cqrs_entities_without_a_warning(tmp_path: Path) -> None:
    spec = tmp_path / "shop.yaml"
    spec.write_text("features:\n  cqrs: [Order]\nentities:\n  Order: {}\n  Line: {}\n")
    done = djgen("validate", str(spec))
    assert done.returncode == 0, done.stderr
    assert "cqrs(Order)" in done.stdout
    assert "warning" not in (done.stdout + done.stderr).lower()
