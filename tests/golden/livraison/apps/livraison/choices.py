"""Enumerations of the livraison app, stored as their values."""

from django.db import models


class LivreurVehicule(models.TextChoices):
    V_LO = "vélo", "V lo"
    SCOOTER = "scooter", "Scooter"
    CAMIONNETTE = "camionnette", "Camionnette"


class ColisStatut(models.TextChoices):
    EN_ATTENTE = "en attente", "En attente"
    EN_TRANSIT = "en transit", "En transit"
    LIVR = "livré", "Livr"
