"""How every app's API shows relations: written as primary keys, read as compact references
in lists, as related objects one level deep in details, and reverse relations as a count
with the URL of their nested list."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.module_loading import import_string
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse
from rest_framework.utils.field_mapping import get_nested_relation_kwargs


class PrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """A key the database cannot even compare (a word where a UUID is expected) is refused
    like any other wrong key: a 400 on the field, never a server error."""

    def to_internal_value(self, data):
        try:
            return super().to_internal_value(data)
        except DjangoValidationError:
            self.fail("incorrect_type", data_type=type(data).__name__)


class WriteSerializer(serializers.ModelSerializer):
    """Writes relations as primary keys of existing rows."""

    serializer_related_field = PrimaryKeyRelatedField


class ReferenceSerializer(serializers.Serializer):
    """What a reference reads as, for the schema."""

    id: serializers.Field = serializers.IntegerField()
    display = serializers.CharField()


class UUIDReferenceSerializer(ReferenceSerializer):
    id = serializers.UUIDField()


@extend_schema_field(ReferenceSerializer)
class Reference(serializers.RelatedField):
    """A related row as a list shows it: its key and the text it displays as."""

    def to_representation(self, value):
        return {"id": value.pk, "display": str(value)}


@extend_schema_field(UUIDReferenceSerializer)
class UUIDReference(Reference):
    """A reference to a row whose key is a UUID."""


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
