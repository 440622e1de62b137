"""Validation of a spec's plain data into a SpecDocument, every pydantic error located.

Each error is reported once, at the key or value it is about, with the closest allowed key or
value as a hint. The invalid part is then left out and the rest validated again, so that the
resolver can still check what remains and one run reports the problems of both.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from djgen.errors import Loc, did_you_mean
from djgen.frontends.document import EntitySpec, EnumValue, Features, FieldSpec, SpecDocument
from djgen.frontends.source_map import PathKey, SourceMap

if TYPE_CHECKING:
    from djgen.frontends.located import Located

_VALIDATION_ROUNDS = 4
_QUOTED = re.compile(r"'([^']*)'")


def validate(data: dict[Any, Any], located: Located, source: SourceMap) -> SpecDocument | None:
    """`SpecDocument.model_validate`, every error turned into DJG105 at its key or value.

    Each invalid part is reported and left out, and the rest validated again, so that the
    resolver can still check what remains; None when nothing valid remains.
    """
    for _ in range(_VALIDATION_ROUNDS):
        try:
            return SpecDocument.model_validate(data)
        except ValidationError as err:
            invalid = _report(err, data, located, source)
        if not all(_drop(data, path) for path in invalid):
            return None
    return None


def _report(
    err: ValidationError, data: dict[Any, Any], located: Located, source: SourceMap
) -> set[PathKey]:
    """Report each error once, at its key or value; the paths of every invalid part."""
    seen: set[PathKey] = set()
    invalid: set[PathKey] = set()
    for error in err.errors():
        path, branch = _data_path(data, error["loc"])
        invalid.add(path)
        if path in seen or not _right_branch(data, path, branch):
            continue
        seen.add(path)
        message, hint = _describe(error, path)
        located.diagnostics.error("DJG105", message, _error_loc(error, path, located, source), hint)
    return invalid


def _drop(data: dict[Any, Any], path: PathKey) -> bool:
    """Remove the part at `path` (not the whole document); False when it cannot be."""
    if not path:
        return False
    parent: Any = data
    for part in path[:-1]:
        if not isinstance(parent, dict) or part not in parent:
            return True  # an enclosing part is already gone
        parent = parent[part]
    if not isinstance(parent, dict):
        return False
    parent.pop(path[-1], None)
    return True


def _data_path(data: Any, loc: tuple[Any, ...]) -> tuple[PathKey, str | None]:
    """The part of a pydantic error location that exists in the data, and the union branch."""
    path: list[Any] = []
    branch: str | None = None
    current = data
    for part in loc:
        if (isinstance(current, dict) and part in current) or (
            isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current)
        ):
            path.append(part)
            current = current[part]
        elif isinstance(part, str) and branch is None and len(path) in {2, 3, 4}:
            branch = part
    return tuple(path), branch


def _right_branch(data: dict[Any, Any], path: PathKey, branch: str | None) -> bool:
    """Keep a union's error only from the member that the value's shape was meant for."""
    if branch is None or len(path) < 2 or path[0] not in {"entities", "enums"}:
        return True
    if path[0] == "entities":
        if branch == "bool":  # `cache: {timeout: N}` was not meant as `cache: false`
            return not isinstance(data["entities"][path[1]].get(path[2]), dict)
        return branch != "str"
    value = data["enums"][path[1]]
    if isinstance(value, dict):
        wants_model = "values" in value or "app" in value
        return branch == "EnumValue" if wants_model else branch.startswith("dict")
    return branch.startswith("list")


def _model_at(path: PathKey) -> type[BaseModel] | None:
    shape = tuple("*" if i in {1, 3} else part for i, part in enumerate(path))
    models: dict[PathKey, type[BaseModel]] = {
        (): SpecDocument,
        ("features",): Features,
        ("entities", "*"): EntitySpec,
        ("entities", "*", "fields", "*"): FieldSpec,
        ("enums", "*"): EnumValue,
    }
    return models.get(shape)


def _describe(error: Any, path: PathKey) -> tuple[str, str | None]:
    where = ".".join(str(p) for p in path) or "the spec"
    kind = error["type"]
    if kind == "extra_forbidden":
        model = _model_at(path[:-1])
        allowed = sorted(model.model_fields) if model else []
        hint = did_you_mean(str(path[-1]), allowed) or (
            f"allowed keys: {', '.join(allowed)}" if allowed else None
        )
        return f"unknown key '{path[-1]}' in {'.'.join(map(str, path[:-1])) or 'the spec'}", hint
    if kind == "missing":
        return f"{where}: '{error['loc'][-1]}' is required", f"add `{error['loc'][-1]}:`"
    message = error["msg"][:1].lower() + error["msg"][1:]
    hint = None
    expected = (error.get("ctx") or {}).get("expected")
    if kind in {"enum", "literal_error"} and isinstance(expected, str):
        choices = _QUOTED.findall(expected)
        hint = did_you_mean(str(error["input"]), choices) or f"one of {', '.join(choices)}"
    if hint is None and path[:1] == ("enums",):
        hint = "an enumeration is a list of values, a mapping VALUE: label, or {app, values}"
    return f"{where}: {message}", hint


def _error_loc(error: Any, path: PathKey, located: Located, source: SourceMap) -> Loc:
    if error["type"] == "extra_forbidden" and path in located.keys:
        return located.keys[path]
    if error["type"] != "missing":
        found = located.values.get(path) or source.locs.get(path)
        if found is not None:
            return found
    return located.keys.get(path) or source.at(*path)
