"""Trending posts: engagement from distinct other accounts relative to age, and what never
trends."""

import pytest
from django.utils import timezone

from teduh.accounts.services import block
from teduh.posts.models import Status
from teduh.posts.services import StatusDraft, favourite, publish_status, reblog
from teduh.trends import services

pytestmark = pytest.mark.django_db


def engage(status: Status, people, *, replies: int = 0) -> None:
    for person in people:
        favourite(person, status)
    for person in people[:replies]:
        publish_status(person, StatusDraft(content="Setuju!", in_reply_to=status))


def ids(viewer=None) -> list[int]:
    services.clear_cache()
    return [s.pk for s in services.trending_statuses(viewer, now=timezone.now())]


def test_ranked_by_distinct_engagement_relative_to_age(crowd, post, aged):
    people = crowd(8)
    author = people[0]
    fresh = post(author, "Tips tidur nyenyak")
    older = aged(post(author, "Tips minum air"), hours=20)
    engage(fresh, people[1:4])  # 3 people, just now
    engage(older, people[1:8])  # 7 people, 20 hours ago
    # The same person favouriting, sharing and replying counts once.
    reblog(people[1], fresh)
    publish_status(people[1], StatusDraft(content="Mantap", in_reply_to=fresh))

    assert ids() == [fresh.pk, older.pk]


def test_engagement_counts_other_non_limited_accounts_only(crowd, post):
    author, a, b, c = crowd(4)
    status = post(author, "Catatan syukur")
    favourite(author, status)  # own engagement does not count
    favourite(a, status)
    c.limited_at = timezone.now()
    c.save()
    favourite(c, status)  # limited accounts don't lift posts
    assert ids() == []
    favourite(b, status)
    assert ids() == [status.pk]


def test_never_trends(crowd, post, aged):
    people = crowd(5)
    author = people[0]
    fans = people[1:]
    cases = {
        "reply": post(author, "Balasan", in_reply_to=post(fans[0], "Induk")),
        "cw": post(author, "Isi", spoiler_text="Peringatan"),
        "sensitive": post(author, "Foto", sensitive=True),
        "crisis": post(author, "aku pengen bundir"),
        "concern": post(author, "aku sedih banget hari ini rasanya capek"),
        "old": aged(post(author, "Kemarin lusa"), hours=49),
        "unlisted": post(author, "Tidak terdaftar", visibility="unlisted"),
    }
    method = post(author, "Biasa saja")
    suspended_author = crowd(1, "susp")[0]
    by_suspended = post(suspended_author, "Dari akun ditangguhkan")
    limited_author = crowd(1, "lim")[0]
    by_limited = post(limited_author, "Dari akun dibatasi")
    for status in [*cases.values(), method, by_suspended, by_limited]:
        engage(status, fans)
    Status.objects.filter(pk=method.pk).update(method_details=True)
    suspended_author.suspended_at = timezone.now()
    suspended_author.save()
    limited_author.limited_at = timezone.now()
    limited_author.save()
    assert cases["crisis"].screening_level == "crisis"
    assert cases["concern"].screening_level == "concern"

    assert ids() == []


def test_anonymous_post_may_trend_and_is_shown_as_anonim(crowd, post, client):
    author, *fans = crowd(4)
    status = post(author, "Cerita dari aku", anonymous=True)
    engage(status, fans)
    services.clear_cache()
    body = client.get("/api/v1/trends/statuses").json()
    assert [s["id"] for s in body] == [str(status.pk)]
    assert body[0]["account"]["display_name"] == "Anonim"
    assert body[0]["account"]["username"] != author.username
    assert author.username not in str(body)


def test_viewer_blocks_and_later_hiding_apply(crowd, post):
    author, viewer, *fans = crowd(5)
    status = post(author, "Pagi yang cerah")
    engage(status, fans)
    assert ids(viewer) == [status.pk]
    block(viewer, author)
    assert [s.pk for s in services.trending_statuses(viewer)] == []
    # Hidden by a moderator after it was cached: gone for everyone at once.
    assert [s.pk for s in services.trending_statuses(None)] == [status.pk]
    Status.objects.filter(pk=status.pk).update(state="hidden")
    assert services.trending_statuses(None) == []
