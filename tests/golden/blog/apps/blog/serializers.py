from rest_framework import serializers

from apps.core.serializers import (
    DetailSerializer,
    Reference,
    RelatedList,
    UUIDReference,
    WriteSerializer,
)
from apps.core.write_roles import WriteRolesSerializer

from .models import Category, Comment, Post, Tag, User


class UserSerializer(WriteSerializer):
    """The public view of a user: never the password nor the permissions."""

    class Meta:
        model = User
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
            "bio",
            "website",
        ]
        read_only_fields = ["date_joined", "is_staff"]


class UserListSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
            "bio",
            "website",
        ]


class UserDetailSerializer(DetailSerializer):
    posts = RelatedList(view_name="blog:user-posts")
    comments = RelatedList(view_name="blog:user-comments")

    class Meta:
        model = User
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
            "bio",
            "website",
            "posts",
            "comments",
        ]


class CategorySerializer(WriteSerializer):
    class Meta:
        model = Category
        fields = ["id", "name", "slug", "description"]


class CategoryListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Category
        fields = ["id", "name", "slug", "description"]


class CategoryDetailSerializer(DetailSerializer):
    posts = RelatedList(view_name="blog:category-posts")

    class Meta:
        model = Category
        fields = ["id", "name", "slug", "description", "posts"]


class TagSerializer(WriteSerializer):
    class Meta:
        model = Tag
        fields = ["id", "name"]


class TagListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Tag
        fields = ["id", "name"]


class TagDetailSerializer(DetailSerializer):
    posts = RelatedList(view_name="blog:tag-posts")

    class Meta:
        model = Tag
        fields = ["id", "name", "posts"]


class PostSerializer(WriteRolesSerializer):
    class Meta:
        model = Post
        fields = [
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
            "tags",
            "author",
            "category",
        ]
        read_only_fields = ["created_at", "updated_at", "author"]
        extra_kwargs = {
            "status": {
                "help_text": "Only staff, or members of editor, may set or change it."
            },
        }
        # Only staff, or staff and the members of the roles listed, set or change these.
        write_roles: dict[str, list[str]] = {
            "status": ["editor"],
        }


class PostListSerializer(serializers.ModelSerializer):
    tags = Reference(many=True, read_only=True)
    author = Reference(read_only=True)
    category = Reference(read_only=True, allow_null=True)

    class Meta:
        model = Post
        fields = [
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
            "tags",
            "author",
            "category",
        ]


class PostDetailSerializer(DetailSerializer):
    author = Reference(read_only=True)
    comments = RelatedList(view_name="blog:post-comments")

    class Meta:
        model = Post
        fields = [
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
            "tags",
            "author",
            "category",
            "comments",
        ]
        depth = 1


class CommentSerializer(WriteRolesSerializer):
    class Meta:
        model = Comment
        fields = ["id", "body", "approved", "created_at", "post", "author"]
        read_only_fields = ["created_at", "author"]
        extra_kwargs = {
            "approved": {"help_text": "Only staff may set or change it."},
        }
        # Only staff, or staff and the members of the roles listed, set or change these.
        write_roles: dict[str, list[str]] = {
            "approved": [],
        }


class CommentListSerializer(serializers.ModelSerializer):
    post = UUIDReference(read_only=True)
    author = Reference(read_only=True)

    class Meta:
        model = Comment
        fields = ["id", "body", "approved", "created_at", "post", "author"]


class CommentDetailSerializer(DetailSerializer):
    author = Reference(read_only=True)

    class Meta:
        model = Comment
        fields = ["id", "body", "approved", "created_at", "post", "author"]
        depth = 1
