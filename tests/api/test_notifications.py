"""GET /api/v1/notifications (filters, pagination), get, dismiss, clear, unread_count."""

import re

import pytest

from teduh.accounts.models import anonymous_placeholder
from teduh.accounts.services import follow
from teduh.notifications.models import Notification
from teduh.posts import services
from teduh.posts.models import Visibility

pytestmark = pytest.mark.django_db

LINK_RE = re.compile(r'<([^>]+)>; rel="(next|prev)"')


def links(response) -> dict[str, str]:
    return {rel: url for url, rel in LINK_RE.findall(response.get("Link", ""))}


@pytest.fixture
def scene(make_user, post):
    """Ani receives one notification of each kind from Budi, plus a mention from an anonymous
    author (Cici). Returns the people and Ani's notifications, newest first."""
    ani, budi, cici = make_user("ani"), make_user("budi"), make_user("cici")
    status = post(ani, "Halo semua")
    services.favourite(budi, status)
    services.reblog(budi, status)
    follow(budi, ani)
    reply = post(budi, "Balasan untuk Ani", in_reply_to=status)
    mention = post(budi, "Halo @ani")
    secret = post(cici, "Terima kasih @ani, aku juga merasakannya", anonymous=True)
    return {
        "ani": ani,
        "budi": budi,
        "cici": cici,
        "status": status,
        "reply": reply,
        "mention": mention,
        "secret": secret,
        "ids": list(Notification.objects.filter(recipient=ani).values_list("pk", flat=True)),
    }


def test_list_shapes_and_values(api, scene):
    response = api(scene["ani"]).get("/api/v1/notifications")

    assert response.status_code == 200
    body = response.json()
    assert [n["id"] for n in body] == [str(pk) for pk in scene["ids"]]
    # A reply reaches Mastodon clients as a "mention" (Mastodon has no "reply" type).
    assert [n["type"] for n in body] == [
        "mention",
        "mention",
        "mention",
        "follow",
        "reblog",
        "favourite",
    ]
    by_type = {n["type"]: n for n in body[2:]}
    assert by_type["follow"]["status"] is None
    assert by_type["follow"]["account"]["username"] == "budi"
    assert by_type["favourite"]["status"]["id"] == str(scene["status"].pk)
    assert by_type["mention"]["status"]["id"] == str(scene["reply"].pk)
    assert by_type["mention"]["status"]["in_reply_to_id"] == str(scene["status"].pk)
    assert body[1]["status"]["id"] == str(scene["mention"].pk)
    assert body[1]["group_key"] == f"ungrouped-{body[1]['id']}"


def test_anonymous_authors_show_as_the_placeholder(api, scene):
    body = api(scene["ani"]).get("/api/v1/notifications").json()
    anonymous = body[0]
    placeholder = anonymous_placeholder()

    assert anonymous["status"]["id"] == str(scene["secret"].pk)
    for account in (anonymous["account"], anonymous["status"]["account"]):
        assert account["id"] == str(placeholder.pk)
        assert account["username"] == "anonim"
        assert account["display_name"] == "Anonim"
        assert account["teduh"]["anonymous_placeholder"] is True
    assert anonymous["status"]["teduh"]["anonymous"] is True
    flat = str(anonymous)
    assert "cici" not in flat
    assert str(scene["cici"].pk) not in {anonymous["account"]["id"], anonymous["status"]["id"]}


def test_types_filter(api, scene):
    client = api(scene["ani"])

    def types(query: str) -> list[str]:
        response = client.get(f"/api/v1/notifications?{query}")
        assert response.status_code == 200
        return [n["type"] for n in response.json()]

    assert types("types[]=follow") == ["follow"]
    assert types("types[]=favourite&types[]=reblog") == ["reblog", "favourite"]
    # Mastodon has no "reply" type: asking for mentions brings replies too.
    assert types("types[]=mention") == ["mention", "mention", "mention"]
    assert types("types[]=reply") == ["mention"]
    assert types("exclude_types[]=mention") == ["follow", "reblog", "favourite"]
    assert types("exclude_types[]=follow&exclude_types[]=favourite") == [
        "mention",
        "mention",
        "mention",
        "reblog",
    ]
    assert types("types[]=follow&types[]=reblog&exclude_types[]=follow") == ["reblog"]
    assert types("types[]=poll") == []


def test_account_filter_never_ties_anonymous_notifications_to_their_author(api, scene):
    client = api(scene["ani"])

    def ids(account_id) -> list[str]:
        response = client.get("/api/v1/notifications", {"account_id": account_id})
        assert response.status_code == 200
        return [n["id"] for n in response.json()]

    assert len(ids(scene["budi"].pk)) == 5
    assert ids(scene["cici"].pk) == []
    assert ids(anonymous_placeholder().pk) == [str(scene["ids"][0])]
    assert client.get("/api/v1/notifications", {"account_id": "abc"}).status_code == 404


def test_pagination_follows_the_link_header_without_gaps(api, scene):
    client = api(scene["ani"])
    seen: list[str] = []
    response = client.get("/api/v1/notifications", {"limit": 2})
    pages = 0
    while response.json():
        pages += 1
        page_ids = [n["id"] for n in response.json()]
        assert len(page_ids) <= 2
        seen.extend(page_ids)
        next_url = links(response)["next"]
        assert "limit=2" in next_url
        assert f"max_id={page_ids[-1]}" in next_url
        response = client.get(next_url.replace("http://testserver", ""))
    assert pages == 3
    assert seen == [str(pk) for pk in scene["ids"]]


def test_pagination_keeps_filters_and_goes_back(api, scene):
    client = api(scene["ani"])
    first = client.get("/api/v1/notifications?types[]=mention&limit=2")
    assert [n["type"] for n in first.json()] == ["mention", "mention"]
    next_url = links(first)["next"]
    assert "types%5B%5D=mention" in next_url
    second = client.get(next_url.replace("http://testserver", ""))
    assert [n["id"] for n in second.json()] == [str(scene["ids"][2])]
    back = client.get(links(second)["prev"].replace("http://testserver", ""))
    assert [n["id"] for n in back.json()] == [n["id"] for n in first.json()]


def test_get_one(api, scene):
    client = api(scene["ani"])
    follow_id = Notification.objects.get(recipient=scene["ani"], type="follow").pk

    response = client.get(f"/api/v1/notifications/{follow_id}")

    assert response.status_code == 200
    assert response.json()["type"] == "follow"
    assert response.json()["account"]["username"] == "budi"


def test_other_peoples_notifications_are_not_found(api, scene):
    someone_else = api(scene["budi"])
    ani_notification = scene["ids"][0]

    assert someone_else.get(f"/api/v1/notifications/{ani_notification}").status_code == 404
    response = someone_else.post(f"/api/v1/notifications/{ani_notification}/dismiss")
    assert response.status_code == 404
    assert response.json() == {"error": "Record not found"}
    assert Notification.objects.filter(pk=ani_notification).exists()
    assert someone_else.get("/api/v1/notifications/12x").status_code == 404


def test_dismiss_one(api, scene):
    client = api(scene["ani"])
    target = scene["ids"][2]

    response = client.post(f"/api/v1/notifications/{target}/dismiss")

    assert response.status_code == 200
    assert response.json() == {}
    assert not Notification.objects.filter(pk=target).exists()
    assert Notification.objects.filter(recipient=scene["ani"]).count() == 5
    assert client.post(f"/api/v1/notifications/{target}/dismiss").status_code == 404


def test_clear_removes_only_ones_own(api, scene, post):
    post(scene["ani"], "Halo @budi")  # Budi gets a notification that must stay
    client = api(scene["ani"])

    response = client.post("/api/v1/notifications/clear")

    assert response.status_code == 200
    assert response.json() == {}
    assert client.get("/api/v1/notifications").json() == []
    assert Notification.objects.filter(recipient=scene["budi"]).count() == 1


def test_unread_count(api, scene):
    client = api(scene["ani"])
    assert client.get("/api/v1/notifications/unread_count").json() == {"count": 6}
    response = client.get("/api/v1/notifications/unread_count?types[]=mention")
    assert response.json() == {"count": 3}
    assert client.get("/api/v1/notifications/unread_count?limit=2").json() == {"count": 2}
    Notification.objects.filter(pk__in=scene["ids"][:4]).update(read=True)
    assert client.get("/api/v1/notifications/unread_count").json() == {"count": 2}


def test_scopes_and_authentication(api, scene):
    ani = scene["ani"]
    target = scene["ids"][0]
    statuses_only = api(ani, scopes="read:statuses write:statuses")
    read_only = api(ani, scopes="read:notifications")

    assert api().get("/api/v1/notifications").status_code == 401
    assert api(token="not-a-token").get("/api/v1/notifications").status_code == 401
    assert statuses_only.get("/api/v1/notifications").status_code == 403
    assert statuses_only.get(f"/api/v1/notifications/{target}").status_code == 403
    assert read_only.get("/api/v1/notifications").status_code == 200
    assert read_only.post(f"/api/v1/notifications/{target}/dismiss").status_code == 403
    assert read_only.post("/api/v1/notifications/clear").status_code == 403
    assert api().post("/api/v1/notifications/clear").status_code == 401
    assert Notification.objects.filter(recipient=ani).count() == 6
    writer = api(ani, scopes="write:notifications")
    assert writer.post(f"/api/v1/notifications/{target}/dismiss").status_code == 200


def test_bad_limits_are_refused(api, scene):
    client = api(scene["ani"])

    assert client.get("/api/v1/notifications?limit=0").status_code == 422
    assert client.get("/api/v1/notifications?limit=81").status_code == 422
    assert len(client.get("/api/v1/notifications?limit=80").json()) == 6
    assert client.get("/api/v1/notifications?max_id=zzz").json() == []


def test_followers_only_status_notification_shows_the_status(api, make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    follow(ani, budi)
    status = post(budi, "Untuk pengikut saja, @ani", visibility=Visibility.PRIVATE)

    body = api(ani).get("/api/v1/notifications?types[]=mention").json()

    assert [(n["type"], n["status"]["id"]) for n in body] == [("mention", str(status.pk))]
    assert body[0]["status"]["visibility"] == "private"
