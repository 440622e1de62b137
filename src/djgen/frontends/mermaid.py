"""The Mermaid frontend: a `classDiagram` → SpecDocument.

One pass over the lines collects classes, their raw members and the relationship lines; a
second pass over those (not over the text) decides what each class is, parses its members and
turns every relationship into a field on the class that holds the key. Problems are collected,
so one run reports every bad line. What types and names mean is left to the resolve pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from djgen import names
from djgen.errors import Diagnostics, Loc, did_you_mean
from djgen.frontends import attribute, signature
from djgen.frontends import yaml as yaml_frontend
from djgen.frontends.document import MethodSpec, SourceMap, SpecDocument
from djgen.frontends.problem import Problem, ShorthandError
from djgen.frontends.reader import FrontMatter, require_content, split_front_matter

NAME = r"[^\W\d]\w*"
_HEADER = re.compile(r"classDiagram(?:-v2)?$")
_IGNORED = re.compile(
    r"(?:direction|note|style|classDef|cssClass|click|link|callback|accTitle|accDescr)\b"
)
_ACC_BLOCK = re.compile(r"accDescr\s*\{")
_NAMESPACE = re.compile(r"namespace\s+(?P<name>[\w.]+)\s*(?P<brace>\{)?\s*$")
_CLASS = re.compile(
    rf"class\s+(?P<name>{NAME})(?:~[^~]*~)?(?:\s*\[\"[^\"]*\"\])?(?:\s*:::\s*[\w-]+)?"
    r"(?:\s*<<(?P<ann>[^>]*)>>)?\s*(?P<brace>\{)?(?P<rest>.*)$"
)
_ANNOTATION = re.compile(r"<<\s*(?P<ann>[^>]*?)\s*>>\s*(?P<name>" + NAME + r")?\s*$")
_ARROW = r"(?P<le><\||\*|o|<)?(?P<style>--|\.\.)(?P<re>\|>|\*|o|>)?"
_RELATION = re.compile(
    rf"(?P<a>{NAME})(?:~[^~]*~)?\s*(?:\"(?P<ca>[^\"]*)\"\s*)?{_ARROW}\s*"
    rf"(?:\"(?P<cb>[^\"]*)\"\s*)?(?P<b>{NAME})(?:~[^~]*~)?\s*(?::(?P<label>.*))?$"
)
_COLON_MEMBER = re.compile(rf"(?P<name>{NAME})(?:~[^~]*~)?\s*:(?P<member>.*)$")
_COLON_ATTR = re.compile(rf"[+\-#~]?\s*(?P<name>{NAME})\s*[$*]?\s*:(?P<rest>.*)$")
_UML_ATTR = re.compile(rf"[+\-#~]?\s*(?P<type>\S.*?)\s+(?P<name>{NAME})\s*[$*]?$")
_BARE_NAME = re.compile(rf"[+\-#~]?\s*{NAME}\s*[$*]?$")
_ENUM_VALUE = re.compile(r"(?P<value>\"[^\"]*\"|[^\s:\"]+)\s*(?::(?P<label>.*))?$")
_LABEL_OPTIONS = re.compile(rf"(?P<head>{NAME})?\s*\((?P<options>.*)\)$")
_IDENT = re.compile(NAME)

STATEMENT_HINT = (
    "expected `class Name`, `class Name {`, `Name : member`, `<<annotation>> Name`, "
    '`A "1" --> "*" B : label`, `namespace app {` or `}`'
)
MEMBER_HINT = (
    "write an attribute as `name: Type(options)` or `+Type name`, a method as `name(args)`"
)
ENUM_HINT = 'write an enumeration member as `VALUE` or `VALUE: "Label"`'
CARDINALITIES: dict[str, tuple[bool, bool | None]] = {
    # cardinality → (many, required on that side)
    "1": (False, True),
    "1..1": (False, True),
    "0..1": (False, False),
    "*": (True, None),
    "0..*": (True, None),
    "n": (True, None),
    "0..n": (True, None),
    "many": (True, None),
    "1..*": (True, True),
    "1..n": (True, True),
}
_ENUM_ANNOTATIONS = frozenset({"enumeration", "enum"})
_FLAG_ANNOTATIONS = {"abstract": "abstract", "user": "user", "readonly": "readonly"}


@dataclass
class _Member:
    text: str
    line: int
    col: int


@dataclass
class _Class:
    name: str
    order: int
    mention: Loc
    declared: Loc | None = None
    namespace: str | None = None
    annotations: set[str] = field(default_factory=set)
    members: list[_Member] = field(default_factory=list)
    body_line: int = 0  # the line of its body, 0 while it has none
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    methods: list[MethodSpec] = field(default_factory=list)
    linked: set[str] = field(default_factory=set)
    extends: str | None = None

    @property
    def is_enum(self) -> bool:
        return bool(self.annotations & _ENUM_ANNOTATIONS)


@dataclass
class _Block:
    """An open brace: a class body, a namespace or an accessibility description."""

    kind: str
    loc: Loc
    cls: _Class | None = None
    name: str | None = None


@dataclass
class _Link:
    match: re.Match[str]
    line: int
    base: int  # offset of the match in the line, so columns are `base + start + 1`


def load_text(text: str, path: str) -> tuple[SpecDocument, SourceMap, list]:
    """A Mermaid diagram (already decoded) → its document, source map and warnings."""
    require_content(text, path, "%%")
    front = split_front_matter(text, path)
    parser = _Parser(path)
    parser.parse(front.body)
    source = SourceMap(path)
    data = parser.document(source)
    diagnostics = parser.diagnostics
    located = yaml_frontend.Located(front.yaml_text, path, diagnostics)
    _merge_front_matter(front, data, located, source, parser.classes)
    document = yaml_frontend.validate(data, located, source)
    yaml_frontend.finish(diagnostics)
    assert document is not None
    return document, source, diagnostics.warnings


class _Parser:
    def __init__(self, path: str) -> None:
        self.path = path
        self.diagnostics = Diagnostics()
        self.classes: dict[str, _Class] = {}
        self.links: list[_Link] = []
        self.stack: list[_Block] = []

    def loc(self, line: int, col: int) -> Loc:
        return Loc(self.path, line, col)

    def error(self, code: str, message: str, line: int, col: int, hint: str | None = None) -> None:
        self.diagnostics.error(code, message, self.loc(line, col), hint)

    # First pass: lines → classes, members, links -------------------------------------------

    def parse(self, text: str) -> None:
        header_seen = False
        for number, raw in enumerate(text.split("\n"), start=1):
            line = _strip_comment(raw)
            stripped = line.strip()
            if not stripped:
                continue
            col = len(line) - len(line.lstrip()) + 1
            if not header_seen:
                if not _HEADER.match(stripped):
                    self.error(
                        "DJG003",
                        "the diagram does not start with `classDiagram`",
                        number,
                        col,
                        "begin the diagram with a line `classDiagram`",
                    )
                    yaml_frontend.finish(self.diagnostics)
                header_seen = True
                continue
            self._line(stripped, number, col)
        if not header_seen:
            self.error("DJG003", "no classDiagram in the input", 1, 1, "add `classDiagram`")
        for block in self.stack:
            self.diagnostics.error(
                "DJG102", f"this {block.kind} is never closed", block.loc, "close it with `}`"
            )

    def _line(self, text: str, line: int, col: int) -> None:
        top = self.stack[-1] if self.stack else None
        if top is not None and top.kind == "description":
            if "}" in text:
                self.stack.pop()
            return
        if top is not None and top.kind == "class body":
            if text == "}":
                self.stack.pop()
                return
            if not (_CLASS.match(text) or _NAMESPACE.match(text)):
                self._member(top.cls, text, line, col)
                return
            self.diagnostics.error(
                "DJG102",
                f"the body of class '{top.name}' is never closed",
                top.loc,
                "close the class body with `}` before the next class",
            )
            self.stack.pop()
        self._statement(text, line, col)

    def _member(self, cls: _Class | None, text: str, line: int, col: int) -> None:
        assert cls is not None
        annotation = _ANNOTATION.match(text)
        if annotation is not None and annotation.group("name") is None:
            cls.annotations.add(annotation.group("ann").casefold())
        else:
            cls.members.append(_Member(text, line, col))

    def _statement(self, text: str, line: int, col: int) -> None:
        if text == "}":
            if self.stack:
                self.stack.pop()
            else:
                self.error("DJG102", "this `}` closes nothing", line, col, "remove it")
            return
        if _ACC_BLOCK.match(text):
            if "}" not in text:
                self.stack.append(_Block("description", self.loc(line, col + text.index("{"))))
            return
        if _IGNORED.match(text) and not _RELATION.match(text):
            return
        if _HEADER.match(text):
            self.error("DJG101", "a second `classDiagram` header", line, col, "remove it")
            return
        for pattern, handler in self._handlers:
            found = pattern.match(text)
            if found is not None:
                handler(self, found, line, col)
                return
        self.error("DJG101", "this is not classDiagram syntax", line, col, STATEMENT_HINT)

    def _namespace(self, found: re.Match[str], line: int, col: int) -> None:
        if found.group("brace") is None:
            self.error("DJG101", "a namespace needs a body", line, col, "namespace app {")
            return
        brace = self.loc(line, col + found.start("brace"))
        self.stack.append(_Block("namespace", brace, name=found.group("name")))

    def _class(self, found: re.Match[str], line: int, col: int) -> None:
        name = found.group("name")
        cls = self._mention(name, line, col + found.start("name"), declared=True)
        if found.group("ann"):
            cls.annotations.add(found.group("ann").strip().casefold())
        rest = found.group("rest").strip()
        rest_col = (
            col + found.start("rest") + len(found.group("rest")) - len(found.group("rest").lstrip())
        )
        brace = found.group("brace")
        if rest and not (brace and rest.endswith("}")):
            self.error(
                "DJG101",
                f"unexpected text after class '{name}'",
                line,
                rest_col,
                "open the body with `{` at the end of the line",
            )
            return
        if brace is None:
            return
        if cls.body_line:
            self.error(
                "DJG203",
                f"class '{name}' already has a body",
                line,
                col + found.start("name"),
                f"merge both bodies into one (the first is at line {cls.body_line})",
            )
        else:
            cls.body_line = line
        if rest:
            inner = rest[:-1].strip()
            if inner:
                self._member(cls, inner, line, rest_col + rest.index(inner))
            return
        self.stack.append(
            _Block("class body", self.loc(line, col + found.start("brace")), cls, name)
        )

    def _annotation(self, found: re.Match[str], line: int, col: int) -> None:
        name = found.group("name")
        if name is None:
            self.error(
                "DJG101",
                "an annotation outside a class names the class",
                line,
                col,
                "<<enumeration>> Name",
            )
            return
        cls = self._mention(name, line, col + found.start("name"), declared=True)
        cls.annotations.add(found.group("ann").casefold())

    def _relation(self, found: re.Match[str], line: int, col: int) -> None:
        self._mention(found.group("a"), line, col + found.start("a"))
        self._mention(found.group("b"), line, col + found.start("b"))
        self.links.append(_Link(found, line, col - 1))

    def _colon_member(self, found: re.Match[str], line: int, col: int) -> None:
        cls = self._mention(found.group("name"), line, col, declared=True)
        member = found.group("member")
        stripped = member.strip()
        if not stripped:
            self.error("DJG103", "a member line needs a member after ':'", line, col, MEMBER_HINT)
            return
        self._member(cls, stripped, line, col + found.start("member") + member.index(stripped))

    _handlers = (
        (_NAMESPACE, _namespace),
        (_CLASS, _class),
        (_ANNOTATION, _annotation),
        (_RELATION, _relation),
        (_COLON_MEMBER, _colon_member),
    )

    def _mention(self, name: str, line: int, col: int, *, declared: bool = False) -> _Class:
        cls = self.classes.get(name)
        if cls is None:
            cls = self.classes[name] = _Class(name, len(self.classes), self.loc(line, col))
        if declared and cls.declared is None:
            cls.declared = self.loc(line, col)
            cls.namespace = self._current_namespace()
        return cls

    def _current_namespace(self) -> str | None:
        for block in reversed(self.stack):
            if block.kind == "namespace":
                return block.name
        return None

    # Second pass: classes and links → document data ----------------------------------------

    def document(self, source: SourceMap) -> dict[str, Any]:
        entities: dict[str, Any] = {}
        enums: dict[str, Any] = {}
        for cls in self.classes.values():
            kind = "enums" if cls.is_enum else "entities"
            source.locs.setdefault((kind, cls.name), cls.declared or cls.mention)
            if cls.is_enum:
                enums[cls.name] = self._enum(cls, source)
            else:
                self._members(cls, source)
        for link in self.links:
            self._link(link, source)
        for cls in self.classes.values():
            if not cls.is_enum:
                entities[cls.name] = _entity_data(cls)
        data: dict[str, Any] = {}
        if entities:
            data["entities"] = entities
        if enums:
            data["enums"] = enums
        return data

    def _enum(self, cls: _Class, source: SourceMap) -> Any:
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
                self._problem(err.problem, member.line, member.col)
                continue
            source.locs.setdefault(
                ("enums", cls.name, "values", len(values)), self.loc(member.line, member.col)
            )
            values.append(entry)
        return {"app": cls.namespace, "values": values} if cls.namespace else values

    def _members(self, cls: _Class, source: SourceMap) -> None:
        for member in cls.members:
            text, line, col = member.text, member.line, member.col
            if signature.looks_like_method(text):
                try:
                    name, args, returns = signature.parse_method(text)
                except ShorthandError as err:
                    self._problem(err.problem, line, col)
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
        cls: _Class,
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
            self._problem(problem, line, col + type_at)
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

    def _problem(self, problem: Problem, line: int, col: int) -> None:
        self.error(problem.code, problem.message, line, col + problem.offset, problem.hint)

    def _link(self, link: _Link, source: SourceMap) -> None:
        found, line = link.match, link.line

        def col(group: str) -> int:
            return link.base + found.start(group) + 1

        left, right = self.classes[found.group("a")], self.classes[found.group("b")]
        le, re_ = found.group("le") or "", found.group("re") or ""
        if le == "<|" or re_ == "|>":
            if le == "<|" and re_ == "|>":
                self.error(
                    "DJG101",
                    "an inheritance arrow with a head at both ends",
                    line,
                    col("style"),
                    "write `Parent <|-- Child` or `Child --|> Parent`",
                )
            elif found.group("style") == "--":
                child, parent = (right, left) if le == "<|" else (left, right)
                self._inherit(child, parent, line, col("b" if le == "<|" else "a"), source)
            return
        cards = []
        for group in ("ca", "cb"):
            raw = found.group(group)
            card = None
            if raw is not None:
                card = CARDINALITIES.get(raw.strip().casefold())
                if card is None:
                    self.error(
                        "DJG202",
                        f"unknown cardinality '{raw}'",
                        line,
                        col(group),
                        "use 1, 0..1, 1..*, *, 0..*, n, 0..n, 1..n or many",
                    )
                    return
            cards.append(card)
        holder_is_a, kind, required = _decide(cards[0], cards[1], le, re_)
        holder, target = (left, right) if holder_is_a else (right, left)
        raw_label = found.group("label") or ""
        label = raw_label.strip()
        label_col = col("label") + len(raw_label) - len(raw_label.lstrip()) if label else 0
        name, options, option_offsets = self._label(label, line, label_col)
        if options is None:
            return
        if left.is_enum or right.is_enum:
            self._enum_link(left, right, name, line, col, source)
            return
        derived: dict[str, Any] = {"type": target.name, "relation": kind}
        if required is not None:
            derived["required"] = required
        if kind != "ManyToMany":
            if "*" in (le, re_):
                derived["on_delete"] = "CASCADE"
            elif "o" in (le, re_):
                derived["required"] = False
                derived["on_delete"] = "SET_NULL"
        attr = name if holder_is_a and name else None
        if not holder_is_a and name:
            derived["related_name"] = name
        derived.update(options)
        where = {"type": col("b" if holder_is_a else "a"), "relation": col("style")}
        where.update({key: label_col + offset for key, offset in option_offsets.items()})
        if "related_name" in derived and "related_name" not in where:
            where["related_name"] = label_col
        self._attach(holder, target, attr, derived, line, col("a"), where, source)

    def _attach(
        self,
        holder: _Class,
        target: _Class,
        attr: str | None,
        derived: dict[str, Any],
        line: int,
        at: int,
        where: dict[str, int],
        source: SourceMap,
    ) -> None:
        """Merge a relationship into the holder's attribute for it, or add that attribute."""
        kind = derived.get("relation")
        if (
            kind in {"ManyToMany", "OneToOne"}
            and holder is not target
            and not _candidates(holder, target.name)
            and len(_candidates(target, holder.name)) == 1
        ):
            # The other class already declares this link as an attribute: it holds the key.
            if attr is not None:
                derived["related_name"] = attr
            derived["type"] = holder.name
            holder, target, attr = target, holder, None
        existing = self._existing(holder, target.name, attr, line, at)
        if existing is False:
            return
        if existing is not None:
            spec = holder.fields[existing]
            if _collection(spec["type"]) and derived.get("relation") != "ManyToMany":
                derived = {k: v for k, v in derived.items() if k != "on_delete"}
                derived["relation"] = "ManyToMany"
            holder.fields[existing] = {**derived, **spec}
            name = existing
        else:
            name = attr or names.snake(target.name)
            holder.fields[name] = derived
        holder.linked.add(name)
        path = ("entities", holder.name, "fields", name)
        source.locs.setdefault(path, self.loc(line, at))
        for key, col in where.items():
            source.locs.setdefault((*path, key), self.loc(line, col))

    def _existing(
        self, holder: _Class, target: str, attr: str | None, line: int, at: int
    ) -> str | bool | None:
        """The attribute a link merges into, None to add one, False after a clash."""
        if attr is not None:
            spec = holder.fields.get(attr)
            if spec is None:
                return None
            if _names(spec["type"], target) and attr not in holder.linked:
                return attr
        else:
            candidates = _candidates(holder, target)
            if len(candidates) == 1:
                return candidates[0]
            attr = names.snake(target)
            if attr not in holder.fields:
                return None
        self.error(
            "DJG206",
            f"'{holder.name}' already has an attribute '{attr}'",
            line,
            at,
            "name the relation with a label: `A --> B : name`",
        )
        return False

    def _enum_link(
        self, left: _Class, right: _Class, name: str | None, line: int, col: Any, source: SourceMap
    ) -> None:
        """A line between an entity and an enumeration is a choice field on the entity."""
        if left.is_enum and right.is_enum:
            return
        holder, enum = (right, left) if left.is_enum else (left, right)
        where = {"type": col("b" if holder is left else "a")}
        attr = name if holder is left else None
        self._attach(holder, enum, attr, {"type": enum.name}, line, col("a"), where, source)

    def _label(
        self, label: str, line: int, col: int
    ) -> tuple[str | None, dict[str, Any] | None, dict[str, int]]:
        """A label's relation name (or None) and its options; options None after a problem."""
        found = _LABEL_OPTIONS.match(label)
        options: dict[str, Any] = {}
        offsets: dict[str, int] = {}
        head = label
        if found is not None:
            head = found.group("head") or ""
            parsed = attribute.parse_options(label, found.start("options"), found.end("options"))
            for problem in parsed.problems:
                self._problem(problem, line, col)
            if parsed.problems:
                return None, None, {}
            options, offsets = parsed.spec, parsed.offsets
        is_name = _IDENT.fullmatch(head) is not None and head[:1].islower()
        return (head if is_name else None), options, offsets

    def _inherit(
        self, child: _Class, parent: _Class, line: int, col: int, source: SourceMap
    ) -> None:
        if child.extends not in {None, parent.name}:
            self.error(
                "DJG212",
                f"'{child.name}' already inherits from '{child.extends}'",
                line,
                col,
                "a class has at most one parent; make the other one a relation",
            )
            return
        child.extends = parent.name
        source.locs.setdefault(("entities", child.name, "extends"), self.loc(line, col))


def _decide(
    card_a: tuple[bool, bool | None] | None,
    card_b: tuple[bool, bool | None] | None,
    le: str,
    re_: str,
) -> tuple[bool, str, bool | None]:
    """(A holds the key, relation kind, required) from cardinalities, else from the arrow."""
    if card_a is not None and card_b is not None:
        many_a, many_b = card_a[0], card_b[0]
        if many_a and many_b:  # zero-or-more on the target's side: the link is optional
            return True, "ManyToMany", bool(card_b[1])
        if many_a or many_b:
            return many_a, "ForeignKey", card_b[1] if many_a else card_a[1]
        return True, "OneToOne", card_b[1]
    if card_b is not None and card_b[0]:
        return False, "ForeignKey", None
    if card_a is not None and card_a[0]:
        return True, "ForeignKey", None
    diamond_a, diamond_b = le in {"*", "o"}, re_ in {"*", "o"}
    if diamond_a != diamond_b:
        holder_is_a = diamond_b
    else:
        holder_is_a = diamond_a or not (le == "<" and re_ != ">")
    target_card = card_b if holder_is_a else card_a
    return holder_is_a, "ForeignKey", target_card[1] if target_card else None


def _strip_comment(line: str) -> str:
    """The line without a `%%` comment; `%%` inside a quoted string is text."""
    at = line.find("%%")
    if at < 0:
        return line
    if '"' not in line[:at]:
        return line[:at]
    quoted = False
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == "\\" and quoted:
            i += 2
            continue
        if ch == '"':
            quoted = not quoted
        elif not quoted and line.startswith("%%", i):
            return line[:i]
        i += 1
    return line


def _target_of(type_text: str) -> str:
    """`List~Tag~`, `Set~Tag~`, `Tag[]` and `Tag` all name `Tag`."""
    base = type_text.split("[", 1)[0]
    if "~" in base:
        inner = base.split("~")
        return inner[1].strip() if len(inner) > 1 else base
    return base


def _names(type_text: str, target: str) -> bool:
    return _target_of(type_text) == target


def _candidates(holder: _Class, target: str) -> list[str]:
    """The holder's attributes not yet linked whose type names `target`."""
    return [
        name
        for name, spec in holder.fields.items()
        if name not in holder.linked and _names(spec["type"], target)
    ]


def _collection(type_text: str) -> bool:
    return "~" in type_text or type_text.endswith("[]")


def _entity_data(cls: _Class) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if cls.namespace:
        data["app"] = cls.namespace
    for annotation, key in _FLAG_ANNOTATIONS.items():
        if annotation in cls.annotations:
            data[key] = True
    if cls.extends:
        data["extends"] = cls.extends
    if cls.fields:
        data["fields"] = cls.fields
    if cls.methods:
        data["methods"] = cls.methods
    return data


def _merge_front_matter(
    front: FrontMatter,
    data: dict[str, Any],
    located: yaml_frontend.Located,
    source: SourceMap,
    classes: dict[str, _Class],
) -> None:
    """Deep-merge the front matter's `djgen` options (and its `title`) over the diagram."""
    if front.node is None:
        return
    if not isinstance(front.node, yaml.MappingNode):
        located.diagnostics.error(
            "DJG105", "the front matter must be a mapping", located.loc(front.node.start_mark)
        )
        return
    matter = {
        key.value: value for key, value in front.node.value if isinstance(key, yaml.ScalarNode)
    }
    title_node = matter.get("title")
    if isinstance(title_node, yaml.ScalarNode):
        data["title"] = title_node.value
        source.locs.setdefault(("title",), located.loc(title_node.start_mark))
    options_node = matter.get("djgen")
    if options_node is None:
        return
    options = located.convert(options_node, ())
    if not isinstance(options, dict):
        located.diagnostics.error(
            "DJG105",
            "`djgen` must be a mapping of spec options",
            located.loc(options_node.start_mark),
            "djgen: {project: name, features: {...}}",
        )
        return
    yaml_frontend.prepare(options, located, source)
    for key, value in options.items():
        if key == "entities" and isinstance(value, dict):
            _merge_entities(value, data, located, classes)
        elif key == "enums" and isinstance(value, dict):
            enums = data.setdefault("enums", {})
            for name, enum in value.items():
                if name in classes:
                    located.diagnostics.error(
                        "DJG203",
                        f"'{name}' is already a class of the diagram",
                        located.keys[("enums", name)],
                        "define it in one place only",
                    )
                else:
                    enums[name] = enum
        else:
            data[key] = value


def _merge_entities(
    entities: dict[str, Any],
    data: dict[str, Any],
    located: yaml_frontend.Located,
    classes: dict[str, _Class],
) -> None:
    diagram = data.setdefault("entities", {})
    for name, options in entities.items():
        if name not in diagram:
            located.diagnostics.error(
                "DJG215",
                f"'{name}' is not a class of the diagram",
                located.keys[("entities", name)],
                did_you_mean(str(name), [n for n, c in classes.items() if not c.is_enum])
                or "declare the class in the diagram or remove these options",
            )
            continue
        if not isinstance(options, dict):
            diagram[name] = options
            continue
        target = diagram[name]
        for key, value in options.items():
            if key == "fields" and isinstance(value, dict):
                fields = target.setdefault("fields", {})
                for field_name, spec in value.items():
                    current = fields.get(field_name)
                    both = isinstance(current, dict) and isinstance(spec, dict)
                    fields[field_name] = {**current, **spec} if both else spec
            else:
                target[key] = value
