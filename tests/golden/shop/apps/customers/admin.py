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
    list_display = ["line1", "kind", "customer", "country", "city", "postal_code"]
    list_select_related = ["customer", "country"]
    list_filter = ["kind", "customer", "country"]
    search_fields = ["line1", "city", "postal_code"]
    autocomplete_fields = ["customer", "country"]
