"""How every app's API shows relations: written as primary keys, read as compact references
in lists, as related objects one level deep in details, and reverse relations as a count
with the URL of their nested list."""

import base64
import binascii

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models
from django.utils.module_loading import import_string
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse
from rest_framework.utils.field_mapping import get_nested_relation_kwargs

from .storable import datetime_problem, duration_problem, json_problem, text_problem


class PrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """A key the database cannot even compare (a word where a UUID is expected, text with a
    NUL) is refused like any other wrong key: a 400 on the field, never a server error."""

    def to_internal_value(self, data):
        if isinstance(data, str) and (problem := text_problem(data)):
            raise serializers.ValidationError(problem)
        try:
            return super().to_internal_value(data)
        except DjangoValidationError:
            self.fail("incorrect_type", data_type=type(data).__name__)


class JSONField(serializers.JSONField):
    """A JSON value no deeper than JSON_MAX_DEPTH, with no text a database refuses; also when
    a form sends it as a string to decode."""

    def to_internal_value(self, data):
        try:
            value = super().to_internal_value(data)
        except RecursionError:
            self.fail("invalid")
        if problem := json_problem(value):
            raise serializers.ValidationError(problem)
        return value


class DateTimeField(serializers.DateTimeField):
    """A date and time that stays one once converted to UTC."""

    def to_internal_value(self, value):
        parsed = super().to_internal_value(value)
        if problem := datetime_problem(parsed):
            raise serializers.ValidationError(problem)
        return parsed


class DurationField(serializers.DurationField):
    """A duration every database can store."""

    def to_internal_value(self, value):
        parsed = super().to_internal_value(value)
        if problem := duration_problem(parsed):
            raise serializers.ValidationError(problem)
        return parsed


class BinaryField(serializers.ModelField):
    """Bytes written as base64 text; anything else is a 400."""

    default_error_messages = {"invalid": "Enter the bytes as base64 text."}

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        try:
            return base64.b64decode(data.encode("ascii"), validate=True)
        except (UnicodeEncodeError, binascii.Error):
            self.fail("invalid")


class WriteSerializer(serializers.ModelSerializer):
    """Writes relations as primary keys of existing rows, and only values every database
    stores (`apps.core.storable`). A key the client chooses (`Meta.create_only_fields`) is
    written when the row is created and read-only after: the row stays at its URL."""

    serializer_related_field = PrimaryKeyRelatedField
    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.JSONField: JSONField,
        models.DateTimeField: DateTimeField,
        models.DurationField: DurationField,
        models.BinaryField: BinaryField,
    }

    def get_extra_kwargs(self):
        extra = super().get_extra_kwargs()
        if self.instance is not None:
            for name in getattr(self.Meta, "create_only_fields", ()):
                extra[name] = {**extra.get(name, {}), "read_only": True}
        return extra


class ReferenceSerializer(serializers.Serializer):
    """What a reference reads as, for the schema."""

    id: serializers.Field = serializers.IntegerField()
    display = serializers.CharField()


class UUIDReferenceSerializer(ReferenceSerializer):
    id = serializers.UUIDField()


class TextReferenceSerializer(ReferenceSerializer):
    id = serializers.CharField()


@extend_schema_field(ReferenceSerializer)
class Reference(serializers.RelatedField):
    """A related row as a list shows it: its key and the text it displays as."""

    def to_representation(self, value):
        return {"id": value.pk, "display": str(value)}


@extend_schema_field(UUIDReferenceSerializer)
class UUIDReference(Reference):
    """A reference to a row whose key is a UUID."""


@extend_schema_field(TextReferenceSerializer)
class TextReference(Reference):
    """A reference to a row whose key is text."""


class RelatedList(serializers.Serializer):
    """A reverse relation in a detail: how many rows point at this one, and the URL that
    lists them. The count comes from the view's queryset, annotated as `<name>_count`."""

    count = serializers.IntegerField(read_only=True)
    url = serializers.URLField(read_only=True)

    def __init__(self, view_name: str, **kwargs):
        self.view_name = view_name
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance):
        return {
            "count": getattr(instance, f"{self.field_name}_count"),
            "url": reverse(
                self.view_name,
                kwargs={"parent_pk": instance.pk},
                request=self.context.get("request"),
            ),
        }


class DetailSerializer(serializers.ModelSerializer):
    """Reads related objects one level deep (`Meta.depth = 1`), each the way its own endpoint
    shows it: by `apps.<app>.serializers.<Model>Serializer`, looked up when first used so
    that apps can show each other's rows without importing each other's modules."""

    def build_nested_field(self, field_name, relation_info, nested_depth):
        model = relation_info.related_model
        serializer = import_string(
            f"apps.{model._meta.app_label}.serializers.{model.__name__}Serializer"
        )
        kwargs = get_nested_relation_kwargs(relation_info)
        if relation_info.model_field is not None and relation_info.model_field.null:
            kwargs["allow_null"] = True
        return serializer, kwargs
