"""Applying as a professional and the moderators' review: validation, private proofs, the
audit log, notifications, and what approval gives (badge, profession, care queue)."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from PIL import Image

from teduh.notifications.models import Notification, NotificationType
from teduh.professionals import services
from teduh.professionals.models import (
    ApplicationState,
    ProfessionalApplication,
    ProfessionalProfile,
)
from teduh.safety.models import AuditLogEntry
from tests.helpers import jpeg_bytes, text_as_jpeg
from tests.professionals.conftest import PDF, draft, pdf_upload

pytestmark = pytest.mark.django_db


def form_data(**overrides) -> dict:
    data = {
        "profession": "psychologist",
        "licence_number": "SIPP 0123-45-2-1",
        "institution": "Biro Psikologi Teduh",
        "city": "Bandung",
        "languages": ["id", "en"],
        "topics": ["anxiety"],
        "proof": pdf_upload(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def audit_actions(actor) -> list[str]:
    return list(
        AuditLogEntry.objects.filter(actor=actor).order_by("pk").values_list("action", flat=True)
    )


# Applying ---------------------------------------------------------------------------------------


def test_member_applies_through_the_web_form(make_user, client_for):
    sari = make_user("sari")
    client = client_for(sari)
    assert client.get("/professionals/apply/").status_code == 200

    response = client.post("/professionals/apply/", form_data())

    assert response.status_code == 302
    application = ProfessionalApplication.objects.get()
    assert application.applicant == sari
    assert application.state == ApplicationState.SUBMITTED
    assert (application.profession, application.licence_number) == (
        "psychologist",
        "SIPP 0123-45-2-1",
    )
    assert (application.institution, application.city) == ("Biro Psikologi Teduh", "Bandung")
    assert application.language_list == ["id", "en"]
    assert application.topic_list == ["anxiety"]
    assert application.proof_content_type == "application/pdf"
    page = client.get("/professionals/apply/")
    assert 'id="application-waiting"' in page.content.decode()
    assert 'id="application-form"' not in page.content.decode()
    assert page.context["application"] == application


def test_signed_out_visitors_are_sent_to_log_in(client):
    response = client.get("/professionals/apply/")
    assert response.status_code == 302
    assert response["Location"].startswith("/auth/login/")


def test_proof_is_stored_privately_outside_media_root(make_user, apply_as, client):
    application = apply_as(make_user("sari"))
    stored = Path(application.proof.path).resolve()
    private_root = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    media_root = Path(settings.MEDIA_ROOT).resolve()

    assert stored.is_relative_to(private_root)
    assert not stored.is_relative_to(media_root)
    assert not private_root.is_relative_to(media_root)
    assert stored.read_bytes() == PDF
    assert "sipp" not in stored.name  # the uploader's file name is not kept
    assert client.get(f"/media/{application.proof.name}").status_code == 404
    with pytest.raises(ValueError):
        application.proof.url  # noqa: B018 - a private file has no public address


def test_image_proof_is_reencoded_without_metadata(make_user):
    upload = SimpleUploadedFile("str.jpg", jpeg_bytes(gps=True), "image/jpeg")
    application = services.submit_application(make_user("sari"), draft(), upload)

    assert application.proof_content_type == "image/jpeg"
    data = Path(application.proof.path).read_bytes()
    assert b"KameraRahasia" not in data
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG"
        assert not image.getexif()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("sipp.pdf", b"<html><script>x</script></html>", "application/pdf"),
            "PDF",
        ),
        (text_as_jpeg(), "PDF"),
        (SimpleUploadedFile("sipp.docx", b"PK\x03\x04 word document", "application/msword"), "PDF"),
        (
            SimpleUploadedFile(
                "big.pdf", b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024), "application/pdf"
            ),
            "5 MB",
        ),
    ],
    ids=["html-named-pdf", "text-named-jpeg", "word-document", "too-large"],
)
def test_bad_proof_files_are_refused(make_user, upload, message):
    with pytest.raises(ValidationError) as caught:
        services.submit_application(make_user("sari"), draft(), upload)
    assert set(caught.value.error_dict) == {"proof"}
    assert message in caught.value.messages[0]
    assert not ProfessionalApplication.objects.exists()


def test_bad_file_type_through_the_form_shows_the_error(make_user, client_for):
    client = client_for(make_user("sari", language="en"))
    response = client.post(
        "/professionals/apply/",
        form_data(proof=SimpleUploadedFile("x.pdf", b"GIF89a not really", "application/pdf")),
    )
    assert response.status_code == 400
    assert response.context["form"].errors["proof"] == [
        "Upload a PDF or an image (JPEG, PNG or WebP)."
    ]
    assert not ProfessionalApplication.objects.exists()


def test_licence_number_is_required_for_psychologists_and_psychiatrists(make_user, client_for):
    client = client_for(make_user("sari", language="en"))
    for profession in ("psychologist", "psychiatrist"):
        response = client.post(
            "/professionals/apply/", form_data(profession=profession, licence_number="")
        )
        assert response.status_code == 400
        assert "SIPP" in response.context["form"].errors["licence_number"][0]
    assert not ProfessionalApplication.objects.exists()

    # Optional for others: a school counselor without one is accepted.
    response = client.post(
        "/professionals/apply/", form_data(profession="school_counselor", licence_number="")
    )
    assert response.status_code == 302
    assert ProfessionalApplication.objects.get().licence_number == ""


def test_missing_fields_and_proof(make_user):
    with pytest.raises(ValidationError) as caught:
        services.submit_application(
            make_user("sari"), draft(institution=" ", city="", languages=["xx"]), None
        )
    assert set(caught.value.error_dict) == {"institution", "city", "languages", "proof"}
    with pytest.raises(ValidationError) as caught:
        services.submit_application(make_user("budi"), draft(profession="astrologer"), pdf_upload())
    assert set(caught.value.error_dict) == {"profession"}


def test_one_open_application_per_member(make_user, apply_as, moderator):
    sari = make_user("sari")
    first = apply_as(sari)
    with pytest.raises(ValidationError) as caught:
        apply_as(sari)
    assert caught.value.code == "already_open"
    # The database holds the same rule, for racing submits.
    with pytest.raises(IntegrityError), transaction.atomic():
        ProfessionalApplication.objects.create(
            applicant=sari, profession="counselor", institution="x", city="y", languages=",id,"
        )
    assert list(ProfessionalApplication.objects.filter(applicant=sari)) == [first]


def test_a_rejected_member_may_apply_again(make_user, apply_as, moderator):
    sari = make_user("sari")
    services.reject(moderator, apply_as(sari), "Dokumen tidak terbaca.")
    again = apply_as(sari)
    assert again.state == ApplicationState.SUBMITTED
    assert ProfessionalApplication.objects.filter(applicant=sari).count() == 2


# Proofs and pages for moderators only ----------------------------------------------------------


def test_proof_view_is_for_moderators_only(make_user, apply_as, client_for, client):
    sari = make_user("sari")
    application = apply_as(sari)
    url = f"/moderation/professionals/{application.pk}/proof/"

    assert client.get(url).status_code == 302  # signed out: log in first
    assert client_for(make_user("budi")).get(url).status_code == 403
    assert client_for(sari).get(url).status_code == 403  # not even the applicant
    assert client_for(make_user("pro", is_verified_professional=True)).get(url).status_code == 403
    assert not AuditLogEntry.objects.exists()

    moderator = make_user("mod", is_moderator=True)
    moderator_client = client_for(moderator)
    assert moderator_client.get("/moderation/professionals/999999/proof/").status_code == 404
    response = moderator_client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Security-Policy"] == "sandbox"
    assert "no-store" in response["Cache-Control"]
    entry = AuditLogEntry.objects.get(action="professional_application.proof.view")
    assert (entry.actor, entry.target_type, entry.target_id) == (
        moderator,
        "professionals.professionalapplication",
        str(application.pk),
    )


def test_queue_and_application_pages_are_moderator_only_and_audited(
    make_user, apply_as, client_for, moderator
):
    application = apply_as(make_user("sari"), licence_number="SIPP 777")
    member = client_for(make_user("budi"))
    assert member.get("/moderation/professionals/").status_code == 403
    assert member.get(f"/moderation/professionals/{application.pk}/").status_code == 403
    assert (
        member.post(
            f"/moderation/professionals/{application.pk}/decide/", {"decision": "approve"}
        ).status_code
        == 403
    )

    client = client_for(moderator)
    queue = client.get("/moderation/professionals/")
    assert queue.status_code == 200
    assert [a.pk for a in queue.context["applications"]] == [application.pk]
    detail = client.get(f"/moderation/professionals/{application.pk}/")
    assert detail.status_code == 200
    html = detail.content.decode()
    assert "SIPP 777" in html
    assert f"/moderation/professionals/{application.pk}/proof/" in html
    assert client.get("/moderation/professionals/424242/").status_code == 404
    assert audit_actions(moderator) == [
        "professional_application.queue.view",
        "professional_application.view",
    ]
    # The moderator nav links to the queue.
    assert 'id="professional-review-link"' in client.get("/").content.decode()
    assert 'id="professional-review-link"' not in member.get("/").content.decode()


# Decisions ---------------------------------------------------------------------------------------


def test_approval_through_the_web(make_user, apply_as, client_for, moderator, post):
    sari = make_user("sari", display_name="Sari", language="en")
    application = apply_as(sari, institution="RS Jiwa Bandung")
    assert client_for(sari).get("/care/").status_code == 403

    response = client_for(moderator).post(
        f"/moderation/professionals/{application.pk}/decide/",
        {"decision": "approve", "message": "Selamat bergabung!"},
    )

    assert response.status_code == 302
    application.refresh_from_db()
    sari.refresh_from_db()
    assert application.state == ApplicationState.APPROVED
    assert (application.decided_by, application.moderator_message) == (
        moderator,
        "Selamat bergabung!",
    )
    assert sari.is_verified_professional and sari.can_work_care_queue
    profile = ProfessionalProfile.objects.get(user=sari)
    assert (profile.profession, profile.institution, profile.city) == (
        "psychologist",
        "RS Jiwa Bandung",
        "Bandung",
    )
    assert profile.licence_number == "SIPP 0123-45-2-1"
    assert not profile.listed  # the directory is opt-in

    notification = Notification.objects.get(recipient=sari)
    assert notification.type == NotificationType.MODERATION and notification.actor is None
    assert "approved" in notification.message and "Psychologist" in notification.message
    assert "Selamat bergabung!" in notification.message
    entry = AuditLogEntry.objects.get(action="professional_application.approve")
    assert entry.actor == moderator
    assert entry.details == {"applicant": sari.pk, "profession": "psychologist"}

    # The badge with the profession on posts and the profile; the care queue opens.
    client = client_for(sari)
    assert client.get("/care/").status_code == 200
    status = post(sari, "Tips mengelola cemas sebelum ujian")
    html = client.get(f"/posts/{status.pk}/").content.decode()
    assert "Verified professional · Psychologist" in html
    assert "status-professional" in html
    assert "Verified professional · Psychologist" in client.get("/@sari/").content.decode()
    assert "SIPP 0123-45-2-1" not in client.get("/@sari/").content.decode()
    assert "Selamat bergabung!" in client.get("/notifications/").content.decode()


def test_peer_posts_carry_no_professional_label(make_user, client_for, post):
    ani = make_user("ani", language="en")
    status = post(ani, "Aku juga pernah cemas")
    html = client_for(ani).get(f"/posts/{status.pk}/").content.decode()
    assert "Verified professional" not in html
    assert "status-professional" not in html


def test_more_information_then_the_applicant_updates(make_user, apply_as, client_for, moderator):
    sari = make_user("sari", language="en")
    application = apply_as(sari)
    old_proof = Path(application.proof.path)
    client = client_for(moderator)

    # A message is required.
    client.post(f"/moderation/professionals/{application.pk}/decide/", {"decision": "more_info"})
    application.refresh_from_db()
    assert application.state == ApplicationState.SUBMITTED
    assert not Notification.objects.exists()

    client.post(
        f"/moderation/professionals/{application.pk}/decide/",
        {"decision": "more_info", "message": "Mohon unggah SIPP yang masih berlaku."},
    )
    application.refresh_from_db()
    assert application.state == ApplicationState.NEEDS_MORE_INFO
    message = Notification.objects.get(recipient=sari).message
    assert "more information" in message and "SIPP yang masih berlaku" in message
    assert "professional_application.more_info" in audit_actions(moderator)

    applicant = client_for(sari)
    page = applicant.get("/professionals/apply/")
    assert "Mohon unggah SIPP yang masih berlaku." in page.content.decode()
    assert page.context["editing"] is True
    new_pdf = PDF.replace(b"Catalog", b"Catalog2")
    response = applicant.post(
        "/professionals/apply/",
        form_data(
            licence_number="SIPP 999",
            proof=SimpleUploadedFile("baru.pdf", new_pdf, "application/pdf"),
        ),
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.state == ApplicationState.SUBMITTED
    assert application.licence_number == "SIPP 999"
    assert Path(application.proof.path).read_bytes() == new_pdf
    assert not old_proof.exists()  # the replaced proof is not kept
    assert ProfessionalApplication.objects.count() == 1


def test_update_is_refused_unless_more_information_was_asked(make_user, apply_as):
    sari = make_user("sari")
    application = apply_as(sari)
    with pytest.raises(ValidationError):
        services.update_application(sari, application, draft(city="Jakarta"))
    with pytest.raises(PermissionDenied):
        services.update_application(make_user("budi"), application, draft())


def test_rejection(make_user, apply_as, client_for, moderator):
    sari = make_user("sari", language="id")
    application = apply_as(sari)
    client = client_for(moderator)
    client.post(f"/moderation/professionals/{application.pk}/decide/", {"decision": "reject"})
    application.refresh_from_db()
    assert application.state == ApplicationState.SUBMITTED  # no message, no decision

    client.post(
        f"/moderation/professionals/{application.pk}/decide/",
        {"decision": "reject", "message": "Nomor SIPP tidak ditemukan di HIMPSI."},
    )
    application.refresh_from_db()
    sari.refresh_from_db()
    assert application.state == ApplicationState.REJECTED
    assert not sari.is_verified_professional
    assert not ProfessionalProfile.objects.exists()
    notification = Notification.objects.get(recipient=sari)
    assert notification.type == NotificationType.MODERATION
    assert "Nomor SIPP tidak ditemukan di HIMPSI." in notification.message
    entry = AuditLogEntry.objects.get(action="professional_application.reject")
    assert (entry.actor, entry.target_id) == (moderator, str(application.pk))

    # Decided once: a second decision is refused.
    with pytest.raises(ValidationError):
        services.approve(moderator, application)
    sari.refresh_from_db()
    assert not sari.is_verified_professional


def test_only_moderators_decide_and_never_on_their_own(make_user, apply_as):
    application = apply_as(make_user("sari"))
    with pytest.raises(PermissionDenied):
        services.approve(make_user("budi"), application)
    own_moderator = make_user("modsari", is_moderator=True)
    own = apply_as(own_moderator, profession="counselor", licence_number="")
    with pytest.raises(ValidationError):
        services.approve(own_moderator, own)


def test_settings_page_links_to_applying_then_to_the_profile(make_user, client_for, professional):
    member_page = client_for(make_user("ani")).get("/settings/profile/").content.decode()
    assert 'href="/professionals/apply/"' in member_page
    pro_page = client_for(professional()).get("/settings/profile/").content.decode()
    assert 'href="/settings/professional/"' in pro_page
    assert 'href="/professionals/apply/"' not in pro_page
