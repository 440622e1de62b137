from django.db.models import QuerySet
from rest_framework import permissions, viewsets

from apps.core.cache import CachedResponseMixin
from apps.core.pagination import PageNumberPagination
from apps.core.permissions import AccessPolicy
from apps.core.viewsets import RelationalViewSetMixin, related_count

from .filters import (
    ClientFilter,
    ColisFilter,
    ExpeditionFilter,
    LivreurFilter,
    PointRelaisFilter,
    SessionFilter,
    UtilisateurFilter,
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
from .serializers import (
    ClientDetailSerializer,
    ClientListSerializer,
    ClientSerializer,
    ColisDetailSerializer,
    ColisListSerializer,
    ColisSerializer,
    ExpeditionDetailSerializer,
    ExpeditionListSerializer,
    ExpeditionSerializer,
    LivreurDetailSerializer,
    LivreurListSerializer,
    LivreurSerializer,
    PointRelaisDetailSerializer,
    PointRelaisListSerializer,
    PointRelaisSerializer,
    SessionDetailSerializer,
    SessionListSerializer,
    SessionSerializer,
    UtilisateurDetailSerializer,
    UtilisateurListSerializer,
    UtilisateurSerializer,
)


class UtilisateurViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ReadOnlyModelViewSet
):
    """Users, for signed-in clients only: staff see every account, others their own. Accounts
    change through authentication."""

    queryset = Utilisateur.objects.all()
    serializer_class = UtilisateurSerializer
    list_serializer_class = UtilisateurListSerializer
    detail_serializer_class = UtilisateurDetailSerializer
    permission_classes = [permissions.IsAuthenticated]
    pagination_class = PageNumberPagination
    filterset_class = UtilisateurFilter
    search_fields = ["email", "nom", "telephone"]
    ordering_fields = [
        "id",
        "username",
        "date_joined",
        "email",
        "nom",
        "telephone",
        "date_creation",
    ]
    ordering = ["pk"]

    def get_queryset(self) -> QuerySet[Utilisateur]:
        queryset = super().get_queryset()
        user = self.request.user
        if user.is_staff or getattr(self, "swagger_fake_view", False):
            return queryset
        return queryset.filter(pk=user.pk)


class ClientViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Client.objects.all()
    detail_queryset = Client.objects.annotate(
        colis_as_expediteur_count=related_count(Colis, "expediteur"),
        colis_as_destinataire_count=related_count(Colis, "destinataire"),
    )
    serializer_class = ClientSerializer
    list_serializer_class = ClientListSerializer
    detail_serializer_class = ClientDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = ClientFilter
    search_fields = ["email", "nom", "telephone", "adresse"]
    ordering_fields = ["id", "email", "nom", "telephone", "date_creation", "adresse"]
    ordering = ["pk"]


class LivreurViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Livreur.objects.all()
    detail_queryset = Livreur.objects.annotate(
        expeditions_count=related_count(Expedition, "livreur"),
        sessions_count=related_count(Session, "livreur"),
    )
    serializer_class = LivreurSerializer
    list_serializer_class = LivreurListSerializer
    detail_serializer_class = LivreurDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = LivreurFilter
    search_fields = ["email", "nom", "telephone"]
    ordering_fields = [
        "id",
        "email",
        "nom",
        "telephone",
        "date_creation",
        "vehicule",
        "disponible",
    ]
    ordering = ["pk"]


class PointRelaisViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = PointRelais.objects.all()
    detail_queryset = PointRelais.objects.annotate(
        expeditions_as_depart_count=related_count(Expedition, "depart"),
        expeditions_as_arrivee_count=related_count(Expedition, "arrivee"),
    )
    serializer_class = PointRelaisSerializer
    list_serializer_class = PointRelaisListSerializer
    detail_serializer_class = PointRelaisDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = PointRelaisFilter
    search_fields = ["nom", "ville", "code_postal"]
    ordering_fields = ["id", "nom", "ville", "code_postal"]
    ordering = ["pk"]


class ColisViewSet(CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet):
    queryset = Colis.objects.all()
    list_queryset = Colis.objects.select_related("expediteur", "destinataire")
    detail_queryset = Colis.objects.select_related(
        "expediteur", "destinataire"
    ).annotate(expeditions_count=related_count(Expedition, "colis"))
    reference_columns = {
        "expediteur": ["nom"],
        "destinataire": ["nom"],
    }
    serializer_class = ColisSerializer
    list_serializer_class = ColisListSerializer
    detail_serializer_class = ColisDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = ColisFilter
    search_fields = ["reference"]
    ordering_fields = ["id", "reference", "poids", "statut", "created_at"]
    ordering = ["-created_at", "pk"]


class ExpeditionViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Expedition.objects.all()
    list_queryset = Expedition.objects.select_related(
        "depart", "arrivee", "colis", "livreur"
    )
    detail_queryset = Expedition.objects.select_related(
        "depart", "arrivee", "colis", "livreur"
    )
    reference_columns = {
        "depart": ["nom"],
        "arrivee": ["nom"],
        "colis": ["reference"],
        "livreur": ["nom"],
    }
    serializer_class = ExpeditionSerializer
    list_serializer_class = ExpeditionListSerializer
    detail_serializer_class = ExpeditionDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = ExpeditionFilter
    ordering_fields = ["id", "date_depart"]
    ordering = ["pk"]


class SessionViewSet(
    CachedResponseMixin, RelationalViewSetMixin, viewsets.ModelViewSet
):
    queryset = Session.objects.all()
    list_queryset = Session.objects.select_related("livreur")
    detail_queryset = Session.objects.select_related("livreur")
    reference_columns = {
        "livreur": ["nom"],
    }
    serializer_class = SessionSerializer
    list_serializer_class = SessionListSerializer
    detail_serializer_class = SessionDetailSerializer
    permission_classes = [AccessPolicy]
    read_access = "users"
    write_access = "staff"
    pagination_class = PageNumberPagination
    filterset_class = SessionFilter
    ordering_fields = ["id", "debut", "fin"]
    ordering = ["pk"]
