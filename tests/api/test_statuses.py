"""/api/v1/statuses: creating, reading, deleting, context, interactions, and anonymity."""

import json
import re

import pytest

from teduh.accounts.models import anonymous_placeholder
from teduh.accounts.services import follow
from teduh.posts.models import Bookmark, Favourite, Status


@pytest.fixture
def alice(make_user):
    return make_user("alice", display_name="Alice A")


@pytest.fixture
def bob(make_user):
    return make_user("bob", display_name="Bob B")


def links(response) -> dict[str, str]:
    """The Link header as {rel: url}."""
    return {
        rel: url for url, rel in re.findall(r'<([^>]+)>; rel="(\w+)"', response.get("Link", ""))
    }


def account_ids(body) -> set[str]:
    """Every id of an account-shaped object, and every *_account_id, anywhere in a response."""
    found = set()
    if isinstance(body, dict):
        if "acct" in body and "id" in body:
            found.add(body["id"])
        for key, value in body.items():
            if key.endswith("account_id") and value is not None:
                found.add(value)
            found |= account_ids(value)
    elif isinstance(body, list):
        for item in body:
            found |= account_ids(item)
    return found


def assert_author_hidden(response, author):
    text = response.content.decode()
    assert author.username not in text
    assert author.display_name not in text
    assert str(author.pk) not in account_ids(json.loads(text))


# Creating ------------------------------------------------------------------------------------


def test_create_status_returns_the_status_entity(api, alice):
    response = api(alice).post(
        "/api/v1/statuses", {"status": "Halo #Semangat @bob", "language": "en"}
    )
    assert response.status_code == 200, response.content
    body = response.json()
    status = Status.objects.get(pk=int(body["id"]))
    assert status.account == alice
    assert status.content == "Halo #Semangat @bob"
    assert body["account"]["username"] == "alice"
    assert body["account"]["display_name"] == "Alice A"
    assert body["visibility"] == "public"
    assert body["sensitive"] is False
    assert body["spoiler_text"] == ""
    assert body["language"] == "en"
    assert body["tags"][0]["name"] == "semangat"
    assert body["reblog"] is None
    assert body["in_reply_to_id"] is None
    assert body["teduh"] == {
        "anonymous": False,
        "thread_position": None,
        "thread_size": None,
        "campaigns": [],  # running campaigns whose hashtags it uses (teduh.campaigns)
        "help": None,  # the help card, on posts screened as a crisis
    }
    assert body["url"].endswith(f"/posts/{status.pk}/")
    assert "Semangat" in body["content"]


def test_language_defaults_to_the_authors(api, make_user):
    budi = make_user("budi", language="id")
    body = api(budi).post("/api/v1/statuses", {"status": "Halo"}).json()
    assert body["language"] == "id"


def test_form_body_works_as_well_as_json(api, alice):
    client = api(alice)
    form = client.post(
        "/api/v1/statuses",
        {"status": "Dari formulir", "visibility": "unlisted", "sensitive": "true"},
        form=True,
    )
    assert form.status_code == 200, form.content
    assert form.json()["visibility"] == "unlisted"
    assert form.json()["sensitive"] is True
    as_json = client.post(
        "/api/v1/statuses", {"status": "Dari JSON", "visibility": "unlisted", "sensitive": True}
    )
    assert as_json.status_code == 200, as_json.content
    assert as_json.json()["visibility"] == "unlisted"
    assert as_json.json()["sensitive"] is True
    assert list(alice.statuses.values_list("content", flat=True).order_by("pk")) == [
        "Dari formulir",
        "Dari JSON",
    ]


def test_spoiler_text_makes_a_status_sensitive(api, alice):
    body = api(alice).post("/api/v1/statuses", {"status": "Isi", "spoiler_text": "Berat"}).json()
    assert body["spoiler_text"] == "Berat"
    assert body["sensitive"] is True


@pytest.mark.parametrize("visibility", ["public", "unlisted", "private"])
def test_visibilities(api, alice, visibility):
    body = api(alice).post("/api/v1/statuses", {"status": "x", "visibility": visibility}).json()
    assert body["visibility"] == visibility
    assert Status.objects.get(pk=int(body["id"])).visibility == visibility


@pytest.mark.parametrize("visibility", ["direct", "everyone", ""])
def test_unsupported_visibility_is_422(api, alice, visibility):
    response = api(alice).post("/api/v1/statuses", {"status": "x", "visibility": visibility})
    assert response.status_code == 422
    assert set(response.json()) == {"error"}
    assert not alice.statuses.exists()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"status": "   "},
        {"status": "x" * 1001},
        {"status": "x", "spoiler_text": "y" * 201},
        {"status": "x", "in_reply_to_id": "999999"},
        {"status": "x", "in_reply_to_id": "not-an-id"},
        {"status": "x", "media_ids": ["12345"]},
        {"status": "x", "anonymous": True, "visibility": "private"},
        {"status": "x", "sensitive": "perhaps"},
        {"status": ["a", "b"]},
    ],
)
def test_bad_statuses_are_refused_without_a_500(api, alice, data):
    response = api(alice).post("/api/v1/statuses", data)
    assert response.status_code in (404, 422), response.content
    assert set(response.json()) == {"error"}
    assert not alice.statuses.exists()


def test_error_messages_are_english_whatever_the_users_language(api, make_user):
    budi = make_user("budi", language="id")
    response = api(budi).post("/api/v1/statuses", {"status": ""}, headers={"Accept-Language": "id"})
    assert response.status_code == 422
    assert response.json() == {"error": "Validation failed: Write something before posting."}


@pytest.mark.parametrize(
    "data", [{"status": "a\x00b"}, {"status": "ab", "spoiler_text": "\x00"}, {"st\x00": "x"}]
)
def test_nul_characters_are_422_on_every_database(api, alice, data):
    """PostgreSQL refuses NUL in text; the API says so instead of failing with a 500."""
    for form in (False, True):
        response = api(alice).post("/api/v1/statuses", data, form=form)
        assert response.status_code == 422, response.content
        assert "NUL" in response.json()["error"]
    assert not alice.statuses.exists()


def test_malformed_json_is_a_clean_error(api, alice):
    client = api(alice)
    response = client.client.post(
        "/api/v1/statuses",
        "{not json",
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {client.token}",
    )
    assert response.status_code == 400
    assert set(response.json()) == {"error"}


def test_reply(api, alice, bob, post):
    parent = post(bob, "Pertanyaan")
    body = (
        api(alice)
        .post("/api/v1/statuses", {"status": "Jawaban", "in_reply_to_id": str(parent.pk)})
        .json()
    )
    assert body["in_reply_to_id"] == str(parent.pk)
    assert body["in_reply_to_account_id"] == str(bob.pk)
    parent.refresh_from_db()
    assert parent.replies_count == 1
    shown = api(bob).get(f"/api/v1/statuses/{parent.pk}").json()
    assert shown["replies_count"] == 1


def test_idempotency_key(api, alice, bob):
    alice_client = api(alice)
    key = {"Idempotency-Key": "abc-123"}
    first = alice_client.post("/api/v1/statuses", {"status": "Sekali"}, headers=key)
    again = alice_client.post("/api/v1/statuses", {"status": "Sekali"}, headers=key)
    assert first.status_code == again.status_code == 200
    assert first.json()["id"] == again.json()["id"]
    assert alice.statuses.count() == 1

    other_key = alice_client.post(
        "/api/v1/statuses", {"status": "Sekali"}, headers={"Idempotency-Key": "other"}
    )
    assert other_key.json()["id"] != first.json()["id"]
    from_bob = api(bob).post("/api/v1/statuses", {"status": "Sekali"}, headers=key)
    assert from_bob.status_code == 200
    assert from_bob.json()["id"] != first.json()["id"]
    assert from_bob.json()["account"]["username"] == "bob"
    assert alice.statuses.count() == 2 and bob.statuses.count() == 1


# Reading and deleting ------------------------------------------------------------------------


def test_get_status_without_and_with_a_token(api, alice, bob, post):
    status = post(alice, "Halo")
    anonymous_reader = api().get(f"/api/v1/statuses/{status.pk}")
    assert anonymous_reader.status_code == 200
    assert anonymous_reader.json()["favourited"] is False
    assert api(bob).get(f"/api/v1/statuses/{status.pk}").json()["content"] == status.content_html


@pytest.mark.parametrize("junk", ["999999", "abc", "1" * 40, "-1", "%E2%98%83"])
def test_unknown_or_junk_ids_are_404(api, alice, junk):
    for method in ("get", "delete"):
        response = getattr(api(alice), method)(f"/api/v1/statuses/{junk}")
        assert response.status_code == 404, (method, junk)
        assert response.json() == {"error": "Record not found"}
    for action in ("favourite", "reblog", "bookmark", "context"):
        verb = "get" if action == "context" else "post"
        response = getattr(api(alice), verb)(f"/api/v1/statuses/{junk}/{action}")
        assert response.status_code == 404, (action, junk)


def test_delete_own_status_returns_its_text(api, alice, post):
    status = post(alice, "Hapus saya #nanti")
    response = api(alice).delete(f"/api/v1/statuses/{status.pk}")
    assert response.status_code == 200
    assert response.json()["text"] == "Hapus saya #nanti"
    assert response.json()["id"] == str(status.pk)
    assert not Status.objects.filter(pk=status.pk).exists()
    assert api(alice).get(f"/api/v1/statuses/{status.pk}").status_code == 404


def test_deleting_someone_elses_status_is_404(api, alice, bob, post):
    status = post(bob, "Punya Bob")
    response = api(alice).delete(f"/api/v1/statuses/{status.pk}")
    assert response.status_code == 404
    assert Status.objects.filter(pk=status.pk).exists()


def test_deleting_a_reply_updates_the_parents_count(api, alice, bob, post):
    parent = post(bob, "Halo")
    reply = post(alice, "Balas", in_reply_to=parent)
    api(alice).delete(f"/api/v1/statuses/{reply.pk}")
    parent.refresh_from_db()
    assert parent.replies_count == 0


def test_context(api, alice, bob, post):
    root = post(alice, "Akar")
    first = post(bob, "Balasan 1", in_reply_to=root)
    nested = post(alice, "Balasan 1.1", in_reply_to=first)
    second = post(bob, "Balasan 2", in_reply_to=root)
    unrelated = post(bob, "Lain")

    context = api(bob).get(f"/api/v1/statuses/{first.pk}/context").json()
    assert [s["id"] for s in context["ancestors"]] == [str(root.pk)]
    assert [s["id"] for s in context["descendants"]] == [str(nested.pk)]

    whole = api().get(f"/api/v1/statuses/{root.pk}/context").json()
    assert whole["ancestors"] == []
    assert [s["id"] for s in whole["descendants"]] == [
        str(first.pk),
        str(nested.pk),
        str(second.pk),
    ]
    every_id = {s["id"] for part in whole.values() for s in part}
    assert str(unrelated.pk) not in every_id


def test_context_leaves_out_followers_only_replies_for_others(api, alice, bob, make_user, post):
    root = post(alice, "Akar")
    hidden = post(bob, "Untuk pengikut", visibility="private", in_reply_to=root)
    carol = make_user("carol")
    seen_by_carol = api(carol).get(f"/api/v1/statuses/{root.pk}/context").json()
    assert seen_by_carol["descendants"] == []
    follow(carol, bob)
    seen_by_follower = api(carol).get(f"/api/v1/statuses/{root.pk}/context").json()
    assert [s["id"] for s in seen_by_follower["descendants"]] == [str(hidden.pk)]


def test_followers_only_status_is_404_for_non_followers(api, alice, bob, post):
    status = post(alice, "Rahasia kecil", visibility="private")
    path = f"/api/v1/statuses/{status.pk}"
    assert api().get(path).status_code == 404
    assert api(bob).get(path).status_code == 404
    assert api(bob).post(f"{path}/favourite").status_code == 404
    assert api(bob).get(f"{path}/context").status_code == 404
    assert api(bob).get(f"{path}/favourited_by").status_code == 404
    assert not Favourite.objects.exists()
    follow(bob, alice)
    assert api(bob).get(path).status_code == 200
    assert api(alice).get(path).status_code == 200


def test_a_reply_to_an_invisible_status_is_refused(api, alice, bob, post):
    status = post(alice, "Rahasia kecil", visibility="private")
    response = api(bob).post(
        "/api/v1/statuses", {"status": "Hai", "in_reply_to_id": str(status.pk)}
    )
    assert response.status_code == 404
    assert not bob.statuses.exists()


def test_trailing_slash_is_tolerated(api, alice, post):
    status = post(alice, "Halo")
    assert api(alice).get(f"/api/v1/statuses/{status.pk}/").json()["id"] == str(status.pk)
    created = api(alice).post("/api/v1/statuses/", {"status": "Dengan garis miring"})
    assert created.status_code == 200
    assert api().get("/api/v1/instance/").status_code == 200


# Interactions -------------------------------------------------------------------------------


def test_favourite_and_unfavourite(api, alice, bob, post):
    status = post(alice, "Suka?")
    client = api(bob)
    body = client.post(f"/api/v1/statuses/{status.pk}/favourite").json()
    assert body["favourited"] is True
    assert body["favourites_count"] == 1
    # Twice is still once.
    body = client.post(f"/api/v1/statuses/{status.pk}/favourite").json()
    assert body["favourites_count"] == 1
    assert Favourite.objects.filter(account=bob, status=status).count() == 1
    # Others see the count but not bob's flag.
    seen_by_alice = api(alice).get(f"/api/v1/statuses/{status.pk}").json()
    assert (seen_by_alice["favourites_count"], seen_by_alice["favourited"]) == (1, False)

    body = client.post(f"/api/v1/statuses/{status.pk}/unfavourite").json()
    assert (body["favourited"], body["favourites_count"]) == (False, 0)
    body = client.post(f"/api/v1/statuses/{status.pk}/unfavourite").json()
    assert body["favourites_count"] == 0


def test_reblog_returns_the_wrapper_and_unreblog_the_original(api, alice, bob, post):
    status = post(alice, "Bagikan")
    client = api(bob)
    response = client.post(f"/api/v1/statuses/{status.pk}/reblog")
    assert response.status_code == 200
    wrapper = response.json()
    shared = Status.objects.get(account=bob, reblog_of=status)
    assert wrapper["id"] == str(shared.pk)
    assert wrapper["account"]["username"] == "bob"
    assert wrapper["reblog"]["id"] == str(status.pk)
    assert wrapper["reblog"]["account"]["username"] == "alice"
    assert wrapper["reblog"]["reblogged"] is True
    assert wrapper["reblog"]["reblogs_count"] == 1
    assert wrapper["reblog"]["reblog"] is None
    assert wrapper["content"] == ""

    # The wrapper can be read, and reblogging again changes nothing.
    assert api().get(f"/api/v1/statuses/{shared.pk}").json()["reblog"]["id"] == str(status.pk)
    again = client.post(f"/api/v1/statuses/{status.pk}/reblog").json()
    assert again["id"] == wrapper["id"]
    assert Status.objects.filter(reblog_of=status).count() == 1

    body = client.post(f"/api/v1/statuses/{status.pk}/unreblog").json()
    assert body["id"] == str(status.pk)
    assert body["reblog"] is None
    assert (body["reblogged"], body["reblogs_count"]) == (False, 0)
    assert not Status.objects.filter(reblog_of=status).exists()


def test_interacting_through_a_reblog_acts_on_the_original(api, alice, bob, make_user, post):
    status = post(alice, "Asli")
    carol = make_user("carol")
    wrapper_id = api(bob).post(f"/api/v1/statuses/{status.pk}/reblog").json()["id"]
    client = api(carol)
    body = client.post(f"/api/v1/statuses/{wrapper_id}/favourite").json()
    assert body["id"] == str(status.pk)
    assert (body["favourited"], body["favourites_count"]) == (True, 1)
    assert Favourite.objects.filter(account=carol, status=status).exists()
    body = client.post(f"/api/v1/statuses/{wrapper_id}/bookmark").json()
    assert body["bookmarked"] is True
    assert Bookmark.objects.filter(account=carol, status=status).exists()
    reblog = client.post(f"/api/v1/statuses/{wrapper_id}/reblog").json()
    assert reblog["reblog"]["id"] == str(status.pk)


def test_followers_only_statuses_cannot_be_reblogged(api, alice, bob, post):
    status = post(alice, "Pengikut saja", visibility="private")
    follow(bob, alice)
    response = api(bob).post(f"/api/v1/statuses/{status.pk}/reblog")
    assert response.status_code == 422
    assert not Status.objects.filter(reblog_of=status).exists()


def test_bookmark_and_unbookmark(api, alice, bob, post):
    status = post(alice, "Simpan")
    client = api(bob)
    assert client.post(f"/api/v1/statuses/{status.pk}/bookmark").json()["bookmarked"] is True
    assert Bookmark.objects.filter(account=bob, status=status).exists()
    assert api(alice).get(f"/api/v1/statuses/{status.pk}").json()["bookmarked"] is False
    assert client.post(f"/api/v1/statuses/{status.pk}/unbookmark").json()["bookmarked"] is False
    assert not Bookmark.objects.exists()


def test_favourited_by_and_reblogged_by_are_paginated(api, alice, make_user, post):
    status = post(alice, "Populer")
    fans = [make_user(f"fan{n}") for n in range(5)]
    for fan in fans:
        api(fan).post(f"/api/v1/statuses/{status.pk}/favourite")
        api(fan).post(f"/api/v1/statuses/{status.pk}/reblog")

    for relation in ("favourited_by", "reblogged_by"):
        first = api().get(f"/api/v1/statuses/{status.pk}/{relation}", {"limit": 2})
        assert first.status_code == 200
        names = [a["username"] for a in first.json()]
        assert names == ["fan4", "fan3"]  # newest first
        next_url = links(first)["next"]
        assert "limit=2" in next_url and "max_id=" in next_url
        second = api().get(next_url)
        third = api().get(links(second)["next"])
        names += [a["username"] for a in second.json()] + [a["username"] for a in third.json()]
        assert names == ["fan4", "fan3", "fan2", "fan1", "fan0"]
        assert api().get(links(third)["next"]).json() == []
        back = api().get(links(second)["prev"])
        assert [a["username"] for a in back.json()] == ["fan4", "fan3"]


def test_favourited_by_of_a_reblog_lists_the_originals_favourites(api, alice, bob, post):
    status = post(alice, "Asli")
    wrapper_id = api(bob).post(f"/api/v1/statuses/{status.pk}/reblog").json()["id"]
    api(bob).post(f"/api/v1/statuses/{status.pk}/favourite")
    people = api().get(f"/api/v1/statuses/{wrapper_id}/favourited_by").json()
    assert [a["username"] for a in people] == ["bob"]


# Anonymous statuses ---------------------------------------------------------------------------


@pytest.fixture
def secret_author(make_user):
    return make_user("penulis_rahasia", display_name="Nama Asli Sekali")


@pytest.fixture
def anonymous_status(api, secret_author):
    response = api(secret_author).post(
        "/api/v1/statuses", {"status": "Aku lelah sekali #cerita", "anonymous": True}
    )
    assert response.status_code == 200, response.content
    assert_author_hidden(response, secret_author)
    return Status.objects.get(pk=int(response.json()["id"]))


def test_anonymous_status_shows_the_placeholder(api, anonymous_status, secret_author, bob):
    assert anonymous_status.is_anonymous and anonymous_status.account == secret_author
    response = api(bob).get(f"/api/v1/statuses/{anonymous_status.pk}")
    body = response.json()
    placeholder = anonymous_placeholder()
    assert body["account"]["id"] == str(placeholder.pk)
    assert body["account"]["username"] == "anonim"
    assert body["account"]["acct"] == "anonim"
    assert body["account"]["display_name"] == "Anonim"
    assert body["account"]["teduh"]["anonymous_placeholder"] is True
    assert body["account"]["statuses_count"] == 0
    assert body["teduh"]["anonymous"] is True
    assert_author_hidden(response, secret_author)
    # Even its author reads it through the placeholder.
    assert_author_hidden(
        api(secret_author).get(f"/api/v1/statuses/{anonymous_status.pk}"), secret_author
    )


def test_anonymous_status_in_timelines(api, anonymous_status, secret_author, bob):
    follow(bob, secret_author)
    for path in (
        "/api/v1/timelines/public",
        "/api/v1/timelines/tag/cerita",
        "/api/v1/timelines/home",
    ):
        response = api(bob).get(path)
        assert response.status_code == 200
        assert_author_hidden(response, secret_author)
    public = api(bob).get("/api/v1/timelines/public").json()
    assert [s["account"]["username"] for s in public] == ["anonim"]


def test_anonymous_status_in_context_and_replies(api, anonymous_status, secret_author, bob):
    placeholder = anonymous_placeholder()
    reply = api(bob).post(
        "/api/v1/statuses",
        {"status": "Peluk dari jauh", "in_reply_to_id": str(anonymous_status.pk)},
    )
    assert reply.status_code == 200
    assert reply.json()["in_reply_to_account_id"] == str(placeholder.pk)
    assert_author_hidden(reply, secret_author)
    # The author answers, anonymously again.
    answer = api(secret_author).post(
        "/api/v1/statuses",
        {"status": "Terima kasih", "in_reply_to_id": reply.json()["id"], "anonymous": True},
    )
    assert_author_hidden(answer, secret_author)

    for status_id in (anonymous_status.pk, reply.json()["id"], answer.json()["id"]):
        context = api(bob).get(f"/api/v1/statuses/{status_id}/context")
        assert context.status_code == 200
        assert_author_hidden(context, secret_author)
    whole = api().get(f"/api/v1/statuses/{anonymous_status.pk}/context").json()
    assert [s["account"]["username"] for s in whole["descendants"]] == ["bob", "anonim"]


def test_anonymous_status_in_a_reblog_and_interactions(
    api, anonymous_status, secret_author, bob, make_user
):
    client = api(bob)
    wrapper = client.post(f"/api/v1/statuses/{anonymous_status.pk}/reblog")
    assert wrapper.status_code == 200
    assert wrapper.json()["account"]["username"] == "bob"
    assert wrapper.json()["reblog"]["account"]["username"] == "anonim"
    assert_author_hidden(wrapper, secret_author)
    assert_author_hidden(api().get(f"/api/v1/statuses/{wrapper.json()['id']}"), secret_author)
    for action in ("favourite", "bookmark", "unfavourite", "unbookmark", "unreblog"):
        response = client.post(f"/api/v1/statuses/{anonymous_status.pk}/{action}")
        assert response.status_code == 200, action
        assert_author_hidden(response, secret_author)

    carol = make_user("carol")
    carols = api(carol)
    for action in ("favourite", "reblog", "bookmark"):
        carols.post(f"/api/v1/statuses/{anonymous_status.pk}/{action}")
    for relation in ("favourited_by", "reblogged_by"):
        people = api().get(f"/api/v1/statuses/{anonymous_status.pk}/{relation}")
        assert [a["username"] for a in people.json()] == ["carol"]
        assert_author_hidden(people, secret_author)
    # The other direction: the lists of what carol favourited and bookmarked.
    for saved in ("/api/v1/favourites", "/api/v1/bookmarks"):
        response = carols.get(saved)
        assert [s["account"]["username"] for s in response.json()] == ["anonim"], saved
        assert_author_hidden(response, secret_author)


def test_the_author_cannot_reblog_their_own_anonymous_status(api, anonymous_status, secret_author):
    response = api(secret_author).post(f"/api/v1/statuses/{anonymous_status.pk}/reblog")
    assert response.status_code == 422
    assert not Status.objects.filter(reblog_of=anonymous_status).exists()


def test_the_authors_own_interactions_do_not_name_them_as_author(
    api, anonymous_status, secret_author, bob
):
    """The author favouriting their own anonymous post shows up as a favourite by them,
    nothing more: the status itself still shows the placeholder."""
    api(secret_author).post(f"/api/v1/statuses/{anonymous_status.pk}/favourite")
    status = api(bob).get(f"/api/v1/statuses/{anonymous_status.pk}").json()
    assert status["account"]["username"] == "anonim"
    assert status["favourites_count"] == 1


def test_deleting_an_anonymous_status(api, anonymous_status, secret_author, bob):
    assert api(bob).delete(f"/api/v1/statuses/{anonymous_status.pk}").status_code == 404
    response = api(secret_author).delete(f"/api/v1/statuses/{anonymous_status.pk}")
    assert response.status_code == 200
    assert response.json()["text"] == "Aku lelah sekali #cerita"
    assert_author_hidden(response, secret_author)
