"""What changed between the previous model and the new one that the autodetector must not guess.

Renames are declared in the spec (`renamed_from`) and become `RenameModel` and `RenameField`,
never a removal and an addition that would drop the data. A column that becomes required with
no default has no value for the rows already stored: that is the user's decision, reported as
an error with a hint, where `makemigrations` would ask a question at a terminal.
"""

from __future__ import annotations

from typing import Any

from django.db.migrations import RenameField, RenameModel
from django.db.migrations.operations.base import Operation

from djgen.errors import Diagnostic, Loc, Severity
from djgen.lowering.renames import (
    Column,
    columns,
    previous_entity,
    renamed_column,
    renamed_columns,
)
from djgen.model import Entity, Enum, Project, Relation
from djgen.vocabulary import RelationKind


def _references(entity: Entity) -> set[str]:
    """The entities the entity's table points at: its parent, and its relations' targets and
    through entities."""
    names = {r.target for r in entity.all_relations}
    names |= {r.through for r in entity.all_relations if r.through is not None}
    return names | ({entity.parent} if entity.parent is not None else set())


def _earlier_names(previous: Project, current: Project) -> dict[str, str]:
    """Each entity of the current model that the previous one had: name → previous name."""
    before, now = {e.name for e in previous.entities}, {e.name for e in current.entities}
    found = {}
    for entity in current.entities:
        if entity.name in before:
            found[entity.name] = entity.name
        elif entity.renamed_from in before and entity.renamed_from not in now:
            found[entity.name] = entity.renamed_from
    return found


def _dumps(items: tuple[Entity, ...] | tuple[Enum, ...]) -> dict[str, dict[str, Any]]:
    """Each entity or enumeration by name, as the record keeps it (no source positions)."""
    return {item.name: item.model_dump(mode="json") for item in items}


def changed_tables(previous: Project, current: Project) -> tuple[set[str], set[str]] | None:
    """The entities whose tables may differ between the two models, with the entities those
    tables point at, by name in the previous model and in the current one: all the migration
    autodetector needs to compare, every other table being the same on both sides. None when
    what every table may depend on changed (the project, its features, its user model)."""
    if (previous.name, previous.features, previous.user_model) != (
        current.name,
        current.features,
        current.user_model,
    ):
        return None
    was, now = _dumps(previous.entities), _dumps(current.entities)
    enums_were, enums_are = _dumps(previous.enums), _dumps(current.enums)
    enums = {
        name
        for name in enums_were.keys() | enums_are.keys()
        if enums_were.get(name) != enums_are.get(name)
    }
    earlier = _earlier_names(previous, current)
    later = {old: new for new, old in earlier.items()}
    changed_now = {
        e.name
        for e in current.entities
        if e.name not in earlier
        or was[earlier[e.name]] != now[e.name]
        or any(f.enum in enums for f in e.all_fields)
    }
    changed_before = {e.name for e in previous.entities if later.get(e.name, "") in changed_now}
    changed_before |= {e.name for e in previous.entities if e.name not in later}
    dirty_now = _touching(current, changed_now)
    dirty_before = _touching(previous, changed_before)
    in_current = dirty_now | {later[name] for name in dirty_before if name in later}
    in_previous = dirty_before | {earlier[name] for name in in_current if name in earlier}
    return in_previous, in_current


def _touching(project: Project, changed: set[str]) -> set[str]:
    """The concrete entities changed or pointing at one changed, and the entities they point at."""
    dirty = [e for e in project.concrete_entities if e.name in changed or _references(e) & changed]
    return {e.name for e in dirty} | {name for e in dirty for name in _references(e)}


def rename_operations(previous: Project, current: Project) -> dict[str, list[Operation]]:
    """Each app's renames, models first, so that field renames name the model's new name."""
    found: dict[str, list[Operation]] = {}
    fields: dict[str, list[Operation]] = {}
    for entity in current.concrete_entities:
        before = previous_entity(previous, current, entity)
        if before is None:
            continue
        if before.name != entity.name:
            found.setdefault(entity.app, []).append(RenameModel(before.name, entity.name))
        for source, name in renamed_columns(previous, before, current, entity).items():
            rename = RenameField(entity.name.lower(), source, name)
            fields.setdefault(entity.app, []).append(rename)
    for app, operations in fields.items():
        found.setdefault(app, []).extend(operations)
    return found


def _needs_value(item: Column) -> bool:
    """Whether a column has no value to give the rows already stored."""
    if isinstance(item, Relation):
        return item.required and item.kind is not RelationKind.MANY_TO_MANY
    automatic = item.auto_now or item.auto_now_add or item.primary_key
    return item.required and item.default is None and not automatic


def _error(code: str, message: str, loc: Loc | None, hint: str) -> Diagnostic:
    return Diagnostic(code, Severity.ERROR, message, loc or Loc("spec"), hint)


def problems(previous: Project, current: Project) -> list[Diagnostic]:
    """Every change the next migration cannot make on its own, located in the new spec."""
    found = [*_rename_problems(previous, current)]
    for entity in current.concrete_entities:
        before = previous_entity(previous, current, entity)
        if before is None:
            continue
        old, new = columns(previous, before), columns(current, entity)
        for item in new.values():
            was = old.get(renamed_column(old, new, item) or item.name)
            if not _needs_value(item) or (was is not None and _needs_value(was)):
                continue
            what = "is new" if was is None else "becomes required"
            found.append(
                _error(
                    "DJG216",
                    f"'{entity.name}.{item.name}' {what} on a table that may hold rows, and "
                    "has no default to give them",
                    item.loc,
                    "give it a default (default:V), or make it optional",
                )
            )
    return sorted(found, key=lambda d: d.loc)


def _rename_problems(previous: Project, current: Project) -> list[Diagnostic]:
    found = []
    kept = {e.name for e in current.entities}
    for entity in current.entities:
        old = entity.renamed_from
        if old is None or entity.name == old:
            continue
        before = next((e for e in previous.entities if e.name == old), None)
        if old in kept:
            message = f"'{entity.name}' is renamed from '{old}', which the spec still declares"
            hint = f"remove '{old}', or remove renamed_from"
        elif before is not None and before.app != entity.app:
            message = f"'{entity.name}' is renamed from '{old}' and moved to app '{entity.app}'"
            hint = "rename it in one update and move it to another app in the next"
        else:
            continue
        found.append(_error("DJG217", message, entity.loc, hint))
    for entity in current.concrete_entities:
        new = columns(current, entity)
        for item in new.values():
            if item.renamed_from in new and item.renamed_from != item.name:
                found.append(
                    _error(
                        "DJG217",
                        f"'{entity.name}.{item.name}' is renamed from '{item.renamed_from}', "
                        "which the entity still declares",
                        item.loc,
                        f"remove '{item.renamed_from}', or remove renamed_from",
                    )
                )
    return found
