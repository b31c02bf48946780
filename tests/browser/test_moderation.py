"""Reporting a post and working the moderation queue in a real browser: a member reports a
post, a moderator hides it from the queue, others no longer see it, and the reporter is told."""

import re

import pytest
from playwright.sync_api import expect

from teduh.moderation.models import Report, ReportState
from teduh.notifications.models import Notification, NotificationType
from teduh.posts.models import StatusState
from teduh.posts.services import StatusDraft, publish_status
from teduh.safety.models import AuditLogEntry

pytestmark = pytest.mark.browser


def test_member_reports_a_post_and_a_moderator_hides_it(
    page, new_context, make_user, log_in, live_server
):
    sari = make_user("sari", display_name="Sari", language="en")
    status = publish_status(sari, StatusDraft(content="Kalian semua bodoh dan tidak berguna"))
    budi = make_user("budi", display_name="Budi", language="en")
    moderator = make_user("moderator", language="en", is_moderator=True)
    citra = make_user("citra", language="en")

    # A member reports the post from its page.
    log_in(page.context, budi)
    page.goto(f"/posts/{status.pk}/")
    page.locator(f"#report-{status.pk}").click()
    expect(page).to_have_url(f"{live_server.url}/posts/{status.pk}/report/")
    expect(page.locator("#report-form")).to_contain_text("Insults, threats, bullying or hate")
    page.get_by_label("Harassment or hate").check()
    page.get_by_label("Anything moderators should know? (optional)").fill("Menghina semua orang")
    page.get_by_role("button", name="Send report").click()
    expect(page).to_have_url(f"{live_server.url}/reports/thanks/")
    expect(page.locator("#report-thanks h1")).to_have_text("Thank you for your report")
    report = Report.objects.get()
    assert (report.category, report.comment) == ("harassment", "Menghina semua orang")

    # A moderator finds it in the queue and hides the post.
    moderation = log_in(new_context(), moderator).new_page()
    moderation.goto("/")
    moderation.locator("#moderation-link").click()
    expect(moderation).to_have_url(f"{live_server.url}/moderation/reports/")
    row = moderation.locator(f"#report-{report.pk}")
    expect(row).to_contain_text("Harassment or hate")
    expect(row).to_contain_text("Kalian semua bodoh")
    row.get_by_role("link", name=re.compile("Review")).click()
    expect(moderation).to_have_url(f"{live_server.url}/moderation/reports/{report.pk}/")
    moderation.locator("#moderation-actions").get_by_role("button", name="Hide the post").click()
    expect(moderation).to_have_url(f"{live_server.url}/moderation/reports/")
    expect(moderation.locator(".messages")).to_contain_text("Hide the post")
    expect(moderation.locator(f"#report-{report.pk}")).to_have_count(0)

    status.refresh_from_db()
    report.refresh_from_db()
    assert status.state == StatusState.HIDDEN
    assert report.state == ReportState.RESOLVED
    assert AuditLogEntry.objects.filter(action="report.hide", actor=moderator).count() == 1
    assert AuditLogEntry.objects.filter(action="report.view", actor=moderator).exists()

    # Others no longer see the post.
    other = log_in(new_context(), citra).new_page()
    other.goto("/public/")
    expect(other.locator(f"#status-{status.pk}")).to_have_count(0)
    response = other.goto(f"/posts/{status.pk}/")
    assert response.status == 404

    # The reporter is told the outcome, privately, without anyone named.
    note = Notification.objects.get(recipient=budi, type=NotificationType.MODERATION)
    assert note.message == (
        "Thank you for your report. A moderator reviewed it and hid the reported post."
    )
    page.goto("/notifications/")
    shown = page.locator(f"#moderation-message-{note.pk}")
    expect(shown).to_contain_text("A moderator reviewed it and hid the reported post.")
    expect(page.locator("main")).not_to_contain_text("Sari")
