"""Cached answers of the Livraison API: a repeated read costs no query, a write
invalidates exactly the answers that show it, and no one is served another's answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, reverse_lazy
from rest_framework.test import APIClient

from apps.core.testing import clear_cache
from apps.livraison.factories import (
    ClientFactory,
    ColisFactory,
    ExpeditionFactory,
    LivreurFactory,
    PointRelaisFactory,
    SessionFactory,
    UtilisateurFactory,
)

pytestmark = pytest.mark.django_db


def results(response) -> list[dict]:
    assert response.status_code == 200, response.data
    return response.json()["results"]


def ids(response, key: str = "id") -> set[str]:
    return {str(row[key]) for row in results(response)}


def recomputed(client, url):
    """A GET that must not come from the cache: it runs queries, and its answer is the one
    computed afresh."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert queries.captured_queries, "served from the cache"
    clear_cache()
    assert client.get(url).json() == response.json()
    return response


UTILISATEUR_LIST = reverse_lazy("livraison:utilisateur-list")


def utilisateur_url(instance) -> str:
    return reverse("livraison:utilisateur-detail", args=[instance.pk])


def test_repeated_utilisateur_reads_cost_no_query(
    admin_client, django_assert_num_queries
):
    instance = UtilisateurFactory.create()
    listed = results(admin_client.get(UTILISATEUR_LIST))
    detail = admin_client.get(utilisateur_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(UTILISATEUR_LIST)) == listed
        assert admin_client.get(utilisateur_url(instance)).json() == detail


def test_creating_a_utilisateur_invalidates_the_list(admin_client):
    UtilisateurFactory.create()
    admin_client.get(UTILISATEUR_LIST)
    created = UtilisateurFactory.create()
    assert str(created.pk) in ids(admin_client.get(UTILISATEUR_LIST))


def test_updating_a_utilisateur_invalidates_list_and_detail(admin_client):
    instance = UtilisateurFactory.create()
    admin_client.get(UTILISATEUR_LIST)
    admin_client.get(utilisateur_url(instance))
    instance.username = UtilisateurFactory.build().username
    instance.save()
    detail = recomputed(admin_client, utilisateur_url(instance))
    assert detail.json()["username"] == instance.username
    recomputed(admin_client, UTILISATEUR_LIST)


def test_deleting_a_utilisateur_invalidates_list_and_detail(admin_client):
    instance = UtilisateurFactory.create()
    pk, url = str(instance.pk), utilisateur_url(instance)
    admin_client.get(UTILISATEUR_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(UTILISATEUR_LIST))


def test_writes_to_point_relais_leave_utilisateur_answers_cached(
    admin_client, django_assert_num_queries
):
    UtilisateurFactory.create()
    unrelated = PointRelaisFactory.create()
    listed = results(admin_client.get(UTILISATEUR_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(UTILISATEUR_LIST)) == listed


def test_one_users_cached_utilisateurs_are_never_served_to_another():
    owner, other = UtilisateurFactory.create(), UtilisateurFactory.create()
    UtilisateurFactory.create()
    first, second = APIClient(), APIClient()
    first.force_authenticate(user=owner)
    second.force_authenticate(user=other)
    results(first.get(UTILISATEUR_LIST))
    recomputed(second, UTILISATEUR_LIST)


CLIENT_LIST = reverse_lazy("livraison:client-list")


def client_url(instance) -> str:
    return reverse("livraison:client-detail", args=[instance.pk])


def test_repeated_client_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = ClientFactory.create()
    listed = results(admin_client.get(CLIENT_LIST))
    detail = admin_client.get(client_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(CLIENT_LIST)) == listed
        assert admin_client.get(client_url(instance)).json() == detail


def test_creating_a_client_invalidates_the_list(admin_client):
    ClientFactory.create()
    admin_client.get(CLIENT_LIST)
    created = ClientFactory.create()
    assert str(created.pk) in ids(admin_client.get(CLIENT_LIST))


def test_updating_a_client_invalidates_list_and_detail(admin_client):
    instance = ClientFactory.create()
    admin_client.get(CLIENT_LIST)
    admin_client.get(client_url(instance))
    instance.nom = ClientFactory.build().nom
    instance.save()
    detail = recomputed(admin_client, client_url(instance))
    assert detail.json()["nom"] == instance.nom
    recomputed(admin_client, CLIENT_LIST)


def test_deleting_a_client_invalidates_list_and_detail(admin_client):
    instance = ClientFactory.create()
    pk, url = str(instance.pk), client_url(instance)
    admin_client.get(CLIENT_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(CLIENT_LIST))


def test_writes_to_point_relais_leave_client_answers_cached(
    admin_client, django_assert_num_queries
):
    ClientFactory.create()
    unrelated = PointRelaisFactory.create()
    listed = results(admin_client.get(CLIENT_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(CLIENT_LIST)) == listed


def test_signed_in_and_staff_users_never_share_client_answers(
    auth_client, admin_client
):
    ClientFactory.create()
    auth_client.get(CLIENT_LIST)
    recomputed(admin_client, CLIENT_LIST)


LIVREUR_LIST = reverse_lazy("livraison:livreur-list")


def livreur_url(instance) -> str:
    return reverse("livraison:livreur-detail", args=[instance.pk])


def test_repeated_livreur_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = LivreurFactory.create()
    listed = results(admin_client.get(LIVREUR_LIST))
    detail = admin_client.get(livreur_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(LIVREUR_LIST)) == listed
        assert admin_client.get(livreur_url(instance)).json() == detail


def test_creating_a_livreur_invalidates_the_list(admin_client):
    LivreurFactory.create()
    admin_client.get(LIVREUR_LIST)
    created = LivreurFactory.create()
    assert str(created.pk) in ids(admin_client.get(LIVREUR_LIST))


def test_updating_a_livreur_invalidates_list_and_detail(admin_client):
    instance = LivreurFactory.create()
    admin_client.get(LIVREUR_LIST)
    admin_client.get(livreur_url(instance))
    instance.nom = LivreurFactory.build().nom
    instance.save()
    detail = recomputed(admin_client, livreur_url(instance))
    assert detail.json()["nom"] == instance.nom
    recomputed(admin_client, LIVREUR_LIST)


def test_deleting_a_livreur_invalidates_list_and_detail(admin_client):
    instance = LivreurFactory.create()
    pk, url = str(instance.pk), livreur_url(instance)
    admin_client.get(LIVREUR_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(LIVREUR_LIST))


def test_writes_to_point_relais_leave_livreur_answers_cached(
    admin_client, django_assert_num_queries
):
    LivreurFactory.create()
    unrelated = PointRelaisFactory.create()
    listed = results(admin_client.get(LIVREUR_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(LIVREUR_LIST)) == listed


def test_signed_in_and_staff_users_never_share_livreur_answers(
    auth_client, admin_client
):
    LivreurFactory.create()
    auth_client.get(LIVREUR_LIST)
    recomputed(admin_client, LIVREUR_LIST)


POINT_RELAIS_LIST = reverse_lazy("livraison:point_relais-list")


def point_relais_url(instance) -> str:
    return reverse("livraison:point_relais-detail", args=[instance.pk])


def test_repeated_point_relais_reads_cost_no_query(
    admin_client, django_assert_num_queries
):
    instance = PointRelaisFactory.create()
    listed = results(admin_client.get(POINT_RELAIS_LIST))
    detail = admin_client.get(point_relais_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(POINT_RELAIS_LIST)) == listed
        assert admin_client.get(point_relais_url(instance)).json() == detail


def test_creating_a_point_relais_invalidates_the_list(admin_client):
    PointRelaisFactory.create()
    admin_client.get(POINT_RELAIS_LIST)
    created = PointRelaisFactory.create()
    assert str(created.pk) in ids(admin_client.get(POINT_RELAIS_LIST))


def test_updating_a_point_relais_invalidates_list_and_detail(admin_client):
    instance = PointRelaisFactory.create()
    admin_client.get(POINT_RELAIS_LIST)
    admin_client.get(point_relais_url(instance))
    instance.nom = PointRelaisFactory.build().nom
    instance.save()
    detail = recomputed(admin_client, point_relais_url(instance))
    assert detail.json()["nom"] == instance.nom
    recomputed(admin_client, POINT_RELAIS_LIST)


def test_deleting_a_point_relais_invalidates_list_and_detail(admin_client):
    instance = PointRelaisFactory.create()
    pk, url = str(instance.pk), point_relais_url(instance)
    admin_client.get(POINT_RELAIS_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(POINT_RELAIS_LIST))


def test_writes_to_utilisateurs_leave_point_relais_answers_cached(
    admin_client, django_assert_num_queries
):
    PointRelaisFactory.create()
    unrelated = UtilisateurFactory.create()
    listed = results(admin_client.get(POINT_RELAIS_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(POINT_RELAIS_LIST)) == listed


def test_signed_in_and_staff_users_never_share_point_relais_answers(
    auth_client, admin_client
):
    PointRelaisFactory.create()
    auth_client.get(POINT_RELAIS_LIST)
    recomputed(admin_client, POINT_RELAIS_LIST)


COLIS_LIST = reverse_lazy("livraison:colis-list")


def colis_url(instance) -> str:
    return reverse("livraison:colis-detail", args=[instance.pk])


def test_repeated_colis_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = ColisFactory.create()
    listed = results(admin_client.get(COLIS_LIST))
    detail = admin_client.get(colis_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(COLIS_LIST)) == listed
        assert admin_client.get(colis_url(instance)).json() == detail


def test_creating_a_colis_invalidates_the_list(admin_client):
    ColisFactory.create()
    admin_client.get(COLIS_LIST)
    created = ColisFactory.create()
    assert str(created.pk) in ids(admin_client.get(COLIS_LIST))


def test_updating_a_colis_invalidates_list_and_detail(admin_client):
    instance = ColisFactory.create()
    admin_client.get(COLIS_LIST)
    admin_client.get(colis_url(instance))
    instance.reference = ColisFactory.build().reference
    instance.save()
    detail = recomputed(admin_client, colis_url(instance))
    assert detail.json()["reference"] == instance.reference
    recomputed(admin_client, COLIS_LIST)


def test_deleting_a_colis_invalidates_list_and_detail(admin_client):
    instance = ColisFactory.create()
    pk, url = str(instance.pk), colis_url(instance)
    admin_client.get(COLIS_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(COLIS_LIST))


def test_changing_the_expediteur_of_a_colis_invalidates_the_list(admin_client):
    related = ClientFactory.create()
    ColisFactory.create(expediteur=related)
    admin_client.get(COLIS_LIST)
    related.nom = ClientFactory.build().nom
    related.save()
    recomputed(admin_client, COLIS_LIST)


def test_changing_the_destinataire_of_a_colis_invalidates_the_list(admin_client):
    related = ClientFactory.create()
    ColisFactory.create(destinataire=related)
    admin_client.get(COLIS_LIST)
    related.nom = ClientFactory.build().nom
    related.save()
    recomputed(admin_client, COLIS_LIST)


def test_writes_to_point_relais_leave_colis_answers_cached(
    admin_client, django_assert_num_queries
):
    ColisFactory.create()
    unrelated = PointRelaisFactory.create()
    listed = results(admin_client.get(COLIS_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(COLIS_LIST)) == listed


def test_signed_in_and_staff_users_never_share_colis_answers(auth_client, admin_client):
    ColisFactory.create()
    auth_client.get(COLIS_LIST)
    recomputed(admin_client, COLIS_LIST)


EXPEDITION_LIST = reverse_lazy("livraison:expedition-list")


def expedition_url(instance) -> str:
    return reverse("livraison:expedition-detail", args=[instance.pk])


def test_repeated_expedition_reads_cost_no_query(
    admin_client, django_assert_num_queries
):
    instance = ExpeditionFactory.create()
    listed = results(admin_client.get(EXPEDITION_LIST))
    detail = admin_client.get(expedition_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(EXPEDITION_LIST)) == listed
        assert admin_client.get(expedition_url(instance)).json() == detail


def test_creating_a_expedition_invalidates_the_list(admin_client):
    ExpeditionFactory.create()
    admin_client.get(EXPEDITION_LIST)
    created = ExpeditionFactory.create()
    assert str(created.pk) in ids(admin_client.get(EXPEDITION_LIST))


def test_updating_a_expedition_invalidates_list_and_detail(admin_client):
    instance = ExpeditionFactory.create()
    admin_client.get(EXPEDITION_LIST)
    admin_client.get(expedition_url(instance))
    instance.save()
    recomputed(admin_client, expedition_url(instance))
    recomputed(admin_client, EXPEDITION_LIST)


def test_deleting_a_expedition_invalidates_list_and_detail(admin_client):
    instance = ExpeditionFactory.create()
    pk, url = str(instance.pk), expedition_url(instance)
    admin_client.get(EXPEDITION_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(EXPEDITION_LIST))


def test_changing_the_depart_of_a_expedition_invalidates_the_list(admin_client):
    related = PointRelaisFactory.create()
    ExpeditionFactory.create(depart=related)
    admin_client.get(EXPEDITION_LIST)
    related.nom = PointRelaisFactory.build().nom
    related.save()
    recomputed(admin_client, EXPEDITION_LIST)


def test_changing_the_arrivee_of_a_expedition_invalidates_the_list(admin_client):
    related = PointRelaisFactory.create()
    ExpeditionFactory.create(arrivee=related)
    admin_client.get(EXPEDITION_LIST)
    related.nom = PointRelaisFactory.build().nom
    related.save()
    recomputed(admin_client, EXPEDITION_LIST)


def test_changing_the_colis_of_a_expedition_invalidates_the_list(admin_client):
    related = ColisFactory.create()
    ExpeditionFactory.create(colis=related)
    admin_client.get(EXPEDITION_LIST)
    related.reference = ColisFactory.build().reference
    related.save()
    recomputed(admin_client, EXPEDITION_LIST)


def test_changing_the_livreur_of_a_expedition_invalidates_the_list(admin_client):
    related = LivreurFactory.create()
    ExpeditionFactory.create(livreur=related)
    admin_client.get(EXPEDITION_LIST)
    related.nom = LivreurFactory.build().nom
    related.save()
    recomputed(admin_client, EXPEDITION_LIST)


def test_writes_to_sessions_leave_expedition_answers_cached(
    admin_client, django_assert_num_queries
):
    ExpeditionFactory.create()
    unrelated = SessionFactory.create()
    listed = results(admin_client.get(EXPEDITION_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(EXPEDITION_LIST)) == listed


def test_signed_in_and_staff_users_never_share_expedition_answers(
    auth_client, admin_client
):
    ExpeditionFactory.create()
    auth_client.get(EXPEDITION_LIST)
    recomputed(admin_client, EXPEDITION_LIST)


SESSION_LIST = reverse_lazy("livraison:session-list")


def session_url(instance) -> str:
    return reverse("livraison:session-detail", args=[instance.pk])


def test_repeated_session_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = SessionFactory.create()
    listed = results(admin_client.get(SESSION_LIST))
    detail = admin_client.get(session_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(SESSION_LIST)) == listed
        assert admin_client.get(session_url(instance)).json() == detail


def test_creating_a_session_invalidates_the_list(admin_client):
    SessionFactory.create()
    admin_client.get(SESSION_LIST)
    created = SessionFactory.create()
    assert str(created.pk) in ids(admin_client.get(SESSION_LIST))


def test_updating_a_session_invalidates_list_and_detail(admin_client):
    instance = SessionFactory.create()
    admin_client.get(SESSION_LIST)
    admin_client.get(session_url(instance))
    instance.save()
    recomputed(admin_client, session_url(instance))
    recomputed(admin_client, SESSION_LIST)


def test_deleting_a_session_invalidates_list_and_detail(admin_client):
    instance = SessionFactory.create()
    pk, url = str(instance.pk), session_url(instance)
    admin_client.get(SESSION_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(SESSION_LIST))


def test_changing_the_livreur_of_a_session_invalidates_the_list(admin_client):
    related = LivreurFactory.create()
    SessionFactory.create(livreur=related)
    admin_client.get(SESSION_LIST)
    related.nom = LivreurFactory.build().nom
    related.save()
    recomputed(admin_client, SESSION_LIST)


def test_writes_to_point_relais_leave_session_answers_cached(
    admin_client, django_assert_num_queries
):
    SessionFactory.create()
    unrelated = PointRelaisFactory.create()
    listed = results(admin_client.get(SESSION_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(SESSION_LIST)) == listed


def test_signed_in_and_staff_users_never_share_session_answers(
    auth_client, admin_client
):
    SessionFactory.create()
    auth_client.get(SESSION_LIST)
    recomputed(admin_client, SESSION_LIST)
