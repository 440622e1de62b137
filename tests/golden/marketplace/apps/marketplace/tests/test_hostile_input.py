"""Hostile input to the Marketplace endpoints: every query parameter of every list
answers each hostile value without a server error, the values that cannot be compared are
refused with a 400, a key no row can have is not found, and a write refuses each value of a
field's type no database stores."""

from urllib.parse import quote

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.core import hostile
from apps.core.testing import api_payload
from apps.marketplace.factories import (
    CustomerFactory,
    GroupFactory,
    OrderFactory,
    OrderLineFactory,
    ProductFactory,
    ReviewFactory,
    SellerFactory,
)

pytestmark = pytest.mark.django_db

USER_URL = reverse_lazy("marketplace:user-list")

CUSTOMER_URL = reverse_lazy("marketplace:customer-list")

SELLER_URL = reverse_lazy("marketplace:seller-list")

GROUP_URL = reverse_lazy("marketplace:group-list")

PRODUCT_URL = reverse_lazy("marketplace:product-list")

ORDER_URL = reverse_lazy("marketplace:order-list")

ORDERLINE_URL = reverse_lazy("marketplace:order_line-list")

REVIEW_URL = reverse_lazy("marketplace:review-list")

LIST_PARAMETERS = [
    pytest.param(USER_URL, "username", id="user-username"),
    pytest.param(USER_URL, "username__iexact", id="user-username__iexact"),
    pytest.param(USER_URL, "username__icontains", id="user-username__icontains"),
    pytest.param(USER_URL, "username__istartswith", id="user-username__istartswith"),
    pytest.param(USER_URL, "username__in", id="user-username__in"),
    pytest.param(USER_URL, "date_joined", id="user-date_joined"),
    pytest.param(USER_URL, "date_joined__lt", id="user-date_joined__lt"),
    pytest.param(USER_URL, "date_joined__lte", id="user-date_joined__lte"),
    pytest.param(USER_URL, "date_joined__gt", id="user-date_joined__gt"),
    pytest.param(USER_URL, "date_joined__gte", id="user-date_joined__gte"),
    pytest.param(USER_URL, "date_joined__range", id="user-date_joined__range"),
    pytest.param(USER_URL, "date_joined__year", id="user-date_joined__year"),
    pytest.param(USER_URL, "date_joined__month", id="user-date_joined__month"),
    pytest.param(USER_URL, "email", id="user-email"),
    pytest.param(USER_URL, "email__iexact", id="user-email__iexact"),
    pytest.param(USER_URL, "email__icontains", id="user-email__icontains"),
    pytest.param(USER_URL, "email__istartswith", id="user-email__istartswith"),
    pytest.param(USER_URL, "email__in", id="user-email__in"),
    pytest.param(USER_URL, "created_at", id="user-created_at"),
    pytest.param(USER_URL, "created_at__lt", id="user-created_at__lt"),
    pytest.param(USER_URL, "created_at__lte", id="user-created_at__lte"),
    pytest.param(USER_URL, "created_at__gt", id="user-created_at__gt"),
    pytest.param(USER_URL, "created_at__gte", id="user-created_at__gte"),
    pytest.param(USER_URL, "created_at__range", id="user-created_at__range"),
    pytest.param(USER_URL, "created_at__year", id="user-created_at__year"),
    pytest.param(USER_URL, "created_at__month", id="user-created_at__month"),
    pytest.param(USER_URL, "search", id="user-search"),
    pytest.param(USER_URL, "ordering", id="user-ordering"),
    pytest.param(USER_URL, "page", id="user-page"),
    pytest.param(USER_URL, "page_size", id="user-page_size"),
    pytest.param(CUSTOMER_URL, "email", id="customer-email"),
    pytest.param(CUSTOMER_URL, "email__iexact", id="customer-email__iexact"),
    pytest.param(CUSTOMER_URL, "email__icontains", id="customer-email__icontains"),
    pytest.param(CUSTOMER_URL, "email__istartswith", id="customer-email__istartswith"),
    pytest.param(CUSTOMER_URL, "email__in", id="customer-email__in"),
    pytest.param(CUSTOMER_URL, "created_at", id="customer-created_at"),
    pytest.param(CUSTOMER_URL, "created_at__lt", id="customer-created_at__lt"),
    pytest.param(CUSTOMER_URL, "created_at__lte", id="customer-created_at__lte"),
    pytest.param(CUSTOMER_URL, "created_at__gt", id="customer-created_at__gt"),
    pytest.param(CUSTOMER_URL, "created_at__gte", id="customer-created_at__gte"),
    pytest.param(CUSTOMER_URL, "created_at__range", id="customer-created_at__range"),
    pytest.param(CUSTOMER_URL, "created_at__year", id="customer-created_at__year"),
    pytest.param(CUSTOMER_URL, "created_at__month", id="customer-created_at__month"),
    pytest.param(CUSTOMER_URL, "phone", id="customer-phone"),
    pytest.param(CUSTOMER_URL, "phone__iexact", id="customer-phone__iexact"),
    pytest.param(CUSTOMER_URL, "phone__icontains", id="customer-phone__icontains"),
    pytest.param(CUSTOMER_URL, "phone__istartswith", id="customer-phone__istartswith"),
    pytest.param(CUSTOMER_URL, "phone__in", id="customer-phone__in"),
    pytest.param(CUSTOMER_URL, "shipping_address", id="customer-shipping_address"),
    pytest.param(
        CUSTOMER_URL, "shipping_address__iexact", id="customer-shipping_address__iexact"
    ),
    pytest.param(
        CUSTOMER_URL,
        "shipping_address__icontains",
        id="customer-shipping_address__icontains",
    ),
    pytest.param(
        CUSTOMER_URL,
        "shipping_address__istartswith",
        id="customer-shipping_address__istartswith",
    ),
    pytest.param(
        CUSTOMER_URL, "shipping_address__in", id="customer-shipping_address__in"
    ),
    pytest.param(CUSTOMER_URL, "search", id="customer-search"),
    pytest.param(CUSTOMER_URL, "ordering", id="customer-ordering"),
    pytest.param(CUSTOMER_URL, "page", id="customer-page"),
    pytest.param(CUSTOMER_URL, "page_size", id="customer-page_size"),
    pytest.param(SELLER_URL, "email", id="seller-email"),
    pytest.param(SELLER_URL, "email__iexact", id="seller-email__iexact"),
    pytest.param(SELLER_URL, "email__icontains", id="seller-email__icontains"),
    pytest.param(SELLER_URL, "email__istartswith", id="seller-email__istartswith"),
    pytest.param(SELLER_URL, "email__in", id="seller-email__in"),
    pytest.param(SELLER_URL, "created_at", id="seller-created_at"),
    pytest.param(SELLER_URL, "created_at__lt", id="seller-created_at__lt"),
    pytest.param(SELLER_URL, "created_at__lte", id="seller-created_at__lte"),
    pytest.param(SELLER_URL, "created_at__gt", id="seller-created_at__gt"),
    pytest.param(SELLER_URL, "created_at__gte", id="seller-created_at__gte"),
    pytest.param(SELLER_URL, "created_at__range", id="seller-created_at__range"),
    pytest.param(SELLER_URL, "created_at__year", id="seller-created_at__year"),
    pytest.param(SELLER_URL, "created_at__month", id="seller-created_at__month"),
    pytest.param(SELLER_URL, "shop_name", id="seller-shop_name"),
    pytest.param(SELLER_URL, "shop_name__iexact", id="seller-shop_name__iexact"),
    pytest.param(SELLER_URL, "shop_name__icontains", id="seller-shop_name__icontains"),
    pytest.param(
        SELLER_URL, "shop_name__istartswith", id="seller-shop_name__istartswith"
    ),
    pytest.param(SELLER_URL, "shop_name__in", id="seller-shop_name__in"),
    pytest.param(SELLER_URL, "rating", id="seller-rating"),
    pytest.param(SELLER_URL, "rating__lt", id="seller-rating__lt"),
    pytest.param(SELLER_URL, "rating__lte", id="seller-rating__lte"),
    pytest.param(SELLER_URL, "rating__gt", id="seller-rating__gt"),
    pytest.param(SELLER_URL, "rating__gte", id="seller-rating__gte"),
    pytest.param(SELLER_URL, "rating__range", id="seller-rating__range"),
    pytest.param(SELLER_URL, "search", id="seller-search"),
    pytest.param(SELLER_URL, "ordering", id="seller-ordering"),
    pytest.param(SELLER_URL, "page", id="seller-page"),
    pytest.param(SELLER_URL, "page_size", id="seller-page_size"),
    pytest.param(GROUP_URL, "name", id="group-name"),
    pytest.param(GROUP_URL, "name__iexact", id="group-name__iexact"),
    pytest.param(GROUP_URL, "name__icontains", id="group-name__icontains"),
    pytest.param(GROUP_URL, "name__istartswith", id="group-name__istartswith"),
    pytest.param(GROUP_URL, "name__in", id="group-name__in"),
    pytest.param(GROUP_URL, "slug", id="group-slug"),
    pytest.param(GROUP_URL, "slug__iexact", id="group-slug__iexact"),
    pytest.param(GROUP_URL, "slug__icontains", id="group-slug__icontains"),
    pytest.param(GROUP_URL, "slug__istartswith", id="group-slug__istartswith"),
    pytest.param(GROUP_URL, "slug__in", id="group-slug__in"),
    pytest.param(GROUP_URL, "search", id="group-search"),
    pytest.param(GROUP_URL, "ordering", id="group-ordering"),
    pytest.param(GROUP_URL, "page", id="group-page"),
    pytest.param(GROUP_URL, "page_size", id="group-page_size"),
    pytest.param(PRODUCT_URL, "name", id="product-name"),
    pytest.param(PRODUCT_URL, "name__iexact", id="product-name__iexact"),
    pytest.param(PRODUCT_URL, "name__icontains", id="product-name__icontains"),
    pytest.param(PRODUCT_URL, "name__istartswith", id="product-name__istartswith"),
    pytest.param(PRODUCT_URL, "name__in", id="product-name__in"),
    pytest.param(PRODUCT_URL, "description", id="product-description"),
    pytest.param(PRODUCT_URL, "description__iexact", id="product-description__iexact"),
    pytest.param(
        PRODUCT_URL, "description__icontains", id="product-description__icontains"
    ),
    pytest.param(
        PRODUCT_URL, "description__istartswith", id="product-description__istartswith"
    ),
    pytest.param(PRODUCT_URL, "description__in", id="product-description__in"),
    pytest.param(PRODUCT_URL, "price", id="product-price"),
    pytest.param(PRODUCT_URL, "price__lt", id="product-price__lt"),
    pytest.param(PRODUCT_URL, "price__lte", id="product-price__lte"),
    pytest.param(PRODUCT_URL, "price__gt", id="product-price__gt"),
    pytest.param(PRODUCT_URL, "price__gte", id="product-price__gte"),
    pytest.param(PRODUCT_URL, "price__range", id="product-price__range"),
    pytest.param(PRODUCT_URL, "stock", id="product-stock"),
    pytest.param(PRODUCT_URL, "stock__lt", id="product-stock__lt"),
    pytest.param(PRODUCT_URL, "stock__lte", id="product-stock__lte"),
    pytest.param(PRODUCT_URL, "stock__gt", id="product-stock__gt"),
    pytest.param(PRODUCT_URL, "stock__gte", id="product-stock__gte"),
    pytest.param(PRODUCT_URL, "stock__range", id="product-stock__range"),
    pytest.param(PRODUCT_URL, "status", id="product-status"),
    pytest.param(PRODUCT_URL, "status__in", id="product-status__in"),
    pytest.param(PRODUCT_URL, "seller", id="product-seller"),
    pytest.param(PRODUCT_URL, "seller__in", id="product-seller__in"),
    pytest.param(PRODUCT_URL, "group", id="product-group"),
    pytest.param(PRODUCT_URL, "group__in", id="product-group__in"),
    pytest.param(PRODUCT_URL, "search", id="product-search"),
    pytest.param(PRODUCT_URL, "ordering", id="product-ordering"),
    pytest.param(PRODUCT_URL, "page", id="product-page"),
    pytest.param(PRODUCT_URL, "page_size", id="product-page_size"),
    pytest.param(ORDER_URL, "reference", id="order-reference"),
    pytest.param(ORDER_URL, "reference__iexact", id="order-reference__iexact"),
    pytest.param(ORDER_URL, "reference__icontains", id="order-reference__icontains"),
    pytest.param(
        ORDER_URL, "reference__istartswith", id="order-reference__istartswith"
    ),
    pytest.param(ORDER_URL, "reference__in", id="order-reference__in"),
    pytest.param(ORDER_URL, "placed_on", id="order-placed_on"),
    pytest.param(ORDER_URL, "placed_on__lt", id="order-placed_on__lt"),
    pytest.param(ORDER_URL, "placed_on__lte", id="order-placed_on__lte"),
    pytest.param(ORDER_URL, "placed_on__gt", id="order-placed_on__gt"),
    pytest.param(ORDER_URL, "placed_on__gte", id="order-placed_on__gte"),
    pytest.param(ORDER_URL, "placed_on__range", id="order-placed_on__range"),
    pytest.param(ORDER_URL, "placed_on__year", id="order-placed_on__year"),
    pytest.param(ORDER_URL, "placed_on__month", id="order-placed_on__month"),
    pytest.param(ORDER_URL, "status", id="order-status"),
    pytest.param(ORDER_URL, "status__in", id="order-status__in"),
    pytest.param(ORDER_URL, "customer", id="order-customer"),
    pytest.param(ORDER_URL, "customer__in", id="order-customer__in"),
    pytest.param(ORDER_URL, "search", id="order-search"),
    pytest.param(ORDER_URL, "ordering", id="order-ordering"),
    pytest.param(ORDER_URL, "page", id="order-page"),
    pytest.param(ORDER_URL, "page_size", id="order-page_size"),
    pytest.param(ORDERLINE_URL, "quantity", id="order_line-quantity"),
    pytest.param(ORDERLINE_URL, "quantity__lt", id="order_line-quantity__lt"),
    pytest.param(ORDERLINE_URL, "quantity__lte", id="order_line-quantity__lte"),
    pytest.param(ORDERLINE_URL, "quantity__gt", id="order_line-quantity__gt"),
    pytest.param(ORDERLINE_URL, "quantity__gte", id="order_line-quantity__gte"),
    pytest.param(ORDERLINE_URL, "quantity__range", id="order_line-quantity__range"),
    pytest.param(ORDERLINE_URL, "unit_price", id="order_line-unit_price"),
    pytest.param(ORDERLINE_URL, "unit_price__lt", id="order_line-unit_price__lt"),
    pytest.param(ORDERLINE_URL, "unit_price__lte", id="order_line-unit_price__lte"),
    pytest.param(ORDERLINE_URL, "unit_price__gt", id="order_line-unit_price__gt"),
    pytest.param(ORDERLINE_URL, "unit_price__gte", id="order_line-unit_price__gte"),
    pytest.param(ORDERLINE_URL, "unit_price__range", id="order_line-unit_price__range"),
    pytest.param(ORDERLINE_URL, "order", id="order_line-order"),
    pytest.param(ORDERLINE_URL, "order__in", id="order_line-order__in"),
    pytest.param(ORDERLINE_URL, "product", id="order_line-product"),
    pytest.param(ORDERLINE_URL, "product__in", id="order_line-product__in"),
    pytest.param(ORDERLINE_URL, "ordering", id="order_line-ordering"),
    pytest.param(ORDERLINE_URL, "page", id="order_line-page"),
    pytest.param(ORDERLINE_URL, "page_size", id="order_line-page_size"),
    pytest.param(REVIEW_URL, "rating", id="review-rating"),
    pytest.param(REVIEW_URL, "rating__lt", id="review-rating__lt"),
    pytest.param(REVIEW_URL, "rating__lte", id="review-rating__lte"),
    pytest.param(REVIEW_URL, "rating__gt", id="review-rating__gt"),
    pytest.param(REVIEW_URL, "rating__gte", id="review-rating__gte"),
    pytest.param(REVIEW_URL, "rating__range", id="review-rating__range"),
    pytest.param(REVIEW_URL, "comment", id="review-comment"),
    pytest.param(REVIEW_URL, "comment__iexact", id="review-comment__iexact"),
    pytest.param(REVIEW_URL, "comment__icontains", id="review-comment__icontains"),
    pytest.param(REVIEW_URL, "comment__istartswith", id="review-comment__istartswith"),
    pytest.param(REVIEW_URL, "comment__in", id="review-comment__in"),
    pytest.param(REVIEW_URL, "created_at", id="review-created_at"),
    pytest.param(REVIEW_URL, "created_at__lt", id="review-created_at__lt"),
    pytest.param(REVIEW_URL, "created_at__lte", id="review-created_at__lte"),
    pytest.param(REVIEW_URL, "created_at__gt", id="review-created_at__gt"),
    pytest.param(REVIEW_URL, "created_at__gte", id="review-created_at__gte"),
    pytest.param(REVIEW_URL, "created_at__range", id="review-created_at__range"),
    pytest.param(REVIEW_URL, "created_at__year", id="review-created_at__year"),
    pytest.param(REVIEW_URL, "created_at__month", id="review-created_at__month"),
    pytest.param(REVIEW_URL, "customer", id="review-customer"),
    pytest.param(REVIEW_URL, "customer__in", id="review-customer__in"),
    pytest.param(REVIEW_URL, "product", id="review-product"),
    pytest.param(REVIEW_URL, "product__in", id="review-product__in"),
    pytest.param(REVIEW_URL, "search", id="review-search"),
    pytest.param(REVIEW_URL, "ordering", id="review-ordering"),
    pytest.param(REVIEW_URL, "page", id="review-page"),
    pytest.param(REVIEW_URL, "page_size", id="review-page_size"),
]

REFUSED_QUERIES = [
    pytest.param(USER_URL, "username", hostile.NUL, id="user-username-nul"),
    pytest.param(
        USER_URL, "username__iexact", hostile.NUL, id="user-username__iexact-nul"
    ),
    pytest.param(
        USER_URL, "username__icontains", hostile.NUL, id="user-username__icontains-nul"
    ),
    pytest.param(
        USER_URL,
        "username__istartswith",
        hostile.NUL,
        id="user-username__istartswith-nul",
    ),
    pytest.param(USER_URL, "date_joined", hostile.NUL, id="user-date_joined-nul"),
    pytest.param(
        USER_URL, "date_joined__lt", hostile.NUL, id="user-date_joined__lt-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__lte", hostile.NUL, id="user-date_joined__lte-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__gt", hostile.NUL, id="user-date_joined__gt-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__gte", hostile.NUL, id="user-date_joined__gte-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__range", hostile.NUL, id="user-date_joined__range-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__year", hostile.NUL, id="user-date_joined__year-nul"
    ),
    pytest.param(
        USER_URL, "date_joined__month", hostile.NUL, id="user-date_joined__month-nul"
    ),
    pytest.param(
        USER_URL,
        "date_joined__lt",
        hostile.LATEST_DATETIME,
        id="user-date_joined__lt-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lt",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__lt-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lte",
        hostile.LATEST_DATETIME,
        id="user-date_joined__lte-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__lte",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__lte-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gt",
        hostile.LATEST_DATETIME,
        id="user-date_joined__gt-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gt",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__gt-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gte",
        hostile.LATEST_DATETIME,
        id="user-date_joined__gte-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "date_joined__gte",
        hostile.EARLIEST_DATETIME,
        id="user-date_joined__gte-earliest_datetime",
    ),
    pytest.param(USER_URL, "email", hostile.NUL, id="user-email-nul"),
    pytest.param(USER_URL, "email__iexact", hostile.NUL, id="user-email__iexact-nul"),
    pytest.param(
        USER_URL, "email__icontains", hostile.NUL, id="user-email__icontains-nul"
    ),
    pytest.param(
        USER_URL, "email__istartswith", hostile.NUL, id="user-email__istartswith-nul"
    ),
    pytest.param(USER_URL, "created_at", hostile.NUL, id="user-created_at-nul"),
    pytest.param(USER_URL, "created_at__lt", hostile.NUL, id="user-created_at__lt-nul"),
    pytest.param(
        USER_URL, "created_at__lte", hostile.NUL, id="user-created_at__lte-nul"
    ),
    pytest.param(USER_URL, "created_at__gt", hostile.NUL, id="user-created_at__gt-nul"),
    pytest.param(
        USER_URL, "created_at__gte", hostile.NUL, id="user-created_at__gte-nul"
    ),
    pytest.param(
        USER_URL, "created_at__range", hostile.NUL, id="user-created_at__range-nul"
    ),
    pytest.param(
        USER_URL, "created_at__year", hostile.NUL, id="user-created_at__year-nul"
    ),
    pytest.param(
        USER_URL, "created_at__month", hostile.NUL, id="user-created_at__month-nul"
    ),
    pytest.param(
        USER_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="user-created_at__lt-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="user-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="user-created_at__lte-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="user-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="user-created_at__gt-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="user-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        USER_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="user-created_at__gte-latest_datetime",
    ),
    pytest.param(
        USER_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="user-created_at__gte-earliest_datetime",
    ),
    pytest.param(USER_URL, "search", hostile.NUL, id="user-search-nul"),
    pytest.param(USER_URL, "search", hostile.MANY_WORDS, id="user-search-many_words"),
    pytest.param(USER_URL, "search", hostile.LONG_WORD, id="user-search-long_word"),
    pytest.param(USER_URL, "ordering", hostile.NUL, id="user-ordering-nul"),
    pytest.param(CUSTOMER_URL, "email", hostile.NUL, id="customer-email-nul"),
    pytest.param(
        CUSTOMER_URL, "email__iexact", hostile.NUL, id="customer-email__iexact-nul"
    ),
    pytest.param(
        CUSTOMER_URL,
        "email__icontains",
        hostile.NUL,
        id="customer-email__icontains-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "email__istartswith",
        hostile.NUL,
        id="customer-email__istartswith-nul",
    ),
    pytest.param(CUSTOMER_URL, "created_at", hostile.NUL, id="customer-created_at-nul"),
    pytest.param(
        CUSTOMER_URL, "created_at__lt", hostile.NUL, id="customer-created_at__lt-nul"
    ),
    pytest.param(
        CUSTOMER_URL, "created_at__lte", hostile.NUL, id="customer-created_at__lte-nul"
    ),
    pytest.param(
        CUSTOMER_URL, "created_at__gt", hostile.NUL, id="customer-created_at__gt-nul"
    ),
    pytest.param(
        CUSTOMER_URL, "created_at__gte", hostile.NUL, id="customer-created_at__gte-nul"
    ),
    pytest.param(
        CUSTOMER_URL,
        "created_at__range",
        hostile.NUL,
        id="customer-created_at__range-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "created_at__year",
        hostile.NUL,
        id="customer-created_at__year-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "created_at__month",
        hostile.NUL,
        id="customer-created_at__month-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="customer-created_at__lt-latest_datetime",
    ),
    pytest.param(
        CUSTOMER_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="customer-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        CUSTOMER_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="customer-created_at__lte-latest_datetime",
    ),
    pytest.param(
        CUSTOMER_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="customer-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        CUSTOMER_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="customer-created_at__gt-latest_datetime",
    ),
    pytest.param(
        CUSTOMER_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="customer-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        CUSTOMER_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="customer-created_at__gte-latest_datetime",
    ),
    pytest.param(
        CUSTOMER_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="customer-created_at__gte-earliest_datetime",
    ),
    pytest.param(CUSTOMER_URL, "phone", hostile.NUL, id="customer-phone-nul"),
    pytest.param(
        CUSTOMER_URL, "phone__iexact", hostile.NUL, id="customer-phone__iexact-nul"
    ),
    pytest.param(
        CUSTOMER_URL,
        "phone__icontains",
        hostile.NUL,
        id="customer-phone__icontains-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "phone__istartswith",
        hostile.NUL,
        id="customer-phone__istartswith-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "shipping_address",
        hostile.NUL,
        id="customer-shipping_address-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "shipping_address__iexact",
        hostile.NUL,
        id="customer-shipping_address__iexact-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "shipping_address__icontains",
        hostile.NUL,
        id="customer-shipping_address__icontains-nul",
    ),
    pytest.param(
        CUSTOMER_URL,
        "shipping_address__istartswith",
        hostile.NUL,
        id="customer-shipping_address__istartswith-nul",
    ),
    pytest.param(CUSTOMER_URL, "search", hostile.NUL, id="customer-search-nul"),
    pytest.param(
        CUSTOMER_URL, "search", hostile.MANY_WORDS, id="customer-search-many_words"
    ),
    pytest.param(
        CUSTOMER_URL, "search", hostile.LONG_WORD, id="customer-search-long_word"
    ),
    pytest.param(CUSTOMER_URL, "ordering", hostile.NUL, id="customer-ordering-nul"),
    pytest.param(SELLER_URL, "email", hostile.NUL, id="seller-email-nul"),
    pytest.param(
        SELLER_URL, "email__iexact", hostile.NUL, id="seller-email__iexact-nul"
    ),
    pytest.param(
        SELLER_URL, "email__icontains", hostile.NUL, id="seller-email__icontains-nul"
    ),
    pytest.param(
        SELLER_URL,
        "email__istartswith",
        hostile.NUL,
        id="seller-email__istartswith-nul",
    ),
    pytest.param(SELLER_URL, "created_at", hostile.NUL, id="seller-created_at-nul"),
    pytest.param(
        SELLER_URL, "created_at__lt", hostile.NUL, id="seller-created_at__lt-nul"
    ),
    pytest.param(
        SELLER_URL, "created_at__lte", hostile.NUL, id="seller-created_at__lte-nul"
    ),
    pytest.param(
        SELLER_URL, "created_at__gt", hostile.NUL, id="seller-created_at__gt-nul"
    ),
    pytest.param(
        SELLER_URL, "created_at__gte", hostile.NUL, id="seller-created_at__gte-nul"
    ),
    pytest.param(
        SELLER_URL, "created_at__range", hostile.NUL, id="seller-created_at__range-nul"
    ),
    pytest.param(
        SELLER_URL, "created_at__year", hostile.NUL, id="seller-created_at__year-nul"
    ),
    pytest.param(
        SELLER_URL, "created_at__month", hostile.NUL, id="seller-created_at__month-nul"
    ),
    pytest.param(
        SELLER_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="seller-created_at__lt-latest_datetime",
    ),
    pytest.param(
        SELLER_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="seller-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        SELLER_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="seller-created_at__lte-latest_datetime",
    ),
    pytest.param(
        SELLER_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="seller-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        SELLER_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="seller-created_at__gt-latest_datetime",
    ),
    pytest.param(
        SELLER_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="seller-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        SELLER_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="seller-created_at__gte-latest_datetime",
    ),
    pytest.param(
        SELLER_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="seller-created_at__gte-earliest_datetime",
    ),
    pytest.param(SELLER_URL, "shop_name", hostile.NUL, id="seller-shop_name-nul"),
    pytest.param(
        SELLER_URL, "shop_name__iexact", hostile.NUL, id="seller-shop_name__iexact-nul"
    ),
    pytest.param(
        SELLER_URL,
        "shop_name__icontains",
        hostile.NUL,
        id="seller-shop_name__icontains-nul",
    ),
    pytest.param(
        SELLER_URL,
        "shop_name__istartswith",
        hostile.NUL,
        id="seller-shop_name__istartswith-nul",
    ),
    pytest.param(SELLER_URL, "rating", hostile.NUL, id="seller-rating-nul"),
    pytest.param(SELLER_URL, "rating__lt", hostile.NUL, id="seller-rating__lt-nul"),
    pytest.param(SELLER_URL, "rating__lte", hostile.NUL, id="seller-rating__lte-nul"),
    pytest.param(SELLER_URL, "rating__gt", hostile.NUL, id="seller-rating__gt-nul"),
    pytest.param(SELLER_URL, "rating__gte", hostile.NUL, id="seller-rating__gte-nul"),
    pytest.param(
        SELLER_URL, "rating__range", hostile.NUL, id="seller-rating__range-nul"
    ),
    pytest.param(SELLER_URL, "search", hostile.NUL, id="seller-search-nul"),
    pytest.param(
        SELLER_URL, "search", hostile.MANY_WORDS, id="seller-search-many_words"
    ),
    pytest.param(SELLER_URL, "search", hostile.LONG_WORD, id="seller-search-long_word"),
    pytest.param(SELLER_URL, "ordering", hostile.NUL, id="seller-ordering-nul"),
    pytest.param(GROUP_URL, "name", hostile.NUL, id="group-name-nul"),
    pytest.param(GROUP_URL, "name__iexact", hostile.NUL, id="group-name__iexact-nul"),
    pytest.param(
        GROUP_URL, "name__icontains", hostile.NUL, id="group-name__icontains-nul"
    ),
    pytest.param(
        GROUP_URL, "name__istartswith", hostile.NUL, id="group-name__istartswith-nul"
    ),
    pytest.param(GROUP_URL, "slug", hostile.NUL, id="group-slug-nul"),
    pytest.param(GROUP_URL, "slug__iexact", hostile.NUL, id="group-slug__iexact-nul"),
    pytest.param(
        GROUP_URL, "slug__icontains", hostile.NUL, id="group-slug__icontains-nul"
    ),
    pytest.param(
        GROUP_URL, "slug__istartswith", hostile.NUL, id="group-slug__istartswith-nul"
    ),
    pytest.param(GROUP_URL, "search", hostile.NUL, id="group-search-nul"),
    pytest.param(GROUP_URL, "search", hostile.MANY_WORDS, id="group-search-many_words"),
    pytest.param(GROUP_URL, "search", hostile.LONG_WORD, id="group-search-long_word"),
    pytest.param(GROUP_URL, "ordering", hostile.NUL, id="group-ordering-nul"),
    pytest.param(PRODUCT_URL, "name", hostile.NUL, id="product-name-nul"),
    pytest.param(
        PRODUCT_URL, "name__iexact", hostile.NUL, id="product-name__iexact-nul"
    ),
    pytest.param(
        PRODUCT_URL, "name__icontains", hostile.NUL, id="product-name__icontains-nul"
    ),
    pytest.param(
        PRODUCT_URL,
        "name__istartswith",
        hostile.NUL,
        id="product-name__istartswith-nul",
    ),
    pytest.param(PRODUCT_URL, "description", hostile.NUL, id="product-description-nul"),
    pytest.param(
        PRODUCT_URL,
        "description__iexact",
        hostile.NUL,
        id="product-description__iexact-nul",
    ),
    pytest.param(
        PRODUCT_URL,
        "description__icontains",
        hostile.NUL,
        id="product-description__icontains-nul",
    ),
    pytest.param(
        PRODUCT_URL,
        "description__istartswith",
        hostile.NUL,
        id="product-description__istartswith-nul",
    ),
    pytest.param(PRODUCT_URL, "price", hostile.NUL, id="product-price-nul"),
    pytest.param(PRODUCT_URL, "price__lt", hostile.NUL, id="product-price__lt-nul"),
    pytest.param(PRODUCT_URL, "price__lte", hostile.NUL, id="product-price__lte-nul"),
    pytest.param(PRODUCT_URL, "price__gt", hostile.NUL, id="product-price__gt-nul"),
    pytest.param(PRODUCT_URL, "price__gte", hostile.NUL, id="product-price__gte-nul"),
    pytest.param(
        PRODUCT_URL, "price__range", hostile.NUL, id="product-price__range-nul"
    ),
    pytest.param(PRODUCT_URL, "stock", hostile.NUL, id="product-stock-nul"),
    pytest.param(PRODUCT_URL, "stock__lt", hostile.NUL, id="product-stock__lt-nul"),
    pytest.param(PRODUCT_URL, "stock__lte", hostile.NUL, id="product-stock__lte-nul"),
    pytest.param(PRODUCT_URL, "stock__gt", hostile.NUL, id="product-stock__gt-nul"),
    pytest.param(PRODUCT_URL, "stock__gte", hostile.NUL, id="product-stock__gte-nul"),
    pytest.param(
        PRODUCT_URL, "stock__range", hostile.NUL, id="product-stock__range-nul"
    ),
    pytest.param(PRODUCT_URL, "status", hostile.NUL, id="product-status-nul"),
    pytest.param(PRODUCT_URL, "seller", hostile.NUL, id="product-seller-nul"),
    pytest.param(PRODUCT_URL, "group", hostile.NUL, id="product-group-nul"),
    pytest.param(PRODUCT_URL, "search", hostile.NUL, id="product-search-nul"),
    pytest.param(
        PRODUCT_URL, "search", hostile.MANY_WORDS, id="product-search-many_words"
    ),
    pytest.param(
        PRODUCT_URL, "search", hostile.LONG_WORD, id="product-search-long_word"
    ),
    pytest.param(PRODUCT_URL, "ordering", hostile.NUL, id="product-ordering-nul"),
    pytest.param(ORDER_URL, "reference", hostile.NUL, id="order-reference-nul"),
    pytest.param(
        ORDER_URL, "reference__iexact", hostile.NUL, id="order-reference__iexact-nul"
    ),
    pytest.param(
        ORDER_URL,
        "reference__icontains",
        hostile.NUL,
        id="order-reference__icontains-nul",
    ),
    pytest.param(
        ORDER_URL,
        "reference__istartswith",
        hostile.NUL,
        id="order-reference__istartswith-nul",
    ),
    pytest.param(ORDER_URL, "placed_on", hostile.NUL, id="order-placed_on-nul"),
    pytest.param(ORDER_URL, "placed_on__lt", hostile.NUL, id="order-placed_on__lt-nul"),
    pytest.param(
        ORDER_URL, "placed_on__lte", hostile.NUL, id="order-placed_on__lte-nul"
    ),
    pytest.param(ORDER_URL, "placed_on__gt", hostile.NUL, id="order-placed_on__gt-nul"),
    pytest.param(
        ORDER_URL, "placed_on__gte", hostile.NUL, id="order-placed_on__gte-nul"
    ),
    pytest.param(
        ORDER_URL, "placed_on__range", hostile.NUL, id="order-placed_on__range-nul"
    ),
    pytest.param(
        ORDER_URL, "placed_on__year", hostile.NUL, id="order-placed_on__year-nul"
    ),
    pytest.param(
        ORDER_URL, "placed_on__month", hostile.NUL, id="order-placed_on__month-nul"
    ),
    pytest.param(ORDER_URL, "status", hostile.NUL, id="order-status-nul"),
    pytest.param(ORDER_URL, "customer", hostile.NUL, id="order-customer-nul"),
    pytest.param(ORDER_URL, "search", hostile.NUL, id="order-search-nul"),
    pytest.param(ORDER_URL, "search", hostile.MANY_WORDS, id="order-search-many_words"),
    pytest.param(ORDER_URL, "search", hostile.LONG_WORD, id="order-search-long_word"),
    pytest.param(ORDER_URL, "ordering", hostile.NUL, id="order-ordering-nul"),
    pytest.param(ORDERLINE_URL, "quantity", hostile.NUL, id="order_line-quantity-nul"),
    pytest.param(
        ORDERLINE_URL, "quantity__lt", hostile.NUL, id="order_line-quantity__lt-nul"
    ),
    pytest.param(
        ORDERLINE_URL, "quantity__lte", hostile.NUL, id="order_line-quantity__lte-nul"
    ),
    pytest.param(
        ORDERLINE_URL, "quantity__gt", hostile.NUL, id="order_line-quantity__gt-nul"
    ),
    pytest.param(
        ORDERLINE_URL, "quantity__gte", hostile.NUL, id="order_line-quantity__gte-nul"
    ),
    pytest.param(
        ORDERLINE_URL,
        "quantity__range",
        hostile.NUL,
        id="order_line-quantity__range-nul",
    ),
    pytest.param(
        ORDERLINE_URL, "unit_price", hostile.NUL, id="order_line-unit_price-nul"
    ),
    pytest.param(
        ORDERLINE_URL, "unit_price__lt", hostile.NUL, id="order_line-unit_price__lt-nul"
    ),
    pytest.param(
        ORDERLINE_URL,
        "unit_price__lte",
        hostile.NUL,
        id="order_line-unit_price__lte-nul",
    ),
    pytest.param(
        ORDERLINE_URL, "unit_price__gt", hostile.NUL, id="order_line-unit_price__gt-nul"
    ),
    pytest.param(
        ORDERLINE_URL,
        "unit_price__gte",
        hostile.NUL,
        id="order_line-unit_price__gte-nul",
    ),
    pytest.param(
        ORDERLINE_URL,
        "unit_price__range",
        hostile.NUL,
        id="order_line-unit_price__range-nul",
    ),
    pytest.param(ORDERLINE_URL, "order", hostile.NUL, id="order_line-order-nul"),
    pytest.param(ORDERLINE_URL, "product", hostile.NUL, id="order_line-product-nul"),
    pytest.param(ORDERLINE_URL, "ordering", hostile.NUL, id="order_line-ordering-nul"),
    pytest.param(REVIEW_URL, "rating", hostile.NUL, id="review-rating-nul"),
    pytest.param(REVIEW_URL, "rating__lt", hostile.NUL, id="review-rating__lt-nul"),
    pytest.param(REVIEW_URL, "rating__lte", hostile.NUL, id="review-rating__lte-nul"),
    pytest.param(REVIEW_URL, "rating__gt", hostile.NUL, id="review-rating__gt-nul"),
    pytest.param(REVIEW_URL, "rating__gte", hostile.NUL, id="review-rating__gte-nul"),
    pytest.param(
        REVIEW_URL, "rating__range", hostile.NUL, id="review-rating__range-nul"
    ),
    pytest.param(REVIEW_URL, "comment", hostile.NUL, id="review-comment-nul"),
    pytest.param(
        REVIEW_URL, "comment__iexact", hostile.NUL, id="review-comment__iexact-nul"
    ),
    pytest.param(
        REVIEW_URL,
        "comment__icontains",
        hostile.NUL,
        id="review-comment__icontains-nul",
    ),
    pytest.param(
        REVIEW_URL,
        "comment__istartswith",
        hostile.NUL,
        id="review-comment__istartswith-nul",
    ),
    pytest.param(REVIEW_URL, "created_at", hostile.NUL, id="review-created_at-nul"),
    pytest.param(
        REVIEW_URL, "created_at__lt", hostile.NUL, id="review-created_at__lt-nul"
    ),
    pytest.param(
        REVIEW_URL, "created_at__lte", hostile.NUL, id="review-created_at__lte-nul"
    ),
    pytest.param(
        REVIEW_URL, "created_at__gt", hostile.NUL, id="review-created_at__gt-nul"
    ),
    pytest.param(
        REVIEW_URL, "created_at__gte", hostile.NUL, id="review-created_at__gte-nul"
    ),
    pytest.param(
        REVIEW_URL, "created_at__range", hostile.NUL, id="review-created_at__range-nul"
    ),
    pytest.param(
        REVIEW_URL, "created_at__year", hostile.NUL, id="review-created_at__year-nul"
    ),
    pytest.param(
        REVIEW_URL, "created_at__month", hostile.NUL, id="review-created_at__month-nul"
    ),
    pytest.param(
        REVIEW_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="review-created_at__lt-latest_datetime",
    ),
    pytest.param(
        REVIEW_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="review-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        REVIEW_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="review-created_at__lte-latest_datetime",
    ),
    pytest.param(
        REVIEW_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="review-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        REVIEW_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="review-created_at__gt-latest_datetime",
    ),
    pytest.param(
        REVIEW_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="review-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        REVIEW_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="review-created_at__gte-latest_datetime",
    ),
    pytest.param(
        REVIEW_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="review-created_at__gte-earliest_datetime",
    ),
    pytest.param(REVIEW_URL, "customer", hostile.NUL, id="review-customer-nul"),
    pytest.param(REVIEW_URL, "product", hostile.NUL, id="review-product-nul"),
    pytest.param(REVIEW_URL, "search", hostile.NUL, id="review-search-nul"),
    pytest.param(
        REVIEW_URL, "search", hostile.MANY_WORDS, id="review-search-many_words"
    ),
    pytest.param(REVIEW_URL, "search", hostile.LONG_WORD, id="review-search-long_word"),
    pytest.param(REVIEW_URL, "ordering", hostile.NUL, id="review-ordering-nul"),
]


@pytest.mark.parametrize(("url", "parameter"), LIST_PARAMETERS)
def test_list_parameter_survives_hostile_values(admin_client, url, parameter):
    answers = {
        value[:40]: admin_client.get(url, {parameter: value})
        for value in hostile.QUERY_VALUES
    }
    failed = {
        value: response.status_code
        for value, response in answers.items()
        if response.status_code >= 500
        or (response.status_code >= 400 and not hostile.is_enveloped(response))
    }
    assert not failed


@pytest.mark.parametrize(("url", "parameter", "value"), REFUSED_QUERIES)
def test_list_refuses(admin_client, url, parameter, value):
    response = admin_client.get(url, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.content
    assert parameter in response.json()["error"]["details"]


# The paths that carry a key: a list path, then the key, then what follows it.
KEYED_PATHS = [
    pytest.param(USER_URL, "", id="user-detail"),
    pytest.param(CUSTOMER_URL, "", id="customer-detail"),
    pytest.param(CUSTOMER_URL, "orders/", id="customer-orders"),
    pytest.param(CUSTOMER_URL, "reviews/", id="customer-reviews"),
    pytest.param(SELLER_URL, "", id="seller-detail"),
    pytest.param(SELLER_URL, "products/", id="seller-products"),
    pytest.param(GROUP_URL, "", id="group-detail"),
    pytest.param(GROUP_URL, "products/", id="group-products"),
    pytest.param(PRODUCT_URL, "", id="product-detail"),
    pytest.param(PRODUCT_URL, "order-lines/", id="product-order-lines"),
    pytest.param(PRODUCT_URL, "reviews/", id="product-reviews"),
    pytest.param(ORDER_URL, "", id="order-detail"),
    pytest.param(ORDER_URL, "order-lines/", id="order-order-lines"),
    pytest.param(ORDERLINE_URL, "", id="order_line-detail"),
    pytest.param(REVIEW_URL, "", id="review-detail"),
]


@pytest.mark.parametrize(("url", "suffix"), KEYED_PATHS)
def test_a_hostile_key_is_not_found(admin_client, url, suffix):
    answers = {
        key[:40]: admin_client.get(f"{url}{quote(key, safe='')}/{suffix}")
        for key in hostile.KEYS
    }
    failed = {
        key: response.status_code
        for key, response in answers.items()
        if response.status_code != status.HTTP_404_NOT_FOUND
    }
    assert not failed


CUSTOMER_FIELDS = {
    "email": "email",
    "phone": "phone",
    "shipping_address": "shipping_address",
}

SELLER_FIELDS = {
    "email": "email",
    "shop_name": "shop_name",
    "rating": "rating",
}

GROUP_FIELDS = {
    "name": "name",
    "slug": "slug",
}

PRODUCT_FIELDS = {
    "name": "name",
    "description": "description",
    "price": "price",
    "stock": "stock",
    "status": "status",
    "seller": "seller",
    "group": "group",
}

ORDER_FIELDS = {
    "reference": "reference",
    "placed_on": "placed_on",
    "status": "status",
    "customer": "customer",
}

ORDERLINE_FIELDS = {
    "quantity": "quantity",
    "unit_price": "unit_price",
    "order": "order",
    "product": "product",
}

REVIEW_FIELDS = {
    "rating": "rating",
    "comment": "comment",
    "customer": "customer",
    "product": "product",
}

REFUSED_VALUES = [
    pytest.param(
        CustomerFactory,
        CUSTOMER_FIELDS,
        CUSTOMER_URL,
        "email",
        hostile.NUL,
        id="customer-email-nul",
    ),
    pytest.param(
        CustomerFactory,
        CUSTOMER_FIELDS,
        CUSTOMER_URL,
        "email",
        hostile.SURROGATE,
        id="customer-email-surrogate",
    ),
    pytest.param(
        CustomerFactory,
        CUSTOMER_FIELDS,
        CUSTOMER_URL,
        "phone",
        hostile.NUL,
        id="customer-phone-nul",
    ),
    pytest.param(
        CustomerFactory,
        CUSTOMER_FIELDS,
        CUSTOMER_URL,
        "phone",
        hostile.SURROGATE,
        id="customer-phone-surrogate",
    ),
    pytest.param(
        CustomerFactory,
        CUSTOMER_FIELDS,
        CUSTOMER_URL,
        "shipping_address",
        hostile.NUL,
        id="customer-shipping_address-nul",
    ),
    pytest.param(
        CustomerFactory,
        CUSTOMER_FIELDS,
        CUSTOMER_URL,
        "shipping_address",
        hostile.SURROGATE,
        id="customer-shipping_address-surrogate",
    ),
    pytest.param(
        SellerFactory,
        SELLER_FIELDS,
        SELLER_URL,
        "email",
        hostile.NUL,
        id="seller-email-nul",
    ),
    pytest.param(
        SellerFactory,
        SELLER_FIELDS,
        SELLER_URL,
        "email",
        hostile.SURROGATE,
        id="seller-email-surrogate",
    ),
    pytest.param(
        SellerFactory,
        SELLER_FIELDS,
        SELLER_URL,
        "shop_name",
        hostile.NUL,
        id="seller-shop_name-nul",
    ),
    pytest.param(
        SellerFactory,
        SELLER_FIELDS,
        SELLER_URL,
        "shop_name",
        hostile.SURROGATE,
        id="seller-shop_name-surrogate",
    ),
    pytest.param(
        SellerFactory,
        SELLER_FIELDS,
        SELLER_URL,
        "rating",
        hostile.NUL,
        id="seller-rating-nul",
    ),
    pytest.param(
        SellerFactory,
        SELLER_FIELDS,
        SELLER_URL,
        "rating",
        hostile.SURROGATE,
        id="seller-rating-surrogate",
    ),
    pytest.param(
        SellerFactory,
        SELLER_FIELDS,
        SELLER_URL,
        "rating",
        hostile.HUGE_NUMBER,
        id="seller-rating-huge_number",
    ),
    pytest.param(
        GroupFactory, GROUP_FIELDS, GROUP_URL, "name", hostile.NUL, id="group-name-nul"
    ),
    pytest.param(
        GroupFactory,
        GROUP_FIELDS,
        GROUP_URL,
        "name",
        hostile.SURROGATE,
        id="group-name-surrogate",
    ),
    pytest.param(
        GroupFactory, GROUP_FIELDS, GROUP_URL, "slug", hostile.NUL, id="group-slug-nul"
    ),
    pytest.param(
        GroupFactory,
        GROUP_FIELDS,
        GROUP_URL,
        "slug",
        hostile.SURROGATE,
        id="group-slug-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "name",
        hostile.NUL,
        id="product-name-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "name",
        hostile.SURROGATE,
        id="product-name-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "description",
        hostile.NUL,
        id="product-description-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "description",
        hostile.SURROGATE,
        id="product-description-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "price",
        hostile.NUL,
        id="product-price-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "price",
        hostile.SURROGATE,
        id="product-price-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "price",
        hostile.HUGE_NUMBER,
        id="product-price-huge_number",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "stock",
        hostile.NUL,
        id="product-stock-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "stock",
        hostile.SURROGATE,
        id="product-stock-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "stock",
        hostile.HUGE_NUMBER,
        id="product-stock-huge_number",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "status",
        hostile.NUL,
        id="product-status-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "status",
        hostile.SURROGATE,
        id="product-status-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "seller",
        hostile.NUL,
        id="product-seller-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "seller",
        hostile.SURROGATE,
        id="product-seller-surrogate",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "group",
        hostile.NUL,
        id="product-group-nul",
    ),
    pytest.param(
        ProductFactory,
        PRODUCT_FIELDS,
        PRODUCT_URL,
        "group",
        hostile.SURROGATE,
        id="product-group-surrogate",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "reference",
        hostile.NUL,
        id="order-reference-nul",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "reference",
        hostile.SURROGATE,
        id="order-reference-surrogate",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "placed_on",
        hostile.NUL,
        id="order-placed_on-nul",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "placed_on",
        hostile.SURROGATE,
        id="order-placed_on-surrogate",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "placed_on",
        hostile.BEYOND_YEAR_9999,
        id="order-placed_on-beyond_year_9999",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "status",
        hostile.NUL,
        id="order-status-nul",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "status",
        hostile.SURROGATE,
        id="order-status-surrogate",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "customer",
        hostile.NUL,
        id="order-customer-nul",
    ),
    pytest.param(
        OrderFactory,
        ORDER_FIELDS,
        ORDER_URL,
        "customer",
        hostile.SURROGATE,
        id="order-customer-surrogate",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "quantity",
        hostile.NUL,
        id="order_line-quantity-nul",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "quantity",
        hostile.SURROGATE,
        id="order_line-quantity-surrogate",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "quantity",
        hostile.HUGE_NUMBER,
        id="order_line-quantity-huge_number",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "unit_price",
        hostile.NUL,
        id="order_line-unit_price-nul",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "unit_price",
        hostile.SURROGATE,
        id="order_line-unit_price-surrogate",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "unit_price",
        hostile.HUGE_NUMBER,
        id="order_line-unit_price-huge_number",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "order",
        hostile.NUL,
        id="order_line-order-nul",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "order",
        hostile.SURROGATE,
        id="order_line-order-surrogate",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "product",
        hostile.NUL,
        id="order_line-product-nul",
    ),
    pytest.param(
        OrderLineFactory,
        ORDERLINE_FIELDS,
        ORDERLINE_URL,
        "product",
        hostile.SURROGATE,
        id="order_line-product-surrogate",
    ),
    pytest.param(
        ReviewFactory,
        REVIEW_FIELDS,
        REVIEW_URL,
        "rating",
        hostile.NUL,
        id="review-rating-nul",
    ),
    pytest.param(
        ReviewFactory,
        REVIEW_FIELDS,
        REVIEW_URL,
        "rating",
        hostile.SURROGATE,
        id="review-rating-surrogate",
    ),
    pytest.param(
        ReviewFactory,
        REVIEW_FIELDS,
        REVIEW_URL,
        "rating",
        hostile.HUGE_NUMBER,
        id="review-rating-huge_number",
    ),
    pytest.param(
        ReviewFactory,
        REVIEW_FIELDS,
        REVIEW_URL,
        "comment",
        hostile.NUL,
        id="review-comment-nul",
    ),
    pytest.param(
        ReviewFactory,
        REVIEW_FIELDS,
        REVIEW_URL,
        "comment",
        hostile.SURROGATE,
        id="review-comment-surrogate",
    ),
    pytest.param(
        ReviewFactory,
        REVIEW_FIELDS,
        REVIEW_URL,
        "customer",
        hostile.NUL,
        id="review-customer-nul",
    ),
    pytest.param(
        ReviewFactory,
        REVIEW_FIELDS,
        REVIEW_URL,
        "customer",
        hostile.SURROGATE,
        id="review-customer-surrogate",
    ),
    pytest.param(
        ReviewFactory,
        REVIEW_FIELDS,
        REVIEW_URL,
        "product",
        hostile.NUL,
        id="review-product-nul",
    ),
    pytest.param(
        ReviewFactory,
        REVIEW_FIELDS,
        REVIEW_URL,
        "product",
        hostile.SURROGATE,
        id="review-product-surrogate",
    ),
]


@pytest.mark.parametrize(
    ("factory", "fields", "url", "api_name", "value"), REFUSED_VALUES
)
def test_write_refuses(admin_client, factory, fields, url, api_name, value):
    body = {
        name: sent
        for name, sent in api_payload(factory, fields).items()
        if isinstance(sent, str | int | float | bool | list | dict)
    }
    body[api_name] = value
    response = admin_client.generic(
        "POST", url, hostile.as_json(body), content_type="application/json"
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.content
    assert api_name in response.json()["error"]["details"]
    assert admin_client.get(url).status_code == status.HTTP_200_OK
