"""`manage.py seed` fills every table through the factories, and can run again."""

from io import StringIO

import pytest
from django.core.management import call_command

from apps.conference.models import User
from apps.core.management.commands.seed import STEPS


@pytest.mark.django_db
def test_seed_fills_every_table_and_runs_twice():
    for run in (1, 2):
        call_command("seed", count=3, stdout=StringIO())
        for step in STEPS:
            assert step.model._default_manager.count() >= 3 * run, step.model.__name__


@pytest.mark.django_db
def test_seed_makes_a_staff_user():
    call_command("seed", count=1, stdout=StringIO())
    assert User.objects.get(username="staff").is_staff
