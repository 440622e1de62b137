"""Diagrams as people draw them: labels read as a person reads them, one link however many
times it is drawn, classes that hold no rows, cycles of required keys (SPEC-LANGUAGE.md)."""

from __future__ import annotations

import pytest

from djgen.errors import Diagnostic, DjgenError
from djgen.load import load_data
from djgen.model import Entity, Project, Relation
from djgen.resolve.cardinalities import cardinality
from djgen.resolve.labels import Reading, read_label
from djgen.vocabulary import OnDelete, RelationKind


def load(*lines: str) -> tuple[Project, list[Diagnostic]]:
    loaded = load_data(("\n".join(["classDiagram", *lines]) + "\n").encode(), "d.mmd")
    return loaded.project, list(loaded.warnings)


def failure(*lines: str) -> list[Diagnostic]:
    with pytest.raises(DjgenError) as caught:
        load(*lines)
    return [d for d in caught.value.diagnostics if d.severity == "error"]


def relation(entity: Entity, name: str) -> Relation:
    return next(r for r in entity.relations if r.name == name)


def keys(entity: Entity) -> dict[str, tuple[str, str]]:
    """Relation name → (target, reverse name)."""
    return {r.name: (r.target, r.related_name) for r in entity.relations}


def codes(warnings: list[Diagnostic]) -> list[str]:
    return [w.code for w in warnings]


@pytest.mark.parametrize(
    ("label", "reading", "name"),
    [
        ("author", Reading.ROLE, "author"),
        ("arrival relay point", Reading.ROLE, "arrival_relay_point"),
        ("expéditeur", Reading.ROLE, "expediteur"),
        ("booked_by", Reading.ROLE, "booked_by"),
        ("books", Reading.COLLECTION, "books"),
        ("writes", Reading.DESCRIPTION, ""),
        ("has", Reading.DESCRIPTION, ""),
        ("belongs to", Reading.DESCRIPTION, ""),
        ("is assigned to", Reading.DESCRIPTION, ""),
        ("writtenBy", Reading.DESCRIPTION, ""),
        ("possède", Reading.DESCRIPTION, ""),
        ("appartient à", Reading.DESCRIPTION, ""),
        ("Link(Solid)", Reading.DESCRIPTION, ""),
        ("1..*", Reading.DESCRIPTION, ""),
    ],
)
def test_labels_read_as_a_person_reads_them(label: str, reading: Reading, name: str) -> None:
    found = read_label(label)
    assert (found.reading, found.name) == (reading, name)


def test_a_plural_naming_the_classes_on_the_line_is_their_collection_not_a_verb() -> None:
    assert read_label("places", frozenset({"places"})).reading is Reading.COLLECTION
    assert read_label("places").reading is Reading.DESCRIPTION


def test_label_options_are_options_and_other_parentheses_describe() -> None:
    found = read_label("owner(on_delete:PROTECT)")
    assert (found.reading, found.name, found.options) == (
        Reading.ROLE,
        "owner",
        {"on_delete": "PROTECT"},
    )
    assert read_label("b(on_delete:X)").problems


def test_role_labels_name_keys_on_the_holder_whichever_side_the_line_starts() -> None:
    project, _ = load(
        'User "1" --> "*" Colis : expediteur',
        'User "1" --> "*" Colis : destinataire',
        'Expedition "*" --> "1" PointRelais : depart',
        'Expedition "*" --> "1" PointRelais : arrival relay point',
    )
    colis = keys(project.entity("Colis"))
    assert set(colis) == {"expediteur", "destinataire"}
    assert {t for t, _ in colis.values()} == {"User"}
    assert len({r for _, r in colis.values()}) == 2
    assert set(keys(project.entity("Expedition"))) == {"depart", "arrival_relay_point"}


def test_a_plural_label_names_the_reverse_accessor() -> None:
    project, warnings = load('Author "1" --> "*" Book : books')
    assert keys(project.entity("Book")) == {"author": ("Author", "books")}
    assert warnings == []


def test_a_verb_label_describes_the_link_with_a_warning() -> None:
    project, warnings = load('User "1" --> "*" Post : writes', "Post --> Blog : appartient à")
    assert keys(project.entity("Post")) == {"user": ("User", "posts"), "blog": ("Blog", "posts")}
    assert codes(warnings) == ["DJG310", "DJG310"]
    assert (warnings[0].loc.line, warnings[0].loc.col) == (2, 25)


def test_a_label_with_parentheses_that_are_not_options_is_a_description() -> None:
    project, warnings = load("Order --> Customer : Link(Solid)")
    assert keys(project.entity("Order")) == {"customer": ("Customer", "orders")}
    assert codes(warnings) == ["DJG310"]


def test_bad_label_options_are_reported_at_the_option() -> None:
    found = failure("A --> B : b(on_delete:X)")
    assert [(d.code, d.loc.line, d.loc.col) for d in found] == [("DJG202", 2, 23)]


def test_unknown_cardinality_is_djg202() -> None:
    assert cardinality("few") is None
    found = failure('A "few" --> "*" B')
    assert [(d.code, d.loc.line, d.loc.col) for d in found] == [("DJG202", 2, 4)]


def test_two_links_without_distinct_names_are_an_error_naming_both_lines() -> None:
    found = failure('User "1" --> "*" Colis : has', 'User "1" --> "*" Colis : sends')
    assert [(d.code, d.loc.line) for d in found] == [("DJG206", 3)]
    assert "line at 2:1" in found[0].message
    assert found[0].hint is not None and "label" in found[0].hint


def test_the_same_link_drawn_both_ways_is_one_link() -> None:
    project, warnings = load(
        'Customer "1" --> "*" Order : places', 'Order "*" --> "1" Customer : placed by'
    )
    assert keys(project.entity("Order")) == {"customer": ("Customer", "orders")}
    assert keys(project.entity("Customer")) == {}
    assert "DJG312" in codes(warnings)


@pytest.mark.parametrize(
    ("lines", "holder", "name", "kind"),
    [
        (
            ("class Student {", "  -idCard : IdCard", "}", 'Student "1" --o "1" IdCard : carries'),
            "Student",
            "id_card",
            RelationKind.ONE_TO_ONE,
        ),
        (
            ("class Post {", "  -User author", "}", 'Post "*" --> "1" User : writtenBy'),
            "Post",
            "author",
            RelationKind.FOREIGN_KEY,
        ),
        (
            ("class User {", "  -Set~Role~ roles", "}", 'User "*" --> "*" Role : has'),
            "User",
            "roles",
            RelationKind.MANY_TO_MANY,
        ),
    ],
)
def test_an_attribute_and_its_line_are_one_link(
    lines: tuple[str, ...], holder: str, name: str, kind: RelationKind
) -> None:
    project, warnings = load(*lines)
    entity = project.entity(holder)
    assert [r.name for r in entity.relations] == [name]
    assert relation(entity, name).kind is kind
    assert relation(entity, name).drawn == "merged"
    merged = [w.message for w in warnings if w.code == "DJG312"]
    assert len(merged) == 1 and merged[0].startswith(f"the attribute '{holder}.")


def test_a_collection_on_the_one_side_is_the_reverse_accessor() -> None:
    project, warnings = load(
        "class Product {", "  +List~Review~ reviews", "}", 'Product "1" --> "*" Review'
    )
    assert codes(warnings) == ["DJG312"]
    assert project.entity("Product").relations == ()
    assert keys(project.entity("Review")) == {"product": ("Product", "reviews")}
    assert relation(project.entity("Review"), "product").drawn == "merged"


def test_the_line_refines_the_attribute() -> None:
    project, _ = load("class Post {", "  author: User", "}", "User *-- Post")
    author = relation(project.entity("Post"), "author")
    assert author.on_delete is OnDelete.CASCADE


def test_a_line_that_names_its_attribute_merges_without_a_warning() -> None:
    project, warnings = load("class Post {", "  author: User", "}", "Post --> User : author")
    assert relation(project.entity("Post"), "author").drawn == "merged"
    assert warnings == []


def test_interfaces_and_services_hold_no_rows_and_their_lines_are_ignored() -> None:
    project, warnings = load(
        "class Payable {",
        "  <<interface>>",
        "  +pay() bool",
        "}",
        "class PaymentService {",
        "  <<service>>",
        "}",
        "class Invoice {",
        "  total: Decimal",
        "  -PaymentService service",
        "}",
        "Invoice ..|> Payable",
        "PaymentService --> Invoice",
    )
    assert [e.name for e in project.entities] == ["User", "Invoice"]
    assert project.entity("Invoice").relations == ()
    assert codes(warnings) == ["DJG306", "DJG311", "DJG311"]


def test_a_cycle_of_required_keys_is_an_error_naming_it() -> None:
    found = failure("class User {", "  basket: Basket", "}", "class Basket {", "  owner: User", "}")
    assert [(d.code, d.loc.line) for d in found] == [("DJG220", 6)]
    assert "Basket.owner → User.basket → Basket" in found[0].message
    assert found[0].hint is not None and "optional" in found[0].hint


def test_an_optional_key_breaks_the_cycle() -> None:
    project, _ = load(
        "class User {", "  basket: Basket(optional)", "}", "class Basket {", "  owner: User", "}"
    )
    assert relation(project.entity("User"), "basket").required is False


def test_methods_named_like_keywords_or_django_api_are_renamed_with_a_warning() -> None:
    project, warnings = load(
        "class Order {", "  total: Decimal", "  +save()", "  +return() bool", "  +ship()", "}"
    )
    assert [m.name for m in project.entity("Order").methods] == [
        "save_order",
        "return_order",
        "ship",
    ]
    assert codes(warnings) == ["DJG313", "DJG313"]


def test_user_model_keeps_constrained_abstract_user_fields_and_never_the_password() -> None:
    project, warnings = load(
        "class User {",
        "  <<user>>",
        "  +String firstName",
        "  email: Email(unique)",
        "  -String password",
        "}",
    )
    user = project.entity("User")
    assert [(f.name, f.unique, f.required) for f in user.fields] == [("email", True, True)]
    assert codes(warnings) == ["DJG314"]


def test_camel_case_names_become_snake_case_and_timestamps_are_automatic() -> None:
    project, _ = load(
        "class Post {",
        "  +String pageTitle",
        "  +DateTime createdAt",
        "  +DateTime modified_at",
        "  +DateTime created",
        "}",
    )
    fields = {f.name: f for f in project.entity("Post").fields}
    assert list(fields) == ["page_title", "created_at", "modified_at", "created"]
    assert fields["page_title"].api_name == "page_title"
    assert fields["created_at"].auto_now_add and fields["created"].auto_now_add
    assert fields["modified_at"].auto_now


def test_yaml_links_read_like_diagram_lines() -> None:
    data = (
        "entities:\n  Author: {}\n  Book: {}\n"
        "links:\n  - {left: Author, right: Book, left_cardinality: '1',"
        " right_cardinality: '*', label: books}\n"
    )
    project = load_data(data.encode(), "shop.yaml").project
    assert keys(project.entity("Book")) == {"author": ("Author", "books")}


def test_a_key_column_is_the_link_of_its_name() -> None:
    project, _ = load(
        "class Livre {",
        "  -id: Integer PK",
        "  -auteur_id: Integer FK",
        "  -editeurId: Integer FK",
        "  -titre: String",
        "}",
        "class Editeur",
        'Livre "*" --> "1" Personne : auteur',
    )
    livre = project.entity("Livre")
    assert [f.name for f in livre.fields] == ["titre"]
    assert keys(livre) == {"auteur": ("Personne", "livres"), "editeur": ("Editeur", "livres")}


def test_a_key_column_with_no_line_and_no_class_is_an_error() -> None:
    found = failure("class Livre {", "  -auteur_id: Integer FK", "}")
    assert [(d.code, d.loc.line) for d in found] == [("DJG204", 3)]
    assert "no class is named 'Auteur'" in found[0].message


@pytest.mark.parametrize(
    ("card", "reading"),
    [
        ("2", (True, True)),
        ("0..2", (True, False)),
        ("1..5", (True, True)),
        ("2..*", (True, True)),
        ("0..m", (True, False)),
        ("0..1", (False, False)),
        ("1", (False, True)),
    ],
)
def test_bounded_cardinalities_read_as_people_mean_them(
    card: str, reading: tuple[bool, bool]
) -> None:
    assert cardinality(card) == reading


def test_a_bounded_many_side_holds_the_key() -> None:
    project, _ = load("class Order", "class Item", 'Order "1" --> "0..5" Item : lines')
    item = relation(project.entity("Item"), "order")
    assert (item.kind, item.target, item.required) == (RelationKind.FOREIGN_KEY, "Order", True)
