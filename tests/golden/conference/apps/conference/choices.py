"""Enumerations of the conference app, stored as their values."""

from django.db import models


class Level(models.TextChoices):
    BEGINNER = "BEGINNER", "Beginner"
    INTERMEDIATE = "INTERMEDIATE", "Intermediate"
    EXPERT = "EXPERT", "Expert"


class TalkFormat(models.TextChoices):
    TALK = "TALK", "Talk"
    WORKSHOP = "WORKSHOP", "Workshop"
    PANEL = "PANEL", "Panel"


class Language(models.TextChoices):
    ENGLISH = "ENGLISH", "English"
    FRENCH = "FRENCH", "French"
    GERMAN = "GERMAN", "German"


class SponsorTier(models.TextChoices):
    GOLD = "GOLD", "Gold"
    SILVER = "SILVER", "Silver"
    BRONZE = "BRONZE", "Bronze"
