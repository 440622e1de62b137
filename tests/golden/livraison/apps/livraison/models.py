from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse

from .choices import ColisStatut, LivreurVehicule


class Utilisateur(AbstractUser):
    email = models.EmailField(max_length=254, unique=True)
    nom = models.CharField(max_length=255)
    telephone = models.CharField(max_length=255)
    date_creation = models.DateTimeField()

    class Meta:
        ordering = ["pk"]
        verbose_name = "utilisateur"
        verbose_name_plural = "utilisateurs"
        constraints = [
            models.UniqueConstraint(
                Lower("email"), name="livraison_utilisateur_email_ci_uniq"
            )
        ]

    def __str__(self) -> str:
        return self.nom

    def get_absolute_url(self) -> str:
        return reverse("livraison:utilisateur-detail", kwargs={"pk": self.pk})


class Client(Utilisateur):
    adresse = models.CharField(max_length=255)

    class Meta:
        ordering = ["pk"]
        verbose_name = "client"
        verbose_name_plural = "clients"

    def __str__(self) -> str:
        return self.nom

    def get_absolute_url(self) -> str:
        return reverse("livraison:client-detail", kwargs={"pk": self.pk})


class Livreur(Utilisateur):
    vehicule = models.CharField(max_length=11, choices=LivreurVehicule.choices)
    disponible = models.BooleanField()

    class Meta:
        ordering = ["pk"]
        verbose_name = "livreur"
        verbose_name_plural = "livreurs"

    def __str__(self) -> str:
        return self.nom

    def get_absolute_url(self) -> str:
        return reverse("livraison:livreur-detail", kwargs={"pk": self.pk})


class PointRelais(models.Model):
    nom = models.CharField(max_length=255)
    ville = models.CharField(max_length=255)
    code_postal = models.CharField(max_length=255)

    class Meta:
        ordering = ["pk"]
        verbose_name = "point relais"
        verbose_name_plural = "point relais"

    def __str__(self) -> str:
        return self.nom

    def get_absolute_url(self) -> str:
        return reverse("livraison:point_relais-detail", kwargs={"pk": self.pk})


class Colis(models.Model):
    reference = models.CharField(max_length=255, unique=True)
    poids = models.DecimalField(max_digits=10, decimal_places=2)
    statut = models.CharField(max_length=10, choices=ColisStatut.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    expediteur = models.ForeignKey(
        "livraison.Client", on_delete=models.PROTECT, related_name="colis_as_expediteur"
    )
    destinataire = models.ForeignKey(
        "livraison.Client",
        on_delete=models.PROTECT,
        related_name="colis_as_destinataire",
    )

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = "colis"
        verbose_name_plural = "colis"
        indexes = [models.Index(fields=["-created_at"], name="colis_ord_idx")]

    def __str__(self) -> str:
        return self.reference

    def get_absolute_url(self) -> str:
        return reverse("livraison:colis-detail", kwargs={"pk": self.pk})

    def calculerTarif(self):
        """Declared in the domain model as `calculerTarif() -> Decimal`; yours to write."""
        raise NotImplementedError

    def suivre(self):
        """Declared in the domain model as `suivre() -> void`; yours to write."""
        raise NotImplementedError

    def delete_colis(self):
        """Declared in the domain model as `delete_colis()`; yours to write."""
        raise NotImplementedError


class Expedition(models.Model):
    date_depart = models.DateTimeField()
    depart = models.ForeignKey(
        "livraison.PointRelais",
        on_delete=models.PROTECT,
        related_name="expeditions_as_depart",
    )
    arrivee = models.ForeignKey(
        "livraison.PointRelais",
        on_delete=models.PROTECT,
        related_name="expeditions_as_arrivee",
    )
    colis = models.ForeignKey(
        "livraison.Colis", on_delete=models.PROTECT, related_name="expeditions"
    )
    livreur = models.ForeignKey(
        "livraison.Livreur", on_delete=models.PROTECT, related_name="expeditions"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "expedition"
        verbose_name_plural = "expeditions"

    def __str__(self) -> str:
        return f"Expedition {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("livraison:expedition-detail", kwargs={"pk": self.pk})

    def return_expedition(self):
        """Declared in the domain model as `return_expedition()`; yours to write."""
        raise NotImplementedError


class Session(models.Model):
    debut = models.DateTimeField()
    fin = models.DateTimeField()
    livreur = models.ForeignKey(
        "livraison.Livreur", on_delete=models.PROTECT, related_name="sessions"
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "session"
        verbose_name_plural = "sessions"

    def __str__(self) -> str:
        return f"Session {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("livraison:session-detail", kwargs={"pk": self.pk})
