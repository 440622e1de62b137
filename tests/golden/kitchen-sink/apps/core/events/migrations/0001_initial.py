import django.core.serializers.json
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Snapshot",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("stream_type", models.CharField(max_length=100)),
                ("stream_id", models.CharField(max_length=255)),
                ("version", models.PositiveIntegerField()),
                (
                    "state",
                    models.JSONField(
                        encoder=django.core.serializers.json.DjangoJSONEncoder,
                        null=True,
                    ),
                ),
                ("taken_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                "db_table": "event_snapshot",
                "ordering": ["id"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("stream_type", "stream_id", "version"),
                        name="event_snapshot_stream_version",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="StoredEvent",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        primary_key=True, serialize=False, verbose_name="position"
                    ),
                ),
                ("stream_type", models.CharField(max_length=100)),
                ("stream_id", models.CharField(max_length=255)),
                ("version", models.PositiveIntegerField()),
                ("event_type", models.CharField(max_length=100)),
                ("schema_version", models.PositiveSmallIntegerField(default=1)),
                (
                    "payload",
                    models.JSONField(
                        encoder=django.core.serializers.json.DjangoJSONEncoder
                    ),
                ),
                (
                    "metadata",
                    models.JSONField(
                        default=dict,
                        encoder=django.core.serializers.json.DjangoJSONEncoder,
                    ),
                ),
                (
                    "recorded_at",
                    models.DateTimeField(default=django.utils.timezone.now),
                ),
            ],
            options={
                "verbose_name": "stored event",
                "db_table": "event_store",
                "ordering": ["id"],
                "indexes": [
                    models.Index(
                        fields=["stream_type", "stream_id", "recorded_at"],
                        name="event_store_stream_time",
                    ),
                    models.Index(
                        fields=["recorded_at"], name="event_store_recorded_at"
                    ),
                    models.Index(fields=["event_type"], name="event_store_event_type"),
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("stream_type", "stream_id", "version"),
                        name="event_store_stream_version",
                    )
                ],
            },
        ),
    ]
