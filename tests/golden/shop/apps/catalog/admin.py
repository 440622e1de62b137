from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import Category, Country, Product, User

admin.site.register(User, UserAdmin)


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "parent"]
    list_select_related = ["parent"]
    list_filter = ["parent"]
    search_fields = ["name"]
    autocomplete_fields = ["parent"]


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["name", "code"]
    search_fields = ["code", "name"]

    def get_readonly_fields(self, request, obj=None):
        """The key is chosen when a country is added: a changed key would add another."""
        if obj is None:
            return self.readonly_fields
        return (*self.readonly_fields, "code")


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ["name", "active", "category", "sku", "price", "stock"]
    list_select_related = ["category"]
    list_filter = ["active", "category"]
    search_fields = ["name", "description", "sku"]
    autocomplete_fields = ["category", "ships_to"]
