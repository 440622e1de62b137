"""Cache statistics for admins: how often each entity's answers came from the cache."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.core.cache import cache_stats


class LookupsSerializer(serializers.Serializer):
    hits = serializers.IntegerField()
    misses = serializers.IntegerField()
    hit_rate = serializers.FloatField(
        allow_null=True,
        help_text="hits / (hits + misses); null before the first lookup.",
    )


class EntityStatsSerializer(LookupsSerializer):
    entity = serializers.CharField(help_text='The model label, e.g. "blog.Post".')


class CacheStatsSerializer(LookupsSerializer):
    entities = EntityStatsSerializer(many=True)


class CacheStatsView(APIView):
    """Lookups of cached answers and querysets since the counters began, per entity."""

    permission_classes = [IsAdminUser]

    @extend_schema(operation_id="cache_stats", responses={200: CacheStatsSerializer})
    def get(self, request, *args, **kwargs):
        return Response(CacheStatsSerializer(cache_stats()).data)
