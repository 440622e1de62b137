"""Upcasters of the Spaces app's events: when the payload of an event type
changes shape, register here how a stored payload of the old shape becomes the new one. The
store keeps old events as they were written and reads them through these. For instance, had
`BookingUpdated` renamed a field `name` to `title`:

    from apps.core.events.upcasters import Payload, upcaster


    @upcaster("BookingUpdated", from_version=1)
    def name_to_title(payload: Payload) -> Payload:
        changes = dict(payload["changes"])
        if "name" in changes:
            changes["title"] = changes.pop("name")
        return {**payload, "changes": changes}

New events of the type are then stored as version 2. docs/event-sourcing.md says more.
Events of this app: BookingCreated, BookingUpdated, BookingDeleted.
"""
