"""Event sourcing: the event store (models), appending in the write's transaction (store),
rebuilding a row's state (aggregate), schema evolution (upcasters), replay, and the API.
docs/event-sourcing.md says what is stored and what is guaranteed."""
