"""How people write a type: generics in either bracket, other languages' spellings of a list
or of an optional value, and an inline enumeration.

`List<Tag>`, `Array~Tag~` and `Collection<Tag>` are djgen's `List~Tag~`; `Optional~T~` and
`T?` are `T` that may be empty; `Enum(a, b)` is a choice of the members as written.
"""

from __future__ import annotations

import re
from typing import Any

# A type as written: a name with an optional generic mark and array brackets:
# `String`, `List~Tag~`, `Map~String, Int~`, `Tag[]`; `List<Tag>` is read as `List~Tag~`.
TYPE_PATTERN = r"[^\W\d]\w*(?:~[^~\n]*~|<[^<>\n]*(?:<[^<>\n]*>[^<>\n]*)*>)?(?:\[\])*\??"
TYPE = re.compile(TYPE_PATTERN)
_ANGLE_GENERIC = re.compile(r"<(.*)>")
# Other languages' spellings of a list (`Array~T~`, `Collection<T>`) and of a value that may be
# empty (`Optional~T~`, `T?`).
_LIST_SPELLING = re.compile(
    r"(?:array|arraylist|collection|iterable|sequence|vector|linkedlist)~", re.IGNORECASE
)
_OPTIONAL_SPELLING = re.compile(r"(?:optional|nullable)~(?P<inner>.*)~$", re.IGNORECASE)
# Text types as SQL and other languages write them with a size, `VARCHAR(20)`, `String(13)`,
# `char(2)`: the size is the text's max length. Only text types take one (`INT(11)` is not
# a bound).
SIZED_TEXT = frozenset({"string", "str", "char", "varchar", "text", "slug", "email", "url"})
SIZED_TYPE = rf"(?i:{'|'.join(sorted(SIZED_TEXT))})\s*\(\s*[0-9]+\s*\)"
# `Enum(a, b, c)` as a type: an inline enumeration of the members as written.
INLINE_ENUM = re.compile(r"enum\s*\((?P<members>[^()]*)\)$", re.IGNORECASE)


def spelled_type(written: str) -> dict[str, Any]:
    """The type as djgen spells it, and `required: false` where the spelling says so."""
    text = _ANGLE_GENERIC.sub(r"~\1~", written)
    text = _LIST_SPELLING.sub("List~", text, count=1) if _LIST_SPELLING.match(text) else text
    optional = _OPTIONAL_SPELLING.match(text)
    if optional is not None:
        return {"type": optional.group("inner").strip(), "required": False}
    if text.endswith("?"):
        return {"type": text[:-1], "required": False}
    return {"type": text}
