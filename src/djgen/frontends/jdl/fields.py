"""JDL entities, fields, validations and enumerations → the spec document's data.

A JDL field is optional unless it says `required`; its type maps to a djgen type (`Long` →
BigInteger, `Instant` → DateTime, `ImageBlob` → Image, …) and its validations to the options
of the same meaning (`minlength`/`maxlength` are a text's `min`/`max`). What djgen cannot hold
(`minbytes`, `maxbytes`, field annotations but `@Id`, which makes the key) is a warning, never a
silent loss.
"""

from __future__ import annotations

from typing import Any

from djgen.errors import Diagnostics, did_you_mean
from djgen.frontends.jdl.statements import Constant, EntityDecl, EnumDecl, FieldDecl, Name
from djgen.frontends.source_map import SourceMap

# JDL field type → the djgen type of the same meaning.
TYPES = {
    "String": "String",
    "Integer": "Integer",
    "Long": "BigInteger",
    "BigDecimal": "Decimal",
    "Float": "Float",
    "Double": "Float",
    "Boolean": "Boolean",
    "LocalDate": "Date",
    "LocalTime": "Time",
    "ZonedDateTime": "DateTime",
    "Instant": "DateTime",
    "Duration": "Duration",
    "UUID": "UUID",
    "Blob": "File",
    "AnyBlob": "File",
    "ImageBlob": "Image",
    "TextBlob": "Text",
}
# JDL validation → the spec option of the same meaning.
BOUNDS = {"min": "min", "max": "max", "minlength": "min", "maxlength": "max"}
_IGNORED_BOUNDS = {"minbytes", "maxbytes"}


class Fields:
    """Reads declarations into entity and enumeration data, recording every position."""

    def __init__(self, constants: list[Constant], source: SourceMap, diagnostics: Diagnostics):
        self.constants = {c.name.text: c.value for c in constants}
        self.source = source
        self.diagnostics = diagnostics

    def entity(self, decl: EntityDecl) -> dict[str, Any]:
        name = decl.name.text
        self.source.add(("entities", name), decl.name.loc.line, decl.name.loc.col)
        spec: dict[str, Any] = {}
        if decl.doc is not None:
            spec["description"] = decl.doc
        if decl.table is not None:
            spec["table"] = decl.table.text
            self._at(("entities", name, "table"), decl.table)
        fields: dict[str, Any] = {}
        for field in decl.fields:
            key = ("entities", name, "fields", field.name.text)
            if field.name.text in fields:
                self.diagnostics.error(
                    "DJG206",
                    f"field '{field.name.text}' is declared twice in '{name}'",
                    field.name.loc,
                    "rename or remove one of them",
                )
                continue
            self._at(key, field.name)
            fields[field.name.text] = self._field(field, key)
        if fields:
            spec["fields"] = fields
        return spec

    def _field(self, field: FieldDecl, key: tuple[str, ...]) -> dict[str, Any]:
        self._at((*key, "type"), field.type)
        spec: dict[str, Any] = {"type": TYPES.get(field.type.text, field.type.text)}
        spec["required"] = False
        if field.doc is not None:
            spec["help"] = field.doc
        for annotation in field.annotations:
            if annotation.name.text == "Id":
                spec["primary_key"] = True
                del spec["required"]  # a key is never empty
                continue
            self.diagnostics.warning(
                "DJG315",
                f"the field annotation @{annotation.name.text} means nothing for Django; ignored",
                annotation.name.loc,
            )
        for validation in field.validations:
            kind = validation.kind
            option = BOUNDS.get(kind, kind)
            self.source.add((*key, option), validation.loc.line, validation.loc.col)
            if kind in {"required", "unique"}:
                spec[kind] = True
            elif kind == "pattern" and validation.value is not None:
                spec["pattern"] = validation.value.text
            elif kind in _IGNORED_BOUNDS:
                self.diagnostics.warning(
                    "DJG315",
                    f"{kind} is not checked by the generated backend; ignored",
                    validation.loc,
                    "limit the upload size in the web server or in a validator you add",
                )
            elif validation.value is not None and (number := self._number(validation.value)):
                spec[option] = number[0]
        return spec

    def _number(self, value: Name) -> tuple[int | float] | None:
        """A bound's number, or the number a constant names."""
        written = self.constants.get(value.text, value)
        try:
            return (int(written.text),)
        except ValueError:
            pass
        try:
            return (float(written.text),)
        except ValueError:
            self.diagnostics.error(
                "DJG218",
                f"'{value.text}' is neither a number nor a constant",
                value.loc,
                did_you_mean(value.text, self.constants) or "declare it: `NAME = 10`",
            )
            return None

    def enum(self, decl: EnumDecl) -> list[str | dict[str, str]]:
        self._at(("enums", decl.name.text), decl.name)
        values: list[str | dict[str, str]] = []
        for i, member in enumerate(decl.members):
            self._at(("enums", decl.name.text, "values", i), member.name)
            text = member.name.text
            values.append(text if member.value is None else {text: member.value})
        return values

    def _at(self, key: tuple[str | int, ...], name: Name) -> None:
        self.source.add(key, name.loc.line, name.loc.col)
