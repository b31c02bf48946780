"""Timelines with Mastodon's pagination, and the instance documents."""

import re

import pytest

from teduh.accounts.services import follow


@pytest.fixture
def alice(make_user):
    return make_user("alice")


@pytest.fixture
def bob(make_user):
    return make_user("bob")


def links(response) -> dict[str, str]:
    return {
        rel: url for url, rel in re.findall(r'<([^>]+)>; rel="(\w+)"', response.get("Link", ""))
    }


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [int(s["id"]) for s in response.json()]


def publish(post, author, count: int, prefix: str = "Status") -> list[int]:
    return [post(author, f"{prefix} {n} #jurnal").pk for n in range(count)]


# Home and public ----------------------------------------------------------------------------


def test_home_shows_own_and_followed_statuses(api, alice, bob, make_user, post):
    carol = make_user("carol")
    own = post(alice, "Punyaku")
    followed = post(bob, "Dari Bob", visibility="private")
    post(carol, "Dari Carol")
    follow(alice, bob)
    assert ids(api(alice).get("/api/v1/timelines/home")) == [followed.pk, own.pk]


def test_home_leaves_out_anonymous_statuses_of_followed_accounts(api, alice, bob, post):
    follow(alice, bob)
    post(bob, "Anonim", anonymous=True)
    visible = post(bob, "Bukan anonim")
    assert ids(api(alice).get("/api/v1/timelines/home")) == [visible.pk]


def test_home_needs_a_user_token(api):
    assert api().get("/api/v1/timelines/home").status_code == 401


def test_public_timeline(api, alice, bob, post):
    public = post(alice, "Umum")
    post(alice, "Tidak terdaftar", visibility="unlisted")
    post(alice, "Pengikut", visibility="private")
    api(bob).post(f"/api/v1/statuses/{public.pk}/reblog")  # reblogs stay out of it
    assert ids(api().get("/api/v1/timelines/public")) == [public.pk]
    # Everything on Teduh is local: `local` changes nothing, `remote` finds nothing.
    assert ids(api().get("/api/v1/timelines/public", {"local": "true"})) == [public.pk]
    assert ids(api().get("/api/v1/timelines/public", {"remote": "true"})) == []


def test_public_timeline_only_media(api, alice, post):
    from tests.helpers import image_upload

    with_image = post(alice, "Foto", uploads=[(image_upload(), "Gambar")])
    post(alice, "Teks saja")
    assert ids(api().get("/api/v1/timelines/public", {"only_media": "true"})) == [with_image.pk]


def test_tag_timeline(api, alice, post):
    tagged = post(alice, "Hari ini #Jurnal")
    post(alice, "Tanpa tagar")
    post(alice, "Pengikut #jurnal", visibility="private")
    assert ids(api().get("/api/v1/timelines/tag/jurnal")) == [tagged.pk]
    assert ids(api().get("/api/v1/timelines/tag/JURNAL")) == [tagged.pk]
    assert ids(api().get("/api/v1/timelines/tag/tidakada")) == []
    assert ids(api().get("/api/v1/timelines/tag/%E2%98%83")) == []


# Pagination ---------------------------------------------------------------------------------


def test_limit_defaults_to_20_and_is_capped_at_40(api, alice, post):
    publish(post, alice, 45)
    assert len(ids(api().get("/api/v1/timelines/public"))) == 20
    assert len(ids(api().get("/api/v1/timelines/public", {"limit": 5}))) == 5
    assert len(ids(api().get("/api/v1/timelines/public", {"limit": 41}))) == 40
    assert len(ids(api().get("/api/v1/timelines/public", {"limit": 80}))) == 40


@pytest.mark.parametrize("limit", ["0", "-3", "abc", "1.5", ""])
def test_bad_limits_are_422_not_500(api, alice, limit):
    response = api(alice).get("/api/v1/timelines/home", {"limit": limit})
    assert response.status_code == 422
    assert set(response.json()) == {"error"}


@pytest.mark.parametrize("cursor", ["abc", "-5", "9" * 40, "1e3"])
def test_junk_cursors_find_nothing_instead_of_failing(api, alice, post, cursor):
    post(alice, "Halo")
    for name in ("max_id", "since_id", "min_id"):
        response = api().get("/api/v1/timelines/public", {name: cursor})
        assert response.status_code == 200, (name, cursor)


def test_nul_characters_in_paths_and_queries_are_422(api, alice):
    for path in ("/api/v1/timelines/tag/a%00b", "/api/v1/timelines/public?max_id=1%00"):
        response = api(alice).get(path)
        assert response.status_code == 422, path
        assert "NUL" in response.json()["error"]


@pytest.mark.parametrize(
    "timeline",
    ["/api/v1/timelines/home", "/api/v1/timelines/public", "/api/v1/timelines/tag/jurnal"],
)
def test_max_id_since_id_and_min_id(api, alice, post, timeline):
    made = publish(post, alice, 10)  # oldest first
    newest_first = list(reversed(made))
    client = api(alice)
    assert ids(client.get(timeline)) == newest_first
    assert ids(client.get(timeline, {"max_id": made[5]})) == newest_first[5:]
    assert ids(client.get(timeline, {"since_id": made[5]})) == newest_first[:4]
    # since_id gives the newest ones, min_id the ones right after the cursor.
    assert ids(client.get(timeline, {"since_id": made[2], "limit": 3})) == newest_first[:3]
    assert ids(client.get(timeline, {"min_id": made[2], "limit": 3})) == [made[5], made[4], made[3]]
    assert ids(client.get(timeline, {"max_id": made[8], "since_id": made[5]})) == [made[7], made[6]]
    assert ids(client.get(timeline, {"max_id": made[0]})) == []


def test_link_header_pages_have_no_gaps_or_duplicates_while_statuses_arrive(api, alice, bob, post):
    follow(alice, bob)
    original = publish(post, bob, 25, "Lama")
    client = api(alice)

    first = client.get("/api/v1/timelines/home", {"limit": 10})
    seen = ids(first)
    assert seen == list(reversed(original))[:10]
    header = links(first)
    assert set(header) == {"next", "prev"}
    assert header["next"].startswith("http://testserver/api/v1/timelines/home?")
    assert "limit=10" in header["next"]
    assert f"max_id={seen[-1]}" in header["next"]
    assert f"min_id={seen[0]}" in header["prev"]

    page = first
    while True:
        publish(post, bob, 4, "Baru")  # new statuses arrive between requests
        page = client.get(links(page)["next"])
        got = ids(page)
        if not got:
            assert "Link" not in page
            break
        seen += got
    assert seen == list(reversed(original))  # every older status once, in order

    # Walking back up with "prev" from the first page finds every newer one, in pages of at
    # most 10, while still more arrive.
    found_newer: list[int] = []
    page, arrivals = first, 2
    while True:
        page = client.get(links(page)["prev"])
        got = ids(page)
        if not got:
            break
        assert len(got) <= 10
        assert got == sorted(got, reverse=True)
        found_newer = got + found_newer
        if arrivals:
            publish(post, bob, 3, "Lagi")
            arrivals -= 1
    everything = ids(client.get("/api/v1/timelines/home", {"limit": 40}))
    assert found_newer == [pk for pk in everything if pk > int(first.json()[0]["id"])]
    assert len(found_newer) == 3 * 4 + 2 * 3


def test_link_header_keeps_other_parameters(api, alice, post):
    publish(post, alice, 3)
    response = api().get("/api/v1/timelines/tag/jurnal", {"limit": 2, "only_media": "false"})
    header = links(response)
    assert "only_media=false" in header["next"]
    assert header["next"].startswith("http://testserver/api/v1/timelines/tag/jurnal?")
    assert len(ids(api().get(header["next"]))) == 1


def test_empty_page_has_no_link_header(api, alice):
    response = api(alice).get("/api/v1/timelines/home")
    assert response.json() == []
    assert "Link" not in response


# Instance -----------------------------------------------------------------------------------


def test_instance_v1(api, alice, post):
    post(alice, "Halo")
    body = api().get("/api/v1/instance").json()
    assert body["version"].startswith("4.3.0")
    assert "Teduh" in body["version"]
    assert body["uri"] == "testserver"
    assert body["title"] == "Teduh"
    assert body["languages"] == ["id", "en"]
    assert body["stats"]["status_count"] == 1
    assert body["stats"]["user_count"] >= 1
    assert body["stats"]["domain_count"] == 0
    configuration = body["configuration"]
    assert configuration["statuses"]["max_characters"] == 1000
    assert configuration["statuses"]["max_media_attachments"] == 4
    assert "image/jpeg" in configuration["media_attachments"]["supported_mime_types"]
    assert configuration["polls"]["max_options"] == 0
    assert body["registrations"] is True
    assert body["contact_account"] is None


def test_instance_v2(api):
    body = api().get("/api/v2/instance").json()
    assert body["version"].startswith("4.3.0")
    assert body["domain"] == "testserver"
    assert body["api_versions"] == {"mastodon": 2}
    assert body["configuration"]["statuses"]["max_characters"] == 1000
    assert body["configuration"]["urls"]["streaming"] == ""
    assert body["registrations"]["enabled"] is True
    assert body["thumbnail"]["url"].startswith("http://testserver/")
    assert set(body["usage"]["users"]) == {"active_month"}


def test_instance_with_a_token_and_a_bad_token(api, alice):
    assert api(alice).get("/api/v1/instance").status_code == 200


def test_nodeinfo(api, alice, post):
    post(alice, "Halo")
    links_doc = api().get("/.well-known/nodeinfo").json()
    assert links_doc["links"][0]["rel"] == "http://nodeinfo.diaspora.software/ns/schema/2.0"
    assert links_doc["links"][0]["href"] == "http://testserver/nodeinfo/2.0"
    response = api().get("/nodeinfo/2.0")
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["version"] == "2.0"
    assert body["software"]["name"] == "teduh"
    assert body["protocols"] == []
    assert body["usage"]["localPosts"] == 1
    assert body["usage"]["users"]["total"] >= 1
    assert body["openRegistrations"] is True
