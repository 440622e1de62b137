"""Who may read and write the catalog endpoints: owners, parents' owners, staff and roles."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.catalog.factories import ProductFactory
from apps.core.testing import api_payload, grant_roles, send

pytestmark = pytest.mark.django_db


def product_url(pk=None) -> str:
    if pk is None:
        return reverse("catalog:product-list")
    return reverse("catalog:product-detail", args=[pk])


def product_payload(**overrides) -> dict:
    return api_payload(
        ProductFactory,
        {
            "sku": "sku",
            "name": "name",
            "description": "description",
            "price": "price",
            "stock": "stock",
            "active": "active",
            "weight_kg": "weight_kg",
            "category": "category",
            "ships_to": "ships_to",
        },
        **overrides,
    )


def test_product_create_needs_a_role(auth_client, user):
    body = product_payload()
    refused = send(auth_client, "post", product_url(), body)
    grant_roles(user, "catalog_manager")
    allowed = send(auth_client, "post", product_url(), body)

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert allowed.status_code == status.HTTP_201_CREATED, allowed.data


def test_product_update_needs_a_role(auth_client, user):
    row = ProductFactory.create()
    refused = auth_client.patch(product_url(row.pk), {}, format="json")
    grant_roles(user, "catalog_manager")
    allowed = auth_client.patch(product_url(row.pk), {}, format="json")

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert allowed.status_code == status.HTTP_200_OK, allowed.data


def test_product_delete_needs_a_role(auth_client, user):
    row = ProductFactory.create()
    refused = auth_client.delete(product_url(row.pk))
    grant_roles(user, "catalog_manager")
    allowed = auth_client.delete(product_url(row.pk))

    assert refused.status_code == status.HTTP_403_FORBIDDEN
    assert allowed.status_code == status.HTTP_204_NO_CONTENT
