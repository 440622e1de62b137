from django.apps import AppConfig


class LivraisonConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "apps.livraison"
    label = "livraison"
    verbose_name = "Livraison"
