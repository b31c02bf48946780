"""Creator insights: the figures equal the rows behind them, only the author sees them, small
groups are suppressed, and the CSV exports carry exactly the page's numbers."""

import csv
import io
from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from teduh.accounts.models import Follow
from teduh.accounts.services import follow
from teduh.insights import services
from teduh.insights.models import StatusView
from teduh.posts import services as posts
from teduh.posts.models import Bookmark, Favourite, Status

pytestmark = pytest.mark.django_db


def at(day, hour: int = 12):
    """An aware datetime on `day` (a local date) at `hour`, local time."""
    return datetime.combine(day, time(hour), tzinfo=timezone.get_current_timezone())


def view(status, user, day):
    StatusView.objects.create(status=status, viewer_key=f"u{user.pk}", viewer=user, day=day)


@pytest.fixture
def world(make_user, post):
    """ani's posts with others' favourites, replies, shares, bookmarks and views; ani's own
    actions on her posts are there too and must not count."""
    ani, budi, cici, dodi = (make_user(n) for n in ("ani", "budi", "cici", "dodi"))
    today = timezone.localdate()
    first = post(ani, "Jalan pagi itu baik #JalanSehat")
    second = post(ani, "Cerita tanpa nama", anonymous=True)
    for user in (budi, cici, ani):
        posts.favourite(user, first)
    posts.favourite(dodi, second)
    reply_b = post(budi, "Setuju!", in_reply_to=first)
    post(ani, "Terima kasih", in_reply_to=first)  # the author's own reply: not counted
    posts.reblog(cici, first)
    posts.reblog(dodi, first)
    for user in (budi, ani):
        posts.bookmark(user, first)
    posts.bookmark(cici, second)
    for user in (budi, cici, dodi):
        view(first, user, today)
    view(first, budi, today - timedelta(days=3))
    view(second, cici, today - timedelta(days=3))
    # Backdate some events to check the daily series.
    Favourite.objects.filter(account=budi).update(created_at=at(today - timedelta(days=2)))
    Status.objects.filter(pk=reply_b.pk).update(created_at=at(today - timedelta(days=1)))
    follow(budi, ani)
    follow(cici, ani)
    Follow.objects.filter(follower=cici).update(created_at=at(today - timedelta(days=5)))
    follow(dodi, ani)
    Follow.objects.filter(follower=dodi).update(created_at=at(today - timedelta(days=40)))
    return {"ani": ani, "budi": budi, "cici": cici, "first": first, "second": second}


def test_per_post_values_equal_the_rows(world):
    ani, first, second = world["ani"], world["first"], world["second"]
    stats = {s.status.pk: s for s in services.recent_post_stats(ani)}
    # Only ani's own posts (not her reply's parent elsewhere, not shares), newest first.
    assert set(stats) == set(
        Status.objects.filter(account=ani, reblog_of__isnull=True).values_list("pk", flat=True)
    )
    one = stats[first.pk]
    assert one.views == StatusView.objects.filter(status=first).count() == 4
    assert one.favourites == Favourite.objects.filter(status=first).exclude(account=ani).count()
    assert one.favourites == 2
    assert one.replies == 1  # budi's; ani's own reply is not reach
    assert one.shares == Status.objects.filter(reblog_of=first).count() == 2
    assert one.bookmarks == Bookmark.objects.filter(status=first).exclude(account=ani).count()
    assert one.bookmarks == 1  # budi's; ani's own bookmark does not count
    two = stats[second.pk]
    assert two.as_dict() == {
        "views": 1,
        "favourites": 1,
        "replies": 0,
        "shares": 0,
        "bookmarks": 1,
    }


def test_daily_series_put_each_row_on_its_day(world):
    ani = world["ani"]
    today = timezone.localdate()
    series = services.daily_series(ani, 30)
    assert len(series.days) == 30 and series.days[-1] == today
    assert series.days[0] == today - timedelta(days=29)

    def on(metric, days_ago):
        return series.values[metric][series.days.index(today - timedelta(days=days_ago))]

    assert on("views", 0) == 3 and on("views", 3) == 2
    assert on("favourites", 2) == 1  # budi's, backdated
    assert on("favourites", 0) == 2  # cici's and dodi's (ani's own is not counted)
    assert on("replies", 1) == 1
    assert on("shares", 0) == 2
    assert on("bookmarks", 0) == 2
    assert series.totals == {
        "views": 5,
        "favourites": 3,
        "replies": 1,
        "shares": 2,
        "bookmarks": 2,
        "new_followers": 2,
    }


def test_new_followers_by_day_and_period(world):
    ani = world["ani"]
    today = timezone.localdate()
    short = services.daily_series(ani, 30)
    assert short.values["new_followers"][-1] == 1  # budi today
    assert short.values["new_followers"][short.days.index(today - timedelta(days=5))] == 1
    # dodi followed 40 days ago: inside 90 days, outside 30.
    assert short.totals["new_followers"] == 2
    assert services.daily_series(ani, 90).totals["new_followers"] == 3


def test_one_posts_series_leaves_out_followers(world):
    series = services.daily_series(world["ani"], 30, status=world["second"])
    assert "new_followers" not in series.values
    assert series.totals == {"views": 1, "favourites": 1, "replies": 0, "shares": 0, "bookmarks": 1}


def test_period_parameter():
    assert services.period_days("90") == 90
    assert services.period_days("30") == 30
    for bad in (None, "", "7", "abc", "90x", "-30", 365):
        assert services.period_days(bad) == 30


def _viewers(make_user, status, count, *, prefix, language="id", country=""):
    day = timezone.localdate()
    for n in range(count):
        user = make_user(f"{prefix}{n}", language=language)
        if country:
            user.country = country
            user.save(update_fields=["country"])
        view(status, user, day)


@pytest.mark.parametrize("count, shown", [(9, False), (10, True)])
def test_small_groups_are_suppressed(make_user, post, settings, count, shown):
    settings.TEDUH_DEFAULT_COUNTRY = "ID"
    ani = make_user("ani")
    tagged = post(ani, "Tidur cukup #TidurSehat")
    _viewers(make_user, tagged, count, prefix="en", language="en", country="AU")
    reach = services.reach(ani, 30)
    cells = {(c.topic, c.group): c.viewers for c in reach.by_language}
    if shown:
        assert cells == {("TidurSehat", "en"): 10}
        assert [(c.topic, c.group, c.viewers) for c in reach.by_country] == [
            ("TidurSehat", "AU", 10)
        ]
        assert reach.suppressed == 0
    else:
        assert reach.by_language == [] and reach.by_country == []
        assert reach.suppressed == 2


def test_country_defaults_to_the_instance_and_viewers_are_distinct(make_user, post, settings):
    settings.TEDUH_DEFAULT_COUNTRY = "ID"
    ani = make_user("ani")
    first = post(ani, "Satu #Cerita")
    second = post(ani, "Dua #Cerita")
    _viewers(make_user, first, 6, prefix="a", country="ID")
    _viewers(make_user, first, 4, prefix="b")  # no country: the instance's (ID)
    # The same ten people again on another post with the tag, and on another day: still ten.
    for user in [v.viewer for v in StatusView.objects.filter(status=first)]:
        view(second, user, timezone.localdate() - timedelta(days=1))
    reach = services.reach(ani, 30)
    assert [(c.topic, c.group, c.viewers) for c in reach.by_country] == [("Cerita", "ID", 10)]
    assert [(c.topic, c.group, c.viewers) for c in reach.by_language] == [("Cerita", "id", 10)]
    # For one post as a whole (no topic).
    whole = services.reach(ani, 30, status=first)
    assert [(c.topic, c.group, c.viewers) for c in whole.by_country] == [("", "ID", 10)]


def test_signed_out_viewers_are_not_in_reach(make_user, post):
    ani = make_user("ani")
    tagged = post(ani, "Halo #Cerita")
    for n in range(12):
        StatusView.objects.create(status=tagged, viewer_key=f"s{n}", day=timezone.localdate())
    assert services.reach(ani, 30).by_language == []
    assert services.recent_post_stats(ani)[0].views == 12


# The pages -------------------------------------------------------------------------------


def test_signed_out_is_sent_to_log_in(client):
    for url in ("/insights/", "/insights/posts/1/", "/insights/csv/views.csv"):
        response = client.get(url)
        assert response.status_code == 302 and "/auth/login/" in response["Location"]


def test_others_get_404_for_a_post(world, client_for):
    first, second, budi = world["first"], world["second"], world["budi"]
    other = client_for(budi)
    for status in (first, second):  # second is anonymous: nobody may learn it is ani's
        assert other.get(f"/insights/posts/{status.pk}/").status_code == 404
        assert other.get(f"/insights/posts/{status.pk}/csv/views.csv").status_code == 404
    assert other.get("/insights/posts/999999/").status_code == 404
    # budi's own insights show none of ani's figures.
    page = other.get("/insights/")
    assert page.status_code == 200
    assert page.context["insights"].totals["views"] == 0
    assert all(p.status.account_id == budi.pk for p in page.context["insights"].posts)


def test_unknown_csv_is_404(world, client_for):
    author = client_for(world["ani"])
    assert author.get("/insights/csv/nothing.csv").status_code == 404
    assert author.get(f"/insights/posts/{world['first'].pk}/csv/posts.csv").status_code == 404


def test_the_page_shows_the_services_numbers(world, client_for):
    author = client_for(world["ani"])
    response = author.get("/insights/")
    assert response.status_code == 200
    html = response.content.decode()
    totals = {name: value for name, _label, value in response.context["totals"]}
    assert totals == services.daily_series(world["ani"], 30).totals
    assert 'data-metric="views"><dt>' in html
    assert "<svg" in html and 'role="img"' in html
    assert "/insights/csv/views.csv?days=30" in html
    assert f'href="/insights/posts/{world["first"].pk}/"' in html


def read_csv(response) -> list[list[str]]:
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    return list(csv.reader(io.StringIO(response.content.decode())))


def as_text(rows) -> list[list[str]]:
    return [["" if cell is None else str(cell) for cell in row] for row in rows]


@pytest.mark.parametrize("days", [30, 90])
def test_csv_equals_the_page(world, client_for, days):
    author = client_for(world["ani"])
    page = author.get(f"/insights/?days={days}")
    tables = page.context["tables"]
    assert set(tables) == {"views", "interactions", "top_posts", "posts", "languages", "countries"}
    for name, table in tables.items():
        assert table.csv_url == f"/insights/csv/{name}.csv?days={days}"
        rows = read_csv(author.get(table.csv_url))
        assert rows[0] == [str(h) for h in table.headers]
        assert rows[1:] == as_text(table.rows)
    views = read_csv(author.get(f"/insights/csv/views.csv?days={days}"))
    assert len(views) == days + 1
    assert sum(int(row[1]) for row in views[1:]) == page.context["insights"].totals["views"]
    interactions = read_csv(author.get(f"/insights/csv/interactions.csv?days={days}"))
    # The last column is new followers (the headers are translated).
    assert (
        sum(int(row[-1]) for row in interactions[1:])
        == (page.context["insights"].totals["new_followers"])
    )


def test_post_page_and_its_csv(world, client_for):
    author = client_for(world["ani"])
    second = world["second"]
    response = author.get(f"/insights/posts/{second.pk}/")
    assert response.status_code == 200
    assert {name: value for name, _l, value in response.context["totals"]} == {
        "views": 1,
        "favourites": 1,
        "replies": 0,
        "shares": 0,
        "bookmarks": 1,
    }
    for name, table in response.context["tables"].items():
        rows = read_csv(author.get(table.csv_url))
        assert rows[1:] == as_text(table.rows), name


def test_reach_csv_holds_only_shown_cells(make_user, post, client_for, settings):
    settings.TEDUH_DEFAULT_COUNTRY = "ID"
    ani = make_user("ani")
    tagged = post(ani, "Tidur cukup #TidurSehat")
    _viewers(make_user, tagged, 10, prefix="en", language="en", country="AU")
    _viewers(make_user, tagged, 9, prefix="id", language="id")
    author = client_for(ani)
    rows = read_csv(author.get("/insights/csv/languages.csv"))
    assert rows[1:] == [["#TidurSehat", "English", "10"]]
    rows = read_csv(author.get("/insights/csv/countries.csv"))
    assert len(rows) == 2 and rows[1][0] == "#TidurSehat" and rows[1][2] == "10"
