from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import Activity, Issue, Label, User


@admin.register(Issue)
class IssueAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "project", "sprint", "parent", "assignee"]
    list_select_related = ["project", "sprint", "parent", "assignee"]
    list_filter = [
        "kind",
        "created_at",
        "updated_at",
        "project",
        "sprint",
        "parent",
        "assignee",
        "reporter",
    ]
    search_fields = ["title", "description"]
    autocomplete_fields = [
        "project",
        "sprint",
        "parent",
        "labels",
        "assignee",
        "reporter",
    ]
    readonly_fields = ["created_at", "updated_at"]
    date_hierarchy = "created_at"


@admin.register(Label)
class LabelAdmin(admin.ModelAdmin):
    list_display = ["name", "color"]
    search_fields = ["name", "color"]


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin):
    list_display = ["message", "issue", "created_at"]
    list_select_related = ["issue"]
    list_filter = ["created_at", "issue"]
    search_fields = ["message"]
    autocomplete_fields = ["issue"]
    readonly_fields = ["created_at"]
    date_hierarchy = "created_at"


admin.site.register(User, UserAdmin)
