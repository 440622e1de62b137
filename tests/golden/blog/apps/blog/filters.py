"""Query filters of the Blog API, named as django-filter names them:
`?field=`, `?field__lookup=`, `?field__in=a,b`."""

from apps.core.filters import (
    BOOLEAN_LOOKUPS,
    COMPARISON_LOOKUPS,
    DATE_LOOKUPS,
    EQUALITY_LOOKUPS,
    TEXT_LOOKUPS,
    FilterSet,
)

from .models import Category, Comment, Post, Tag, User


class UserFilter(FilterSet):
    class Meta:
        model = User
        fields = {
            "username": TEXT_LOOKUPS,
            "date_joined": DATE_LOOKUPS,
            "bio": TEXT_LOOKUPS,
            "website": TEXT_LOOKUPS,
        }


class CategoryFilter(FilterSet):
    class Meta:
        model = Category
        fields = {
            "name": TEXT_LOOKUPS,
            "slug": TEXT_LOOKUPS,
            "description": TEXT_LOOKUPS,
        }


class TagFilter(FilterSet):
    class Meta:
        model = Tag
        fields = {
            "name": TEXT_LOOKUPS,
        }


class PostFilter(FilterSet):
    class Meta:
        model = Post
        fields = {
            "title": TEXT_LOOKUPS,
            "slug": TEXT_LOOKUPS,
            "content": TEXT_LOOKUPS,
            "excerpt": TEXT_LOOKUPS,
            "status": EQUALITY_LOOKUPS,
            "rating": [*COMPARISON_LOOKUPS, "isnull"],
            "view_count": COMPARISON_LOOKUPS,
            "published_at": [*DATE_LOOKUPS, "isnull"],
            "created_at": DATE_LOOKUPS,
            "updated_at": DATE_LOOKUPS,
            "tags": EQUALITY_LOOKUPS,
            "author": EQUALITY_LOOKUPS,
            "category": [*EQUALITY_LOOKUPS, "isnull"],
        }


class CommentFilter(FilterSet):
    class Meta:
        model = Comment
        fields = {
            "body": TEXT_LOOKUPS,
            "approved": BOOLEAN_LOOKUPS,
            "created_at": DATE_LOOKUPS,
            "post": EQUALITY_LOOKUPS,
            "author": EQUALITY_LOOKUPS,
        }
