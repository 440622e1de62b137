from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import Category, Comment, Post, Tag, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    fieldsets = (
        *(BaseUserAdmin.fieldsets or ()),
        ("Details", {"fields": ["bio", "website"]}),
    )
    add_fieldsets = (
        *(BaseUserAdmin.add_fieldsets or ()),
        ("Details", {"fields": ["bio", "website"]}),
    )


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug", "description"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name"]
    search_fields = ["name"]


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "author", "category", "slug", "excerpt"]
    list_select_related = ["author", "category"]
    list_filter = [
        "status",
        "published_at",
        "created_at",
        "updated_at",
        "author",
        "category",
    ]
    search_fields = ["title", "content"]
    autocomplete_fields = ["tags", "author", "category"]
    readonly_fields = ["created_at", "updated_at"]
    date_hierarchy = "created_at"


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "approved", "post", "author", "created_at"]
    list_select_related = ["post", "author"]
    list_filter = ["approved", "created_at", "post", "author"]
    search_fields = ["body"]
    autocomplete_fields = ["post", "author"]
    readonly_fields = ["created_at"]
    date_hierarchy = "created_at"
