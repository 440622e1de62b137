"""Cached API answers and querysets, invalidated exactly when the rows they show change.

Every key of an entity carries the entity's version. A write bumps the versions of the entities
whose answers show the written rows (apps.core.cache_rules says which, apps.core.signals when),
so their entries are never read again and expire on their own: an invalidation is one cache
write whatever the number of entries, and never scans keys.

While one request recomputes an answer, others get the previous one, except a client that has
written since that answer was computed: a client always sees its own completed writes.
"""

import hashlib
import time
import uuid
from collections.abc import Callable, Iterable
from functools import partial, wraps
from typing import Any, TypeVar, cast
from urllib.parse import urlencode

from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.exceptions import EmptyResultSet
from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from rest_framework.mixins import ListModelMixin, RetrieveModelMixin
from rest_framework.permissions import SAFE_METHODS
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from apps.core.cache_rules import DEPENDENTS, PER_USER, TIMEOUTS

T = TypeVar("T")
M = TypeVar("M", bound=Model)

LOCK_TIMEOUT = 30  # seconds a recompute holds its lock at most, should its process die
MAX_WAIT = 5  # seconds a request waits for another's recompute before doing its own
WAIT_STEP = 0.05
WRITES = (
    "writes"  # how many invalidations so far: answers and writers are stamped with it
)
# A writer's mark outlives every previous answer computed before its write.
MARK_TIMEOUT = max(TIMEOUTS.values(), default=0)
_MISSING = object()


def digest(*parts: Any) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


def increment(key: str) -> None:
    """Add one to a counter that never expires, starting it at one."""
    try:
        cache.incr(key)
    except ValueError:  # the first of its kind
        cache.add(key, 0, timeout=None)
        cache.incr(key)


def writes() -> int:
    """The number of invalidations so far; 0 when the cache does not answer."""
    return cache.get(WRITES) or 0


def bump(labels: Iterable[str]) -> None:
    """Give each entity a new version: the keys made with the old one are never read again."""
    cache.set_many(
        {f"version:{label}": uuid.uuid4().hex for label in labels}, timeout=None
    )
    increment(WRITES)


def invalidate(label: str, using: str = DEFAULT_DB_ALIAS) -> None:
    """Forget every cached answer that shows rows of the model `label`."""
    labels = DEPENDENTS.get(label, (label,))
    bump(labels)
    if transaction.get_connection(using).in_atomic_block:
        # Until the transaction commits, other requests still read the old rows and may cache
        # them under the new versions: bump once more when the new rows become visible.
        transaction.on_commit(partial(bump, labels), using=using)


def count(label: str, outcome: str) -> None:
    increment(f"stats:{label}:{outcome}")


def client(request: HttpRequest) -> str:
    """Who sends a request: the signed-in user, else the address it comes from."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return f"address:{request.META.get('REMOTE_ADDR', '')}"


def mark_writer(who: str) -> None:
    """Remember that `who` has just completed a write: until then no previous answer reaches
    it, since those computed before the write do not show it."""
    cache.set(f"wrote:{who}", writes(), MARK_TIMEOUT)


def sees_own_writes(stamp: int | None, who: str | None) -> bool:
    """Whether an answer computed at `stamp` (None: unknown) shows every write `who` made."""
    mark = None if who is None else cache.get(f"wrote:{who}")
    return mark is None or (stamp is not None and stamp >= mark)


class ReadYourWritesMiddleware:
    """Marks the client of every successful write once it is committed and answered."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.method not in SAFE_METHODS and response.status_code < 400:
            mark_writer(client(request))
        return response


class EntityCache:
    """The cache of one entity: its keys carry the entity's version, lookups are counted, and
    `get_or_set` recomputes a missing value once however many requests want it."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.timeout = TIMEOUTS.get(label, DEFAULT_TIMEOUT)

    @classmethod
    def of(cls, model: type[Model]) -> "EntityCache":
        return cls(model._meta.label)

    def version(self) -> str | None:
        """The current version; None when the cache does not answer."""
        key = f"version:{self.label}"
        version = cache.get(key)
        if version is None:
            cache.add(key, uuid.uuid4().hex, timeout=None)
            version = cache.get(key)
        return version

    def _key(self, key: str) -> str | None:
        version = self.version()
        return None if version is None else f"{self.label}:{version}:{key}"

    def _previous(self, key: str) -> str:
        return f"{self.label}:previous:{key}"

    def _lookup(self, versioned: str) -> Any:
        value = cache.get(versioned, _MISSING)
        count(self.label, "misses" if value is _MISSING else "hits")
        return value

    def get(self, key: str, default: Any = None) -> Any:
        versioned = self._key(key)
        value = _MISSING if versioned is None else self._lookup(versioned)
        return default if value is _MISSING else value

    def set(self, key: str, value: Any) -> None:
        """Store a value computed by the caller, at a moment this cache does not know."""
        versioned = self._key(key)
        if versioned is not None:
            self._store(key, versioned, value, stamp=None)

    def _store(self, key: str, versioned: str, value: Any, stamp: int | None) -> None:
        """Under the version read before the value was computed (a write meanwhile makes it
        stale), and as the previous value, served while the next invalidation recomputes to
        the clients that have not written since `stamp`."""
        cache.set_many(
            {versioned: value, self._previous(key): (stamp, value)}, self.timeout
        )

    def invalidate(self) -> None:
        """Forget this entity's entries and those of every entity showing its rows, e.g. after
        `QuerySet.update()` or `bulk_create()`, which send no signals."""
        invalidate(self.label)

    def get_or_set(
        self, key: str, compute: Callable[[], T], who: str | None = None
    ) -> T:
        """The cached value, else `compute()`'s. One request recomputes; the others get the
        previous value meanwhile, or wait for the new one when there is none or when `who`
        (the client asking) has written since it was computed."""
        versioned = self._key(key)
        if versioned is None:
            return compute()
        value = self._lookup(versioned)
        if value is not _MISSING:
            return value
        stamp = (
            writes()
        )  # before computing: the answer shows at least the writes counted
        lock = f"{versioned}:lock"
        deadline = time.monotonic() + MAX_WAIT
        while not cache.add(lock, 1, LOCK_TIMEOUT):
            previous = cache.get(self._previous(key))  # (stamp, value)
            if previous is not None and sees_own_writes(previous[0], who):
                return previous[1]
            if time.monotonic() > deadline:
                return compute()  # the other recompute stalls: slower, but never stuck
            time.sleep(WAIT_STEP)
            value = cache.get(versioned, _MISSING)
            if value is not _MISSING:
                return value
        try:
            value = compute()
            self._store(key, versioned, value, stamp)
        finally:
            cache.delete(lock)
        return value


def cache_queryset(queryset: QuerySet[M]) -> list[M]:
    """The rows of `queryset`, from the cache until a write changes the rows of its model or of
    the models its rows embed (the relations that select_related and prefetch_related follow)."""
    try:
        sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    except EmptyResultSet:
        return []
    key = "queryset:" + digest(
        queryset.db, sql, params, cast(Any, queryset)._prefetch_related_lookups
    )
    # A clone: the queryset given may hold the rows of an earlier evaluation.
    return EntityCache.of(queryset.model).get_or_set(key, lambda: list(queryset.all()))


def audience(request: Request, label: str) -> str:
    """Who an answer is for. Anonymous, signed-in and staff users never share an entry, since
    permissions may differ between them; per-user entities keep one entry per user."""
    user = request.user
    if not user.is_authenticated:
        return "anonymous"
    if label in PER_USER:
        return f"user:{user.pk}"
    return "staff" if user.is_staff else "user"


def response_key(request: Request, label: str) -> str:
    """The URL (host and path), the query with its parameters sorted, the API version and the
    audience."""
    query = urlencode(sorted(request.query_params.lists()), doseq=True)
    url = request.build_absolute_uri(request.path)
    return "response:" + digest(url, query, request.version, audience(request, label))


def cache_api_response(entity: str | None = None) -> Callable:
    """Serve a view method's answers from the cache of `entity` (a model label; default: the
    view's model). Runs after authentication and permission checks; errors are never cached."""

    def decorator(method: Callable[..., Response]) -> Callable[..., Response]:
        @wraps(method)
        def cached(view, request: Request, *args: Any, **kwargs: Any) -> Response:
            label = entity or view.get_queryset().model._meta.label
            store = EntityCache(label)

            def answer() -> tuple[int, Any]:
                response = method(view, request, *args, **kwargs)
                return response.status_code, response.data

            status, data = store.get_or_set(
                response_key(request, label), answer, client(request)
            )
            return Response(data, status=status)

        return cached

    return decorator


class CachedResponseMixin(RetrieveModelMixin, ListModelMixin, GenericViewSet):
    """List and retrieve answers from the cache; writes to the rows they show invalidate them."""

    @cache_api_response()
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().list(request, *args, **kwargs)

    @cache_api_response()
    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().retrieve(request, *args, **kwargs)


def cache_stats() -> dict[str, Any]:
    """Hits, misses and hit rate of every cached entity, and over all of them."""
    labels = list(TIMEOUTS)
    counts = cache.get_many(
        [
            f"stats:{label}:{outcome}"
            for label in labels
            for outcome in ("hits", "misses")
        ]
    )

    def row(hits: int, misses: int) -> dict[str, Any]:
        lookups = hits + misses
        return {
            "hits": hits,
            "misses": misses,
            "hit_rate": round(hits / lookups, 4) if lookups else None,
        }

    entities = [
        {
            "entity": label,
            **row(
                counts.get(f"stats:{label}:hits", 0),
                counts.get(f"stats:{label}:misses", 0),
            ),
        }
        for label in labels
    ]
    total = row(sum(e["hits"] for e in entities), sum(e["misses"] for e in entities))
    return {**total, "entities": entities}
