"""Text primary keys: `+String code PK`, `-isbn: String(13) PK`, `id: String` or YAML's
`primary_key: true` on a text attribute is the client's own key, a CharField named after the
attribute, and every layer of the generated project treats it as the key."""

from __future__ import annotations

import pytest

from djgen.diagram import er_diagram
from djgen.errors import DjgenError
from djgen.export import to_yaml
from djgen.generators import api, relation_tests
from djgen.generators.admin import model_admin
from djgen.load import Loaded, load_data
from djgen.lowering.factory_plan import drawn_unique
from djgen.lowering.fields import field_decl, pk_decl
from djgen.lowering.hostile import FORGED_CURSOR_COUNT, forged_cursors, keyed_paths
from djgen.lowering.imports import Imports
from djgen.lowering.listing import listing
from djgen.lowering.meta import total_ordering
from djgen.lowering.queries import lookup_value_regex, nested_routes, reference
from djgen.lowering.test_data import entity_tests
from djgen.lowering.values import source
from djgen.model import Project
from djgen.vocabulary import FieldType, PkType

LIBRARY = """classDiagram
class Book {
  +String title
  -isbn: String(13) PK
}
class Edition {
  +Integer year
}
Book <|-- Edition
class Shelf {
  +String id PK
  +String label
}
class Tag {
  +Slug code PK
  +String name
}
class Country {
  code: String(min:2, max:2, pattern:"[A-Z]{2}") PK
  name: String
}
class Copy {
  +Date acquired
}
Copy "*" --> "1" Book : book
Copy "*" --> "0..1" Shelf : shelf
Copy "*" --> "0..1" Country : printed_in
Book "*" --> "*" Tag : tags
"""


def loaded(text: str, path: str = "d.mmd") -> Loaded:
    return load_data(text.encode(), path)


def one_class(*members: str) -> str:
    return "classDiagram\nclass A {\n" + "".join(f"  {m}\n" for m in members) + "}\n"


def problems(text: str, path: str = "d.mmd") -> list[tuple[str, int]]:
    with pytest.raises(DjgenError) as raised:
        loaded(text, path)
    return [(d.code, d.loc.line) for d in raised.value.diagnostics if d.severity == "error"]


@pytest.fixture(scope="module")
def library() -> Project:
    return loaded(LIBRARY).project


# -- readings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("member", "name", "ftype", "max_length"),
    [
        ("-isbn: String(13) PK", "isbn", FieldType.STRING, 13),
        ("+String code PK", "code", FieldType.STRING, 64),
        ("-code: VARCHAR PK", "code", FieldType.STRING, 64),
        ("+Varchar(20) code PK", "code", FieldType.STRING, 20),
        ("code: Text PK", "code", FieldType.STRING, 64),
        ("+Slug code PK", "code", FieldType.SLUG, 50),
        ("+Email address PK", "address", FieldType.EMAIL, 254),
        ("+String id PK", "id", FieldType.STRING, 64),
        ("id: String", "id", FieldType.STRING, 64),
    ],
)
def test_a_text_attribute_marked_pk_is_the_key(
    member: str, name: str, ftype: FieldType, max_length: int
) -> None:
    result = loaded(one_class("+String label", member))
    entity = result.project.entity("A")
    assert entity.pk_type is PkType.TEXT
    key = entity.fields[0]  # the key comes first, wherever it was drawn
    assert (key.name, key.type, key.max_length) == (name, ftype, max_length)
    assert key.primary_key and key.required and key.unique and not key.index
    assert entity.key == key and entity.key_name == name
    assert [f.name for f in entity.fields] == [name, "label"]
    assert not [w for w in result.warnings if w.code == "DJG309"]


def test_yaml_primary_key_reads_as_the_diagram_does() -> None:
    yaml_spec = (
        "project: d\n"
        "entities:\n"
        "  A:\n"
        "    fields:\n"
        "      label: String\n"
        "      isbn: {type: String, max: 13, primary_key: true}\n"
        "  B:\n"
        "    fields:\n"
        '      code: "String(5, primary_key)"\n'
    )
    diagram = "classDiagram\nclass A {\n  +String label\n  -isbn: String(13) PK\n}\n"
    diagram += "class B {\n  +String(5) code PK\n}\n"
    from_yaml = loaded(yaml_spec, "d.yaml").project
    assert from_yaml.canonical_json() == loaded(diagram).project.canonical_json()
    assert from_yaml.entity("B").key is not None
    assert from_yaml.entity("B").fields[0].max_length == 5


@pytest.mark.parametrize(
    "members",
    [
        ("code: String(optional) PK",),
        ("code: String(default:AB) PK",),
        ("code: String(read-only) PK",),
        ("code: String(write-only) PK",),
        ("role: Enum(admin, user) PK",),
    ],
)
def test_what_a_text_key_cannot_be(members: tuple[str, ...]) -> None:
    assert problems(one_class(*members)) == [("DJG211", 3)]


@pytest.mark.parametrize(
    "members", [("code: String PK", "other: String PK"), ("id: Integer", "code: String PK")]
)
def test_an_entity_has_one_key(members: tuple[str, ...]) -> None:
    assert problems(one_class(*members)) == [("DJG206", 4)]


def test_a_url_or_the_user_model_keeps_its_key_with_a_warning() -> None:
    result = loaded("classDiagram\nclass User {\n  +String id\n}\nclass A {\n  link: URL PK\n}\n")
    user, a = result.project.user, result.project.entity("A")
    assert user.pk_type is PkType.UUID and user.key is None
    assert a.pk_type is PkType.BIG_AUTO and a.key is None
    assert [(f.name, f.unique) for f in a.fields] == [("link", True)]
    assert [(w.code, w.loc.line) for w in result.warnings if w.code == "DJG309"] == [
        ("DJG309", 3),
        ("DJG309", 6),
    ]


def test_a_child_shares_its_parents_text_key(library: Project) -> None:
    edition = library.entity("Edition")
    assert edition.pk_type is PkType.TEXT
    assert edition.key_name == "isbn" and edition.key in edition.inherited_fields
    assert [f.name for f in edition.fields] == ["year"]
    abstract = (
        "classDiagram\nclass Coded {\n  <<abstract>>\n  +String code PK\n}\n"
        "class A {\n  +String name\n}\nCoded <|-- A\n"
    )
    child = loaded(abstract).project.entity("A")
    assert child.pk_type is PkType.TEXT and child.key_name == "code"


def test_one_key_along_an_inheritance_chain() -> None:
    concrete_parent = (
        "classDiagram\nclass P {\n  +String name\n}\nclass C {\n  +String code PK\n}\nP <|-- C\n"
    )
    assert problems(concrete_parent) == [("DJG206", 6)]
    abstract_text = (
        "classDiagram\nclass P {\n  <<abstract>>\n  +String code PK\n}\n"
        "class C {\n  +UUID id\n}\nP <|-- C\n"
    )
    assert problems(abstract_text) == [("DJG206", 7)]
    user = (
        "classDiagram\nclass P {\n  <<abstract>>\n  +String code PK\n}\n"
        "class Member {\n  <<user>>\n}\nP <|-- Member\n"
    )
    assert ("DJG212", 9) in problems(user)
    automatic = (
        "classDiagram\nclass P {\n  <<abstract>>\n  -id: Integer PK\n}\n"
        "class C {\n  +String code PK\n}\nP <|-- C\n"
    )
    assert loaded(automatic).project.entity("C").key_name == "code"  # P declares no key field


def test_a_row_displays_as_another_field_than_its_key(library: Project) -> None:
    assert library.entity("Country").display_field == "name"
    only_key = loaded(one_class("+String code PK")).project.entity("A")
    assert only_key.display_field == "code"


# -- lowering ---------------------------------------------------------------------------------


def test_the_key_is_a_charfield_declared_first(library: Project) -> None:
    book = library.entity("Book")
    imports = Imports()
    assert pk_decl(library, book) is None
    assert source(field_decl(library, book, book.fields[0]), imports) == (
        "models.CharField(primary_key=True, max_length=13, validators=[validators."
        'RegexValidator("/", inverse_match=True, message="A key cannot contain \'/\'.")])'
    )
    tag = library.entity("Tag")
    assert source(field_decl(library, tag, tag.fields[0]), imports) == (
        "models.SlugField(primary_key=True, max_length=50)"
    )


def test_the_client_chooses_the_key_when_it_creates_a_row(library: Project) -> None:
    book = api.serializer(library.entity("Book"))
    assert book.fields[0] == "isbn" and "id" not in book.fields
    assert book.create_only_fields == ("isbn",)
    assert "isbn" not in book.read_only_fields
    edition = api.serializer(library.entity("Edition"))
    assert edition.create_only_fields == ("isbn",) and "id" not in edition.fields
    assert api.serializer(library.entity("Copy")).create_only_fields == ()


def test_urls_take_a_text_key_with_dots_but_no_slash(library: Project) -> None:
    for name in ("Book", "Edition", "Shelf"):
        assert lookup_value_regex(library, library.entity(name)) == "[^/]+"
    assert lookup_value_regex(library, library.entity("Copy")) is None
    [copies] = [
        r for r in nested_routes(library, library.entity("Book")) if r.name.endswith("copies")
    ]
    assert copies.path == "books/<str:parent_pk>/copies/"
    references = {
        r.name: source(reference(library, r), Imports()).split("(")[0]
        for r in library.entity("Copy").relations
    }
    assert references == {
        "book": "TextReference",
        "shelf": "TextReference",
        "printed_in": "TextReference",
    }


def test_lists_order_and_filter_by_the_key(library: Project) -> None:
    book = listing(library, library.entity("Book"))
    assert book.ordering_fields[0] == "isbn" and "id" not in book.ordering_fields
    assert any(f.name == "isbn" for f in book.filters)
    assert book.search_field == "title"  # the key is written once: the tests write into title
    ordered = library.entity("Book").model_copy(update={"ordering": ("-isbn",)})
    assert total_ordering(ordered) == ("-isbn",)


def test_generated_tests_send_a_key_and_never_compare_it(library: Project) -> None:
    book = entity_tests(library.entity("Book"))
    assert "id" not in book.readable and "isbn" in book.readable
    assert ("isbn", "isbn") in book.writable and ("isbn", "isbn") in book.unique
    assert "isbn" in book.required
    assert book.compared == ("title", "title")
    assert [(i.api_name, i.source) for i in book.invalid if i.reason == "slash"] == [
        ("isbn", '"/"')
    ]
    country = entity_tests(library.entity("Country"))
    assert ("code", '"/" * 2', "slash") in [
        (i.api_name, i.source, i.reason) for i in country.invalid
    ]


def test_a_missing_text_key_is_one_no_row_can_hold(library: Project) -> None:
    wrong = {
        (k.relation.name, k.reason): k.value
        for k in relation_tests.wrong_keys(library, library.entity("Copy"))
    }
    assert wrong[("book", "missing")] == '"x" * 14'
    assert wrong[("shelf", "missing")] == '"x" * 65'
    assert wrong[("book", "malformed")] == "True"
    tags = relation_tests.wrong_keys(library, library.entity("Book"))
    assert {k.value for k in tags if k.relation.name == "tags"} == {'["x" * 51]', "[True]"}


def test_hostile_keys_are_sent_to_every_path_that_carries_one(library: Project) -> None:
    assert keyed_paths(library, library.entity("Book")) == ("", "copies/")
    assert keyed_paths(library, library.entity("Tag")) == ("", "books/")
    cursor = library.entity("Country").model_copy(update={"pagination": "cursor"})
    by_key = listing(library, cursor)
    assert forged_cursors(by_key) == (0, 1, 4)  # a word or a date is a key a row may have
    by_number = library.entity("Copy").model_copy(update={"pagination": "cursor"})
    assert forged_cursors(listing(library, by_number)) == tuple(range(FORGED_CURSOR_COUNT))


def test_the_admin_never_changes_a_key(library: Project) -> None:
    assert model_admin(library, library.entity("Book")).key == "isbn"
    assert model_admin(library, library.entity("Copy")).key is None


def test_the_seed_skips_keys_drawn_before(library: Project) -> None:
    assert [(d.entity.name, d.field, d.pattern) for d in drawn_unique(library)] == [
        ("Country", "code", '"^(?:[A-Z]{2})$"')
    ]


def test_inspect_round_trips_and_draws_the_key(library: Project) -> None:
    written = to_yaml(library)
    assert written.count("primary_key: true") == 4
    again = load_data(written.encode(), "library.yaml").project
    assert again.canonical_json() == library.canonical_json()
    diagram = er_diagram(library)
    assert "        String isbn PK\n" in diagram
    assert "        String book_ptr_id PK, FK\n" in diagram
    assert "        String book_id FK\n" in diagram
    assert "        Slug code PK\n" in diagram
    assert "BigInteger id PK" not in diagram.split("    Book {")[1].split("}")[0]
