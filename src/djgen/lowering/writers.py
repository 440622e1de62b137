"""Fields only staff, or staff and the members of some roles, may write (`staff_only`,
`write_roles`): what an entity's write serializer declares, and whom the generated tests of
the rule send as writers.

The rule holds in the write serializers (`apps/core/write_roles.py`): anyone else who sends
such a field with another value than the row keeps is refused with a 403 naming it.
"""

from __future__ import annotations

from dataclasses import dataclass

from djgen.lowering.imports import Import
from djgen.lowering.policy import access
from djgen.lowering.test_data import entity_tests
from djgen.model import Entity, Field, Project
from djgen.vocabulary import WriteAccess

WRITE_ROLES_SERIALIZER = Import("apps.core.write_roles", "WriteRolesSerializer")
# The kinds of write that set fields, as an entity's `permissions:` names them.
WRITES = ("create", "update")


def guarded_fields(entity: Entity) -> tuple[Field, ...]:
    """The entity's fields only staff, or staff and some roles, may write."""
    return tuple(f for f in entity.all_fields if f.restricted)


def write_roles(entity: Entity) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(API name, roles that may write it besides staff) of each guarded field, as the write
    serializer's `Meta.write_roles` lists them."""
    return tuple((f.api_name, f.write_roles) for f in guarded_fields(entity))


def writers(f: Field) -> str:
    """Who may write a guarded field, in words: "staff", "staff, or members of editor"."""
    if not f.write_roles:
        return "staff"
    return f"staff, or members of {' or '.join(f.write_roles)},"


def guarded_help_text(f: Field) -> str:
    """The field's help text in the API schema: the spec's, then who may set it."""
    rule = f"Only {writers(f)} may set or change it."
    return f"{f.help_text.rstrip()} {rule}" if f.help_text else rule


@dataclass(frozen=True)
class Guarded:
    """A guarded field as its tests see it."""

    name: str  # the model attribute
    api_name: str
    shown: bool  # reads show it (it is not write-only)
    role: str | None  # one of the roles that may write it besides staff


@dataclass(frozen=True)
class GuardedTests:
    """What the tests of one entity's guarded fields need."""

    entity: Entity
    fields: tuple[Guarded, ...]
    writable: tuple[tuple[str, str], ...]  # what any writer sends: model attribute → API name
    plain: tuple[str, ...]  # kinds of write ("create", "update") a user in no field's role makes
    writer_roles: tuple[str, ...]  # the roles of that user, which the entity's writes need
    member_roles: tuple[str, ...]  # roles a member of a field's role also holds to write rows
    members_write: bool  # whether such a member, with those roles, creates and updates rows

    @property
    def with_roles(self) -> tuple[Guarded, ...]:
        """The fields some roles write besides staff: none where only admins write rows."""
        if not self.members_write:
            return ()
        return tuple(f for f in self.fields if f.role is not None)


def guarded_tests(project: Project, entity: Entity) -> GuardedTests | None:
    """None for an entity without guarded fields.

    A user who may write rows but none of the guarded fields holds, for each kind of write
    the entity's `permissions:` restricts, one of its roles that writes no guarded field;
    where every role of a kind writes one, no such user makes that kind of write, and only
    staff and the fields' roles are tested for it. A read-only entity is written by admins
    only, and so is a kind of write no role is named for where staff write the entity's
    rows; a user edits their own row of the user model through the `me` endpoint, never
    creating one.
    """
    fields = guarded_fields(entity)
    if not fields:
        return None
    field_roles = {role for f in fields for role in f.write_roles}
    plain: list[str] = []
    writer: dict[str, None] = {}
    member: dict[str, None] = {}
    kinds = () if entity.readonly else ("update",) if entity.is_user else WRITES
    staff_write = not entity.is_user and access(project, entity).write is WriteAccess.STAFF
    members_write = bool(kinds)
    for kind in kinds:
        required: tuple[str, ...] = getattr(entity.permissions, kind)
        if staff_write and not required:
            members_write = False
            continue
        others = [role for role in required if role not in field_roles]
        if others or not required:
            plain.append(kind)
        if others:
            writer[others[0]] = None
        if required:
            member[(others or required)[0]] = None
    return GuardedTests(
        entity=entity,
        fields=tuple(
            Guarded(f.name, f.api_name, not f.write_only, next(iter(f.write_roles), None))
            for f in fields
        ),
        writable=entity_tests(entity).writable,
        plain=tuple(plain),
        writer_roles=tuple(writer),
        member_roles=tuple(member),
        members_write=members_write,
    )
