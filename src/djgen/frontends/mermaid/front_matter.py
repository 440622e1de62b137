"""Front matter of a Mermaid diagram: its `title` and `djgen` options merged over the diagram.

The options are a YAML spec's keys, located like a YAML spec's; entity options merge into the
classes the diagram declares (fields key by key), and naming a class the diagram lacks is an
error.
"""

from __future__ import annotations

from typing import Any

import yaml

from djgen.errors import Diagnostics, did_you_mean
from djgen.frontends import yaml as yaml_frontend
from djgen.frontends.mermaid.diagram import Class
from djgen.frontends.reader import FrontMatter
from djgen.frontends.source_map import SourceMap


def merge_front_matter(
    front: FrontMatter,
    data: dict[str, Any],
    diagnostics: Diagnostics,
    source: SourceMap,
    classes: dict[str, Class],
) -> yaml_frontend.YamlLocated:
    """Deep-merge the front matter's `djgen` options (and its `title`) over the diagram; where
    each of the options was written."""
    located = yaml_frontend.YamlLocated(source.path, diagnostics, text=front.yaml_text)
    if front.node is None:
        return located
    if not isinstance(front.node, yaml.MappingNode):
        located.diagnostics.error(
            "DJG105", "the front matter must be a mapping", located.loc(front.node.start_mark)
        )
        return located
    matter = {
        key.value: value for key, value in front.node.value if isinstance(key, yaml.ScalarNode)
    }
    title_node = matter.get("title")
    if isinstance(title_node, yaml.ScalarNode):
        data["title"] = title_node.value
        source.locs.setdefault(("title",), located.loc(title_node.start_mark))
    options_node = matter.get("djgen")
    if options_node is None:
        return located
    options = located.convert(options_node, ())
    if not isinstance(options, dict):
        located.diagnostics.error(
            "DJG105",
            "`djgen` must be a mapping of spec options",
            located.loc(options_node.start_mark),
            "djgen: {project: name, features: {...}}",
        )
        return located
    yaml_frontend.prepare(options, located, source)
    for key, value in options.items():
        if key == "entities" and isinstance(value, dict):
            _merge_entities(value, data, located, classes)
        elif key == "enums" and isinstance(value, dict):
            _merge_enums(value, data, located, classes)
        else:
            data[key] = value
    return located


def _merge_enums(
    enums: dict[str, Any],
    data: dict[str, Any],
    located: yaml_frontend.YamlLocated,
    classes: dict[str, Class],
) -> None:
    merged = data.setdefault("enums", {})
    for name, enum in enums.items():
        if name in classes:
            located.diagnostics.error(
                "DJG203",
                f"'{name}' is already a class of the diagram",
                located.keys[("enums", name)],
                "define it in one place only",
            )
        else:
            merged[name] = enum


def _merge_entities(
    entities: dict[str, Any],
    data: dict[str, Any],
    located: yaml_frontend.YamlLocated,
    classes: dict[str, Class],
) -> None:
    diagram = data.setdefault("entities", {})
    for name, options in entities.items():
        if name not in diagram:
            located.diagnostics.error(
                "DJG215",
                f"'{name}' is not a class of the diagram",
                located.keys[("entities", name)],
                did_you_mean(str(name), [n for n, c in classes.items() if not c.is_enum])
                or "declare the class in the diagram or remove these options",
            )
            continue
        if not isinstance(options, dict):
            diagram[name] = options
            continue
        target = diagram[name]
        for key, value in options.items():
            if key == "fields" and isinstance(value, dict):
                fields = target.setdefault("fields", {})
                for field_name, spec in value.items():
                    current = fields.get(field_name)
                    both = isinstance(current, dict) and isinstance(spec, dict)
                    fields[field_name] = {**current, **spec} if both else spec
            else:
                target[key] = value
