from django.db.models import Prefetch, QuerySet
from rest_framework import permissions, viewsets

from apps.core.cache import CachedResponseMixin
from apps.core.ownership import OwnedViewSetMixin
from apps.core.pagination import CursorPagination, PageNumberPagination
from apps.core.permissions import AccessPolicy, IsOwnerOrAdmin, ReadOnly
from apps.core.viewsets import RelationalViewSetMixin, related_count

from .filters import CategoryFilter, CommentFilter, PostFilter, TagFilter, UserFilter
from .models import Category, Comment, Post, Tag, User
from .serializers import (
    CategoryDetailSerializer,
    CategoryListSerializer,
    CategorySerializer,
    CommentDetailSerializer,
    CommentListSerializer,
    CommentSerializer,
    PostDetailSerializer,
    PostListSerializer,
    PostSerializer,
    TagDetailSerializer,
    TagListSerializer,
    TagSerializer,
    UserDetailSerializer,
    UserListSerializer,
    UserSerializer,
)


class UserViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ReadOnlyModelViewSet
):
    """Users, for signed-in clients only: staff see every account, others their own. Accounts
    change through authentication."""

    queryset = User.objects.all()
    detail_queryset = User.objects.annotate(
        posts_count=related_count(Post, "author"),
        comments_count=related_count(Comment, "author"),
    )
    serializer_class = UserSerializer
    list_serializer_class = UserListSerializer
    detail_serializer_class = UserDetailSerializer
    permission_classes = [permissions.IsAuthenticated]
    pagination_class = PageNumberPagination
    filterset_class = UserFilter
    search_fields = ["bio"]
    ordering_fields = ["id", "username", "date_joined", "bio", "website"]
    ordering = ["pk"]

    def get_queryset(self) -> QuerySet[User]:
        queryset = super().get_queryset()
        user = self.request.user
        if user.is_staff or getattr(self, "swagger_fake_view", False):
            return queryset
        return queryset.filter(pk=user.pk)


class CategoryViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Category.objects.all()
    detail_queryset = Category.objects.annotate(
        posts_count=related_count(Post, "category")
    )
    serializer_class = CategorySerializer
    list_serializer_class = CategoryListSerializer
    detail_serializer_class = CategoryDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "public"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = CategoryFilter
    search_fields = ["name", "slug", "description"]
    ordering_fields = ["id", "name", "slug", "description"]
    ordering = ["pk"]


class TagViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Tag.objects.all()
    detail_queryset = Tag.objects.annotate(posts_count=related_count(Post, "tags"))
    serializer_class = TagSerializer
    list_serializer_class = TagListSerializer
    detail_serializer_class = TagDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "public"
    write_access = "staff"
    required_roles = {
        "create": ["editor"],
        "update": ["editor"],
        "delete": ["editor"],
    }
    pagination_class = PageNumberPagination
    filterset_class = TagFilter
    search_fields = ["name"]
    ordering_fields = ["id", "name"]
    ordering = ["pk"]


class PostViewSet(
    CachedResponseMixin,
    OwnedViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = Post.objects.all()
    list_queryset = Post.objects.select_related("author", "category").prefetch_related(
        Prefetch("tags", queryset=Tag.objects.only("name"))
    )
    detail_queryset = (
        Post.objects.select_related("author", "category")
        .prefetch_related("tags")
        .annotate(comments_count=related_count(Comment, "post"))
    )
    reference_columns = {
        "tags": ["name"],
        "author": ["username"],
        "category": ["name"],
    }
    serializer_class = PostSerializer
    list_serializer_class = PostListSerializer
    detail_serializer_class = PostDetailSerializer
    permission_classes = [AccessPolicy, IsOwnerOrAdmin | ReadOnly]
    read_access = "public"
    write_access = "users"
    owner_field = "author"
    owner_visibility = "all"
    pagination_class = CursorPagination
    filterset_class = PostFilter
    search_fields = ["title", "content"]
    ordering_fields = [
        "id",
        "title",
        "slug",
        "content",
        "excerpt",
        "status",
        "view_count",
        "created_at",
        "updated_at",
    ]
    ordering = ["-created_at", "pk"]


class CommentViewSet(
    CachedResponseMixin,
    OwnedViewSetMixin,
    RelationalViewSetMixin,
    viewsets.ModelViewSet,
):
    queryset = Comment.objects.all()
    list_queryset = Comment.objects.select_related("post", "author")
    detail_queryset = Comment.objects.select_related("post", "author").prefetch_related(
        Prefetch("post__tags", queryset=Tag.objects.only("pk"))
    )
    reference_columns = {
        "post": ["title"],
        "author": ["username"],
    }
    serializer_class = CommentSerializer
    list_serializer_class = CommentListSerializer
    detail_serializer_class = CommentDetailSerializer
    permission_classes = [AccessPolicy, IsOwnerOrAdmin | ReadOnly]
    read_access = "public"
    write_access = "users"
    owner_field = "author"
    owner_visibility = "all"
    pagination_class = PageNumberPagination
    filterset_class = CommentFilter
    search_fields = ["body"]
    ordering_fields = ["id", "body", "approved", "created_at"]
    ordering = ["-created_at", "pk"]
