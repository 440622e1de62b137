"""The factories and seed generator: every concrete entity gets a factory whose values honour
the field's constraints, and the seed command walks the entities in dependency order."""

from __future__ import annotations

import ast
import re
from decimal import Decimal
from types import SimpleNamespace

import factory
import pytest
import yaml
from factory import fuzzy

from djgen.generators import factories
from djgen.load import load
from djgen.lowering import factory_plan, factory_values
from djgen.lowering.fields import anchored
from djgen.lowering.imports import Import
from djgen.lowering.patterns import bounded_repeats, fitting_pattern, max_width
from djgen.model import Project
from djgen.render import render
from djgen.vocabulary import FieldType

# Every construct the factories must handle, in three apps.
RICH_SPEC = {
    "project": "rich",
    "app": "library",
    "entities": {
        "User": {
            "app": "accounts",
            "fields": {
                "nickname": {"type": "String", "max": 30, "required": False, "unique": True},
                "bio": "Text(optional)",
            },
        },
        "Timestamped": {
            "abstract": True,
            "fields": {"created_at": "DateTime", "updated_at": "DateTime"},
        },
        "Author": {
            "extends": "Timestamped",
            "fields": {
                "id": "UUID",
                "name": {"type": "String", "max": 100},
                "email": {"type": "Email", "unique": True},
                "rating": {"type": "Decimal", "max_digits": 3, "decimal_places": 1, "max": 5},
                "status": {"type": "AuthorStatus", "default": "ACTIVE"},
                "mentor": {"type": "Author", "required": False},
                "friends": {"type": "List~Author~", "required": False},
            },
            "pagination": "cursor",
        },
        "Book": {
            "fields": {
                "title": {"type": "String", "max": 200, "min": 2},
                "slug": {"type": "Slug", "unique": True, "max": 8},
                "isbn": {"type": "String", "max": 17, "pattern": "97[89]-[0-9]{10}"},
                "from": "Date",
                "code": {"type": "String", "min": 12, "max": 14},
                "pages": {"type": "PositiveInteger", "min": 1, "max": 5000},
                "price": {"type": "Decimal", "max_digits": 4, "decimal_places": 2},
                "score": {"type": "Float", "min": -1, "max": 1},
                "small": {"type": "SmallInteger", "max": -10},
                "in_print": "Boolean",
                "keywords": "List~String~",
                "metadata": "JSON",
                "cover": "Image(optional)",
                "sample": "File",
                "author": {"type": "Author", "on_delete": "CASCADE"},
                "editor": {"type": "Author", "required": False, "related_name": "edited"},
                "genres": {"type": "List~Genre~", "through": "BookGenre"},
            },
            "unique_together": [["title", "author"]],
            "pagination": "limit_offset",
        },
        "Genre": {
            "fields": {
                "name": "String(unique, max:50)",
                "featured": "Boolean",
                "code": {"type": "String", "max": 10, "pattern": "[A-Z][A-Z0-9]+"},
                "parent": "Genre(optional)",
            }
        },
        "BookGenre": {
            "fields": {"book": "Book", "genre": "Genre", "weight": "Integer(min:1, max:10)"},
            "unique_together": [["book", "genre"]],
        },
        "Ebook": {"extends": "Book", "fields": {"format": "EbookFormat"}},
        "Profile": {
            "app": "accounts",
            "fields": {
                "user": {"type": "User", "relation": "OneToOne", "on_delete": "CASCADE"},
                "motto": {"type": "String", "max": 80, "min": 5},
            },
        },
        "Country": {"app": "geo", "readonly": True, "fields": {"code": "String(unique, max:2)"}},
    },
    "enums": {"AuthorStatus": ["ACTIVE", "RETIRED"], "EbookFormat": ["EPUB", "PDF"]},
}


def load_spec(spec: dict, folder) -> Project:
    path = folder / f"{spec['project']}.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return load(path).project


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    return load_spec(RICH_SPEC, tmp_path_factory.mktemp("spec"))


@pytest.fixture(scope="module")
def files(project: Project) -> dict[str, str]:
    return dict(factories.generate(project))


def classes(source: str) -> dict[str, ast.ClassDef]:
    return {n.name: n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)}


def test_every_concrete_entity_has_a_factory_of_its_model(project, files):
    for app in project.apps:
        found = classes(files[f"apps/{app.name}/factories.py"])
        entities = [e for e in project.app_entities(app.name) if not e.abstract]
        assert set(found) == {f"{e.name}Factory" for e in entities}
        for entity in entities:
            meta = next(
                n for n in found[f"{entity.name}Factory"].body if isinstance(n, ast.ClassDef)
            )
            assert f"model = {entity.name}" in ast.unparse(meta)


def test_multi_table_child_extends_its_parents_factory(files):
    ebook = classes(files["apps/library/factories.py"])["EbookFactory"]
    assert [ast.unparse(b) for b in ebook.bases] == ["BookFactory"]
    assert "title =" not in ast.unparse(ebook)  # inherited, counter shared with BookFactory
    # what it creates and builds is typed as its own model, not its parent's
    typed = {f.name: ast.unparse(f.returns) for f in ebook.body if isinstance(f, ast.FunctionDef)}
    assert typed == {"create": "Ebook", "build": "Ebook"}


def test_user_factory_sets_a_usable_password(files):
    source = files["apps/accounts/factories.py"]
    assert 'password = factory.django.Password("password")' in source
    assert "username = factory.Sequence(" in source


def test_relations(files):
    library = files["apps/library/factories.py"]
    assert "author = factory.SubFactory(AuthorFactory)" in library
    assert "editor =" not in library  # optional keys stay empty
    assert "mentor =" not in library  # so does a key to the entity itself
    assert "BookGenreFactory.create(book=self, genre=row)" in library  # through entity
    assert "self.friends.add(*extracted)" in library
    assert "factory.SubFactory(UserFactory)" in files["apps/accounts/factories.py"]


def test_timestamps_and_optional_files_are_left_to_django(files):
    library = files["apps/library/factories.py"]
    assert "created_at =" not in library
    assert "cover =" not in library
    assert "sample = factory.django.FileField(" in library


def _shared_helpers() -> dict:
    """The generated apps/core/factories.py, run: the helpers factory declarations call."""
    helpers: dict = {}
    exec(render("core/factories.py.jinja"), helpers)
    return helpers


def evaluate(project: Project, entity_name: str, field_name: str, times: int = 200) -> list:
    """Values the declaration of one field gives, drawn by factory-boy itself."""
    entity = project.entity(entity_name)
    field = next(f for f in entity.all_fields if f.name == field_name)
    source = factory_values.scalar_declaration(project, entity, field).source
    namespace = {
        "factory": factory,
        "fuzzy": fuzzy,
        "matching": _shared_helpers()["matching"],
        **{e.name: SimpleNamespace(values=[m.value for m in e.members]) for e in project.enums},
    }
    declaration = eval(source, namespace)
    return [
        factory.build(dict, FACTORY_CLASS=factory.DictFactory, v=declaration)["v"]
        for _ in range(times)
    ]


@pytest.mark.parametrize(
    ("entity", "field"),
    [
        ("Book", "title"),
        ("Book", "slug"),
        ("Book", "code"),
        ("Profile", "motto"),
        ("User", "nickname"),
        ("Author", "email"),
        ("Author", "name"),
    ],
)
def test_text_fits_the_length_bounds(project, entity, field):
    spec = next(f for f in project.entity(entity).all_fields if f.name == field)
    for value in evaluate(project, entity, field):
        assert (spec.min_length or 1) <= len(value) <= (spec.max_length or 10**6)


def test_unique_values_never_repeat(project):
    for entity, field in [("Book", "slug"), ("Author", "email"), ("Book", "title")]:
        values = evaluate(project, entity, field)
        assert len(set(values)) == len(values)


def test_numbers_stay_in_range_and_digits(project):
    assert all(1 <= v <= 5000 for v in evaluate(project, "Book", "pages"))
    assert all(-1 <= v <= 1 for v in evaluate(project, "Book", "score"))
    assert all(-32768 <= v <= -10 for v in evaluate(project, "Book", "small"))
    for value in evaluate(project, "Book", "price"):
        assert isinstance(value, Decimal) and abs(value) < 100  # max_digits 4, 2 places
        assert value == value.quantize(Decimal("0.01"))
    assert all(Decimal(0) <= v <= 5 for v in evaluate(project, "Author", "rating"))


def test_pattern_and_choices(project):
    isbn = next(f for f in project.entity("Book").fields if f.name == "isbn")
    assert all(
        re.fullmatch(anchored(isbn.pattern or ""), v) for v in evaluate(project, "Book", "isbn")
    )
    assert set(evaluate(project, "Author", "status")) <= {"ACTIVE", "RETIRED"}


def test_open_repeats_of_a_pattern_are_capped_to_the_max_length(project):
    code = next(f for f in project.entity("Genre").fields if f.name == "code")
    values = evaluate(project, "Genre", "code")
    assert all(len(v) <= 10 and re.fullmatch(anchored(code.pattern or ""), v) for v in values)
    assert max(len(v) for v in values) > 2  # still varied, not cut to the shortest match


def test_json_values_are_not_empty(project):
    assert all(isinstance(v, list) and v for v in evaluate(project, "Book", "keywords"))
    assert all(isinstance(v, dict) and v for v in evaluate(project, "Book", "metadata"))


def test_unique_together_gets_a_sequenced_member(project):
    assert factory_values.sequenced_fields(project.entity("Book")) >= {"title", "slug"}
    assert factory_plan.fresh_relations(project.entity("BookGenre")) == {"genre"}


def test_seed_walks_dependencies_first(project, files):
    order = [e.name for e in factory_plan.seed_order(project)]
    assert order.index("Author") < order.index("Book") < order.index("BookGenre")
    assert order.index("Book") < order.index("Ebook")
    assert order.index("User") < order.index("Profile")
    assert "Timestamped" not in order
    seed = files["apps/core/management/commands/seed.py"]
    ast.parse(seed)
    assert "BookFactory.reset_sequence(Book.objects.count())" in seed
    assert "EbookFactory.reset_sequence" not in seed  # shares BookFactory's counter
    assert '("friends", Author)' in seed
    assert "@transaction.atomic" in seed


def test_factories_of_text_types_without_constraints_read_naturally(project):
    title = next(f for f in project.entity("Author").fields if f.name == "name")
    source = factory_values.scalar_declaration(project, project.entity("Author"), title).source
    assert source == 'factory.Faker("text", max_nb_chars=100)'
    assert FieldType.STRING is title.type


def test_sequence_roots_come_from_the_declarations(project):
    """A factory resets its counter when one of its declarations counts, as the plan says."""
    roots = {e.name for e in factory_plan.sequence_roots(project)}
    assert {"Book", "User"} <= roots
    assert "Ebook" not in roots  # shares BookFactory's counter
    for name in roots:
        view, _ = factory_plan.build_view(project, project.entity(name), set())
        assert view.counted


@pytest.mark.parametrize(
    ("pattern", "width"),
    [
        ("[A-Z]{3}-[0-9]{4}", 8),
        (r"\+?[0-9 ]{7,20}", 21),
        ("^(?:abc|de)$", 3),
        (r"(a|bc)\1", 4),
        ("(?P<x>ab)(?P=x)", 4),
        ("(?=abc)a{2,5}?", 5),
        ("(?i:ab){3}", 6),
        ("[]a]x", 2),
        (r"[^\]]{2}", 2),
        (r"\d{3}\b\w", 4),
        ("a{,3}", 3),
        ("a{}", 3),
        (r"\x41\u0041\101", 3),
        (r"(?<!a)b(?<=b)(?#note)", 1),
        ("(a)?(?(1)bc|d)", 3),
        ("(?>ab|c)d", 3),
        ("(?x) a b  # verbose: not measured", float("inf")),
        ("a+", float("inf")),
        ("(?:ab)*", float("inf")),
        ("a{2,}", float("inf")),
    ],
)
def test_max_width_of_a_pattern(pattern, width):
    assert max_width(pattern) == width


def test_open_repeats_are_capped_until_the_pattern_fits():
    assert bounded_repeats("[A-Z][A-Z0-9]+", 3) == "[A-Z][A-Z0-9]{1,3}"
    assert bounded_repeats("a*b{2,}[+*]", 4) == "a{0,4}b{2,6}[+*]"
    fitted = fitting_pattern("[A-Z][A-Z0-9]+", 10)
    assert max_width(fitted) == 10
    assert re.fullmatch(fitted, "ABCDEFGHIJ") and not re.fullmatch(fitted, "ABCDEFGHIJK")
    assert fitting_pattern("a+", None) == "^(?:a+)$"


def test_a_list_of_positive_integers_imports_what_it_calls(tmp_path):
    spec = {"project": "sizes", "entities": {"Box": {"fields": {"sizes": "List~PositiveInteger~"}}}}
    source = factories.generate(load_spec(spec, tmp_path))["apps/sizes/factories.py"]
    assert "fuzzy.FuzzyChoice(" in source
    assert "from factory import fuzzy" in source


def test_a_factory_collects_the_imports_its_declarations_name(project):
    """A choice field's enumeration comes from the app's choices module, beside fuzzy; a root
    factory imports DjangoModelFactory, a child extends its parent's factory instead."""
    _, author = factory_plan.build_view(project, project.entity("Author"), set())
    assert Import(".choices", "AuthorStatus") in author
    assert Import("factory", "fuzzy") in author
    assert factory_plan.IMPORT_MODEL_FACTORY in author
    _, ebook = factory_plan.build_view(project, project.entity("Ebook"), {"Book"})
    assert factory_plan.IMPORT_MODEL_FACTORY not in ebook


def test_the_seed_command_imports_each_module_once(project):
    source = factories.seed_command(project)
    assert source.count("from apps.library.factories import ") == 1
    assert "from apps.accounts.models import Profile, User" in source
