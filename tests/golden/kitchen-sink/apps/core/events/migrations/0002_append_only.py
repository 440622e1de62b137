"""On PostgreSQL, a trigger refuses any update or delete of a stored event or a snapshot,
whatever writes the SQL; the models refuse them on every database."""

from django.db import migrations

TABLES = ["event_store", "event_snapshot"]

FUNCTION = """
CREATE OR REPLACE FUNCTION event_store_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the event store is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql
"""


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        FUNCTION, params=None
    )  # its % are PL/pgSQL's, not placeholders
    for table in TABLES:
        schema_editor.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION event_store_append_only()"
        )


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    schema_editor.execute("DROP FUNCTION IF EXISTS event_store_append_only()")


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial")]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
