"""Permission classes the viewsets combine: who may read and who may write.

Admins are staff users. An owned row names its owner in the attribute the view declares as
`owner_field`; roles are Django groups, named in the view's `required_roles` by kind of write.
"""

from rest_framework.permissions import SAFE_METHODS, BasePermission

# The kind of write each viewset action is, as `required_roles` keys it.
WRITE_KINDS = {
    "create": "create",
    "update": "update",
    "partial_update": "update",
    "destroy": "delete",
}


def is_owner(request, view, obj) -> bool:
    """Whether the requesting user owns `obj`, compared by key so no row is fetched."""
    attname = obj._meta.get_field(view.owner_field).attname
    return getattr(obj, attname) == request.user.pk


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


class HasRole(BasePermission):
    """A write the view's `required_roles` restricts needs one of the roles named for its kind
    (`create`, `update`, `delete`); admins hold every role. Reads are not restricted."""

    def has_permission(self, request, view):
        kind = WRITE_KINDS.get(getattr(view, "action", None) or "")
        roles = getattr(view, "required_roles", {}).get(kind)
        if not roles:
            return True
        user = request.user
        if not (user and user.is_authenticated):
            return False
        return user.is_staff or user.groups.filter(name__in=roles).exists()
