"""What the authentication endpoints read and answer. Passwords are only ever written: no
serializer shows one, and is_staff, is_superuser and groups never change through the API."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError, transaction
from rest_framework import serializers
from rest_framework_simplejwt.serializers import TokenObtainPairSerializer
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.tokens import RefreshToken, TokenError

from apps.conference.serializers import UserSerializer

User = get_user_model()


def password_field() -> serializers.CharField:
    return serializers.CharField(write_only=True, style={"input_type": "password"})


EMAIL_TAKEN = "A user with that email already exists."
USERNAME_TAKEN = "A user with that username already exists."


def check_email_free(email: str, user=None) -> str:
    """An email address names one account, whatever its case."""
    taken = User.objects.filter(email__iexact=email)
    if user is not None:
        taken = taken.exclude(pk=user.pk)
    if taken.exists():
        raise serializers.ValidationError(EMAIL_TAKEN)
    return email


def taken_values(values: dict, user=None) -> dict[str, list[str]]:
    """The username and the email address (whatever its case) of `values` that an account
    other than `user` holds."""
    others = (
        User.objects.exclude(pk=user.pk) if user is not None else User.objects.all()
    )
    taken: dict[str, list[str]] = {}
    if "username" in values and others.filter(username=values["username"]).exists():
        taken["username"] = [USERNAME_TAKEN]
    if values.get("email") and others.filter(email__iexact=values["email"]).exists():
        taken["email"] = [EMAIL_TAKEN]
    return taken


@contextmanager
def reporting_taken_values(values: dict, user=None) -> Iterator[None]:
    """Answer 400 naming the field, as the checks do, when the database refuses the write of
    the block because another request took its username or email address since the checks
    ran: two registrations at once both pass them, and the unique constraints decide."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError as error:
        taken = taken_values(values, user)
        if not taken:
            raise
        raise serializers.ValidationError(taken) from error


class RegisterSerializer(serializers.ModelSerializer):
    """A new account: a username, an email address, a password that passes the project's
    password validators."""

    password = password_field()

    class Meta:
        model = User
        fields = ["username", "email", "password"]
        extra_kwargs = {"email": {"required": True, "allow_blank": False}}

    def validate_email(self, value: str) -> str:
        return check_email_free(value)

    def validate(self, attrs):
        fields = {name: value for name, value in attrs.items() if name != "password"}
        try:
            password_validation.validate_password(attrs["password"], User(**fields))
        except DjangoValidationError as error:
            raise serializers.ValidationError({"password": error.messages}) from error
        return attrs

    def create(self, validated_data):
        with reporting_taken_values(validated_data):
            return User.objects.create_user(**validated_data)


class LoginSerializer(TokenObtainPairSerializer):
    """A token pair for a username and password, with the user it was issued to."""

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        data: dict[str, Any] = super().validate(attrs)
        data["user"] = UserSerializer(self.user).data
        return data


class TokenPairSerializer(serializers.Serializer):
    access = serializers.CharField(read_only=True)
    refresh = serializers.CharField(read_only=True)


class LoginResponseSerializer(TokenPairSerializer):
    user = UserSerializer(read_only=True)


class LogoutSerializer(serializers.Serializer):
    """The refresh token to revoke; it must be the requesting user's own."""

    refresh = serializers.CharField(write_only=True)

    def validate_refresh(self, value: str) -> RefreshToken:
        try:
            # simplejwt annotates the encoded token it takes as a Token.
            token = RefreshToken(cast(Any, value))
        except TokenError as error:
            raise serializers.ValidationError(str(error)) from error
        owner = str(token.get(api_settings.USER_ID_CLAIM))
        if owner != str(self.context["request"].user.pk):
            raise serializers.ValidationError("This token belongs to another user.")
        return token


class ChangePasswordSerializer(serializers.Serializer):
    old_password = password_field()
    new_password = password_field()

    def validate_old_password(self, value: str) -> str:
        if not self.context["request"].user.check_password(value):
            raise serializers.ValidationError(
                "Your old password was entered incorrectly."
            )
        return value

    def validate_new_password(self, value: str) -> str:
        password_validation.validate_password(value, self.context["request"].user)
        return value

    def save(self, **kwargs):
        user = self.context["request"].user
        user.set_password(self.validated_data["new_password"])
        user.save(update_fields=["password"])
        return user


class MeSerializer(UserSerializer):
    """The signed-in user's own profile: the public fields, of which the editable ones
    change; the password changes through change-password only."""

    def validate_email(self, value: str) -> str:
        return check_email_free(value, self.instance)

    def update(self, instance, validated_data):
        with reporting_taken_values(validated_data, instance):
            return super().update(instance, validated_data)
