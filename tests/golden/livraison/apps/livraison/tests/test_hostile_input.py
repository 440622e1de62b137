"""Hostile input to the Livraison endpoints: every query parameter of every list
answers each hostile value without a server error, the values that cannot be compared are
refused with a 400, a key no row can have is not found, and a write refuses each value of a
field's type no database stores."""

from urllib.parse import quote

import pytest
from django.urls import reverse_lazy
from rest_framework import status

from apps.core import hostile
from apps.core.testing import api_payload
from apps.livraison.factories import (
    ClientFactory,
    ColisFactory,
    ExpeditionFactory,
    LivreurFactory,
    PointRelaisFactory,
    SessionFactory,
)

pytestmark = pytest.mark.django_db

UTILISATEUR_URL = reverse_lazy("livraison:utilisateur-list")

CLIENT_URL = reverse_lazy("livraison:client-list")

LIVREUR_URL = reverse_lazy("livraison:livreur-list")

POINTRELAIS_URL = reverse_lazy("livraison:point_relais-list")

COLIS_URL = reverse_lazy("livraison:colis-list")

EXPEDITION_URL = reverse_lazy("livraison:expedition-list")

SESSION_URL = reverse_lazy("livraison:session-list")

LIST_PARAMETERS = [
    pytest.param(UTILISATEUR_URL, "username", id="utilisateur-username"),
    pytest.param(
        UTILISATEUR_URL, "username__iexact", id="utilisateur-username__iexact"
    ),
    pytest.param(
        UTILISATEUR_URL, "username__icontains", id="utilisateur-username__icontains"
    ),
    pytest.param(
        UTILISATEUR_URL, "username__istartswith", id="utilisateur-username__istartswith"
    ),
    pytest.param(UTILISATEUR_URL, "username__in", id="utilisateur-username__in"),
    pytest.param(UTILISATEUR_URL, "date_joined", id="utilisateur-date_joined"),
    pytest.param(UTILISATEUR_URL, "date_joined__lt", id="utilisateur-date_joined__lt"),
    pytest.param(
        UTILISATEUR_URL, "date_joined__lte", id="utilisateur-date_joined__lte"
    ),
    pytest.param(UTILISATEUR_URL, "date_joined__gt", id="utilisateur-date_joined__gt"),
    pytest.param(
        UTILISATEUR_URL, "date_joined__gte", id="utilisateur-date_joined__gte"
    ),
    pytest.param(
        UTILISATEUR_URL, "date_joined__range", id="utilisateur-date_joined__range"
    ),
    pytest.param(
        UTILISATEUR_URL, "date_joined__year", id="utilisateur-date_joined__year"
    ),
    pytest.param(
        UTILISATEUR_URL, "date_joined__month", id="utilisateur-date_joined__month"
    ),
    pytest.param(UTILISATEUR_URL, "email", id="utilisateur-email"),
    pytest.param(UTILISATEUR_URL, "email__iexact", id="utilisateur-email__iexact"),
    pytest.param(
        UTILISATEUR_URL, "email__icontains", id="utilisateur-email__icontains"
    ),
    pytest.param(
        UTILISATEUR_URL, "email__istartswith", id="utilisateur-email__istartswith"
    ),
    pytest.param(UTILISATEUR_URL, "email__in", id="utilisateur-email__in"),
    pytest.param(UTILISATEUR_URL, "nom", id="utilisateur-nom"),
    pytest.param(UTILISATEUR_URL, "nom__iexact", id="utilisateur-nom__iexact"),
    pytest.param(UTILISATEUR_URL, "nom__icontains", id="utilisateur-nom__icontains"),
    pytest.param(
        UTILISATEUR_URL, "nom__istartswith", id="utilisateur-nom__istartswith"
    ),
    pytest.param(UTILISATEUR_URL, "nom__in", id="utilisateur-nom__in"),
    pytest.param(UTILISATEUR_URL, "telephone", id="utilisateur-telephone"),
    pytest.param(
        UTILISATEUR_URL, "telephone__iexact", id="utilisateur-telephone__iexact"
    ),
    pytest.param(
        UTILISATEUR_URL, "telephone__icontains", id="utilisateur-telephone__icontains"
    ),
    pytest.param(
        UTILISATEUR_URL,
        "telephone__istartswith",
        id="utilisateur-telephone__istartswith",
    ),
    pytest.param(UTILISATEUR_URL, "telephone__in", id="utilisateur-telephone__in"),
    pytest.param(UTILISATEUR_URL, "date_creation", id="utilisateur-date_creation"),
    pytest.param(
        UTILISATEUR_URL, "date_creation__lt", id="utilisateur-date_creation__lt"
    ),
    pytest.param(
        UTILISATEUR_URL, "date_creation__lte", id="utilisateur-date_creation__lte"
    ),
    pytest.param(
        UTILISATEUR_URL, "date_creation__gt", id="utilisateur-date_creation__gt"
    ),
    pytest.param(
        UTILISATEUR_URL, "date_creation__gte", id="utilisateur-date_creation__gte"
    ),
    pytest.param(
        UTILISATEUR_URL, "date_creation__range", id="utilisateur-date_creation__range"
    ),
    pytest.param(
        UTILISATEUR_URL, "date_creation__year", id="utilisateur-date_creation__year"
    ),
    pytest.param(
        UTILISATEUR_URL, "date_creation__month", id="utilisateur-date_creation__month"
    ),
    pytest.param(UTILISATEUR_URL, "search", id="utilisateur-search"),
    pytest.param(UTILISATEUR_URL, "ordering", id="utilisateur-ordering"),
    pytest.param(UTILISATEUR_URL, "page", id="utilisateur-page"),
    pytest.param(UTILISATEUR_URL, "page_size", id="utilisateur-page_size"),
    pytest.param(CLIENT_URL, "email", id="client-email"),
    pytest.param(CLIENT_URL, "email__iexact", id="client-email__iexact"),
    pytest.param(CLIENT_URL, "email__icontains", id="client-email__icontains"),
    pytest.param(CLIENT_URL, "email__istartswith", id="client-email__istartswith"),
    pytest.param(CLIENT_URL, "email__in", id="client-email__in"),
    pytest.param(CLIENT_URL, "nom", id="client-nom"),
    pytest.param(CLIENT_URL, "nom__iexact", id="client-nom__iexact"),
    pytest.param(CLIENT_URL, "nom__icontains", id="client-nom__icontains"),
    pytest.param(CLIENT_URL, "nom__istartswith", id="client-nom__istartswith"),
    pytest.param(CLIENT_URL, "nom__in", id="client-nom__in"),
    pytest.param(CLIENT_URL, "telephone", id="client-telephone"),
    pytest.param(CLIENT_URL, "telephone__iexact", id="client-telephone__iexact"),
    pytest.param(CLIENT_URL, "telephone__icontains", id="client-telephone__icontains"),
    pytest.param(
        CLIENT_URL, "telephone__istartswith", id="client-telephone__istartswith"
    ),
    pytest.param(CLIENT_URL, "telephone__in", id="client-telephone__in"),
    pytest.param(CLIENT_URL, "date_creation", id="client-date_creation"),
    pytest.param(CLIENT_URL, "date_creation__lt", id="client-date_creation__lt"),
    pytest.param(CLIENT_URL, "date_creation__lte", id="client-date_creation__lte"),
    pytest.param(CLIENT_URL, "date_creation__gt", id="client-date_creation__gt"),
    pytest.param(CLIENT_URL, "date_creation__gte", id="client-date_creation__gte"),
    pytest.param(CLIENT_URL, "date_creation__range", id="client-date_creation__range"),
    pytest.param(CLIENT_URL, "date_creation__year", id="client-date_creation__year"),
    pytest.param(CLIENT_URL, "date_creation__month", id="client-date_creation__month"),
    pytest.param(CLIENT_URL, "adresse", id="client-adresse"),
    pytest.param(CLIENT_URL, "adresse__iexact", id="client-adresse__iexact"),
    pytest.param(CLIENT_URL, "adresse__icontains", id="client-adresse__icontains"),
    pytest.param(CLIENT_URL, "adresse__istartswith", id="client-adresse__istartswith"),
    pytest.param(CLIENT_URL, "adresse__in", id="client-adresse__in"),
    pytest.param(CLIENT_URL, "search", id="client-search"),
    pytest.param(CLIENT_URL, "ordering", id="client-ordering"),
    pytest.param(CLIENT_URL, "page", id="client-page"),
    pytest.param(CLIENT_URL, "page_size", id="client-page_size"),
    pytest.param(LIVREUR_URL, "email", id="livreur-email"),
    pytest.param(LIVREUR_URL, "email__iexact", id="livreur-email__iexact"),
    pytest.param(LIVREUR_URL, "email__icontains", id="livreur-email__icontains"),
    pytest.param(LIVREUR_URL, "email__istartswith", id="livreur-email__istartswith"),
    pytest.param(LIVREUR_URL, "email__in", id="livreur-email__in"),
    pytest.param(LIVREUR_URL, "nom", id="livreur-nom"),
    pytest.param(LIVREUR_URL, "nom__iexact", id="livreur-nom__iexact"),
    pytest.param(LIVREUR_URL, "nom__icontains", id="livreur-nom__icontains"),
    pytest.param(LIVREUR_URL, "nom__istartswith", id="livreur-nom__istartswith"),
    pytest.param(LIVREUR_URL, "nom__in", id="livreur-nom__in"),
    pytest.param(LIVREUR_URL, "telephone", id="livreur-telephone"),
    pytest.param(LIVREUR_URL, "telephone__iexact", id="livreur-telephone__iexact"),
    pytest.param(
        LIVREUR_URL, "telephone__icontains", id="livreur-telephone__icontains"
    ),
    pytest.param(
        LIVREUR_URL, "telephone__istartswith", id="livreur-telephone__istartswith"
    ),
    pytest.param(LIVREUR_URL, "telephone__in", id="livreur-telephone__in"),
    pytest.param(LIVREUR_URL, "date_creation", id="livreur-date_creation"),
    pytest.param(LIVREUR_URL, "date_creation__lt", id="livreur-date_creation__lt"),
    pytest.param(LIVREUR_URL, "date_creation__lte", id="livreur-date_creation__lte"),
    pytest.param(LIVREUR_URL, "date_creation__gt", id="livreur-date_creation__gt"),
    pytest.param(LIVREUR_URL, "date_creation__gte", id="livreur-date_creation__gte"),
    pytest.param(
        LIVREUR_URL, "date_creation__range", id="livreur-date_creation__range"
    ),
    pytest.param(LIVREUR_URL, "date_creation__year", id="livreur-date_creation__year"),
    pytest.param(
        LIVREUR_URL, "date_creation__month", id="livreur-date_creation__month"
    ),
    pytest.param(LIVREUR_URL, "vehicule", id="livreur-vehicule"),
    pytest.param(LIVREUR_URL, "vehicule__in", id="livreur-vehicule__in"),
    pytest.param(LIVREUR_URL, "disponible", id="livreur-disponible"),
    pytest.param(LIVREUR_URL, "search", id="livreur-search"),
    pytest.param(LIVREUR_URL, "ordering", id="livreur-ordering"),
    pytest.param(LIVREUR_URL, "page", id="livreur-page"),
    pytest.param(LIVREUR_URL, "page_size", id="livreur-page_size"),
    pytest.param(POINTRELAIS_URL, "nom", id="point_relais-nom"),
    pytest.param(POINTRELAIS_URL, "nom__iexact", id="point_relais-nom__iexact"),
    pytest.param(POINTRELAIS_URL, "nom__icontains", id="point_relais-nom__icontains"),
    pytest.param(
        POINTRELAIS_URL, "nom__istartswith", id="point_relais-nom__istartswith"
    ),
    pytest.param(POINTRELAIS_URL, "nom__in", id="point_relais-nom__in"),
    pytest.param(POINTRELAIS_URL, "ville", id="point_relais-ville"),
    pytest.param(POINTRELAIS_URL, "ville__iexact", id="point_relais-ville__iexact"),
    pytest.param(
        POINTRELAIS_URL, "ville__icontains", id="point_relais-ville__icontains"
    ),
    pytest.param(
        POINTRELAIS_URL, "ville__istartswith", id="point_relais-ville__istartswith"
    ),
    pytest.param(POINTRELAIS_URL, "ville__in", id="point_relais-ville__in"),
    pytest.param(POINTRELAIS_URL, "code_postal", id="point_relais-code_postal"),
    pytest.param(
        POINTRELAIS_URL, "code_postal__iexact", id="point_relais-code_postal__iexact"
    ),
    pytest.param(
        POINTRELAIS_URL,
        "code_postal__icontains",
        id="point_relais-code_postal__icontains",
    ),
    pytest.param(
        POINTRELAIS_URL,
        "code_postal__istartswith",
        id="point_relais-code_postal__istartswith",
    ),
    pytest.param(POINTRELAIS_URL, "code_postal__in", id="point_relais-code_postal__in"),
    pytest.param(POINTRELAIS_URL, "search", id="point_relais-search"),
    pytest.param(POINTRELAIS_URL, "ordering", id="point_relais-ordering"),
    pytest.param(POINTRELAIS_URL, "page", id="point_relais-page"),
    pytest.param(POINTRELAIS_URL, "page_size", id="point_relais-page_size"),
    pytest.param(COLIS_URL, "reference", id="colis-reference"),
    pytest.param(COLIS_URL, "reference__iexact", id="colis-reference__iexact"),
    pytest.param(COLIS_URL, "reference__icontains", id="colis-reference__icontains"),
    pytest.param(
        COLIS_URL, "reference__istartswith", id="colis-reference__istartswith"
    ),
    pytest.param(COLIS_URL, "reference__in", id="colis-reference__in"),
    pytest.param(COLIS_URL, "poids", id="colis-poids"),
    pytest.param(COLIS_URL, "poids__lt", id="colis-poids__lt"),
    pytest.param(COLIS_URL, "poids__lte", id="colis-poids__lte"),
    pytest.param(COLIS_URL, "poids__gt", id="colis-poids__gt"),
    pytest.param(COLIS_URL, "poids__gte", id="colis-poids__gte"),
    pytest.param(COLIS_URL, "poids__range", id="colis-poids__range"),
    pytest.param(COLIS_URL, "statut", id="colis-statut"),
    pytest.param(COLIS_URL, "statut__in", id="colis-statut__in"),
    pytest.param(COLIS_URL, "created_at", id="colis-created_at"),
    pytest.param(COLIS_URL, "created_at__lt", id="colis-created_at__lt"),
    pytest.param(COLIS_URL, "created_at__lte", id="colis-created_at__lte"),
    pytest.param(COLIS_URL, "created_at__gt", id="colis-created_at__gt"),
    pytest.param(COLIS_URL, "created_at__gte", id="colis-created_at__gte"),
    pytest.param(COLIS_URL, "created_at__range", id="colis-created_at__range"),
    pytest.param(COLIS_URL, "created_at__year", id="colis-created_at__year"),
    pytest.param(COLIS_URL, "created_at__month", id="colis-created_at__month"),
    pytest.param(COLIS_URL, "expediteur", id="colis-expediteur"),
    pytest.param(COLIS_URL, "expediteur__in", id="colis-expediteur__in"),
    pytest.param(COLIS_URL, "destinataire", id="colis-destinataire"),
    pytest.param(COLIS_URL, "destinataire__in", id="colis-destinataire__in"),
    pytest.param(COLIS_URL, "search", id="colis-search"),
    pytest.param(COLIS_URL, "ordering", id="colis-ordering"),
    pytest.param(COLIS_URL, "page", id="colis-page"),
    pytest.param(COLIS_URL, "page_size", id="colis-page_size"),
    pytest.param(EXPEDITION_URL, "date_depart", id="expedition-date_depart"),
    pytest.param(EXPEDITION_URL, "date_depart__lt", id="expedition-date_depart__lt"),
    pytest.param(EXPEDITION_URL, "date_depart__lte", id="expedition-date_depart__lte"),
    pytest.param(EXPEDITION_URL, "date_depart__gt", id="expedition-date_depart__gt"),
    pytest.param(EXPEDITION_URL, "date_depart__gte", id="expedition-date_depart__gte"),
    pytest.param(
        EXPEDITION_URL, "date_depart__range", id="expedition-date_depart__range"
    ),
    pytest.param(
        EXPEDITION_URL, "date_depart__year", id="expedition-date_depart__year"
    ),
    pytest.param(
        EXPEDITION_URL, "date_depart__month", id="expedition-date_depart__month"
    ),
    pytest.param(EXPEDITION_URL, "depart", id="expedition-depart"),
    pytest.param(EXPEDITION_URL, "depart__in", id="expedition-depart__in"),
    pytest.param(EXPEDITION_URL, "arrivee", id="expedition-arrivee"),
    pytest.param(EXPEDITION_URL, "arrivee__in", id="expedition-arrivee__in"),
    pytest.param(EXPEDITION_URL, "colis", id="expedition-colis"),
    pytest.param(EXPEDITION_URL, "colis__in", id="expedition-colis__in"),
    pytest.param(EXPEDITION_URL, "livreur", id="expedition-livreur"),
    pytest.param(EXPEDITION_URL, "livreur__in", id="expedition-livreur__in"),
    pytest.param(EXPEDITION_URL, "ordering", id="expedition-ordering"),
    pytest.param(EXPEDITION_URL, "page", id="expedition-page"),
    pytest.param(EXPEDITION_URL, "page_size", id="expedition-page_size"),
    pytest.param(SESSION_URL, "debut", id="session-debut"),
    pytest.param(SESSION_URL, "debut__lt", id="session-debut__lt"),
    pytest.param(SESSION_URL, "debut__lte", id="session-debut__lte"),
    pytest.param(SESSION_URL, "debut__gt", id="session-debut__gt"),
    pytest.param(SESSION_URL, "debut__gte", id="session-debut__gte"),
    pytest.param(SESSION_URL, "debut__range", id="session-debut__range"),
    pytest.param(SESSION_URL, "debut__year", id="session-debut__year"),
    pytest.param(SESSION_URL, "debut__month", id="session-debut__month"),
    pytest.param(SESSION_URL, "fin", id="session-fin"),
    pytest.param(SESSION_URL, "fin__lt", id="session-fin__lt"),
    pytest.param(SESSION_URL, "fin__lte", id="session-fin__lte"),
    pytest.param(SESSION_URL, "fin__gt", id="session-fin__gt"),
    pytest.param(SESSION_URL, "fin__gte", id="session-fin__gte"),
    pytest.param(SESSION_URL, "fin__range", id="session-fin__range"),
    pytest.param(SESSION_URL, "fin__year", id="session-fin__year"),
    pytest.param(SESSION_URL, "fin__month", id="session-fin__month"),
    pytest.param(SESSION_URL, "livreur", id="session-livreur"),
    pytest.param(SESSION_URL, "livreur__in", id="session-livreur__in"),
    pytest.param(SESSION_URL, "ordering", id="session-ordering"),
    pytest.param(SESSION_URL, "page", id="session-page"),
    pytest.param(SESSION_URL, "page_size", id="session-page_size"),
]

REFUSED_QUERIES = [
    pytest.param(
        UTILISATEUR_URL, "username", hostile.NUL, id="utilisateur-username-nul"
    ),
    pytest.param(
        UTILISATEUR_URL,
        "username__iexact",
        hostile.NUL,
        id="utilisateur-username__iexact-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "username__icontains",
        hostile.NUL,
        id="utilisateur-username__icontains-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "username__istartswith",
        hostile.NUL,
        id="utilisateur-username__istartswith-nul",
    ),
    pytest.param(
        UTILISATEUR_URL, "date_joined", hostile.NUL, id="utilisateur-date_joined-nul"
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__lt",
        hostile.NUL,
        id="utilisateur-date_joined__lt-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__lte",
        hostile.NUL,
        id="utilisateur-date_joined__lte-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__gt",
        hostile.NUL,
        id="utilisateur-date_joined__gt-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__gte",
        hostile.NUL,
        id="utilisateur-date_joined__gte-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__range",
        hostile.NUL,
        id="utilisateur-date_joined__range-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__year",
        hostile.NUL,
        id="utilisateur-date_joined__year-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__month",
        hostile.NUL,
        id="utilisateur-date_joined__month-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__lt",
        hostile.LATEST_DATETIME,
        id="utilisateur-date_joined__lt-latest_datetime",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__lt",
        hostile.EARLIEST_DATETIME,
        id="utilisateur-date_joined__lt-earliest_datetime",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__lte",
        hostile.LATEST_DATETIME,
        id="utilisateur-date_joined__lte-latest_datetime",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__lte",
        hostile.EARLIEST_DATETIME,
        id="utilisateur-date_joined__lte-earliest_datetime",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__gt",
        hostile.LATEST_DATETIME,
        id="utilisateur-date_joined__gt-latest_datetime",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__gt",
        hostile.EARLIEST_DATETIME,
        id="utilisateur-date_joined__gt-earliest_datetime",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__gte",
        hostile.LATEST_DATETIME,
        id="utilisateur-date_joined__gte-latest_datetime",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_joined__gte",
        hostile.EARLIEST_DATETIME,
        id="utilisateur-date_joined__gte-earliest_datetime",
    ),
    pytest.param(UTILISATEUR_URL, "email", hostile.NUL, id="utilisateur-email-nul"),
    pytest.param(
        UTILISATEUR_URL,
        "email__iexact",
        hostile.NUL,
        id="utilisateur-email__iexact-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "email__icontains",
        hostile.NUL,
        id="utilisateur-email__icontains-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "email__istartswith",
        hostile.NUL,
        id="utilisateur-email__istartswith-nul",
    ),
    pytest.param(UTILISATEUR_URL, "nom", hostile.NUL, id="utilisateur-nom-nul"),
    pytest.param(
        UTILISATEUR_URL, "nom__iexact", hostile.NUL, id="utilisateur-nom__iexact-nul"
    ),
    pytest.param(
        UTILISATEUR_URL,
        "nom__icontains",
        hostile.NUL,
        id="utilisateur-nom__icontains-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "nom__istartswith",
        hostile.NUL,
        id="utilisateur-nom__istartswith-nul",
    ),
    pytest.param(
        UTILISATEUR_URL, "telephone", hostile.NUL, id="utilisateur-telephone-nul"
    ),
    pytest.param(
        UTILISATEUR_URL,
        "telephone__iexact",
        hostile.NUL,
        id="utilisateur-telephone__iexact-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "telephone__icontains",
        hostile.NUL,
        id="utilisateur-telephone__icontains-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "telephone__istartswith",
        hostile.NUL,
        id="utilisateur-telephone__istartswith-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation",
        hostile.NUL,
        id="utilisateur-date_creation-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__lt",
        hostile.NUL,
        id="utilisateur-date_creation__lt-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__lte",
        hostile.NUL,
        id="utilisateur-date_creation__lte-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__gt",
        hostile.NUL,
        id="utilisateur-date_creation__gt-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__gte",
        hostile.NUL,
        id="utilisateur-date_creation__gte-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__range",
        hostile.NUL,
        id="utilisateur-date_creation__range-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__year",
        hostile.NUL,
        id="utilisateur-date_creation__year-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__month",
        hostile.NUL,
        id="utilisateur-date_creation__month-nul",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__lt",
        hostile.LATEST_DATETIME,
        id="utilisateur-date_creation__lt-latest_datetime",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__lt",
        hostile.EARLIEST_DATETIME,
        id="utilisateur-date_creation__lt-earliest_datetime",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__lte",
        hostile.LATEST_DATETIME,
        id="utilisateur-date_creation__lte-latest_datetime",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__lte",
        hostile.EARLIEST_DATETIME,
        id="utilisateur-date_creation__lte-earliest_datetime",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__gt",
        hostile.LATEST_DATETIME,
        id="utilisateur-date_creation__gt-latest_datetime",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__gt",
        hostile.EARLIEST_DATETIME,
        id="utilisateur-date_creation__gt-earliest_datetime",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__gte",
        hostile.LATEST_DATETIME,
        id="utilisateur-date_creation__gte-latest_datetime",
    ),
    pytest.param(
        UTILISATEUR_URL,
        "date_creation__gte",
        hostile.EARLIEST_DATETIME,
        id="utilisateur-date_creation__gte-earliest_datetime",
    ),
    pytest.param(UTILISATEUR_URL, "search", hostile.NUL, id="utilisateur-search-nul"),
    pytest.param(
        UTILISATEUR_URL,
        "search",
        hostile.MANY_WORDS,
        id="utilisateur-search-many_words",
    ),
    pytest.param(
        UTILISATEUR_URL, "search", hostile.LONG_WORD, id="utilisateur-search-long_word"
    ),
    pytest.param(
        UTILISATEUR_URL, "ordering", hostile.NUL, id="utilisateur-ordering-nul"
    ),
    pytest.param(CLIENT_URL, "email", hostile.NUL, id="client-email-nul"),
    pytest.param(
        CLIENT_URL, "email__iexact", hostile.NUL, id="client-email__iexact-nul"
    ),
    pytest.param(
        CLIENT_URL, "email__icontains", hostile.NUL, id="client-email__icontains-nul"
    ),
    pytest.param(
        CLIENT_URL,
        "email__istartswith",
        hostile.NUL,
        id="client-email__istartswith-nul",
    ),
    pytest.param(CLIENT_URL, "nom", hostile.NUL, id="client-nom-nul"),
    pytest.param(CLIENT_URL, "nom__iexact", hostile.NUL, id="client-nom__iexact-nul"),
    pytest.param(
        CLIENT_URL, "nom__icontains", hostile.NUL, id="client-nom__icontains-nul"
    ),
    pytest.param(
        CLIENT_URL, "nom__istartswith", hostile.NUL, id="client-nom__istartswith-nul"
    ),
    pytest.param(CLIENT_URL, "telephone", hostile.NUL, id="client-telephone-nul"),
    pytest.param(
        CLIENT_URL, "telephone__iexact", hostile.NUL, id="client-telephone__iexact-nul"
    ),
    pytest.param(
        CLIENT_URL,
        "telephone__icontains",
        hostile.NUL,
        id="client-telephone__icontains-nul",
    ),
    pytest.param(
        CLIENT_URL,
        "telephone__istartswith",
        hostile.NUL,
        id="client-telephone__istartswith-nul",
    ),
    pytest.param(
        CLIENT_URL, "date_creation", hostile.NUL, id="client-date_creation-nul"
    ),
    pytest.param(
        CLIENT_URL, "date_creation__lt", hostile.NUL, id="client-date_creation__lt-nul"
    ),
    pytest.param(
        CLIENT_URL,
        "date_creation__lte",
        hostile.NUL,
        id="client-date_creation__lte-nul",
    ),
    pytest.param(
        CLIENT_URL, "date_creation__gt", hostile.NUL, id="client-date_creation__gt-nul"
    ),
    pytest.param(
        CLIENT_URL,
        "date_creation__gte",
        hostile.NUL,
        id="client-date_creation__gte-nul",
    ),
    pytest.param(
        CLIENT_URL,
        "date_creation__range",
        hostile.NUL,
        id="client-date_creation__range-nul",
    ),
    pytest.param(
        CLIENT_URL,
        "date_creation__year",
        hostile.NUL,
        id="client-date_creation__year-nul",
    ),
    pytest.param(
        CLIENT_URL,
        "date_creation__month",
        hostile.NUL,
        id="client-date_creation__month-nul",
    ),
    pytest.param(
        CLIENT_URL,
        "date_creation__lt",
        hostile.LATEST_DATETIME,
        id="client-date_creation__lt-latest_datetime",
    ),
    pytest.param(
        CLIENT_URL,
        "date_creation__lt",
        hostile.EARLIEST_DATETIME,
        id="client-date_creation__lt-earliest_datetime",
    ),
    pytest.param(
        CLIENT_URL,
        "date_creation__lte",
        hostile.LATEST_DATETIME,
        id="client-date_creation__lte-latest_datetime",
    ),
    pytest.param(
        CLIENT_URL,
        "date_creation__lte",
        hostile.EARLIEST_DATETIME,
        id="client-date_creation__lte-earliest_datetime",
    ),
    pytest.param(
        CLIENT_URL,
        "date_creation__gt",
        hostile.LATEST_DATETIME,
        id="client-date_creation__gt-latest_datetime",
    ),
    pytest.param(
        CLIENT_URL,
        "date_creation__gt",
        hostile.EARLIEST_DATETIME,
        id="client-date_creation__gt-earliest_datetime",
    ),
    pytest.param(
        CLIENT_URL,
        "date_creation__gte",
        hostile.LATEST_DATETIME,
        id="client-date_creation__gte-latest_datetime",
    ),
    pytest.param(
        CLIENT_URL,
        "date_creation__gte",
        hostile.EARLIEST_DATETIME,
        id="client-date_creation__gte-earliest_datetime",
    ),
    pytest.param(CLIENT_URL, "adresse", hostile.NUL, id="client-adresse-nul"),
    pytest.param(
        CLIENT_URL, "adresse__iexact", hostile.NUL, id="client-adresse__iexact-nul"
    ),
    pytest.param(
        CLIENT_URL,
        "adresse__icontains",
        hostile.NUL,
        id="client-adresse__icontains-nul",
    ),
    pytest.param(
        CLIENT_URL,
        "adresse__istartswith",
        hostile.NUL,
        id="client-adresse__istartswith-nul",
    ),
    pytest.param(CLIENT_URL, "search", hostile.NUL, id="client-search-nul"),
    pytest.param(
        CLIENT_URL, "search", hostile.MANY_WORDS, id="client-search-many_words"
    ),
    pytest.param(CLIENT_URL, "search", hostile.LONG_WORD, id="client-search-long_word"),
    pytest.param(CLIENT_URL, "ordering", hostile.NUL, id="client-ordering-nul"),
    pytest.param(LIVREUR_URL, "email", hostile.NUL, id="livreur-email-nul"),
    pytest.param(
        LIVREUR_URL, "email__iexact", hostile.NUL, id="livreur-email__iexact-nul"
    ),
    pytest.param(
        LIVREUR_URL, "email__icontains", hostile.NUL, id="livreur-email__icontains-nul"
    ),
    pytest.param(
        LIVREUR_URL,
        "email__istartswith",
        hostile.NUL,
        id="livreur-email__istartswith-nul",
    ),
    pytest.param(LIVREUR_URL, "nom", hostile.NUL, id="livreur-nom-nul"),
    pytest.param(LIVREUR_URL, "nom__iexact", hostile.NUL, id="livreur-nom__iexact-nul"),
    pytest.param(
        LIVREUR_URL, "nom__icontains", hostile.NUL, id="livreur-nom__icontains-nul"
    ),
    pytest.param(
        LIVREUR_URL, "nom__istartswith", hostile.NUL, id="livreur-nom__istartswith-nul"
    ),
    pytest.param(LIVREUR_URL, "telephone", hostile.NUL, id="livreur-telephone-nul"),
    pytest.param(
        LIVREUR_URL,
        "telephone__iexact",
        hostile.NUL,
        id="livreur-telephone__iexact-nul",
    ),
    pytest.param(
        LIVREUR_URL,
        "telephone__icontains",
        hostile.NUL,
        id="livreur-telephone__icontains-nul",
    ),
    pytest.param(
        LIVREUR_URL,
        "telephone__istartswith",
        hostile.NUL,
        id="livreur-telephone__istartswith-nul",
    ),
    pytest.param(
        LIVREUR_URL, "date_creation", hostile.NUL, id="livreur-date_creation-nul"
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__lt",
        hostile.NUL,
        id="livreur-date_creation__lt-nul",
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__lte",
        hostile.NUL,
        id="livreur-date_creation__lte-nul",
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__gt",
        hostile.NUL,
        id="livreur-date_creation__gt-nul",
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__gte",
        hostile.NUL,
        id="livreur-date_creation__gte-nul",
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__range",
        hostile.NUL,
        id="livreur-date_creation__range-nul",
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__year",
        hostile.NUL,
        id="livreur-date_creation__year-nul",
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__month",
        hostile.NUL,
        id="livreur-date_creation__month-nul",
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__lt",
        hostile.LATEST_DATETIME,
        id="livreur-date_creation__lt-latest_datetime",
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__lt",
        hostile.EARLIEST_DATETIME,
        id="livreur-date_creation__lt-earliest_datetime",
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__lte",
        hostile.LATEST_DATETIME,
        id="livreur-date_creation__lte-latest_datetime",
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__lte",
        hostile.EARLIEST_DATETIME,
        id="livreur-date_creation__lte-earliest_datetime",
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__gt",
        hostile.LATEST_DATETIME,
        id="livreur-date_creation__gt-latest_datetime",
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__gt",
        hostile.EARLIEST_DATETIME,
        id="livreur-date_creation__gt-earliest_datetime",
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__gte",
        hostile.LATEST_DATETIME,
        id="livreur-date_creation__gte-latest_datetime",
    ),
    pytest.param(
        LIVREUR_URL,
        "date_creation__gte",
        hostile.EARLIEST_DATETIME,
        id="livreur-date_creation__gte-earliest_datetime",
    ),
    pytest.param(LIVREUR_URL, "vehicule", hostile.NUL, id="livreur-vehicule-nul"),
    pytest.param(LIVREUR_URL, "disponible", hostile.NUL, id="livreur-disponible-nul"),
    pytest.param(LIVREUR_URL, "search", hostile.NUL, id="livreur-search-nul"),
    pytest.param(
        LIVREUR_URL, "search", hostile.MANY_WORDS, id="livreur-search-many_words"
    ),
    pytest.param(
        LIVREUR_URL, "search", hostile.LONG_WORD, id="livreur-search-long_word"
    ),
    pytest.param(LIVREUR_URL, "ordering", hostile.NUL, id="livreur-ordering-nul"),
    pytest.param(POINTRELAIS_URL, "nom", hostile.NUL, id="point_relais-nom-nul"),
    pytest.param(
        POINTRELAIS_URL, "nom__iexact", hostile.NUL, id="point_relais-nom__iexact-nul"
    ),
    pytest.param(
        POINTRELAIS_URL,
        "nom__icontains",
        hostile.NUL,
        id="point_relais-nom__icontains-nul",
    ),
    pytest.param(
        POINTRELAIS_URL,
        "nom__istartswith",
        hostile.NUL,
        id="point_relais-nom__istartswith-nul",
    ),
    pytest.param(POINTRELAIS_URL, "ville", hostile.NUL, id="point_relais-ville-nul"),
    pytest.param(
        POINTRELAIS_URL,
        "ville__iexact",
        hostile.NUL,
        id="point_relais-ville__iexact-nul",
    ),
    pytest.param(
        POINTRELAIS_URL,
        "ville__icontains",
        hostile.NUL,
        id="point_relais-ville__icontains-nul",
    ),
    pytest.param(
        POINTRELAIS_URL,
        "ville__istartswith",
        hostile.NUL,
        id="point_relais-ville__istartswith-nul",
    ),
    pytest.param(
        POINTRELAIS_URL, "code_postal", hostile.NUL, id="point_relais-code_postal-nul"
    ),
    pytest.param(
        POINTRELAIS_URL,
        "code_postal__iexact",
        hostile.NUL,
        id="point_relais-code_postal__iexact-nul",
    ),
    pytest.param(
        POINTRELAIS_URL,
        "code_postal__icontains",
        hostile.NUL,
        id="point_relais-code_postal__icontains-nul",
    ),
    pytest.param(
        POINTRELAIS_URL,
        "code_postal__istartswith",
        hostile.NUL,
        id="point_relais-code_postal__istartswith-nul",
    ),
    pytest.param(POINTRELAIS_URL, "search", hostile.NUL, id="point_relais-search-nul"),
    pytest.param(
        POINTRELAIS_URL,
        "search",
        hostile.MANY_WORDS,
        id="point_relais-search-many_words",
    ),
    pytest.param(
        POINTRELAIS_URL, "search", hostile.LONG_WORD, id="point_relais-search-long_word"
    ),
    pytest.param(
        POINTRELAIS_URL, "ordering", hostile.NUL, id="point_relais-ordering-nul"
    ),
    pytest.param(COLIS_URL, "reference", hostile.NUL, id="colis-reference-nul"),
    pytest.param(
        COLIS_URL, "reference__iexact", hostile.NUL, id="colis-reference__iexact-nul"
    ),
    pytest.param(
        COLIS_URL,
        "reference__icontains",
        hostile.NUL,
        id="colis-reference__icontains-nul",
    ),
    pytest.param(
        COLIS_URL,
        "reference__istartswith",
        hostile.NUL,
        id="colis-reference__istartswith-nul",
    ),
    pytest.param(COLIS_URL, "poids", hostile.NUL, id="colis-poids-nul"),
    pytest.param(COLIS_URL, "poids__lt", hostile.NUL, id="colis-poids__lt-nul"),
    pytest.param(COLIS_URL, "poids__lte", hostile.NUL, id="colis-poids__lte-nul"),
    pytest.param(COLIS_URL, "poids__gt", hostile.NUL, id="colis-poids__gt-nul"),
    pytest.param(COLIS_URL, "poids__gte", hostile.NUL, id="colis-poids__gte-nul"),
    pytest.param(COLIS_URL, "poids__range", hostile.NUL, id="colis-poids__range-nul"),
    pytest.param(COLIS_URL, "statut", hostile.NUL, id="colis-statut-nul"),
    pytest.param(COLIS_URL, "created_at", hostile.NUL, id="colis-created_at-nul"),
    pytest.param(
        COLIS_URL, "created_at__lt", hostile.NUL, id="colis-created_at__lt-nul"
    ),
    pytest.param(
        COLIS_URL, "created_at__lte", hostile.NUL, id="colis-created_at__lte-nul"
    ),
    pytest.param(
        COLIS_URL, "created_at__gt", hostile.NUL, id="colis-created_at__gt-nul"
    ),
    pytest.param(
        COLIS_URL, "created_at__gte", hostile.NUL, id="colis-created_at__gte-nul"
    ),
    pytest.param(
        COLIS_URL, "created_at__range", hostile.NUL, id="colis-created_at__range-nul"
    ),
    pytest.param(
        COLIS_URL, "created_at__year", hostile.NUL, id="colis-created_at__year-nul"
    ),
    pytest.param(
        COLIS_URL, "created_at__month", hostile.NUL, id="colis-created_at__month-nul"
    ),
    pytest.param(
        COLIS_URL,
        "created_at__lt",
        hostile.LATEST_DATETIME,
        id="colis-created_at__lt-latest_datetime",
    ),
    pytest.param(
        COLIS_URL,
        "created_at__lt",
        hostile.EARLIEST_DATETIME,
        id="colis-created_at__lt-earliest_datetime",
    ),
    pytest.param(
        COLIS_URL,
        "created_at__lte",
        hostile.LATEST_DATETIME,
        id="colis-created_at__lte-latest_datetime",
    ),
    pytest.param(
        COLIS_URL,
        "created_at__lte",
        hostile.EARLIEST_DATETIME,
        id="colis-created_at__lte-earliest_datetime",
    ),
    pytest.param(
        COLIS_URL,
        "created_at__gt",
        hostile.LATEST_DATETIME,
        id="colis-created_at__gt-latest_datetime",
    ),
    pytest.param(
        COLIS_URL,
        "created_at__gt",
        hostile.EARLIEST_DATETIME,
        id="colis-created_at__gt-earliest_datetime",
    ),
    pytest.param(
        COLIS_URL,
        "created_at__gte",
        hostile.LATEST_DATETIME,
        id="colis-created_at__gte-latest_datetime",
    ),
    pytest.param(
        COLIS_URL,
        "created_at__gte",
        hostile.EARLIEST_DATETIME,
        id="colis-created_at__gte-earliest_datetime",
    ),
    pytest.param(COLIS_URL, "expediteur", hostile.NUL, id="colis-expediteur-nul"),
    pytest.param(COLIS_URL, "destinataire", hostile.NUL, id="colis-destinataire-nul"),
    pytest.param(COLIS_URL, "search", hostile.NUL, id="colis-search-nul"),
    pytest.param(COLIS_URL, "search", hostile.MANY_WORDS, id="colis-search-many_words"),
    pytest.param(COLIS_URL, "search", hostile.LONG_WORD, id="colis-search-long_word"),
    pytest.param(COLIS_URL, "ordering", hostile.NUL, id="colis-ordering-nul"),
    pytest.param(
        EXPEDITION_URL, "date_depart", hostile.NUL, id="expedition-date_depart-nul"
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__lt",
        hostile.NUL,
        id="expedition-date_depart__lt-nul",
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__lte",
        hostile.NUL,
        id="expedition-date_depart__lte-nul",
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__gt",
        hostile.NUL,
        id="expedition-date_depart__gt-nul",
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__gte",
        hostile.NUL,
        id="expedition-date_depart__gte-nul",
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__range",
        hostile.NUL,
        id="expedition-date_depart__range-nul",
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__year",
        hostile.NUL,
        id="expedition-date_depart__year-nul",
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__month",
        hostile.NUL,
        id="expedition-date_depart__month-nul",
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__lt",
        hostile.LATEST_DATETIME,
        id="expedition-date_depart__lt-latest_datetime",
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__lt",
        hostile.EARLIEST_DATETIME,
        id="expedition-date_depart__lt-earliest_datetime",
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__lte",
        hostile.LATEST_DATETIME,
        id="expedition-date_depart__lte-latest_datetime",
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__lte",
        hostile.EARLIEST_DATETIME,
        id="expedition-date_depart__lte-earliest_datetime",
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__gt",
        hostile.LATEST_DATETIME,
        id="expedition-date_depart__gt-latest_datetime",
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__gt",
        hostile.EARLIEST_DATETIME,
        id="expedition-date_depart__gt-earliest_datetime",
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__gte",
        hostile.LATEST_DATETIME,
        id="expedition-date_depart__gte-latest_datetime",
    ),
    pytest.param(
        EXPEDITION_URL,
        "date_depart__gte",
        hostile.EARLIEST_DATETIME,
        id="expedition-date_depart__gte-earliest_datetime",
    ),
    pytest.param(EXPEDITION_URL, "depart", hostile.NUL, id="expedition-depart-nul"),
    pytest.param(EXPEDITION_URL, "arrivee", hostile.NUL, id="expedition-arrivee-nul"),
    pytest.param(EXPEDITION_URL, "colis", hostile.NUL, id="expedition-colis-nul"),
    pytest.param(EXPEDITION_URL, "livreur", hostile.NUL, id="expedition-livreur-nul"),
    pytest.param(EXPEDITION_URL, "ordering", hostile.NUL, id="expedition-ordering-nul"),
    pytest.param(SESSION_URL, "debut", hostile.NUL, id="session-debut-nul"),
    pytest.param(SESSION_URL, "debut__lt", hostile.NUL, id="session-debut__lt-nul"),
    pytest.param(SESSION_URL, "debut__lte", hostile.NUL, id="session-debut__lte-nul"),
    pytest.param(SESSION_URL, "debut__gt", hostile.NUL, id="session-debut__gt-nul"),
    pytest.param(SESSION_URL, "debut__gte", hostile.NUL, id="session-debut__gte-nul"),
    pytest.param(
        SESSION_URL, "debut__range", hostile.NUL, id="session-debut__range-nul"
    ),
    pytest.param(SESSION_URL, "debut__year", hostile.NUL, id="session-debut__year-nul"),
    pytest.param(
        SESSION_URL, "debut__month", hostile.NUL, id="session-debut__month-nul"
    ),
    pytest.param(
        SESSION_URL,
        "debut__lt",
        hostile.LATEST_DATETIME,
        id="session-debut__lt-latest_datetime",
    ),
    pytest.param(
        SESSION_URL,
        "debut__lt",
        hostile.EARLIEST_DATETIME,
        id="session-debut__lt-earliest_datetime",
    ),
    pytest.param(
        SESSION_URL,
        "debut__lte",
        hostile.LATEST_DATETIME,
        id="session-debut__lte-latest_datetime",
    ),
    pytest.param(
        SESSION_URL,
        "debut__lte",
        hostile.EARLIEST_DATETIME,
        id="session-debut__lte-earliest_datetime",
    ),
    pytest.param(
        SESSION_URL,
        "debut__gt",
        hostile.LATEST_DATETIME,
        id="session-debut__gt-latest_datetime",
    ),
    pytest.param(
        SESSION_URL,
        "debut__gt",
        hostile.EARLIEST_DATETIME,
        id="session-debut__gt-earliest_datetime",
    ),
    pytest.param(
        SESSION_URL,
        "debut__gte",
        hostile.LATEST_DATETIME,
        id="session-debut__gte-latest_datetime",
    ),
    pytest.param(
        SESSION_URL,
        "debut__gte",
        hostile.EARLIEST_DATETIME,
        id="session-debut__gte-earliest_datetime",
    ),
    pytest.param(SESSION_URL, "fin", hostile.NUL, id="session-fin-nul"),
    pytest.param(SESSION_URL, "fin__lt", hostile.NUL, id="session-fin__lt-nul"),
    pytest.param(SESSION_URL, "fin__lte", hostile.NUL, id="session-fin__lte-nul"),
    pytest.param(SESSION_URL, "fin__gt", hostile.NUL, id="session-fin__gt-nul"),
    pytest.param(SESSION_URL, "fin__gte", hostile.NUL, id="session-fin__gte-nul"),
    pytest.param(SESSION_URL, "fin__range", hostile.NUL, id="session-fin__range-nul"),
    pytest.param(SESSION_URL, "fin__year", hostile.NUL, id="session-fin__year-nul"),
    pytest.param(SESSION_URL, "fin__month", hostile.NUL, id="session-fin__month-nul"),
    pytest.param(
        SESSION_URL,
        "fin__lt",
        hostile.LATEST_DATETIME,
        id="session-fin__lt-latest_datetime",
    ),
    pytest.param(
        SESSION_URL,
        "fin__lt",
        hostile.EARLIEST_DATETIME,
        id="session-fin__lt-earliest_datetime",
    ),
    pytest.param(
        SESSION_URL,
        "fin__lte",
        hostile.LATEST_DATETIME,
        id="session-fin__lte-latest_datetime",
    ),
    pytest.param(
        SESSION_URL,
        "fin__lte",
        hostile.EARLIEST_DATETIME,
        id="session-fin__lte-earliest_datetime",
    ),
    pytest.param(
        SESSION_URL,
        "fin__gt",
        hostile.LATEST_DATETIME,
        id="session-fin__gt-latest_datetime",
    ),
    pytest.param(
        SESSION_URL,
        "fin__gt",
        hostile.EARLIEST_DATETIME,
        id="session-fin__gt-earliest_datetime",
    ),
    pytest.param(
        SESSION_URL,
        "fin__gte",
        hostile.LATEST_DATETIME,
        id="session-fin__gte-latest_datetime",
    ),
    pytest.param(
        SESSION_URL,
        "fin__gte",
        hostile.EARLIEST_DATETIME,
        id="session-fin__gte-earliest_datetime",
    ),
    pytest.param(SESSION_URL, "livreur", hostile.NUL, id="session-livreur-nul"),
    pytest.param(SESSION_URL, "ordering", hostile.NUL, id="session-ordering-nul"),
]


@pytest.mark.parametrize(("url", "parameter"), LIST_PARAMETERS)
def test_list_parameter_survives_hostile_values(admin_client, url, parameter):
    answers = {
        value[:40]: admin_client.get(url, {parameter: value})
        for value in hostile.QUERY_VALUES
    }
    failed = {
        value: response.status_code
        for value, response in answers.items()
        if response.status_code >= 500
        or (response.status_code >= 400 and not hostile.is_enveloped(response))
    }
    assert not failed


@pytest.mark.parametrize(("url", "parameter", "value"), REFUSED_QUERIES)
def test_list_refuses(admin_client, url, parameter, value):
    response = admin_client.get(url, {parameter: value})
    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.content
    assert parameter in response.json()["error"]["details"]


# The paths that carry a key: a list path, then the key, then what follows it.
KEYED_PATHS = [
    pytest.param(UTILISATEUR_URL, "", id="utilisateur-detail"),
    pytest.param(CLIENT_URL, "", id="client-detail"),
    pytest.param(CLIENT_URL, "colis-as-expediteur/", id="client-colis-as-expediteur"),
    pytest.param(
        CLIENT_URL, "colis-as-destinataire/", id="client-colis-as-destinataire"
    ),
    pytest.param(LIVREUR_URL, "", id="livreur-detail"),
    pytest.param(LIVREUR_URL, "expeditions/", id="livreur-expeditions"),
    pytest.param(LIVREUR_URL, "sessions/", id="livreur-sessions"),
    pytest.param(POINTRELAIS_URL, "", id="point_relais-detail"),
    pytest.param(
        POINTRELAIS_URL,
        "expeditions-as-depart/",
        id="point_relais-expeditions-as-depart",
    ),
    pytest.param(
        POINTRELAIS_URL,
        "expeditions-as-arrivee/",
        id="point_relais-expeditions-as-arrivee",
    ),
    pytest.param(COLIS_URL, "", id="colis-detail"),
    pytest.param(COLIS_URL, "expeditions/", id="colis-expeditions"),
    pytest.param(EXPEDITION_URL, "", id="expedition-detail"),
    pytest.param(SESSION_URL, "", id="session-detail"),
]


@pytest.mark.parametrize(("url", "suffix"), KEYED_PATHS)
def test_a_hostile_key_is_not_found(admin_client, url, suffix):
    answers = {
        key[:40]: admin_client.get(f"{url}{quote(key, safe='')}/{suffix}")
        for key in hostile.KEYS
    }
    failed = {
        key: response.status_code
        for key, response in answers.items()
        if response.status_code != status.HTTP_404_NOT_FOUND
    }
    assert not failed


CLIENT_FIELDS = {
    "email": "email",
    "nom": "nom",
    "telephone": "telephone",
    "date_creation": "date_creation",
    "adresse": "adresse",
}

LIVREUR_FIELDS = {
    "email": "email",
    "nom": "nom",
    "telephone": "telephone",
    "date_creation": "date_creation",
    "vehicule": "vehicule",
    "disponible": "disponible",
}

POINTRELAIS_FIELDS = {
    "nom": "nom",
    "ville": "ville",
    "code_postal": "code_postal",
}

COLIS_FIELDS = {
    "reference": "reference",
    "poids": "poids",
    "statut": "statut",
    "expediteur": "expediteur",
    "destinataire": "destinataire",
}

EXPEDITION_FIELDS = {
    "date_depart": "date_depart",
    "depart": "depart",
    "arrivee": "arrivee",
    "colis": "colis",
    "livreur": "livreur",
}

SESSION_FIELDS = {
    "debut": "debut",
    "fin": "fin",
    "livreur": "livreur",
}

REFUSED_VALUES = [
    pytest.param(
        ClientFactory,
        CLIENT_FIELDS,
        CLIENT_URL,
        "email",
        hostile.NUL,
        id="client-email-nul",
    ),
    pytest.param(
        ClientFactory,
        CLIENT_FIELDS,
        CLIENT_URL,
        "email",
        hostile.SURROGATE,
        id="client-email-surrogate",
    ),
    pytest.param(
        ClientFactory,
        CLIENT_FIELDS,
        CLIENT_URL,
        "nom",
        hostile.NUL,
        id="client-nom-nul",
    ),
    pytest.param(
        ClientFactory,
        CLIENT_FIELDS,
        CLIENT_URL,
        "nom",
        hostile.SURROGATE,
        id="client-nom-surrogate",
    ),
    pytest.param(
        ClientFactory,
        CLIENT_FIELDS,
        CLIENT_URL,
        "telephone",
        hostile.NUL,
        id="client-telephone-nul",
    ),
    pytest.param(
        ClientFactory,
        CLIENT_FIELDS,
        CLIENT_URL,
        "telephone",
        hostile.SURROGATE,
        id="client-telephone-surrogate",
    ),
    pytest.param(
        ClientFactory,
        CLIENT_FIELDS,
        CLIENT_URL,
        "date_creation",
        hostile.NUL,
        id="client-date_creation-nul",
    ),
    pytest.param(
        ClientFactory,
        CLIENT_FIELDS,
        CLIENT_URL,
        "date_creation",
        hostile.SURROGATE,
        id="client-date_creation-surrogate",
    ),
    pytest.param(
        ClientFactory,
        CLIENT_FIELDS,
        CLIENT_URL,
        "date_creation",
        hostile.LATEST_DATETIME,
        id="client-date_creation-latest_datetime",
    ),
    pytest.param(
        ClientFactory,
        CLIENT_FIELDS,
        CLIENT_URL,
        "date_creation",
        hostile.EARLIEST_DATETIME,
        id="client-date_creation-earliest_datetime",
    ),
    pytest.param(
        ClientFactory,
        CLIENT_FIELDS,
        CLIENT_URL,
        "adresse",
        hostile.NUL,
        id="client-adresse-nul",
    ),
    pytest.param(
        ClientFactory,
        CLIENT_FIELDS,
        CLIENT_URL,
        "adresse",
        hostile.SURROGATE,
        id="client-adresse-surrogate",
    ),
    pytest.param(
        LivreurFactory,
        LIVREUR_FIELDS,
        LIVREUR_URL,
        "email",
        hostile.NUL,
        id="livreur-email-nul",
    ),
    pytest.param(
        LivreurFactory,
        LIVREUR_FIELDS,
        LIVREUR_URL,
        "email",
        hostile.SURROGATE,
        id="livreur-email-surrogate",
    ),
    pytest.param(
        LivreurFactory,
        LIVREUR_FIELDS,
        LIVREUR_URL,
        "nom",
        hostile.NUL,
        id="livreur-nom-nul",
    ),
    pytest.param(
        LivreurFactory,
        LIVREUR_FIELDS,
        LIVREUR_URL,
        "nom",
        hostile.SURROGATE,
        id="livreur-nom-surrogate",
    ),
    pytest.param(
        LivreurFactory,
        LIVREUR_FIELDS,
        LIVREUR_URL,
        "telephone",
        hostile.NUL,
        id="livreur-telephone-nul",
    ),
    pytest.param(
        LivreurFactory,
        LIVREUR_FIELDS,
        LIVREUR_URL,
        "telephone",
        hostile.SURROGATE,
        id="livreur-telephone-surrogate",
    ),
    pytest.param(
        LivreurFactory,
        LIVREUR_FIELDS,
        LIVREUR_URL,
        "date_creation",
        hostile.NUL,
        id="livreur-date_creation-nul",
    ),
    pytest.param(
        LivreurFactory,
        LIVREUR_FIELDS,
        LIVREUR_URL,
        "date_creation",
        hostile.SURROGATE,
        id="livreur-date_creation-surrogate",
    ),
    pytest.param(
        LivreurFactory,
        LIVREUR_FIELDS,
        LIVREUR_URL,
        "date_creation",
        hostile.LATEST_DATETIME,
        id="livreur-date_creation-latest_datetime",
    ),
    pytest.param(
        LivreurFactory,
        LIVREUR_FIELDS,
        LIVREUR_URL,
        "date_creation",
        hostile.EARLIEST_DATETIME,
        id="livreur-date_creation-earliest_datetime",
    ),
    pytest.param(
        LivreurFactory,
        LIVREUR_FIELDS,
        LIVREUR_URL,
        "vehicule",
        hostile.NUL,
        id="livreur-vehicule-nul",
    ),
    pytest.param(
        LivreurFactory,
        LIVREUR_FIELDS,
        LIVREUR_URL,
        "vehicule",
        hostile.SURROGATE,
        id="livreur-vehicule-surrogate",
    ),
    pytest.param(
        LivreurFactory,
        LIVREUR_FIELDS,
        LIVREUR_URL,
        "disponible",
        hostile.NUL,
        id="livreur-disponible-nul",
    ),
    pytest.param(
        LivreurFactory,
        LIVREUR_FIELDS,
        LIVREUR_URL,
        "disponible",
        hostile.SURROGATE,
        id="livreur-disponible-surrogate",
    ),
    pytest.param(
        PointRelaisFactory,
        POINTRELAIS_FIELDS,
        POINTRELAIS_URL,
        "nom",
        hostile.NUL,
        id="point_relais-nom-nul",
    ),
    pytest.param(
        PointRelaisFactory,
        POINTRELAIS_FIELDS,
        POINTRELAIS_URL,
        "nom",
        hostile.SURROGATE,
        id="point_relais-nom-surrogate",
    ),
    pytest.param(
        PointRelaisFactory,
        POINTRELAIS_FIELDS,
        POINTRELAIS_URL,
        "ville",
        hostile.NUL,
        id="point_relais-ville-nul",
    ),
    pytest.param(
        PointRelaisFactory,
        POINTRELAIS_FIELDS,
        POINTRELAIS_URL,
        "ville",
        hostile.SURROGATE,
        id="point_relais-ville-surrogate",
    ),
    pytest.param(
        PointRelaisFactory,
        POINTRELAIS_FIELDS,
        POINTRELAIS_URL,
        "code_postal",
        hostile.NUL,
        id="point_relais-code_postal-nul",
    ),
    pytest.param(
        PointRelaisFactory,
        POINTRELAIS_FIELDS,
        POINTRELAIS_URL,
        "code_postal",
        hostile.SURROGATE,
        id="point_relais-code_postal-surrogate",
    ),
    pytest.param(
        ColisFactory,
        COLIS_FIELDS,
        COLIS_URL,
        "reference",
        hostile.NUL,
        id="colis-reference-nul",
    ),
    pytest.param(
        ColisFactory,
        COLIS_FIELDS,
        COLIS_URL,
        "reference",
        hostile.SURROGATE,
        id="colis-reference-surrogate",
    ),
    pytest.param(
        ColisFactory,
        COLIS_FIELDS,
        COLIS_URL,
        "poids",
        hostile.NUL,
        id="colis-poids-nul",
    ),
    pytest.param(
        ColisFactory,
        COLIS_FIELDS,
        COLIS_URL,
        "poids",
        hostile.SURROGATE,
        id="colis-poids-surrogate",
    ),
    pytest.param(
        ColisFactory,
        COLIS_FIELDS,
        COLIS_URL,
        "poids",
        hostile.HUGE_NUMBER,
        id="colis-poids-huge_number",
    ),
    pytest.param(
        ColisFactory,
        COLIS_FIELDS,
        COLIS_URL,
        "statut",
        hostile.NUL,
        id="colis-statut-nul",
    ),
    pytest.param(
        ColisFactory,
        COLIS_FIELDS,
        COLIS_URL,
        "statut",
        hostile.SURROGATE,
        id="colis-statut-surrogate",
    ),
    pytest.param(
        ColisFactory,
        COLIS_FIELDS,
        COLIS_URL,
        "expediteur",
        hostile.NUL,
        id="colis-expediteur-nul",
    ),
    pytest.param(
        ColisFactory,
        COLIS_FIELDS,
        COLIS_URL,
        "expediteur",
        hostile.SURROGATE,
        id="colis-expediteur-surrogate",
    ),
    pytest.param(
        ColisFactory,
        COLIS_FIELDS,
        COLIS_URL,
        "destinataire",
        hostile.NUL,
        id="colis-destinataire-nul",
    ),
    pytest.param(
        ColisFactory,
        COLIS_FIELDS,
        COLIS_URL,
        "destinataire",
        hostile.SURROGATE,
        id="colis-destinataire-surrogate",
    ),
    pytest.param(
        ExpeditionFactory,
        EXPEDITION_FIELDS,
        EXPEDITION_URL,
        "date_depart",
        hostile.NUL,
        id="expedition-date_depart-nul",
    ),
    pytest.param(
        ExpeditionFactory,
        EXPEDITION_FIELDS,
        EXPEDITION_URL,
        "date_depart",
        hostile.SURROGATE,
        id="expedition-date_depart-surrogate",
    ),
    pytest.param(
        ExpeditionFactory,
        EXPEDITION_FIELDS,
        EXPEDITION_URL,
        "date_depart",
        hostile.LATEST_DATETIME,
        id="expedition-date_depart-latest_datetime",
    ),
    pytest.param(
        ExpeditionFactory,
        EXPEDITION_FIELDS,
        EXPEDITION_URL,
        "date_depart",
        hostile.EARLIEST_DATETIME,
        id="expedition-date_depart-earliest_datetime",
    ),
    pytest.param(
        ExpeditionFactory,
        EXPEDITION_FIELDS,
        EXPEDITION_URL,
        "depart",
        hostile.NUL,
        id="expedition-depart-nul",
    ),
    pytest.param(
        ExpeditionFactory,
        EXPEDITION_FIELDS,
        EXPEDITION_URL,
        "depart",
        hostile.SURROGATE,
        id="expedition-depart-surrogate",
    ),
    pytest.param(
        ExpeditionFactory,
        EXPEDITION_FIELDS,
        EXPEDITION_URL,
        "arrivee",
        hostile.NUL,
        id="expedition-arrivee-nul",
    ),
    pytest.param(
        ExpeditionFactory,
        EXPEDITION_FIELDS,
        EXPEDITION_URL,
        "arrivee",
        hostile.SURROGATE,
        id="expedition-arrivee-surrogate",
    ),
    pytest.param(
        ExpeditionFactory,
        EXPEDITION_FIELDS,
        EXPEDITION_URL,
        "colis",
        hostile.NUL,
        id="expedition-colis-nul",
    ),
    pytest.param(
        ExpeditionFactory,
        EXPEDITION_FIELDS,
        EXPEDITION_URL,
        "colis",
        hostile.SURROGATE,
        id="expedition-colis-surrogate",
    ),
    pytest.param(
        ExpeditionFactory,
        EXPEDITION_FIELDS,
        EXPEDITION_URL,
        "livreur",
        hostile.NUL,
        id="expedition-livreur-nul",
    ),
    pytest.param(
        ExpeditionFactory,
        EXPEDITION_FIELDS,
        EXPEDITION_URL,
        "livreur",
        hostile.SURROGATE,
        id="expedition-livreur-surrogate",
    ),
    pytest.param(
        SessionFactory,
        SESSION_FIELDS,
        SESSION_URL,
        "debut",
        hostile.NUL,
        id="session-debut-nul",
    ),
    pytest.param(
        SessionFactory,
        SESSION_FIELDS,
        SESSION_URL,
        "debut",
        hostile.SURROGATE,
        id="session-debut-surrogate",
    ),
    pytest.param(
        SessionFactory,
        SESSION_FIELDS,
        SESSION_URL,
        "debut",
        hostile.LATEST_DATETIME,
        id="session-debut-latest_datetime",
    ),
    pytest.param(
        SessionFactory,
        SESSION_FIELDS,
        SESSION_URL,
        "debut",
        hostile.EARLIEST_DATETIME,
        id="session-debut-earliest_datetime",
    ),
    pytest.param(
        SessionFactory,
        SESSION_FIELDS,
        SESSION_URL,
        "fin",
        hostile.NUL,
        id="session-fin-nul",
    ),
    pytest.param(
        SessionFactory,
        SESSION_FIELDS,
        SESSION_URL,
        "fin",
        hostile.SURROGATE,
        id="session-fin-surrogate",
    ),
    pytest.param(
        SessionFactory,
        SESSION_FIELDS,
        SESSION_URL,
        "fin",
        hostile.LATEST_DATETIME,
        id="session-fin-latest_datetime",
    ),
    pytest.param(
        SessionFactory,
        SESSION_FIELDS,
        SESSION_URL,
        "fin",
        hostile.EARLIEST_DATETIME,
        id="session-fin-earliest_datetime",
    ),
    pytest.param(
        SessionFactory,
        SESSION_FIELDS,
        SESSION_URL,
        "livreur",
        hostile.NUL,
        id="session-livreur-nul",
    ),
    pytest.param(
        SessionFactory,
        SESSION_FIELDS,
        SESSION_URL,
        "livreur",
        hostile.SURROGATE,
        id="session-livreur-surrogate",
    ),
]


@pytest.mark.parametrize(
    ("factory", "fields", "url", "api_name", "value"), REFUSED_VALUES
)
def test_write_refuses(admin_client, factory, fields, url, api_name, value):
    body = {
        name: sent
        for name, sent in api_payload(factory, fields).items()
        if isinstance(sent, str | int | float | bool | list | dict)
    }
    body[api_name] = value
    response = admin_client.generic(
        "POST", url, hostile.as_json(body), content_type="application/json"
    )
    assert response.status_code == status.HTTP_400_BAD_REQUEST, response.content
    assert api_name in response.json()["error"]["details"]
    assert admin_client.get(url).status_code == status.HTTP_200_OK
