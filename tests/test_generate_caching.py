"""Response caching: the `cache` option, who depends on whom, and what the generator writes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from djgen.errors import DjgenError
from djgen.export import to_yaml
from djgen.frontends.document import SpecDocument
from djgen.frontends.source_map import SourceMap
from djgen.generators import caching, plan
from djgen.load import load, load_data
from djgen.lowering import policy
from djgen.lowering.imports import Import
from djgen.model import DEFAULT_CACHE_TIMEOUT, Project
from djgen.resolve import resolve

EXAMPLES = Path(__file__).parent.parent / "examples"

BLOG = {
    "project": "blog",
    "entities": {
        "User": {"user": True},
        "Category": {"fields": {"name": "String"}},
        "Tag": {"fields": {"name": "String"}, "cache": {"timeout": 60}},
        "Post": {
            "fields": {
                "title": "String",
                "author": {"type": "User"},
                "category": {"type": "Category", "required": False},
                "tags": {"type": "List~Tag~", "required": False},
            }
        },
        "Comment": {"fields": {"body": "Text", "post": {"type": "Post"}}},
        "Setting": {"fields": {"key": "String"}, "cache": False},
    },
}


def build(spec: dict) -> Project:
    project, _ = resolve(SpecDocument.model_validate(spec), SourceMap("t.yaml"))
    return project


@pytest.fixture(scope="module")
def blog() -> Project:
    return build(BLOG)


def test_the_cache_option_sets_the_timeout_or_turns_caching_off(blog: Project) -> None:
    timeouts = {e.name: e.cache_timeout for e in blog.entities}
    assert timeouts["Post"] == DEFAULT_CACHE_TIMEOUT
    assert timeouts["Tag"] == 60
    assert timeouts["Setting"] is None
    assert not policy.cached(blog, blog.entity("Setting"))
    assert policy.cached(blog, blog.entity("Tag"))


def test_the_cache_option_round_trips_through_yaml(blog: Project) -> None:
    again = load_data(to_yaml(blog).encode(), "again.yaml").project
    assert again.canonical_json() == blog.canonical_json()


def test_a_timeout_below_one_second_is_refused_where_it_is_written(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("project: x\nentities:\n  Thing:\n    cache: {timeout: 0}\n")
    with pytest.raises(DjgenError) as raised:
        load(spec)
    (problem,) = raised.value.diagnostics
    assert problem.code == "DJG105"
    assert "greater than or equal to 1" in problem.message
    assert (problem.loc.line, problem.loc.col) == (4, 22)


def test_an_entity_depends_on_what_it_embeds_and_what_points_at_it(blog: Project) -> None:
    depends = {e.name: caching.depends_on(blog, e) for e in blog.concrete_entities}
    assert depends["Post"] == {"Post", "User", "Category", "Tag", "Comment"}
    assert depends["Tag"] == {"Tag", "Post"}  # a tag counts its posts
    assert depends["Category"] == {"Category", "Post"}
    assert depends["Setting"] == {"Setting"}


def test_a_write_invalidates_exactly_the_entities_that_show_it(blog: Project) -> None:
    dependents = caching.dependents(blog)
    assert dependents["blog.Category"] == ("blog.Category", "blog.Post")
    assert dependents["blog.Comment"] == ("blog.Post", "blog.Comment")  # a post counts them
    # Never cached itself, but the per-entity cache manager still versions it.
    assert dependents["blog.Setting"] == ("blog.Setting",)


def test_multi_table_inheritance_shares_rows_both_ways() -> None:
    project = build(
        {
            "project": "zoo",
            "entities": {
                "Animal": {"fields": {"name": "String"}},
                "Dog": {"extends": "Animal", "fields": {"breed": "String"}},
                "Keeper": {"fields": {"name": "String"}},
            },
        }
    )
    assert caching.depends_on(project, project.entity("Animal")) == {"Animal", "Dog"}
    assert caching.depends_on(project, project.entity("Dog")) == {"Animal", "Dog"}
    assert caching.dependents(project)["zoo.Dog"] == ("zoo.Animal", "zoo.Dog")


def test_answers_depend_on_the_user_for_the_user_and_owned_entities() -> None:
    project = build(
        {
            "project": "notes",
            "entities": {
                "Note": {"fields": {"text": "Text", "writer": {"type": "User"}}, "owner": "writer"},
                "Memo": {
                    "fields": {"text": "Text", "writer": {"type": "User"}},
                    "owner": "writer",
                    "visibility": "all",
                },
                "Topic": {"fields": {"name": "String"}},
            },
        }
    )
    assert policy.per_user(project, project.user)
    assert policy.per_user(project, project.entity("Note"))
    # every signed-in user reads them all
    assert not policy.per_user(project, project.entity("Memo"))
    assert not policy.per_user(project, project.entity("Topic"))


def test_the_generated_project_caches_what_the_spec_says(blog: Project) -> None:
    files = plan(blog)
    views = files["apps/blog/views.py"]
    assert re.search(r"class PostViewSet\(\s*CachedResponseMixin,", views)
    assert not re.search(r"class SettingViewSet\(\s*CachedResponseMixin,", views)
    rules = ast.literal_eval(
        files["apps/core/cache_rules.py"].split("TIMEOUTS = ", 1)[1].split("\n\n", 1)[0]
    )
    assert rules["blog.Tag"] == 60
    assert "blog.Setting" not in rules
    assert "signals.connect()" in files["apps/core/apps.py"]
    assert '"api/v1/cache/stats/"' in files["config/urls.py"]
    assert "apps/blog/tests/test_cache.py" in files
    for path in (*caching.FILES, "apps/core/cache_rules.py", "apps/blog/tests/test_cache.py"):
        if path.endswith(".py"):
            ast.parse(files[path])


def test_features_cache_none_turns_caching_off() -> None:
    project = build({**BLOG, "features": {"cache": "none"}})
    files = plan(project)
    assert not [path for path in files if "cache" in path.rsplit("/", 1)[-1]]
    assert "CachedResponseMixin" not in files["apps/blog/views.py"]
    assert "signals" not in files["apps/core/apps.py"]
    assert "cache/stats" not in files["config/urls.py"]
    assert "ReadYourWritesMiddleware" not in files["config/settings/base.py"]


def test_a_client_that_wrote_is_never_served_an_answer_older_than_its_write(
    blog: Project,
) -> None:
    files = plan(blog)
    assert '"apps.core.cache.ReadYourWritesMiddleware"' in files["config/settings/base.py"]
    cache = files["apps/core/cache.py"]
    assert "class ReadYourWritesMiddleware:" in cache
    assert "response_key(request, label), answer, client(request)" in cache
    tests = files["apps/core/tests/test_cache.py"]
    assert "def test_a_writer_waits_for_the_answer_that_shows_its_write():" in tests


def test_every_example_with_a_cache_caches_its_entities() -> None:
    for example in ("blog.mmd", "shop.yaml", "kitchen-sink.md"):
        project = load(EXAMPLES / example).project
        cached = [e for e in project.concrete_entities if policy.cached(project, e)]
        assert cached, example
        files = caching.generate(project)
        assert {f"apps/{e.app}/tests/test_cache.py" for e in cached} <= set(files), example


def test_the_tracker_example_turns_the_cache_off() -> None:
    project = load(EXAMPLES / "tracker.mmd").project
    assert not [e for e in project.concrete_entities if policy.cached(project, e)]
    assert not any(path.endswith("test_cache.py") for path in caching.generate(project))


def test_a_diagrams_front_matter_sets_the_cache_option() -> None:
    diagram = (
        "---\ndjgen:\n  entities:\n    Tag: {cache: false}\n    Post: {cache: {timeout: 30}}\n"
        "---\nclassDiagram\n    class Tag {\n        name: String\n    }\n"
        "    class Post {\n        title: String\n    }\n"
    )
    project = load_data(diagram.encode(), "blog.mmd").project
    assert project.entity("Tag").cache_timeout is None
    assert project.entity("Post").cache_timeout == 30


def test_a_cache_test_module_imports_the_factories_it_uses(blog: Project) -> None:
    post = caching.cached_entity(blog, blog.entity("Post"))
    imports = caching.cache_test_imports(blog, [post])
    factories = {i.name for i in imports if i.module.endswith(".factories")}
    assert {"PostFactory", "CategoryFactory"} <= factories  # its own and what it embeds
    assert Import("apps.core.testing", "clear_cache") in imports
