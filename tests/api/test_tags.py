"""GET /api/v1/tags/:name, follow/unfollow, GET /api/v1/followed_tags, and followed hashtags in
the home timeline."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from teduh.accounts.services import follow
from teduh.posts.models import Status, Tag, TagFollow, Visibility
from teduh.posts.services import follow_tag, unfollow_tag

pytestmark = pytest.mark.django_db

LINK_RE = re.compile(r'<([^>]+)>; rel="(next|prev)"')


def links(response) -> dict[str, str]:
    return {rel: url for url, rel in LINK_RE.findall(response.get("Link", ""))}


def utc_midnight(days_ago: int) -> datetime:
    today = timezone.now().astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return today - timedelta(days=days_ago)


def dated(status: Status, days_ago: int) -> Status:
    Status.objects.filter(pk=status.pk).update(
        created_at=utc_midnight(days_ago) + timedelta(hours=1)
    )
    return status


def test_tag_shape_and_history(api, make_user, post):
    ani, budi, cici = make_user("ani"), make_user("budi"), make_user("cici")
    post(ani, "Pagi ini #MariBicara")
    post(ani, "Siang ini #maribicara")
    post(budi, "Aku juga #MariBicara")
    dated(post(ani, "Kemarin #MariBicara"), 1)
    dated(post(cici, "Kemarin juga #MariBicara"), 1)
    dated(post(budi, "Enam hari lalu #MariBicara"), 6)
    dated(post(budi, "Delapan hari lalu #MariBicara"), 8)  # outside the week
    post(budi, "Untuk pengikut #MariBicara", visibility=Visibility.PRIVATE)  # not counted
    post(budi, "Tidak terdaftar #MariBicara", visibility=Visibility.UNLISTED)  # not counted
    tag = Tag.objects.get(name="maribicara")

    response = api().get("/api/v1/tags/MariBicara")

    assert response.status_code == 200
    body = response.json()
    assert body["id"] == str(tag.pk)
    assert body["name"] == "maribicara"
    assert body["url"] == "http://testserver/tags/maribicara/"
    assert body["following"] is False
    history = body["history"]
    assert [h["day"] for h in history] == [str(int(utc_midnight(n).timestamp())) for n in range(7)]
    assert [(h["uses"], h["accounts"]) for h in history] == [
        ("3", "2"),
        ("2", "2"),
        ("0", "0"),
        ("0", "0"),
        ("0", "0"),
        ("0", "0"),
        ("1", "1"),
    ]


def test_history_counts_each_anonymous_post_as_a_person_of_its_own(api, make_user, post):
    """Counting the real author would make "2 uses, 1 account" tell that Ani wrote the
    anonymous post."""
    ani = make_user("ani")
    post(ani, "Dengan nama #Cemas")
    post(ani, "Tanpa nama #Cemas", anonymous=True)
    post(ani, "Tanpa nama lagi #Cemas", anonymous=True)

    today = api().get("/api/v1/tags/cemas").json()["history"][0]

    assert (today["uses"], today["accounts"]) == ("3", "3")


def test_following_shows_for_the_viewer(api, make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    post(budi, "#Cemas")
    follow_tag(ani, "cemas")

    assert api(ani).get("/api/v1/tags/cemas").json()["following"] is True
    assert api(budi).get("/api/v1/tags/cemas").json()["following"] is False
    # A token with no read scope at all may still look a tag up, as in Mastodon.
    assert api(budi, scopes="write:follows").get("/api/v1/tags/cemas").status_code == 200


@pytest.mark.parametrize("name", ["belumada", "123", "a-b", "x" * 101, "%23", "_"])
def test_unknown_or_invalid_tags_are_not_found(api, name):
    response = api().get(f"/api/v1/tags/{name}")

    assert response.status_code == 404
    assert response.json() == {"error": "Record not found"}


def test_follow_and_unfollow(api, make_user, post):
    ani = make_user("ani")
    post(ani, "#Cemas")
    client = api(ani)

    followed = client.post("/api/v1/tags/Cemas/follow")
    again = client.post("/api/v1/tags/cemas/follow")

    assert followed.status_code == again.status_code == 200
    assert followed.json()["name"] == "cemas"
    assert followed.json()["following"] is True
    assert len(followed.json()["history"]) == 7
    assert TagFollow.objects.filter(account=ani, tag__name="cemas").count() == 1

    unfollowed = client.post("/api/v1/tags/cemas/unfollow")

    assert unfollowed.status_code == 200
    assert unfollowed.json()["following"] is False
    assert not TagFollow.objects.exists()
    assert client.post("/api/v1/tags/cemas/unfollow").json()["following"] is False


def test_following_an_unused_tag_creates_it(api, make_user):
    ani = make_user("ani")

    response = api(ani).post("/api/v1/tags/%23SehatJiwa/follow")

    assert response.status_code == 200
    tag = Tag.objects.get(name="sehatjiwa")
    assert tag.display_name == "SehatJiwa"
    assert response.json()["id"] == str(tag.pk)
    assert response.json()["following"] is True


@pytest.mark.parametrize("name", ["123", "a-b", "x" * 101, "_"])
def test_following_an_invalid_name_is_refused(api, make_user, name):
    client = api(make_user())

    assert client.post(f"/api/v1/tags/{name}/follow").status_code == 404
    assert client.post(f"/api/v1/tags/{name}/unfollow").status_code == 404
    assert not Tag.objects.exists()


def test_unfollowing_an_unknown_tag_is_not_found(api, make_user):
    assert api(make_user()).post("/api/v1/tags/takada/unfollow").status_code == 404


def test_follow_scopes(api, make_user):
    ani = make_user()

    assert api().post("/api/v1/tags/cemas/follow").status_code == 401
    assert api(ani, scopes="read write:statuses").post("/api/v1/tags/cemas/follow").status_code == (
        403
    )
    assert not TagFollow.objects.exists()
    assert api(ani, scopes="follow").post("/api/v1/tags/cemas/follow").status_code == 200
    assert api(ani, scopes="write:follows").post("/api/v1/tags/cemas/unfollow").status_code == 200
    assert api(ani, scopes="read").get("/api/v1/followed_tags").status_code == 200
    assert api(ani, scopes="write").get("/api/v1/followed_tags").status_code == 403
    assert api().get("/api/v1/followed_tags").status_code == 401


def test_followed_tags_are_paged_by_follow(api, make_user):
    ani, budi = make_user("ani"), make_user("budi")
    names = ["satu", "dua", "tiga", "empat", "lima"]
    for name in names:
        follow_tag(ani, name)
    follow_tag(budi, "lain")
    client = api(ani)

    first = client.get("/api/v1/followed_tags", {"limit": 2})
    assert first.status_code == 200
    seen = [t["name"] for t in first.json()]
    assert all(t["following"] for t in first.json())
    response = first
    while True:
        next_url = links(response).get("next")
        if not next_url:
            break
        follow_ids = (
            TagFollow.objects.filter(account=ani).order_by("-pk").values_list("pk", flat=True)
        )
        assert re.search(r"max_id=(\d+)", next_url).group(1) in {str(pk) for pk in follow_ids}
        response = client.get(next_url.replace("http://testserver", ""))
        if not response.json():
            break
        seen.extend(t["name"] for t in response.json())
    assert seen == list(reversed(names))
    assert [t["name"] for t in client.get("/api/v1/followed_tags").json()] == seen


def test_followed_tags_bring_public_posts_into_the_home_timeline(api, make_user, post):
    ani, budi, cici = make_user("ani"), make_user("budi"), make_user("cici")
    follow(ani, budi)
    stranger_tagged = post(cici, "Orang asing #Cemas")
    stranger_untagged = post(cici, "Tanpa tagar")
    anonymous_tagged = post(cici, "Tanpa nama #cemas", anonymous=True)
    unlisted_tagged = post(cici, "Tidak terdaftar #Cemas", visibility=Visibility.UNLISTED)
    private_tagged = post(cici, "Pengikut saja #Cemas", visibility=Visibility.PRIVATE)
    followed_anonymous = post(budi, "Budi tanpa nama", anonymous=True)
    followed_anonymous_tagged = post(budi, "Budi tanpa nama #Cemas", anonymous=True)
    followed_post = post(budi, "Budi bernama")
    client = api(ani)

    def home_ids() -> set[int]:
        return {int(s["id"]) for s in client.get("/api/v1/timelines/home?limit=40").json()}

    before = home_ids()
    assert before == {followed_post.pk}
    assert client.post("/api/v1/tags/cemas/follow").status_code == 200

    after = home_ids()
    assert after == {
        followed_post.pk,
        stranger_tagged.pk,
        anonymous_tagged.pk,
        # Shown because of its tag, as any anonymous post with it would be: its author
        # plays no part in whether it is shown.
        followed_anonymous_tagged.pk,
    }
    for missing in (stranger_untagged, unlisted_tagged, private_tagged, followed_anonymous):
        assert missing.pk not in after
    anonymous_entities = [
        s
        for s in client.get("/api/v1/timelines/home?limit=40").json()
        if s["id"] in {str(anonymous_tagged.pk), str(followed_anonymous_tagged.pk)}
    ]
    assert {s["account"]["username"] for s in anonymous_entities} == {"anonim"}

    unfollow_tag(ani, "cemas")
    assert home_ids() == {followed_post.pk}


def test_a_post_with_two_followed_tags_is_shown_once(api, make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    status = post(budi, "#Cemas dan #Tenang")
    follow_tag(ani, "cemas")
    follow_tag(ani, "tenang")

    ids = [s["id"] for s in api(ani).get("/api/v1/timelines/home").json()]

    assert ids == [str(status.pk)]
