"""The care layer in a real browser: the supportive card after a crisis post, a reader's worry
reaching the author as a private message, and a professional working the care queue."""

import importlib
import re

import pytest
from django.apps import apps
from playwright.sync_api import expect

from teduh.notifications.models import Notification
from teduh.posts.services import StatusDraft, publish_status
from teduh.safety.models import AuditLogEntry, CareQueueItem, Helpline, WorriedFlag

pytestmark = pytest.mark.browser


@pytest.fixture
def seeded_helplines(transactional_db):
    """Live-server tests flush the database between tests, seed data included."""
    if not Helpline.objects.exists():
        module = importlib.import_module("teduh.safety.migrations.0002_seed_indonesian_helplines")
        module.seed(apps, None)


def post_from_home(page, text):
    page.goto("/")
    page.locator("#id_content").fill(text)
    page.locator("main form.composer button[type=submit]").click()


def test_supportive_card_after_a_crisis_post_and_none_after_an_ordinary_one(
    page, make_user, log_in, seeded_helplines
):
    log_in(page.context, make_user("ani", language="id"))

    post_from_home(page, "aku pengen bundir")
    card = page.locator("#supportive-card")
    expect(card).to_be_visible()
    expect(card.locator("ul.helplines li").first).to_contain_text("healing119")
    expect(card.locator("#talk-to-counselor")).to_have_attribute(
        "href", "/help/#talk-to-a-counselor"
    )
    # The post itself is published, not silenced.
    expect(
        page.locator("article.status").filter(has_text="aku pengen bundir").first
    ).to_be_visible()

    post_from_home(page, "mati lampu lagi")
    expect(page.locator("article.status").filter(has_text="mati lampu lagi").first).to_be_visible()
    expect(page.locator("#supportive-card")).to_have_count(0)


def test_worried_flag_reaches_the_author_without_naming_the_reader(
    page, new_context, make_user, log_in, seeded_helplines
):
    author = make_user("ani", display_name="Ani", language="en")
    status = publish_status(author, StatusDraft(content="hari ini berat banget, capek semuanya"))
    log_in(page.context, make_user("budi", display_name="Budi Pembaca", language="en"))

    page.goto(f"/posts/{status.pk}/")
    page.locator(f'#actions-{status.pk} a[href="/posts/{status.pk}/worried/"]').click()
    expect(page.locator("#worried-confirm")).to_contain_text("never told who you are")
    page.locator("#worried-submit").click()
    expect(page.locator("#worried-confirm .message.success")).to_be_visible()
    assert WorriedFlag.objects.filter(status=status).count() == 1

    author_page = log_in(new_context(), author).new_page()
    author_page.goto("/notifications/")
    message = author_page.locator(".support-message").first
    expect(message).to_be_visible()
    expect(message).to_contain_text("Someone who read your post is thinking of you")
    expect(message.locator(".help-card")).to_be_visible()
    expect(author_page.locator("main")).not_to_contain_text("Budi")
    expect(author_page.locator("main")).not_to_contain_text("budi")


def test_professional_claims_and_resolves_a_queue_item(page, make_user, log_in, live_server):
    author = make_user("rahasia", display_name="Nama Asli", language="en")
    status = publish_status(author, StatusDraft(content="aku pengen bundir", anonymous=True))
    item = CareQueueItem.objects.get(status=status)
    worker = make_user("sinta", display_name="Bu Sinta", language="en")
    worker.is_verified_professional = True
    worker.save()
    log_in(page.context, worker)

    page.goto("/")
    page.locator("#care-queue-link").click()
    row = page.locator(f"#care-item-{item.pk}")
    expect(row).to_contain_text("aku pengen bundir")
    expect(page.locator("main")).not_to_contain_text("Nama Asli")
    row.get_by_role("link").click()
    expect(page).to_have_url(re.compile(rf"/care/{item.pk}/$"))

    page.locator("#care-claim").click()
    expect(page.locator("#claimed-by")).to_have_text("Bu Sinta")
    page.locator("#care-reach-out textarea").fill("Halo, aku Sinta. Aku di sini kalau mau cerita.")
    page.locator("#care-reach-out button[type=submit]").click()
    expect(page.locator(".messages .message.success")).to_be_visible()
    page.locator("#care-resolve select").select_option("reached_out")
    page.locator("#care-resolve button[type=submit]").click()
    expect(page.locator("#care-outcome")).to_contain_text("Reached out to the author")

    item.refresh_from_db()
    assert (item.outcome, item.resolved_by) == ("reached_out", worker)
    message = Notification.objects.get(recipient=author, type="care")
    assert message.actor == worker
    logged = set(AuditLogEntry.objects.filter(actor=worker).values_list("action", flat=True))
    assert {"care.queue.view", "care.item.view", "care.item.claim", "care.item.resolve"} <= logged
