"""Class bodies of a Mermaid diagram: members → attributes, methods and enumeration values.

An attribute is `name: Type(options)` or `+Type name`, a method `name(args) Ret`, an
enumeration member `VALUE` or `VALUE: "Label"`. Each is located in the source map.
"""

from __future__ import annotations

import re
from typing import Any

from djgen.frontends import attribute, signature
from djgen.frontends.document import MethodSpec, SourceMap
from djgen.frontends.mermaid.diagram import MEMBER_HINT, NAME, Class, Reporter
from djgen.frontends.problem import ShorthandError

_COLON_ATTR = re.compile(rf"[+\-#~]?\s*(?P<name>{NAME})\s*[$*]?\s*:(?P<rest>.*)$")
_UML_ATTR = re.compile(rf"[+\-#~]?\s*(?P<type>\S.*?)\s+(?P<name>{NAME})\s*[$*]?$")
_BARE_NAME = re.compile(rf"[+\-#~]?\s*{NAME}\s*[$*]?$")
_ENUM_VALUE = re.compile(r"(?P<value>\"[^\"]*\"|[^\s:\"]+)\s*(?::(?P<label>.*))?$")

ENUM_HINT = 'write an enumeration member as `VALUE` or `VALUE: "Label"`'
_FLAG_ANNOTATIONS = {"abstract": "abstract", "user": "user", "readonly": "readonly"}
# Stereotypes of classes drawn for readers, that hold no rows.
_UNSTORED_ANNOTATIONS = frozenset(
    {"interface", "service", "controller", "repository", "utility", "component"}
)


class Bodies(Reporter):
    def enum(self, cls: Class, source: SourceMap) -> Any:
        values: list[Any] = []
        for member in cls.members:
            if signature.looks_like_method(member.text):
                continue
            found = _ENUM_VALUE.match(member.text)
            if found is None:
                self.error(
                    "DJG103", "not an enumeration member", member.line, member.col, ENUM_HINT
                )
                continue
            try:
                value = attribute.unquote(found.group("value"))
                label = found.group("label")
                entry: Any = {value: attribute.unquote(label)} if label is not None else value
            except ShorthandError as err:
                self.problem(err.problem, member.line, member.col)
                continue
            source.locs.setdefault(
                ("enums", cls.name, "values", len(values)), self.loc(member.line, member.col)
            )
            values.append(entry)
        return {"app": cls.namespace, "values": values} if cls.namespace else values

    def members(self, cls: Class, source: SourceMap) -> None:
        for member in cls.members:
            text, line, col = member.text, member.line, member.col
            if signature.looks_like_method(text):
                try:
                    name, args, returns = signature.parse_method(text)
                except ShorthandError as err:
                    self.problem(err.problem, line, col)
                    continue
                key = ("entities", cls.name, "methods", len(cls.methods))
                source.locs.setdefault(key, self.loc(line, col))
                cls.methods.append(MethodSpec(name=name, args=tuple(args), returns=returns))
                continue
            found = _COLON_ATTR.match(text)
            if found is not None:
                rest = found.group("rest").rstrip()
                if not rest.endswith(")"):
                    rest = rest.rstrip("$*")
                self._attribute(cls, found, rest, found.start("rest"), line, col, source)
                continue
            found = _UML_ATTR.match(text)
            if found is not None:
                self._attribute(
                    cls, found, found.group("type"), found.start("type"), line, col, source
                )
                continue
            if _BARE_NAME.match(text):
                self.error(
                    "DJG103",
                    "this attribute has no type",
                    line,
                    col,
                    "write it as `name: Type` or `+Type name`",
                )
            else:
                self.error("DJG103", "this is not an attribute or a method", line, col, MEMBER_HINT)

    def _attribute(
        self,
        cls: Class,
        found: re.Match[str],
        type_text: str,
        type_at: int,
        line: int,
        col: int,
        source: SourceMap,
    ) -> None:
        name = found.group("name")
        name_col = col + found.start("name")
        parsed = attribute.parse_field(type_text)
        for problem in parsed.problems:
            self.problem(problem, line, col + type_at)
        if parsed.problems:
            return
        if name in cls.fields:
            self.error(
                "DJG206",
                f"'{cls.name}' already has an attribute '{name}'",
                line,
                name_col,
                "remove or rename one of them",
            )
            return
        cls.fields[name] = parsed.spec
        path = ("entities", cls.name, "fields", name)
        source.locs.setdefault(path, self.loc(line, name_col))
        for key, offset in parsed.offsets.items():
            source.locs.setdefault((*path, key), self.loc(line, col + type_at + offset))


def entity_data(cls: Class) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if cls.namespace:
        data["app"] = cls.namespace
    for annotation, key in _FLAG_ANNOTATIONS.items():
        if annotation in cls.annotations:
            data[key] = True
    if cls.annotations & _UNSTORED_ANNOTATIONS:
        data["stored"] = False
    if cls.extends:
        data["extends"] = cls.extends
    if cls.fields:
        data["fields"] = cls.fields
    if cls.methods:
        data["methods"] = cls.methods
    return data
