from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import (
    Client,
    Colis,
    Expedition,
    Livreur,
    PointRelais,
    Session,
    Utilisateur,
)


@admin.register(Utilisateur)
class UtilisateurAdmin(BaseUserAdmin):
    fieldsets = (
        *(BaseUserAdmin.fieldsets or ()),
        ("Details", {"fields": ["nom", "telephone", "date_creation"]}),
    )
    add_fieldsets = (
        *(BaseUserAdmin.add_fieldsets or ()),
        ("Details", {"fields": ["nom", "telephone", "date_creation"]}),
    )


@admin.register(Client)
class ClientAdmin(admin.ModelAdmin):
    list_display = ["nom", "email", "telephone", "date_creation", "adresse"]
    list_filter = ["date_creation"]
    search_fields = ["email", "nom", "telephone", "adresse"]


@admin.register(Livreur)
class LivreurAdmin(admin.ModelAdmin):
    list_display = [
        "nom",
        "vehicule",
        "disponible",
        "email",
        "telephone",
        "date_creation",
    ]
    list_filter = ["date_creation", "vehicule", "disponible"]
    search_fields = ["email", "nom", "telephone"]


@admin.register(PointRelais)
class PointRelaisAdmin(admin.ModelAdmin):
    list_display = ["nom", "ville", "code_postal"]
    search_fields = ["nom", "ville", "code_postal"]


@admin.register(Colis)
class ColisAdmin(admin.ModelAdmin):
    list_display = [
        "reference",
        "statut",
        "expediteur",
        "destinataire",
        "poids",
        "created_at",
    ]
    list_select_related = ["expediteur", "destinataire"]
    list_filter = ["statut", "created_at", "expediteur", "destinataire"]
    search_fields = ["reference"]
    autocomplete_fields = ["expediteur", "destinataire"]
    readonly_fields = ["created_at"]
    date_hierarchy = "created_at"


@admin.register(Expedition)
class ExpeditionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "depart", "arrivee", "colis", "livreur", "date_depart"]
    list_select_related = ["depart", "arrivee", "colis", "livreur"]
    list_filter = ["date_depart", "depart", "arrivee", "colis", "livreur"]
    search_fields = ["id"]
    autocomplete_fields = ["depart", "arrivee", "colis", "livreur"]


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "livreur", "debut", "fin"]
    list_select_related = ["livreur"]
    list_filter = ["debut", "fin", "livreur"]
    search_fields = ["id"]
    autocomplete_fields = ["livreur"]
