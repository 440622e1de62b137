from django.contrib import admin

from .models import Project, Sprint


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["name", "archived", "key", "created_at"]
    list_filter = ["archived", "created_at"]
    search_fields = ["key", "name", "description"]
    readonly_fields = ["created_at"]
    date_hierarchy = "created_at"


@admin.register(Sprint)
class SprintAdmin(admin.ModelAdmin):
    list_display = ["name", "project", "starts_on", "ends_on"]
    list_select_related = ["project"]
    list_filter = ["starts_on", "ends_on", "project"]
    search_fields = ["name", "goal"]
    autocomplete_fields = ["project"]
