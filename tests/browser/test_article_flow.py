"""The Wellbeing Center in a real browser: a professional writes an article, another
professional approves it, and readers find it in the center with the author's verified badge.
axe-core checks the center, the library and the article page."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from teduh.safety.models import AuditLogEntry
from teduh.wellbeing.models import Article, ArticleState
from tests.browser.test_accessibility import BLOCKING_IMPACTS, _format

pytestmark = pytest.mark.browser


@pytest.fixture
def professionals(make_user):
    author = make_user("bu_ratna", display_name="Ratna Wulandari", is_verified_professional=True)
    reviewer = make_user(
        "psikolog_dimas", display_name="Dimas Pradipta", is_verified_professional=True
    )
    return author, reviewer


def test_write_review_and_publish_an_article(new_context, log_in, professionals, live_server):
    author, reviewer = professionals

    # The author writes the article and sends it for review.
    writer = log_in(new_context(), author).new_page()
    writer.goto("/wellbeing/")
    writer.locator("a[href='/wellbeing/articles/new/']").click()
    writer.locator("#id_title").fill("Tidur dan suasana hati")
    writer.locator("#id_language").select_option("id")
    writer.locator("#id_summary").fill("Kenapa tidur cukup penting untuk kesehatan mental.")
    writer.locator("#id_body").fill(
        "## Kenapa tidur penting\n\nTidur yang cukup membantu **suasana hati** tetap stabil.\n\n"
        "- tidur dan bangun di jam yang sama\n- kurangi layar sebelum tidur"
    )
    writer.locator("input[name=topics][value=stress]").check()
    writer.locator("#id_references").fill(
        "World Health Organization. Depression. | "
        "https://www.who.int/news-room/fact-sheets/detail/depression"
    )
    writer.locator("#submit-for-review").click()
    expect(writer).to_have_url(f"{live_server.url}/wellbeing/articles/mine/")
    article = Article.objects.get()
    assert article.state == ArticleState.IN_REVIEW
    expect(writer.locator(f"#my-article-{article.pk} .tag")).to_be_visible()

    # Not in the library yet, and the author has nothing to review.
    reader = new_context().new_page()
    reader.goto("/wellbeing/library/")
    expect(reader.locator("#library-empty")).to_be_visible()
    writer.goto("/wellbeing/review/")
    expect(writer.locator(f"a[href='/wellbeing/review/{article.pk}/']")).to_have_count(0)

    # Another professional approves it from the review queue.
    second = log_in(new_context(), reviewer).new_page()
    second.goto("/wellbeing/review/")
    second.locator(f"a[href='/wellbeing/review/{article.pk}/']").click()
    expect(second.locator(".article-body strong")).to_have_text("suasana hati")
    second.locator("input[name=decision][value=approve]").check()
    second.locator("#review-form button[type=submit]").click()
    expect(second).to_have_url(f"{live_server.url}/wellbeing/review/")
    article.refresh_from_db()
    assert article.state == ArticleState.PUBLISHED and article.reviewer == reviewer
    assert AuditLogEntry.objects.filter(action="wellbeing.article.approve").count() == 1

    # A visitor finds it in the Wellbeing Center through the main navigation.
    reader.goto("/public/")
    reader.locator("nav a[href='/wellbeing/']").first.click()
    expect(reader).to_have_url(f"{live_server.url}/wellbeing/")
    card = reader.locator(".article-card", has_text="Tidur dan suasana hati")
    expect(card.locator(".verified")).to_be_visible()
    card.get_by_role("link", name="Tidur dan suasana hati").click()
    expect(reader).to_have_url(re.compile(r"/wellbeing/library/tidur-dan-suasana-hati/$"))
    expect(reader.locator("h1")).to_have_text("Tidur dan suasana hati")
    expect(reader.locator("#article-author")).to_contain_text("Ratna Wulandari")
    expect(reader.locator("#article-author .verified")).to_be_visible()
    expect(reader.locator("#article-reviewer")).to_contain_text("Dimas Pradipta")
    expect(reader.locator("#article-last-reviewed")).to_be_visible()
    expect(reader.locator(".article-body h2")).to_have_text("Kenapa tidur penting")


def test_wellbeing_pages_have_no_serious_axe_violations(page, professionals, log_in):
    from teduh.wellbeing import services
    from tests.wellbeing.conftest import draft

    author, reviewer = professionals
    original = services.create_article(author, draft())
    services.submit_for_review(author, original)
    services.approve_article(reviewer, original)
    english = services.create_article(
        author, draft(title="Recognising anxiety", language="en", translation_of=original)
    )
    services.submit_for_review(author, english)
    services.approve_article(reviewer, english)
    collection = services.save_collection(
        author,
        None,
        title="Bacaan pilihan",
        description="Untuk mulai.",
        language="id",
        items=[services.ItemData("book", "Filosofi Teras", "Henry Manampiring", "", "Ringan.")],
    )
    pending = services.create_article(author, draft(title="Menunggu tinjauan"))
    services.submit_for_review(author, pending)

    axe = Axe()
    log_in(page.context, reviewer)
    blocking = {}
    for path in (
        "/wellbeing/",
        "/wellbeing/library/",
        f"/wellbeing/library/{original.slug}/",
        f"/wellbeing/library/{english.slug}/",
        "/wellbeing/collections/",
        f"/wellbeing/collections/{collection.pk}/",
        "/wellbeing/articles/new/",
        "/wellbeing/review/",
        f"/wellbeing/review/{pending.pk}/",
    ):
        response = page.goto(path)
        assert response is not None and response.status == 200, path
        violations = axe.run(page).response["violations"]
        found = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
        if found:
            blocking[path] = found
    assert not blocking, "\n".join(f"{p}:\n{_format(v)}" for p, v in blocking.items())
