"""Fields that only staff, or staff and the members of some roles, set or change.

A write serializer lists them in `Meta.write_roles`, each with the roles (Django groups)
whose members may write it besides staff. Anyone else who sends such a field with another
value than the row keeps (its default on a create, its current value on an update) is
refused with a 403 that names the field. The value is never dropped silently, and a client
that sends back what it read is not refused."""

from typing import Any, cast

from django.db.models import Field, Model
from rest_framework import exceptions

from .serializers import WriteSerializer


def may_write(user: Any, roles: list[str]) -> bool:
    """Staff write every such field; members of one of `roles`, the fields that name it."""
    if user is None or not user.is_authenticated:
        return False
    return user.is_staff or (
        bool(roles) and user.groups.filter(name__in=roles).exists()
    )


def refusal(roles: list[str]) -> str:
    if not roles:
        return "Only staff may set or change this field."
    return (
        f"Only staff, or members of {' or '.join(roles)}, may set or change this field."
    )


class WriteRolesSerializer(WriteSerializer):
    """A write serializer with fields only some users set (`Meta.write_roles`)."""

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        attrs = super().validate(attrs)
        request = self.context.get("request")
        user = getattr(request, "user", None)
        write_roles: dict[str, list[str]] = self.Meta.write_roles
        refused = {
            name: [refusal(roles)]
            for name, roles in write_roles.items()
            if self.changes(name, attrs) and not may_write(user, roles)
        }
        if refused:
            raise exceptions.PermissionDenied(
                {"detail": f"You may not set {', '.join(refused)}.", **refused}
            )
        return attrs

    def changes(self, name: str, attrs: dict[str, Any]) -> bool:
        """Whether the request sends the field `name` with another value than the row
        keeps."""
        source = self.fields[name].source
        if name not in self.initial_data or source not in attrs:
            return False
        if self.instance is None:
            model = cast(type[Model], self.Meta.model)
            kept = cast(Field, model._meta.get_field(source)).get_default()
        else:
            kept = getattr(self.instance, source)
        return attrs[source] != kept
