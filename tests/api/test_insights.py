"""GET /api/teduh/v1/insights and /api/teduh/v1/insights/statuses/{id}: the author's own
figures, the same as the web page's, and a 404 for anybody else's post."""

from datetime import timedelta

import pytest
from django.utils import timezone

from teduh.accounts.services import follow
from teduh.insights import services
from teduh.insights.models import StatusView
from teduh.posts import services as posts

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(make_user, post):
    ani, budi, cici = make_user("ani"), make_user("budi"), make_user("cici")
    first = post(ani, "Halo #Cerita")
    hidden_author = post(ani, "Tanpa nama", anonymous=True)
    posts.favourite(budi, first)
    posts.favourite(ani, first)  # the author's own: not counted
    posts.bookmark(cici, first)
    posts.reblog(cici, first)
    post(budi, "Balasan", in_reply_to=first)
    follow(budi, ani)
    today = timezone.localdate()
    for user, day in ((budi, today), (cici, today), (budi, today - timedelta(days=1))):
        StatusView.objects.create(status=first, viewer_key=f"u{user.pk}", viewer=user, day=day)
    StatusView.objects.create(
        status=hidden_author, viewer_key=f"u{budi.pk}", viewer=budi, day=today
    )
    return {"ani": ani, "budi": budi, "first": first, "anonymous": hidden_author}


def test_author_insights(api, setup):
    ani = setup["ani"]
    response = api(ani, scopes="read").get("/api/teduh/v1/insights")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["days"] == 30 and len(body["series"]) == 30
    assert body["end"] == timezone.localdate().isoformat()
    assert body["totals"] == {
        "views": 4,
        "favourites": 1,
        "replies": 1,
        "shares": 1,
        "bookmarks": 1,
        "new_followers": 1,
    }
    # The totals are the sums of the series, and both are what the web page shows.
    for metric, total in body["totals"].items():
        assert sum(day[metric] for day in body["series"]) == total
    assert body["totals"] == services.daily_series(ani, 30).totals
    assert body["series"][-1]["views"] == 3
    assert body["topics"] == {"languages": [], "countries": [], "suppressed": 2, "k": 10}
    by_id = {p["id"]: p for p in body["posts"]}
    assert by_id[str(setup["first"].pk)]["views"] == 3
    assert by_id[str(setup["anonymous"].pk)]["anonymous"] is True
    ninety = api(ani).get("/api/teduh/v1/insights", {"days": 90}).json()
    assert len(ninety["series"]) == 90 and ninety["totals"] == body["totals"]


def test_status_insights(api, setup):
    ani, first = setup["ani"], setup["first"]
    response = api(ani).get(f"/api/teduh/v1/insights/statuses/{first.pk}")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["id"] == str(first.pk) and body["anonymous"] is False
    assert body["all_time"] == {
        "views": 3,
        "favourites": 1,
        "replies": 1,
        "shares": 1,
        "bookmarks": 1,
    }
    assert body["totals"] == body["all_time"]
    assert "new_followers" not in body["series"][0]
    assert body["all_time"] == services.post_stats(ani, [first])[0].as_dict()


def test_anonymous_post_insights_only_for_the_real_author(api, setup):
    anonymous = setup["anonymous"]
    mine = api(setup["ani"]).get(f"/api/teduh/v1/insights/statuses/{anonymous.pk}")
    assert mine.status_code == 200 and mine.json()["all_time"]["views"] == 1
    other = api(setup["budi"]).get(f"/api/teduh/v1/insights/statuses/{anonymous.pk}")
    assert other.status_code == 404
    assert other.json() == {"error": "Record not found"}


@pytest.mark.parametrize("bad_id", ["999999", "abc", "1" * 30, "-1"])
def test_not_found(api, setup, bad_id):
    response = api(setup["ani"]).get(f"/api/teduh/v1/insights/statuses/{bad_id}")
    assert response.status_code == 404
    assert "error" in response.json()


def test_others_see_only_their_own(api, setup):
    other = api(setup["budi"])
    assert other.get(f"/api/teduh/v1/insights/statuses/{setup['first'].pk}").status_code == 404
    body = other.get("/api/teduh/v1/insights").json()
    assert body["totals"]["views"] == 0 and body["posts"] == [
        p for p in body["posts"] if p["id"] != str(setup["first"].pk)
    ]


def test_token_and_scope_required(api, make_user, setup):
    assert api().get("/api/teduh/v1/insights").status_code == 401
    limited = api(setup["ani"], scopes="write").get("/api/teduh/v1/insights")
    assert limited.status_code == 403
    assert api(setup["ani"], scopes="read").get("/api/teduh/v1/insights").status_code == 200


@pytest.mark.parametrize("days", ["7", "abc", "-30", "900000000000000000000"])
def test_bad_period_is_422(api, setup, days):
    response = api(setup["ani"]).get("/api/teduh/v1/insights", {"days": days})
    assert response.status_code == 422
    assert "error" in response.json()
