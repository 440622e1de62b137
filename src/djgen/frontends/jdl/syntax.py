"""JDL text → its statements, every name located: the lark grammar in `jdl.lark`, parsed LALR.

The parse recovers from a token the grammar does not allow by dropping it, so one run reports
every bad place (the first one per line). `/** */` comments are skipped by the grammar and
collected here, each given to the declaration that starts right after it.
"""

from __future__ import annotations

from contextvars import ContextVar
from functools import cache
from importlib.resources import files
from typing import Any

from lark import Lark, Token, Transformer, UnexpectedInput, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedToken

from djgen.errors import Diagnostics, Loc
from djgen.frontends.jdl.statements import (
    Annotation,
    Application,
    Constant,
    EntityDecl,
    EnumDecl,
    FieldDecl,
    Link,
    Member,
    Model,
    Name,
    Option,
    Setting,
    Side,
    Targets,
    Validation,
)

_MAX_ERRORS = 50
# The words that start a statement, where parsing starts again after an error.
_STATEMENTS = frozenset({"application", "deployment", "entity", "enum", "relationship"})


_DOCS: ContextVar[list[Token]] = ContextVar("jdl_docs")


def _collect_doc(token: Token) -> Token:
    _DOCS.get().append(token)
    return token


@cache
def _parser() -> Lark:
    grammar = files("djgen.frontends.jdl").joinpath("jdl.lark").read_text(encoding="utf-8")
    return Lark(
        grammar,
        parser="lalr",
        lexer="contextual",
        propagate_positions=True,
        lexer_callbacks={"DOC": _collect_doc},
    )


def parse(text: str, path: str, diagnostics: Diagnostics) -> Model | None:
    """The statements of a JDL text; None when it does not parse (every problem reported)."""
    docs: list[Token] = []
    reset = _DOCS.set(docs)
    try:
        tree = _parser().parse(text)
    except UnexpectedInput as error:
        _report(_errors(text, error), path, diagnostics)
        return None
    finally:
        _DOCS.reset(reset)
    return _Build(path, text, docs).transform(tree)


def _errors(text: str, first: UnexpectedInput) -> list[UnexpectedInput]:
    """The first error, and those found parsing again from each next declaration after it,
    the text before blanked so that positions stay those of the file."""
    errors = [first]
    while len(errors) < _MAX_ERRORS:
        resume = _next_declaration(text, errors[-1])
        if resume is None:
            break
        kept = "".join(c if c == "\n" else " " for c in text[:resume]) + text[resume:]
        try:
            _parser().parse(kept)
            break
        except UnexpectedInput as error:
            errors.append(error)
    return errors


def _next_declaration(text: str, error: UnexpectedInput) -> int | None:
    """Where the first line after the error's that starts a top-level statement starts."""
    lines = text.split("\n")
    offset = sum(len(line) + 1 for line in lines[: error.line])
    for line in lines[error.line :]:
        words = line.split()
        if words and (words[0] in _STATEMENTS or words[0].startswith("@")):
            return offset
        offset += len(line) + 1
    return None


def _report(errors: list[UnexpectedInput], path: str, diagnostics: Diagnostics) -> None:
    """One error per line: an error often makes the rest of its line unexpected too."""
    lines: set[int] = set()
    for error in errors:
        line, column = max(error.line, 1), max(error.column, 1)
        if line in lines:
            continue
        lines.add(line)
        message, hint = _describe(error)
        diagnostics.error("DJG106", message, Loc(path, line, column), hint)


def _describe(error: UnexpectedInput) -> tuple[str, str | None]:
    if isinstance(error, UnexpectedCharacters):
        return f"'{error.char}' is not JDL here", _expected(error.allowed)
    if isinstance(error, UnexpectedToken):
        if error.token.type == "$END":
            return "the file ends in the middle of a declaration", _expected(error.expected)
        return f"unexpected '{error.token}'", _expected(error.expected)
    return "not JDL", None


def _expected(terminals: set[str] | frozenset[str] | None) -> str | None:
    """The terminals the grammar allowed, as a person would write them."""
    if not terminals:
        return None
    words = sorted({_spelling(name) for name in terminals if not name.startswith("__")})
    return f"expected {', '.join(words)}" if words else None


def _spelling(terminal: str) -> str:
    readable = {
        "NAME": "a name",
        "WORD": "a value",
        "NUMBER": "a number",
        "STRING": "a quoted string",
        "REGEX": "a /regular expression/",
        "BOUND_KIND": "min, max, minlength, maxlength, minbytes or maxbytes",
        "$END": "the end of the file",
    }
    if terminal in readable:
        return readable[terminal]
    pattern = _parser().get_terminal(terminal).pattern
    return f"'{pattern.value}'"


@v_args(inline=True)
class _Build(Transformer[Token, Model]):
    """The parse tree → the statements, with every name's position and each doc comment."""

    def __init__(self, path: str, text: str, docs: list[Token]) -> None:
        super().__init__()
        self.path = path
        self.text = text
        self.docs = sorted(docs, key=lambda t: t.end_pos or 0)

    def _name(self, token: Token) -> Name:
        return Name(str(token), Loc(self.path, token.line or 1, token.column or 1))

    def _doc(self, start: int) -> str | None:
        """The `/** */` comment that ends right before `start`, blanks aside, and does not
        trail a line that holds something else."""
        for token in reversed(self.docs):
            end = token.end_pos or 0
            if end <= start:
                if self.text[end:start].strip() or self._trails(token):
                    return None
                return _doc_text(str(token))
        return None

    def _trailing(self, end: int) -> str | None:
        """The `/** */` comment that follows `end` on the same line: `name String /** x */`."""
        for token in self.docs:
            start = token.start_pos or 0
            if start >= end:
                between = self.text[end:start]
                if between.strip() or "\n" in between:
                    return None
                return _doc_text(str(token))
        return None

    def _trails(self, token: Token) -> bool:
        start = token.start_pos or 0
        line_start = self.text.rfind("\n", 0, start) + 1
        return bool(self.text[line_start:start].strip())

    def start(self, *statements: Any) -> Model:
        model = Model()
        for statement in statements:
            if isinstance(statement, EntityDecl):
                model.entities.append(statement)
            elif isinstance(statement, EnumDecl):
                model.enums.append(statement)
            elif isinstance(statement, list):
                model.links.extend(statement)
            elif isinstance(statement, Option):
                model.options.append(statement)
            elif isinstance(statement, Application):
                model.applications.append(statement)
            elif isinstance(statement, Constant):
                model.constants.append(statement)
        return model

    # Applications and deployments ---------------------------------------------------------

    @v_args(meta=True)
    def application(self, meta: Any, items: list[Any]) -> Application:
        settings: list[Setting] = []
        entities: Targets | None = None
        options: list[Option] = []
        for item in items:
            if isinstance(item, Targets):
                entities = item
            elif isinstance(item, Option):
                options.append(item)
            else:
                settings.extend(item)
        loc = Loc(self.path, meta.line, meta.column)
        return Application(loc, tuple(settings), entities, tuple(options))

    def config(self, *settings: Setting) -> list[Setting]:
        return list(settings)

    def deployment(self, *settings: Setting) -> None:
        return None

    def blueprint_config(self, name: Token, *settings: Setting) -> list[Setting]:
        return []  # a JHipster blueprint's own settings

    def app_entities(self, targets: Targets, excluded: Targets | None = None) -> Targets:
        if excluded is None:
            return targets
        return Targets(targets.names, targets.every, excluded.names, targets.loc)

    def setting(self, key: Token, value: Token | tuple[str, ...]) -> Setting:
        written = value if isinstance(value, tuple) else _unquote(str(value))
        return Setting(self._name(key), written)

    def values(self, *values: Token | None) -> tuple[str, ...]:
        return tuple(_unquote(str(v)) for v in values if v is not None)

    # Entities and enumerations ------------------------------------------------------------

    @v_args(meta=True)
    def entity(self, meta: Any, items: list[Any]) -> EntityDecl:
        annotations = tuple(i for i in items if isinstance(i, Annotation))
        name = next(self._name(i) for i in items if isinstance(i, Token))
        table = next((i for i in items if isinstance(i, Name)), None)
        fields = next((i for i in items if isinstance(i, tuple)), ())
        return EntityDecl(name, table, fields, annotations, self._doc(meta.start_pos))

    def table(self, token: Token) -> Name:
        name = self._name(token)
        return Name(_unquote(name.text), name.loc)

    def body(self, *fields: FieldDecl) -> tuple[FieldDecl, ...]:
        return fields

    @v_args(meta=True)
    def field(self, meta: Any, items: list[Any]) -> FieldDecl:
        annotations = tuple(i for i in items if isinstance(i, Annotation))
        name, ftype = (self._name(i) for i in items if isinstance(i, Token))
        validations = tuple(i for i in items if isinstance(i, Validation))
        doc = self._doc(meta.start_pos) or self._trailing(meta.end_pos)
        return FieldDecl(name, ftype, validations, annotations, doc)

    def annotation(self, name: Token, value: Token | None = None) -> Annotation:
        return Annotation(self._name(name), None if value is None else _unquote(str(value)))

    def required(self, token: Token) -> Validation:
        return Validation("required", None, self._name(token).loc)

    def unique(self, token: Token) -> Validation:
        return Validation("unique", None, self._name(token).loc)

    def bound(self, kind: Token, value: Token) -> Validation:
        return Validation(str(kind), self._name(value), self._name(kind).loc)

    def pattern(self, token: Token) -> Validation:
        written = str(token)
        regex = token.type == "REGEX"
        value = written[1:-1].replace("\\/", "/") if regex else _unquote(written)
        loc = self._name(token).loc
        return Validation("pattern", Name(value, loc), loc)

    @v_args(meta=True)
    def enum(self, meta: Any, items: list[Any]) -> EnumDecl:
        name = next(self._name(i) for i in items if isinstance(i, Token))
        members = tuple(i for i in items if isinstance(i, Member))
        return EnumDecl(name, members, self._doc(meta.start_pos))

    def member(self, name: Token, value: Token | None = None) -> Member:
        return Member(self._name(name), None if value is None else _unquote(str(value)))

    # Relationships ------------------------------------------------------------------------

    def relationship(self, kind: Token, *links: Link) -> list[Link]:
        name = self._name(kind)
        return [Link(name, link.source, link.target, link.extra) for link in links]

    def link(self, source: Side, target: Side, extra: Token | None = None) -> Link:
        placeholder = Name("", source.entity.loc)
        return Link(placeholder, source, target, None if extra is None else self._name(extra))

    @v_args(meta=True)
    def side(self, meta: Any, items: list[Any]) -> Side:
        annotations = tuple(i for i in items if isinstance(i, Annotation))
        tokens = [self._name(i) for i in items if isinstance(i, Token) and i.type == "NAME"]
        display = next((i for i in items if isinstance(i, Name)), None)
        required = any(isinstance(i, Validation) for i in items)
        entity, injected = tokens[0], (tokens[1] if len(tokens) > 1 else None)
        doc = self._doc(meta.start_pos)
        return Side(entity, injected, display, required, annotations, doc)

    def display(self, token: Token) -> Name:
        return self._name(token)

    # Options and constants ----------------------------------------------------------------

    def constant(self, name: Token, value: Token) -> Constant:
        return Constant(self._name(name), self._name(value))

    def option(self, name: Token, targets: Targets, *rest: Any) -> Option:
        values = tuple(self._name(r) for r in rest if isinstance(r, Token))
        excluded = next((r.names for r in rest if isinstance(r, Targets)), ())
        targets = Targets(targets.names, targets.every, excluded, targets.loc)
        return Option(self._name(name), values, targets)

    @v_args(meta=True)
    def use_option(self, meta: Any, items: list[Any]) -> Option:
        values = tuple(self._name(i) for i in items if isinstance(i, Token))
        targets, *rest = (i for i in items if isinstance(i, Targets))
        excluded = rest[0].names if rest else ()
        name = Name("use", Loc(self.path, meta.line, meta.column))
        return Option(name, values, Targets(targets.names, targets.every, excluded, targets.loc))

    def targets(self, *tokens: Token) -> Targets:
        names = tuple(self._name(t) for t in tokens)
        every = len(names) == 1 and names[0].text in {"*", "all"}
        return Targets(() if every else names, every, (), names[0].loc)

    def exclusions(self, *tokens: Token) -> Targets:
        names = tuple(self._name(t) for t in tokens)
        return Targets(names, False, (), names[0].loc)


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1].replace('\\"', '"').replace("\\'", "'").replace("\\\\", "\\")
    return text


def _doc_text(comment: str) -> str | None:
    """`/** A product\n * sold online */` → `A product\nsold online`."""
    lines = comment[3:-2].split("\n")
    cleaned = [line.strip().removeprefix("*").strip() for line in lines]
    text = "\n".join(cleaned).strip()
    return text or None
