"""Find a professional: only opted-in verified professionals, filters, contact details, and the
professional's settings page."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from teduh.professionals import services
from teduh.professionals.models import ProfessionalProfile

pytestmark = pytest.mark.django_db


def listed(user, **changes):
    values = {"listed": True, "contact_text": "WA 0812-0000-0000, Senin-Jumat"}
    values.update(changes)
    return services.update_profile(user, **values)


@pytest.fixture
def people(professional):
    sinta = professional(
        "sinta",
        display_name="Bu Sinta",
        city="Bandung",
        languages=["id", "su"],
        topics=["anxiety", "bullying"],
    )
    listed(sinta, available_online=True, contact_url="https://example.org/sinta")
    rudi = professional(
        "rudi",
        display_name="Pak Rudi",
        profession="school_counselor",
        licence_number="",
        city="Jakarta",
        languages=["id", "en"],
        topics=["depression"],
    )
    listed(rudi, available_online=False)
    hidden = professional("tia", display_name="Bu Tia", city="Bandung")  # never opted in
    return {"sinta": sinta, "rudi": rudi, "tia": hidden}


def names(response) -> list[str]:
    return [profile.user.username for profile in response.context["page"]]


def test_only_opted_in_professionals_appear(client, people):
    response = client.get("/professionals/")
    assert response.status_code == 200
    assert names(response) == ["sinta", "rudi"]  # by city: Bandung, then Jakarta
    html = response.content.decode()
    assert "Bu Tia" not in html
    assert "WA 0812-0000-0000" in html
    assert 'href="https://example.org/sinta"' in html
    assert 'href="/@sinta/"' in html
    assert "SIPP" not in html  # licence numbers stay private unless shown on purpose


def test_opting_out_and_losing_verification_removes_the_entry(client, people):
    services.update_profile(people["sinta"], listed=False)
    assert names(client.get("/professionals/")) == ["rudi"]
    people["rudi"].is_verified_professional = False
    people["rudi"].save()
    assert names(client.get("/professionals/")) == []
    assert "directory-empty" in client.get("/professionals/").content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("city=Bandung", ["sinta"]),
        ("city=Jakarta", ["rudi"]),
        ("online=on", ["sinta"]),
        ("language=su", ["sinta"]),
        ("language=en", ["rudi"]),
        ("language=id", ["sinta", "rudi"]),
        ("topic=bullying", ["sinta"]),
        ("topic=depression", ["rudi"]),
        ("topic=grief", []),
        ("city=Bandung&topic=depression", []),
        ("city=Jakarta&language=id&topic=depression", ["rudi"]),
    ],
)
def test_filters(client, people, query, expected):
    response = client.get(f"/professionals/?{query}")
    assert response.status_code == 200
    assert sorted(names(response)) == sorted(expected)


def test_bad_filter_values_show_everyone_listed_without_an_error(client, people):
    response = client.get("/professionals/?city=Atlantis&language=zz&page=99")
    assert response.status_code == 200
    assert sorted(names(response)) == ["rudi", "sinta"]


def test_city_choices_are_the_listed_cities(client, people):
    form = client.get("/professionals/").context["form"]
    assert [value for value, _label in form.fields["city"].choices] == ["", "Bandung", "Jakarta"]


def test_show_licence_is_an_opt_in(client, people):
    assert "SIPP 0123-45-2-1" not in client.get("/professionals/").content.decode()
    services.update_profile(people["sinta"], show_licence=True)
    assert "SIPP 0123-45-2-1" in client.get("/professionals/").content.decode()


def test_profile_rules(people, make_user):
    with pytest.raises(PermissionDenied):
        services.update_profile(make_user("ani"), listed=True)
    with pytest.raises(ValidationError) as caught:
        services.update_profile(people["tia"], listed=True, contact_text="", contact_url="")
    assert set(caught.value.error_dict) == {"contact_text"}
    with pytest.raises(ValidationError) as caught:
        listed(people["tia"], contact_url="javascript:alert(1)")
    assert set(caught.value.error_dict) == {"contact_url"}
    assert not ProfessionalProfile.objects.get(user=people["tia"]).listed


def test_settings_page(client_for, people, make_user):
    member = client_for(make_user("ani"))
    response = member.get("/settings/professional/")
    assert response.status_code == 302 and response["Location"] == "/professionals/apply/"

    client = client_for(people["tia"])
    page = client.get("/settings/professional/")
    assert page.status_code == 200
    response = client.post(
        "/settings/professional/",
        {
            "institution": "Puskesmas Coblong",
            "city": "Bandung",
            "languages": ["id", "jv"],
            "topics": ["grief"],
            "available_online": "on",
            "contact_text": "Datang langsung, Selasa pagi",
            "contact_url": "",
            "listed": "on",
        },
    )
    assert response.status_code == 302
    profile = ProfessionalProfile.objects.get(user=people["tia"])
    assert profile.listed and profile.available_online
    assert (profile.institution, profile.language_list, profile.topic_list) == (
        "Puskesmas Coblong",
        ["id", "jv"],
        ["grief"],
    )
    assert profile.profession == "psychologist"  # not editable here
    assert "tia" in names(client.get("/professionals/?topic=grief&language=jv"))

    bad = client.post("/settings/professional/", {"listed": "on", "city": "Bandung"})
    assert bad.status_code == 400
    assert "contact_text" in bad.context["form"].errors


def test_help_page_links_to_the_directory(client):
    html = client.get("/help/").content.decode()
    section = html.split('id="talk-to-a-counselor"', 1)[1].split("</section>", 1)[0]
    assert 'href="/professionals/"' in section


def test_professional_verified_without_an_application(make_user, client_for, client, post):
    """Verified directly by an admin: a plain label, and a profile made on first save."""
    old = make_user("lama", is_verified_professional=True, language="en")
    status = post(old, "Halo")
    html = client_for(old).get(f"/posts/{status.pk}/").content.decode()
    label = html.split(f'id="status-{status.pk}-verified">', 1)[1].split("</span>\n", 1)[0]
    assert "Verified professional" in label and "·" not in label
    profile = listed(old, city="Surabaya")
    assert profile.profession == ""
    assert names(client.get("/professionals/?city=Surabaya")) == ["lama"]
