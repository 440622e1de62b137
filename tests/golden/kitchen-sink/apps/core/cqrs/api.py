"""The API's side of commands and queries. A write serializer's `save()` dispatches a
command with the data it validated; a viewset lists and retrieves through queries over the
rows its `get_queryset()` lets the user read, and deletes through a command. Permissions,
validation and every answer are DRF's, as without them."""

from typing import Any

from django.db.models import Model, QuerySet
from django.http import Http404
from rest_framework import serializers
from rest_framework.viewsets import GenericViewSet

from apps.core.viewsets import unstorable

from .dispatcher import ask, dispatch

# The mixins have no docstring: drf-spectacular would describe the serializers and endpoints
# that use them with it, and the OpenAPI schema is the same as without commands and queries.


# Creates through `create_command`, updates through `update_command`, on behalf of the
# requesting user. The data is what the serializer validated, with what the view adds to it in
# `save(**kwargs)` (the owner of a new row); an update starts from the version of the row's
# events the view read, if it says (`expected_version` in the context: event sourcing).
class CommandSerializerMixin(serializers.ModelSerializer):
    create_command: type[Any]
    update_command: type[Any]

    def acting_user(self) -> Any:
        request = self.context.get("request")
        return None if request is None else request.user

    def create(self, validated_data: dict[str, Any]) -> Any:
        return dispatch(
            self.create_command(data=validated_data, user=self.acting_user())
        )

    def update(self, instance: Model, validated_data: dict[str, Any]) -> Any:
        return dispatch(
            self.update_command(
                id=instance.pk,
                data=validated_data,
                user=self.acting_user(),
                expected_version=self.context.get("expected_version"),
            )
        )


# A list answers `list_query` and a retrieve `get_query`, each over the rows that
# `get_queryset()` of the mixins after this one lets the user read (ownership applies there),
# filtered as DRF filters them; their handlers load what the answer shows. A destroy, once the
# permissions allow it, dispatches `delete_command`.
class CommandQueryViewSetMixin(GenericViewSet):
    list_query: type[Any]
    get_query: type[Any]
    delete_command: type[Any]

    def get_queryset(self) -> QuerySet[Any]:
        rows = super().get_queryset()
        if self.action == "list":
            return ask(self.list_query(rows=rows))
        return rows

    def get_object(self) -> Any:
        if self.action != "retrieve":
            return super().get_object()
        rows = self.filter_queryset(self.get_queryset())
        pk = self.kwargs[self.lookup_url_kwarg or self.lookup_field]
        if unstorable(rows.model, pk):
            raise Http404
        row = ask(self.get_query(id=pk, rows=rows))
        self.check_object_permissions(self.request, row)
        return row

    def perform_destroy(self, instance: Model) -> None:
        dispatch(self.delete_command(id=instance.pk, user=self.request.user))
