"""Conversation trends: aggregates only, k-anonymity (k = 10), growth between the first and the
last period, CSV equal to the page, and who may see them."""

import csv
import datetime as dt
import io
import re
from html import unescape

import pytest
from django.contrib.auth.models import Group

from teduh.posts.models import Status
from teduh.trends.conversations import Cell, conversation_trends, growth_percent

pytestmark = pytest.mark.django_db

JAN, FEB, MAR = dt.date(2024, 1, 10), dt.date(2024, 2, 10), dt.date(2024, 3, 10)
RANGE = {"granularity": "month", "start": dt.date(2024, 1, 1), "end": dt.date(2024, 3, 31)}


def on(status: Status, day: dt.date) -> Status:
    when = dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)
    Status.objects.filter(pk=status.pk).update(created_at=when)
    return status


@pytest.fixture
def talk(crowd, post):
    """Anxiety: January 10 people / 12 posts, February 9 people, March 10 people / 15 posts.
    Depression (#depresi, English): 10 people in January only."""
    people = crowd(12)
    for person in people[:10]:
        on(post(person, "Aku cemas soal ujian"), JAN)
    for person in people[:2]:
        on(post(person, "Masih gelisah"), JAN)
    for person in people[:9]:
        for _ in range(2):
            on(post(person, "Kecemasan lagi"), FEB)
    for person in people[:10]:
        on(post(person, "Panic attack lagi, cemas"), MAR)
    for person in people[:5]:
        on(post(person, "cemas"), MAR)
    for person in people[:10]:
        on(post(person, "Feeling low #depresi", language="en"), JAN)
    on(post(people[11], "Aku cemas", visibility="private"), JAN)  # not counted
    return people


def cells(report, key):
    return {
        c.period: (c.posts, c.accounts)
        for t in report.topics
        if t.topic.key == key
        for c in t.cells
    }


def test_k_suppression_at_9_and_10_accounts(talk):
    report = conversation_trends(**RANGE, topics=["anxiety"])
    assert report.periods == ["2024-01", "2024-02", "2024-03"]
    assert cells(report, "anxiety") == {
        "2024-01": (12, 10),
        "2024-02": (None, None),  # 9 people, 18 posts: held back
        "2024-03": (15, 10),
    }
    trend = report.topics[0]
    assert [c.posts_display for c in trend.cells] == ["12", "<10", "15"]


def test_growth_between_first_and_last_period(talk):
    report = conversation_trends(**RANGE, topics=["anxiety", "depression"])
    growth = {t.topic.key: t.growth for t in report.topics}
    assert growth == {"anxiety": 25.0, "depression": None}  # March depression is suppressed
    assert report.topics[0].growth_display == "+25.0%"
    assert growth_percent(Cell("a", 20, 10), Cell("b", 17, 12)) == -15.0
    assert growth_percent(Cell("a", None, None), Cell("b", 17, 12)) is None


def test_language_filter_and_granularity(talk):
    english = conversation_trends(**RANGE, topics=["depression", "anxiety"], language="en")
    assert cells(english, "depression")["2024-01"] == (10, 10)
    assert cells(english, "anxiety")["2024-01"] == (None, None)
    yearly = conversation_trends(
        granularity="year",
        start=dt.date(2024, 1, 1),
        end=dt.date(2024, 12, 31),
        topics=["anxiety"],
    )
    assert cells(yearly, "anxiety") == {"2024": (45, 10)}
    weekly = conversation_trends(
        granularity="week",
        start=dt.date(2024, 1, 8),
        end=dt.date(2024, 1, 14),
        topics=["anxiety"],
    )
    assert cells(weekly, "anxiety") == {"2024-01-08": (12, 10)}


def test_bad_arguments_raise():
    with pytest.raises(ValueError):
        conversation_trends(**{**RANGE, "granularity": "day"})
    with pytest.raises(ValueError):
        conversation_trends(**RANGE, topics=["astrology"])


def page_rows(html: str) -> list[list[str]]:
    rows = re.findall(
        r'<tr data-topic="(\w+)" data-period="([\w-]+)"><th scope="row">[^<]*</th><td>[^<]*</td>'
        r'<td class="posts">([^<]*)</td><td class="accounts">([^<]*)</td></tr>',
        html,
    )
    return [
        [period, topic, unescape(posts), unescape(accounts)]
        for topic, period, posts, accounts in rows
    ]


def test_page_and_csv_show_the_same_numbers(talk, make_user, client_for):
    moderator = make_user("moder", is_moderator=True)
    client = client_for(moderator)
    query = "granularity=month&start=2024-01-01&end=2024-03-31&topic=anxiety&topic=depression"

    page = client.get(f"/insights/conversations/?{query}")
    assert page.status_code == 200
    html = page.content.decode()
    shown = page_rows(html)
    assert len(shown) == 6
    volume = client.get(f"/insights/conversations/volume.csv?{query}")
    assert volume["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(volume.content.decode())))
    assert table[0] == ["period", "topic", "language", "posts", "accounts"]
    assert [[r[0], r[1], r[3], r[4]] for r in table[1:]] == shown
    assert ["2024-02", "anxiety", "all", "<10", "<10"] in table
    assert 'id="growth-table"' in html and "+25.0%" in html

    growth = client.get(f"/insights/conversations/growth.csv?{query}")
    rows = list(csv.reader(io.StringIO(growth.content.decode())))
    assert rows[1] == ["anxiety", "all", "2024-01", "2024-03", "12", "15", "25.0"]
    assert rows[2] == ["depression", "all", "2024-01", "2024-03", "10", "<10", ""]
    # Never an individual post or person.
    assert "ujian" not in html and talk[0].username not in html


def test_access_control(make_user, client_for, client):
    member = make_user("biasa")
    researcher = make_user("peneliti")
    researcher.groups.add(Group.objects.get_or_create(name="researchers")[0])
    staff = make_user("staf", is_staff=True)

    assert client.get("/insights/conversations/").status_code == 302
    assert client_for(member).get("/insights/conversations/").status_code == 403
    assert client_for(member).get("/insights/conversations/volume.csv").status_code == 403
    assert client_for(researcher).get("/insights/conversations/").status_code == 200
    assert client_for(researcher).get("/insights/conversations/growth.csv").status_code == 200
    assert client_for(staff).get("/insights/conversations/").status_code == 200


def test_bad_filters_fall_back_to_defaults(make_user, client_for):
    client = client_for(make_user("moder", is_moderator=True))
    response = client.get("/insights/conversations/?granularity=day&start=kemarin&topic=x")
    assert response.status_code == 200
