"""Any text a user writes in a spec lands in generated code as the very same value.

Random strings (quotes, triple quotes, backslashes, newlines, tabs, unicode) are used as a
field's help text, a string default, a pattern, an enumeration label, an entity's description
and a method name; the
spec goes through the YAML frontend and every generator, every Python file of the plan must
compile, and the models module, the choices module and the migration must hold the value
unchanged.
"""

from __future__ import annotations

import ast
import keyword
import re
import unicodedata
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from djgen.generators import plan
from djgen.load import load_data

# What breaks naive quoting, mixed with any other character but NUL (and lone surrogates,
# which no file can hold).
TRICKY = st.sampled_from(['"', "'", '"""', "'''", "\\", "\\n", "\n", "\r", "\t", "\u2028", "é"])
CHARACTER = st.characters(codec="utf-8", exclude_characters="\x00")
TEXT = st.lists(st.one_of(TRICKY, CHARACTER), min_size=1, max_size=12).map("".join)
# Method names: Python identifiers but keywords, and not the name of one of the fields.
IDENTIFIER = st.from_regex(r"[^\W\d_]\w{0,15}", fullmatch=True).filter(
    lambda name: (
        name.isidentifier()
        and not keyword.iskeyword(name)
        and name not in ("title", "body", "code", "mood")
    )
)


def _spec(help_text: str, default: str, label: str, method: str, description: str) -> bytes:
    spec = {
        "project": "strings",
        "enums": {"Mood": [{"HAPPY": label}, "SAD"]},
        "entities": {
            "Note": {
                "description": description,
                "fields": {
                    "title": {"type": "String", "max": 200, "help": help_text},
                    "body": {"type": "String", "max": 200, "default": default},
                    "code": {"type": "String", "max": 200, "pattern": re.escape(default)},
                    "mood": {"type": "Mood", "default": "HAPPY"},
                },
                "methods": [f"{method}()"],
            }
        },
    }
    # Escaped: PyYAML writes U+0085 raw when allowed unicode, and reads it back as a space.
    return yaml.safe_dump(spec).encode()


def _class(source: str, name: str) -> ast.ClassDef:
    tree = ast.parse(source)
    return next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name)


def _model_kwargs(source: str) -> dict[str, dict[str, Any]]:
    """`name = models.XField(..., key=<literal>)` of the Note model: literal kwargs by field."""
    found: dict[str, dict[str, Any]] = {}
    for node in _class(source, "Note").body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            name = node.targets[0]
            assert isinstance(name, ast.Name)
            found[name.id] = _literals(node.value)
    return found


def _migration_kwargs(source: str) -> dict[str, dict[str, Any]]:
    """The Note CreateModel's `("name", models.XField(...))` pairs: literal kwargs by field."""
    create = next(
        node
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and any(k.arg == "name" and ast.literal_eval(k.value) == "Note" for k in node.keywords)
    )
    fields = next(k.value for k in create.keywords if k.arg == "fields")
    assert isinstance(fields, ast.List)
    found: dict[str, dict[str, Any]] = {}
    for pair in fields.elts:
        assert isinstance(pair, ast.Tuple) and isinstance(pair.elts[1], ast.Call)
        found[ast.literal_eval(pair.elts[0])] = _literals(pair.elts[1])
    return found


def _literals(call: ast.Call) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for argument in call.keywords:
        try:
            found[str(argument.arg)] = ast.literal_eval(argument.value)
        except ValueError:  # a name or a call: not a user's text
            continue
    return found


def _validator_patterns(source: str) -> list[str]:
    tree = ast.parse(source)
    return [
        ast.literal_eval(node.args[0])
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "RegexValidator"
    ]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(help_text=TEXT, default=TEXT, label=TEXT, method=IDENTIFIER, description=TEXT)
def test_user_text_round_trips_through_every_generated_module(
    help_text: str, default: str, label: str, method: str, description: str
) -> None:
    spec = _spec(help_text, default, label, method, description)
    project = load_data(spec, "strings.yaml").project
    files = plan(project)
    for path, content in files.items():
        if path.endswith(".py"):
            compile(content, path, "exec")
    app = project.entity("Note").app
    models = files[f"apps/{app}/models.py"]
    migration = files[f"apps/{app}/migrations/0001_initial.py"]
    for declared in (_model_kwargs(models), _migration_kwargs(migration)):
        assert declared["title"]["help_text"] == help_text
        assert declared["body"]["default"] == default
    assert _migration_kwargs(migration)["mood"]["choices"][0] == ("HAPPY", label)
    anchored = f"^(?:{re.escape(default)})$"
    assert _validator_patterns(models) == _validator_patterns(migration) == [anchored]
    choices = _class(files[f"apps/{app}/choices.py"], "Mood")
    assert ast.literal_eval(choices.body[0].value) == ("HAPPY", label)  # type: ignore[attr-defined]
    note = _class(models, "Note")
    assert (
        ast.get_docstring(note, clean=False) == (project.entity("Note").description or "").strip()
    )
    methods = [n.name for n in note.body if isinstance(n, ast.FunctionDef)]
    assert unicodedata.normalize("NFKC", method) in methods  # as Python reads identifiers
