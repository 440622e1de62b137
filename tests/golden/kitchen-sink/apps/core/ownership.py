"""Rows that belong to a user: the viewset of an owned entity mixes this in."""

from typing import Any

from django.db.models import QuerySet
from rest_framework.exceptions import ValidationError
from rest_framework.serializers import BaseSerializer
from rest_framework.viewsets import GenericViewSet


class OwnedViewSetMixin(GenericViewSet):
    """The owner of a new row is the requesting user, whatever the client sent, and users who
    are not admins see only their own rows unless `owner_visibility` is "all".

    The viewset names the key to the user in `owner_field`; IsOwnerOrAdmin reads it too.
    """

    owner_field: str
    owner_visibility = "owner"

    def get_queryset(self) -> QuerySet[Any]:
        queryset = super().get_queryset()
        if getattr(
            self, "swagger_fake_view", False
        ):  # the schema is built without a user
            return queryset
        user = self.request.user
        if self.owner_visibility == "all" or user.is_staff:
            return queryset
        return queryset.filter(**{self.owner_field: user})

    def perform_create(self, serializer: BaseSerializer[Any]) -> None:
        user = self.request.user
        model = self.get_queryset().model
        if (
            model._meta.get_field(self.owner_field).unique
            and model._default_manager.filter(**{self.owner_field: user}).exists()
        ):
            raise ValidationError(
                {self.owner_field: ["You already have one; update it."]}
            )
        serializer.save(**{self.owner_field: user})
