"""The insights page in a real browser: totals, a chart with its data table and a CSV link,
a post's own page, and no serious axe violations."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from teduh.accounts.services import follow
from teduh.insights import services
from teduh.insights.models import StatusView
from teduh.posts.services import StatusDraft, favourite, publish_status

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture
def author(make_user):
    ani = make_user("ani", display_name="Ani Lestari")
    first = publish_status(ani, StatusDraft(content="Jalan pagi itu menenangkan #JalanSehat"))
    publish_status(ani, StatusDraft(content="Cerita tanpa nama", anonymous=True))
    today = timezone.localdate()
    for n in range(12):
        reader = make_user(f"pembaca{n}", language="en" if n < 10 else "id")
        StatusView.objects.create(
            status=first, viewer_key=f"u{reader.pk}", viewer=reader, day=today - timedelta(n % 3)
        )
        if n < 3:
            favourite(reader, first)
        if n < 2:
            follow(reader, ani)
    return ani, first


def blocking(page) -> list[str]:
    violations = Axe().run(page).response["violations"]
    return [f"{v['id']}: {v['help']}" for v in violations if v["impact"] in BLOCKING_IMPACTS]


def test_insights_page(page, author, log_in, live_server):
    ani, first = author
    log_in(page.context, ani)
    page.goto("/")
    page.locator("#insights-link").click()
    page.wait_for_url("**/insights/")
    totals = services.daily_series(ani, 30).totals
    assert totals["views"] == 12 and totals["favourites"] == 3 and totals["new_followers"] == 2
    shown = page.locator("#insights-totals")
    for metric in ("views", "favourites", "new_followers"):
        value = shown.locator(f'[data-metric="{metric}"] dd').inner_text()
        assert value == str(totals[metric])

    chart = page.locator("#chart-views figure")
    assert chart.locator('svg[role="img"] title').count() == 1
    assert chart.locator("table.chart-table tbody tr").count() == 30
    csv_link = chart.locator("a.chart-csv")
    assert csv_link.get_attribute("href") == "/insights/csv/views.csv?days=30"
    download = page.request.get(live_server.url + csv_link.get_attribute("href"))
    assert download.status == 200
    lines = download.text().strip().splitlines()
    assert len(lines) == 31 and sum(int(line.split(",")[1]) for line in lines[1:]) == 12

    # "Which topics reach whom": the ten English readers form a group; the two others don't.
    languages = page.locator("#table-languages table")
    assert languages.locator("tbody tr").count() == 1
    assert "10" in languages.locator("tbody tr td").last.inner_text()

    assert blocking(page) == []

    # The period switch and a post's own page.
    page.select_option("#insights-days", "90")
    page.get_by_role("button", name="Tampilkan").click()
    page.wait_for_url("**/insights/?days=90")
    assert page.locator("#chart-views table.chart-table tbody tr").count() == 90
    page.locator(f'#table-posts a[href="/insights/posts/{first.pk}/"]').click()
    page.wait_for_url(f"**/insights/posts/{first.pk}/")
    assert page.locator('#post-totals [data-metric="views"] dd').inner_text() == "12"
    assert page.locator("#chart-views a.chart-csv").count() == 1
    assert blocking(page) == []


def test_someone_elses_post_is_not_found(page, author, make_user, log_in, live_server):
    _ani, first = author
    log_in(page.context, make_user("budi"))
    response = page.goto(f"/insights/posts/{first.pk}/")
    assert response.status == 404
