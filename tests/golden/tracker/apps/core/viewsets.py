"""What every viewset shares about reading: a serializer and a queryset per action, each
queryset loading up front all that its serializer reads, and the nested list routes."""

from django.db.models import Count, IntegerField, Model, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404


def related_count(model: type[Model], field: str) -> Coalesce:
    """How many `model` rows point at the outer row through `field`, as a subquery: several
    counts on one queryset never multiply each other's rows, as joins would."""
    rows = (
        model._default_manager.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


class RelationalViewSetMixin:
    """Lists read `list_serializer_class` over `list_queryset`, a retrieve reads
    `detail_serializer_class` over `detail_queryset`, writes go through `serializer_class`
    over `queryset` (which the reads use too when they need nothing more).

    A nested list route (`/posts/<parent_pk>/comments/`) is the list action with
    `parent_field` set: the rows whose `parent_field` is that parent, with the entity's own
    pagination, filters, search and ordering; 404 when the parent does not exist.
    """

    list_serializer_class = None
    detail_serializer_class = None
    list_queryset = None
    detail_queryset = None
    parent_field: str | None = None

    def get_serializer_class(self):
        if self.action == "list":
            return self.list_serializer_class
        if self.action == "retrieve":
            return self.detail_serializer_class
        return super().get_serializer_class()

    def get_queryset(self):
        queryset = {"list": self.list_queryset, "retrieve": self.detail_queryset}.get(
            self.action
        )
        if queryset is None:
            return super().get_queryset()
        return queryset.all()

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if self.parent_field is None:
            return queryset
        parent_pk = self.kwargs["parent_pk"]
        parent = queryset.model._meta.get_field(self.parent_field).related_model
        if not parent._default_manager.filter(pk=parent_pk).exists():
            raise Http404
        return queryset.filter(**{self.parent_field: parent_pk})
