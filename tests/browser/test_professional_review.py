"""A member applies as a professional with a PDF, a moderator approves it in the review
queue, and the member's posts then carry the verified label with the profession."""

import re

import pytest
from playwright.sync_api import expect

from teduh.notifications.models import Notification, NotificationType
from teduh.posts.services import StatusDraft, publish_status
from teduh.professionals.models import ApplicationState, ProfessionalApplication
from teduh.safety.models import AuditLogEntry

pytestmark = pytest.mark.browser

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


def test_member_applies_and_a_moderator_approves(page, new_context, make_user, log_in, live_server):
    sari = make_user("sari", display_name="Sari Dewi", language="en")
    moderator = make_user("moderator", language="en", is_moderator=True)
    reader = make_user("ani", language="en")

    # The member finds "Apply as a professional" in their settings and applies.
    log_in(page.context, sari)
    page.goto("/settings/profile/")
    page.get_by_role("link", name="Apply as a professional").click()
    expect(page).to_have_url(f"{live_server.url}/professionals/apply/")
    page.get_by_label("Psychologist").check()
    page.get_by_label("Licence or registration number").fill("SIPP 0123-45-2-1")
    page.get_by_label("Institution").fill("Biro Psikologi Teduh")
    page.get_by_label("City").fill("Bandung")
    page.get_by_label("Bahasa Indonesia").check()
    page.get_by_label("Anxiety").check()
    page.get_by_label("Proof of your profession").set_input_files(
        {"name": "sipp.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.get_by_role("button", name="Send application").click()
    expect(page.locator(".messages")).to_contain_text("your application was sent")
    expect(page.locator("#application-state")).to_have_text("Submitted")
    application = ProfessionalApplication.objects.get()
    assert application.proof_content_type == "application/pdf"

    # A moderator opens the queue from the nav, looks at the proof, and approves.
    review = log_in(new_context(), moderator).new_page()
    review.goto("/")
    review.locator("#professional-review-link").click()
    expect(review).to_have_url(f"{live_server.url}/moderation/professionals/")
    row = review.locator(f"#application-{application.pk}")
    expect(row).to_contain_text("Psychologist")
    row.get_by_role("link").first.click()
    expect(review.locator("#application-licence")).to_have_text("SIPP 0123-45-2-1")
    proof = review.request.get(review.locator("#proof-link").get_attribute("href"))
    assert proof.status == 200 and proof.body() == PDF
    review.get_by_label("Message to the applicant").fill("Welcome to Teduh!")
    review.get_by_role("button", name="Approve").click()
    expect(review).to_have_url(f"{live_server.url}/moderation/professionals/")
    expect(review.locator(".messages")).to_contain_text("Approved")

    application.refresh_from_db()
    assert application.state == ApplicationState.APPROVED
    assert set(AuditLogEntry.objects.filter(actor=moderator).values_list("action", flat=True)) >= {
        "professional_application.queue.view",
        "professional_application.view",
        "professional_application.proof.view",
        "professional_application.approve",
    }
    assert Notification.objects.filter(
        recipient=sari, type=NotificationType.MODERATION, message__contains="Welcome to Teduh!"
    ).exists()

    # The member's post now shows the label; a reader sees it too.
    status = publish_status(sari, StatusDraft(content="Tiga cara menenangkan cemas sebelum ujian"))
    reading = log_in(new_context(), reader).new_page()
    reading.goto(f"/posts/{status.pk}/")
    label = reading.locator(f"#status-{status.pk}-verified")
    expect(label).to_have_text(re.compile(r"Verified professional · Psychologist"))
    expect(reading.locator(f"#status-{status.pk}")).to_have_class(re.compile("status-professional"))
    page.goto("/notifications/")
    expect(page.locator(".notifications")).to_contain_text("Welcome to Teduh!")


def test_professional_pages_have_no_serious_axe_violations(new_context, make_user, log_in):
    from axe_playwright_python.sync_playwright import Axe

    from teduh.professionals import services

    member = make_user("ani", language="en")
    moderator = make_user("moderator", language="en", is_moderator=True)
    sinta = make_user("sinta", display_name="Bu Sinta", language="en")
    application = services.submit_application(
        sinta,
        services.ApplicationDraft(
            profession="psychologist",
            licence_number="SIPP 1",
            institution="Biro",
            city="Bandung",
            languages=["id"],
            topics=["anxiety"],
        ),
        _pdf_upload(),
    )
    pending = services.submit_application(
        member,
        services.ApplicationDraft(
            profession="counselor", institution="SMA 1", city="Jakarta", languages=["id"]
        ),
        _pdf_upload(),
    )
    services.approve(moderator, application)
    sinta.refresh_from_db()
    services.update_profile(sinta, listed=True, contact_text="WA 0812", available_online=True)
    topic = services.create_topic(sinta, "Kasus tersamar", "Remaja, 15 tahun, cemas.")
    services.add_reply(sinta, topic, "Coba grounding.")

    axe = Axe()
    pages = {
        sinta: [
            "/professionals/",
            "/settings/professional/",
            "/professionals/board/",
            "/professionals/board/new/",
            f"/professionals/board/{topic.pk}/",
        ],
        member: ["/professionals/apply/"],  # where the application stands
        make_user("newcomer", language="en"): ["/professionals/apply/"],  # the form
        moderator: ["/moderation/professionals/", f"/moderation/professionals/{pending.pk}/"],
    }
    blocking = {}
    for user, paths in pages.items():
        page = log_in(new_context(), user).new_page()
        for path in paths:
            page.goto(path)
            violations = axe.run(page).response["violations"]
            found = [v["id"] for v in violations if v["impact"] in {"serious", "critical"}]
            if found:
                blocking[path] = found
    assert not blocking, blocking


def _pdf_upload():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("proof.pdf", PDF, "application/pdf")
