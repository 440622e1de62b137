"""Permission classes the viewsets combine: who may read and who may write.

Admins are staff users. A view says who reads it (`read_access`: "public" for anyone,
"users" for signed-in users) and who writes it (`write_access`: "users" or "staff"); roles
are Django groups, named in the view's `required_roles` by kind of write. An owned row names
its owner through the lookup the view declares as `owner_field`: the key to the user
("author"), or the keys that lead to an owned row ("order__customer__user").
"""

from django.db.models.constants import LOOKUP_SEP
from rest_framework.permissions import SAFE_METHODS, BasePermission

# The kind of write each viewset action is, as `required_roles` keys it.
WRITE_KINDS = {
    "create": "create",
    "update": "update",
    "partial_update": "update",
    "destroy": "delete",
}


def is_owner(request, view, obj) -> bool:
    """Whether the requesting user owns `obj`: compared by key when the row holds the key to
    its owner, so no row is fetched; looked up through the keys otherwise."""
    lookup = view.owner_field
    if LOOKUP_SEP not in lookup:
        return getattr(obj, obj._meta.get_field(lookup).attname) == request.user.pk
    rows = type(obj)._default_manager.filter(pk=obj.pk, **{lookup: request.user.pk})
    return rows.exists()


class AccessPolicy(BasePermission):
    """Reads as the view's `read_access` says, writes as its `write_access` says; a kind of
    write (`create`, `update`, `delete`) that `required_roles` names needs one of its roles
    instead. Staff may do every write and hold every role."""

    def has_permission(self, request, view):
        user = request.user
        signed_in = bool(user and user.is_authenticated)
        if request.method in SAFE_METHODS:
            return signed_in or view.read_access == "public"
        if not signed_in:
            return False
        if user.is_staff:
            return True
        kind = WRITE_KINDS.get(getattr(view, "action", None) or "")
        roles = getattr(view, "required_roles", {}).get(kind)
        if roles:
            return user.groups.filter(name__in=roles).exists()
        return view.write_access == "users"


class ReadOnly(BasePermission):
    """Reading only: combine with `|` to let others read what only some may change."""

    def has_permission(self, request, view):
        return request.method in SAFE_METHODS


class IsAdmin(BasePermission):
    """Staff users."""

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_staff)


class IsSuperUser(BasePermission):
    """Superusers only."""

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_superuser)


class IsOwner(BasePermission):
    """Signed-in users, and on a row only its owner."""

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated)

    def has_object_permission(self, request, view, obj):
        return is_owner(request, view, obj)


class IsOwnerOrReadOnly(BasePermission):
    """Anyone reads; only the owner of a row changes it."""

    def has_permission(self, request, view):
        return request.method in SAFE_METHODS or bool(
            request.user and request.user.is_authenticated
        )

    def has_object_permission(self, request, view, obj):
        return request.method in SAFE_METHODS or is_owner(request, view, obj)


class IsOwnerOrAdmin(IsOwner):
    """Signed-in users, and on a row its owner or an admin."""

    def has_object_permission(self, request, view, obj):
        return request.user.is_staff or is_owner(request, view, obj)
