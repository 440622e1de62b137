"""The YAML frontend: `djgen.yaml` → SpecDocument, every key and value located.

PyYAML's node tree keeps the position of every key and value; this module converts it to
plain data itself (so duplicate keys are caught rather than silently overwritten), expands
shorthand strings with positions inside the YAML line, and validates the result (`validation`
maps every pydantic error back to the key or value it is about). The Mermaid frontend reuses
the same steps for its front matter.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

import yaml

from djgen.errors import Diagnostic, Diagnostics, Loc
from djgen.frontends import attribute, signature
from djgen.frontends.document import SpecDocument
from djgen.frontends.located import Located
from djgen.frontends.partial import finish
from djgen.frontends.problem import ShorthandError
from djgen.frontends.reader import Positions, compose_yaml, empty_input, require_content
from djgen.frontends.signature import MethodSpec
from djgen.frontends.source_map import PathKey, SourceMap
from djgen.frontends.validation import validate

_MAX_NODES = 1_000_000
_MERGE_TAG = "tag:yaml.org,2002:merge"


@dataclass
class YamlLocated(Located):
    """Plain data converted from YAML with the position of every key and every value."""

    text: str = ""
    nodes: dict[PathKey, yaml.Node] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.positions = Positions(self.text)
        self._constructor = yaml.constructor.SafeConstructor()
        self._active: set[int] = set()
        self._count = 0

    def loc(self, mark: yaml.Mark) -> Loc:
        return self.positions.loc(mark.index, self.path)

    def convert(self, node: yaml.Node, path: PathKey) -> Any:
        """Node → plain data, recording positions under `path` (a document path)."""
        self._count += 1
        if self._count > _MAX_NODES or id(node) in self._active:
            self.diagnostics.error(
                "DJG105",
                "the YAML expands without bound (recursive or huge aliases)",
                self.loc(node.start_mark),
            )
            return None
        self.values.setdefault(path, self.loc(node.start_mark))
        self.nodes.setdefault(path, node)
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        self._active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.convert(item, (*path, i)) for i, item in enumerate(node.value)]
            return self._mapping(node, path)
        finally:
            self._active.discard(id(node))

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        try:
            value = self._constructor.construct_object(node)
        except Exception:  # an unknown tag or an impossible date: keep the text as written
            return node.value
        if isinstance(value, datetime.date | datetime.datetime):
            return value.isoformat()
        if isinstance(value, bytes):
            return node.value
        return value

    def _mapping(self, node: yaml.Node, path: PathKey) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        merged: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                merged.update(self._merge_source(value_node, path))
                continue
            key = self._key(key_node)
            key_path = (*path, key)
            if key in result:
                self.diagnostics.error(
                    _duplicate_code(path),
                    f"'{key}' is defined twice",
                    self.loc(key_node.start_mark),
                    f"the first definition is at line {self.keys[key_path].line}",
                )
                continue
            self.keys[key_path] = self.loc(key_node.start_mark)
            result[key] = self.convert(value_node, key_path)
        for key, value in merged.items():
            result.setdefault(key, value)
        return result

    def _merge_source(self, node: yaml.Node, path: PathKey) -> dict[Any, Any]:
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        merged: dict[Any, Any] = {}
        for source in reversed(sources):
            value = self.convert(source, path)
            if isinstance(value, dict):
                merged.update(value)
            else:
                self.diagnostics.error(
                    "DJG105", "a merge key (<<) takes a mapping", self.loc(source.start_mark)
                )
        return merged

    def _key(self, node: yaml.Node) -> Any:
        if isinstance(node, yaml.ScalarNode):
            value = self._scalar(node)
            return value if isinstance(value, str | int | float | bool) else str(value)
        self.diagnostics.error("DJG105", "a key must be a plain value", self.loc(node.start_mark))
        return f"<key at {node.start_mark.index}>"

    def value_loc(self, path: PathKey) -> Loc | None:
        return self.values.get(path)

    def offset_loc(self, path: PathKey, offset: int) -> Loc:
        """The position `offset` characters into the string value at `path`."""
        node = self.nodes[path]
        style = node.style if isinstance(node, yaml.ScalarNode) else None
        start = node.start_mark.index + (1 if style in {'"', "'"} else 0)
        source = self.text[start : node.end_mark.index]
        if style not in {None, '"', "'"} or "\n" in source or "\\" in source:
            return self.loc(node.start_mark)
        return self.positions.loc(start + offset, self.path)


def _duplicate_code(path: PathKey) -> str:
    if path in {("entities",), ("enums",)}:
        return "DJG203"
    if len(path) == 3 and path[0] == "entities" and path[2] == "fields":
        return "DJG206"
    return "DJG105"


def load_text(text: str, path: str) -> tuple[SpecDocument, SourceMap, list[Diagnostic]]:
    """A YAML spec (already decoded) → its document, source map and warnings."""
    require_content(text, path, "#")
    diagnostics = Diagnostics()
    node = compose_yaml(text, path, "DJG104")
    if node is None or (isinstance(node, yaml.ScalarNode) and node.value == ""):
        raise empty_input(path, "#")
    located = YamlLocated(path, diagnostics, text=text)
    data = located.convert(node, ())
    if not isinstance(data, dict):
        diagnostics.error(
            "DJG105",
            "a spec is a mapping with the keys project, app, features, entities and enums",
            located.loc(node.start_mark),
        )
        finish(diagnostics)
    source = SourceMap(path)
    prepare(data, located, source)
    document = validate(data, located, source)
    finish(diagnostics, document, source)
    assert document is not None
    return document, source, diagnostics.warnings


def prepare(data: dict[Any, Any], located: YamlLocated, source: SourceMap) -> None:
    """Record positions in the source map and expand field shorthands, in place."""
    _record(located, source)
    entities = data.get("entities")
    if isinstance(entities, dict):
        for name, entity in entities.items():
            if isinstance(entity, dict) and isinstance(entity.get("fields"), dict):
                expand_fields(entity["fields"], ("entities", name, "fields"), located, source)
            if isinstance(entity, dict) and isinstance(entity.get("methods"), list):
                parse_methods(entity, ("entities", name, "methods"), source, located)
        enums = data.get("enums")
        if isinstance(enums, dict):
            for name in enums:
                if name in entities:
                    located.diagnostics.error(
                        "DJG203",
                        f"'{name}' is both an entity and an enumeration",
                        located.keys.get(("enums", name), source.at("enums", name)),
                        "rename one of them",
                    )


def _record(located: YamlLocated, source: SourceMap) -> None:
    """Keys at their key, list items and field types at their value, enum members by index."""
    for key, loc in located.values.items():
        is_type = len(key) == 5 and key[0] == "entities" and key[2] == "fields" and key[4] == "type"
        if is_type or (key and isinstance(key[-1], int)):
            source.locs.setdefault(key, loc)
    for key, loc in located.keys.items():
        source.locs.setdefault(key, loc)
    for key, loc in list(located.keys.items()) + list(located.values.items()):
        if len(key) == 3 and key[0] == "enums":
            index = _enum_index(located, key)
            if index is not None:
                source.locs.setdefault(("enums", key[1], "values", index), loc)


def _enum_index(located: YamlLocated, key: PathKey) -> int | None:
    """The member index of `key` under an enum given as a list or as VALUE: label."""
    if isinstance(key[2], int):
        return key[2]
    node = located.nodes.get(key[:2])
    if isinstance(node, yaml.MappingNode):
        names = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
        if "values" not in names and key[2] in names:
            return names.index(key[2])
    return None


def expand_fields(
    fields: dict[Any, Any], path: PathKey, located: YamlLocated, source: SourceMap
) -> None:
    """Turn every shorthand string into a FieldSpec mapping; drop values that are neither."""
    for name in list(fields):
        value = fields[name]
        field_path = (*path, name)
        if isinstance(value, dict):
            continue
        if not isinstance(value, str):
            located.diagnostics.error(
                "DJG105",
                f"field '{name}' must be a mapping {{type: ...}} or a string like "
                '"String(required)"',
                located.values.get(field_path) or source.at(*field_path),
            )
            del fields[name]
            continue
        parsed = attribute.parse_field(value)
        for problem in parsed.problems:
            located.diagnostics.error(
                problem.code,
                problem.message,
                located.offset_loc(field_path, problem.offset),
                problem.hint,
            )
        for key, offset in parsed.offsets.items():
            loc = located.offset_loc(field_path, offset)
            source.locs.setdefault((*field_path, key), loc)
        if parsed.problems:
            del fields[name]
        else:
            fields[name] = parsed.spec


def parse_methods(
    entity: dict[Any, Any], path: PathKey, source: SourceMap, located: YamlLocated
) -> None:
    """Parse every signature string of `entity["methods"]` in place.

    A malformed signature is reported and the list dropped, so validation adds nothing about
    it; anything but a string is left for validation to reject.
    """
    methods = entity["methods"]
    parsed: list[Any] = []
    for i, text in enumerate(methods):
        if not isinstance(text, str):
            parsed.append(text)
            continue
        try:
            name, args, returns = signature.parse_method(text)
        except ShorthandError as err:
            located.diagnostics.error(
                "DJG103", err.problem.message, source.at(*path, i), err.problem.hint
            )
            continue
        parsed.append(MethodSpec(name=name, args=tuple(args), returns=returns))
    if len(parsed) < len(methods):
        del entity["methods"]
    else:
        methods[:] = parsed
