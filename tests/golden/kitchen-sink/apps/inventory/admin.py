from django.contrib import admin

from .models import Asset, Vehicle


@admin.register(Asset)
class AssetAdmin(admin.ModelAdmin):
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
    search_fields = ["name", "notes"]
    autocomplete_fields = ["member", "room"]
    readonly_fields = ["created_at", "updated_at"]
    date_hierarchy = "created_at"


@admin.register(Vehicle)
class VehicleAdmin(admin.ModelAdmin):
    list_display = ["name", "driver", "created_at", "updated_at", "plate", "seats"]
    list_select_related = ["driver"]
    list_filter = ["created_at", "updated_at", "driver"]
    search_fields = ["name", "notes", "plate"]
    autocomplete_fields = ["driver"]
    readonly_fields = ["created_at", "updated_at"]
    date_hierarchy = "created_at"
