import csv
import io
import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from teduh.campaigns import services
from teduh.campaigns.models import Campaign
from teduh.posts.models import ScreeningLevel, Status
from teduh.posts.services import favourite


def rows_of(response) -> list[list[str]]:
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    return list(csv.reader(io.StringIO(response.content.decode())))


def figure(html: str, name: str) -> str:
    match = re.search(rf'<dd id="figure-{name}">([^<]*)</dd>', html)
    assert match, name
    return match.group(1)


@pytest.fixture
def busy_campaign(make_campaign, make_user, post):
    campaign = make_campaign(
        pledge_amount=5000, pledge_cap=12000, sponsor_name="Sponsor Demo (fiktif)"
    )
    people = [make_user(f"member{n}") for n in range(3)]
    for person in people:
        post(person, f"Ikut kampanye, salam dari {person.username} #TemanCerita")
    post(people[0], "Sekali lagi hari ini #TemanCerita")
    favourite(people[1], Status.objects.filter(account=people[0]).first())
    crisis = post(people[2], "Ini berat #TemanCerita")
    Status.objects.filter(pk=crisis.pk).update(screening_level=ScreeningLevel.CRISIS)
    return campaign


def test_campaign_page_shows_the_figures_charts_and_feed(busy_campaign):
    stats = services.campaign_stats(busy_campaign)
    assert (stats.uses, stats.participants, stats.pledged_total) == (3, 3, 12000)
    response = Client().get(f"/campaigns/{busy_campaign.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert figure(html, "uses") == "3"
    assert figure(html, "participants") == "3"
    assert figure(html, "pledged").replace(".", "").replace(",", "") == "12000 IDR"
    assert "Sponsor Demo (fiktif)" in html
    assert html.count('role="img"') == 2  # the two charts
    assert f"/campaigns/{busy_campaign.pk}/uses.csv" in html
    assert f"/campaigns/{busy_campaign.pk}/top-posts.csv" in html
    assert "salam dari member1" in html  # the feed
    assert "Ini berat" not in html  # a crisis post is never highlighted


def test_csv_downloads_match_the_page(busy_campaign):
    client = Client(headers={"Accept-Language": "en"})  # English column names
    stats = services.campaign_stats(busy_campaign)
    uses = rows_of(client.get(f"/campaigns/{busy_campaign.pk}/uses.csv"))
    assert len(uses) - 1 == len(stats.per_day)
    assert sum(int(row[1]) for row in uses[1:]) == stats.uses == 3
    summary = rows_of(client.get(f"/campaigns/{busy_campaign.pk}/summary.csv"))
    header, row = summary
    values = dict(zip(header, row, strict=True))
    assert values["Counted uses"] == "3"
    assert values["Participants"] == "3"
    assert values["Pledged total"] == "12000"
    top = rows_of(client.get(f"/campaigns/{busy_campaign.pk}/top-posts.csv"))
    assert len(top) == 2 and top[1][1] == "1"
    assert client.get("/campaigns/999999/uses.csv").status_code == 404


def test_list_separates_running_and_finished(make_campaign):
    make_campaign(title_id="Sedang jalan")
    make_campaign(
        title_id="Sudah selesai",
        starts_at=timezone.now() - timedelta(days=30),
        ends_at=timezone.now() - timedelta(days=20),
    )
    html = Client().get("/campaigns/").content.decode()
    running, finished = html.split('id="finished-heading"')
    assert "Sedang jalan" in running and "Sudah selesai" not in running
    assert "Sudah selesai" in finished
    assert 'href="/campaigns/"' in html  # the main navigation links here


def test_badge_shows_only_while_the_campaign_runs(make_campaign, make_user, post):
    campaign = make_campaign()
    status = post(make_user("writer"), "Halo #TemanCerita dan #LainLagi")
    stored = status.content_html
    html = Client().get("/public/").content.decode()
    badge = f'href="/campaigns/{campaign.pk}/" class="campaign-badge"'
    assert html.count(badge) == 1
    assert "💚" in html
    Campaign.objects.filter(pk=campaign.pk).update(ends_at=timezone.now() - timedelta(seconds=1))
    html = Client().get("/public/").content.decode()
    assert badge not in html
    status.refresh_from_db()
    assert status.content_html == stored  # nothing stored changes


def test_create_and_edit_forms(organiser, make_user, client_for):
    organiser.language = "en"  # the form errors below are asserted in English
    organiser.save(update_fields=["language"])
    client = client_for(organiser)
    assert client.get("/campaigns/new/").status_code == 200
    data = {
        "title_id": "Teman Cerita",
        "title_en": "Story Friends",
        "description_id": "Ceritakan harimu.",
        "description_en": "Tell us about your day.",
        "hashtags": "#TemanCerita",
        "starts_at": "2026-01-10T09:00",
        "ends_at": "2026-01-05T09:00",
        "emoji": "💚",
        "pledge_currency": "IDR",
    }
    refused = client.post("/campaigns/new/", data)
    assert refused.status_code == 200
    assert "The end must be after the start." in refused.content.decode()
    assert not Campaign.objects.exists()
    data["ends_at"] = "2026-02-10T09:00"
    created = client.post("/campaigns/new/", data)
    campaign = Campaign.objects.get()
    assert created.status_code == 302 and created["Location"] == f"/campaigns/{campaign.pk}/"
    assert campaign.organiser == organiser
    assert timezone.localtime(campaign.starts_at).hour == 9  # in Asia/Jakarta

    edit = client.get(f"/campaigns/{campaign.pk}/edit/")
    assert 'value="2026-01-10T09:00"' in edit.content.decode()
    data["title_en"] = "Story Friends, again"
    assert client.post(f"/campaigns/{campaign.pk}/edit/", data).status_code == 302
    campaign.refresh_from_db()
    assert campaign.title_en == "Story Friends, again"

    member = client_for(make_user("member"))
    assert member.get("/campaigns/new/").status_code == 403
    assert member.post(f"/campaigns/{campaign.pk}/edit/", data).status_code == 403
    other_pro = client_for(make_user("pro2", is_verified_professional=True))
    assert other_pro.get(f"/campaigns/{campaign.pk}/edit/").status_code == 403
    assert Client().get("/campaigns/new/").status_code == 302  # to the login page
