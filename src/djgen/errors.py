"""Diagnostics: every problem djgen reports carries a file, a line, a column, a code and a hint.

Frontends and passes collect problems into a `Diagnostics` list instead of stopping at the
first one, so a single run shows the user everything that is wrong.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, order=True)
class Loc:
    """A position in an input file; `line` and `col` count from 1."""

    path: str
    line: int = 1
    col: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


# Every code djgen can report, with what it means. Tests walk this table: each code has a test
# that provokes it, and the README lists them.
CODES: dict[str, str] = {
    # input
    "DJG001": "the input is empty",
    "DJG002": "the input is binary or not UTF-8",
    "DJG003": "no Mermaid classDiagram in the input",
    "DJG004": "the front matter is not valid YAML or not closed",
    "DJG005": "the file cannot be read or its kind is unknown",
    # syntax
    "DJG101": "a line that is not Mermaid classDiagram syntax",
    "DJG102": "a brace that is never closed (or closed without being opened)",
    "DJG103": "a malformed attribute, option list or string",
    "DJG104": "the YAML is not well formed",
    "DJG105": "the YAML does not match the spec schema",
    "DJG106": "JDL that the JDL grammar does not allow",
    # meaning
    "DJG201": "an unknown type",
    "DJG202": "an invalid option value",
    "DJG203": "a class (entity or enumeration) defined twice",
    "DJG204": "a relation to a class that does not exist",
    "DJG205": "an inheritance cycle",
    "DJG206": "a field defined twice in one entity",
    "DJG207": "a reference to a field that does not exist",
    "DJG208": "an entity name that clashes with Python or with what generated code imports",
    "DJG209": "two relations whose reverse names collide",
    "DJG210": "a name that cannot be made a Python identifier",
    "DJG211": "an option that does not apply to the field's type",
    "DJG212": "a parent class that cannot be inherited from",
    "DJG213": "more than one user model",
    "DJG214": "an invalid enumeration",
    "DJG215": "an option that names an entity that does not exist",
    "DJG216": "a field that becomes required, without a default, on a table that may hold rows",
    "DJG217": "a rename (`renamed_from`) that cannot be applied to the previous model",
    "DJG218": "a JDL relationship type, validation, annotation or option value that does not exist",
    "DJG219": "a JDL application that the file does not define",
    "DJG220": "required keys that form a cycle, so no row can be inserted first",
    # warnings
    "DJG301": "a field renamed because its name is reserved",
    "DJG302": "a reverse name derived to avoid a collision",
    "DJG304": "the API is left open to anonymous writes",
    "DJG305": "a required key to its own entity, made optional",
    "DJG306": "Mermaid that draws nothing a table holds (a lollipop, a realization), ignored",
    "DJG307": "a class name made a model name (PascalCase, no spaces)",
    "DJG308": "an attribute drawn without a type, read as text or as a link to the class it names",
    "DJG309": "a text primary key that cannot be one (a URL, or on the user model): `id` "
    "becomes a UUID key, another attribute a unique field",
    "DJG310": "a line's label read as a description of the link, not as a name",
    "DJG311": "a line, attribute or parent ignored: realization, or a class that is not stored",
    "DJG312": "two lines merged into one link",
    "DJG313": "a method renamed so that it does not override Python or Django",
    "DJG314": "a user model attribute that Django handles (the password)",
    "DJG315": "a JDL option or setting that means nothing for a Django backend, ignored",
    "DJG316": "a JDL entity or relationship outside the chosen application, left out",
}


@dataclass(frozen=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    loc: Loc
    hint: str | None = None

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown diagnostic code {self.code}")

    def __str__(self) -> str:
        return f"{self.loc}: {self.severity}[{self.code}]: {self.message}"


class DjgenError(Exception):
    """The one error type that leaves djgen's frontends, passes and generators."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = tuple(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))

    def __reduce__(self) -> tuple[type[DjgenError], tuple[tuple[Diagnostic, ...]]]:
        """Pickled as its diagnostics (its message is made of them), so that it crosses whole
        from a child process."""
        return (type(self), (self.diagnostics,))


@dataclass
class Diagnostics:
    """An ordered collection of problems found in one input."""

    items: list[Diagnostic] = field(default_factory=list)

    def error(self, code: str, message: str, loc: Loc, hint: str | None = None) -> None:
        self.items.append(Diagnostic(code, Severity.ERROR, message, loc, hint))

    def warning(self, code: str, message: str, loc: Loc, hint: str | None = None) -> None:
        self.items.append(Diagnostic(code, Severity.WARNING, message, loc, hint))

    def extend(self, other: Iterable[Diagnostic]) -> None:
        self.items.extend(other)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.WARNING]

    def raise_if_errors(self) -> None:
        """Raise every diagnostic collected so far (warnings too) if any of them is an error."""
        if self.errors:
            raise DjgenError(sorted(self.items, key=lambda d: d.loc))


def did_you_mean(name: str, candidates: Iterable[str]) -> str | None:
    """A hint naming the closest candidate, compared without regard to case."""
    by_folded = {c.casefold(): c for c in candidates}
    close = difflib.get_close_matches(name.casefold(), list(by_folded), n=1, cutoff=0.6)
    return f"did you mean '{by_folded[close[0]]}'?" if close else None
