"""Mutations of valid specs, and the property every mutant must keep.

Shared by the hypothesis test (tests/test_fuzz.py), where hypothesis picks the edits, and by
scripts/fuzz.py, where a seeded random generator does.
"""

from __future__ import annotations

from collections.abc import Callable

from djgen.diagram import er_diagram
from djgen.errors import Diagnostic, DjgenError
from djgen.export import to_yaml
from djgen.generators import plan
from djgen.load import load_data

# pick(low, high) returns a whole number from low to high, both included.
Pick = Callable[[int, int], int]


# Statements and pieces of statements in the shapes people draw: visibility marks, key
# markers, inline enumerations, return types first, stereotypes, notes, labelled namespaces,
# two-way and lollipop arrows, verbs and French words on the lines.
LINES = (
    b"    -id: Integer PK",
    b"    +UUID id PK",
    b"    -auteur_id: Integer FK",
    b"    +int user_id (FK)",
    b'    +String code PK, UK "the code"',
    b"    -isbn: String(13) PK",
    b"    +VARCHAR(20) code",
    b"    +String id PK",
    b"    code: Text PK",
    b"    -role: Enum(Admin, User)",
    b"    statut: Enum(brouillon, publi\xc3\xa9)",
    b"    +Boolean validatePrice()",
    b"    +void confirm()",
    b"    List~Order~ findAll(int page)",
    b"    name",
    b"    <<interface>>",
    b"    <<enumeration>>",
    b"class `Order Item` {",
    b'class Account["User account"]:::important',
    b"class Box~T~",
    b"class classO",
    b'namespace Auth["Authentication"] {',
    b"namespace shop.orders {",
    b"}",
    b"<<service>> Mailer",
    b'note for Account "a note"',
    b"Account : +String email UK",
    b'User "1" --> "*" Colis : expediteur',
    b'User "1" --> "*" Colis : destinataire',
    b'Expedition "*" --> "1" PointRelais : arrival relay point',
    b"Auteur --> Livre : \xc3\xa9crit",
    b"Student --o IdCard : Link(Solid)",
    b"Shape ()-- Circle",
    b"Circle --() Shape",
    b"Circle ..|> Shape",
    b"A <|--|> B",
    b"A <--> B",
    b"A *--* B",
    b"direction RL",
    b"style Account fill:#f9f",
)
PIECES = (
    b" PK",
    b"(13)",
    b" FK",
    b" UK",
    b" (FK)",
    b"Enum(",
    b"Enum(a, b)",
    b"~T~",
    b"`",
    b'["Label"]',
    b":::x",
    b"()",
    b"<<",
    b">>",
    b"void ",
    b"<|",
    b"|>",
    b" : has",
    b" : possede",
    b"Set~Role~ ",
    b"List<Review> ",
    b";",
)


def mutate(data: bytes, pick: Pick) -> bytes:
    """One to four edits: delete, duplicate or swap bytes or lines, insert random bytes, or
    insert a drawn statement or a piece of one."""
    for _ in range(pick(1, 4)):
        op = pick(0, 8)
        at = pick(0, max(len(data) - 1, 0))
        lines = data.split(b"\n")
        line = pick(0, len(lines) - 1)
        if op == 0:
            data = data[:at] + data[at + pick(1, 8) :]
        elif op == 1:
            data = data[:at] + data[at : at + pick(1, 8)] + data[at:]
        elif op == 2 and len(data) > at + 1:
            data = data[:at] + data[at + 1 : at + 2] + data[at : at + 1] + data[at + 2 :]
        elif op == 3:
            data = data[:at] + bytes(pick(0, 255) for _ in range(pick(1, 4))) + data[at:]
        elif op == 4:
            del lines[line]
            data = b"\n".join(lines)
        elif op == 5:
            lines.insert(line, lines[line])
            data = b"\n".join(lines)
        elif op == 6:
            other = pick(0, len(lines) - 1)
            lines[line], lines[other] = lines[other], lines[line]
            data = b"\n".join(lines)
        elif op == 7:
            lines.insert(line, LINES[pick(0, len(LINES) - 1)])
            data = b"\n".join(lines)
        else:
            data = data[:at] + PIECES[pick(0, len(PIECES) - 1)] + data[at:]
    return data


def input_lines(data: bytes) -> list[bytes]:
    """The input's lines, numbered as the frontends number them. Columns are bounded by a
    line's length in bytes, which is never less than its length in characters (and is the
    only measure of a line that is not valid UTF-8)."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")


def misplaced(error: DjgenError, data: bytes) -> list[Diagnostic]:
    """The diagnostics whose line or column is not inside the input."""
    lines = input_lines(data)
    return [
        d
        for d in error.diagnostics
        if not 1 <= d.loc.line <= len(lines) or not 1 <= d.loc.col <= len(lines[d.loc.line - 1]) + 1
    ]


def check(data: bytes, path: str, *, generate: bool = False) -> bool:
    """Load a mutant: a model (True), or a DjgenError located inside the input (False);
    anything else raises.

    A model is printed the ways `djgen inspect` prints it and, with `generate`, rendered into
    the files `djgen new` would write, each Python file compiled, so no later stage may raise
    either.
    """
    try:
        project = load_data(data, path).project
    except DjgenError as error:
        assert error.diagnostics, "a DjgenError without diagnostics"
        wrong = misplaced(error, data)
        assert not wrong, f"diagnostics outside the input: {wrong}"
        return False
    to_yaml(project)
    er_diagram(project)
    project.canonical_json()
    if generate:
        for path, content in plan(project).items():
            if path.endswith(".py"):
                compile(content, path, "exec")  # what `djgen new` formats must be Python
    return True
