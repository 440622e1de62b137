from django.contrib import admin

from apps.studio.models import Stewardship

from .models import Attendee, Booking, Log, Move, Room


class StewardshipInline(admin.TabularInline):
    model = Stewardship
    extra = 0
    autocomplete_fields = ["member"]


@admin.register(Room)
class RoomAdmin(admin.ModelAdmin):
    list_display = ["code", "folder", "capacity"]
    list_select_related = ["folder"]
    list_filter = ["folder"]
    search_fields = ["code"]
    autocomplete_fields = ["folder"]
    inlines = [StewardshipInline]


@admin.register(Booking)
class BookingAdmin(admin.ModelAdmin):
    list_display = ["purpose", "room", "booked_by", "starts_at", "ends_at"]
    list_select_related = ["room", "booked_by"]
    list_filter = ["starts_at", "ends_at", "room", "booked_by"]
    search_fields = ["purpose"]
    autocomplete_fields = ["room", "booked_by"]


@admin.register(Attendee)
class AttendeeAdmin(admin.ModelAdmin):
    list_display = ["name", "confirmed", "booking"]
    list_select_related = ["booking"]
    list_filter = ["confirmed", "booking"]
    search_fields = ["name"]
    autocomplete_fields = ["booking"]


@admin.register(Move)
class MoveAdmin(admin.ModelAdmin):
    list_display = ["__str__", "asset", "source", "target", "moved_at"]
    list_select_related = ["asset", "source", "target"]
    list_filter = ["moved_at", "asset", "source", "target"]
    search_fields = ["reason"]
    autocomplete_fields = ["asset", "source", "target"]


@admin.register(Log)
class LogAdmin(admin.ModelAdmin):
    list_display = ["message", "room", "created_at"]
    list_select_related = ["room"]
    list_filter = ["created_at", "room"]
    search_fields = ["message"]
    autocomplete_fields = ["room"]
    readonly_fields = ["created_at"]
    date_hierarchy = "created_at"
