"""The API of the event store: the history and past states of an event-sourced row, the
version its detail answers carry (`ETag`) and the writes that must start from it (`If-Match`),
and the audit trail of every event for staff."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Model, Q, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import exceptions, mixins, serializers, status
from rest_framework.decorators import action
from rest_framework.permissions import IsAdminUser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from apps.core.cache import EntityCache
from apps.core.cqrs import dispatch
from apps.core.cqrs.rows import json_value
from apps.core.pagination import CursorPagination
from apps.core.viewsets import unstorable

from .aggregate import Values, apply, current_payload, state_at
from .models import StoredEvent
from .store import version_column, version_of

AS_OF = OpenApiParameter(
    "as_of",
    OpenApiTypes.DATETIME,
    description="The row as it was at this moment (ISO 8601); 404 if it did not exist then.",
)
IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description='The ETag of the version read, e.g. "3": 412 if the row has changed since.',
)


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The record changed since the version given in If-Match."
    default_code = "precondition_failed"


class EventPagination(CursorPagination):
    ordering = "id"


class HistoryEntrySerializer(serializers.Serializer):
    version = serializers.IntegerField()
    type = serializers.CharField(help_text='The event\'s type, e.g. "ProductUpdated".')
    recorded_at = serializers.DateTimeField()
    user = serializers.JSONField(
        help_text="The key of the user who caused it, or null."
    )

    def get_fields(self) -> dict[str, serializers.Field]:
        # `data` is a serializer's own attribute: the field is added here, not on the class.
        return {
            **super().get_fields(),
            "data": serializers.JSONField(
                help_text="The row's values after the event (before it, for a deletion)."
            ),
            "changes": serializers.JSONField(
                help_text='Each field the event changed: {"old": ..., "new": ...}.'
            ),
        }


class HistoryPageSerializer(serializers.Serializer):
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = HistoryEntrySerializer(many=True)


def stream_id(key: Any) -> str:
    """A row's stream, as the store names it: its key as events carry it."""
    return str(json_value(key))


def changes(before: Values | None, after: Values | None) -> dict[str, Any]:
    old, new = before or {}, after or {}
    return {
        name: {"old": old.get(name), "new": new.get(name)}
        for name in {**old, **new}
        if old.get(name) != new.get(name)
    }


def history_entries(
    kind: str, key: str, page: list[StoredEvent]
) -> list[dict[str, Any]]:
    """Each event of a page with the row's values after it and what it changed, from the
    state just before the page."""
    data = state_at(kind, key, version=page[0].version - 1).data if page else None
    entries = []
    for event in page:
        after = apply(data, event.event_type, current_payload(event))
        entries.append(
            {
                "version": event.version,
                "type": event.event_type,
                "recorded_at": event.recorded_at,
                "user": event.metadata.get("user"),
                "data": data if after is None else after,
                "changes": changes(data, after),
            }
        )
        data = after
    return entries


def matches(header: str, version: int) -> bool:
    """Whether an If-Match header names the version (or is `*`)."""
    tags = [tag.strip().removeprefix("W/").strip('"') for tag in header.split(",")]
    return "*" in tags or str(version) in tags


# The mixin has no docstring: drf-spectacular would describe the endpoints with it.


# An event-sourced entity's viewset: `GET <id>/history/` lists the row's events, `GET
# <id>/?as_of=` answers its values at a moment, detail answers carry `ETag: "<version>"`,
# and a write with a stale `If-Match` is refused (412). A write starts from the version the
# view read: if another committed meanwhile, the command's handler refuses it (409).
class EventSourcedViewSetMixin(
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    GenericViewSet,
):
    delete_command: type[Any]
    expected_version: int | None = None

    read_version: int | None = None

    def model(self) -> type[Model]:
        return self.get_queryset().model

    def get_queryset(self) -> QuerySet[Any]:
        rows = super().get_queryset()
        column = version_column(rows.model)
        if self.action != "retrieve" or column is None:
            return rows
        return rows.annotate(stream_version=column)

    def get_object(self) -> Any:
        row = super().get_object()
        self.read_version = getattr(row, "stream_version", None)
        return row

    def stream_version(self, key: Any) -> int:
        """The version of the row `key`: as read with it, else from the store."""
        if self.read_version is not None:
            version = self.read_version
            self.version_cache().set(f"stream-version:{key}", version)
            return version
        kind = self.model()._meta.label
        # Kept in the entity's cache, which a write to the row invalidates.
        return self.version_cache().get_or_set(
            f"stream-version:{key}", lambda: version_of(kind, key)
        )

    def version_cache(self) -> EntityCache:
        return EntityCache.of(self.model())

    def readable_stream(self) -> tuple[str, str]:
        """The stream of the row in the path, if the user may read it: through the viewset's
        own checks while the row exists, and for staff only once it is deleted."""
        model = self.model()
        raw = self.kwargs[self.lookup_url_kwarg or self.lookup_field]
        if unstorable(model, raw):
            raise Http404
        try:
            key = model._meta.pk.to_python(raw)
        except ValidationError:
            raise Http404 from None
        if model._default_manager.filter(pk=key).exists():
            self.get_object()
        elif not getattr(self.request.user, "is_staff", False):
            raise Http404
        return model._meta.label, stream_id(key)

    def tagged(self, response: Response, key: Any) -> Response:
        if status.is_success(response.status_code):
            response["ETag"] = f'"{self.stream_version(stream_id(key))}"'
        return response

    def path_key(self) -> Any:
        raw = self.kwargs[self.lookup_url_kwarg or self.lookup_field]
        return self.model()._meta.pk.to_python(raw)

    def precondition(self) -> int:
        """The row's version, which a write starts from; 412 if If-Match names another."""
        row = self.get_object()
        version = version_of(self.model()._meta.label, stream_id(row.pk))
        header = self.request.headers.get("If-Match")
        if header is not None and not matches(header, version):
            raise PreconditionFailed()
        return version

    @extend_schema(parameters=[AS_OF])
    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        moment = request.query_params.get("as_of")
        if moment is not None:
            return self.as_of(moment)
        response = super().retrieve(request, *args, **kwargs)
        return self.tagged(response, self.path_key())

    def as_of(self, text: str) -> Response:
        try:
            moment = parse_datetime(text)
        except ValueError:  # well formed, but no such moment
            moment = None
        if moment is None:
            raise exceptions.ValidationError(
                {
                    "as_of": [
                        "Enter a date and time in ISO 8601, e.g. 2025-01-31T12:00:00Z."
                    ]
                }
            )
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        kind, key = self.readable_stream()
        state = state_at(kind, key, at=moment)
        if state.data is None:
            raise Http404
        pk = self.model()._meta.pk
        return Response(
            {pk.name: json_value(pk.to_python(key)), **state.data},
            headers={"ETag": f'"{state.version}"'},
        )

    @extend_schema(
        parameters=[OpenApiParameter("cursor", OpenApiTypes.STR)],
        responses=HistoryPageSerializer,
    )
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def history(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        kind, key = self.readable_stream()
        paginator = EventPagination()
        events = StoredEvent.objects.filter(stream_type=kind, stream_id=key)
        page = paginator.paginate_queryset(events, request, view=self) or []
        entries = history_entries(kind, key, list(page))
        return paginator.get_paginated_response(
            HistoryEntrySerializer(entries, many=True).data
        )

    @extend_schema(parameters=[IF_MATCH])
    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        self.expected_version = self.precondition()
        response = super().update(request, *args, **kwargs)
        self.read_version = None  # the update made a new one
        return self.tagged(response, self.path_key())

    @extend_schema(parameters=[IF_MATCH])
    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().partial_update(request, *args, **kwargs)

    @extend_schema(parameters=[IF_MATCH])
    def destroy(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        self.expected_version = self.precondition()
        return super().destroy(request, *args, **kwargs)

    def get_serializer_context(self) -> dict[str, Any]:
        return {
            **super().get_serializer_context(),
            "expected_version": self.expected_version,
        }

    def perform_destroy(self, instance: Model) -> None:
        dispatch(
            self.delete_command(
                id=instance.pk,
                user=self.request.user,
                expected_version=self.expected_version,
            )
        )


class AuditEventSerializer(serializers.ModelSerializer):
    position = serializers.IntegerField(source="id")
    type = serializers.CharField(source="event_type")
    user = serializers.SerializerMethodField()
    request_id = serializers.SerializerMethodField()

    class Meta:
        model = StoredEvent
        fields = [
            "position",
            "stream_type",
            "stream_id",
            "version",
            "type",
            "schema_version",
            "recorded_at",
            "user",
            "request_id",
            "payload",
        ]

    @extend_schema_field(OpenApiTypes.STR)
    def get_user(self, event: StoredEvent) -> str | None:
        user = event.metadata.get("user")
        return None if user is None else str(user)

    def get_request_id(self, event: StoredEvent) -> str | None:
        return event.metadata.get("request_id")


class AuditEventFilter(filters.FilterSet):
    stream_type = filters.CharFilter(help_text='A model label, e.g. "catalog.Product".')
    stream_id = filters.CharFilter(help_text="A row's key.")
    type = filters.CharFilter(field_name="event_type")
    user = filters.CharFilter(method="by_user", help_text="A user's key.")
    since = filters.IsoDateTimeFilter(field_name="recorded_at", lookup_expr="gte")
    until = filters.IsoDateTimeFilter(field_name="recorded_at", lookup_expr="lte")

    class Meta:
        model = StoredEvent
        fields = ["stream_type", "stream_id", "type", "user", "since", "until"]

    def by_user(
        self, queryset: QuerySet[StoredEvent], name: str, value: str
    ) -> QuerySet[StoredEvent]:
        """A key in the metadata, stored as a number or as text."""
        match = Q(metadata__user=value)
        if value.isdigit():
            match |= Q(metadata__user=int(value))
        return queryset.filter(match)


class AuditEventViewSet(mixins.ListModelMixin, GenericViewSet):
    """Every event of the event store, for staff: who changed which row, when, and how."""

    queryset = StoredEvent.objects.all()
    serializer_class = AuditEventSerializer
    permission_classes = [IsAdminUser]
    pagination_class = EventPagination
    filter_backends = [filters.DjangoFilterBackend]
    filterset_class = AuditEventFilter
