"""Mutes and blocks over Mastodon's API: mute/unmute/block/unblock, GET /api/v1/mutes and
/api/v1/blocks with their pagination, the relationship fields, and what each does to
timelines and notifications."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from teduh.accounts import services as accounts
from teduh.accounts.models import Block, Follow, Mute, anonymous_placeholder
from teduh.posts import services as posts


@pytest.fixture
def alice(make_user):
    return make_user("alice")


@pytest.fixture
def bob(make_user):
    return make_user("bob")


def ok(response, status: int = 200):
    assert response.status_code == status, response.content
    return response.json()


def refused(response, status: int = 422) -> str:
    assert response.status_code == status, response.content
    body = response.json()
    assert body.get("error"), body
    return body["error"]


def links(response) -> dict[str, str]:
    found = re.findall(r'<([^>]+)>; rel="(\w+)"', response.get("Link", ""))
    return {rel: url for url, rel in found}


def ids(statuses) -> list[int]:
    return [int(s["id"]) for s in statuses]


# Muting ---------------------------------------------------------------------------------------


def test_mute_returns_the_relationship(api, alice, bob):
    body = ok(api(alice).post(f"/api/v1/accounts/{bob.pk}/mute"))
    assert body["id"] == str(bob.pk)
    assert (body["muting"], body["muting_notifications"], body["blocking"]) == (True, True, False)
    mute = Mute.objects.get()
    assert (mute.account, mute.target, mute.expires_at) == (alice, bob, None)


def test_mute_with_duration_and_without_notifications(api, alice, bob):
    body = ok(
        api(alice).post(
            f"/api/v1/accounts/{bob.pk}/mute",
            {"notifications": "false", "duration": "3600"},
            form=True,
        )
    )
    assert (body["muting"], body["muting_notifications"]) == (True, False)
    mute = Mute.objects.get()
    assert timedelta(minutes=59) < mute.expires_at - timezone.now() <= timedelta(hours=1)
    # JSON works too, and muting again replaces the settings.
    body = ok(
        api(alice).post(f"/api/v1/accounts/{bob.pk}/mute", {"notifications": True, "duration": 0})
    )
    assert body["muting_notifications"] is True
    assert Mute.objects.get().expires_at is None


def test_unmute(api, alice, bob):
    accounts.mute(alice, bob)
    body = ok(api(alice).post(f"/api/v1/accounts/{bob.pk}/unmute"))
    assert (body["muting"], body["muting_notifications"]) == (False, False)
    assert not Mute.objects.exists()
    # Unmuting someone not muted is fine, as in Mastodon.
    assert ok(api(alice).post(f"/api/v1/accounts/{bob.pk}/unmute"))["muting"] is False


@pytest.mark.parametrize(
    "data",
    [
        {"duration": "besok"},
        {"duration": "-1"},
        {"duration": "1.5"},
        {"duration": str(accounts.MAX_MUTE_SECONDS + 1)},
        {"duration": "9" * 40},
        {"notifications": "barangkali"},
    ],
)
def test_mute_refuses_bad_input(api, alice, bob, data):
    refused(api(alice).post(f"/api/v1/accounts/{bob.pk}/mute", data, form=True))
    assert not Mute.objects.exists()


def test_muted_posts_leave_timelines_and_come_back(api, alice, bob, make_user, post):
    carol = make_user("carol")
    accounts.follow(alice, bob)
    accounts.follow(alice, carol)
    by_bob = post(bob, "Dari Bob #kabar")
    anonymous_by_bob = post(bob, "Tanpa nama", anonymous=True)
    by_carol = post(carol, "Dari Carol #kabar")
    client = api(alice)
    ok(client.post(f"/api/v1/accounts/{bob.pk}/mute"))
    assert ids(ok(client.get("/api/v1/timelines/home"))) == [by_carol.pk]
    public = ids(ok(client.get("/api/v1/timelines/public")))
    # The anonymous post stays: leaving it out would tell who wrote it.
    assert public == [by_carol.pk, anonymous_by_bob.pk]
    assert ids(ok(client.get("/api/v1/timelines/tag/kabar"))) == [by_carol.pk]
    # The muted profile can still be read.
    assert ids(ok(client.get(f"/api/v1/accounts/{bob.pk}/statuses"))) == [by_bob.pk]
    ok(client.post(f"/api/v1/accounts/{bob.pk}/unmute"))
    assert ids(ok(client.get("/api/v1/timelines/home"))) == [by_carol.pk, by_bob.pk]


def test_mutes_list_with_expiry_and_pagination(api, alice, make_user):
    people = [make_user(f"orang{n}") for n in range(5)]
    for person in people:
        accounts.mute(alice, person)
    Mute.objects.filter(target=people[0]).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )  # expired: left out
    Mute.objects.filter(target=people[1]).update(expires_at=timezone.now() + timedelta(days=1))
    client = api(alice)
    first = client.get("/api/v1/mutes", {"limit": 2})
    body = ok(first)
    assert [a["id"] for a in body] == [str(people[4].pk), str(people[3].pk)]
    assert [a["mute_expires_at"] for a in body] == [None, None]
    assert body[0]["username"] == "orang4"
    page_links = links(first)
    mute_ids = {m.target_id: m.pk for m in Mute.objects.all()}
    assert f"max_id={mute_ids[people[3].pk]}" in page_links["next"]
    assert f"min_id={mute_ids[people[4].pk]}" in page_links["prev"]
    rest = ok(client.get(page_links["next"]))
    assert [a["id"] for a in rest] == [str(people[2].pk), str(people[1].pk)]
    assert rest[0]["mute_expires_at"] is None
    assert parse_datetime(rest[1]["mute_expires_at"]) > timezone.now()
    newer = ok(client.get("/api/v1/mutes", {"min_id": mute_ids[people[2].pk]}))
    assert [a["id"] for a in newer] == [str(people[4].pk), str(people[3].pk)]
    # Only your own mutes.
    assert ok(api(people[0]).get("/api/v1/mutes")) == []
    refused(client.get("/api/v1/mutes", {"limit": 0}))
    refused(client.get("/api/v1/mutes", {"limit": "banyak"}))


# Blocking -------------------------------------------------------------------------------------


def test_block_returns_the_relationship_and_ends_follows(api, alice, bob):
    accounts.follow(alice, bob)
    accounts.follow(bob, alice)
    body = ok(api(alice).post(f"/api/v1/accounts/{bob.pk}/block"))
    assert (body["blocking"], body["following"], body["followed_by"]) == (True, False, False)
    assert not Follow.objects.exists()
    theirs = ok(api(bob).get("/api/v1/accounts/relationships", {"id[]": [str(alice.pk)]}))
    assert (theirs[0]["blocked_by"], theirs[0]["blocking"]) == (True, False)
    # Following across the block is refused.
    refused(api(bob).post(f"/api/v1/accounts/{alice.pk}/follow"), 403)
    refused(api(alice).post(f"/api/v1/accounts/{bob.pk}/follow"))
    body = ok(api(alice).post(f"/api/v1/accounts/{bob.pk}/unblock"))
    assert body["blocking"] is False
    assert not Block.objects.exists()


def test_relationships_show_mutes_and_blocks(api, alice, bob, make_user):
    carol = make_user("carol")
    accounts.mute(alice, bob, notifications=False)
    accounts.block(alice, carol)
    body = ok(
        api(alice).get("/api/v1/accounts/relationships", {"id[]": [str(bob.pk), str(carol.pk)]})
    )
    fields = ("id", "muting", "muting_notifications", "blocking", "blocked_by")
    assert [tuple(r[f] for f in fields) for r in body] == [
        (str(bob.pk), True, False, False, False),
        (str(carol.pk), False, False, True, False),
    ]


def test_blocked_posts_and_notifications_disappear(api, alice, bob, make_user, post):
    carol = make_user("carol")
    accounts.follow(alice, bob)
    mine = post(alice, "Punyaku")
    posts.favourite(bob, mine)
    posts.favourite(carol, mine)
    by_bob = post(bob, "Dari Bob")
    anonymous_by_bob = post(bob, "Bob tanpa nama", anonymous=True)
    client = api(alice)
    before = ok(client.get("/api/v1/notifications"))
    assert [n["account"]["username"] for n in before] == ["carol", "bob"]
    ok(client.post(f"/api/v1/accounts/{bob.pk}/block"))
    assert [n["account"]["username"] for n in ok(client.get("/api/v1/notifications"))] == ["carol"]
    public = ids(ok(client.get("/api/v1/timelines/public")))
    assert by_bob.pk not in public
    assert anonymous_by_bob.pk in public  # never hidden by its real author
    refused(client.get(f"/api/v1/statuses/{by_bob.pk}"), 404)
    # Both ways: bob no longer sees alice's posts, and cannot act on them.
    bob_client = api(bob)
    assert mine.pk not in ids(ok(bob_client.get("/api/v1/timelines/public")))
    refused(bob_client.post(f"/api/v1/statuses/{mine.pk}/favourite"), 404)
    reply = {"status": "x", "in_reply_to_id": str(mine.pk)}
    refused(bob_client.post("/api/v1/statuses", reply), 404)


def test_blocks_list_and_pagination(api, alice, make_user):
    people = [make_user(f"orang{n}") for n in range(3)]
    for person in people:
        accounts.block(alice, person)
    client = api(alice)
    first = client.get("/api/v1/blocks", {"limit": 2})
    body = ok(first)
    assert [a["id"] for a in body] == [str(people[2].pk), str(people[1].pk)]
    assert "mute_expires_at" not in body[0]
    block_ids = {b.target_id: b.pk for b in Block.objects.all()}
    next_url = links(first)["next"]
    assert f"max_id={block_ids[people[1].pk]}" in next_url
    assert [a["id"] for a in ok(client.get(next_url))] == [str(people[0].pk)]
    assert ok(api(people[0]).get("/api/v1/blocks")) == []


# Refusals -------------------------------------------------------------------------------------


@pytest.mark.parametrize("action", ["mute", "block"])
def test_nobody_can_mute_or_block_themselves(api, alice, action):
    message = refused(api(alice).post(f"/api/v1/accounts/{alice.pk}/{action}"))
    assert "yourself" in message
    assert not Mute.objects.exists() and not Block.objects.exists()


@pytest.mark.parametrize("action", ["mute", "block"])
def test_the_anonymous_placeholder_cannot_be_muted_or_blocked(api, alice, action):
    placeholder = anonymous_placeholder()
    refused(api(alice).post(f"/api/v1/accounts/{placeholder.pk}/{action}"), 403)
    assert not Mute.objects.exists() and not Block.objects.exists()


@pytest.mark.parametrize("action", ["mute", "unmute", "block", "unblock"])
def test_unknown_accounts_are_not_found(api, alice, action):
    refused(api(alice).post(f"/api/v1/accounts/999999/{action}"), 404)
    refused(api(alice).post(f"/api/v1/accounts/bukan-id/{action}"), 404)


def test_tokens_and_scopes(api, alice, bob):
    refused(api().post(f"/api/v1/accounts/{bob.pk}/mute"), 401)
    refused(api().get("/api/v1/mutes"), 401)
    refused(api().get("/api/v1/blocks"), 401)
    reader = api(alice, scopes="read")
    assert ok(reader.get("/api/v1/mutes")) == []
    refused(reader.post(f"/api/v1/accounts/{bob.pk}/mute"), 403)
    refused(reader.post(f"/api/v1/accounts/{bob.pk}/block"), 403)
    # The old "follow" scope covers mutes and blocks, as in Mastodon.
    follower = api(alice, scopes="follow")
    assert ok(follower.post(f"/api/v1/accounts/{bob.pk}/block"))["blocking"] is True
    assert [a["id"] for a in ok(follower.get("/api/v1/blocks"))] == [str(bob.pk)]
