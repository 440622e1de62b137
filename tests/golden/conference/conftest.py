"""Fixtures every app's tests share: API clients, anonymous and signed in."""

import pytest
from rest_framework.test import APIClient

from apps.conference.factories import UserFactory
from apps.core.testing import clear_cache


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: no throttle count or cached answer of one test
    reaches the next."""
    clear_cache()


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def user(db):
    return UserFactory.create()


@pytest.fixture
def auth_client(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user=user)
    return client


@pytest.fixture
def admin_user(db):
    return UserFactory.create(is_staff=True, is_superuser=True)


@pytest.fixture
def admin_client(admin_user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user=admin_user)
    return client
