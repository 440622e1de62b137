from rest_framework import serializers

from apps.core.serializers import (
    DetailSerializer,
    Reference,
    RelatedList,
    WriteSerializer,
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


class UtilisateurSerializer(WriteSerializer):
    """The public view of a user: never the password nor the permissions."""

    class Meta:
        model = Utilisateur
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
            "nom",
            "telephone",
            "date_creation",
        ]
        read_only_fields = ["date_joined", "is_staff"]


class UtilisateurListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Utilisateur
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
            "nom",
            "telephone",
            "date_creation",
        ]


class UtilisateurDetailSerializer(DetailSerializer):
    class Meta:
        model = Utilisateur
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "date_joined",
            "is_staff",
            "nom",
            "telephone",
            "date_creation",
        ]


class ClientSerializer(WriteSerializer):
    class Meta:
        model = Client
        fields = ["id", "email", "nom", "telephone", "date_creation", "adresse"]


class ClientListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Client
        fields = ["id", "email", "nom", "telephone", "date_creation", "adresse"]


class ClientDetailSerializer(DetailSerializer):
    colis_as_expediteur = RelatedList(view_name="livraison:client-colis-as-expediteur")
    colis_as_destinataire = RelatedList(
        view_name="livraison:client-colis-as-destinataire"
    )

    class Meta:
        model = Client
        fields = [
            "id",
            "email",
            "nom",
            "telephone",
            "date_creation",
            "adresse",
            "colis_as_expediteur",
            "colis_as_destinataire",
        ]


class LivreurSerializer(WriteSerializer):
    class Meta:
        model = Livreur
        fields = [
            "id",
            "email",
            "nom",
            "telephone",
            "date_creation",
            "vehicule",
            "disponible",
        ]


class LivreurListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Livreur
        fields = [
            "id",
            "email",
            "nom",
            "telephone",
            "date_creation",
            "vehicule",
            "disponible",
        ]


class LivreurDetailSerializer(DetailSerializer):
    expeditions = RelatedList(view_name="livraison:livreur-expeditions")
    sessions = RelatedList(view_name="livraison:livreur-sessions")

    class Meta:
        model = Livreur
        fields = [
            "id",
            "email",
            "nom",
            "telephone",
            "date_creation",
            "vehicule",
            "disponible",
            "expeditions",
            "sessions",
        ]


class PointRelaisSerializer(WriteSerializer):
    class Meta:
        model = PointRelais
        fields = ["id", "nom", "ville", "code_postal"]


class PointRelaisListSerializer(serializers.ModelSerializer):
    class Meta:
        model = PointRelais
        fields = ["id", "nom", "ville", "code_postal"]


class PointRelaisDetailSerializer(DetailSerializer):
    expeditions_as_depart = RelatedList(
        view_name="livraison:point_relais-expeditions-as-depart"
    )
    expeditions_as_arrivee = RelatedList(
        view_name="livraison:point_relais-expeditions-as-arrivee"
    )

    class Meta:
        model = PointRelais
        fields = [
            "id",
            "nom",
            "ville",
            "code_postal",
            "expeditions_as_depart",
            "expeditions_as_arrivee",
        ]


class ColisSerializer(WriteSerializer):
    class Meta:
        model = Colis
        fields = [
            "id",
            "reference",
            "poids",
            "statut",
            "created_at",
            "expediteur",
            "destinataire",
        ]
        read_only_fields = ["created_at"]


class ColisListSerializer(serializers.ModelSerializer):
    expediteur = Reference(read_only=True)
    destinataire = Reference(read_only=True)

    class Meta:
        model = Colis
        fields = [
            "id",
            "reference",
            "poids",
            "statut",
            "created_at",
            "expediteur",
            "destinataire",
        ]


class ColisDetailSerializer(DetailSerializer):
    expeditions = RelatedList(view_name="livraison:colis-expeditions")

    class Meta:
        model = Colis
        fields = [
            "id",
            "reference",
            "poids",
            "statut",
            "created_at",
            "expediteur",
            "destinataire",
            "expeditions",
        ]
        depth = 1


class ExpeditionSerializer(WriteSerializer):
    class Meta:
        model = Expedition
        fields = ["id", "date_depart", "depart", "arrivee", "colis", "livreur"]


class ExpeditionListSerializer(serializers.ModelSerializer):
    depart = Reference(read_only=True)
    arrivee = Reference(read_only=True)
    colis = Reference(read_only=True)
    livreur = Reference(read_only=True)

    class Meta:
        model = Expedition
        fields = ["id", "date_depart", "depart", "arrivee", "colis", "livreur"]


class ExpeditionDetailSerializer(DetailSerializer):
    class Meta:
        model = Expedition
        fields = ["id", "date_depart", "depart", "arrivee", "colis", "livreur"]
        depth = 1


class SessionSerializer(WriteSerializer):
    class Meta:
        model = Session
        fields = ["id", "debut", "fin", "livreur"]


class SessionListSerializer(serializers.ModelSerializer):
    livreur = Reference(read_only=True)

    class Meta:
        model = Session
        fields = ["id", "debut", "fin", "livreur"]


class SessionDetailSerializer(DetailSerializer):
    class Meta:
        model = Session
        fields = ["id", "debut", "fin", "livreur"]
        depth = 1
