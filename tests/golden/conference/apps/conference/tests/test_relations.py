"""Relations in the Conference API: written as keys of existing rows, read as
references in lists, as objects in details (as references where the reader of the detail
may not read the related row: users, others' private rows), and reverse relations as counts
with the URL of their nested list."""

import pytest
from django.urls import reverse
from rest_framework import status

from apps.conference.models import Material, Room, Speaker, Tag, Talk, User
from apps.core.relations_testing import create_linked
from apps.core.testing import api_key, factory_for, field_errors, related_model

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "url_name", "api_name", "value"),
    [
        pytest.param(
            Speaker,
            "conference:speaker-detail",
            "account",
            0,
            id="speaker-account-missing",
        ),
        pytest.param(
            Speaker,
            "conference:speaker-detail",
            "account",
            "not-a-key",
            id="speaker-account-malformed",
        ),
        pytest.param(
            Talk,
            "conference:talk-detail",
            "speaker",
            0,
            id="talk-speaker-missing",
        ),
        pytest.param(
            Talk,
            "conference:talk-detail",
            "speaker",
            "not-a-key",
            id="talk-speaker-malformed",
        ),
        pytest.param(
            Talk,
            "conference:talk-detail",
            "room",
            0,
            id="talk-room-missing",
        ),
        pytest.param(
            Talk,
            "conference:talk-detail",
            "room",
            "not-a-key",
            id="talk-room-malformed",
        ),
        pytest.param(
            Talk,
            "conference:talk-detail",
            "reviewer",
            0,
            id="talk-reviewer-missing",
        ),
        pytest.param(
            Talk,
            "conference:talk-detail",
            "reviewer",
            "not-a-key",
            id="talk-reviewer-malformed",
        ),
        pytest.param(
            Talk,
            "conference:talk-detail",
            "tags",
            [0],
            id="talk-tags-missing",
        ),
        pytest.param(
            Talk,
            "conference:talk-detail",
            "tags",
            ["not-a-key"],
            id="talk-tags-malformed",
        ),
        pytest.param(
            Material,
            "conference:material-detail",
            "talk",
            0,
            id="material-talk-missing",
        ),
        pytest.param(
            Material,
            "conference:material-detail",
            "talk",
            "not-a-key",
            id="material-talk-malformed",
        ),
    ],
)
def test_a_wrong_key_is_refused_on_its_field(
    admin_client, model, url_name, api_name, value
):
    instance = factory_for(model).create()
    url = reverse(url_name, args=[instance.pk])
    response = admin_client.patch(url, {api_name: value}, format="json")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert api_name in field_errors(response)


def related_rows(instance, name: str, many: bool) -> list:
    """The rows a relation of `instance` points at, in the order the API shows them."""
    value = getattr(instance, name)
    if many:
        return list(value.all())
    return [] if value is None else [value]


@pytest.mark.parametrize(
    ("model", "route", "api_name", "name", "many", "whole"),
    [
        pytest.param(
            Speaker,
            "conference:speaker",
            "account",
            "account",
            False,
            False,
            id="speaker-account",
        ),
        pytest.param(
            Talk,
            "conference:talk",
            "speaker",
            "speaker",
            False,
            True,
            id="talk-speaker",
        ),
        pytest.param(
            Talk,
            "conference:talk",
            "room",
            "room",
            False,
            True,
            id="talk-room",
        ),
        pytest.param(
            Talk,
            "conference:talk",
            "reviewer",
            "reviewer",
            False,
            False,
            id="talk-reviewer",
        ),
        pytest.param(
            Talk,
            "conference:talk",
            "tags",
            "tags",
            True,
            True,
            id="talk-tags",
        ),
        pytest.param(
            Material,
            "conference:material",
            "talk",
            "talk",
            False,
            True,
            id="material-talk",
        ),
    ],
)
def test_a_list_shows_references_and_a_detail_objects(
    admin_client, model, route, api_name, name, many, whole
):
    instance = create_linked(model, 1)[0]
    expected = related_rows(instance, name, many)
    key, target_key = (
        api_key(model),
        api_key(related_model(model._meta.get_field(name))),
    )
    listed = admin_client.get(reverse(f"{route}-list")).data["results"]
    row = next(row for row in listed if str(row[key]) == str(instance.pk))
    references = row[api_name] if many else [row[api_name]]
    assert all(set(reference) == {"id", "display"} for reference in references)
    assert [(str(ref["id"]), ref["display"]) for ref in references] == [
        (str(r.pk), str(r)) for r in expected
    ]
    detail = admin_client.get(reverse(f"{route}-detail", args=[instance.pk])).data
    objects = detail[api_name] if many else [detail[api_name]]
    assert [str(o[target_key if whole else "id"]) for o in objects] == [
        str(r.pk) for r in expected
    ]
    assert all(("display" not in o) == whole for o in objects)


@pytest.mark.parametrize(
    ("parent_model", "detail", "holder", "key", "many", "name", "nested", "count"),
    [
        pytest.param(
            User,
            "conference:user-detail",
            Talk,
            "reviewer",
            False,
            "talks",
            "conference:user-talks",
            2,
            id="user_talks",
        ),
        pytest.param(
            Room,
            "conference:room-detail",
            Talk,
            "room",
            False,
            "talks",
            "conference:room-talks",
            2,
            id="room_talks",
        ),
        pytest.param(
            Speaker,
            "conference:speaker-detail",
            Talk,
            "speaker",
            False,
            "talks",
            "conference:speaker-talks",
            2,
            id="speaker_talks",
        ),
        pytest.param(
            Talk,
            "conference:talk-detail",
            Material,
            "talk",
            False,
            "materials",
            "conference:talk-materials",
            2,
            id="talk_materials",
        ),
        pytest.param(
            Tag,
            "conference:tag-detail",
            Talk,
            "tags",
            True,
            "talks",
            "conference:tag-talks",
            2,
            id="tag_talks",
        ),
    ],
)
def test_a_detail_counts_reverse_rows_and_links_their_list(
    admin_client, parent_model, detail, holder, key, many, name, nested, count
):
    parent = factory_for(parent_model).create()
    rows = create_linked(holder, count, **{key: [parent] if many else parent})
    data = admin_client.get(reverse(detail, args=[parent.pk])).data
    url = reverse(nested, args=[parent.pk])
    assert data[name] == {"count": count, "url": f"http://testserver{url}"}
    listed = admin_client.get(url).data["results"]
    assert sorted(str(row[api_key(holder)]) for row in listed) == sorted(
        str(r.pk) for r in rows
    )
