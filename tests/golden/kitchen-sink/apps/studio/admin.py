from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import Camera, Folder, Member, Statement, Stewardship


@admin.register(Member)
class MemberAdmin(BaseUserAdmin):
    fieldsets = (
        *(BaseUserAdmin.fieldsets or ()),
        ("Details", {"fields": ["display_name", "bio", "avatar", "mentors"]}),
    )
    add_fieldsets = (
        *(BaseUserAdmin.add_fieldsets or ()),
        ("Details", {"fields": ["display_name", "bio", "avatar", "mentors"]}),
    )
    autocomplete_fields = ["mentors"]


@admin.register(Folder)
class FolderAdmin(admin.ModelAdmin):
    list_display = ["name", "parent"]
    list_select_related = ["parent"]
    list_filter = ["parent"]
    search_fields = ["name"]
    autocomplete_fields = ["parent"]


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["__str__", "holder", "total", "issued_on"]
    list_select_related = ["holder"]
    list_filter = ["issued_on", "holder"]
    search_fields = ["id"]
    autocomplete_fields = ["holder"]


@admin.register(Camera)
class CameraAdmin(admin.ModelAdmin):
    list_display = ["name", "active", "condition", "size", "member", "room"]
    list_select_related = ["member", "room"]
    list_filter = [
        "created_at",
        "updated_at",
        "active",
        "purchased_on",
        "condition",
        "size",
        "member",
        "room",
    ]
    search_fields = ["name", "notes", "serial", "contact", "from_value", "class_value"]
    autocomplete_fields = ["member", "room"]
    readonly_fields = ["created_at", "updated_at"]
    date_hierarchy = "created_at"


@admin.register(Stewardship)
class StewardshipAdmin(admin.ModelAdmin):
    list_display = ["__str__", "lead", "room", "member", "since"]
    list_select_related = ["room", "member"]
    list_filter = ["since", "lead", "room", "member"]
    search_fields = ["id"]
    autocomplete_fields = ["room", "member"]
