"""What the resolve passes share: the document, the entities being resolved, the diagnostics.

Each pass reads and extends one `Context`; none raises. The driver raises once at the end,
with every problem every pass found.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from djgen.errors import Diagnostics, Loc
from djgen.frontends.document import EntitySpec, SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.model import Enum, Features, Field, Method, Relation
from djgen.vocabulary import FieldType, PkType

Key = tuple[str | int, ...]
EMPTY_ENTITY = EntitySpec()


class Origin(StrEnum):
    """Where a relation was drawn: as an attribute, as a line, or both, merged into one."""

    ATTRIBUTE = "attribute"
    LINE = "line"
    MERGED = "merged"


@dataclass
class TypeRef:
    """What a type string names."""

    scalar: FieldType | None = None
    entity: str | None = None
    enum: str | None = None
    many: bool = False


@dataclass
class Draft:
    """An entity while it is being resolved."""

    name: str
    spec: EntitySpec
    app: str
    loc: Loc
    snake: str = ""
    plural: str = ""
    is_user: bool = False
    parent: str | None = None
    pk_type: PkType | None = None  # as declared by an `id` or a `PK` attribute
    pk_loc: Loc | None = None  # where it was declared
    fields: list[Field] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    explicit_related: set[str] = field(default_factory=set)  # relation names
    methods: list[Method] = field(default_factory=list)
    chain: list[str] = field(default_factory=list)  # ancestors, root first

    @property
    def attributes(self) -> list[Field | Relation]:
        """Its own fields, then its own relations."""
        return [*self.fields, *self.relations]


class Context:
    """The document being resolved and everything the passes have decided so far."""

    def __init__(self, doc: SpecDocument, source: SourceMap) -> None:
        self.doc = doc
        self.source = source
        self.diags = Diagnostics()
        self.features = Features.model_validate(doc.features.model_dump(mode="json"))
        self.default_app = ""
        self.user_model = ""
        self.drafts: dict[str, Draft] = {}
        self.enums: dict[str, Enum] = {}
        self.type_candidates: list[str] = []
        self.children: dict[str, list[str]] = defaultdict(list)  # concrete children by parent
        self.unstored: set[str] = set()  # classes drawn for readers: interfaces, services, …
        self.origins: dict[tuple[str, str], Origin] = {}  # (holder, attribute) → where drawn

    def at(self, *key: str | int) -> Loc:
        return self.source.at(*key)

    def error(self, code: str, message: str, loc: Loc, hint: str | None = None) -> None:
        self.diags.error(code, message, loc, hint)

    def warning(self, code: str, message: str, loc: Loc, hint: str | None = None) -> None:
        self.diags.warning(code, message, loc, hint)

    def all_relations(self, draft: Draft) -> list[Relation]:
        return [r for a in draft.chain for r in self.drafts[a].relations] + draft.relations

    def all_fields(self, draft: Draft) -> list[Field]:
        return [f for a in draft.chain for f in self.drafts[a].fields] + draft.fields

    def misspelled(self, target: str) -> str | None:
        """A hint when the target is an empty class named almost like a class with content.

        A diagram's relationship line declares the classes it names, so a typo there makes an
        empty class rather than an unknown one.
        """
        tdraft = self.drafts[target]
        if tdraft.is_user or tdraft.spec != EMPTY_ENTITY:
            return None
        close = difflib.get_close_matches(target, self._declared_names, n=3, cutoff=0.8)
        close = [name for name in close if not _numbered_siblings(target, name)]
        return f"did you mean '{close[0]}'?" if close else None

    @cached_property
    def _declared_names(self) -> list[str]:
        return [n for n, d in self.drafts.items() if d.spec != EMPTY_ENTITY]


def _numbered_siblings(a: str, b: str) -> bool:
    """`Class01` and `Class02`, `ClassA` and `ClassB`: names told apart by their last mark on
    purpose, as example diagrams name their classes, not by a slip."""
    digits = "0123456789"
    return a.rstrip(digits) == b.rstrip(digits) or (len(a) == len(b) and a[:-1] == b[:-1])
