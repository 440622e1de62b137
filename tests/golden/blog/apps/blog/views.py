from rest_framework import permissions, viewsets

from apps.core.pagination import CursorPagination, PageNumberPagination

from .models import Category, Comment, Post, Tag, User
from .serializers import (
    CategorySerializer,
    CommentSerializer,
    PostSerializer,
    TagSerializer,
    UserSerializer,
)


class UserViewSet(viewsets.ReadOnlyModelViewSet):
    """Users, for signed-in clients only; accounts change through authentication."""

    queryset = User.objects.all()
    serializer_class = UserSerializer
    permission_classes = [permissions.IsAuthenticated]
    pagination_class = PageNumberPagination
    search_fields = ["bio"]
    ordering_fields = ["id", "username", "date_joined", "bio", "website"]
    ordering = ["pk"]


class CategoryViewSet(viewsets.ModelViewSet):
    queryset = Category.objects.all()
    serializer_class = CategorySerializer
    pagination_class = PageNumberPagination
    search_fields = ["name", "slug", "description"]
    ordering_fields = ["id", "name", "slug", "description"]
    ordering = ["pk"]


class TagViewSet(viewsets.ModelViewSet):
    queryset = Tag.objects.all()
    serializer_class = TagSerializer
    pagination_class = PageNumberPagination
    search_fields = ["name"]
    ordering_fields = ["id", "name"]
    ordering = ["pk"]


class PostViewSet(viewsets.ModelViewSet):
    queryset = Post.objects.select_related("author", "category").prefetch_related(
        "tags"
    )
    serializer_class = PostSerializer
    pagination_class = CursorPagination
    filterset_fields = ["status", "author", "category"]
    search_fields = ["title", "content"]
    ordering_fields = [
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
    ]
    ordering = ["-published_at", "pk"]


class CommentViewSet(viewsets.ModelViewSet):
    queryset = Comment.objects.select_related("post", "author")
    serializer_class = CommentSerializer
    pagination_class = PageNumberPagination
    filterset_fields = ["approved", "post", "author"]
    search_fields = ["body"]
    ordering_fields = ["id", "body", "approved", "created_at"]
    ordering = ["-created_at", "pk"]
