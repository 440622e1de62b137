"""Query filters of the Livraison API, named as django-filter names them:
`?field=`, `?field__lookup=`, `?field__in=a,b`."""

from apps.core.filters import (
    BOOLEAN_LOOKUPS,
    COMPARISON_LOOKUPS,
    DATE_LOOKUPS,
    EQUALITY_LOOKUPS,
    TEXT_LOOKUPS,
    FilterSet,
)

from .models import (
    Client,
    Colis,
    Expedition,
    Livreur,
    PointRelais,
    Session,
    Utilisateur,
)


class UtilisateurFilter(FilterSet):
    class Meta:
        model = Utilisateur
        fields = {
            "username": TEXT_LOOKUPS,
            "date_joined": DATE_LOOKUPS,
            "email": TEXT_LOOKUPS,
            "nom": TEXT_LOOKUPS,
            "telephone": TEXT_LOOKUPS,
            "date_creation": DATE_LOOKUPS,
        }


class ClientFilter(FilterSet):
    class Meta:
        model = Client
        fields = {
            "email": TEXT_LOOKUPS,
            "nom": TEXT_LOOKUPS,
            "telephone": TEXT_LOOKUPS,
            "date_creation": DATE_LOOKUPS,
            "adresse": TEXT_LOOKUPS,
        }


class LivreurFilter(FilterSet):
    class Meta:
        model = Livreur
        fields = {
            "email": TEXT_LOOKUPS,
            "nom": TEXT_LOOKUPS,
            "telephone": TEXT_LOOKUPS,
            "date_creation": DATE_LOOKUPS,
            "vehicule": EQUALITY_LOOKUPS,
            "disponible": BOOLEAN_LOOKUPS,
        }


class PointRelaisFilter(FilterSet):
    class Meta:
        model = PointRelais
        fields = {
            "nom": TEXT_LOOKUPS,
            "ville": TEXT_LOOKUPS,
            "code_postal": TEXT_LOOKUPS,
        }


class ColisFilter(FilterSet):
    class Meta:
        model = Colis
        fields = {
            "reference": TEXT_LOOKUPS,
            "poids": COMPARISON_LOOKUPS,
            "statut": EQUALITY_LOOKUPS,
            "created_at": DATE_LOOKUPS,
            "expediteur": EQUALITY_LOOKUPS,
            "destinataire": EQUALITY_LOOKUPS,
        }


class ExpeditionFilter(FilterSet):
    class Meta:
        model = Expedition
        fields = {
            "date_depart": DATE_LOOKUPS,
            "depart": EQUALITY_LOOKUPS,
            "arrivee": EQUALITY_LOOKUPS,
            "colis": EQUALITY_LOOKUPS,
            "livreur": EQUALITY_LOOKUPS,
        }


class SessionFilter(FilterSet):
    class Meta:
        model = Session
        fields = {
            "debut": DATE_LOOKUPS,
            "fin": DATE_LOOKUPS,
            "livreur": EQUALITY_LOOKUPS,
        }
