"""#ThereIsHelp in a real browser: a person who searches "pengen bundir" from the header is met
with the help card and a helpline at once; "mati lampu lagi" passes untouched. The search page
(with and without the card) and a crisis hashtag page pass axe."""

import importlib

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps
from playwright.sync_api import expect

from teduh.posts.models import ScreeningLevel, Status
from teduh.posts.services import StatusDraft, publish_status

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture
def seeded_helplines(transactional_db):
    """Live-server tests flush the database between tests, seed data included."""
    module = importlib.import_module("teduh.safety.migrations.0002_seed_indonesian_helplines")
    module.seed(apps, None)


def search_from_header(page, query: str) -> None:
    """Type into the header's search box, found as people with assistive technology find it:
    the labelled search box of the site header's search landmark."""
    box = page.locator("header.site-header").get_by_role("search").get_by_role("searchbox")
    expect(box).to_have_count(1)
    expect(box).to_have_attribute("id", "site-search-q")
    assert page.locator('label[for="site-search-q"]').inner_text().strip()
    box.fill(query)
    box.press("Enter")


def test_crisis_search_from_the_header_meets_the_person_with_help(
    page, make_user, log_in, seeded_helplines
):
    log_in(page.context, make_user("sekar", language="id"))
    page.goto("/")
    search_from_header(page, "pengen bundir")

    card = page.locator("#there-is-help")
    expect(card).to_be_visible()
    expect(card.locator(".helpline-name").first).to_contain_text("healing119.id")
    expect(card.locator('a[href="tel:112"]')).to_be_visible()
    expect(card.locator("a.channel").first).to_be_visible()
    # The card is the first thing in the page's content, before the results.
    assert page.evaluate(
        "document.querySelector('#there-is-help').compareDocumentPosition("
        "document.querySelector('#search-results')) & Node.DOCUMENT_POSITION_FOLLOWING"
    )
    expect(page.locator("#site-search-q")).to_have_value("pengen bundir")


def test_ordinary_search_gets_no_card(page, make_user, log_in, seeded_helplines):
    author = make_user("ani")
    post = publish_status(author, StatusDraft(content="Mati lampu lagi, untung ada lilin"))
    Status.objects.filter(pk=post.pk).update(screening_level=ScreeningLevel.NONE)
    log_in(page.context, make_user("sekar", language="id"))
    page.goto("/public/")
    search_from_header(page, "mati lampu lagi")

    expect(page.locator("#search-results")).to_be_visible()
    expect(page.locator(f"#status-{post.pk}")).to_be_visible()
    expect(page.locator("#there-is-help")).to_have_count(0)


def test_search_works_without_javascript_for_signed_out_visitors(new_context, seeded_helplines):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/public/")
    search_from_header(page, "pengen bundir")

    expect(page.locator("#there-is-help")).to_be_visible()
    expect(page.locator("#there-is-help .helpline-name").first).to_contain_text("healing119.id")


def test_search_pages_have_no_serious_axe_violations(page, make_user, log_in, seeded_helplines):
    author = make_user("ani", display_name="Ani Lestari")
    publish_status(author, StatusDraft(content="Malam ini berat #bundir"))
    publish_status(author, StatusDraft(content="Mati lampu lagi, untung ada lilin"))
    log_in(page.context, make_user("sekar", language="id"))
    axe = Axe()
    blocking = {}
    for path in (
        "/search/",
        "/search/?q=pengen+bundir",
        "/search/?q=cara+bunuh+diri",
        "/search/?q=pencegahan+bunuh+diri",
        "/search/?q=mati+lampu+lagi",
        "/search/?q=ani",
        "/tags/bundir/",
    ):
        response = page.goto(path)
        assert response is not None and response.status == 200, path
        for details in page.locator("details").all():
            details.evaluate("element => { element.open = true; }")
        violations = axe.run(page).response["violations"]
        found = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
        if found:
            blocking[path] = [
                (v["id"], v["help"], [n["html"][:120] for n in v["nodes"]]) for v in found
            ]
    assert not blocking, blocking
