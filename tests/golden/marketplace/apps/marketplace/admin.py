from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import Customer, Group, Order, OrderLine, Product, Review, Seller, User

admin.site.register(User, UserAdmin)


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ["phone", "email", "created_at", "shipping_address"]
    list_filter = ["created_at"]
    search_fields = ["email", "phone", "shipping_address"]
    readonly_fields = ["created_at"]
    date_hierarchy = "created_at"


@admin.register(Seller)
class SellerAdmin(admin.ModelAdmin):
    list_display = ["shop_name", "email", "created_at", "rating"]
    list_filter = ["created_at"]
    search_fields = ["email", "shop_name"]
    readonly_fields = ["created_at"]
    date_hierarchy = "created_at"


@admin.register(Group)
class GroupAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ["name", "status", "seller", "group", "price", "stock"]
    list_select_related = ["seller", "group"]
    list_filter = ["status", "seller", "group"]
    search_fields = ["name", "description"]
    autocomplete_fields = ["seller", "group"]


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin):
    list_display = ["reference", "status", "customer", "placed_on"]
    list_select_related = ["customer"]
    list_filter = ["placed_on", "status", "customer"]
    search_fields = ["reference"]
    autocomplete_fields = ["customer"]


@admin.register(OrderLine)
class OrderLineAdmin(admin.ModelAdmin):
    list_display = ["__str__", "order", "product", "quantity", "unit_price"]
    list_select_related = ["order", "product"]
    list_filter = ["order", "product"]
    search_fields = ["id"]
    autocomplete_fields = ["order", "product"]


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ["comment", "customer", "product", "rating", "created_at"]
    list_select_related = ["customer", "product"]
    list_filter = ["created_at", "customer", "product"]
    search_fields = ["comment"]
    autocomplete_fields = ["customer", "product"]
    readonly_fields = ["created_at"]
    date_hierarchy = "created_at"
