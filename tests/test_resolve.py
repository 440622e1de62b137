"""The resolve pass: one test per rule and per diagnostic code it reports."""

from __future__ import annotations

from typing import Any

import pytest

from djgen.errors import Diagnostic, DjgenError, Loc
from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.model import Project
from djgen.resolve import resolve
from djgen.vocabulary import FieldType, OnDelete, Pagination, PkType, RelationKind

PATH = "x.yaml"


def source(*keys: tuple[str | int, ...]) -> SourceMap:
    """A source map that places the i-th key on line i + 2."""
    return SourceMap(PATH, {key: Loc(PATH, i + 2, 3) for i, key in enumerate(keys)})


def document(entities: dict[str, Any] | None = None, **top: Any) -> SpecDocument:
    return SpecDocument.model_validate({"project": "shop", "entities": entities or {}, **top})


def build(
    entities: dict[str, Any] | None = None, *keys: tuple[str | int, ...], **top: Any
) -> tuple[Project, list[Diagnostic]]:
    return resolve(document(entities, **top), source(*keys))


def failure(
    entities: dict[str, Any] | None = None, *keys: tuple[str | int, ...], **top: Any
) -> list[Diagnostic]:
    with pytest.raises(DjgenError) as caught:
        build(entities, *keys, **top)
    return [d for d in caught.value.diagnostics if d.severity == "error"]


def only_error(
    code: str, entities: dict[str, Any] | None = None, *keys: tuple[str | int, ...], **top: Any
) -> Diagnostic:
    errors = failure(entities, *keys, **top)
    assert [d.code for d in errors] == [code], errors
    return errors[0]


def at_line(diag: Diagnostic, line: int) -> None:
    assert diag.loc == Loc(PATH, line, 3), diag


def fields(entity: str, **spec: Any) -> dict[str, Any]:
    return {entity: {"fields": spec}}


# scalar fields ---------------------------------------------------------------------------------


def test_types_aliases_and_default_lengths() -> None:
    project, warnings = build(
        fields(
            "Item",
            name={"type": "varchar"},
            slug={"type": "Slug"},
            email={"type": "email"},
            site={"type": "URL"},
            body={"type": "Text"},
            count={"type": "int"},
            big={"type": "Long"},
            small={"type": "Short"},
            ratio={"type": "Double"},
            price={"type": "BigDecimal"},
            flag={"type": "bool"},
            at={"type": "Instant"},
            data={"type": "Map"},
            blob={"type": "bytes"},
            ip={"type": "IPAddress"},
        )
    )
    assert warnings == []
    item = project.entity("Item")
    by_name = {f.name: f for f in item.fields}
    assert by_name["name"].type is FieldType.STRING and by_name["name"].max_length == 255
    assert by_name["slug"].max_length == 50
    assert by_name["email"].max_length == 254
    assert by_name["site"].max_length == 200
    assert by_name["body"].max_length is None
    assert by_name["count"].type is FieldType.INTEGER
    assert by_name["big"].type is FieldType.BIG_INTEGER
    assert by_name["small"].type is FieldType.SMALL_INTEGER
    assert by_name["ratio"].type is FieldType.FLOAT
    price = by_name["price"]
    assert (price.type, price.max_digits, price.decimal_places) == (FieldType.DECIMAL, 10, 2)
    assert by_name["flag"].type is FieldType.BOOLEAN
    assert by_name["at"].type is FieldType.DATETIME
    assert by_name["data"].type is FieldType.JSON
    assert by_name["blob"].type is FieldType.BINARY
    assert by_name["ip"].type is FieldType.IP_ADDRESS


def test_options_become_lengths_values_and_flags() -> None:
    project, _ = build(
        fields(
            "Item",
            title={"type": "String", "max": 200, "min": 3, "pattern": "[a-z ]+", "index": True},
            rating={"type": "Decimal", "min": 0, "max": 5, "max_digits": 3, "decimal_places": 1},
            stock={"type": "Integer", "min": 0, "unique": True, "help": "units"},
            secret={"type": "String", "write_only": True},
        )
    )
    title, rating, stock, secret = project.entity("Item").fields
    assert (title.max_length, title.min_length, title.pattern, title.index) == (
        200,
        3,
        "[a-z ]+",
        True,
    )
    assert (rating.min_value, rating.max_value, rating.max_digits, rating.decimal_places) == (
        0,
        5,
        3,
        1,
    )
    assert (stock.min_value, stock.unique, stock.help_text) == (0, True, "units")
    assert secret.write_only


def test_required_follows_the_option_then_the_default() -> None:
    project, _ = build(
        fields(
            "Item",
            plain={"type": "String"},
            optional={"type": "String", "required": False},
            with_default={"type": "Integer", "default": 0},
            forced={"type": "Integer", "default": 0, "required": True},
        )
    )
    assert [f.required for f in project.entity("Item").fields] == [True, False, False, True]


def test_collections_of_scalars_are_json_lists() -> None:
    project, _ = build(
        fields(
            "Item",
            tags={"type": "List~String~"},
            scores={"type": "int[]"},
            codes={"type": "set~Slug~"},
        )
    )
    assert [(f.type, f.item_type) for f in project.entity("Item").fields] == [
        (FieldType.JSON, FieldType.STRING),
        (FieldType.JSON, FieldType.INTEGER),
        (FieldType.JSON, FieldType.SLUG),
    ]


def test_enum_fields_members_and_inline_choices() -> None:
    project, _ = build(
        fields(
            "Task",
            status={"type": "TaskStatus", "default": "in-progress"},
            size={"type": "String", "choices": ["small", "large"]},
        ),
        enums={"TaskStatus": ["todo", "in-progress", {"DONE": "Finished"}]},
    )
    status, size = project.entity("Task").fields
    assert (status.type, status.enum, status.default) == (
        FieldType.ENUM,
        "TaskStatus",
        "in-progress",
    )
    members = project.enum("TaskStatus").members
    assert [(m.name, m.value, m.label) for m in members] == [
        ("TODO", "todo", "Todo"),
        ("IN_PROGRESS", "in-progress", "In progress"),
        ("DONE", "DONE", "Finished"),
    ]
    assert (size.type, size.enum) == (FieldType.ENUM, "TaskSize")
    assert project.enum("TaskSize").app == "shop"
    assert project.app("shop").enums == ("TaskStatus", "TaskSize")


def test_enum_default_may_name_the_member() -> None:
    project, _ = build(
        fields("Task", s={"type": "S", "default": "IN_PROGRESS"}), enums={"S": ["in-progress"]}
    )
    assert project.entity("Task").fields[0].default == "in-progress"


def test_uuid_key_integer_key_and_timestamps() -> None:
    project, _ = build(
        {
            "Doc": {
                "fields": {
                    "id": {"type": "UUID"},
                    "created_at": {"type": "DateTime"},
                    "updated_at": {"type": "Timestamp"},
                }
            },
            "Note": {"fields": {"id": {"type": "Long"}}},
        }
    )
    doc, note = project.entity("Doc"), project.entity("Note")
    assert doc.pk_type is PkType.UUID and note.pk_type is PkType.BIG_AUTO
    assert note.fields == ()
    created, updated = doc.fields
    assert created.auto_now_add and created.read_only and not created.auto_now
    assert updated.auto_now and updated.read_only
    assert doc.ordering == ("-created_at",)


def test_project_name_title_apps_and_order() -> None:
    doc = SpecDocument.model_validate(
        {
            "entities": {
                "Product": {"app": "catalog", "fields": {"name": {"type": "String"}}},
                "Order": {"fields": {"placed": {"type": "Date"}}},
            },
            "enums": {"Color": {"app": "paint", "values": ["RED"]}},
        }
    )
    project, _ = resolve(doc, SourceMap("my-shop.mmd", {}))
    assert (project.name, project.title, project.default_app) == ("my_shop", "My Shop", "my_shop")
    assert [a.name for a in project.apps] == ["my_shop", "catalog", "paint"]
    assert project.app("my_shop").entities == ("User", "Order")
    assert [e.name for e in project.entities] == ["User", "Order", "Product"]
    assert project.app("paint").enums == ("Color",)


def test_entity_names_and_defaults() -> None:
    project, _ = build(
        {
            "PurchaseOrder": {
                "fields": {
                    "reference": {"type": "String", "required": False},
                    "code": {"type": "Slug"},
                    "notes": {"type": "Text"},
                },
                "pagination": "cursor",
            },
            "Person": {"fields": {"bio": {"type": "Text"}, "nick": {"type": "String"}}},
            "Datum": {"plural": "data_points"},
        },
        features={"pagination": "limit_offset"},
    )
    order = project.entity("PurchaseOrder")
    assert (order.snake, order.plural, order.url) == (
        "purchase_order",
        "purchase_orders",
        "purchase-orders",
    )
    assert (order.verbose_name, order.verbose_name_plural) == ("purchase order", "purchase orders")
    assert order.search == ("reference", "code", "notes")
    assert order.display_field == "code"
    assert order.pagination is Pagination.CURSOR
    person = project.entity("Person")
    assert person.plural == "people" and person.display_field == "nick"
    assert person.pagination is Pagination.LIMIT_OFFSET and person.ordering == ()
    assert project.entity("Datum").url == "data-points"


def test_entity_options_resolve_to_python_names() -> None:
    project, _ = build(
        {
            "User": {"fields": {"nickname": {"type": "String"}}},
            "Post": {
                "fields": {
                    "title": {"type": "String"},
                    "class": {"type": "String"},
                    "author": {"type": "User"},
                },
                "owner": "author",
                "search": ["title", "class", "author__username"],
                "ordering": ["-class", "title"],
                "unique_together": [["author", "class"]],
            },
        }
    )
    post = project.entity("Post")
    assert post.owner == "author"
    assert post.search == ("title", "class_value", "author__username")
    assert post.ordering == ("-class_value", "title")
    assert post.unique_together == (("author", "class_value"),)


def test_methods_are_parsed_and_django_ones_dropped() -> None:
    project, _ = build(
        {
            "Post": {
                "methods": ["publish(at, by): None", "archive()", "__str__()", "get_absolute_url()"]
            }
        }
    )
    methods = project.entity("Post").methods
    assert [(m.name, m.args, m.returns) for m in methods] == [
        ("publish", ("at", "by"), "None"),
        ("archive", (), None),
    ]


# the user model --------------------------------------------------------------------------------


def test_user_is_synthesized_in_the_default_app() -> None:
    project, _ = build({"Post": {"app": "blog", "fields": {"author": {"type": "User"}}}})
    user = project.user
    assert (user.name, user.app, user.is_user, user.fields) == ("User", "shop", True, ())
    assert [a.name for a in project.apps] == ["shop", "blog"]
    assert project.entity("Post").relations[0].related_name == "posts"


def test_user_entity_merges_abstract_user_fields() -> None:
    project, _ = build(
        {
            "Member": {
                "user": True,
                "fields": {"email": {"type": "Email"}, "bio": {"type": "Text"}},
            },
            "User2": {},
        }
    )
    assert project.user_model == "Member"
    assert [f.name for f in project.user.fields] == ["bio"]
    assert not project.entity("User2").is_user


# relations -------------------------------------------------------------------------------------


def test_foreign_keys_defaults() -> None:
    project, _ = build(
        {
            "Category": {"fields": {"name": {"type": "String"}}},
            "Product": {
                "fields": {
                    "category": {"type": "Category"},
                    "brand": {"type": "Brand", "required": False},
                    "maker": {"type": "Brand", "on_delete": "CASCADE", "related_name": "made"},
                }
            },
            "Brand": {},
        }
    )
    category, brand, maker = project.entity("Product").relations
    assert (category.kind, category.on_delete, category.related_name) == (
        RelationKind.FOREIGN_KEY,
        OnDelete.PROTECT,
        "products",
    )
    assert (brand.on_delete, brand.required, brand.related_name) == (
        OnDelete.SET_NULL,
        False,
        "products",
    )
    assert (maker.on_delete, maker.related_name) == (OnDelete.CASCADE, "made")


def test_two_keys_to_one_target_get_derived_reverse_names() -> None:
    project, warnings = build(
        {
            "Account": {},
            "Transfer": {"fields": {"source": {"type": "Account"}, "target": {"type": "Account"}}},
        },
        ("entities", "Transfer", "fields", "source"),
        ("entities", "Transfer", "fields", "target"),
    )
    assert [r.related_name for r in project.entity("Transfer").relations] == [
        "transfers_as_source",
        "transfers_as_target",
    ]
    assert [w.code for w in warnings] == ["DJG302", "DJG302"]
    at_line(warnings[0], 2)
    at_line(warnings[1], 3)


def test_reverse_name_colliding_with_a_user_field_is_derived() -> None:
    project, warnings = build({"UserPermission": {"fields": {"user": {"type": "User"}}}})
    assert project.entity("UserPermission").relations[0].related_name == (
        "user_permissions_as_user"
    )
    assert [w.code for w in warnings] == ["DJG302"]


def test_self_references() -> None:
    project, _ = build(
        {
            "Category": {"fields": {"parent": {"type": "Category", "required": False}}},
            "Employee": {
                "fields": {
                    "manager": {"type": "Employee", "required": False},
                    "mentors": {"type": "List~Employee~", "required": False},
                }
            },
        }
    )
    assert project.entity("Category").relations[0].related_name == "children"
    manager, mentors = project.entity("Employee").relations
    assert manager.related_name == "manager_of"
    assert (mentors.kind, mentors.related_name, mentors.db_table) == (
        RelationKind.MANY_TO_MANY,
        "mentors_of",
        "shop_employee_mentors",
    )


def test_a_required_key_to_its_own_entity_is_made_optional() -> None:
    project, warnings = build({"Category": {"fields": {"parent": {"type": "Category"}}}})
    parent = project.entity("Category").relations[0]
    assert (parent.required, parent.on_delete) == (False, OnDelete.SET_NULL)
    assert [w.code for w in warnings] == ["DJG305"]


def test_many_to_many_and_through_model_with_extra_fields() -> None:
    project, _ = build(
        {
            "Person": {},
            "Club": {
                "fields": {
                    "members": {"type": "Person[]", "through": "Membership"},
                    "tags": {"type": "Tag", "relation": "ManyToMany"},
                }
            },
            "Membership": {
                "fields": {
                    "person": {"type": "Person", "on_delete": "CASCADE"},
                    "club": {"type": "Club", "on_delete": "CASCADE"},
                    "joined": {"type": "Date"},
                }
            },
            "Tag": {},
        }
    )
    members, tags = project.entity("Club").relations
    assert (members.kind, members.through, members.db_table, members.related_name) == (
        RelationKind.MANY_TO_MANY,
        "Membership",
        None,
        "clubs",
    )
    assert (tags.kind, tags.db_table) == (RelationKind.MANY_TO_MANY, "shop_club_tags")
    assert [r.related_name for r in project.entity("Membership").relations] == [
        "memberships",
        "memberships",
    ]


def test_optional_one_to_one() -> None:
    project, _ = build(
        {
            "Profile": {
                "fields": {"owner": {"type": "User", "relation": "OneToOne", "required": False}}
            }
        }
    )
    rel = project.entity("Profile").relations[0]
    assert (rel.kind, rel.on_delete, rel.related_name, rel.required) == (
        RelationKind.ONE_TO_ONE,
        OnDelete.SET_NULL,
        "profile",
        False,
    )


def test_abstract_and_multi_table_inheritance() -> None:
    project, _ = build(
        {
            "Base": {
                "abstract": True,
                "fields": {
                    "id": {"type": "UUID"},
                    "created_at": {"type": "DateTime"},
                    "author": {"type": "User"},
                },
            },
            "Article": {"extends": "Base", "fields": {"title": {"type": "String"}}},
            "Video": {"extends": "Base", "fields": {"url": {"type": "URL"}}},
            "Tutorial": {"extends": "Article", "fields": {"level": {"type": "Integer"}}},
        }
    )
    article, video, tutorial = (project.entity(n) for n in ("Article", "Video", "Tutorial"))
    assert [f.name for f in article.all_fields] == ["created_at", "title"]
    assert [f.name for f in tutorial.all_fields] == ["created_at", "title", "level"]
    assert article.pk_type is video.pk_type is tutorial.pk_type is PkType.UUID
    assert (tutorial.parent, article.parent) == ("Article", "Base")
    assert article.ordering == ("-created_at",)
    # the abstract relation lives in each concrete table, each with its own reverse name
    assert article.inherited_relations[0].related_name == "articles"
    assert video.inherited_relations[0].related_name == "videos"
    assert tutorial.inherited_relations[0].related_name == "articles"
    assert project.concrete_entities == tuple(
        project.entity(n) for n in ("User", "Article", "Video", "Tutorial")
    )


# errors ----------------------------------------------------------------------------------------


def test_djg201_unknown_type_at_the_type_with_a_suggestion() -> None:
    key = ("entities", "Item", "fields", "name", "type")
    diag = only_error("DJG201", fields("Item", name={"type": "Strng"}), key)
    at_line(diag, 2)
    assert diag.hint == "did you mean 'String'?"
    diag = only_error("DJG201", fields("Item", tags={"type": "List~Strin~"}))
    assert "Strin" in diag.message


@pytest.mark.parametrize(
    ("spec", "option"),
    [
        ({"type": "String", "min": 10, "max": 5}, "min"),
        ({"type": "String", "max": -1}, "max"),
        ({"type": "Decimal", "max_digits": 3, "decimal_places": 4}, "decimal_places"),
        ({"type": "Color", "default": "PINK"}, "default"),
        ({"type": "Integer", "default": "ten"}, "default"),
        ({"type": "Boolean", "default": 1}, "default"),
        ({"type": "String", "pattern": "[a-"}, "pattern"),
        ({"type": "String", "max": 3, "default": "toolong"}, "default"),
        ({"type": "String", "pattern": "[0-9]+", "default": "abc"}, "default"),
        ({"type": "Integer", "min": 1, "default": 0}, "default"),
        ({"type": "Date", "default": "yesterday"}, "default"),
        ({"type": "User", "on_delete": "SET_NULL"}, "on_delete"),
        ({"type": "String", "read_only": True, "write_only": True}, "write_only"),
    ],
)
def test_djg202_invalid_option_values(spec: dict[str, Any], option: str) -> None:
    diag = only_error(
        "DJG202",
        fields("Item", x=spec),
        ("entities", "Item", "fields", "x"),
        ("entities", "Item", "fields", "x", option),
        enums={"Color": ["RED"]},
    )
    at_line(diag, 3)


def test_djg203_plural_collision() -> None:
    diag = only_error(
        "DJG203",
        {"Box": {}, "Crate": {"plural": "boxes"}},
        ("entities", "Crate", "plural"),
    )
    at_line(diag, 2)


def test_djg203_inline_enum_collision_and_enum_entity_clash() -> None:
    diag = only_error(
        "DJG203",
        fields("Task", size={"type": "String", "choices": ["S"]}),
        ("entities", "Task", "fields", "size", "choices"),
        enums={"TaskSize": ["S"]},
    )
    at_line(diag, 2)
    diag = only_error("DJG203", {"Color": {}}, ("enums", "Color"), enums={"Color": ["RED"]})
    at_line(diag, 2)


def test_djg204_relation_target_missing() -> None:
    key = ("entities", "Order", "fields", "buyer", "type")
    diag = only_error(
        "DJG204", {"Customer": {}, "Order": {"fields": {"buyer": {"type": "Custmer"}}}}, key
    )
    at_line(diag, 2)
    assert diag.hint == "did you mean 'Customer'?"
    only_error("DJG204", fields("Order", buyer={"type": "Zzz", "on_delete": "CASCADE"}))
    # a diagram's relationship line declares the classes it names: a typo makes an empty one
    diag = only_error(
        "DJG204",
        {
            "Customer": {"fields": {"name": {"type": "String"}}},
            "Custmer": {},
            "Order": {"fields": {"buyer": {"type": "Custmer"}}},
        },
        key,
    )
    at_line(diag, 2)
    assert diag.hint == "did you mean 'Customer'?"
    diag = only_error(
        "DJG204",
        {"Tag": {}, "Post": {"fields": {"tags": {"type": "List~Tag~", "through": "Tagging"}}}},
        ("entities", "Post", "fields", "tags", "through"),
    )
    at_line(diag, 2)
    diag = only_error(
        "DJG204",
        {"Base": {"abstract": True}, "Post": {"fields": {"base": {"type": "Base"}}}},
        ("entities", "Post", "fields", "base", "type"),
    )
    at_line(diag, 2)


def test_djg205_cycle_reported_once() -> None:
    diag = only_error(
        "DJG205",
        {"A": {"extends": "B"}, "B": {"extends": "C"}, "C": {"extends": "A"}},
        ("entities", "A", "extends"),
    )
    at_line(diag, 2)


def test_djg206_field_redefined_and_method_clashes() -> None:
    diag = only_error(
        "DJG206",
        {
            "Base": {"abstract": True, "fields": {"name": {"type": "String"}}},
            "Item": {"extends": "Base", "fields": {"name": {"type": "Text"}}},
        },
        ("entities", "Item", "fields", "name"),
    )
    at_line(diag, 2)
    diag = only_error(
        "DJG206",
        {"Item": {"fields": {"name": {"type": "String"}}, "methods": ["name()"]}},
        ("entities", "Item", "methods", 0),
    )
    at_line(diag, 2)
    errors = failure({"Item": {"methods": ["go()", "go(x)"]}})
    assert [d.code for d in errors] == ["DJG206"]
    errors = failure(
        fields("Item", **{"first-name": {"type": "String"}, "first_name": {"type": "String"}})
    )
    assert [d.code for d in errors] == ["DJG206"]


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("owner", "writer"),
        ("search", ["titel"]),
        ("ordering", ["-titel"]),
        ("unique_together", [["title", "titel"]]),
    ],
)
def test_djg207_missing_fields(option: str, value: Any) -> None:
    index: tuple[int, ...] = () if option == "owner" else (0,)
    if option == "unique_together":
        index = (0, 1)
    spec = {"fields": {"title": {"type": "String"}}, option: value}
    diag = only_error("DJG207", {"Post": spec}, ("entities", "Post", option, *index))
    at_line(diag, 2)
    if option != "owner":
        assert diag.hint == "did you mean 'title'?"


def test_framework_class_names_are_entity_names_like_any_other() -> None:
    names = ["Group", "Model", "Permission", "Session", "Site", "Token", "Field", "Serializer"]
    names += ["Filter", "Response", "Q", "F", "ContentType", "Manager"]
    project, _ = build({name: {"fields": {"title": "String"}} for name in names})
    assert [e.name for e in project.entities][1:] == names


def test_djg208_an_entity_named_like_a_class_generated_for_another() -> None:
    diag = only_error("DJG208", {"Model": {}, "ModelViewSet": {}}, ("entities", "ModelViewSet"))
    at_line(diag, 2)
    assert "the ViewSet generated for 'Model'" in diag.message


def test_djg208_reserved_entity_and_app_names() -> None:
    diag = only_error("DJG208", {"QuerySet": {}}, ("entities", "QuerySet"))
    at_line(diag, 2)
    assert diag.hint == "use a prefixed name, e.g. 'ShopQuerySet'"
    only_error("DJG208", {"None": {}})
    diag = only_error("DJG208", {"Item": {"app": "core"}}, ("entities", "Item", "app"))
    at_line(diag, 2)


def test_djg209_explicit_reverse_names_collide() -> None:
    errors = failure(
        {
            "Post": {"fields": {"author": {"type": "User", "related_name": "things"}}},
            "Note": {"fields": {"author": {"type": "User", "related_name": "things"}}},
        },
        ("entities", "Post", "fields", "author", "related_name"),
        ("entities", "Note", "fields", "author", "related_name"),
    )
    assert [d.code for d in errors] == ["DJG209", "DJG209"]
    at_line(errors[0], 2)
    only_error(
        "DJG209",
        {"Post": {"fields": {"author": {"type": "User", "related_name": "email"}}}},
    )
    diag = only_error(
        "DJG209",
        {
            "Base": {
                "abstract": True,
                "fields": {"owner": {"type": "User", "related_name": "things"}},
            },
            "Article": {"extends": "Base"},
            "Video": {"extends": "Base"},
        },
    )
    assert "inherits" in diag.message


def test_djg210_names_that_cannot_be_identifiers() -> None:
    diag = only_error(
        "DJG210", fields("Item", id={"type": "Date"}), ("entities", "Item", "fields", "id")
    )
    at_line(diag, 2)
    assert "automatic" in (diag.hint or "")
    only_error("DJG210", fields("Item", **{"%%": {"type": "String"}}))
    only_error("DJG210", {"item": {}})
    only_error("DJG210", {"Item": {"app": "my-app"}})
    only_error("DJG210", fields("Item", x={"type": "Item", "related_name": "a b"}))


@pytest.mark.parametrize(
    ("spec", "option"),
    [
        ({"type": "String", "max_digits": 5}, "max_digits"),
        ({"type": "Item", "through": "Item"}, "through"),
        ({"type": "Integer", "pattern": "[0-9]"}, "pattern"),
        ({"type": "String", "related_name": "xs"}, "related_name"),
        ({"type": "Color", "relation": "ForeignKey"}, "relation"),
        ({"type": "Item", "unique": True}, "unique"),
        ({"type": "Boolean", "max": 1}, "max"),
        ({"type": "List~Item~", "on_delete": "CASCADE"}, "on_delete"),
        ({"type": "File", "default": "a.txt"}, "default"),
    ],
)
def test_djg211_options_that_do_not_apply(spec: dict[str, Any], option: str) -> None:
    diag = only_error(
        "DJG211",
        fields("Item", x=spec),
        ("entities", "Item", "fields", "x"),
        ("entities", "Item", "fields", "x", option),
        enums={"Color": ["RED"]},
    )
    at_line(diag, 3)


def test_djg211_owner_through_and_user_model() -> None:
    diag = only_error(
        "DJG211",
        {"Shop": {}, "Item": {"fields": {"shop": {"type": "Shop"}}, "owner": "shop"}},
        ("entities", "Item", "owner"),
    )
    at_line(diag, 2)
    diag = only_error(
        "DJG211",
        {
            "Tag": {},
            "Tagging": {"fields": {"tag": {"type": "Tag"}}},
            "Post": {"fields": {"tags": {"type": "List~Tag~", "through": "Tagging"}}},
        },
        ("entities", "Post", "fields", "tags", "through"),
    )
    at_line(diag, 2)
    assert "'Post'" in diag.message
    only_error("DJG211", {"User": {"abstract": True}})


def test_djg212_bad_parents() -> None:
    diag = only_error(
        "DJG212", {"Item": {"extends": "Bse"}, "Base": {}}, ("entities", "Item", "extends")
    )
    at_line(diag, 2)
    assert diag.hint == "did you mean 'Base'?"
    only_error("DJG212", {"Item": {"extends": "Color"}}, enums={"Color": ["RED"]})


def test_djg213_two_user_models() -> None:
    diag = only_error(
        "DJG213", {"Member": {"user": True}, "Admin": {"user": True}}, ("entities", "Admin")
    )
    at_line(diag, 2)


def test_djg214_invalid_enumerations() -> None:
    diag = only_error("DJG214", enums={"Color": []})
    assert "at least one" in diag.message
    diag = only_error(
        "DJG214", None, ("enums", "Color", "values", 1), enums={"Color": ["RED", "RED"]}
    )
    at_line(diag, 2)
    only_error("DJG214", enums={"Status": ["in-progress", "IN_PROGRESS"]})


def test_djg215_event_sourcing_names_unknown_entity() -> None:
    errors = failure(
        {"Order": {}},
        ("features", "event_sourcing", 0),
        features={"event_sourcing": ["Ordr"]},
    )
    assert [d.code for d in errors] == ["DJG215"]
    at_line(errors[0], 2)
    assert errors[0].hint == "did you mean 'Order'?"


@pytest.mark.parametrize("cqrs", [True, ["Order"]])
def test_cqrs_is_generated_without_a_warning(cqrs: bool | list[str]) -> None:
    project, warnings = build({"Order": {}, "Line": {}}, features={"cqrs": cqrs})
    assert warnings == []
    assert project.features.cqrs == (cqrs if cqrs is True else ("Order",))


def test_djg215_cqrs_names_unknown_entity() -> None:
    errors = failure(
        {"Order": {}},
        ("features", "cqrs", 0),
        features={"cqrs": ["Ordr"]},
    )
    assert [d.code for d in errors] == ["DJG215"]
    at_line(errors[0], 2)
    assert errors[0].hint == "did you mean 'Order'?"


def test_djg202_cqrs_names_an_abstract_entity() -> None:
    errors = failure(
        {"Base": {"abstract": True}, "Order": {"extends": "Base"}},
        ("features", "cqrs", 0),
        features={"cqrs": ["Base"]},
    )
    assert [d.code for d in errors] == ["DJG202"]
    at_line(errors[0], 2)
    assert "abstract" in errors[0].message


def test_every_error_is_reported_at_once() -> None:
    errors = failure(
        {
            "Item": {"fields": {"a": {"type": "Nope"}, "b": {"type": "String", "max": -2}}},
            "Other": {"extends": "Missing"},
        }
    )
    assert sorted(d.code for d in errors) == ["DJG201", "DJG202", "DJG212"]


# warnings --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "renamed", "column"),
    [
        ("class", "class_value", "class"),
        ("objects", "objects_value", "objects"),
        ("save", "save_value", "save"),
        ("total_", "total_value", "total_"),
        ("a__b", "a_b_value", "a__b"),
        ("owner_id", "owner_id_value", None),
    ],
)
def test_djg301_reserved_names_are_renamed(raw: str, renamed: str, column: str | None) -> None:
    key = ("entities", "Item", "fields", raw)
    project, warnings = build(
        fields("Item", owner={"type": "User"}, **{raw: {"type": "String"}}), key
    )
    field = project.entity("Item").fields[0]
    assert (field.name, field.api_name, field.column) == (renamed, raw, column)
    assert [w.code for w in warnings] == ["DJG301"]
    at_line(warnings[0], 2)
    assert renamed in warnings[0].message


def test_sql_reserved_words_are_kept() -> None:
    project, warnings = build(fields("Item", order={"type": "Integer"}, select={"type": "Text"}))
    assert [f.name for f in project.entity("Item").fields] == ["order", "select"]
    assert warnings == []


def test_renamed_relation_keeps_its_column() -> None:
    project, _ = build(fields("Item", **{"from": {"type": "Item", "required": False}}))
    rel = project.entity("Item").relations[0]
    assert (rel.name, rel.api_name, rel.column, rel.related_name) == (
        "from_value",
        "from",
        "from_id",
        "from_value_of",
    )


def test_djg303_and_djg304_feature_warnings() -> None:
    _, warnings = build(
        {"Order": {}},
        ("features", "event_sourcing"),
        ("features", "websockets"),
        ("features", "auth"),
        features={"event_sourcing": True, "websockets": True, "auth": "none"},
    )
    # event sourcing and WebSockets are generated: neither warns any more
    assert [(w.code, w.loc.line) for w in warnings] == [("DJG304", 4)]


# scale -----------------------------------------------------------------------------------------


def large_document(count: int) -> SpecDocument:
    entities: dict[str, Any] = {}
    for i in range(count):
        spec: dict[str, Any] = {
            "title": {"type": "String", "max": 100},
            "body": {"type": "Text", "required": False},
            "price": {"type": "Decimal", "min": 0},
            "qty": {"type": "Integer", "default": 1},
            "status": {"type": "Status", "default": "DRAFT"},
            "created_at": {"type": "DateTime"},
        }
        if i:
            spec["previous"] = {"type": f"Entity{i - 1}"}
            spec["owner"] = {"type": "User"}
        if i % 10 == 5:
            spec["links"] = {"type": f"List~Entity{i - 3}~"}
        entities[f"Entity{i}"] = {"fields": spec}
    return SpecDocument.model_validate(
        {"project": "big", "entities": entities, "enums": {"Status": ["DRAFT", "DONE"]}}
    )


def test_a_thousand_entities_resolve() -> None:
    """Scale, not speed (benchmarks/parse.py times it): every entity and link resolves."""
    project, _ = resolve(large_document(1000), SourceMap("big.yaml", {}))
    assert len(project.entities) == 1001
    assert project.entity("Entity999").relations[0].target == "Entity998"


def test_warnings_are_deterministic() -> None:
    doc = document(
        {
            "Account": {},
            "Transfer": {"fields": {"b": {"type": "Account"}, "a": {"type": "Account"}}},
        }
    )
    first = resolve(doc, SourceMap(PATH, {}))
    second = resolve(doc, SourceMap(PATH, {}))
    assert first[0].canonical_json() == second[0].canonical_json()
    assert [str(w) for w in first[1]] == [str(w) for w in second[1]]
