"""The Mermaid classDiagram frontend: every construct, every error with its position."""

from __future__ import annotations

from typing import Any

import pytest

from djgen.errors import DjgenError
from djgen.frontends import load_text
from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.resolve.declarations import collect_entities
from djgen.resolve.enums import collect_enums
from djgen.resolve.links import apply_links
from djgen.resolve.state import Context


def parse(*lines: str) -> tuple[SpecDocument, SourceMap]:
    """The document, its relationship lines read into attributes as the resolver reads them."""
    document, source, warnings = load_text("\n".join(lines) + "\n", "d.mmd")
    assert warnings == []
    ctx = Context(document, source)
    ctx.default_app = "app"
    collect_entities(ctx)
    collect_enums(ctx)
    apply_links(ctx)
    entities = {
        n: ctx.drafts[n].spec if n in ctx.drafts else e for n, e in document.entities.items()
    }
    return document.model_copy(update={"entities": entities}), source


def errors(*lines: str) -> list[tuple[str, int, int]]:
    with pytest.raises(DjgenError) as err:
        load_text("\n".join(lines) + "\n", "d.mmd")
    return [(d.code, d.loc.line, d.loc.col) for d in err.value.diagnostics]


def fields(document: SpecDocument, entity: str) -> dict[str, dict[str, Any]]:
    return {
        name: spec.model_dump(exclude_defaults=True, mode="json")
        for name, spec in document.entities[entity].fields.items()
    }


def test_class_with_body_and_attributes() -> None:
    document, source = parse(
        "classDiagram",
        "class Post {",
        "    +UUID id",
        "    title: String(required, max:200)",
        "    -Text body$",
        "    #int views*",
        "    ~Date day",
        "    Boolean flag",
        "    tags: List~Tag~",
        "    links: Tag[]",
        "}",
    )
    assert fields(document, "Post") == {
        "id": {"type": "UUID"},
        "title": {"type": "String", "required": True, "max": 200},
        "body": {"type": "Text"},
        "views": {"type": "int"},
        "day": {"type": "Date"},
        "flag": {"type": "Boolean"},
        "tags": {"type": "List~Tag~"},
        "links": {"type": "Tag[]"},
    }
    assert source.at("entities", "Post").line == 2
    assert source.at("entities", "Post").col == 7
    title = ("entities", "Post", "fields", "title")
    assert (source.at(*title).line, source.at(*title).col) == (4, 5)
    assert source.at(*title, "type").col == 12
    assert source.at(*title, "max").col == 29
    assert source.at("entities", "Post", "fields", "id", "type").col == 6


def test_methods_are_parsed_and_print_as_canonical_signatures() -> None:
    document, _ = parse(
        "classDiagram",
        "class Post {",
        "  publish(at): None",
        "  +calc(int x, y: str) int$",
        "  -__str__() str",
        "}",
        "Post : +archive()*",
    )
    methods = document.entities["Post"].methods
    assert [(m.name, m.args, m.returns) for m in methods] == [
        ("publish", ("at",), "None"),
        ("calc", ("x", "y"), "int"),
        ("__str__", (), "str"),
        ("archive", (), None),
    ]
    assert [str(m) for m in methods] == [
        "publish(at): None",
        "calc(x, y): int",
        "__str__(): str",
        "archive()",
    ]


def test_method_positions() -> None:
    _, source = parse("classDiagram", "class Post {", "  x: Int", "  +publish()", "}")
    at = source.at("entities", "Post", "methods", 0)
    assert (at.line, at.col) == (4, 3)


def test_bare_and_repeated_declarations_are_one_class() -> None:
    document, source = parse(
        "classDiagram",
        "class A",
        "class A~T~",
        'class A["Label"]',
        "class A:::important",
        "class A {",
        "  x: Int",
        "}",
        "A : +String y",
        "A : +go()",
    )
    assert list(document.entities) == ["A"]
    assert list(fields(document, "A")) == ["x", "y"]
    assert [str(m) for m in document.entities["A"].methods] == ["go()"]
    assert source.at("entities", "A").line == 2


def test_inline_bodies() -> None:
    document, _ = parse("classDiagram", "class A {}", "class B { x: Int }")
    assert fields(document, "A") == {}
    assert fields(document, "B") == {"x": {"type": "Int"}}


def test_ignored_statements() -> None:
    document, _ = parse(
        "classDiagram-v2",
        "direction LR",
        "%% a comment",
        'note "a note"',
        'note for A "about A %% not a comment"',
        "style A fill:#f9f",
        "classDef hot fill:#f00",
        'cssClass "A" hot',
        'click A href "https://example.com"',
        'link A "https://example.com"',
        'callback A "go"',
        "accTitle: Title",
        "accDescr: One line",
        "accDescr {",
        "  several",
        "  lines",
        "}",
        "class A  %% trailing",
    )
    assert list(document.entities) == ["A"]


def test_annotations() -> None:
    document, _ = parse(
        "classDiagram",
        "class Base {",
        "  <<abstract>>",
        "}",
        "class Account",
        "<<user>> Account",
        "class Log <<readonly>>",
        "class Shape {",
        "  <<interface>>",
        "}",
    )
    assert document.entities["Base"].abstract
    assert document.entities["Account"].user
    assert document.entities["Log"].readonly
    assert not document.entities["Shape"].abstract


def test_enumerations() -> None:
    document, source = parse(
        "classDiagram",
        "class Status {",
        "  <<enumeration>>",
        "  DRAFT",
        '  PUBLISHED: "Published now"',
        "}",
        "class Kind",
        "<<enum>> Kind",
        "Kind : SMALL",
    )
    assert document.enums == {
        "Status": ["DRAFT", {"PUBLISHED": "Published now"}],
        "Kind": ["SMALL"],
    }
    assert "Status" not in document.entities
    assert (source.at("enums", "Status", "values", 1).line, source.at("enums", "Status").col) == (
        5,
        7,
    )


def test_namespaces_set_the_app_of_classes_and_enums() -> None:
    document, _ = parse(
        "classDiagram",
        "namespace shop {",
        "  class Product {",
        "    name: String",
        "  }",
        "  class Color {",
        "    <<enumeration>>",
        "    RED",
        "  }",
        "}",
        "class Order",
    )
    assert document.entities["Product"].app == "shop"
    assert document.entities["Order"].app is None
    assert document.enums["Color"].model_dump() == {"app": "shop", "values": ["RED"]}


@pytest.mark.parametrize(
    ("line", "holder", "attr", "spec"),
    [
        (
            'Post "*" --> "1" User : author',
            "Post",
            "author",
            {"type": "User", "relation": "ForeignKey", "required": True},
        ),
        (
            'User "1" --> "*" Post : posts',
            "Post",
            "user",
            {"type": "User", "relation": "ForeignKey", "required": True, "related_name": "posts"},
        ),
        (
            'User "0..1" -- "many" Post',
            "Post",
            "user",
            {"type": "User", "relation": "ForeignKey", "required": False},
        ),
        (
            'User "1" -- "0..1" Post : profile',
            "User",
            "profile",
            {"type": "Post", "relation": "OneToOne", "required": False},
        ),
        (
            'Post "*" -- "1..*" User : editors(through:Edit)',
            "Post",
            "editors",
            {"type": "User", "relation": "ManyToMany", "required": True, "through": "Edit"},
        ),
        ("Post --> User", "Post", "user", {"type": "User", "relation": "ForeignKey"}),
        ("Post -- User", "Post", "user", {"type": "User", "relation": "ForeignKey"}),
        ("Post ..> User", "Post", "user", {"type": "User", "relation": "ForeignKey"}),
        ("Post .. User", "Post", "user", {"type": "User", "relation": "ForeignKey"}),
        ("Post <--> User", "Post", "user", {"type": "User", "relation": "ForeignKey"}),
        ("User <-- Post", "Post", "user", {"type": "User", "relation": "ForeignKey"}),
        ("User <.. Post", "Post", "user", {"type": "User", "relation": "ForeignKey"}),
        (
            "User *-- Post",
            "Post",
            "user",
            {"type": "User", "relation": "ForeignKey", "on_delete": "CASCADE"},
        ),
        (
            "Post --* User",
            "Post",
            "user",
            {"type": "User", "relation": "ForeignKey", "on_delete": "CASCADE"},
        ),
        (
            "User o-- Post",
            "Post",
            "user",
            {"type": "User", "relation": "ForeignKey", "required": False, "on_delete": "SET_NULL"},
        ),
        (
            "Post --o User",
            "Post",
            "user",
            {"type": "User", "relation": "ForeignKey", "required": False, "on_delete": "SET_NULL"},
        ),
        (
            "Post *--* User",
            "Post",
            "user",
            {"type": "User", "relation": "ForeignKey", "on_delete": "CASCADE"},
        ),
        (
            "Post o--o User : Belongs to",
            "Post",
            "user",
            {"type": "User", "relation": "ForeignKey", "required": False, "on_delete": "SET_NULL"},
        ),
        (
            "Post *-- User : owner(on_delete:PROTECT)",
            "User",
            "owner",
            {"type": "Post", "relation": "ForeignKey", "on_delete": "PROTECT"},
        ),
        (
            'Post --> "1" User',
            "Post",
            "user",
            {"type": "User", "relation": "ForeignKey", "required": True},
        ),
        ('User --> "*" Post', "Post", "user", {"type": "User", "relation": "ForeignKey"}),
    ],
)
def test_relationships(line: str, holder: str, attr: str, spec: dict[str, Any]) -> None:
    document, source = parse("classDiagram", "class Post", "class User", line)
    assert fields(document, holder) == {attr: spec}
    assert source.at("entities", holder, "fields", attr).line == 4


def test_relationship_declares_missing_classes() -> None:
    document, source = parse("classDiagram", "Order *-- Line")
    assert list(document.entities) == ["Order", "Line"]
    assert (source.at("entities", "Line").line, source.at("entities", "Line").col) == (2, 11)


def test_self_reference() -> None:
    document, _ = parse("classDiagram", 'Category "*" --> "0..1" Category : parent')
    assert fields(document, "Category") == {
        "parent": {"type": "Category", "relation": "ForeignKey", "required": False}
    }


def test_attribute_and_relationship_merge() -> None:
    document, _ = parse(
        "classDiagram",
        "class Post {",
        "  author: User(optional, on_delete:CASCADE)",
        "  tags: List~Tag~",
        "}",
        'Post "*" --> "1" User',
        "Post --> Tag",
        'Tag "*" -- "*" Post',
    )
    assert fields(document, "Post") == {
        "author": {
            "type": "User",
            "relation": "ForeignKey",
            "required": False,
            "on_delete": "CASCADE",
        },
        "tags": {"type": "List~Tag~", "relation": "ManyToMany"},
    }
    assert fields(document, "Tag") == {}  # the same link, drawn back


def test_many_to_many_declared_on_the_other_side_is_one_field() -> None:
    document, _ = parse("classDiagram", 'Tag "*" -- "*" Post', "class Post {", "  tags: Tag[]", "}")
    assert fields(document, "Post") == {
        "tags": {"type": "Tag[]", "relation": "ManyToMany", "required": False}
    }
    assert fields(document, "Tag") == {}


def test_enumeration_link_is_a_choice_field() -> None:
    document, _ = parse(
        "classDiagram", "class Status {", "  <<enumeration>>", "  A", "}", "Post --> Status"
    )
    assert fields(document, "Post") == {"status": {"type": "Status"}}


def test_inheritance() -> None:
    document, _ = parse("classDiagram", "Animal <|-- Dog", "Cat --|> Animal")
    assert document.entities["Dog"].extends == "Animal"
    assert document.entities["Cat"].extends == "Animal"


def test_realizations_and_lollipops_are_ignored_with_a_warning() -> None:
    lines = ["Dog ..|> Pet", "Pet <|.. Cat", "Pet ()-- Dog", "Cat --() Pet", "Cat <|--|> Dog"]
    document, _, warnings = load_text("\n".join(["classDiagram", *lines]) + "\n", "d.mmd")
    assert [(w.code, w.loc.line) for w in warnings] == [("DJG306", n) for n in range(2, 7)]
    assert all(e.fields == {} and e.extends is None for e in document.entities.values())


def test_front_matter_options_merge_over_the_diagram() -> None:
    document, source = parse(
        "---",
        "title: Blog",
        "djgen:",
        "  project: blog",
        "  app: content",
        "  features: {auth: session, pagination: cursor}",
        "  entities:",
        "    Post:",
        "      owner: author",
        "      search: [title]",
        "      fields:",
        "        title: String(max:80)",
        "        slug: {type: Slug, unique: true}",
        "  enums:",
        "    Color: [RED]",
        "---",
        "classDiagram",
        "class Post {",
        "  title: String(required)",
        "}",
    )
    assert (document.project, document.title, document.app) == ("blog", "Blog", "content")
    assert document.features.auth == "session"
    post = document.entities["Post"]
    assert (post.owner, post.search) == ("author", ["title"])
    assert fields(document, "Post") == {
        "title": {"type": "String", "required": True, "max": 80},
        "slug": {"type": "Slug", "unique": True},
    }
    assert document.enums == {"Color": ["RED"]}
    assert source.at("project").line == 4
    assert (source.at("features", "auth").line, source.at("features", "auth").col) == (6, 14)
    assert (source.at("entities", "Post", "owner").line, source.at("entities", "Post").line) == (
        9,
        18,
    )
    assert source.at("entities", "Post", "fields", "title", "max").col == 23


# Errors -------------------------------------------------------------------------------------


def test_unknown_line_is_djg101_and_parsing_continues() -> None:
    assert errors("classDiagram", "class A", "  what is this", "A -> B", "classDiagram") == [
        ("DJG101", 3, 3),
        ("DJG101", 4, 1),
        ("DJG101", 5, 1),
    ]


def test_unclosed_brace_is_djg102_at_the_brace() -> None:
    assert errors("classDiagram", "namespace shop {", "  class A {", "    x: Int") == [
        ("DJG102", 2, 16),
        ("DJG102", 3, 11),
    ]


def test_stray_brace_is_djg102() -> None:
    assert errors("classDiagram", "class A", "  }") == [("DJG102", 3, 3)]


def test_class_inside_an_open_body_is_djg102() -> None:
    assert errors("classDiagram", "class A {", "  x: Int", "class B {", "}", "}") == [
        ("DJG102", 2, 9),
        ("DJG102", 6, 1),
    ]


@pytest.mark.parametrize(
    ("member", "col"),
    [("title: ", 9), ("x: Int(max:1", 9), ("x: Int(uniq)", 10), ("123 !", 3)],
)
def test_malformed_members_are_djg103(member: str, col: int) -> None:
    assert errors("classDiagram", "class A {", f"  {member}", "}") == [("DJG103", 3, col)]


def test_bad_option_values_are_djg202() -> None:
    assert errors("classDiagram", "class A {", "  x: Int(max:abc)", "}") == [("DJG202", 3, 14)]


def test_two_bodies_are_djg203() -> None:
    assert errors("classDiagram", "class A {", "}", "  class A {", "}") == [("DJG203", 4, 9)]


def test_duplicate_attribute_is_djg206() -> None:
    assert errors("classDiagram", "class A {", "  x: Int", "  +String x", "}") == [
        ("DJG206", 4, 11)
    ]


def test_two_parents_are_djg212() -> None:
    assert errors("classDiagram", "A <|-- C", "C --|> B") == [("DJG212", 3, 1)]


def test_front_matter_names_the_cqrs_entities() -> None:
    document, source = parse(
        "---", "djgen:", "  features: {cqrs: [Post]}", "---", "classDiagram", "class Post"
    )
    assert document.features.cqrs == ("Post",)
    assert (source.at("features", "cqrs", 0).line, source.at("features", "cqrs", 0).col) == (3, 21)


def test_front_matter_entity_not_in_the_diagram_is_djg215() -> None:
    assert errors(
        "---", "djgen:", "  entities:", "    Pots: {owner: x}", "---", "classDiagram", "class Post"
    ) == [("DJG215", 4, 5)]


def test_front_matter_schema_errors_are_djg105() -> None:
    assert errors(
        "---",
        "djgen:",
        "  features: {auth: jtw}",
        "  entities:",
        "    Post: {ownr: x}",
        "---",
        "classDiagram",
        "class Post",
    ) == [("DJG105", 3, 20), ("DJG105", 5, 12)]


def test_errors_are_sorted_and_unique() -> None:
    found = errors("classDiagram", "class A {", "  y: Q(uniq)", "  x: Int(max:z)", "}", "?")
    assert found == [("DJG103", 3, 8), ("DJG202", 4, 14), ("DJG101", 6, 1)]


# Performance and robustness ----------------------------------------------------------------


def big_diagram(classes: int) -> str:
    lines = ["classDiagram", "class Status {", "  <<enumeration>>", "  A", "  B", "}"]
    for i in range(classes):
        lines += [
            f"class Entity{i} {{",
            "  +UUID id",
            "  title: String(required, max:200)",
            "  slug: Slug(unique, index)",
            "  body: Text(optional)",
            "  count: int(default:0, min:0)",
            "  price: Decimal(max_digits:8, decimal_places:2)",
            "  status: Status(default:A)",
            "  created_at: DateTime",
            "  publish(at): None",
            "}",
        ]
        if i:
            lines.append(f'Entity{i} "*" --> "1" Entity{i - 1} : parent')
    return "\n".join(lines) + "\n"


def test_a_thousand_classes_parse() -> None:
    """Scale, not speed (benchmarks/parse.py times it): every class and link arrives."""
    document, _, _ = load_text(big_diagram(1000), "big.mmd")
    assert len(document.entities) == 1000
    assert (document.links[-1].left, document.links[-1].label) == ("Entity999", "parent")


def test_front_matter_keys_that_are_not_names_are_ignored() -> None:
    document, _, _ = load_text("---\n[a, b]: 1\ntitle: Shop\n---\nclassDiagram\n", "f.mmd")
    assert document.title == "Shop"


def test_the_interface_end_of_a_lollipop_is_no_class() -> None:
    lines = ["class Dog", "barks ()-- Dog", "Dog --() `fetches things`"]
    document, _, warnings = load_text("\n".join(["classDiagram", *lines]) + "\n", "d.mmd")
    assert list(document.entities) == ["Dog"]
    assert [w.code for w in warnings] == ["DJG306", "DJG306"]
