"""The authentication endpoints under /api/v1/auth/, with their failures."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse
from rest_framework import status
from rest_framework.test import APIClient
from rest_framework.validators import UniqueValidator
from rest_framework_simplejwt.tokens import AccessToken, RefreshToken

from apps.catalog.factories import UserFactory
from apps.core.testing import OPENAPI_JSON, all_keys, field_errors

pytestmark = pytest.mark.django_db

User = get_user_model()
STRONG_PASSWORD = "correct-horse-battery-staple-42"


def register_body(**overrides) -> dict:
    body = {
        "username": "ada",
        "email": "ada@example.com",
        "password": STRONG_PASSWORD,
    }
    return {**body, **overrides}


def login(client: APIClient, user, password: str = "password"):
    return client.post(
        reverse("auth:login"),
        {"username": user.username, "password": password},
        format="json",
    )


def bearer(token) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    return client


def refresh(token: str):
    return APIClient().post(reverse("auth:refresh"), {"refresh": token}, format="json")


def test_register_creates_a_user_with_a_hashed_password(api_client):
    response = api_client.post(reverse("auth:register"), register_body(), format="json")

    assert response.status_code == status.HTTP_201_CREATED, response.data
    user = User.objects.get(username="ada")
    assert user.check_password(STRONG_PASSWORD)
    assert not user.is_staff
    assert "password" not in all_keys(response.json())


@pytest.mark.parametrize("field", ["username", "email"])
def test_register_refuses_a_taken_username_or_email(api_client, user, field):
    taken = getattr(user, field).upper() if field == "email" else user.username
    response = api_client.post(
        reverse("auth:register"), register_body(**{field: taken}), format="json"
    )

    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert field in field_errors(response)


@pytest.fixture
def checks_passed(monkeypatch):
    """The serializer's checks of a taken username or email let everything through, as they
    do for two registrations of the same address at once: the database decides."""
    monkeypatch.setattr(
        "apps.core.auth.serializers.check_email_free", lambda email, user=None: email
    )
    monkeypatch.setattr(UniqueValidator, "__call__", lambda self, value, field: None)


def test_the_database_refuses_an_email_in_another_case(user):
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create_user("other", email=user.email.upper(), password="x")


def test_accounts_without_an_email_may_be_many(db):
    User.objects.create_user("one")
    User.objects.create_user("two")

    assert User.objects.filter(email="").count() == 2


@pytest.mark.parametrize("field", ["username", "email"])
def test_register_answers_400_when_the_database_finds_a_value_taken(
    api_client, user, checks_passed, field
):
    taken = getattr(user, field).upper() if field == "email" else user.username
    response = api_client.post(
        reverse("auth:register"), register_body(**{field: taken}), format="json"
    )

    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.data
    assert field in field_errors(response)
    assert User.objects.count() == 1


@pytest.mark.parametrize("password", ["123", "password", "ada"])
def test_register_refuses_a_weak_password(api_client, password):
    response = api_client.post(
        reverse("auth:register"), register_body(password=password), format="json"
    )

    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert "password" in field_errors(response)
    assert not User.objects.filter(username="ada").exists()


def test_register_cannot_make_an_admin(api_client):
    body = register_body(is_staff=True, is_superuser=True)
    response = api_client.post(reverse("auth:register"), body, format="json")

    assert response.status_code == status.HTTP_201_CREATED
    user = User.objects.get(username="ada")
    assert not (user.is_staff or user.is_superuser)


def test_login_answers_tokens_and_the_user(api_client, user):
    response = login(api_client, user)

    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"access", "refresh", "user"}
    assert str(response.data["user"]["id"]) == str(user.pk)
    assert "password" not in all_keys(response.json())
    me = bearer(response.data["access"]).get(reverse("auth:me"))
    assert me.status_code == status.HTTP_200_OK
    assert me.data["username"] == user.username


def test_login_with_a_wrong_password(api_client, user):
    response = login(api_client, user, password="wrong")

    assert response.status_code == status.HTTP_401_UNAUTHORIZED


def test_anonymous_request_is_challenged(api_client):
    response = api_client.get(reverse("auth:me"))

    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_malformed_token(user):
    response = bearer("not-a-token").get(reverse("auth:me"))

    assert response.status_code == status.HTTP_401_UNAUTHORIZED


def test_expired_token(user):
    token = AccessToken.for_user(user)
    token.set_exp(lifetime=-timedelta(seconds=1))

    response = bearer(token).get(reverse("auth:me"))

    assert response.status_code == status.HTTP_401_UNAUTHORIZED


def test_refresh_rotates_and_blacklists_the_old_token(user):
    old = str(RefreshToken.for_user(user))

    response = refresh(old)

    assert response.status_code == status.HTTP_200_OK
    assert response.data.keys() == {"access", "refresh"}
    assert response.data["refresh"] != old
    assert refresh(old).status_code == status.HTTP_401_UNAUTHORIZED
    assert refresh(response.data["refresh"]).status_code == status.HTTP_200_OK


def test_refresh_with_a_malformed_token():
    assert refresh("not-a-token").status_code == status.HTTP_401_UNAUTHORIZED


def test_verify(api_client, user):
    url = reverse("auth:verify")
    valid = str(AccessToken.for_user(user))

    assert api_client.post(url, {"token": valid}).status_code == status.HTTP_200_OK
    invalid = api_client.post(url, {"token": valid[:-2]})
    assert invalid.status_code == status.HTTP_401_UNAUTHORIZED


def test_logout_blacklists_the_refresh_token(user):
    token = RefreshToken.for_user(user)
    client = bearer(token.access_token)

    response = client.post(
        reverse("auth:logout"), {"refresh": str(token)}, format="json"
    )

    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert refresh(str(token)).status_code == status.HTTP_401_UNAUTHORIZED


def test_logout_needs_authentication(api_client, user):
    token = RefreshToken.for_user(user)
    response = api_client.post(reverse("auth:logout"), {"refresh": str(token)})

    assert response.status_code == status.HTTP_401_UNAUTHORIZED


def test_logout_refuses_another_users_token(auth_client):
    other = RefreshToken.for_user(UserFactory.create())
    response = auth_client.post(reverse("auth:logout"), {"refresh": str(other)})

    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert refresh(str(other)).status_code == status.HTTP_200_OK


def test_change_password_revokes_other_refresh_tokens(user):
    old = RefreshToken.for_user(user)
    client = bearer(old.access_token)

    response = client.post(
        reverse("auth:change-password"),
        {"old_password": "password", "new_password": STRONG_PASSWORD},
        format="json",
    )

    assert response.status_code == status.HTTP_200_OK, response.data
    assert response.data.keys() == {"access", "refresh"}
    assert refresh(str(old)).status_code == status.HTTP_401_UNAUTHORIZED
    assert refresh(response.data["refresh"]).status_code == status.HTTP_200_OK
    assert login(APIClient(), user, STRONG_PASSWORD).status_code == status.HTTP_200_OK
    assert login(APIClient(), user).status_code == status.HTTP_401_UNAUTHORIZED


def test_change_password_checks_the_old_one(auth_client, user):
    response = auth_client.post(
        reverse("auth:change-password"),
        {"old_password": "wrong", "new_password": STRONG_PASSWORD},
        format="json",
    )

    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert "old_password" in field_errors(response)
    user.refresh_from_db()
    assert user.check_password("password")


def test_change_password_refuses_a_weak_one(auth_client):
    response = auth_client.post(
        reverse("auth:change-password"),
        {"old_password": "password", "new_password": "123"},
        format="json",
    )

    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert "new_password" in field_errors(response)


def test_me(auth_client, user):
    response = auth_client.get(reverse("auth:me"))

    assert response.status_code == status.HTTP_200_OK
    assert str(response.data["id"]) == str(user.pk)
    assert "password" not in all_keys(response.json())


def test_me_changes_the_profile_but_never_the_permissions(auth_client, user):
    body = {
        "first_name": "Ada",
        "is_staff": True,
        "is_superuser": True,
        "groups": [1],
        "password": "changed-by-patch",
    }
    response = auth_client.patch(reverse("auth:me"), body, format="json")

    assert response.status_code == status.HTTP_200_OK, response.data
    user.refresh_from_db()
    assert user.first_name == "Ada"
    assert not (user.is_staff or user.is_superuser)
    assert not user.groups.exists()
    assert user.check_password("password")


def test_me_refuses_a_taken_email(auth_client):
    other = UserFactory.create()
    response = auth_client.patch(
        reverse("auth:me"), {"email": other.email.upper()}, format="json"
    )

    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert "email" in field_errors(response)


def test_me_answers_400_when_the_database_finds_the_email_taken(
    auth_client, user, checks_passed
):
    other = UserFactory.create()
    response = auth_client.patch(
        reverse("auth:me"), {"email": other.email.upper()}, format="json"
    )

    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.data
    assert "email" in field_errors(response)
    user.refresh_from_db()
    assert user.email.lower() != other.email.lower()


def test_me_cannot_be_replaced_or_deleted(auth_client):
    assert auth_client.put(reverse("auth:me"), {}).status_code == (
        status.HTTP_405_METHOD_NOT_ALLOWED
    )
    assert auth_client.delete(reverse("auth:me")).status_code == (
        status.HTTP_405_METHOD_NOT_ALLOWED
    )


def test_swagger_ui_authorizes_with_a_bearer_token(api_client):
    schema = api_client.get(reverse("schema"), HTTP_ACCEPT=OPENAPI_JSON).json()

    scheme = schema["components"]["securitySchemes"]["jwtAuth"]
    assert scheme == {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
    me = schema["paths"]["/api/v1/auth/me/"]["get"]
    assert {"jwtAuth": []} in me["security"]
    assert api_client.get(reverse("docs")).status_code == status.HTTP_200_OK
