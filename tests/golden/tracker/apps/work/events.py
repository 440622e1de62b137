"""What changes in the Work app, as its command handlers publish it once
the transaction commits. Hear of it with
`apps.core.cqrs.subscribe(IssueCreated, subscriber)`."""

from dataclasses import dataclass

from apps.core.cqrs import Created, Deleted, Updated


@dataclass(frozen=True, kw_only=True)
class IssueCreated(Created):
    """Published for each issue created."""


@dataclass(frozen=True, kw_only=True)
class IssueUpdated(Updated):
    """Published for each issue updated."""


@dataclass(frozen=True, kw_only=True)
class IssueDeleted(Deleted):
    """Published for each issue deleted."""
