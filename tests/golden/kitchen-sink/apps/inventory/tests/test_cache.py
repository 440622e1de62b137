"""Cached answers of the Inventory API: a repeated read costs no query, a write
invalidates exactly the answers that show it, and no one is served another's answers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, reverse_lazy

from apps.core.testing import clear_cache
from apps.inventory.factories import AssetFactory, VehicleFactory
from apps.spaces.factories import RoomFactory
from apps.studio.factories import FolderFactory, MemberFactory

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


ASSET_LIST = reverse_lazy("inventory:asset-list")


def asset_url(instance) -> str:
    return reverse("inventory:asset-detail", args=[instance.pk])


def test_repeated_asset_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = AssetFactory.create()
    listed = results(admin_client.get(ASSET_LIST))
    detail = admin_client.get(asset_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ASSET_LIST)) == listed
        assert admin_client.get(asset_url(instance)).json() == detail


def test_creating_a_asset_invalidates_the_list(admin_client):
    AssetFactory.create()
    admin_client.get(ASSET_LIST)
    created = AssetFactory.create()
    assert str(created.pk) in ids(admin_client.get(ASSET_LIST))


def test_updating_a_asset_invalidates_list_and_detail(admin_client):
    instance = AssetFactory.create()
    admin_client.get(ASSET_LIST)
    admin_client.get(asset_url(instance))
    instance.name = AssetFactory.build().name
    instance.save()
    detail = recomputed(admin_client, asset_url(instance))
    assert detail.json()["name"] == instance.name
    recomputed(admin_client, ASSET_LIST)


def test_deleting_a_asset_invalidates_list_and_detail(admin_client):
    instance = AssetFactory.create()
    pk, url = str(instance.pk), asset_url(instance)
    admin_client.get(ASSET_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(ASSET_LIST))


def test_changing_the_member_of_a_asset_invalidates_the_list(admin_client):
    related = MemberFactory.create()
    AssetFactory.create(member=related)
    admin_client.get(ASSET_LIST)
    related.username = MemberFactory.build().username
    related.save()
    recomputed(admin_client, ASSET_LIST)


def test_changing_the_room_of_a_asset_invalidates_the_list(admin_client):
    related = RoomFactory.create()
    AssetFactory.create(room=related)
    admin_client.get(ASSET_LIST)
    related.code = RoomFactory.build().code
    related.save()
    recomputed(admin_client, ASSET_LIST)


def test_writes_to_folders_leave_asset_answers_cached(
    admin_client, django_assert_num_queries
):
    AssetFactory.create()
    unrelated = FolderFactory.create()
    listed = results(admin_client.get(ASSET_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(ASSET_LIST)) == listed


def test_signed_in_and_staff_users_never_share_asset_answers(auth_client, admin_client):
    AssetFactory.create()
    auth_client.get(ASSET_LIST)
    recomputed(admin_client, ASSET_LIST)


VEHICLE_LIST = reverse_lazy("inventory:vehicle-list")


def vehicle_url(instance) -> str:
    return reverse("inventory:vehicle-detail", args=[instance.pk])


def test_repeated_vehicle_reads_cost_no_query(admin_client, django_assert_num_queries):
    instance = VehicleFactory.create()
    listed = results(admin_client.get(VEHICLE_LIST))
    detail = admin_client.get(vehicle_url(instance)).json()
    with django_assert_num_queries(0):
        assert results(admin_client.get(VEHICLE_LIST)) == listed
        assert admin_client.get(vehicle_url(instance)).json() == detail


def test_creating_a_vehicle_invalidates_the_list(admin_client):
    VehicleFactory.create()
    admin_client.get(VEHICLE_LIST)
    created = VehicleFactory.create()
    assert str(created.pk) in ids(admin_client.get(VEHICLE_LIST))


def test_updating_a_vehicle_invalidates_list_and_detail(admin_client):
    instance = VehicleFactory.create()
    admin_client.get(VEHICLE_LIST)
    admin_client.get(vehicle_url(instance))
    instance.name = VehicleFactory.build().name
    instance.save()
    detail = recomputed(admin_client, vehicle_url(instance))
    assert detail.json()["name"] == instance.name
    recomputed(admin_client, VEHICLE_LIST)


def test_deleting_a_vehicle_invalidates_list_and_detail(admin_client):
    instance = VehicleFactory.create()
    pk, url = str(instance.pk), vehicle_url(instance)
    admin_client.get(VEHICLE_LIST)
    assert admin_client.get(url).status_code == 200
    instance.delete()
    assert admin_client.get(url).status_code == 404
    assert pk not in ids(admin_client.get(VEHICLE_LIST))


def test_changing_the_driver_of_a_vehicle_invalidates_the_list(admin_client):
    related = MemberFactory.create()
    VehicleFactory.create(driver=related)
    admin_client.get(VEHICLE_LIST)
    related.username = MemberFactory.build().username
    related.save()
    recomputed(admin_client, VEHICLE_LIST)


def test_writes_to_folders_leave_vehicle_answers_cached(
    admin_client, django_assert_num_queries
):
    VehicleFactory.create()
    unrelated = FolderFactory.create()
    listed = results(admin_client.get(VEHICLE_LIST))
    unrelated.save()
    with django_assert_num_queries(0):
        assert results(admin_client.get(VEHICLE_LIST)) == listed


def test_signed_in_and_staff_users_never_share_vehicle_answers(
    auth_client, admin_client
):
    VehicleFactory.create()
    auth_client.get(VEHICLE_LIST)
    recomputed(admin_client, VEHICLE_LIST)
