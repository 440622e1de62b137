from django.db import DatabaseError
from django.urls import reverse


class DatabaseDown:
    def cursor(self):
        raise DatabaseError("connection refused")


class CacheDown:
    def set(self, *args, **kwargs):
        raise ConnectionError("connection refused")


def test_health_answers_ok(api_client):
    response = api_client.get(reverse("health"))

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_ready_when_database_and_cache_answer(api_client, db):
    response = api_client.get(reverse("ready"))

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {
            "database": True,
            "cache": True,
        },
    }


def test_not_ready_names_the_database(api_client, db, monkeypatch):
    monkeypatch.setattr("apps.core.views.connection", DatabaseDown())

    response = api_client.get(reverse("ready"))

    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {
            "database": False,
            "cache": True,
        },
    }


def test_not_ready_names_the_cache(api_client, db, monkeypatch):
    monkeypatch.setattr("apps.core.views.cache", CacheDown())

    response = api_client.get(reverse("ready"))

    assert response.status_code == 503
    assert response.json()["checks"]["database"] is True
    assert response.json()["checks"]["cache"] is False
