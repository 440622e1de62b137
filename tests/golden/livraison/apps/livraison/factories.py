"""Factories for the Livraison models: valid rows for tests and seed data."""

import datetime
from typing import Any, cast

import factory
from factory import fuzzy
from factory.django import DjangoModelFactory

from .choices import ColisStatut, LivreurVehicule
from .models import (
    Client,
    Colis,
    Expedition,
    Livreur,
    PointRelais,
    Session,
    Utilisateur,
)


class UtilisateurFactory(DjangoModelFactory[Utilisateur]):
    """Users log in with the password "password"."""

    class Meta:
        model = Utilisateur

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("password")
    nom = factory.Faker("text", max_nb_chars=200)
    telephone = factory.Faker("text", max_nb_chars=200)
    date_creation = factory.Faker("date_time", tzinfo=datetime.UTC)


class ClientFactory(UtilisateurFactory):
    class Meta:
        model = Client

    adresse = factory.Faker("text", max_nb_chars=200)

    @classmethod
    def create(cls, **kwargs: Any) -> Client:
        # What the parent factory makes is typed as the parent's model.
        return cast(Client, super().create(**kwargs))

    @classmethod
    def build(cls, **kwargs: Any) -> Client:
        return cast(Client, super().build(**kwargs))


class LivreurFactory(UtilisateurFactory):
    class Meta:
        model = Livreur

    vehicule = fuzzy.FuzzyChoice(LivreurVehicule.values)
    disponible = factory.Faker("pybool")

    @classmethod
    def create(cls, **kwargs: Any) -> Livreur:
        # What the parent factory makes is typed as the parent's model.
        return cast(Livreur, super().create(**kwargs))

    @classmethod
    def build(cls, **kwargs: Any) -> Livreur:
        return cast(Livreur, super().build(**kwargs))


class PointRelaisFactory(DjangoModelFactory[PointRelais]):
    class Meta:
        model = PointRelais

    nom = factory.Faker("text", max_nb_chars=200)
    ville = factory.Faker("text", max_nb_chars=200)
    code_postal = factory.Faker("text", max_nb_chars=200)


class ColisFactory(DjangoModelFactory[Colis]):
    class Meta:
        model = Colis

    reference = factory.Sequence(lambda n: f"reference-{n}")
    poids = fuzzy.FuzzyDecimal(0, 1000, precision=2)
    statut = fuzzy.FuzzyChoice(ColisStatut.values)
    expediteur = factory.SubFactory(ClientFactory)
    destinataire = factory.SubFactory(ClientFactory)


class ExpeditionFactory(DjangoModelFactory[Expedition]):
    class Meta:
        model = Expedition

    date_depart = factory.Faker("date_time", tzinfo=datetime.UTC)
    depart = factory.SubFactory(PointRelaisFactory)
    arrivee = factory.SubFactory(PointRelaisFactory)
    colis = factory.SubFactory(ColisFactory)
    livreur = factory.SubFactory(LivreurFactory)


class SessionFactory(DjangoModelFactory[Session]):
    class Meta:
        model = Session

    debut = factory.Faker("date_time", tzinfo=datetime.UTC)
    fin = factory.Faker("date_time", tzinfo=datetime.UTC)
    livreur = factory.SubFactory(LivreurFactory)
