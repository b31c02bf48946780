import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from teduh.professionals import services
from teduh.professionals.services import ApplicationDraft

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _isolated_private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


def pdf_upload(name: str = "sipp.pdf", data: bytes = PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, "application/pdf")


def draft(**overrides) -> ApplicationDraft:
    values = {
        "profession": "psychologist",
        "licence_number": "SIPP 0123-45-2-1",
        "institution": "Biro Psikologi Teduh",
        "city": "Bandung",
        "languages": ["id", "en"],
        "topics": ["anxiety", "depression"],
    }
    values.update(overrides)
    return ApplicationDraft(**values)


@pytest.fixture
def apply_as():
    """apply_as(user, **draft_overrides): a submitted application with a PDF proof."""

    def make(user, **overrides):
        return services.submit_application(user, draft(**overrides), pdf_upload())

    return make


@pytest.fixture
def moderator(make_user):
    return make_user("moderator", is_moderator=True, language="en")


@pytest.fixture
def professional(make_user, apply_as, moderator):
    """A member approved as a psychologist through the real flow."""

    def make(username: str = "sinta", **overrides):
        user = make_user(username, display_name=overrides.pop("display_name", ""))
        application = apply_as(user, **overrides)
        services.approve(moderator, application, "")
        user.refresh_from_db()
        return user

    return make
