"""Frontends: a spec file of any supported kind → SpecDocument, SourceMap and warnings."""

from __future__ import annotations

from pathlib import Path

from djgen.errors import Diagnostic, DjgenError, Loc
from djgen.frontends import mermaid
from djgen.frontends.document import SpecDocument
from djgen.frontends.markdown import extract_markdown
from djgen.frontends.reader import decode, fail, normalise, require_content
from djgen.frontends.source_map import SourceMap

Loaded = tuple[SpecDocument, SourceMap, list[Diagnostic]]

MERMAID_SUFFIXES = frozenset({".mmd", ".mermaid"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
YAML_SUFFIXES = frozenset({".yaml", ".yml"})
JDL_SUFFIXES = frozenset({".jdl", ".jh"})
SUFFIXES = sorted(MERMAID_SUFFIXES | MARKDOWN_SUFFIXES | YAML_SUFFIXES | JDL_SUFFIXES)


def load_document(path: str | Path, application: str | None = None) -> Loaded:
    """Read a spec file and run the frontend its extension names; `application` picks one
    application of a JDL file."""
    where = str(path)
    _kind(where, application)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise fail(
            "DJG005", f"cannot read the file: {err.strerror or err}", Loc(where, 1, 1)
        ) from None
    return load_bytes(data, where, application)


def load_bytes(data: bytes, path: str, application: str | None = None) -> Loaded:
    """The frontend for `path`'s extension, on the file's bytes."""
    _kind(path, application)
    return load_text(decode(data, path), path, application)


def load_text(text: str, path: str, application: str | None = None) -> Loaded:
    """The frontend for `path`'s extension, on text already read (tests, the web page)."""
    kind = _kind(path, application)
    text = normalise(text, path)
    if kind == "yaml":
        from djgen.frontends import yaml as yaml_frontend  # PyYAML, only for a YAML spec

        return yaml_frontend.load_text(text, path)
    if kind == "jdl":
        from djgen.frontends import jdl  # its grammar library, only for the files that need it

        return jdl.load_text(text, path, application)
    if kind == "markdown":
        require_content(text, path, "%%")
        text = extract_markdown(text, path)
    return mermaid.load_text(text, path)


def _kind(path: str, application: str | None = None) -> str:
    suffix = Path(path).suffix.casefold()
    if suffix in JDL_SUFFIXES:
        return "jdl"
    if application is not None:
        raise fail(
            "DJG005",
            f"'{Path(path).name}' is not a JDL file, so it has no application to choose",
            Loc(path, 1, 1),
            "leave out --application",
        )
    if suffix in MERMAID_SUFFIXES:
        return "mermaid"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in YAML_SUFFIXES:
        return "yaml"
    raise fail(
        "DJG005",
        f"cannot tell what kind of spec '{Path(path).name}' is",
        Loc(path, 1, 1),
        f"use one of the extensions {', '.join(SUFFIXES)}",
    )


__all__ = ["DjgenError", "Loaded", "load_bytes", "load_document", "load_text"]
