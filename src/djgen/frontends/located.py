"""Where each key and each value of a spec's plain data was written, so that validation reports
a problem at the key or value it is about.

The YAML frontend fills it as it reads the YAML (`yaml.YamlLocated`), for a YAML spec and for a
diagram's front matter; a diagram's own classes and a JDL file's declarations are located in
the SourceMap instead, and validation falls back to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from djgen.errors import Diagnostics, Loc
from djgen.frontends.source_map import PathKey


@dataclass
class Located:
    """The position of every key and every value of the data read so far."""

    path: str
    diagnostics: Diagnostics
    keys: dict[PathKey, Loc] = field(default_factory=dict)
    values: dict[PathKey, Loc] = field(default_factory=dict)
