"""GET /api/v1/trends/tags, /api/v1/trends (alias) and /api/v1/trends/statuses: Mastodon
shapes, limit/offset and the Link header."""

import pytest

from teduh.posts.models import Tag
from teduh.posts.services import favourite

pytestmark = pytest.mark.django_db


@pytest.fixture
def trending(make_user, post):
    """Three trending tags (6, 5 and 4 people today) and three trending posts."""
    people = [make_user(f"orang{i}") for i in range(8)]
    for tag, count in (("Enam", 6), ("Lima", 5), ("Empat", 4)):
        for person in people[:count]:
            post(person, f"Halo #{tag}")
    statuses = [post(people[0], f"Tulisan {n}") for n in range(3)]
    for number, status in enumerate(statuses):
        for fan in people[1 : 5 - number]:
            favourite(fan, status)
    return statuses


def test_tags_shape_and_order(api, trending):
    response = api().get("/api/v1/trends/tags")
    assert response.status_code == 200
    body = response.json()
    assert [t["name"] for t in body] == ["enam", "lima", "empat"]
    first = body[0]
    assert set(first) == {"id", "name", "url", "history", "following"}
    assert first["id"] == str(Tag.objects.get(name="enam").pk)
    assert first["url"] == "http://testserver/tags/enam/"
    assert first["following"] is False
    assert len(first["history"]) == 7
    assert first["history"][0]["uses"] == "6" and first["history"][0]["accounts"] == "6"
    assert first["history"][1]["uses"] == "0"


def test_alias_and_paging(api, trending):
    assert api().get("/api/v1/trends").json() == api().get("/api/v1/trends/tags").json()
    page = api().get("/api/v1/trends/tags", {"limit": 1, "offset": 1})
    assert [t["name"] for t in page.json()] == ["lima"]
    link = page["Link"]
    assert 'offset=2&limit=1>; rel="next"' in link
    assert 'offset=0&limit=1>; rel="prev"' in link
    last = api().get("/api/v1/trends/tags", {"limit": 2, "offset": 2})
    assert [t["name"] for t in last.json()] == ["empat"]
    assert 'rel="next"' not in last["Link"]
    assert api().get("/api/v1/trends/tags", {"offset": 50}).json() == []


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 21}, {"offset": -1}, {"limit": "x"}, {"offset": 10**30}],
)
def test_bad_parameters_are_4xx(api, params):
    response = api().get("/api/v1/trends/tags", params)
    assert response.status_code == 422
    assert "error" in response.json()


def test_statuses_shape_and_paging(api, trending, make_user):
    body = api().get("/api/v1/trends/statuses").json()
    assert [s["id"] for s in body] == [str(s.pk) for s in trending]
    assert body[0]["favourites_count"] == 4
    assert body[0]["reblog"] is None
    assert body[0]["account"]["username"] == "orang0"
    page = api().get("/api/v1/trends/statuses", {"limit": 1, "offset": 1})
    assert [s["id"] for s in page.json()] == [str(trending[1].pk)]
    assert 'offset=2&limit=1>; rel="next"' in page["Link"]
    assert api().get("/api/v1/trends/statuses", {"limit": 41}).status_code == 422
    # A token works too, and sees its own favourites.
    fan = make_user("penggemar")
    favourite(fan, trending[2])
    mine = api(fan).get("/api/v1/trends/statuses").json()
    assert mine[2]["favourited"] is True


def test_bad_token_is_401(api):
    response = api(token="nope").get("/api/v1/trends/tags")
    assert response.status_code == 401
