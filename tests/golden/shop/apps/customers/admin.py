from django.contrib import admin

from .models import Address, Customer


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ["phone", "user", "loyalty_points", "birth_date"]
    list_select_related = ["user"]
    list_filter = ["birth_date", "user"]
    search_fields = ["phone"]
    autocomplete_fields = ["user"]


@admin.register(Address)
class AddressAdmin(admin.ModelAdmin):
    list_display = ["line1", "kind", "customer", "city", "postal_code", "country"]
    list_select_related = ["customer"]
    list_filter = ["kind", "customer"]
    search_fields = ["line1", "city", "postal_code", "country"]
    autocomplete_fields = ["customer"]
