import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("spaces", "0001_initial"),
        ("studio", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="stewardship",
            name="room",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="stewardships",
                to="spaces.room",
            ),
        ),
    ]
