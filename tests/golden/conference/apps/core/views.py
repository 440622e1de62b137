"""Probes for load balancers and orchestrators: `/health/` says the process is alive,
`/ready/` that its database and cache answer too."""

from django.core.cache import cache
from django.db import DatabaseError, connection
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView


class HealthSerializer(serializers.Serializer):
    status = serializers.CharField(help_text='Always "ok".')


class ReadinessChecksSerializer(serializers.Serializer):
    database = serializers.BooleanField()
    cache = serializers.BooleanField()


class ReadinessSerializer(serializers.Serializer):
    status = serializers.CharField(help_text='"ok", or "unavailable".')
    checks = ReadinessChecksSerializer(help_text="Whether each dependency answered.")


class ProbeView(APIView):
    """Open to anyone, never authenticated nor throttled: a probe must not depend on
    sessions, and a load balancer's polling must not be refused."""

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = []


class HealthView(ProbeView):
    """The process is alive; touches neither the database nor the cache."""

    @extend_schema(operation_id="health", responses={200: HealthSerializer})
    def get(self, request):
        return Response({"status": "ok"})


def database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return False
    return True


def cache_answers() -> bool:
    # Whatever the backend raises (Redis down, refused, timed out) means not ready.
    try:
        cache.set("core:ready", "ok", timeout=10)
        return cache.get("core:ready") == "ok"
    except Exception:
        return False


class ReadyView(ProbeView):
    """The database and the cache answer; 503 names the check that failed."""

    @extend_schema(
        operation_id="ready",
        responses={200: ReadinessSerializer, 503: ReadinessSerializer},
    )
    def get(self, request):
        checks = {
            "database": database_answers(),
            "cache": cache_answers(),
        }
        ready = all(checks.values())
        return Response(
            {"status": "ok" if ready else "unavailable", "checks": checks},
            status=status.HTTP_200_OK if ready else status.HTTP_503_SERVICE_UNAVAILABLE,
        )
