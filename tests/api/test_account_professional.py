"""`teduh.verified_professional` and `teduh.profession` on API account entities."""

import pytest

from teduh.accounts.models import anonymous_placeholder
from teduh.professionals import services
from teduh.professionals.services import ApplicationDraft
from tests.professionals.conftest import pdf_upload

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def psychologist(make_user):
    sinta = make_user("sinta", display_name="Bu Sinta")
    application = services.submit_application(
        sinta,
        ApplicationDraft(
            profession="psychologist",
            licence_number="SIPP 1",
            institution="Biro",
            city="Bandung",
            languages=["id"],
        ),
        pdf_upload(),
    )
    services.approve(make_user("mod", is_moderator=True), application)
    sinta.refresh_from_db()
    return sinta


def test_account_of_a_verified_professional(api, make_user, psychologist):
    body = api(make_user("ani")).get(f"/api/v1/accounts/{psychologist.pk}").json()
    assert body["teduh"] == {
        "verified_professional": True,
        "anonymous_placeholder": False,
        "profession": "psychologist",
    }
    assert body["username"] == "sinta" and body["display_name"] == "Bu Sinta"
    assert "SIPP 1" not in str(body)  # the licence number is never in the API


def test_account_of_a_member(api, make_user):
    ani = make_user("ani")
    body = api().get(f"/api/v1/accounts/{ani.pk}").json()
    assert body["teduh"] == {"verified_professional": False, "anonymous_placeholder": False}


def test_verify_credentials(api, make_user, psychologist):
    body = api(psychologist).get("/api/v1/accounts/verify_credentials").json()
    assert body["teduh"]["verified_professional"] is True
    assert body["teduh"]["profession"] == "psychologist"
    assert "source" in body  # still a CredentialAccount
    member = api(make_user("ani")).get("/api/v1/accounts/verify_credentials").json()
    assert member["teduh"]["verified_professional"] is False
    assert "profession" not in member["teduh"]


def test_the_anonymous_placeholder_says_false_even_for_a_professional_author(
    api, make_user, psychologist, post
):
    secret = post(psychologist, "Aku juga pernah burnout", anonymous=True)
    status = api(make_user("ani")).get(f"/api/v1/statuses/{secret.pk}").json()
    account = status["account"]
    assert account["id"] == str(anonymous_placeholder().pk)
    assert account["teduh"] == {"verified_professional": False, "anonymous_placeholder": True}
    signed = post(psychologist, "Tips tidur")
    account = api().get(f"/api/v1/statuses/{signed.pk}").json()["account"]
    assert account["teduh"]["profession"] == "psychologist"


def test_revoked_verification_drops_the_profession(api, psychologist):
    psychologist.is_verified_professional = False
    psychologist.save()
    body = api().get(f"/api/v1/accounts/{psychologist.pk}").json()
    assert body["teduh"] == {"verified_professional": False, "anonymous_placeholder": False}
