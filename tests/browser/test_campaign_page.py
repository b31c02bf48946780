"""A campaign page in a real browser: the live figures, both charts with their data tables and
CSV links, the badge next to the hashtag in the feed, and no serious axe violations."""

import re
from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect

from teduh.campaigns import services
from teduh.campaigns.services import CampaignDraft
from teduh.posts.models import Status
from teduh.posts.services import StatusDraft, delete_status, favourite, publish_status

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}


def blocking_violations(page) -> list:
    violations = Axe().run(page).response["violations"]
    return [
        (v["id"], v["help"], [n["html"][:120] for n in v["nodes"]])
        for v in violations
        if v["impact"] in BLOCKING_IMPACTS
    ]


@pytest.fixture
def campaign(transactional_db, make_user):
    organiser = make_user("bu_guru", is_verified_professional=True, display_name="Bu Guru")
    now = timezone.now()
    campaign = services.create_campaign(
        organiser,
        CampaignDraft(
            title_id="Teman Cerita",
            title_en="Story Friends",
            description_id="Ceritakan bagaimana temanmu menemanimu.",
            description_en="Tell us how a friend kept you company.",
            hashtags="#TemanCerita",
            starts_at=now - timedelta(days=6),
            ends_at=now + timedelta(days=6),
            emoji="🌱",
            pledge_amount=2000,
            pledge_cap=5000,
            sponsor_name="Sponsor Fiktif",
        ),
    )
    people = [make_user(f"teman{n}") for n in range(4)]
    statuses = [
        publish_status(person, StatusDraft(content=f"Cerita dari {person.username} #TemanCerita"))
        for person in people
    ]
    Status.objects.filter(pk=statuses[0].pk).update(created_at=now - timedelta(days=2))
    favourite(people[1], statuses[0])
    delete_status(people[3], statuses[3])  # deleted: no longer counted
    return campaign


def test_campaign_page_figures_charts_and_csv(page, campaign):
    stats = services.campaign_stats(campaign)
    assert (stats.uses, stats.participants, stats.pledged_total) == (3, 3, 5000)
    page.goto(f"/campaigns/{campaign.pk}/")
    expect(page.locator("h1")).to_contain_text("Teman Cerita")
    expect(page.locator("#figure-uses")).to_have_text("3")
    expect(page.locator("#figure-participants")).to_have_text("3")
    expect(page.locator("#figure-pledged")).to_contain_text("5")
    expect(page.locator("#figure-pledged")).to_contain_text("IDR")
    expect(page.locator("#pledge-terms")).to_contain_text("Sponsor Fiktif")

    charts = page.locator("figure.chart")
    expect(charts).to_have_count(2)
    line = charts.nth(0)
    expect(line.locator("svg[role=img] title")).to_have_count(1)
    expect(line.locator("table.chart-table")).to_be_attached()
    # One row per day of the window so far, and the counted uses add up.
    cells = line.locator("table.chart-table tbody td").all_inner_texts()
    assert sum(int(cell) for cell in cells) == 3
    csv_link = line.locator("a.chart-csv")
    expect(csv_link).to_have_attribute("href", f"/campaigns/{campaign.pk}/uses.csv")
    with page.expect_download() as download_info:
        csv_link.click()
    csv_text = open(download_info.value.path(), encoding="utf-8").read()  # noqa: PTH123, SIM115
    assert sum(int(line.split(",")[1]) for line in csv_text.splitlines()[1:]) == 3

    top = charts.nth(1)
    expect(top.locator("table.chart-table tbody tr")).to_have_count(1)
    expect(top.locator("a.chart-csv")).to_have_attribute(
        "href", f"/campaigns/{campaign.pk}/top-posts.csv"
    )

    # The feed shows the posts with the campaign's badge after the hashtag.
    feed = page.locator(".campaign-feed")
    expect(feed.locator("article")).to_have_count(3)
    expect(feed.locator("a.campaign-badge").first).to_have_text("🌱")
    assert blocking_violations(page) == []


def test_campaign_list_and_nav(page, campaign):
    page.goto("/")
    page.locator("a.campaigns-link").first.click()
    expect(page).to_have_url(re.compile(r"/campaigns/$"))
    expect(page.locator("#running-heading")).to_be_visible()
    page.get_by_role("link", name="Teman Cerita").click()
    expect(page.locator("#figure-uses")).to_have_text("3")
    assert blocking_violations(page) == []
