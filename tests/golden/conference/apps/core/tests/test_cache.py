"""The cache itself: the per-entity manager, its stampede guard, cached querysets and the
statistics endpoint."""

import threading

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse, reverse_lazy
from rest_framework import status

from apps.conference.factories import UserFactory
from apps.conference.models import User
from apps.core.cache import (
    EntityCache,
    ReadYourWritesMiddleware,
    cache_queryset,
    mark_writer,
)

LABEL = "conference.User"
STATS_URL = reverse_lazy("cache-stats")


def never():
    pytest.fail("computed while another request was computing")


def test_get_set_and_invalidate():
    store = EntityCache(LABEL)
    assert store.get("answer") is None
    store.set("answer", 42)
    assert store.get("answer") == 42
    store.invalidate()
    assert store.get("answer") is None


def test_get_or_set_computes_once():
    store = EntityCache(LABEL)
    calls = []

    def compute():
        calls.append(1)
        return "value"

    assert store.get_or_set("answer", compute) == "value"
    assert store.get_or_set("answer", compute) == "value"
    assert calls == [1]


class SlowComputation:
    """A recompute in another thread that lasts until the test lets it finish."""

    def __init__(self, store: EntityCache, key: str) -> None:
        self.started, self.release = threading.Event(), threading.Event()
        self.results: list[str] = []
        self.thread = threading.Thread(
            target=lambda: self.results.append(store.get_or_set(key, self.compute))
        )

    def compute(self) -> str:
        self.started.set()
        self.release.wait(5)
        return "fresh"

    def __enter__(self):
        self.thread.start()
        assert self.started.wait(5)
        return self

    def __exit__(self, *exc_info):
        self.release.set()
        self.thread.join(5)


def test_during_a_recompute_others_get_the_previous_value():
    store = EntityCache(LABEL)
    store.set("answer", "previous")
    store.invalidate()
    with SlowComputation(store, "answer") as slow:
        assert store.get_or_set("answer", never) == "previous"
    assert slow.results == ["fresh"]
    assert store.get("answer") == "fresh"


def test_without_a_previous_value_others_wait_for_the_recompute():
    store = EntityCache(LABEL)
    with SlowComputation(store, "answer") as slow:
        threading.Timer(0.2, slow.release.set).start()
        assert store.get_or_set("answer", never) == "fresh"
    assert slow.results == ["fresh"]


def test_a_writer_waits_for_the_answer_that_shows_its_write():
    """The read-your-writes race, step by step: an answer is cached, a client writes (the
    version is bumped, the client marked), another request starts the recompute. Others may
    get the previous answer meanwhile; the writer waits for the fresh one."""
    store = EntityCache(LABEL)
    store.get_or_set("answer", lambda: "before the write")
    store.invalidate()
    mark_writer("user:1")
    with SlowComputation(store, "answer") as slow:
        assert store.get_or_set("answer", never, "user:2") == "before the write"
        threading.Timer(0.2, slow.release.set).start()
        assert store.get_or_set("answer", never, "user:1") == "fresh"


@pytest.mark.parametrize(
    ("method", "status_code", "marked"),
    [
        ("post", 201, True),
        ("patch", 200, True),
        ("delete", 204, True),
        ("post", 400, False),
        ("get", 200, False),
    ],
)
def test_successful_writes_mark_their_client(rf, method, status_code, marked):
    request = getattr(rf, method)("/")
    request.user = AnonymousUser()
    ReadYourWritesMiddleware(lambda request: HttpResponse(status=status_code))(request)
    assert (cache.get("wrote:address:127.0.0.1") is not None) is marked


@pytest.mark.django_db
def test_cached_queryset_costs_no_query_until_a_row_changes(django_assert_num_queries):
    user = UserFactory.create()
    rows = User.objects.filter(pk=user.pk)
    assert cache_queryset(rows) == [user]
    with django_assert_num_queries(0):
        assert cache_queryset(rows) == [user]
    user.first_name = "Renamed"
    user.save()
    with django_assert_num_queries(1):
        assert cache_queryset(rows)[0].first_name == "Renamed"


@pytest.mark.django_db
def test_an_empty_queryset_costs_no_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert cache_queryset(User.objects.none()) == []


def test_stats_count_hits_and_misses(admin_client):
    url = reverse("conference:user-list")
    admin_client.get(url)
    admin_client.get(url)
    response = admin_client.get(STATS_URL)
    assert response.status_code == status.HTTP_200_OK
    assert response.json()["entities"][0] == {
        "entity": "conference.User",
        "hits": 1,
        "misses": 1,
        "hit_rate": 0.5,
    }


def test_stats_are_for_admins_only(auth_client):
    assert auth_client.get(STATS_URL).status_code == status.HTTP_403_FORBIDDEN
