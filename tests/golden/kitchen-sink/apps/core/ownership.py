"""Rows that belong to a user: the viewset of an owned entity mixes this in."""

from typing import Any

from django.db.models import QuerySet
from django.db.models.constants import LOOKUP_SEP
from rest_framework.exceptions import ValidationError
from rest_framework.relations import PrimaryKeyRelatedField
from rest_framework.serializers import BaseSerializer, Serializer
from rest_framework.viewsets import GenericViewSet


class OwnedViewSetMixin(GenericViewSet):
    """Rows owned through `owner_field`: the key to the user ("author"), whom a new row gets
    whatever the client sent, or the keys that lead to an owned row ("order__customer__user":
    a line belongs to whoever owns its order), whose first key names the row's parent.

    Users who are not staff see only their own rows, unless `owner_visibility` is "all"; a
    parent they may not see is answered as one that does not exist, in the nested list under
    it and in a filter on its key. They write rows only under a parent of their own: another
    user's is refused as a key to no row would be (400, naming the key).
    """

    owner_field: str
    owner_visibility = "owner"

    @property
    def parent_key(self) -> str | None:
        """The key to the parent the rows are owned through; None when they hold the key to
        their owner."""
        key, _, parent_owner = self.owner_field.partition(LOOKUP_SEP)
        return key if parent_owner else None

    @property
    def parent_owner(self) -> str:
        """From the parent to the user who owns it: "customer__user"."""
        return self.owner_field.partition(LOOKUP_SEP)[2]

    def sees_every_row(self) -> bool:
        # The schema is built without a user.
        if getattr(self, "swagger_fake_view", False):
            return True
        return self.owner_visibility == "all" or self.request.user.is_staff

    def owned(self, queryset: QuerySet[Any], lookup: str) -> QuerySet[Any]:
        """The rows of `queryset` that `lookup` leads from to the requesting user."""
        user = self.request.user
        if not user.is_authenticated:
            return queryset.none()
        return queryset.filter(**{lookup: user.pk})

    def get_queryset(self) -> QuerySet[Any]:
        queryset = super().get_queryset()
        if self.sees_every_row():
            return queryset
        return self.owned(queryset, self.owner_field)

    def key_choices(self, name: str, queryset: QuerySet[Any]) -> QuerySet[Any]:
        """The rows the key `name` may name in a nested list or a filter: of the key the rows
        are owned through, those the user sees."""
        if self.sees_every_row():
            return queryset
        if name == self.owner_field:
            return self.owned(queryset, "pk")
        if name == self.parent_key:
            return self.owned(queryset, self.parent_owner)
        return queryset

    def get_serializer(self, *args: Any, **kwargs: Any) -> BaseSerializer[Any]:
        """The key to the parent offers and accepts only the user's own parents (staff: any):
        another user's is refused as a key to no row is, and forms do not list it."""
        serializer = super().get_serializer(*args, **kwargs)
        key = self.parent_key
        if (
            key is None
            or self.request.user.is_staff
            or not isinstance(serializer, Serializer)
        ):
            return serializer
        for field in serializer.fields.values():
            if isinstance(field, PrimaryKeyRelatedField) and field.source == key:
                parents: Any = (
                    field  # the stubs type `queryset` as a manager's descriptor
                )
                if not parents.read_only:
                    parents.queryset = self.owned(
                        parents.queryset.all(), self.parent_owner
                    )
        return serializer

    def perform_create(self, serializer: BaseSerializer[Any]) -> None:
        if self.parent_key is not None:
            serializer.save()
            return
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
