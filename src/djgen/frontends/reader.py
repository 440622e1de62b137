"""From bytes to the text a frontend reads, with positions kept true to the file.

Everything here preserves line numbers: a Markdown file's diagram is the file with every line
outside the diagram blanked, and front matter is parsed from a text whose earlier lines are
blank. A frontend therefore reports positions in the file the user opened, never in a slice.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from djgen.errors import Diagnostic, DjgenError, Loc, Severity

if TYPE_CHECKING:
    import yaml

BOM = "\ufeff"
FRONT_MATTER_FENCE = re.compile(r"---\s*$")


def fail(code: str, message: str, loc: Loc, hint: str | None = None) -> DjgenError:
    return DjgenError([Diagnostic(code, Severity.ERROR, message, loc, hint)])


def decode(data: bytes, path: str) -> str:
    """UTF-8 bytes → normalised text; DJG002 for binary or undecodable input."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise fail(
            "DJG002",
            "the file is binary (it contains NUL bytes)",
            _byte_loc(data, nul, path),
            "give a Mermaid diagram, a Markdown file or a YAML spec",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise fail(
            "DJG002",
            "the file is not UTF-8",
            _byte_loc(data, err.start, path),
            "save the file as UTF-8",
        ) from None
    return normalise(text, path)


def normalise(text: str, path: str) -> str:
    """Strip a BOM and turn CRLF and lone CR line ends into LF; DJG002 for NUL characters."""
    if text.startswith(BOM):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    nul = text.find("\x00")
    if nul >= 0:
        raise fail("DJG002", "the input contains NUL characters", Positions(text).loc(nul, path))
    return text


def _byte_loc(data: bytes, offset: int, path: str) -> Loc:
    """The position of a byte, with lines ended the way `normalise` ends them."""
    before = data[:offset].removeprefix(BOM.encode())
    before = before.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return Loc(path, before.count(b"\n") + 1, column)


def is_blank(text: str, comment: str) -> bool:
    """True when every line is blank or a comment (`%%` for Mermaid, `#` for YAML)."""
    return all(not line.strip() or line.strip().startswith(comment) for line in text.split("\n"))


def empty_input(path: str, comment: str) -> DjgenError:
    """The error of an input with nothing but blanks and comments."""
    return fail(
        "DJG001",
        "the input is empty",
        Loc(path, 1, 1),
        "start a diagram with `classDiagram`" if comment == "%%" else "write `entities:`",
    )


def require_content(text: str, path: str, comment: str) -> None:
    if is_blank(text, comment):
        raise empty_input(path, comment)


class Positions:
    """Character offsets → 1-based (line, column), counting lines by LF only."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        self.starts.extend(m.end() for m in re.finditer("\n", text))

    def line_col(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def loc(self, offset: int, path: str) -> Loc:
        return Loc(path, *self.line_col(offset))


# Front matter -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FrontMatter:
    """Mermaid front matter: its YAML node (None when absent) and the diagram after it."""

    node: yaml.Node | None
    yaml_text: str
    body: str


def split_front_matter(text: str, path: str) -> FrontMatter:
    """Separate `---` … `---` at the top from the diagram; DJG004 when unclosed or not YAML."""
    lines = text.split("\n")
    first = _skip_blank(lines, 0)
    if first >= len(lines) or not FRONT_MATTER_FENCE.match(lines[first].strip()):
        return FrontMatter(None, "", text)
    close = first + 1
    while close < len(lines) and not FRONT_MATTER_FENCE.match(lines[close].strip()):
        close += 1
    if close >= len(lines):
        col = len(lines[first]) - len(lines[first].lstrip()) + 1
        raise fail(
            "DJG004",
            "the front matter is never closed",
            Loc(path, first + 1, col),
            "end the front matter with a line `---`",
        )
    yaml_text = "\n".join([""] * (first + 1) + lines[first + 1 : close])
    body = "\n".join([""] * (close + 1) + lines[close + 1 :])
    node = compose_yaml(yaml_text, path, "DJG004")
    return FrontMatter(node, yaml_text, body)


def _skip_blank(lines: list[str], i: int) -> int:
    """The first line from `i` that is neither blank nor a `%%` comment or directive."""
    while i < len(lines) and (not lines[i].strip() or lines[i].lstrip().startswith("%%")):
        i += 1
    return i


def compose_yaml(text: str, path: str, code: str) -> yaml.Node | None:
    """Parse YAML into a node tree (positions kept); syntax errors become `code` at the mark.

    PyYAML is imported here, for the specs that hold YAML: a diagram without front matter
    never needs it."""
    import yaml

    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        offset = mark.index if mark is not None else 0
        problem = err.problem or "not well-formed YAML"
        context = f" {err.context}" if err.context else ""
        raise fail(code, f"{problem}{context}".strip(), Positions(text).loc(offset, path)) from None
    except yaml.YAMLError as err:
        # ReaderError (a character YAML does not allow) carries a character index, not a mark.
        offset = getattr(err, "position", 0) or 0
        raise fail(
            code, f"not well-formed YAML: {err}", Positions(text).loc(offset, path)
        ) from None
    except RecursionError:
        raise fail(code, "the YAML is nested too deeply", Loc(path, 1, 1)) from None
