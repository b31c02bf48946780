"""Views are counted once per viewer per day, by the web pages only, never the author's own."""

from datetime import date, timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from teduh.insights.models import StatusView
from teduh.insights.recording import anonymous_viewer_key, record_views
from teduh.posts import services as posts

pytestmark = pytest.mark.django_db


def views_of(status) -> list[tuple[str, date]]:
    return list(StatusView.objects.filter(status=status).values_list("viewer_key", "day"))


def test_a_signed_in_reader_counts_once_per_day(make_user, client_for, post):
    ani, budi = make_user("ani"), make_user("budi")
    status = post(ani, "Halo semua")
    reader = client_for(budi)
    for _ in range(3):
        assert reader.get(f"/posts/{status.pk}/").status_code == 200
    reader.get("/public/")
    today = timezone.localdate()
    assert views_of(status) == [(f"u{budi.pk}", today)]
    assert StatusView.objects.get(status=status).viewer_id == budi.pk


def test_another_day_is_another_view(make_user, post, monkeypatch):
    ani, budi = make_user("ani"), make_user("budi")
    status = post(ani, "Halo semua")
    request = RequestFactory().get("/")
    request.user = budi
    today = timezone.localdate()
    record_views(request, [status])
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: today + timedelta(days=1))
    record_views(request, [status])
    record_views(request, [status])
    assert sorted(day for _key, day in views_of(status)) == [today, today + timedelta(days=1)]


def test_the_authors_own_views_do_not_count(make_user, client_for, post):
    ani = make_user("ani")
    signed = post(ani, "Punyaku")
    anonymous = post(ani, "Punyaku juga", anonymous=True)
    author = client_for(ani)
    author.get(f"/posts/{signed.pk}/")
    author.get(f"/posts/{anonymous.pk}/")
    author.get("/")
    author.get("/public/")
    author.get(f"/@{ani.username}/")
    assert StatusView.objects.count() == 0


def test_anonymous_posts_count_views_from_others(make_user, client_for, post):
    ani, budi = make_user("ani"), make_user("budi")
    anonymous = post(ani, "Cerita tanpa nama", anonymous=True)
    client_for(budi).get(f"/posts/{anonymous.pk}/")
    assert views_of(anonymous) == [(f"u{budi.pk}", timezone.localdate())]


def test_timelines_profile_and_tag_count_what_they_show(make_user, client_for, post):
    ani, budi, cici = make_user("ani"), make_user("budi"), make_user("cici")
    tagged = post(ani, "Jalan pagi #JalanSehat")
    plain = post(ani, "Halo")
    shared = post(cici, "Dibagikan")
    posts.reblog(ani, shared)
    reader = client_for(budi)
    reader.get("/public/")
    assert set(StatusView.objects.values_list("status_id", flat=True)) == {
        tagged.pk,
        plain.pk,
        shared.pk,
    }
    StatusView.objects.all().delete()
    reader.get("/tags/jalansehat/")
    assert list(StatusView.objects.values_list("status_id", flat=True)) == [tagged.pk]
    StatusView.objects.all().delete()
    # The profile shows ani's posts and her share of cici's post: the share counts for cici's.
    reader.get(f"/@{ani.username}/")
    assert set(StatusView.objects.values_list("status_id", flat=True)) == {
        tagged.pk,
        plain.pk,
        shared.pk,
    }


def test_status_page_counts_the_thread_around_it(make_user, client_for, post):
    ani, budi, cici = make_user("ani"), make_user("budi"), make_user("cici")
    parent = post(ani, "Awal")
    reply = post(budi, "Balasan", in_reply_to=parent)
    client_for(cici).get(f"/posts/{parent.pk}/")
    assert set(StatusView.objects.values_list("status_id", flat=True)) == {parent.pk, reply.pk}


def test_the_api_does_not_count(make_user, post, make_token):
    ani, budi = make_user("ani"), make_user("budi")
    status = post(ani, "Halo")
    headers = {"HTTP_AUTHORIZATION": f"Bearer {make_token(budi)}"}
    client = Client()
    assert client.get("/api/v1/timelines/public", **headers).status_code == 200
    assert client.get(f"/api/v1/statuses/{status.pk}", **headers).status_code == 200
    assert client.get("/api/v1/timelines/home", **headers).status_code == 200
    assert StatusView.objects.count() == 0


def test_signed_out_without_a_session_is_not_counted(make_user, post):
    status = post(make_user("ani"), "Halo")
    client = Client()
    assert client.get(f"/posts/{status.pk}/").status_code == 200
    client.get("/public/")
    assert StatusView.objects.count() == 0
    # Counting never starts a session either.
    assert "sessionid" not in client.cookies


def test_a_made_up_session_cookie_is_not_counted(make_user, post):
    status = post(make_user("ani"), "Halo")
    client = Client()
    client.cookies["sessionid"] = "x" * 32
    client.get(f"/posts/{status.pk}/")
    assert StatusView.objects.count() == 0


def test_signed_out_with_a_session_counts_once_under_a_hash(make_user, post):
    status = post(make_user("ani"), "Halo")
    session = SessionStore()
    session["seen"] = True
    session.create()
    client = Client()
    client.cookies["sessionid"] = session.session_key
    client.get(f"/posts/{status.pk}/")
    client.get(f"/posts/{status.pk}/")
    client.get("/public/")
    today = timezone.localdate()
    [(key, day)] = views_of(status)
    assert day == today
    assert key == anonymous_viewer_key(session.session_key, today)
    assert key.startswith("s") and session.session_key not in key
    assert StatusView.objects.get().viewer_id is None


def test_the_session_hash_rotates_daily():
    today = date(2026, 11, 2)
    key = anonymous_viewer_key("abc123session", today)
    assert key == anonymous_viewer_key("abc123session", today)
    assert key != anonymous_viewer_key("abc123session", today + timedelta(days=1))
    assert key != anonymous_viewer_key("another-session", today)
    assert len(key) <= StatusView._meta.get_field("viewer_key").max_length


def test_one_query_per_page(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    statuses = [post(ani, f"Post {n}") for n in range(15)]
    request = RequestFactory().get("/")
    request.user = budi
    with CaptureQueriesContext(connection) as queries:
        assert record_views(request, statuses) == 15
    assert len(queries) == 1
    with CaptureQueriesContext(connection) as queries:
        record_views(request, statuses)  # already counted today: still one query, no new rows
    assert len(queries) == 1
    assert StatusView.objects.count() == 15


def test_nothing_to_count_is_no_query(make_user, post):
    ani = make_user("ani")
    request = RequestFactory().get("/")
    request.user = ani
    own = post(ani, "Punyaku")
    with CaptureQueriesContext(connection) as queries:
        assert record_views(request, [own]) == 0
    assert len(queries) == 0
