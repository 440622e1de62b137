"""Query plans and read serializers derived from the domain model, on the rich project of the
model tests."""

from __future__ import annotations

from djgen.lowering import queries
from djgen.lowering.imports import Imports
from djgen.lowering.queries import Prefetch
from djgen.lowering.values import source
from djgen.model import Project
from djgen.vocabulary import PkType
from tests import test_generate_models as shared

rich = shared.rich


def test_a_list_joins_single_relations_and_prefetches_display_columns(rich: Project) -> None:
    plan = queries.list_plan(rich, rich.entity("Post"))
    assert plan.select_related == ("author", "editor", "category")
    assert plan.prefetch == (
        Prefetch("tags", rich.entity("Tag"), ("label",)),
        Prefetch("readers", rich.entity("User"), ("username",)),
    )
    assert plan.counts == ()
    assert plan.loads and plan.queries == 3
    assert plan.source("Post") == (
        'Post.objects.select_related("author", "editor", "category").prefetch_related('
        'Prefetch("tags", queryset=Tag.objects.only("label")), '
        'Prefetch("readers", queryset=User.objects.only("username")))'
    )


def test_a_list_reads_the_text_of_each_related_row_from_its_display_columns(
    rich: Project,
) -> None:
    assert queries.reference_columns(rich, rich.entity("Post")) == (
        ("author", ("username",)),
        ("editor", ("username",)),
        ("category", queries.display_columns(rich, rich.entity("Category"))),
        ("tags", ("label",)),
        ("readers", ("username",)),
    )
    assert queries.reference_columns(rich, rich.entity("User")) == ()


def test_a_plan_without_relations_is_all(rich: Project) -> None:
    plan = queries.list_plan(rich, rich.entity("User"))
    assert plan == queries.QueryPlan()
    assert not plan.loads  # the viewset's own queryset serves
    assert plan.source("User") == "User.objects.all()"


def test_a_detail_loads_nested_keys_and_counts_reverse_relations(rich: Project) -> None:
    post = queries.detail_plan(rich, rich.entity("Post"))
    assert post.select_related == ("author", "editor", "category")
    assert [p.path for p in post.prefetch] == ["tags", "readers", "tags__related"]
    assert post.prefetch[2].only == ("pk",)
    assert [(c.name, c.holder.name, c.field) for c in post.counts] == [
        ("readings", "Reading", "post")
    ]
    assert 'readings_count=related_count(Reading, "post")' in post.source("Post")


def test_reverse_relations_of_the_user_include_through_and_one_to_one(rich: Project) -> None:
    user = queries.detail_plan(rich, rich.entity("User"))
    assert user.select_related == ("profile",)  # a reverse one-to-one joins
    assert [c.name for c in user.counts] == [
        "posts",
        "edited_posts",
        "posts_as_readers",
        "readings",
    ]
    assert {e.name for e in user.models} == {"Post", "Reading"}


def test_a_self_relation_is_counted_on_its_own_entity(rich: Project) -> None:
    counts = queries.detail_plan(rich, rich.entity("Category")).counts
    assert ("children", "Category", "parent") in [(c.name, c.holder.name, c.field) for c in counts]


def test_an_inherited_relation_is_reversed_once(rich: Project) -> None:
    """Book inherits Product's key to Category: the table that holds it is Product's."""
    holders = [r.holder.name for r in queries.reverse_relations(rich, rich.entity("Category"))]
    assert holders.count("Product") == 1
    assert "Book" not in holders
    assert queries.list_plan(rich, rich.entity("Book")).select_related == ("category",)


def test_a_multi_table_child_has_its_roots_key(rich: Project) -> None:
    assert queries.key_type(rich, rich.entity("Book")) is rich.entity("Product").pk_type
    assert queries.key_type(rich, rich.entity("Post")) is PkType.UUID


def test_nested_routes_use_the_parents_key_converter(rich: Project) -> None:
    assert [r.path for r in queries.nested_routes(rich, rich.entity("Post"))] == [
        "posts/<uuid:parent_pk>/readings/"
    ]
    users = queries.nested_routes(rich, rich.entity("User"))
    assert [r.name for r in users] == [
        "user-posts",
        "user-edited-posts",
        "user-posts-as-readers",
        "user-readings",
    ]
    assert users[1].path == "users/<int:parent_pk>/edited-posts/"


def test_read_serializers_show_references_then_objects(rich: Project) -> None:
    listed, detailed = queries.read_serializers(
        rich, rich.entity("Post"), ("id", "title", "from", "author", "editor", "tags")
    )
    declared = _declared(listed)
    assert declared["editor"] == "Reference(read_only=True, allow_null=True)"
    assert declared["tags"] == "Reference(many=True, read_only=True)"
    assert listed.extra_kwargs == (("from", (("source", "from_value"),)),)
    assert listed.depth == 0
    assert source(detailed.base, Imports()) == "DetailSerializer" and detailed.depth == 1
    assert _declared(detailed) == {  # users are references: their email is theirs
        "author": "Reference(read_only=True)",
        "editor": "Reference(read_only=True, allow_null=True)",
        "readings": 'RelatedList(view_name="blog:post-readings")',
    }
    assert detailed.fields[-1] == "readings"
    reading, _ = queries.read_serializers(rich, rich.entity("Reading"), ("id", "post"))
    assert _declared(reading)["post"] == "UUIDReference(read_only=True)"
    _, user = queries.read_serializers(rich, rich.entity("User"), ("id",))
    assert _declared(user)["profile"] == "Reference(read_only=True, allow_null=True)"


def _declared(serializer: queries.ReadSerializer) -> dict[str, str]:
    imports = Imports()
    declared = {name: source(decl, imports) for name, decl in serializer.declared}
    assert {i.module for i in imports} == {"apps.core.serializers"}
    return declared
