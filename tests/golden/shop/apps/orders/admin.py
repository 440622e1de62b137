from django.contrib import admin

from .models import Order, OrderLine


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin):
    list_display = ["number", "status", "customer", "total", "placed_at", "created_at"]
    list_select_related = ["customer"]
    list_filter = ["status", "placed_at", "created_at", "customer"]
    search_fields = ["number", "notes"]
    autocomplete_fields = ["customer"]
    readonly_fields = ["created_at"]
    date_hierarchy = "created_at"


@admin.register(OrderLine)
class OrderLineAdmin(admin.ModelAdmin):
    list_display = ["__str__", "order", "product", "quantity", "unit_price"]
    list_select_related = ["order", "product"]
    list_filter = ["order", "product"]
    search_fields = ["id"]
    autocomplete_fields = ["order", "product"]
