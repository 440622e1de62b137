"""manage.py replay_events [--entity E] [--verify]: rebuild the read tables of the
event-sourced entities from their events, or compare them (apps.core.events.replay)."""

from functools import partial
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from apps.core.cache import EntityCache

from ...replay import replay
from ...streams import SOURCED, sourced_model

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Rebuild the read tables from the event store; --verify compares and changes nothing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--entity",
            action="append",
            help="An entity to replay, by name or label (repeatable); default: all of them.",
        )
        parser.add_argument(
            "--verify",
            action="store_true",
            help="Report each difference and exit with status 1 if there is any.",
        )
        parser.add_argument("--batch-size", type=int, default=500)

    def progress(self, label: str, done: int, total: int) -> None:
        filled = BAR_WIDTH * done // total
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        end = "\n" if done == total else "\r"
        self.stderr.write(f"{label:<24} [{bar}] {done}/{total} streams", ending=end)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            models = [sourced_model(name) for name in options["entity"] or SOURCED]
        except LookupError as error:
            raise CommandError(str(error)) from None
        verify = options["verify"]
        found = 0
        for model in models:
            label = model._meta.label
            outcome = replay(
                model,
                verify=verify,
                batch_size=options["batch_size"],
                progress=partial(self.progress, label),
            )
            for difference in outcome.differences:
                self.stdout.write(f"{label} {difference}")
            found += len(outcome.differences)
            if not verify:
                EntityCache.of(model).invalidate()
                self.stdout.write(f"{label}: {outcome.written} rows rebuilt")
        if verify and found:
            raise CommandError(f"{found} differences between the tables and the events")
        if verify:
            self.stdout.write(self.style.SUCCESS("The tables match the events."))
