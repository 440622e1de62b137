from rest_framework import serializers

from .models import Category, Comment, Post, Tag, User


class UserSerializer(serializers.ModelSerializer):
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


class CategorySerializer(serializers.ModelSerializer):
    class Meta:
        model = Category
        fields = ["id", "name", "slug", "description"]


class TagSerializer(serializers.ModelSerializer):
    class Meta:
        model = Tag
        fields = ["id", "name"]


class PostSerializer(serializers.ModelSerializer):
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
        read_only_fields = ["created_at", "updated_at"]


class CommentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Comment
        fields = ["id", "body", "approved", "created_at", "post", "author"]
        read_only_fields = ["created_at"]
