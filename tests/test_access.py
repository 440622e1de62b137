"""Who reads and writes each entity: the owner chains, the secure default and the spec's
options, in lowering and in the generated project."""

from __future__ import annotations

from typing import Any

from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.generators import plan
from djgen.lowering.ownership import ownership
from djgen.lowering.policy import access, per_user, policy, summary
from djgen.lowering.queries import embedded
from djgen.model import Project
from djgen.resolve import resolve
from djgen.vocabulary import ReadAccess, WriteAccess

ENTITIES: dict[str, Any] = {
    "User": {"user": True},
    "Category": {"fields": {"name": "String"}},
    "Product": {
        "read": "public",
        "fields": {"name": "String", "maker": {"type": "User"}, "category": {"type": "Category"}},
    },
    "Cart": {"owner": "holder", "fields": {"holder": {"type": "User"}}},
    "Order": {
        "owner": "buyer",
        "fields": {"buyer": {"type": "User"}, "number": "String"},
    },
    "OrderLine": {
        "fields": {
            "order": {"type": "Order", "on_delete": "CASCADE"},
            "product": {"type": "Product"},
            "quantity": "int",
        }
    },
    "Shipment": {
        "fields": {
            "line": {"type": "OrderLine"},
            "note": {"type": "Order", "required": False},
            "carrier": "String",
        }
    },
    "Receipt": {"fields": {"shipment": {"type": "Shipment"}, "order": {"type": "Order"}}},
    "Pair": {"fields": {"cart": {"type": "Cart"}, "order": {"type": "Order"}}},
    "Review": {
        "inherit_owner": False,
        "write": "users",
        "fields": {"line": {"type": "OrderLine"}, "text": "Text"},
    },
    "Reply": {"fields": {"review": {"type": "Review"}, "text": "Text"}},
    "Tag": {"fields": {"name": "String", "orders": {"type": "List~Order~"}}},
}


def load(features: dict[str, Any] | None = None) -> Project:
    document = {"project": "shop", "features": features or {}, "entities": ENTITIES}
    return resolve(SpecDocument.model_validate(document), SourceMap("t.yaml"))[0]


PROJECT = load()


def lookup(name: str) -> str | None:
    owned = ownership(PROJECT, PROJECT.entity(name))
    return owned.lookup if owned is not None else None


def test_rows_belong_to_the_owner_their_required_keys_lead_to() -> None:
    assert lookup("Order") == "buyer"
    assert lookup("OrderLine") == "order__buyer"
    assert lookup("Shipment") == "line__order__buyer"  # the optional `note` is no path


def test_the_shortest_chain_wins_and_the_first_declared_among_equals() -> None:
    assert lookup("Receipt") == "order__buyer"
    assert lookup("Pair") == "cart__holder"


def test_no_owner_without_a_required_single_key_to_one() -> None:
    assert lookup("Product") is None  # a key to a user that is not its owner
    assert lookup("Tag") is None  # a many-to-many is no path
    assert lookup("Review") is None  # inherit_owner: false
    assert lookup("Reply") is None  # nor through an entity that opted out


def test_the_secure_default() -> None:
    tag = access(PROJECT, PROJECT.entity("Tag"))
    assert (tag.read, tag.write, tag.owned) == (ReadAccess.USERS, WriteAccess.STAFF, None)
    product = access(PROJECT, PROJECT.entity("Product"))
    assert (product.read, product.write) == (ReadAccess.PUBLIC, WriteAccess.STAFF)
    review = access(PROJECT, PROJECT.entity("Review"))
    assert (review.read, review.write) == (ReadAccess.USERS, WriteAccess.USERS)
    opened = load({"default_access": {"read": "public", "write": "users"}})
    tag = access(opened, opened.entity("Tag"))
    assert (tag.read, tag.write) == (ReadAccess.PUBLIC, WriteAccess.USERS)


def test_rows_owned_through_a_key_inherit_the_owners_policy() -> None:
    line = access(PROJECT, PROJECT.entity("OrderLine"))
    assert line.private and line.write is WriteAccess.USERS and line.read is ReadAccess.USERS
    assert per_user(PROJECT, PROJECT.entity("Shipment"))
    assert not per_user(PROJECT, PROJECT.entity("Product"))
    found = policy(PROJECT, PROJECT.entity("Shipment"))
    assert found.owner_field == "line__order__buyer"
    assert found.owner_visibility is None
    assert found.mixins == ("OwnedViewSetMixin",)


def test_open_projects_declare_no_policy() -> None:
    project = resolve(
        SpecDocument.model_validate(
            {"project": "o", "features": {"auth": "none"}, "entities": {"Note": {}}}
        ),
        SourceMap("t.yaml"),
    )[0]
    assert access(project, project.entity("Note")).is_open
    assert policy(project, project.entity("Note")).permission_classes == ()
    assert summary(project, project.entity("Note")) == "read: anyone · write: anyone (auth: none)"


def test_summaries() -> None:
    said = {e.name: summary(PROJECT, e) for e in PROJECT.concrete_entities}
    assert said["Tag"] == "read: signed-in users · write: staff"
    assert said["Product"] == "read: anyone · write: staff"
    assert said["Order"] == (
        "read: each user their own rows · write: its owner or staff · owner: buyer"
    )
    assert said["Shipment"] == (
        "read: each user their own rows · write: the owner of its line or staff"
        " · owned through line → order → buyer"
    )
    assert said["User"].startswith("read: each user their own account")


def test_details_embed_only_what_their_readers_may_read() -> None:
    def whole(holder: str, relation: str) -> bool:
        entity = PROJECT.entity(holder)
        return embedded(PROJECT, entity, next(r for r in entity.relations if r.name == relation))

    assert whole("OrderLine", "order")  # its readers own the order
    assert whole("OrderLine", "product")
    assert not whole("Shipment", "note")  # another's private order
    assert not whole("Product", "maker")  # a user
    assert not whole("Product", "category")  # read by anyone, categories by users only
    assert not whole("Review", "line")


def test_generated_views_and_tests_follow_the_chain() -> None:
    files = plan(PROJECT)
    views = files["apps/shop/views.py"]
    assert 'owner_field = "line__order__buyer"' in views
    assert 'read_access = "public"' in views
    assert "return queryset.filter(pk=user.pk)" in views  # users see their own account
    tests = files["apps/shop/tests/test_permissions.py"]
    assert "def test_shipment_rows_under_another_users_line_are_hidden" in tests
    assert "def test_order_line_owner_writes_under_their_order" in tests
    assert "another = OrderFactory.create(buyer=parent.buyer)" in tests
    assert (
        "def test_signed_in_users_without_a_role_cannot_write"
        in files["apps/shop/tests/test_tag.py"]
    )
    assert "def test_anonymous_cannot_read" not in files["apps/shop/tests/test_product.py"]
    serializers = files["apps/shop/serializers.py"]
    detail = serializers.split("class ProductDetailSerializer")[1].split("class Meta")[0]
    assert "maker = Reference(read_only=True)" in detail
