"""GET /api/v1/bookmarks and GET /api/v1/favourites: paged by the bookmark's or favourite's id,
only statuses the viewer can still see."""

import re

import pytest

from teduh.accounts.services import follow, unfollow
from teduh.posts import services
from teduh.posts.models import Bookmark, Favourite, Visibility

pytestmark = pytest.mark.django_db

LINK_RE = re.compile(r'<([^>]+)>; rel="(next|prev)"')
KINDS = {
    "bookmarks": (services.bookmark, Bookmark, "read:bookmarks"),
    "favourites": (services.favourite, Favourite, "read:favourites"),
}


def links(response) -> dict[str, str]:
    return {rel: url for url, rel in LINK_RE.findall(response.get("Link", ""))}


def local(url: str) -> str:
    return url.replace("http://testserver", "")


@pytest.fixture(params=sorted(KINDS))
def kind(request):
    return request.param


def test_listed_in_the_order_they_were_saved(api, make_user, post, kind):
    save, _model, _scope = KINDS[kind]
    ani, budi = make_user("ani"), make_user("budi")
    older, newer = post(budi, "Lebih dulu"), post(budi, "Kemudian")
    save(ani, newer)
    save(ani, older)  # saved last, so listed first though it is the older status
    save(budi, newer)  # someone else's save is not Ani's

    response = api(ani).get(f"/api/v1/{kind}")

    assert response.status_code == 200
    body = response.json()
    assert [s["id"] for s in body] == [str(older.pk), str(newer.pk)]
    flag = "bookmarked" if kind == "bookmarks" else "favourited"
    assert all(s[flag] for s in body)
    assert body[0]["account"]["username"] == "budi"


def test_link_header_carries_the_saved_rows_ids_and_pages_without_gaps(api, make_user, post, kind):
    save, model, _scope = KINDS[kind]
    ani, budi = make_user("ani"), make_user("budi")
    statuses = [post(budi, f"Catatan {n}") for n in range(5)]
    for status in reversed(statuses):  # save them newest status first
        save(ani, status)
    row_ids = list(model.objects.filter(account=ani).order_by("-pk").values_list("pk", flat=True))
    client = api(ani)

    first = client.get(f"/api/v1/{kind}", {"limit": 2})
    assert [s["id"] for s in first.json()] == [str(statuses[0].pk), str(statuses[1].pk)]
    next_url = links(first)["next"]
    assert f"max_id={row_ids[1]}" in next_url
    assert f"min_id={row_ids[0]}" in links(first)["prev"]

    seen = [s["id"] for s in first.json()]
    response = client.get(local(next_url))
    while response.json():
        seen.extend(s["id"] for s in response.json())
        response = client.get(local(links(response)["next"]))
    assert seen == [str(s.pk) for s in statuses]

    newer_than_third = client.get(f"/api/v1/{kind}", {"min_id": row_ids[2], "limit": 1})
    assert [s["id"] for s in newer_than_third.json()] == [str(statuses[1].pk)]
    since = client.get(f"/api/v1/{kind}", {"since_id": row_ids[2]})
    assert [s["id"] for s in since.json()] == [str(statuses[0].pk), str(statuses[1].pk)]


def test_only_statuses_still_visible(api, make_user, post, kind):
    save, _model, _scope = KINDS[kind]
    ani, budi = make_user("ani"), make_user("budi")
    follow(ani, budi)
    private = post(budi, "Untuk pengikut", visibility=Visibility.PRIVATE)
    public = post(budi, "Untuk semua")
    save(ani, private)
    save(ani, public)
    client = api(ani)
    assert [s["id"] for s in client.get(f"/api/v1/{kind}").json()] == [
        str(public.pk),
        str(private.pk),
    ]

    unfollow(ani, budi)

    assert [s["id"] for s in client.get(f"/api/v1/{kind}").json()] == [str(public.pk)]


def test_anonymous_statuses_show_the_placeholder(api, make_user, post, kind):
    save, _model, _scope = KINDS[kind]
    ani, budi = make_user("ani"), make_user("budi")
    secret = post(budi, "Tanpa nama", anonymous=True)
    save(ani, secret)

    body = api(ani).get(f"/api/v1/{kind}").json()

    assert [s["id"] for s in body] == [str(secret.pk)]
    assert body[0]["account"]["username"] == "anonim"
    assert "budi" not in str(body)


def test_scopes_and_authentication(api, make_user, kind):
    _save, _model, scope = KINDS[kind]
    ani = make_user()
    other = "read:favourites" if kind == "bookmarks" else "read:bookmarks"

    assert api().get(f"/api/v1/{kind}").status_code == 401
    assert api(ani, scopes=other).get(f"/api/v1/{kind}").status_code == 403
    assert api(ani, scopes=scope).get(f"/api/v1/{kind}").json() == []
    assert api(ani, scopes="read").get(f"/api/v1/{kind}").status_code == 200


def test_through_the_status_endpoints(api, make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    status = post(budi, "Halo")
    client = api(ani)
    client.post(f"/api/v1/statuses/{status.pk}/bookmark")
    client.post(f"/api/v1/statuses/{status.pk}/favourite")

    assert [s["id"] for s in client.get("/api/v1/bookmarks").json()] == [str(status.pk)]
    assert [s["id"] for s in client.get("/api/v1/favourites").json()] == [str(status.pk)]

    client.post(f"/api/v1/statuses/{status.pk}/unbookmark")
    client.post(f"/api/v1/statuses/{status.pk}/unfavourite")

    assert client.get("/api/v1/bookmarks").json() == []
    assert client.get("/api/v1/favourites").json() == []


def test_bad_limits(api, make_user, kind):
    client = api(make_user())

    assert client.get(f"/api/v1/{kind}?limit=0").status_code == 422
    assert client.get(f"/api/v1/{kind}?limit=81").status_code == 422
    assert client.get(f"/api/v1/{kind}?max_id=abc").json() == []
    assert client.get(f"/api/v1/{kind}?max_id=%00").status_code == 422
