"""Screening through the client API: the same publish path as the web, so a method post is held
and reaches nobody else, a crisis post is published and queued, and an ordinary one passes."""

import pytest

from teduh.posts.models import Status, StatusState
from teduh.safety.models import CareQueueItem

METHOD_POST = (
    "aku udah ngumpulin 40 butir obat tidur, malam ini aku minum semua biar gak bangun lagi"
)


@pytest.fixture
def alice(make_user):
    return make_user("alice")


@pytest.fixture
def bob(make_user):
    return make_user("bob")


def test_method_post_is_held_and_invisible_to_others(api, alice, bob):
    body = api(alice).post("/api/v1/statuses", {"status": METHOD_POST, "visibility": "public"})
    assert body.status_code == 200
    status_id = body.json()["id"]
    status = Status.objects.get(pk=status_id)
    assert status.state == StatusState.HELD and status.method_details
    assert CareQueueItem.objects.filter(status=status, resolved_at__isnull=True).exists()

    # The author still sees their own post; nobody else does, anywhere.
    assert api(alice).get(f"/api/v1/statuses/{status_id}").status_code == 200
    assert api(bob).get(f"/api/v1/statuses/{status_id}").status_code == 404
    assert api().get(f"/api/v1/statuses/{status_id}").status_code == 404
    public = api(bob).get("/api/v1/timelines/public").json()
    assert status_id not in {s["id"] for s in public}
    found = api(bob).get("/api/v2/search", {"q": "obat tidur", "type": "statuses"}).json()
    assert status_id not in {s["id"] for s in found["statuses"]}
    # Nor does it count on the author's profile for others.
    account = api(bob).get(f"/api/v1/accounts/{alice.pk}").json()
    assert account["statuses_count"] == 0


def test_crisis_post_is_published_and_queued(api, alice, bob):
    body = api(alice).post("/api/v1/statuses", {"status": "aku pengen bundir aja, capek"}).json()
    status = Status.objects.get(pk=body["id"])
    assert status.state == StatusState.PUBLISHED and status.screening_level == "crisis"
    assert api(bob).get(f"/api/v1/statuses/{body['id']}").status_code == 200
    assert CareQueueItem.objects.filter(status=status).count() == 1


def test_ordinary_post_passes_untouched(api, alice):
    body = api(alice).post("/api/v1/statuses", {"status": "mati lampu lagi, untung ada lilin"})
    status = Status.objects.get(pk=body.json()["id"])
    assert status.state == StatusState.PUBLISHED and status.screening_level == "none"
    assert not CareQueueItem.objects.filter(status=status).exists()
