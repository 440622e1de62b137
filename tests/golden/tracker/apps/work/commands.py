"""The commands of the Work app: the changes a client may ask for, with the
data the write serializer validated and the user who asks. handlers.py handles each."""

from dataclasses import dataclass

from apps.core.cqrs import Command, Data


@dataclass(frozen=True, kw_only=True)
class CreateIssue(Command):
    """Create one issue: `data` holds a value for each field to set."""

    data: Data


@dataclass(frozen=True, kw_only=True)
class UpdateIssue(Command):
    """Change the issue `id`: `data` holds the fields to change (all of them
    for a PUT, those sent for a PATCH)."""

    id: int
    data: Data


@dataclass(frozen=True, kw_only=True)
class DeleteIssue(Command):
    """Delete the issue `id`."""

    id: int
