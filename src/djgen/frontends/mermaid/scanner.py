"""The first pass of the Mermaid frontend: lines → classes, their raw members, relationship lines.

Each line is one statement (a class, a body line, an annotation, a relationship, a namespace or
something Mermaid draws and djgen ignores); braces open and close class bodies, namespaces and
accessibility descriptions. Nothing here decides what a member or a line means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from djgen import names
from djgen.errors import Diagnostics, Loc
from djgen.frontends.mermaid.diagram import (
    CLASS_NAME,
    MEMBER_HINT,
    NAME,
    Class,
    Link,
    Member,
    Reporter,
)
from djgen.frontends.partial import finish

_HEADER = re.compile(r"classDiagram(?:-v2)?$")
_IGNORED = re.compile(
    r"(?:direction|note|style|classDef|cssClass|click|link|callback|accTitle|accDescr)\b"
)
_ACC_BLOCK = re.compile(r"accDescr\s*\{")
_LABEL = r"(?:\s*\[\s*\"[^\"]*\"\s*\])?"
_NAMESPACE = re.compile(rf"namespace\s+(?P<name>[\w.-]+|`[^`]+`){_LABEL}\s*(?P<brace>\{{)?\s*$")
_CLASS = re.compile(
    rf"class\s+(?P<name>{CLASS_NAME})(?:~[^~]*~)?{_LABEL}(?:\s*:::\s*[\w-]+)?"
    r"(?:\s*<<(?P<ann>[^>]*)>>)?\s*(?P<brace>\{)?(?P<rest>.*)$"
)
_ANNOTATION = re.compile(r"<<\s*(?P<ann>[^>]*?)\s*>>\s*(?P<name>" + CLASS_NAME + r")?\s*$")
# Mermaid's arrows, two-way ones and lollipop interfaces (`()--`, `--()`) included.
_ARROW = r"(?P<le><\||\*|o|<|\(\))?(?P<style>--|\.\.)(?P<re>\|>|\*|o|>|\(\))?"
_CLASS_END = r"(?:~[^~]*~)?(?::::[\w-]+)?"
_RELATION = re.compile(
    rf"(?P<a>{CLASS_NAME}){_CLASS_END}\s*(?:\"(?P<ca>[^\"]*)\"\s*)?{_ARROW}\s*"
    rf"(?:\"(?P<cb>[^\"]*)\"\s*)?(?P<b>{CLASS_NAME}){_CLASS_END}\s*(?::(?P<label>.*))?$"
)
_COLON_MEMBER = re.compile(rf"(?P<name>{CLASS_NAME})(?:~[^~]*~)?\s*:(?P<member>.*)$")
_STYLED = re.compile(rf"(?P<name>{CLASS_NAME}){_CLASS_END}$")
_PLAIN_CLASS_NAME = re.compile(NAME)

STATEMENT_HINT = (
    "expected `class Name`, `class Name {`, `Name : member`, `<<annotation>> Name`, "
    '`A "1" --> "*" B : label`, `namespace app {` or `}`'
)


@dataclass
class _Block:
    """An open brace: a class body, a namespace or an accessibility description."""

    kind: str
    loc: Loc
    cls: Class | None = None
    name: str | None = None


class Scanner(Reporter):
    def __init__(self, path: str, diagnostics: Diagnostics) -> None:
        super().__init__(path, diagnostics)
        self.classes: dict[str, Class] = {}
        self.links: list[Link] = []
        self.stack: list[_Block] = []
        self.renamed: set[str] = set()
        self.bodiless: Class | None = None  # the class just declared without a body

    def parse(self, text: str) -> None:
        header_seen = False
        for number, raw in enumerate(text.split("\n"), start=1):
            line = _strip_comment(raw).rstrip().removesuffix(";")
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
                    finish(self.diagnostics)
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

    def _member(self, cls: Class | None, text: str, line: int, col: int) -> None:
        assert cls is not None
        annotation = _ANNOTATION.match(text)
        if annotation is not None and annotation.group("name") is None:
            cls.annotations.add(annotation.group("ann").casefold())
        else:
            cls.members.append(Member(text, line, col))

    def _statement(self, text: str, line: int, col: int) -> None:
        bodiless, self.bodiless = self.bodiless, None
        if text == "{" and bodiless is not None:  # the body's brace on the line after the class
            self._claim_body(bodiless, line, col)
            self._open_body(bodiless, line, col)
            return
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
        app = re.sub(r"[\s.-]+", "_", found.group("name").strip("`").strip())
        self.stack.append(_Block("namespace", brace, name=app))

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
            self.bodiless = cls
            return
        self._claim_body(cls, line, col + found.start("name"))
        if rest:
            inner = rest[:-1].strip()
            if inner:
                self._member(cls, inner, line, rest_col + rest.index(inner))
            return
        self._open_body(cls, line, col + found.start("brace"))

    def _claim_body(self, cls: Class, line: int, col: int) -> None:
        if cls.body_line:
            self.error(
                "DJG203",
                f"class '{cls.name}' already has a body",
                line,
                col,
                f"merge both bodies into one (the first is at line {cls.body_line})",
            )
        else:
            cls.body_line = line

    def _open_body(self, cls: Class, line: int, col: int) -> None:
        self.stack.append(_Block("class body", self.loc(line, col), cls, cls.name))

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
        """Both ends name classes, except the interface end of a lollipop (`foo ()-- Bar`)."""
        ends = []
        for group, arrow_end in (("a", "le"), ("b", "re")):
            if found.group(arrow_end) == "()":
                ends.append(found.group(group).strip("`").strip())
            else:
                ends.append(self._mention(found.group(group), line, col + found.start(group)).name)
        self.links.append(Link(found, line, col - 1, ends[0], ends[1]))

    def _colon_member(self, found: re.Match[str], line: int, col: int) -> None:
        cls = self._mention(found.group("name"), line, col, declared=True)
        member = found.group("member")
        stripped = member.strip()
        if not stripped:
            self.error("DJG103", "a member line needs a member after ':'", line, col, MEMBER_HINT)
            return
        self._member(cls, stripped, line, col + found.start("member") + member.index(stripped))

    def _styled(self, found: re.Match[str], line: int, col: int) -> None:
        """`Name:::style` (or a bare `Name`) only names a class."""
        self._mention(found.group("name"), line, col, declared=True)

    _handlers = (
        (_NAMESPACE, _namespace),
        (_CLASS, _class),
        (_ANNOTATION, _annotation),
        (_RELATION, _relation),
        (_STYLED, _styled),
        (_COLON_MEMBER, _colon_member),
    )

    def _mention(self, written: str, line: int, col: int, *, declared: bool = False) -> Class:
        name = self._model_name(written, line, col)
        cls = self.classes.get(name)
        if cls is None:
            cls = self.classes[name] = Class(name, len(self.classes), self.loc(line, col))
        if declared and cls.declared is None:
            cls.declared = self.loc(line, col)
            cls.namespace = self._current_namespace()
        return cls

    def _model_name(self, written: str, line: int, col: int) -> str:
        """The model name of a class as written: `Order`, `classO` → `ClassO`,
        `` `Order Item` `` → `OrderItem`; a warning, once, where the name changes."""
        text = written.strip("`").strip()
        if _PLAIN_CLASS_NAME.fullmatch(text) and not text[0].islower():
            return text
        name = names.pascal(re.sub(r"[\W_]+", " ", text)) or text
        if written not in self.renamed:
            self.renamed.add(written)
            self.warning(
                "DJG307",
                f"class {written} is the model '{name}'",
                line,
                col,
                f"name the class `{name}` in the diagram to keep this warning away",
            )
        return name

    def _current_namespace(self) -> str | None:
        for block in reversed(self.stack):
            if block.kind == "namespace":
                return block.name
        return None


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
