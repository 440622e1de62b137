from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import Material, Room, Speaker, Sponsor, Tag, Talk, User

admin.site.register(User, UserAdmin)


@admin.register(Room)
class RoomAdmin(admin.ModelAdmin):
    list_display = ["name", "accessible", "seats", "floor"]
    list_filter = ["accessible"]
    search_fields = ["name"]


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["full_name", "account", "email", "photo", "rating", "fee"]
    list_select_related = ["account"]
    list_filter = ["account"]
    search_fields = ["full_name", "email", "biography"]
    autocomplete_fields = ["account"]


@admin.register(Talk)
class TalkAdmin(admin.ModelAdmin):
    list_display = ["title", "level", "format", "language", "speaker", "room"]
    list_select_related = ["speaker", "room"]
    list_filter = [
        "level",
        "format",
        "language",
        "day",
        "submitted_at",
        "published_at",
        "speaker",
        "room",
        "reviewer",
    ]
    search_fields = ["title"]
    autocomplete_fields = ["speaker", "room", "reviewer", "tags"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["label"]
    search_fields = ["label"]


@admin.register(Material)
class MaterialAdmin(admin.ModelAdmin):
    list_display = ["name", "talk", "file"]
    list_select_related = ["talk"]
    list_filter = ["talk"]
    search_fields = ["name"]
    autocomplete_fields = ["talk"]


@admin.register(Sponsor)
class SponsorAdmin(admin.ModelAdmin):
    list_display = ["name", "tier"]
    list_filter = ["tier"]
    search_fields = ["name"]
