"""The statements of a JDL file, each name with its position: what `syntax` reads and the
other modules of the JDL frontend turn into the spec document."""

from __future__ import annotations

from dataclasses import dataclass, field

from djgen.errors import Loc


@dataclass(frozen=True)
class Name:
    """A name or a value as written, and where."""

    text: str
    loc: Loc


@dataclass(frozen=True)
class Annotation:
    name: Name
    value: str | None


@dataclass(frozen=True)
class Validation:
    kind: str  # required, unique, min, max, minlength, maxlength, minbytes, maxbytes, pattern
    value: Name | None
    loc: Loc


@dataclass(frozen=True)
class FieldDecl:
    name: Name
    type: Name
    validations: tuple[Validation, ...]
    annotations: tuple[Annotation, ...]
    doc: str | None


@dataclass(frozen=True)
class EntityDecl:
    name: Name
    table: Name | None
    fields: tuple[FieldDecl, ...]
    annotations: tuple[Annotation, ...]
    doc: str | None


@dataclass(frozen=True)
class Member:
    name: Name
    value: str | None


@dataclass(frozen=True)
class EnumDecl:
    name: Name
    members: tuple[Member, ...]
    doc: str | None


@dataclass(frozen=True)
class Side:
    """One end of a relationship: `Post{blog(name) required}`."""

    entity: Name
    field: Name | None
    display: Name | None
    required: bool
    annotations: tuple[Annotation, ...]
    doc: str | None


@dataclass(frozen=True)
class Link:
    kind: Name  # OneToOne, OneToMany, ManyToOne, ManyToMany
    source: Side
    target: Side
    extra: Name | None  # `with builtInEntity`


@dataclass(frozen=True)
class Targets:
    """The entities an option or an application names: `*`/`all`, or a list, less exclusions."""

    names: tuple[Name, ...]
    every: bool
    excluded: tuple[Name, ...]
    loc: Loc


@dataclass(frozen=True)
class Option:
    """`paginate A, B with pagination`, `readOnly *`, or `use pagination, dto for *`."""

    name: Name
    values: tuple[Name, ...]
    targets: Targets


@dataclass(frozen=True)
class Setting:
    key: Name
    value: str | tuple[str, ...]


@dataclass(frozen=True)
class Application:
    loc: Loc
    settings: tuple[Setting, ...]
    entities: Targets | None
    options: tuple[Option, ...]


@dataclass(frozen=True)
class Constant:
    name: Name
    value: Name


@dataclass
class Model:
    """Everything a JDL file declares, in the order written."""

    entities: list[EntityDecl] = field(default_factory=list)
    enums: list[EnumDecl] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    options: list[Option] = field(default_factory=list)
    applications: list[Application] = field(default_factory=list)
    constants: list[Constant] = field(default_factory=list)
