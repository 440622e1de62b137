"""Hostile input to the Blog endpoints: every query parameter of every list
answers each hostile value without a server error, the values that cannot be compared are
refused with a 400, a key no row can have is not found, and a write refuses each value of a
field's type no database stores."""

from urllib.parse import quote

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.blog.factories import CategoryFactory, CommentFactory, PostFactory, TagFactory
from apps.core import hostile
from apps.core.testing import api_payload

pytestmark = pytest.mark.django_db

USER_URL = reverse_lazy("blog:user-list")

CATEGORY_URL = reverse_lazy("blog:category-list")

TAG_URL = reverse_lazy("blog:tag-list")

POST_URL = reverse_lazy("blog:post-list")

COMMENT_URL = reverse_lazy("blog:comment-list")

LIST_PARAMETERS = [
    pytest.param(USER_URL, "username", id="user-username"),
    pytest.param(USER_URL, "username__iexact", id="user-username__iexact"),
    pytest.param(USER_URL, "username__icontains", id="user-username__icontains"),
    pytest.param(USER_URL, "username__istartswith", id="user-username__istartswith"),
    pytest.param(USER_URL, "username__in", id="user-username__in"),
    pytest.param(USER_URL, "date_joined", id="user-date_joined"),
    pytest.param(USER_URL, "date_joined__lt", id="user-date_joined__lt"),
    pytest.param(USER_URL, "date_joined__lte", id="user-date_joined__lte"),
    pytest.param(USER_URL, "date_joined__gt", id="user-date_joined__gt"),
    pytest.param(USER_URL, "date_joined__gte", id="user-date_joined__gte"),
    pytest.param(USER_URL, "date_joined__range", id="user-date_joined__range"),
    pytest.param(USER_URL, "date_joined__year", id="user-date_joined__year"),
    pytest.param(USER_URL, "date_joined__month", id="user-date_joined__month"),
    pytest.param(USER_URL, "bio", id="user-bio"),
    pytest.param(USER_URL, "bio__iexact", id="user-bio__iexact"),
    pytest.param(USER_URL, "bio__icontains", id="user-bio__icontains"),
    pytest.param(USER_URL, "bio__istartswith", id="user-bio__istartswith"),
    pytest.param(USER_URL, "bio__in", id="user-bio__in"),
    pytest.param(USER_URL, "website", id="user-website"),
    pytest.param(USER_URL, "website__iexact", id="user-website__iexact"),
    pytest.param(USER_URL, "website__icontains", id="user-website__icontains"),
    pytest.param(USER_URL, "website__istartswith", id="user-website__istartswith"),
    pytest.param(USER_URL, "website__in", id="user-website__in"),
    pytest.param(USER_URL, "search", id="user-search"),
    pytest.param(USER_URL, "ordering", id="user-ordering"),
    pytest.param(USER_URL, "page", id="user-page"),
    pytest.param(USER_URL, "page_size", id="user-page_size"),
    pytest.param(CATEGORY_URL, "name", id="category-name"),
    pytest.param(CATEGORY_URL, "name__iexact", id="category-name__iexact"),
    pytest.param(CATEGORY_URL, "name__icontains", id="category-name__icontains"),
    pytest.param(CATEGORY_URL, "name__istartswith", id="category-name__istartswith"),
    pytest.param(CATEGORY_URL, "name__in", id="category-name__in"),
    pytest.param(CATEGORY_URL, "slug", id="category-slug"),
    pytest.param(CATEGORY_URL, "slug__iexact", id="category-slug__iexact"),
    pytest.param(CATEGORY_URL, "slug__icontains", id="category-slug__icontains"),
    pytest.param(CATEGORY_URL, "slug__istartswith", id="category-slug__istartswith"),
    pytest.param(CATEGORY_URL, "slug__in", id="category-slug__in"),
    pytest.param(CATEGORY_URL, "description", id="category-description"),
    pytest.param(
        CATEGORY_URL, "description__iexact", id="category-description__iexact"
    ),
    pytest.param(
        CATEGORY_URL, "description__icontains", id="category-description__icontains"
    ),
    pytest.param(
        CATEGORY_URL, "description__istartswith", id="category-description__istartswith"
    ),
    pytest.param(CATEGORY_URL, "description__in", id="category-description__in"),
    pytest.param(CATEGORY_URL, "search", id="category-search"),
    pytest.param(CATEGORY_URL, "ordering", id="category-ordering"),
    pytest.param(CATEGORY_URL, "page", id="category-page"),
    pytest.param(CATEGORY_URL, "page_size", id="category-page_size"),
    pytest.param(TAG_URL, "name", id="tag-name"),
    pytest.param(TAG_URL, "name__iexact", id="tag-name__iexact"),
    pytest.param(TAG_URL, "name__icontains", id="tag-name__icontains"),
    pytest.param(TAG_URL, "name__istartswith", id="tag-name__istartswith"),
    pytest.param(TAG_URL, "name__in", id="tag-name__in"),
    pytest.param(TAG_URL, "search", id="tag-search"),
    pytest.param(TAG_URL, "ordering", id="tag-ordering"),
    pytest.param(TAG_URL, "page", id="tag-page"),
    pytest.param(TAG_URL, "page_size", id="tag-page_size"),
    pytest.param(POST_URL, "title", id="post-title"),
    pytest.param(POST_URL, "title__iexact", id="post-title__iexact"),
    pytest.param(POST_URL, "title__icontains", id="post-title__icontains"),
    pytest.param(POST_URL, "title__istartswith", id="post-title__istartswith"),
    pytest.param(POST_URL, "title__in", id="post-title__in"),
    pytest.param(POST_URL, "slug", id="post-slug"),
    pytest.param(POST_URL, "slug__iexact", id="post-slug__iexact"),
    pytest.param(POST_URL, "slug__icontains", id="post-slug__icontains"),
    pytest.param(POST_URL, "slug__istartswith", id="post-slug__istartswith"),
    pytest.param(POST_URL, "slug__in", id="post-slug__in"),
    pytest.param(POST_URL, "content", id="post-content"),
    pytest.param(POST_URL, "content__iexact", id="post-content__iexact"),
    pytest.param(POST_URL, "content__icontains", id="post-content__icontains"),
    pytest.param(POST_URL, "content__istartswith", id="post-content__istartswith"),
    pytest.param(POST_URL, "content__in", id="post-content__in"),
    pytest.param(POST_URL, "excerpt", id="post-excerpt"),
    pytest.param(POST_URL, "excerpt__iexact", id="post-excerpt__iexact"),
    pytest.param(POST_URL, "excerpt__icontains", id="post-excerpt__icontains"),
    pytest.param(POST_URL, "excerpt__istartswith", id="post-excerpt__istartswith"),
    pytest.param(POST_URL, "excerpt__in", id="post-excerpt__in"),
    pytest.param(POST_URL, "status", id="post-status"),
    pytest.param(POST_URL, "status__in", id="post-status__in"),
    pytest.param(POST_URL, "rating", id="post-rating"),
    pytest.param(POST_URL, "rating__lt", id="post-rating__lt"),
    pytest.param(POST_URL, "rating__lte", id="post-rating__lte"),
    pytest.param(POST_URL, "rating__gt", id="post-rating__gt"),
    pytest.param(POST_URL, "rating__gte", id="post-rating__gte"),
    pytest.param(POST_URL, "rating__range", id="post-rating__range"),
    pytest.param(POST_URL, "rating__isnull", id="post-rating__isnull"),
    pytest.param(POST_URL, "view_count", id="post-view_count"),
    pytest.param(POST_URL, "view_count__lt", id="post-view_count__lt"),
    pytest.param(POST_URL, "view_count__lte", id="post-view_count__lte"),
    pytest.param(POST_URL, "view_count__gt", id="post-view_count__gt"),
    pytest.param(POST_URL, "view_count__gte", id="post-view_count__gte"),
    pytest.param(POST_URL, "view_count__range", id="post-view_count__range"),
    pytest.param(POST_URL, "published_at", id="post-published_at"),
    pytest.param(POST_URL, "published_at__lt", id="post-published_at__lt"),
    pytest.param(POST_URL, "published_at__lte", id="post-published_at__lte"),
    pytest.param(POST_URL, "published_at__gt", id="post-published_at__gt"),
    pytest.param(POST_URL, "published_at__gte", id="post-published_at__gte"),
    pytest.param(POST_URL, "published_at__range", id="post-published_at__range"),
    pytest.param(POST_URL, "published_at__year", id="post-published_at__year"),
    pytest.param(POST_URL, "published_at__month", id="post-published_at__month"),
    pytest.param(POST_URL, "published_at__isnull", id="post-published_at__isnull"),
    pytest.param(POST_URL, "created_at", id="post-created_at"),
    pytest.param(POST_URL, "created_at__lt", id="post-created_at__lt"),
    pytest.param(POST_URL, "created_at__lte", id="post-created_at__lte"),
    pytest.param(POST_URL, "created_at__gt", id="post-created_at__gt"),
    pytest.param(POST_URL, "created_at__gte", id="post-created_at__gte"),
    pytest.param(POST_URL, "created_at__range", id="post-created_at__range"),
    pytest.param(POST_URL, "created_at__year", id="post-created_at__year"),
    pytest.param(POST_URL, "created_at__month", id="post-created_at__month"),
    pytest.param(POST_URL, "updated_at", id="post-updated_at"),
    pytest.param(POST_URL, "updated_at__lt", id="post-updated_at__lt"),
    pytest.param(POST_URL, "updated_at__lte", id="post-updated_at__lte"),
    pytest.param(POST_URL, "updated_at__gt", id="post-updated_at__gt"),
    pytest.param(POST_URL, "updated_at__gte", id="post-updated_at__gte"),
    pytest.param(POST_URL, "updated_at__range", id="post-updated_at__range"),
    pytest.param(POST_URL, "updated_at__year", id="post-updated_at__year"),
    pytest.param(POST_URL, "updated_at__month", id="post-updated_at__month"),
    pytest.param(POST_URL, "tags", id="post-tags"),
    pytest.param(POST_URL, "tags__in", id="post-tags__in"),
    pytest.param(POST_URL, "author", id="post-author"),
    pytest.param(POST_URL, "author__in", id="post-author__in"),
    pytest.param(POST_URL, "category", id="post-category"),
    pytest.param(POST_URL, "category__in", id="post-category__in"),
    pytest.param(POST_URL, "category__isnull", id="post-category__isnull"),
    pytest.param(POST_URL, "search", id="post-search"),
    pytest.param(POST_URL, "ordering", id="post-ordering"),
    pytest.param(POST_URL, "cursor", id="post-cursor"),
    pytest.param(POST_URL, "page_size", id="post-page_size"),
    pytest.param(COMMENT_URL, "body", id="comment-body"),
    pytest.param(COMMENT_URL, "body__iexact", id="comment-body__iexact"),
    pytest.param(COMMENT_URL, "body__icontains", id="comment-body__icontains"),
    pytest.param(COMMENT_URL, "body__istartswith", id="comment-body__istartswith"),
    pytest.param(COMMENT_URL, "body__in", id="comment-body__in"),
    pytest.param(COMMENT_URL, "approved", id="comment-approved"),
    pytest.param(COMMENT_URL, "created_at", id="comment-created_at"),
    pytest.param(COMMENT_URL, "created_at__lt", id="comment-created_at__lt"),
    pytest.param(COMMENT_URL, "created_at__lte", id="comment-created_at__lte"),
    pytest.param(COMMENT_URL, "created_at__gt", id="comment-created_at__gt"),
    pytest.param(COMMENT_URL, "created_at__gte", id="comment-created_at__gte"),
    pytest.param(COMMENT_URL, "created_at__range", id="comment-created_at__range"),
    pytest.param(COMMENT_URL, "created_at__year", id="comment-created_at__year"),
    pytest.param(COMMENT_URL, "created_at__month", id="comment-created_at__month"),
    pytest.param(COMMENT_URL, "post", id="comment-post"),
    pytest.param(COMMENT_URL, "post__in", id="comment-post__in"),
    pytest.param(COMMENT_URL, "author", id="comment-author"),
    pytest.param(COMMENT_URL, "author__in", id="comment-author__in"),
    pytest.param(COMMENT_URL, "search", id="comment-search"),
    pytest.param(COMMENT_URL, "ordering", id="comment-ordering"),
    pytest.param(COMMENT_URL, "page", id="comment-page"),
    pytest.param(COMMENT_URL, "page_size", id="comment-page_size"),
]

REFUSED_QUERIES = [
    pytest.param(USER_URL, "username", hostile.NUL, id="user-username-nul"),
    pytest.param(
        USER_URL, "username__iexact", hostile.NUL, id="user-username__iexact-nul"
    ),
    pytest.param(
        USER_URL, "username__icontains", hostile.NUL, id="user-username__icontains-nul"
    ),
    pytest.param(
        USER_URL,
        "username__istartswith",
        hostile.NUL,
        id="user-username__istartswith-nul",
    ),
    pytest.param(USER_URL, "date_joined", hostile.NUL, id="user-date_joined-nul"),
    pytest.param(
        USER_URL, "date_joined__lt", hostile.NUL, id="user-date_joined__lt-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__lte", hostile.NUL, id="user-date_joined__lte-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__gt", hostile.NUL, id="user-date_joined__gt-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__gte", hostile.NUL, id="user-date_joined__gte-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__range", hostile.NUL, id="user-date_joined__range-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__year", hostile.NUL, id="user-date_joined__year-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__month", hostile.NUL, id="user-date_joined__month-nul"
    ),
    pytest.param(
        USER_URL,
        "date_joined__lt",
        hostile.LATEST_DATETIME,
        id="user-date_joined__lt-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lt",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__lt-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lte",
        hostile.LATEST_DATETIME,
        id="user-date_joined__lte-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lte",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__lte-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gt",
        hostile.LATEST_DATETIME,
        id="user-date_joined__gt-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gt",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__gt-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gte",
        hostile.LATEST_DATETIME,
        id="user-date_joined__gte-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gte",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__gte-earliest_datetime",
    ),
    pytest.param(USER_URL, "bio", hostile.NUL, id="user-bio-nul"),
    pytest.param(USER_URL, "bio__iexact", hostile.NUL, id="user-bio__iexact-nul"),
    pytest.param(USER_URL, "bio__icontains", hostile.NUL, id="user-bio__icontains-nul"),
    pytest.param(
        USER_URL, "bio__istartswith", hostile.NUL, id="user-bio__istartswith-nul"
    ),
    pytest.param(USER_URL, "website", hostile.NUL, id="user-website-nul"),
    pytest.param(
        USER_URL, "website__iexact", hostile.NUL, id="user-website__iexact-nul"
    ),
    pytest.param(
        USER_URL, "website__icontains", hostile.NUL, id="user-website__icontains-nul"
    ),
    pytest.param(
        USER_URL,
        "website__istartswith",
        hostile.NUL,
        id="user-website__istartswith-nul",
    ),
    pytest.param(USER_URL, "search", hostile.NUL, id="user-search-nul"),
    pytest.param(USER_URL, "search", hostile.MANY_WORDS, id="user-search-many_words"),
    pytest.param(USER_URL, "search", hostile.LONG_WORD, id="user-search-long_word"),
    pytest.param(USER_URL, "ordering", hostile.NUL, id="user-ordering-nul"),
    pytest.param(CATEGORY_URL, "name", hostile.NUL, id="category-name-nul"),
    pytest.param(
        CATEGORY_URL, "name__iexact", hostile.NUL, id="category-name__iexact-nul"
    ),
    pytest.param(
        CATEGORY_URL, "name__icontains", hostile.NUL, id="category-name__icontains-nul"
    ),
    pytest.param(
        CATEGORY_URL,
        "name__istartswith",
        hostile.NUL,
        id="category-name__istartswith-nul",
    ),
    pytest.param(CATEGORY_URL, "slug", hostile.NUL, id="category-slug-nul"),
    pytest.param(
        CATEGORY_URL, "slug__iexact", hostile.NUL, id="category-slug__iexact-nul"
    ),
    pytest.param(
        CATEGORY_URL, "slug__icontains", hostile.NUL, id="category-slug__icontains-nul"
    ),
    pytest.param(
        CATEGORY_URL,
        "slug__istartswith",
        hostile.NUL,
        id="category-slug__istartswith-nul",
    ),
    pytest.param(
        CATEGORY_URL, "description", hostile.NUL, id="category-description-nul"
    ),
    pytest.param(
        CATEGORY_URL,
        "description__iexact",
        hostile.NUL,
        id="category-description__iexact-nul",
    ),
    pytest.param(
        CATEGORY_URL,
        "description__icontains",
        hostile.NUL,
        id="category-description__icontains-nul",
    ),
    pytest.param(
        CATEGORY_URL,
        "description__istartswith",
        hostile.NUL,
        id="category-description__istartswith-nul",
    ),
    pytest.param(CATEGORY_URL, "search", hostile.NUL, id="category-search-nul"),
    pytest.param(
        CATEGORY_URL, "search", hostile.MANY_WORDS, id="category-search-many_words"
    ),
    pytest.param(
        CATEGORY_URL, "search", hostile.LONG_WORD, id="category-search-long_word"
    ),
    pytest.param(CATEGORY_URL, "ordering", hostile.NUL, id="category-ordering-nul"),
    pytest.param(TAG_URL, "name", hostile.NUL, id="tag-name-nul"),
    pytest.param(TAG_URL, "name__iexact", hostile.NUL, id="tag-name__iexact-nul"),
    pytest.param(TAG_URL, "name__icontains", hostile.NUL, id="tag-name__icontains-nul"),
    pytest.param(
        TAG_URL, "name__istartswith", hostile.NUL, id="tag-name__istartswith-nul"
    ),
    pytest.param(TAG_URL, "search", hostile.NUL, id="tag-search-nul"),
    pytest.param(TAG_URL, "search", hostile.MANY_WORDS, id="tag-search-many_words"),
    pytest.param(TAG_URL, "search", hostile.LONG_WORD, id="tag-search-long_word"),
    pytest.param(TAG_URL, "ordering", hostile.NUL, id="tag-ordering-nul"),
    pytest.param(POST_URL, "title", hostile.NUL, id="post-title-nul"),
    pytest.param(POST_URL, "title__iexact", hostile.NUL, id="post-title__iexact-nul"),
    pytest.param(
        POST_URL, "title__icontains", hostile.NUL, id="post-title__icontains-nul"
    ),
    pytest.param(
        POST_URL, "title__istartswith", hostile.NUL, id="post-title__istartswith-nul"
    ),
    pytest.param(POST_URL, "slug", hostile.NUL, id="post-slug-nul"),
    pytest.param(POST_URL, "slug__iexact", hostile.NUL, id="post-slug__iexact-nul"),
    pytest.param(
        POST_URL, "slug__icontains", hostile.NUL, id="post-slug__icontains-nul"
    ),
    pytest.param(
        POST_URL, "slug__istartswith", hostile.NUL, id="post-slug__istartswith-nul"
    ),
    pytest.param(POST_URL, "content", hostile.NUL, id="post-content-nul"),
    pytest.param(
        POST_URL, "content__iexact", hostile.NUL, id="post-content__iexact-nul"
    ),
    pytest.param(
        POST_URL, "content__icontains", hostile.NUL, id="post-content__icontains-nul"
    ),
    pytest.param(
        POST_URL,
        "content__istartswith",
        hostile.NUL,
        id="post-content__istartswith-nul",
    ),
    pytest.param(POST_URL, "excerpt", hostile.NUL, id="post-excerpt-nul"),
    pytest.param(
        POST_URL, "excerpt__iexact", hostile.NUL, id="post-excerpt__iexact-nul"
    ),
    pytest.param(
        POST_URL, "excerpt__icontains", hostile.NUL, id="post-excerpt__icontains-nul"
    ),
    pytest.param(
        POST_URL,
        "excerpt__istartswith",
        hostile.NUL,
        id="post-excerpt__istartswith-nul",
    ),
    pytest.param(POST_URL, "status", hostile.NUL, id="post-status-nul"),
    pytest.param(POST_URL, "rating", hostile.NUL, id="post-rating-nul"),
    pytest.param(POST_URL, "rating__lt", hostile.NUL, id="post-rating__lt-nul"),
    pytest.param(POST_URL, "rating__lte", hostile.NUL, id="post-rating__lte-nul"),
    pytest.param(POST_URL, "rating__gt", hostile.NUL, id="post-rating__gt-nul"),
    pytest.param(POST_URL, "rating__gte", hostile.NUL, id="post-rating__gte-nul"),
    pytest.param(POST_URL, "rating__range", hostile.NUL, id="post-rating__range-nul"),
    pytest.param(POST_URL, "rating__isnull", hostile.NUL, id="post-rating__isnull-nul"),
    pytest.param(POST_URL, "view_count", hostile.NUL, id="post-view_count-nul"),
    pytest.param(POST_URL, "view_count__lt", hostile.NUL, id="post-view_count__lt-nul"),
    pytest.param(
        POST_URL, "view_count__lte", hostile.NUL, id="post-view_count__lte-nul"
    ),
    pytest.param(POST_URL, "view_count__gt", hostile.NUL, id="post-view_count__gt-nul"),
    pytest.param(
        POST_URL, "view_count__gte", hostile.NUL, id="post-view_count__gte-nul"
    ),
    pytest.param(
        POST_URL, "view_count__range", hostile.NUL, id="post-view_count__range-nul"
    ),
    pytest.param(POST_URL, "published_at", hostile.NUL, id="post-published_at-nul"),
    pytest.param(
        POST_URL, "published_at__lt", hostile.NUL, id="post-published_at__lt-nul"
    ),
    pytest.param(
        POST_URL, "published_at__lte", hostile.NUL, id="post-published_at__lte-nul"
    ),
    pytest.param(
        POST_URL, "published_at__gt", hostile.NUL, id="post-published_at__gt-nul"
    ),
    pytest.param(
        POST_URL, "published_at__gte", hostile.NUL, id="post-published_at__gte-nul"
    ),
    pytest.param(
        POST_URL, "published_at__range", hostile.NUL, id="post-published_at__range-nul"
    ),
    pytest.param(
        POST_URL, "published_at__year", hostile.NUL, id="post-published_at__year-nul"
    ),
    pytest.param(
        POST_URL, "published_at__month", hostile.NUL, id="post-published_at__month-nul"
    ),
    pytest.param(
        POST_URL,
        "published_at__isnull",
        hostile.NUL,
        id="post-published_at__isnull-nul",
    ),
    pytest.param(
        POST_URL,
        "published_at__lt",
        hostile.LATEST_DATETIME,
        id="post-published_at__lt-latest_datetime",
    ),
    pytest.param(
        POST_URL,
        "published_at__lt",
        hostile.EARLIEST_DATETIME,
        id="post-published_at__lt-earliest_datetime",
    ),
    pytest.param(
        POST_URL,
        "published_at__lte",
        hostile.LATEST_DATETIME,
        id="post-published_at__lte-latest_datetime",
    ),
    pytest.param(
        POST_URL,
        "published_at__lte",
        hostile.EARLIEST_DATETIME,
        id="post-published_at__lte-earliest_datetime",
    ),
    pytest.param(
        POST_URL,
        "published_at__gt",
        hostile.LATEST_DATETIME,
        id="post-published_at__gt-latest_datetime",
    ),
    pytest.param(
        POST_URL,
        "published_at__gt",
        hostile.EARLIEST_DATETIME,
        id="post-published_at__gt-earliest_datetime",
    ),
    pytest.param(
        POST_URL,
        "published_at__gte",
        hostile.LATEST_DATETIME,
        id="post-published_at__gte-latest_datetime",
    ),
    pytest.param(
        POST_URL,
        "published_at__gte",
        hostile.EARLIEST_DATETIME,
        id="post-published_at__gte-earliest_datetime",
    ),
    pytest.param(POST_URL, "created_at", hostile.NUL, id="post-created_at-nul"),
    pytest.param(POST_URL, "created_at__lt", hostile.NUL, id="post-created_at__lt-nul"),
    pytest.param(
        POST_URL, "created_at__lte", hostile.NUL, id="post-created_at__lte-nul"
    ),
    pytest.param(POST_URL, "created_at__gt", hostile.NUL, id="post-created_at__gt-nul"),
    pytest.param(
        POST_URL, "created_at__gte", hostile.NUL, id="post-created_at__gte-nul"
    ),
    pytest.param(
        POST_URL, "created_at__range", hostile.NUL, id="post-created_at__range-nul"
    ),
    pytest.param(
        POST_URL, "created_at__year", hostile.NUL, id="post-created_at__year-nul"
    ),
    pytest.param(
        POST_URL, "created_at__month", hostile.NUL, id="post-created_at__month-nul"
    ),
    pytest.param(
        POST_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="post-created_at__lt-latest_datetime",
    ),
    pytest.param(
        POST_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="post-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        POST_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="post-created_at__lte-latest_datetime",
    ),
    pytest.param(
        POST_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="post-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        POST_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="post-created_at__gt-latest_datetime",
    ),
    pytest.param(
        POST_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="post-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        POST_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="post-created_at__gte-latest_datetime",
    ),
    pytest.param(
        POST_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="post-created_at__gte-earliest_datetime",
    ),
    pytest.param(POST_URL, "updated_at", hostile.NUL, id="post-updated_at-nul"),
    pytest.param(POST_URL, "updated_at__lt", hostile.NUL, id="post-updated_at__lt-nul"),
    pytest.param(
        POST_URL, "updated_at__lte", hostile.NUL, id="post-updated_at__lte-nul"
    ),
    pytest.param(POST_URL, "updated_at__gt", hostile.NUL, id="post-updated_at__gt-nul"),
    pytest.param(
        POST_URL, "updated_at__gte", hostile.NUL, id="post-updated_at__gte-nul"
    ),
    pytest.param(
        POST_URL, "updated_at__range", hostile.NUL, id="post-updated_at__range-nul"
    ),
    pytest.param(
        POST_URL, "updated_at__year", hostile.NUL, id="post-updated_at__year-nul"
    ),
    pytest.param(
        POST_URL, "updated_at__month", hostile.NUL, id="post-updated_at__month-nul"
    ),
    pytest.param(
        POST_URL,
        "updated_at__lt",
        hostile.LATEST_DATETIME,
        id="post-updated_at__lt-latest_datetime",
    ),
    pytest.param(
        POST_URL,
        "updated_at__lt",
        hostile.EARLIEST_DATETIME,
        id="post-updated_at__lt-earliest_datetime",
    ),
    pytest.param(
        POST_URL,
        "updated_at__lte",
        hostile.LATEST_DATETIME,
        id="post-updated_at__lte-latest_datetime",
    ),
    pytest.param(
        POST_URL,
        "updated_at__lte",
        hostile.EARLIEST_DATETIME,
        id="post-updated_at__lte-earliest_datetime",
    ),
    pytest.param(
        POST_URL,
        "updated_at__gt",
        hostile.LATEST_DATETIME,
        id="post-updated_at__gt-latest_datetime",
    ),
    pytest.param(
        POST_URL,
        "updated_at__gt",
        hostile.EARLIEST_DATETIME,
        id="post-updated_at__gt-earliest_datetime",
    ),
    pytest.param(
        POST_URL,
        "updated_at__gte",
        hostile.LATEST_DATETIME,
        id="post-updated_at__gte-latest_datetime",
    ),
    pytest.param(
        POST_URL,
        "updated_at__gte",
        hostile.EARLIEST_DATETIME,
        id="post-updated_at__gte-earliest_datetime",
    ),
    pytest.param(POST_URL, "tags", hostile.NUL, id="post-tags-nul"),
    pytest.param(POST_URL, "author", hostile.NUL, id="post-author-nul"),
    pytest.param(POST_URL, "category", hostile.NUL, id="post-category-nul"),
    pytest.param(
        POST_URL, "category__isnull", hostile.NUL, id="post-category__isnull-nul"
    ),
    pytest.param(POST_URL, "search", hostile.NUL, id="post-search-nul"),
    pytest.param(POST_URL, "search", hostile.MANY_WORDS, id="post-search-many_words"),
    pytest.param(POST_URL, "search", hostile.LONG_WORD, id="post-search-long_word"),
    pytest.param(POST_URL, "ordering", hostile.NUL, id="post-ordering-nul"),
    pytest.param(
        POST_URL, "cursor", hostile.FORGED_CURSORS[0], id="post-cursor-forged_cursors0"
    ),
    pytest.param(
        POST_URL, "cursor", hostile.FORGED_CURSORS[1], id="post-cursor-forged_cursors1"
    ),
    pytest.param(
        POST_URL, "cursor", hostile.FORGED_CURSORS[2], id="post-cursor-forged_cursors2"
    ),
    pytest.param(
        POST_URL, "cursor", hostile.FORGED_CURSORS[3], id="post-cursor-forged_cursors3"
    ),
    pytest.param(
        POST_URL, "cursor", hostile.FORGED_CURSORS[4], id="post-cursor-forged_cursors4"
    ),
    pytest.param(COMMENT_URL, "body", hostile.NUL, id="comment-body-nul"),
    pytest.param(
        COMMENT_URL, "body__iexact", hostile.NUL, id="comment-body__iexact-nul"
    ),
    pytest.param(
        COMMENT_URL, "body__icontains", hostile.NUL, id="comment-body__icontains-nul"
    ),
    pytest.param(
        COMMENT_URL,
        "body__istartswith",
        hostile.NUL,
        id="comment-body__istartswith-nul",
    ),
    pytest.param(COMMENT_URL, "approved", hostile.NUL, id="comment-approved-nul"),
    pytest.param(COMMENT_URL, "created_at", hostile.NUL, id="comment-created_at-nul"),
    pytest.param(
        COMMENT_URL, "created_at__lt", hostile.NUL, id="comment-created_at__lt-nul"
    ),
    pytest.param(
        COMMENT_URL, "created_at__lte", hostile.NUL, id="comment-created_at__lte-nul"
    ),
    pytest.param(
        COMMENT_URL, "created_at__gt", hostile.NUL, id="comment-created_at__gt-nul"
    ),
    pytest.param(
        COMMENT_URL, "created_at__gte", hostile.NUL, id="comment-created_at__gte-nul"
    ),
    pytest.param(
        COMMENT_URL,
        "created_at__range",
        hostile.NUL,
        id="comment-created_at__range-nul",
    ),
    pytest.param(
        COMMENT_URL, "created_at__year", hostile.NUL, id="comment-created_at__year-nul"
    ),
    pytest.param(
        COMMENT_URL,
        "created_at__month",
        hostile.NUL,
        id="comment-created_at__month-nul",
    ),
    pytest.param(
        COMMENT_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="comment-created_at__lt-latest_datetime",
    ),
    pytest.param(
        COMMENT_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="comment-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        COMMENT_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="comment-created_at__lte-latest_datetime",
    ),
    pytest.param(
        COMMENT_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="comment-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        COMMENT_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="comment-created_at__gt-latest_datetime",
    ),
    pytest.param(
        COMMENT_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="comment-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        COMMENT_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="comment-created_at__gte-latest_datetime",
    ),
    pytest.param(
        COMMENT_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="comment-created_at__gte-earliest_datetime",
    ),
    pytest.param(COMMENT_URL, "post", hostile.NUL, id="comment-post-nul"),
    pytest.param(COMMENT_URL, "author", hostile.NUL, id="comment-author-nul"),
    pytest.param(COMMENT_URL, "search", hostile.NUL, id="comment-search-nul"),
    pytest.param(
        COMMENT_URL, "search", hostile.MANY_WORDS, id="comment-search-many_words"
    ),
    pytest.param(
        COMMENT_URL, "search", hostile.LONG_WORD, id="comment-search-long_word"
    ),
    pytest.param(COMMENT_URL, "ordering", hostile.NUL, id="comment-ordering-nul"),
]


@pytest.mark.parametrize(("url", "parameter"), LIST_PARAMETERS)
def test_list_parameter_survives_hostile_values(admin_client, url, parameter):
    answers = {
        value[:40]: admin_client.get(url, {parameter: value})
        for value in hostile.QUERY_VALUES
    }
    failed = {
        value: response.status_code
        for value, response in answers.items()
        if response.status_code >= 500
        or (response.status_code >= 400 and not hostile.is_enveloped(response))
    }
    assert not failed


@pytest.mark.parametrize(("url", "parameter", "value"), REFUSED_QUERIES)
def test_list_refuses(admin_client, url, parameter, value):
    response = admin_client.get(url, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.content
    assert parameter in response.json()["error"]["details"]


# The paths that carry a key: a list path, then the key, then what follows it.
KEYED_PATHS = [
    pytest.param(USER_URL, "", id="user-detail"),
    pytest.param(USER_URL, "posts/", id="user-posts"),
    pytest.param(USER_URL, "comments/", id="user-comments"),
    pytest.param(CATEGORY_URL, "", id="category-detail"),
    pytest.param(CATEGORY_URL, "posts/", id="category-posts"),
    pytest.param(TAG_URL, "", id="tag-detail"),
    pytest.param(TAG_URL, "posts/", id="tag-posts"),
    pytest.param(POST_URL, "", id="post-detail"),
    pytest.param(POST_URL, "comments/", id="post-comments"),
    pytest.param(COMMENT_URL, "", id="comment-detail"),
]


@pytest.mark.parametrize(("url", "suffix"), KEYED_PATHS)
def test_a_hostile_key_is_not_found(admin_client, url, suffix):
    answers = {
        key[:40]: admin_client.get(f"{url}{quote(key, safe='')}/{suffix}")
        for key in hostile.KEYS
    }
    failed = {
        key: response.status_code
        for key, response in answers.items()
        if response.status_code != status.HTTP_404_NOT_FOUND
    }
    assert not failed


CATEGORY_FIELDS = {
    "name": "name",
    "slug": "slug",
    "description": "description",
}

TAG_FIELDS = {
    "name": "name",
}

POST_FIELDS = {
    "title": "title",
    "slug": "slug",
    "content": "content",
    "excerpt": "excerpt",
    "status": "status",
    "rating": "rating",
    "view_count": "view_count",
    "published_at": "published_at",
    "tags": "tags",
    "category": "category",
}

COMMENT_FIELDS = {
    "body": "body",
    "approved": "approved",
    "post": "post",
}

REFUSED_VALUES = [
    pytest.param(
        CategoryFactory,
        CATEGORY_FIELDS,
        CATEGORY_URL,
        "name",
        hostile.NUL,
        id="category-name-nul",
    ),
    pytest.param(
        CategoryFactory,
        CATEGORY_FIELDS,
        CATEGORY_URL,
        "name",
        hostile.SURROGATE,
        id="category-name-surrogate",
    ),
    pytest.param(
        CategoryFactory,
        CATEGORY_FIELDS,
        CATEGORY_URL,
        "slug",
        hostile.NUL,
        id="category-slug-nul",
    ),
    pytest.param(
        CategoryFactory,
        CATEGORY_FIELDS,
        CATEGORY_URL,
        "slug",
        hostile.SURROGATE,
        id="category-slug-surrogate",
    ),
    pytest.param(
        CategoryFactory,
        CATEGORY_FIELDS,
        CATEGORY_URL,
        "description",
        hostile.NUL,
        id="category-description-nul",
    ),
    pytest.param(
        CategoryFactory,
        CATEGORY_FIELDS,
        CATEGORY_URL,
        "description",
        hostile.SURROGATE,
        id="category-description-surrogate",
    ),
    pytest.param(
        TagFactory, TAG_FIELDS, TAG_URL, "name", hostile.NUL, id="tag-name-nul"
    ),
    pytest.param(
        TagFactory,
        TAG_FIELDS,
        TAG_URL,
        "name",
        hostile.SURROGATE,
        id="tag-name-surrogate",
    ),
    pytest.param(
        PostFactory, POST_FIELDS, POST_URL, "title", hostile.NUL, id="post-title-nul"
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "title",
        hostile.SURROGATE,
        id="post-title-surrogate",
    ),
    pytest.param(
        PostFactory, POST_FIELDS, POST_URL, "slug", hostile.NUL, id="post-slug-nul"
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "slug",
        hostile.SURROGATE,
        id="post-slug-surrogate",
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "content",
        hostile.NUL,
        id="post-content-nul",
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "content",
        hostile.SURROGATE,
        id="post-content-surrogate",
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "excerpt",
        hostile.NUL,
        id="post-excerpt-nul",
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "excerpt",
        hostile.SURROGATE,
        id="post-excerpt-surrogate",
    ),
    pytest.param(
        PostFactory, POST_FIELDS, POST_URL, "status", hostile.NUL, id="post-status-nul"
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "status",
        hostile.SURROGATE,
        id="post-status-surrogate",
    ),
    pytest.param(
        PostFactory, POST_FIELDS, POST_URL, "rating", hostile.NUL, id="post-rating-nul"
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "rating",
        hostile.SURROGATE,
        id="post-rating-surrogate",
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "rating",
        hostile.HUGE_NUMBER,
        id="post-rating-huge_number",
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "view_count",
        hostile.NUL,
        id="post-view_count-nul",
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "view_count",
        hostile.SURROGATE,
        id="post-view_count-surrogate",
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "view_count",
        hostile.HUGE_NUMBER,
        id="post-view_count-huge_number",
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "published_at",
        hostile.NUL,
        id="post-published_at-nul",
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "published_at",
        hostile.SURROGATE,
        id="post-published_at-surrogate",
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "published_at",
        hostile.LATEST_DATETIME,
        id="post-published_at-latest_datetime",
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "published_at",
        hostile.EARLIEST_DATETIME,
        id="post-published_at-earliest_datetime",
    ),
    pytest.param(
        PostFactory, POST_FIELDS, POST_URL, "tags", hostile.NUL, id="post-tags-nul"
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "tags",
        hostile.SURROGATE,
        id="post-tags-surrogate",
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "category",
        hostile.NUL,
        id="post-category-nul",
    ),
    pytest.param(
        PostFactory,
        POST_FIELDS,
        POST_URL,
        "category",
        hostile.SURROGATE,
        id="post-category-surrogate",
    ),
    pytest.param(
        CommentFactory,
        COMMENT_FIELDS,
        COMMENT_URL,
        "body",
        hostile.NUL,
        id="comment-body-nul",
    ),
    pytest.param(
        CommentFactory,
        COMMENT_FIELDS,
        COMMENT_URL,
        "body",
        hostile.SURROGATE,
        id="comment-body-surrogate",
    ),
    pytest.param(
        CommentFactory,
        COMMENT_FIELDS,
        COMMENT_URL,
        "approved",
        hostile.NUL,
        id="comment-approved-nul",
    ),
    pytest.param(
        CommentFactory,
        COMMENT_FIELDS,
        COMMENT_URL,
        "approved",
        hostile.SURROGATE,
        id="comment-approved-surrogate",
    ),
    pytest.param(
        CommentFactory,
        COMMENT_FIELDS,
        COMMENT_URL,
        "post",
        hostile.NUL,
        id="comment-post-nul",
    ),
    pytest.param(
        CommentFactory,
        COMMENT_FIELDS,
        COMMENT_URL,
        "post",
        hostile.SURROGATE,
        id="comment-post-surrogate",
    ),
]


@pytest.mark.parametrize(
    ("factory", "fields", "url", "api_name", "value"), REFUSED_VALUES
)
def test_write_refuses(admin_client, factory, fields, url, api_name, value):
    body = {
        name: sent
        for name, sent in api_payload(factory, fields).items()
        if isinstance(sent, str | int | float | bool | list | dict)
    }
    body[api_name] = value
    response = admin_client.generic(
        "POST", url, hostile.as_json(body), content_type="application/json"
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.content
    assert api_name in response.json()["error"]["details"]
    assert admin_client.get(url).status_code == status.HTTP_200_OK
