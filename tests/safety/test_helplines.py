"""The helpline directory: seed data, staleness, the reader's country, the help page, the API,
staff editing with its audit log, and the shared help card."""

from datetime import date, timedelta

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.test import Client
from django.utils import timezone

from teduh.accounts.services import update_profile
from teduh.safety import helplines as directory
from teduh.safety.audit import audit
from teduh.safety.models import AuditLogEntry, Helpline, HelplineChannel

SEEDED = date(2026, 11, 1)
SEED_ORDER = ["healing119.id", "119 ext. 8 (SEJIWA)", "112", "SAPA 129", "JakCare"]
API = "/api/teduh/v1/helplines"


@pytest.fixture
def staff(make_user):
    return make_user("penjaga", is_staff=True)


@pytest.fixture
def malaysian_line(db):
    helpline = Helpline.objects.create(
        organisation="Contoh Malaysia",
        name="Talian Contoh",
        country="MY",
        description_id="Layanan contoh di Malaysia.",
        description_en="An example service in Malaysia.",
        topics=["suicide_self_harm"],
        source_url="https://example.org/my",
        last_verified=SEEDED,
        languages="ms,en",
    )
    HelplineChannel.objects.create(helpline=helpline, kind="phone", value="+60 3-0000 0000")
    return helpline


def seeded(name: str) -> Helpline:
    return Helpline.objects.get(country="ID", name=name)


def digits_of_all_channels() -> list[str]:
    return [
        "".join(c for c in value if c.isdigit())
        for value in HelplineChannel.objects.values_list("value", flat=True)
    ]


# Seed data ------------------------------------------------------------------------------------


def test_seed_lists_exactly_the_indonesian_entries_with_healing119_first(db):
    rows = directory.helplines_for("ID", "id")
    assert [row.name for row in rows] == SEED_ORDER
    assert all(row.last_verified == SEEDED for row in rows)
    assert all(row.source_url.startswith("https://") for row in rows)
    assert all(row.verification_note for row in rows)
    # The same order whatever the reader's language.
    assert [row.name for row in directory.helplines_for("ID", "en")] == SEED_ORDER


def test_seed_channels_and_flags_match_the_facts(db):
    sejiwa = seeded("119 ext. 8 (SEJIWA)")
    assert sejiwa.is_emergency and sejiwa.needs_reverification
    assert sejiwa.reverification_reason == "changed_before"
    assert "changed before" in sejiwa.verification_note
    assert [(c.kind, c.value) for c in sejiwa.channels.all()] == [("phone", "119")]
    assert "8" in sejiwa.channels.get().label_id and "8" in sejiwa.channels.get().label_en
    assert seeded("112").is_emergency
    sapa = seeded("SAPA 129")
    assert [(c.kind, c.value) for c in sapa.channels.all()] == [
        ("phone", "129"),
        ("whatsapp", "08111-129-129"),
    ]
    assert sapa.topics == ["violence"]
    jakcare = seeded("JakCare")
    assert jakcare.needs_reverification and jakcare.reverification_reason == "single_source"
    assert jakcare.region == "DKI Jakarta"
    assert [c.value for c in jakcare.channels.all()] == ["0800-1500-119"]
    healing = seeded("healing119.id")
    assert healing.source_url == "https://healing119.id" and not healing.needs_reverification
    assert "WhatsApp" in healing.description_en and "Juli 2025" in healing.description_id


def test_seed_never_lists_the_old_kemenkes_number_nor_a_crisis_line_that_is_not_one(db):
    assert not any("500454" in digits for digits in digits_of_all_channels())
    assert not Helpline.objects.filter(name__icontains="500").exists()
    # Into The Light is education and advocacy: if ever listed, never as a crisis service.
    assert not Helpline.objects.filter(
        organisation__icontains="Into The Light", is_crisis_service=True
    ).exists()
    assert Helpline.objects.count() == 5


# Staleness -------------------------------------------------------------------------------------


def test_helplines_become_stale_after_90_days(db):
    assert directory.stale_helplines(SEEDED + timedelta(days=90)) == []
    assert directory.stale_count(SEEDED + timedelta(days=90)) == 0
    stale = directory.stale_helplines(SEEDED + timedelta(days=91))
    assert {row.name for row in stale} == set(SEED_ORDER)
    assert directory.stale_count(SEEDED + timedelta(days=91)) == 5
    assert seeded("112").is_stale(SEEDED + timedelta(days=91))
    assert not seeded("112").is_stale(SEEDED + timedelta(days=90))


def test_inactive_entries_are_not_flagged_and_never_verified_ones_are(db):
    Helpline.objects.filter(name="112").update(is_active=False)
    Helpline.objects.filter(name="JakCare").update(last_verified=None)
    later = SEEDED + timedelta(days=10)
    assert [row.name for row in directory.stale_helplines(later)] == ["JakCare"]
    assert [row.name for row in directory.stale_helplines(SEEDED + timedelta(days=91))] == [
        "JakCare",
        "healing119.id",
        "119 ext. 8 (SEJIWA)",
        "SAPA 129",
    ]


# Choosing helplines -----------------------------------------------------------------------------


def test_topics_filter_and_crisis_only(db):
    assert [row.name for row in directory.helplines_for("ID", "id", {"violence"})] == ["SAPA 129"]
    names = [row.name for row in directory.helplines_for("ID", "id", directory.CRISIS_TOPICS)]
    assert names == ["healing119.id", "119 ext. 8 (SEJIWA)", "112"]
    seeded("healing119.id").__class__.objects.filter(name="SAPA 129").update(
        is_crisis_service=False
    )
    assert "SAPA 129" not in [r.name for r in directory.helplines_for("ID", "id", crisis_only=True)]
    assert "SAPA 129" in [r.name for r in directory.helplines_for("ID", "id")]


def test_language_breaks_ties_within_a_priority(db, malaysian_line):
    other = Helpline.objects.create(
        organisation="Contoh",
        name="A Malay only line",
        country="MY",
        description_id="x",
        languages="ms",
        source_url="https://example.org/a",
        priority=malaysian_line.priority,
    )
    assert directory.helplines_for("MY", "en") == [malaysian_line, other]
    assert directory.helplines_for("MY", "ms") == [other, malaysian_line]


def test_unknown_or_malformed_country_gives_no_helplines(db):
    assert directory.helplines_for("FR", "id") == []
    assert directory.helplines_for("Indonesia", "id") == []
    assert directory.helplines_for("", "id") == []
    assert [row.name for row in directory.helplines_for("id", "id")] == SEED_ORDER


def test_country_for_uses_the_profile_else_the_instance_default(make_user, settings):
    from django.contrib.auth.models import AnonymousUser

    ani = make_user("ani")
    assert directory.country_for(ani) == "ID"
    assert directory.country_for(AnonymousUser()) == "ID"
    assert directory.country_for(None) == "ID"
    settings.TEDUH_DEFAULT_COUNTRY = "MY"
    assert directory.country_for(ani) == "MY"
    assert directory.country_for(AnonymousUser()) == "MY"
    update_profile(ani, display_name="", bio="", language="id", country="sg")
    ani.refresh_from_db()
    assert ani.country == "SG"
    assert directory.country_for(ani) == "SG"


def test_update_profile_refuses_a_malformed_country_and_writes_nothing(make_user):
    ani = make_user("ani", display_name="Ani")
    with pytest.raises(ValidationError):
        update_profile(ani, display_name="Baru", bio="", language="id", country="IDN")
    ani.refresh_from_db()
    assert (ani.country, ani.display_name) == ("", "Ani")


# Channels ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "country", "url"),
    [
        ("phone", "119", "ID", "tel:119"),
        ("phone", "0800-1500-119", "ID", "tel:08001500119"),
        ("phone", "+62 21 500 000", "ID", "tel:+6221500000"),
        ("sms", "1234", "ID", "sms:1234"),
        ("whatsapp", "08111-129-129", "ID", "https://wa.me/628111129129"),
        ("whatsapp", "+60 12-345 6789", "ID", "https://wa.me/60123456789"),
        ("whatsapp", "0811 000", "ZZ", None),
        ("web", "https://healing119.id", "ID", "https://healing119.id"),
        ("chat", "http://example.org", "ID", None),
        ("web", "javascript:alert(1)", "ID", None),
        ("phone", "tel:119", "ID", None),
    ],
)
def test_channel_links(kind, value, country, url):
    assert directory.channel_url(kind, value, country) == url


def test_validate_channel_explains_problems():
    assert directory.validate_channel("phone", " 112 ", "ID") == "112"
    for kind, value in [
        ("phone", "panggil saja"),
        ("whatsapp", "811129129"),
        ("web", "ftp://example.org"),
        ("fax", "123"),
        ("phone", ""),
    ]:
        with pytest.raises(ValidationError):
            directory.validate_channel(kind, value, "ID")


# The help page ---------------------------------------------------------------------------------


def english_client() -> Client:
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def test_help_page_shows_the_directory_in_indonesian(client, db):
    response = client.get("/help/")
    assert response.status_code == 200
    page = response.content.decode()
    positions = [page.index(f'id="helpline-{seeded(name).pk}"') for name in SEED_ORDER]
    assert positions == sorted(positions)
    assert "Aktif kembali sejak Juli 2025" in page
    assert 'href="tel:112"' in page and 'href="tel:119"' in page
    assert 'href="https://wa.me/628111129129"' in page
    assert 'href="https://healing119.id"' in page
    assert 'href="tel:08001500119"' in page
    assert "500-454" not in page and "500454" not in page
    entries = response.context["crisis_helplines"]
    sejiwa = next(entry for entry in entries if entry.name.startswith("119"))
    assert sejiwa.reverification_note and sejiwa.reverification_note in page
    assert 'id="talk-to-a-counselor"' in page and 'id="wellbeing"' in page
    assert 'id="help-link"' in page  # the one-tap link in the header stays


def test_help_page_shows_the_directory_in_english(db):
    page = english_client().get("/help/").content.decode()
    assert "Reactivated in July 2025" in page
    assert "Aktif kembali sejak Juli 2025" not in page
    assert "Check this number: it has changed before." in page
    assert "If you are in immediate danger, call 112" in page


def test_help_page_uses_the_readers_country(make_user, client_for, malaysian_line):
    ani = make_user("ani", country="MY")
    page = client_for(ani).get("/help/").content.decode()
    assert "Talian Contoh" in page and "healing119.id" not in page
    # A visitor can pick a country without signing in (a plain GET form, no JavaScript).
    page = Client().get("/help/?country=my").content.decode()
    assert "Talian Contoh" in page
    page = Client().get("/help/").content.decode()
    assert "Talian Contoh" not in page and "healing119.id" in page


def test_help_page_uses_the_instance_default_country(db, settings, malaysian_line):
    settings.TEDUH_DEFAULT_COUNTRY = "MY"
    page = Client().get("/help/").content.decode()
    assert "Talian Contoh" in page and "SAPA 129" not in page


def test_help_page_for_a_country_without_helplines_still_offers_help(db):
    response = Client().get("/help/?country=FR")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="no-helplines"' in page
    assert "healing119.id" in page  # the instance's own list, labelled with its country
    assert 'href="tel:112"' in page


@pytest.mark.parametrize(
    "query", ["?country=%3Cscript%3E", "?country=%00", "?country=", "?country=IDN&country=x"]
)
def test_help_page_never_fails_on_bad_input(db, query):
    response = Client().get("/help/" + query)
    assert response.status_code == 200
    assert "healing119.id" in response.content.decode()


def test_non_crisis_resources_are_listed_apart_and_flagged(db):
    Helpline.objects.create(
        organisation="Into The Light Indonesia",
        name="Into The Light Indonesia",
        description_id="Edukasi dan advokasi pencegahan bunuh diri.",
        description_en="Suicide prevention education and advocacy.",
        topics=["general_mental_health"],
        is_crisis_service=False,
        source_url="https://example.org/itl",
        last_verified=SEEDED,
    )
    response = Client().get("/help/")
    assert [e.name for e in response.context["other_resources"]] == ["Into The Light Indonesia"]
    assert "Into The Light Indonesia" not in [e.name for e in response.context["crisis_helplines"]]
    page = response.content.decode()
    assert page.index('id="learn-more"') < page.index("Into The Light Indonesia")
    card = directory.help_card(None, "id", topics=None)
    assert "Into The Light Indonesia" not in [entry.name for entry in card.helplines]


# The help card (shared with crisis-aware search and the supportive card) -----------------------


def test_help_card_lists_crisis_lines_in_the_readers_language(make_user):
    card = directory.help_card(make_user("ani", language="en"), "en")
    assert [entry.name for entry in card.helplines] == [
        "healing119.id",
        "119 ext. 8 (SEJIWA)",
        "112",
    ]
    assert card.message.startswith("You don't have to go through this alone")
    assert card.counselor_url == "/help/#talk-to-a-counselor"
    assert card.wellbeing_url == "/wellbeing/"
    data = card.as_dict()
    assert data["helplines"][0]["channels"][0]["url"] == "https://healing119.id"
    html = render_to_string("safety/partials/help_card.html", {"help_card": card})
    assert 'id="there-is-help"' in html
    assert 'href="tel:119"' in html and 'href="/help/#talk-to-a-counselor"' in html
    assert "SAPA 129" not in html


def test_help_card_falls_back_to_the_instance_country(make_user, malaysian_line):
    card = directory.help_card(make_user("ani", country="FR"), "id")
    assert card.country == "ID" and card.helplines[0].name == "healing119.id"
    card = directory.help_card(make_user("budi", country="MY"), "id")
    assert [entry.name for entry in card.helplines] == ["Talian Contoh"]


# The API ---------------------------------------------------------------------------------------


def test_api_lists_helplines_with_their_channels(db):
    response = Client().get(API, {"country": "ID", "language": "en"})
    assert response.status_code == 200
    body = response.json()
    assert [item["name"] for item in body] == SEED_ORDER
    first = body[0]
    assert set(first) >= {
        "organisation",
        "name",
        "country",
        "region",
        "description",
        "languages",
        "topics",
        "is_emergency",
        "hours",
        "channels",
        "source_url",
        "last_verified",
        "needs_reverification",
    }
    assert first["description"].startswith("Free, anonymous mental-health counselling")
    assert first["last_verified"] == "2026-11-01"
    sapa = body[3]
    assert sapa["channels"] == [
        {"kind": "phone", "value": "129", "label": "", "url": "tel:129"},
        {
            "kind": "whatsapp",
            "value": "08111-129-129",
            "label": "",
            "url": "https://wa.me/628111129129",
        },
    ]
    assert body[1]["needs_reverification"] is True and body[1]["is_emergency"] is True


def test_api_filters_by_topic_and_language(db):
    body = Client().get(API + "?country=ID&topic=violence&topic=emergency").json()
    assert [item["name"] for item in body] == ["119 ext. 8 (SEJIWA)", "112", "SAPA 129"]
    indonesian = Client().get(API, {"country": "ID", "language": "id"}).json()
    assert indonesian[0]["description"].startswith("Konseling kesehatan jiwa gratis")


def test_api_unknown_country_is_empty_and_malformed_input_is_422(db):
    assert Client().get(API, {"country": "FR"}).json() == []
    for params in [
        {"country": "IDN"},
        {"country": "1D"},
        {"country": "\x00\x00"},
        {"topic": "sedih"},
        {"language": "<b>"},
    ]:
        response = Client().get(API, params)
        assert response.status_code == 422, params
        assert "error" in response.json()


def bearer_token(user) -> str:
    from oauth2_provider.models import AccessToken, Application

    application = Application.objects.create(
        name="Uji",
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        redirect_uris="urn:ietf:wg:oauth:2.0:oob",
    )
    AccessToken.objects.create(
        user=user,
        application=application,
        token="token-rahasia-untuk-uji",
        scope="read",
        expires=timezone.now() + timedelta(days=1),
    )
    return "token-rahasia-untuk-uji"


def test_api_defaults_to_the_readers_country_and_ignores_a_bad_token(make_user, malaysian_line):
    assert Client().get(API).json()[0]["name"] == "healing119.id"
    ani = make_user("ani", country="MY", language="en")
    token = bearer_token(ani)
    body = Client().get(API, headers={"Authorization": f"Bearer {token}"}).json()
    assert [item["name"] for item in body] == ["Talian Contoh"]
    assert body[0]["description"] == "An example service in Malaysia."
    response = Client().get(API, headers={"Authorization": "Bearer not-a-real-token"})
    assert response.status_code == 200
    assert response.json()[0]["name"] == "healing119.id"


# Staff editing -----------------------------------------------------------------------------------


def helpline_form(**overrides) -> dict:
    data = {
        "name": "Layanan Baru",
        "organisation": "Organisasi Contoh",
        "country": "ID",
        "region": "",
        "description_id": "Layanan contoh.",
        "description_en": "An example service.",
        "languages": "id, en",
        "topics": ["general_mental_health"],
        "is_crisis_service": "on",
        "source_url": "https://example.org/baru",
        "last_verified": "2026-11-20",
        "verification_note": "Dicek dari situs resmi.",
        "reverification_reason": "",
        "is_active": "on",
        "priority": "60",
        "channels-TOTAL_FORMS": "2",
        "channels-INITIAL_FORMS": "0",
        "channels-MIN_NUM_FORMS": "0",
        "channels-MAX_NUM_FORMS": "1000",
        "channels-0-kind": "phone",
        "channels-0-value": "021-555-0100",
        "channels-0-order": "0",
        "channels-1-kind": "whatsapp",
        "channels-1-value": "0812-0000-0000",
        "channels-1-order": "1",
    }
    data.update(overrides)
    return data


STAFF_URLS = [
    ("get", "/moderation/helplines/"),
    ("get", "/moderation/helplines/new/"),
    ("get", "/moderation/helplines/{pk}/"),
    ("post", "/moderation/helplines/{pk}/"),
    ("post", "/moderation/helplines/{pk}/verify/"),
    ("post", "/moderation/helplines/new/"),
]


def test_members_get_403_and_change_nothing(make_user, client_for):
    member = client_for(make_user("ani"))
    pk = seeded("112").pk
    for method, url in STAFF_URLS:
        data = helpline_form(name="Diretas") if method == "post" else None
        response = getattr(member, method)(url.format(pk=pk), data)
        assert response.status_code == 403, url
    assert seeded("112").last_verified == SEEDED
    assert not Helpline.objects.filter(name="Diretas").exists()
    assert not AuditLogEntry.objects.exists()


def test_signed_out_visitors_are_sent_to_log_in(db):
    response = Client().get("/moderation/helplines/")
    assert response.status_code == 302 and response["Location"].startswith("/auth/login/")


def test_staff_list_flags_stale_helplines(staff, client_for):
    client = client_for(staff)
    page = client.get("/moderation/helplines/").content.decode()
    assert 'id="stale-helplines"' not in page
    assert 'id="stale-helplines-count"' not in page
    Helpline.objects.filter(name="JakCare").update(last_verified=date(2020, 1, 1))
    response = client.get("/moderation/helplines/")
    page = response.content.decode()
    assert 'id="stale-helplines"' in page
    assert [row.name for row in response.context["stale"]] == ["JakCare"]
    assert 'id="stale-helplines-count"' in page  # the count in the staff navigation
    assert page.count("tag tag-warning") >= 1


def test_staff_nav_is_hidden_from_members(make_user, client_for):
    Helpline.objects.update(last_verified=date(2020, 1, 1))
    page = client_for(make_user("ani")).get("/help/").content.decode()
    assert 'id="staff-helplines-link"' not in page and 'id="stale-helplines-count"' not in page


def test_staff_create_a_helpline_with_channels_and_it_is_audited(staff, client_for):
    response = client_for(staff).post("/moderation/helplines/new/", helpline_form())
    assert response.status_code == 302
    created = Helpline.objects.get(name="Layanan Baru")
    assert created.languages == "id,en"
    assert created.topics == ["general_mental_health"]
    assert [(c.kind, c.value, c.order) for c in created.channels.all()] == [
        ("phone", "021-555-0100", 0),
        ("whatsapp", "0812-0000-0000", 1),
    ]
    entry = AuditLogEntry.objects.get()
    assert (entry.actor, entry.action) == (staff, "helpline.create")
    assert (entry.target_type, entry.target_id) == ("safety.helpline", str(created.pk))
    assert "name" in entry.details["changed"] and "channels" in entry.details["changed"]


def test_staff_edit_a_helpline_and_its_channels(staff, client_for):
    sapa = seeded("SAPA 129")
    channels = list(sapa.channels.all())
    data = helpline_form(
        name="SAPA 129",
        organisation=sapa.organisation,
        description_id=sapa.description_id,
        description_en=sapa.description_en,
        languages="id",
        topics=["violence"],
        source_url=sapa.source_url,
        last_verified="2026-11-01",
        verification_note=sapa.verification_note,
        priority="40",
        **{
            "channels-TOTAL_FORMS": "3",
            "channels-INITIAL_FORMS": "2",
            "channels-0-id": str(channels[0].pk),
            "channels-0-kind": "phone",
            "channels-0-value": "129",
            "channels-0-order": "0",
            "channels-1-id": str(channels[1].pk),
            "channels-1-kind": "whatsapp",
            "channels-1-value": "08111-129-129",
            "channels-1-order": "1",
            "channels-1-DELETE": "on",
            "channels-2-kind": "web",
            "channels-2-value": "https://www.kemenpppa.go.id",
            "channels-2-order": "2",
        },
    )
    data["description_en"] = "Help for violence against women and children."
    response = client_for(staff).post(f"/moderation/helplines/{sapa.pk}/", data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    sapa.refresh_from_db()
    assert sapa.description_en == "Help for violence against women and children."
    assert [(c.kind, c.value) for c in sapa.channels.all()] == [
        ("phone", "129"),
        ("web", "https://www.kemenpppa.go.id"),
    ]
    entry = AuditLogEntry.objects.get(action="helpline.update")
    assert set(entry.details["changed"]) == {"description_en", "channels"}
    assert entry.details["after"]["description_en"] == sapa.description_en
    assert entry.details["before"]["description_en"].startswith("Help and reporting")


def test_bad_staff_input_is_a_form_error_and_writes_nothing(staff, client_for):
    client = client_for(staff)
    pk = seeded("112").pk
    for overrides in [
        {"country": "Indonesia"},
        {"source_url": "javascript:alert(1)"},
        {"priority": "-1"},
        {"topics": ["bukan_topik"]},
        {"languages": "indonesia"},
        {"last_verified": "kemarin"},
        {"channels-0-value": "telepon saja"},
        {"channels-1-value": "812000"},  # a WhatsApp number without a country code
        {"channels-0-kind": "web", "channels-0-value": "http://example.org"},
        {"channels-TOTAL_FORMS": "x"},
    ]:
        response = client.post("/moderation/helplines/new/", helpline_form(**overrides))
        assert response.status_code == 400, overrides
        response = client.post(f"/moderation/helplines/{pk}/", helpline_form(**overrides))
        assert response.status_code == 400, overrides
    assert not Helpline.objects.filter(name="Layanan Baru").exists()
    assert seeded("112").channels.count() == 1
    assert not AuditLogEntry.objects.exists()
    assert client.get("/moderation/helplines/999999/").status_code == 404


def test_saving_without_changes_writes_no_audit_entry(staff):
    helpline = seeded("112")
    directory.save_helpline(staff, helpline, [directory.ChannelData("phone", "112")])
    assert not AuditLogEntry.objects.exists()


def test_mark_verified_today(staff, client_for):
    jakcare = seeded("JakCare")
    Helpline.objects.filter(pk=jakcare.pk).update(last_verified=date(2020, 1, 1))
    response = client_for(staff).post(f"/moderation/helplines/{jakcare.pk}/verify/")
    assert response.status_code == 302
    jakcare.refresh_from_db()
    assert jakcare.last_verified == timezone.localdate()
    assert jakcare.needs_reverification  # the caution for readers stays until edited away
    entry = AuditLogEntry.objects.get()
    assert entry.action == "helpline.verify"
    assert entry.details == {"before": "2020-01-01", "after": timezone.localdate().isoformat()}
    assert client_for(staff).get(f"/moderation/helplines/{jakcare.pk}/verify/").status_code == 405


def test_django_admin_shows_staleness(make_user, client_for):
    admin = make_user("kepala", is_staff=True, is_superuser=True)
    Helpline.objects.filter(name="JakCare").update(last_verified=date(2020, 1, 1))
    response = client_for(admin).get("/admin/safety/helpline/?verification=stale")
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [seeded("JakCare")]
    assert (
        client_for(admin).get(f"/admin/safety/helpline/{seeded('112').pk}/change/").status_code
        == 200
    )


def test_audit_records_actor_action_and_target(staff):
    entry = audit(staff, "care.view", seeded("112"), reason="test")
    assert (entry.target_type, entry.target_id, entry.details) == (
        "safety.helpline",
        str(seeded("112").pk),
        {"reason": "test"},
    )
    system = audit(None, "system.check")
    assert system.actor is None and system.target_type == "" and system.target_id == ""


# The profile setting -----------------------------------------------------------------------------


def test_profile_form_sets_the_country(make_user, client_for, malaysian_line):
    ani = make_user("ani")
    client = client_for(ani)
    page = client.get("/settings/profile/").content.decode()
    assert 'name="country"' in page
    data = {"display_name": "Ani", "bio": "", "language": "id", "country": "MY"}
    assert client.post("/settings/profile/", data).status_code == 302
    ani.refresh_from_db()
    assert ani.country == "MY"
    # Posting the form without the field leaves the country as it is.
    assert (
        client.post("/settings/profile/", {"display_name": "A", "language": "id"}).status_code
        == 302
    )
    ani.refresh_from_db()
    assert ani.country == "MY"
    response = client.post("/settings/profile/", {**data, "country": "XX"})
    assert response.status_code == 400 and "country" in response.context["form"].errors
    assert client.post("/settings/profile/", {**data, "country": ""}).status_code == 302
    ani.refresh_from_db()
    assert ani.country == ""
