"""The limit of Django for the blog example's post answers, as `benchmarks/api.py` compares
the generated endpoints with it: plain views that read with `values()` queries only, shape the
rows in a loop and encode them with the project's JSON renderer, answering exactly what the
generated endpoints answer."""

from __future__ import annotations

import base64
from collections import defaultdict
from typing import Any
from urllib.parse import urlencode

GENERATED_URL = "/api/v1/posts/"
# What the post list shows of a post, in its order: the columns read as they are...
POST_COLUMNS = (
    "id",
    "title",
    "slug",
    "content",
    "excerpt",
    "status",
    "rating",
    "view_count",
    "published_at",
    "created_at",
    "updated_at",
)
# ... and the references, as (key column, display column).
POST_REFERENCES = {
    "author": ("author_id", "author__username"),
    "category": ("category_id", "category__name"),
}
# What the post detail shows of the rows it embeds, one level deep.
CATEGORY_COLUMNS, TAG_COLUMNS = ("id", "name", "slug", "description"), ("id", "name")


def shown(value: Any) -> Any:
    """A column's value as DRF's fields show it: text for keys, decimals and times."""
    from datetime import datetime
    from decimal import Decimal
    from uuid import UUID

    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, UUID | Decimal):
        return str(value)
    return value


def limit_view(request: Any) -> Any:
    """The post list's first page as the generated endpoint answers it, read with two
    `values()` queries and shaped in one loop."""
    from apps.blog.models import Post
    from apps.core.renderers import JSONRenderer
    from django.http import HttpResponse

    size = int(request.GET["page_size"])
    page = list(
        Post.objects.order_by("-created_at", "pk").values(
            *POST_COLUMNS, *(column for pair in POST_REFERENCES.values() for column in pair)
        )[: size + 1]
    )
    more, page = len(page) > size, page[:size]
    tags: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    links = Post.tags.through.objects.filter(post_id__in=[row["id"] for row in page])
    for post, tag, name in links.order_by("tag_id").values_list("post_id", "tag_id", "tag__name"):
        tags[post].append({"id": tag, "display": name})
    results = []
    for row in page:
        item = {name: shown(row[name]) for name in POST_COLUMNS}
        item["tags"] = tags[row["id"]]
        for name, (key, display) in POST_REFERENCES.items():
            item[name] = None if row[key] is None else {"id": row[key], "display": row[display]}
        results.append(item)
    cursor = urlencode({"p": str(page[-1]["created_at"])})
    query = urlencode({"cursor": base64.b64encode(cursor.encode()).decode(), "page_size": size})
    answer = {
        "next": request.build_absolute_uri(f"{request.path}?{query}") if more else None,
        "previous": None,
        "results": results,
    }
    return HttpResponse(JSONRenderer().render(answer), content_type="application/json")


def limit_detail_view(request: Any, pk: str) -> Any:
    """One post as the generated endpoint answers it: the post, its author's name, its
    category and its count of comments in one `values()` query, its tags in another."""
    from apps.blog.models import Comment, Post
    from apps.core.renderers import JSONRenderer
    from django.db.models import Count, IntegerField, OuterRef, Subquery
    from django.db.models.functions import Coalesce
    from django.http import HttpResponse

    comments = Comment.objects.filter(post=OuterRef("pk")).order_by().values("post")
    counted = comments.annotate(count=Count("pk")).values("count")
    row = Post.objects.values(
        *POST_COLUMNS,
        "author_id",
        "author__username",
        *(f"category__{name}" for name in CATEGORY_COLUMNS),
        comments_count=Coalesce(Subquery(counted, output_field=IntegerField()), 0),
    ).get(pk=pk)
    links = Post.tags.through.objects.filter(post_id=pk).order_by("tag_id")
    tags = links.values_list(*(f"tag__{name}" for name in TAG_COLUMNS))
    answer = {name: shown(row[name]) for name in POST_COLUMNS}
    answer["tags"] = [dict(zip(TAG_COLUMNS, tag, strict=True)) for tag in tags]
    answer["author"] = {"id": row["author_id"], "display": row["author__username"]}
    category = {name: row[f"category__{name}"] for name in CATEGORY_COLUMNS}
    answer["category"] = None if category["id"] is None else category
    answer["comments"] = {
        "count": row["comments_count"],
        "url": request.build_absolute_uri(f"{GENERATED_URL}{row['id']}/comments/"),
    }
    return HttpResponse(JSONRenderer().render(answer), content_type="application/json")
