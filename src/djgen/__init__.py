"""djgen: a Django REST Framework backend from a domain model."""

__version__ = "0.1.0"
