"""The YAML frontend: shorthands, positions, duplicate keys and schema errors."""

from __future__ import annotations

from enum import StrEnum

import pytest

from djgen import model, vocabulary
from djgen.errors import DjgenError
from djgen.frontends import document as schema
from djgen.frontends import load_text
from djgen.frontends.document import FieldSpec

SPEC = """\
project: blog
app: blog
features:
  auth: jwt
  pagination: page
  event_sourcing: [Post]
entities:
  Post:
    app: blog
    fields:
      title: {type: String, max: 200}
      subtitle: "String(optional, max:80)"
      status: {type: PostStatus, default: DRAFT}
      author: {type: User, relation: ForeignKey, on_delete: CASCADE, related_name: posts}
      tags: {type: "List~Tag~"}
      published: {type: Date, default: 2024-01-02}
    owner: author
    search: [title]
    ordering: [-published]
    methods: ["publish(at): None"]
  User: {user: true}
enums:
  PostStatus: [DRAFT, {PUBLISHED: Published}]
  Color: {RED: Red, BLUE: Blue}
  Size: {app: shop, values: [S, M]}
"""


@pytest.mark.parametrize(("written", "read"), [("true", True), ("[Post]", ("Post",))])
def test_cqrs_is_true_or_the_names_of_entities(written: str, read: object) -> None:
    document, _, _ = load_text(f"features:\n  cqrs: {written}\nentities:\n  Post: {{}}\n", "d.yaml")
    assert document.features.cqrs == read


def errors(text: str) -> list[tuple[str, int, int]]:
    with pytest.raises(DjgenError) as err:
        load_text(text, "djgen.yaml")
    return [(d.code, d.loc.line, d.loc.col) for d in err.value.diagnostics]


def test_full_spec() -> None:
    document, source, warnings = load_text(SPEC, "djgen.yaml")
    assert warnings == []
    assert (document.project, document.app) == ("blog", "blog")
    assert document.features.event_sourcing == ("Post",)
    post = document.entities["Post"]
    assert all(isinstance(spec, FieldSpec) for spec in post.fields.values())
    assert post.fields["subtitle"].model_dump(exclude_defaults=True) == {
        "type": "String",
        "required": False,
        "max": 80,
    }
    assert post.fields["published"].default == "2024-01-02"
    assert post.fields["author"].on_delete == "CASCADE"
    assert document.enums["Size"].app == "shop"
    assert source.at("project").line == 1
    assert (source.at("features", "auth").line, source.at("features", "auth").col) == (4, 3)
    assert source.at("entities", "Post").line == 8
    title = ("entities", "Post", "fields", "title")
    assert (source.at(*title).line, source.at(*title).col) == (11, 7)
    assert source.at(*title, "type").col == 21
    assert source.at(*title, "max").col == 29
    subtitle = ("entities", "Post", "fields", "subtitle")
    assert source.at(*subtitle, "type").col == 18
    assert source.at(*subtitle, "max").col == 35
    assert source.at("entities", "Post", "owner").line == 17
    assert source.at("enums", "PostStatus", "values", 1).col == 23
    blue = source.at("enums", "Color", "values", 1)
    assert (blue.line, blue.col) == (24, 21)
    assert source.at("enums", "Size", "values", 1).col == 33


def test_plain_shorthand_string_positions() -> None:
    document, source, _ = load_text(
        "entities:\n  A:\n    fields:\n      x: Int(min:1)\n", "djgen.yaml"
    )
    assert document.entities["A"].fields["x"].min == 1
    assert source.at("entities", "A", "fields", "x", "min").col == 14


def test_merge_keys() -> None:
    document, _, _ = load_text(
        "entities:\n  A:\n    fields:\n      x: &f {type: String, max: 10}\n"
        "      y: {<<: *f, max: 20}\n",
        "djgen.yaml",
    )
    assert document.entities["A"].fields["y"].model_dump(exclude_defaults=True) == {
        "type": "String",
        "max": 20,
    }


def test_syntax_error_is_djg104_at_the_mark() -> None:
    assert errors("entities:\n  Post: {fields: [\n") == [("DJG104", 3, 1)]


def test_tab_indentation_is_djg104() -> None:
    assert [c for c, _, _ in errors("entities:\n\tPost: {}\n")] == ["DJG104"]


def test_not_a_mapping_is_djg105() -> None:
    assert errors("- Post\n") == [("DJG105", 1, 1)]


def test_unknown_key_is_djg105_with_a_suggestion() -> None:
    with pytest.raises(DjgenError) as err:
        load_text("entities:\n  Post:\n    ownr: x\n", "djgen.yaml")
    (diagnostic,) = err.value.diagnostics
    assert (diagnostic.code, diagnostic.loc.line, diagnostic.loc.col) == ("DJG105", 3, 5)
    assert diagnostic.hint == "did you mean 'owner'?"


def test_bad_values_are_djg105_at_the_value() -> None:
    assert errors(
        "features: {auth: jtw, api_version: 1}\n"
        "entities:\n"
        "  Post:\n"
        "    pagination: pages\n"
        "    fields:\n"
        "      title: {type: String, max: lots}\n"
        "      body: {max: 3}\n"
        "      n: 3\n"
        "enums:\n"
        "  S: DRAFT\n"
    ) == [
        ("DJG105", 1, 18),
        ("DJG105", 1, 36),
        ("DJG105", 4, 17),
        ("DJG105", 6, 34),
        ("DJG105", 7, 7),
        ("DJG105", 8, 10),
        ("DJG105", 10, 6),
    ]


def test_shorthand_errors_point_inside_the_string() -> None:
    assert errors(
        "entities:\n  A:\n    fields:\n      x: 'Int(max:q, uniq)'\n      y: String junk\n"
    ) == [("DJG202", 4, 19), ("DJG103", 4, 22), ("DJG103", 5, 17)]


def test_duplicate_entity_and_enum_is_djg203() -> None:
    assert errors("entities:\n  A: {}\n  A: {}\nenums:\n  S: [X]\n  S: [Y]\n  A: [Z]\n") == [
        ("DJG203", 3, 3),
        ("DJG203", 6, 3),
        ("DJG203", 7, 3),
    ]


def test_duplicate_field_is_djg206() -> None:
    assert errors("entities:\n  A:\n    fields:\n      x: Int\n      x: String\n") == [
        ("DJG206", 5, 7)
    ]


def test_other_duplicate_keys_are_djg105() -> None:
    assert errors("project: a\nproject: b\n") == [("DJG105", 2, 1)]


def test_recursive_alias_is_reported() -> None:
    assert errors("entities: &a {A: *a}\n")[0] == ("DJG105", 1, 11)


def test_methods_are_parsed_by_the_frontend() -> None:
    document, _, _ = load_text(SPEC, "djgen.yaml")
    [method] = document.entities["Post"].methods
    assert (method.name, method.args, method.returns) == ("publish", ("at",), "None")
    assert document.model_dump(mode="json")["entities"]["Post"]["methods"] == ["publish(at): None"]


def test_malformed_method_is_djg103_at_its_item() -> None:
    text = 'entities:\n  Post:\n    methods: ["go()", "publish(at", 3]\n'
    assert errors(text) == [("DJG103", 3, 23)]
    assert errors("entities:\n  Post:\n    methods: [3]\n") == [("DJG105", 3, 15)]


@pytest.mark.parametrize(
    ("spec_enum", "model_enum"),
    [
        (schema.RelationKind, vocabulary.RelationKind),
        (schema.OnDelete, vocabulary.OnDelete),
        (schema.Auth, vocabulary.Auth),
        (schema.CacheBackend, vocabulary.CacheBackend),
        (schema.Pagination, vocabulary.Pagination),
        (schema.Visibility, vocabulary.Visibility),
    ],
)
def test_input_enumerations_mirror_the_model(
    spec_enum: type[StrEnum], model_enum: type[StrEnum]
) -> None:
    assert spec_enum is not model_enum
    assert [m.value for m in spec_enum] == [m.value for m in model_enum]


def test_input_switches_mirror_the_model() -> None:
    for spec_model, domain in (
        (schema.Features, model.Features),
        (schema.RolePermissions, model.RolePermissions),
    ):
        assert spec_model is not domain
        assert list(spec_model.model_fields) == list(domain.model_fields)
        defaults = spec_model().model_dump(mode="json")
        assert defaults == domain().model_dump(mode="json")


def test_every_option_of_the_attribute_grammar_is_a_yaml_key() -> None:
    text = (
        "entities:\n  A:\n    fields:\n"
        "      nick: {type: String, optional: true, index: true, write_only: true}\n"
        "      code: {type: String, optional: false, read-only: true, unique: true}\n"
        "      id: {type: UUID, primary_key: true}\n"
        "      owner_id: {type: Integer, link_column: true}\n"
    )
    document, _, _ = load_text(text, "djgen.yaml")
    given = {
        name: spec.model_dump(exclude_defaults=True, mode="json")
        for name, spec in document.entities["A"].fields.items()
    }
    assert given == {
        "nick": {"type": "String", "required": False, "index": True, "write_only": True},
        "code": {"type": "String", "required": True, "read_only": True, "unique": True},
        "id": {"type": "UUID", "primary_key": True},
        "owner_id": {"type": "Integer", "link_column": True},
    }


def test_optional_contradicting_required_is_djg105() -> None:
    text = "entities:\n  A:\n    fields:\n      x: {type: String, optional: true, required: true}\n"
    assert errors(text) == [("DJG105", 4, 10)]


def test_the_schema_lists_every_flag_of_the_attribute_grammar() -> None:
    from djgen.frontends.attribute_options import OPTION_NAMES

    keys = set(schema.FieldSpec.model_json_schema()["properties"])
    flags = {name.replace("-", "_") for name in OPTION_NAMES if name[:1].islower()}
    assert flags - {"relation"} <= keys
    assert {"optional", "primary_key", "link_column"} <= keys
