"""The JDL frontend: what each JDL construct becomes in the model, and where problems are."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from djgen.cli import app
from djgen.errors import DjgenError, Loc
from djgen.export_jdl import to_jdl
from djgen.load import load, load_data
from djgen.lowering.meta import meta_options
from djgen.model import Project
from djgen.vocabulary import FieldType, OnDelete, Pagination, RelationKind

SHOP = """\
/*
 * A shop.
 */
application {
  config {
    baseName myShop
    authenticationType session,
    cacheProvider no
    languages [en, fr]
  }
  entities *
}

LIMIT = 80

/** Something we sell. */
@paginate(infinite-scroll)
entity Product (shop_product) {
  /** As shown on the label. */
  name String required unique minlength(2) maxlength(LIMIT)
  price BigDecimal required min(0)
  stock Long
  weight Double max(1000)
  ratio Float
  active Boolean
  launched LocalDate
  opens LocalTime
  created ZonedDateTime
  seen Instant
  warranty Duration
  code UUID
  sheet Blob
  manual AnyBlob maxbytes(100)
  photo ImageBlob
  notes TextBlob
  sku String pattern(/^[A-Z]{3}-[0-9]+\\/x$/)
  size Size
}

enum Size { S("Small"), M, L(large) }

entity Category
entity Review { stars Integer required min(1) max(5) }
entity Warehouse { city String }
entity Profile { nickname String }

relationship ManyToOne {
  Product{category(name) required} to Category{item}
}
relationship OneToMany {
  @OnDelete("CASCADE") Product{review} to Review{product required}
}
relationship ManyToMany {
  Product{warehouse} to Warehouse
}
relationship OneToOne {
  Profile{user(login)} to User with builtInEntity
}

readOnly Category
use pagination for Review, Warehouse
search * with elasticsearch
filter Product
dto * with mapstruct except Category
"""


def _load(text: str, name: str = "shop.jdl", application: str | None = None):
    return load_data(text.encode(), name, application)


def _problems(text: str, application: str | None = None) -> list[tuple[str, int, int]]:
    with pytest.raises(DjgenError) as caught:
        _load(text, application=application)
    return [(d.code, d.loc.line, d.loc.col) for d in caught.value.diagnostics]


@pytest.fixture(scope="module")
def shop() -> Project:
    return _load(SHOP).project


def test_application_config_names_the_project_and_sets_features(shop: Project) -> None:
    assert shop.name == "my_shop"
    assert [a.name for a in shop.apps] == ["my_shop"]
    assert shop.features.auth.value == "session"
    assert shop.features.cache.value == "none"


def test_field_types_map_to_djgen_types(shop: Project) -> None:
    types = {f.name: f.type for f in shop.entity("Product").fields}
    assert types == {
        "name": FieldType.STRING,
        "price": FieldType.DECIMAL,
        "stock": FieldType.BIG_INTEGER,
        "weight": FieldType.FLOAT,
        "ratio": FieldType.FLOAT,
        "active": FieldType.BOOLEAN,
        "launched": FieldType.DATE,
        "opens": FieldType.TIME,
        "created": FieldType.DATETIME,
        "seen": FieldType.DATETIME,
        "warranty": FieldType.DURATION,
        "code": FieldType.UUID,
        "sheet": FieldType.FILE,
        "manual": FieldType.FILE,
        "photo": FieldType.IMAGE,
        "notes": FieldType.TEXT,
        "sku": FieldType.STRING,
        "size": FieldType.ENUM,
    }


def test_validations_map_to_options_and_fields_are_optional_unless_required(
    shop: Project,
) -> None:
    fields = {f.name: f for f in shop.entity("Product").fields}
    name = fields["name"]
    assert (name.required, name.unique, name.min_length, name.max_length) == (True, True, 2, 80)
    assert name.help_text == "As shown on the label."
    assert (fields["price"].required, fields["price"].min_value) == (True, 0)
    assert fields["weight"].max_value == 1000
    assert not fields["stock"].required
    assert fields["sku"].pattern == "^[A-Z]{3}-[0-9]+/x$"


def test_entity_doc_table_and_annotations(shop: Project) -> None:
    product = shop.entity("Product")
    assert product.description == "Something we sell."
    assert product.db_table == "shop_product"
    assert product.pagination is Pagination.CURSOR
    assert shop.entity("Category").readonly
    assert shop.entity("Review").pagination is Pagination.PAGE


def test_enum_values_in_parentheses_are_labels(shop: Project) -> None:
    size = shop.enum("Size")
    assert [(m.value, m.label) for m in size.members] == [
        ("S", "Small"),
        ("M", "M"),
        ("L", "large"),
    ]


def test_relationships_are_held_by_the_side_with_the_key(shop: Project) -> None:
    product = {r.name: r for r in shop.entity("Product").relations}
    category = product["category"]
    assert (category.kind, category.target, category.required) == (
        RelationKind.FOREIGN_KEY,
        "Category",
        True,
    )
    assert category.related_name == "items"
    warehouses = product["warehouses"]
    assert (warehouses.kind, warehouses.target) == (RelationKind.MANY_TO_MANY, "Warehouse")
    review = shop.entity("Review").relations[0]
    assert (review.name, review.target, review.required) == ("product", "Product", True)
    assert (review.related_name, review.on_delete) == ("reviews", OnDelete.CASCADE)
    profile = shop.entity("Profile").relations[0]
    assert (profile.kind, profile.target, profile.required) == (
        RelationKind.ONE_TO_ONE,
        "User",
        False,
    )


def test_what_means_nothing_for_django_is_a_warning() -> None:
    warnings = {(d.code, d.loc.line) for d in _load(SHOP).warnings}
    assert ("DJG315", 33) in warnings  # maxbytes
    assert ("DJG315", 64) in warnings  # dto


def test_written_back_as_jdl_and_as_yaml_it_is_the_same_model(shop: Project) -> None:
    again = _load(to_jdl(shop)).project
    assert again.canonical_json() == shop.canonical_json()


def test_several_applications_are_one_app_each_or_the_one_chosen() -> None:
    text = (
        "application { config { baseName store, applicationType gateway } entities * }\n"
        "application { config { baseName billing, applicationType microservice }\n"
        "  entities Invoice }\n"
        "entity Product\nentity Invoice\nentity Shipment\n"
        "relationship ManyToOne { Invoice{product} to Product }\n"
        "microservice Shipment with billing\n"
    )
    project = _load(text).project
    assert project.name == "store"
    placed = {e.name: e.app for e in project.entities if e.name != "User"}
    assert placed == {"Product": "store", "Invoice": "billing", "Shipment": "billing"}
    alone = _load(text, application="billing")
    assert alone.project.name == "billing"
    assert {e.name for e in alone.project.entities} == {"User", "Invoice"}
    assert [d.code for d in alone.warnings] == ["DJG316"]
    assert _problems(text, application="shipping") == [("DJG219", 1, 1)]


def test_every_syntax_error_is_reported_in_one_run() -> None:
    text = "entity A {\n  name String\n  age Integer max(\n}\nentity B { % }\nentity C {\n"
    assert _problems(text) == [("DJG106", 4, 1), ("DJG106", 5, 12), ("DJG106", 6, 10)]


def test_every_meaning_error_is_reported_in_one_run() -> None:
    text = (
        "entity A { size Integer max(LIMT) }\n"
        "relationship ManyToOne { A{b} to Bee }\n"
        "paginate A with pages\n"
        "readOnly Aa\n"
        "entity A\n"
    )
    assert sorted(_problems(text)) == [
        ("DJG203", 5, 8),
        ("DJG204", 2, 34),
        ("DJG215", 4, 10),
        ("DJG218", 1, 29),
        ("DJG218", 3, 17),
    ]


def test_a_field_a_relationship_also_injects_is_an_error() -> None:
    text = "entity A { b String }\nentity B\nrelationship ManyToOne { A{b} to B }\n"
    assert _problems(text) == [("DJG206", 3, 28)]


def test_application_is_for_jdl_files_only() -> None:
    with pytest.raises(DjgenError) as caught:
        load_data(b"classDiagram\n  class A\n", "a.mmd", "shop")
    assert caught.value.diagnostics[0].loc == Loc("a.mmd", 1, 1)


def test_the_cli_reads_jdl_and_prints_it(tmp_path: Path) -> None:
    spec = tmp_path / "shop.jdl"
    spec.write_text(SHOP, encoding="utf-8")
    runner = CliRunner()
    printed = runner.invoke(app, ["inspect", "--format", "jdl", str(spec)])
    assert printed.exit_code == 0, printed.output
    assert "entity Product (shop_product) {" in printed.stdout
    again = tmp_path / "again.jdl"
    again.write_text(printed.stdout, encoding="utf-8")
    assert load(again).project.canonical_json() == load(spec).project.canonical_json()
    validated = runner.invoke(app, ["validate", "--application", "nope", str(spec)])
    assert validated.exit_code == 2


def test_the_table_name_is_a_meta_option(shop: Project) -> None:
    options = dict(meta_options(shop, shop.entity("Product")))
    assert options["db_table"] == "shop_product"
    assert "db_table" not in dict(meta_options(shop, shop.entity("Review")))


def test_what_jhipster_writes_around_a_model_is_read_or_skipped() -> None:
    text = (
        'application {\n  config { baseName app, jhipsterVersion "8.1.0" }\n'
        "  config(my-blueprint) { someKey someValue }\n  entities *\n}\n"
        "deployment { deploymentType docker-compose, appsFolders [app] }\n"
        "@ChangelogDate(20200101000000)\nentity A {\n  notes String /** free text */\n"
        "  size Integer\n}\n"
        "relationship OneToMany {\n  /** its parts */\n  A{parts} to\n  /** its whole */\n"
        "  A{whole}\n}\n"
    )
    loaded = _load(text)
    entity = loaded.project.entity("A")
    assert [(f.name, f.help_text) for f in entity.fields] == [
        ("notes", "free text"),
        ("size", None),
    ]
    whole = entity.relations[0]
    assert (whole.name, whole.related_name, whole.help_text) == ("whole", "parts", "its whole")
    assert not [d for d in loaded.warnings if d.code == "DJG315"]


def test_id_annotation_makes_the_key_and_a_relationship_written_twice_is_one() -> None:
    text = (
        "entity A {\n  @Id code String\n  name String\n}\nentity B\n"
        "relationship ManyToMany { B{a} to A{b} }\n"
        "relationship ManyToMany { B{a} to A{b} }\n"
        "relationship ManyToMany { A{owner} to B{a} }\n"
    )
    project = _load(text).project
    entity = project.entity("A")
    assert entity.key is not None and entity.key.name == "code"
    assert [(r.api_name, r.related_name) for r in project.entity("B").relations] == [("as", "bs")]
    assert [(r.name, r.related_name) for r in entity.relations] == [("owners", "as_")]


@pytest.mark.parametrize(
    "example", sorted((Path(__file__).parent.parent / "examples").iterdir()), ids=lambda p: p.name
)
def test_every_example_written_as_jdl_loads(example: Path) -> None:
    project = load(example).project
    again = _load(to_jdl(project), f"{example.stem}.jdl").project
    assert {e.name for e in project.entities if not e.abstract} <= {e.name for e in again.entities}


def test_a_table_name_no_database_takes_is_refused_where_it_is_written() -> None:
    assert _problems('entity A ("bad name") { x String }\n') == [("DJG105", 1, 11)]
