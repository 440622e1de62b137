"""Class bodies of a Mermaid diagram: members → attributes, methods and enumeration values.

An attribute is `name: Type(options)` or `+Type name`, optionally followed by an initial value
(`+int count = 0`, its default) or by erDiagram's key markers (`id: Integer PK`,
`+int user_id (FK)`, `email: String UK`); a bare `name` is a text attribute. A method is
`name(args) Ret` or `Ret name(args)`, an enumeration member `VALUE` or `VALUE: "Label"`. Each
is located in the source map.
"""

from __future__ import annotations

import re
from typing import Any

from djgen.errors import Diagnostics
from djgen.frontends import attribute, cursor, signature
from djgen.frontends.attribute_options import default_value
from djgen.frontends.mermaid.diagram import MEMBER_HINT, NAME, Class, Member, Reporter
from djgen.frontends.problem import ShorthandError
from djgen.frontends.signature import MethodSpec
from djgen.frontends.source_map import SourceMap
from djgen.frontends.type_spelling import SIZED_TYPE
from djgen.names import snake

_COLON_ATTR = re.compile(rf"[+\-#~]?\s*(?P<name>{NAME})\s*[$*]?(?P<optional>\?)?\s*:(?P<rest>.*)$")
_UML_ATTR = re.compile(rf"[+\-#~]?\s*(?P<type>\S.*?)\s+(?P<name>{NAME})\s*[$*]?$")
_BARE_NAME = re.compile(rf"[+\-#~]?\s*(?P<name>{NAME})\s*[$*]?$")
# `+VARCHAR(20) code`: a sized text type before the name, an attribute though it has a `(`.
_SIZED_UML_ATTR = re.compile(rf"[+\-#~]?\s*{SIZED_TYPE}\s+{NAME}\s*[$*]?$")
_MARKER = r"(?:PK|FK|UK)"
# Key markers after an attribute, `PK`, `PK, FK`, `(FK)`, and erDiagram's comment after them.
_KEY_MARKERS = re.compile(
    rf"\s+(?P<markers>{_MARKER}(?:\s*,\s*{_MARKER})*|\(\s*(?i:{_MARKER})(?:\s*,\s*(?i:{_MARKER}))*\s*\))"
    r"(?:\s+\"[^\"]*\")?\s*$"
)
# An initial value after the attribute, as UML writes it: `+int count = 0`.
_INITIAL_VALUE = re.compile(r"\s*=\s*(?P<value>[^=()]+?)\s*$")
# What each marker sets on the attribute.
_MARKER_KEYS = {"PK": "primary_key", "FK": "link_column", "UK": "unique"}
_ENUM_VALUE = re.compile(r"(?P<value>\"[^\"]*\"|[^\s:\"=,]+)\s*(?:[:=](?P<label>.*?))?\s*,?$")
# UML multiplicity on an attribute: `String[0..*]`, `tags: String [1..*]`, `note: Text[0..1]`.
_MULTIPLICITY = re.compile(
    r"\s*\[\s*(?P<low>[0-9]+|\*)\s*(?:\.\.\s*(?P<high>[0-9]+|\*|[nN]))?\s*\]"
)
# C# properties: `+string Name { get; set; }`.
_ACCESSORS = re.compile(r"\s*\{\s*(?:get|set|init)\b[^{}]*\}\s*$")

ENUM_HINT = 'write an enumeration member as `VALUE` or `VALUE: "Label"`'
_FLAG_ANNOTATIONS = {"abstract": "abstract", "user": "user", "readonly": "readonly"}
# Stereotypes of classes drawn for readers, that hold no rows.
_UNSTORED_ANNOTATIONS = frozenset(
    {"interface", "service", "controller", "repository", "utility", "component"}
)


class Bodies(Reporter):
    def __init__(self, path: str, diagnostics: Diagnostics, classes: frozenset[str]) -> None:
        super().__init__(path, diagnostics)
        self.classes = classes  # every class the diagram names, for members that name one

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
                value = cursor.unquote(found.group("value"))
                label = found.group("label")
                entry: Any = {value: cursor.unquote(label)} if label is not None else value
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
            markers = _KEY_MARKERS.search(text)
            if markers is not None:
                text = text[: markers.start()]
            elif signature.looks_like_method(text) and not _SIZED_UML_ATTR.match(text):
                self._method(cls, member, source)
                continue
            initial = _INITIAL_VALUE.search(text)
            if initial is not None:
                text = text[: initial.start()]
            text, optional = _without_multiplicity(_ACCESSORS.sub("", text))
            added: str | None = None
            found = _COLON_ATTR.match(text)
            if found is not None:
                rest = found.group("rest").rstrip()
                if not rest.endswith(")"):
                    rest = rest.rstrip("$*")
                added = self._attribute(cls, found, rest, found.start("rest"), line, col, source)
                optional = optional or found.group("optional") is not None
            elif (found := _UML_ATTR.match(text)) is not None:
                type_text, type_at = found.group("type"), found.start("type")
                added = self._attribute(cls, found, type_text, type_at, line, col, source)
            elif (found := _BARE_NAME.match(text)) is not None:
                added = self._untyped(cls, found, line, col, source)
            else:
                self.error("DJG103", "this is not an attribute or a method", line, col, MEMBER_HINT)
            if added is not None and optional:
                cls.fields[added].setdefault("required", False)
            if added is not None and markers is not None:
                self._markers(cls, added, markers, line, col, source)
            if added is not None and initial is not None:
                spec = cls.fields[added]
                spec.setdefault("default", default_value(initial.group("value")))
                at = self.loc(line, col + initial.start("value"))
                source.locs.setdefault(("entities", cls.name, "fields", added, "default"), at)

    def _method(self, cls: Class, member: Member, source: SourceMap) -> None:
        try:
            name, args, returns = signature.parse_method(member.text)
        except ShorthandError as err:
            self.problem(err.problem, member.line, member.col)
            return
        key = ("entities", cls.name, "methods", len(cls.methods))
        source.locs.setdefault(key, self.loc(member.line, member.col))
        cls.methods.append(MethodSpec(name=name, args=tuple(args), returns=returns))

    def _attribute(
        self,
        cls: Class,
        found: re.Match[str],
        type_text: str,
        type_at: int,
        line: int,
        col: int,
        source: SourceMap,
    ) -> str | None:
        """Add one attribute to the class and return its name; None, reported, if it cannot be."""
        name = found.group("name")
        name_col = col + found.start("name")
        parsed = attribute.parse_field(type_text)
        for problem in parsed.problems:
            self.problem(problem, line, col + type_at)
        if parsed.problems:
            return None
        if name in cls.fields:
            self.error(
                "DJG206",
                f"'{cls.name}' already has an attribute '{name}'",
                line,
                name_col,
                "remove or rename one of them",
            )
            return None
        cls.fields[name] = parsed.spec
        path = ("entities", cls.name, "fields", name)
        source.locs.setdefault(path, self.loc(line, name_col))
        for key, offset in parsed.offsets.items():
            source.locs.setdefault((*path, key), self.loc(line, col + type_at + offset))
        return name

    def _untyped(
        self, cls: Class, found: re.Match[str], line: int, col: int, source: SourceMap
    ) -> str | None:
        """A bare `name` is drawn for readers: a member that names a class (`User` in `Account`)
        is a link to it, any other is kept as a text attribute; a warning either way."""
        written = found.group("name")
        links = written in self.classes and written != cls.name
        name = snake(written) if links else written
        if name in cls.fields:
            return None
        cls.fields[name] = {"type": written if links else "String"}
        name_col = col + found.start("name")
        source.locs.setdefault(("entities", cls.name, "fields", name), self.loc(line, name_col))
        reading = f"it names the class, read as the link '{name}'" if links else "read as String"
        self.warning(
            "DJG308",
            f"'{cls.name}.{written}' has no type; {reading}",
            line,
            name_col,
            f"write its type: `{name}: {written}`"
            if links
            else f"write its type: `{name}: String`, `{name}: Integer`, …",
        )
        return name

    def _markers(
        self, cls: Class, name: str, markers: re.Match[str], line: int, col: int, source: SourceMap
    ) -> None:
        """Set what `PK`, `FK` and `UK` after an attribute mean on it."""
        spec = cls.fields[name]
        text = markers.group("markers")
        for marker in re.finditer(_MARKER, text, re.IGNORECASE):
            key = _MARKER_KEYS[marker.group().upper()]
            spec[key] = True
            at = col + markers.start("markers") + marker.start()
            source.locs.setdefault(("entities", cls.name, "fields", name, key), self.loc(line, at))


def _without_multiplicity(text: str) -> tuple[str, bool]:
    """The member without UML multiplicities, a many one read as a list (`String[*]` is
    `String[]`); and whether one of them allows nothing (`[0..1]`, an optional attribute)."""
    optional = False

    def read(found: re.Match[str]) -> str:
        nonlocal optional
        low, high = found.group("low"), found.group("high") or found.group("low")
        many = high in {"*", "n", "N"} or (high.isdigit() and int(high) > 1)
        optional = optional or (low == "0" and not many)
        return "[]" if many else ""

    return _MULTIPLICITY.sub(read, text), optional


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
