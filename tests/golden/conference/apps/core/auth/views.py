"""The authentication endpoints, mounted under /api/v1/auth/.

Clients send `Authorization: Bearer <access>`. Refresh tokens rotate: each refresh answers a
new pair and blacklists the old refresh token, as logout and a password change do.
Login, register and change-password share the throttle scope "auth".
"""

from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework_simplejwt.token_blacklist.models import (
    BlacklistedToken,
    OutstandingToken,
)
from rest_framework_simplejwt.tokens import RefreshToken
from rest_framework_simplejwt.views import TokenObtainPairView

from apps.conference.serializers import UserSerializer

from .serializers import (
    ChangePasswordSerializer,
    LoginResponseSerializer,
    LoginSerializer,
    LogoutSerializer,
    MeSerializer,
    RegisterSerializer,
    TokenPairSerializer,
)


def revoke_refresh_tokens(user) -> None:
    """Blacklist every refresh token issued to the user that is not blacklisted yet."""
    outstanding = OutstandingToken.objects.filter(
        user=user, blacklistedtoken__isnull=True
    )
    BlacklistedToken.objects.bulk_create(
        [BlacklistedToken(token=token) for token in outstanding], ignore_conflicts=True
    )


class RegisterView(generics.CreateAPIView):
    """Create an account. Sign in afterwards with login."""

    serializer_class = RegisterSerializer
    permission_classes = [AllowAny]
    throttle_scope = "auth"

    @extend_schema(responses={201: UserSerializer})
    def post(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = serializer.save()
        return Response(UserSerializer(user).data, status=status.HTTP_201_CREATED)


class LoginView(TokenObtainPairView):
    """Exchange a username and password for an access and a refresh token."""

    serializer_class = LoginSerializer
    throttle_scope = "auth"

    @extend_schema(responses=LoginResponseSerializer)
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)


class LogoutView(generics.GenericAPIView):
    """Revoke a refresh token: refreshing with it answers 401 from now on. Access tokens
    already issued stay valid until they expire, so keep their lifetime short."""

    serializer_class = LogoutSerializer
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={204: None})
    def post(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        serializer.validated_data["refresh"].blacklist()
        return Response(status=status.HTTP_204_NO_CONTENT)


class ChangePasswordView(generics.GenericAPIView):
    """Change the password. Every refresh token issued before is revoked; the answer carries
    a new pair for the client that made the change."""

    serializer_class = ChangePasswordSerializer
    permission_classes = [IsAuthenticated]
    throttle_scope = "auth"

    @extend_schema(responses=TokenPairSerializer)
    def post(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = serializer.save()
        revoke_refresh_tokens(user)
        refresh = RefreshToken.for_user(user)
        return Response({"access": str(refresh.access_token), "refresh": str(refresh)})


class MeView(generics.RetrieveUpdateAPIView):
    """The signed-in user's profile: read it, or PATCH the fields a user may change."""

    serializer_class = MeSerializer
    permission_classes = [IsAuthenticated]
    http_method_names = ["get", "patch", "head", "options"]

    def get_object(self):
        return self.request.user
