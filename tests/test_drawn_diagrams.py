"""Diagrams as people draw them: the shapes found in READMEs and design documents parse, and
a diagram's independent problems are all reported in one run."""

from __future__ import annotations

import pytest

from djgen.errors import Diagnostic, DjgenError
from djgen.frontends import load_text
from djgen.frontends.document import SpecDocument
from djgen.load import load_data
from tests.test_mermaid import fields


def read(*lines: str, path: str = "d.mmd") -> tuple[SpecDocument, list[Diagnostic]]:
    document, _, warnings = load_text("\n".join(lines) + "\n", path)
    return document, warnings


def test_key_markers_after_the_type() -> None:
    document, _ = read(
        "classDiagram",
        "class Livre {",
        "    -id: Integer PK",
        "    -auteur_id: Integer FK",
        "    +String isbn UK",
        "    +int editeur_id (FK)",
        '    +String code PK, UK "the shelf code"',
        "}",
    )
    assert fields(document, "Livre") == {
        "id": {"type": "Integer", "primary_key": True},
        "auteur_id": {"type": "Integer", "link_column": True},
        "isbn": {"type": "String", "unique": True},
        "editeur_id": {"type": "int", "link_column": True},
        "code": {"type": "String", "primary_key": True, "unique": True},
    }
    assert document.entities["Livre"].methods == []


@pytest.mark.parametrize(("member", "pk"), [("+UUID id PK", "uuid"), ("-id: Long PK", "big_auto")])
def test_a_pk_marker_sets_the_key_type(member: str, pk: str) -> None:
    loaded = load_data(
        f"classDiagram\nclass A {{\n  {member}\n  name: String\n}}\n".encode(), "a.mmd"
    )
    entity = next(e for e in loaded.project.entities if e.name == "A")
    assert entity.pk_type.value == pk
    assert [f.name for f in entity.fields] == ["name"]


def test_a_pk_on_another_integer_attribute_is_the_key() -> None:
    loaded = load_data(b"classDiagram\nclass A {\n  int city_id PK\n  name: String\n}\n", "a.mmd")
    entity = next(e for e in loaded.project.entities if e.name == "A")
    assert [f.name for f in entity.fields] == ["name"]


def test_a_sized_text_type_before_the_name_is_an_attribute() -> None:
    document, _ = read("classDiagram", "class A {", "    +VARCHAR(20) code", "    +size(n)", "}")
    assert fields(document, "A") == {"code": {"type": "VARCHAR", "max": 20}}
    assert [str(m) for m in document.entities["A"].methods] == ["size(n)"]


def test_inline_enumerations_keep_their_members() -> None:
    document, _ = read(
        "classDiagram",
        "class Compte {",
        "    -role: Enum(Admin, User)",
        "    statut: Enum(brouillon, 'en cours', publié)",
        "}",
    )
    assert fields(document, "Compte") == {
        "role": {"type": "String", "choices": ["Admin", "User"]},
        "statut": {"type": "String", "choices": ["brouillon", "en cours", "publié"]},
    }
    loaded = load_data(b"classDiagram\nclass A {\n  -role: Enum(Admin, Super User)\n}\n", "a.mmd")
    (enum,) = loaded.project.enums
    assert [(m.name, m.value) for m in enum.members] == [
        ("ADMIN", "Admin"),
        ("SUPER_USER", "Super User"),
    ]


def test_methods_with_the_return_type_first() -> None:
    document, _ = read(
        "classDiagram",
        "class Order {",
        "    +Boolean validatePrice()",
        "    +void confirm()",
        "    List~Line~ linesFor(Product p, int n)",
        "    +cancel()",
        "    +total() Decimal",
        "}",
    )
    assert [str(m) for m in document.entities["Order"].methods] == [
        "validatePrice(): Boolean",
        "confirm(): void",
        "linesFor(p, n): List~Line~",
        "cancel()",
        "total(): Decimal",
    ]


def test_untyped_attributes_are_text_with_a_warning() -> None:
    document, warnings = read("classDiagram", "class Customer {", "    name", "    address", "}")
    assert fields(document, "Customer") == {
        "name": {"type": "String"},
        "address": {"type": "String"},
    }
    assert [(w.code, w.loc.line, w.loc.col) for w in warnings] == [
        ("DJG308", 3, 5),
        ("DJG308", 4, 5),
    ]


def test_an_untyped_member_naming_a_class_is_a_link_to_it() -> None:
    loaded = load_data(
        b"classDiagram\nclass User\nclass Account {\n    User\n    token\n}\n", "d.mmd"
    )
    account = loaded.project.entity("Account")
    assert [(r.name, r.target) for r in account.relations] == [("user", "User")]
    assert [f.name for f in account.fields] == ["token"]
    assert [(w.code, w.loc.line) for w in loaded.warnings] == [("DJG308", 4), ("DJG308", 5)]
    assert "read as the link 'user'" in loaded.warnings[0].message


def test_class_names_as_written_become_model_names() -> None:
    document, warnings = read(
        "classDiagram",
        "class `Order Item` {",
        "    quantity: int",
        "}",
        "class classO",
        '`Order Item` "*" --> "1" classO',
        "classO : +String label",
    )
    assert list(document.entities) == ["OrderItem", "ClassO"]
    assert (document.links[0].left, document.links[0].right) == ("OrderItem", "ClassO")
    assert fields(document, "ClassO") == {"label": {"type": "String"}}
    assert [(w.code, w.loc.line) for w in warnings] == [("DJG307", 2), ("DJG307", 5)]


def test_labels_generics_styles_and_namespaces() -> None:
    document, warnings = read(
        "classDiagram",
        "direction LR",
        'namespace Auth["Authentication"] {',
        '    class Account["User account"]:::important {',
        "        +String email",
        "    }",
        "}",
        "namespace shop.orders {",
        "    class Box~T~",
        "}",
        "class Shape",
        "<<interface>> Shape",
        'note for Account "holds the login"',
        'note "a diagram note"',
        "style Account fill:#f9f",
        "classDef important stroke-width:4px",
        'cssClass "Box" important',
        'click Account href "https://example.com" "Open"',
        'link Box "https://example.com"',
        'callback Shape "show"',
        "Account : +login() bool;",
        "Box <-- Account",
        "Box <--> Shape",
    )
    assert document.entities["Account"].app == "Auth"
    assert document.entities["Box"].app == "shop_orders"
    assert [str(m) for m in document.entities["Account"].methods] == ["login(): bool"]
    assert warnings == []


def test_markdown_without_a_fence_is_read_from_its_class_diagram_line() -> None:
    text = (
        "# Design\n\nThe model:\n\nclassDiagram\n  class Post {\n    title: String\n  }\n"
        "\n## Next\nprose\n"
    )
    document, source, _ = load_text(text, "notes.md")
    assert list(document.entities) == ["Post"]
    assert source.at("entities", "Post", "fields", "title").line == 7


def test_an_undeclared_type_says_so() -> None:
    with pytest.raises(DjgenError) as err:
        load_data(b"classDiagram\nclass Order {\n  +OrderStatus status\n}\n", "o.mmd")
    (found,) = err.value.diagnostics
    assert (found.code, found.message) == ("DJG201", "type 'OrderStatus' is not declared")
    assert found.hint is not None and "<<enumeration>>" in found.hint


def test_a_misspelt_entity_is_still_a_relation_target() -> None:
    with pytest.raises(DjgenError) as err:
        load_data(b"classDiagram\nclass Customer\nclass A {\n  +Custmer buyer\n}\n", "o.mmd")
    (found,) = err.value.diagnostics
    assert (found.code, found.hint) == ("DJG204", "did you mean 'Customer'?")


LONG_DIAGRAM = """\
classDiagram
    class Order {
        +String title(max:)
        +OrderStatus status
        total: Decimal(min:9, max:3)
        +int count
        +int count
        when: DateTim
        reference: String(foo)
    }
    class Item {
        price: Money
        label: String(max:"x")
        code: Slug(max_digits:2)
    }
    Order "1" --> "*" Item : lines
    Order ==> Item
    Order "few" --> "1" Item
    Item <|-- Order
    Order <|-- Item
"""


def test_independent_problems_of_both_stages_arrive_in_one_run() -> None:
    with pytest.raises(DjgenError) as err:
        load_data(LONG_DIAGRAM.encode(), "long.mmd")
    found = [(d.code, d.loc.line) for d in err.value.diagnostics]
    assert found == [
        ("DJG201", 4),  # undeclared type (resolve)
        ("DJG202", 5),  # min above max (resolve)
        ("DJG206", 7),  # attribute twice (frontend)
        ("DJG201", 8),  # misspelt type (resolve)
        ("DJG103", 9),  # unknown option (frontend)
        ("DJG201", 12),  # undeclared type (resolve)
        ("DJG202", 13),  # not a number (frontend)
        ("DJG211", 14),  # option that does not apply (resolve)
        ("DJG101", 17),  # not Mermaid (frontend)
        ("DJG202", 18),  # unknown cardinality (frontend)
        ("DJG205", 20),  # inheritance cycle (resolve)
    ]


def test_parents_in_each_others_apps_are_a_located_cycle() -> None:
    text = (
        "classDiagram\nnamespace a {\n  class A\n  class D\n}\nnamespace b {\n  class B\n"
        "  class C\n}\nA <|-- C\nB <|-- D\n"
    )
    with pytest.raises(DjgenError) as err:
        load_data(text.encode(), "shop.mmd")
    (found,) = err.value.diagnostics
    assert (found.code, found.loc.line, found.message) == (
        "DJG205",
        10,
        "inheritance between apps forms a cycle: a → b → a",
    )


def test_initial_values_and_other_languages_spellings() -> None:
    document, _ = read(
        "classDiagram",
        "class Counter {",
        "    +int count = 0",
        '    +String label = "none"',
        "    +Optional~String~ nickname",
        "    +Date? closedOn",
        "    +Array~String~ tags",
        "    -Collection<Item> items",
        "}",
    )
    assert fields(document, "Counter") == {
        "count": {"type": "int", "default": 0},
        "label": {"type": "String", "default": "none"},
        "nickname": {"type": "String", "required": False},
        "closedOn": {"type": "Date", "required": False},
        "tags": {"type": "List~String~"},
        "items": {"type": "List~Item~"},
    }


def test_directives_styled_names_and_punctuated_names() -> None:
    document, warnings = read(
        "%%{init: {'theme': 'base'}}%%",
        "---",
        "title: Shop",
        "config:",
        "  theme: forest",
        "---",
        "classDiagram",
        "class `Animal Class!`",
        "Counter:::highlight",
    )
    assert document.title == "Shop"
    assert list(document.entities) == ["AnimalClass", "Counter"]
    assert [w.code for w in warnings] == ["DJG307"]


def test_an_unfenced_diagram_ends_at_a_closing_html_tag() -> None:
    text = '<div class="mermaid">\nclassDiagram\n  class Post\n</div>\n\nMore prose.\n'
    document, _, _ = load_text(text, "page.md")
    assert list(document.entities) == ["Post"]


def test_numbered_example_classes_are_not_typos() -> None:
    diagram = "classDiagram\nClass01 <|-- Class02\nClass03 *-- Class04\nClass07 : equals()\n"
    diagram += "Class01 : int chimp\nclassC --* classD\nclassC : +String name\n"
    loaded = load_data(diagram.encode(), "docs.mmd")
    assert {"Class04", "ClassD"} <= {e.name for e in loaded.project.entities}


def test_typescript_csharp_and_uml_multiplicity_forms() -> None:
    document, _ = read(
        "classDiagram",
        "class Person {",
        "    +nickname?: string",
        "    +String[0..*] aliases",
        "    tags: String [1..*]",
        "    note: Text[0..1]",
        "    +string Name { get; set; }",
        "    +int[] scores",
        "}",
    )
    assert fields(document, "Person") == {
        "nickname": {"type": "string", "required": False},
        "aliases": {"type": "String[]"},
        "tags": {"type": "String[]"},
        "note": {"type": "Text", "required": False},
        "Name": {"type": "string"},
        "scores": {"type": "int[]"},
    }


def test_enumeration_members_with_values_and_commas() -> None:
    document, _ = read(
        "classDiagram",
        "class Role {",
        "    <<enumeration>>",
        '    ADMIN = "admin"',
        "    USER,",
        "}",
    )
    assert document.enums["Role"] == [{"ADMIN": "admin"}, "USER"]


# A text `id` is text: the client's own key named `id`, no longer read as a UUID (a diagram
# that means a UUID says `UUID id`).
@pytest.mark.parametrize(
    ("written", "pk", "fields"),
    [("id: number", "big_auto", []), ("+String id", "text", ["id"]), ("+UUID id", "uuid", [])],
)
def test_number_and_text_ids_make_a_key(written: str, pk: str, fields: list[str]) -> None:
    loaded = load_data(f"classDiagram\nclass A {{\n  {written}\n}}\n".encode(), "a.mmd")
    entity = next(e for e in loaded.project.entities if e.name == "A")
    assert (entity.pk_type.value, [f.name for f in entity.fields]) == (pk, fields)
    assert entity.key_name == "id"


def test_schema_errors_do_not_hide_the_resolvers() -> None:
    text = (
        "entities:\n  Post:\n    colour: red\n    fields:\n      title: {type: String, max: x}\n"
        "      status: Stat\nfeatures: {auth: magic}\n"
    )
    with pytest.raises(DjgenError) as err:
        load_data(text.encode(), "djgen.yaml")
    assert [(d.code, d.loc.line) for d in err.value.diagnostics] == [
        ("DJG105", 3),
        ("DJG105", 5),
        ("DJG201", 6),
        ("DJG105", 7),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "- The model:\n\n    ```{mermaid}\n    classDiagram\n    class Post {\n    }\n    ```\n",
        "```Mermaid\nclassDiagram\nclass Post\n```\n",
        "::: mermaid\nclassDiagram\nclass Post\n:::\n\nprose\n",
    ],
)
def test_fences_as_lists_myst_and_wikis_write_them(text: str) -> None:
    document, _, _ = load_text(text, "notes.md")
    assert list(document.entities) == ["Post"]


def test_a_body_may_open_on_the_line_after_its_class() -> None:
    document, _ = read("classDiagram", "class Post", "{", "    title: String", "}")
    assert fields(document, "Post") == {"title": {"type": "String"}}


def test_a_reverse_name_that_is_a_keyword_gets_an_underscore() -> None:
    loaded = load_data(b'classDiagram\nclass A\nclass B\nB "1" --> "*" A\n', "ab.mmd")
    (relation,) = next(e for e in loaded.project.entities if e.name == "A").relations
    assert relation.related_name == "as_"


def test_an_attribute_twice_in_a_unique_together_is_located() -> None:
    text = "entities:\n  A:\n    fields: {kind: String}\n    unique_together: [[kind, kind]]\n"
    with pytest.raises(DjgenError) as err:
        load_data(text.encode(), "djgen.yaml")
    (found,) = err.value.diagnostics
    assert (found.code, found.loc.line, found.loc.col) == ("DJG202", 4, 30)
