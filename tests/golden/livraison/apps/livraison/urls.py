from django.urls import path
from rest_framework.routers import SimpleRouter

from .views import (
    ClientViewSet,
    ColisViewSet,
    ExpeditionViewSet,
    LivreurViewSet,
    PointRelaisViewSet,
    SessionViewSet,
    UtilisateurViewSet,
)

app_name = "livraison"

router = SimpleRouter()
router.register("utilisateurs", UtilisateurViewSet, basename="utilisateur")
router.register("clients", ClientViewSet, basename="client")
router.register("livreurs", LivreurViewSet, basename="livreur")
router.register("point-relais", PointRelaisViewSet, basename="point_relais")
router.register("colis", ColisViewSet, basename="colis")
router.register("expeditions", ExpeditionViewSet, basename="expedition")
router.register("sessions", SessionViewSet, basename="session")

# The rows that point at one parent, listed by their own viewset: /<parent>/<pk>/<rows>/.
urlpatterns = [
    *router.urls,
    path(
        "clients/<int:parent_pk>/colis-as-expediteur/",
        ColisViewSet.as_view({"get": "list"}, parent_field="expediteur"),
        name="client-colis-as-expediteur",
    ),
    path(
        "clients/<int:parent_pk>/colis-as-destinataire/",
        ColisViewSet.as_view({"get": "list"}, parent_field="destinataire"),
        name="client-colis-as-destinataire",
    ),
    path(
        "livreurs/<int:parent_pk>/expeditions/",
        ExpeditionViewSet.as_view({"get": "list"}, parent_field="livreur"),
        name="livreur-expeditions",
    ),
    path(
        "livreurs/<int:parent_pk>/sessions/",
        SessionViewSet.as_view({"get": "list"}, parent_field="livreur"),
        name="livreur-sessions",
    ),
    path(
        "point-relais/<int:parent_pk>/expeditions-as-depart/",
        ExpeditionViewSet.as_view({"get": "list"}, parent_field="depart"),
        name="point_relais-expeditions-as-depart",
    ),
    path(
        "point-relais/<int:parent_pk>/expeditions-as-arrivee/",
        ExpeditionViewSet.as_view({"get": "list"}, parent_field="arrivee"),
        name="point_relais-expeditions-as-arrivee",
    ),
    path(
        "colis/<int:parent_pk>/expeditions/",
        ExpeditionViewSet.as_view({"get": "list"}, parent_field="colis"),
        name="colis-expeditions",
    ),
]
