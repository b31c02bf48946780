"""The personal safety plan: saving, privacy (nobody else, staff included, can reach it),
export, printing, deleting and the limits on what is written."""

import json

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError

from teduh.coping import services
from teduh.coping.models import SafetyPlan
from tests.helpers import translated

pytestmark = pytest.mark.django_db

PLAN_URL = "/wellbeing/tools/safety-plan/"
TEXT_URL = "/wellbeing/tools/safety-plan/export.txt"
JSON_URL = "/wellbeing/tools/safety-plan/export.json"
PRINT_URL = "/wellbeing/tools/safety-plan/print/"
DELETE_URL = "/wellbeing/tools/safety-plan/delete/"

SECRET = "Aku berhenti membalas pesan teman"


def plan_data(**overrides) -> dict:
    data = {key: "" for key in services.SECTION_KEYS}
    data.update(
        warning_signs=f"{SECRET}\nSusah tidur\n\n   ",
        coping_strategies="Napas 4-7-8\nJalan sore",
        people_to_ask="Kak Rina 0812-0000-1111",
        reasons_for_living="Adikku",
    )
    data.update(overrides)
    return data


@pytest.fixture
def ani(make_user):
    return make_user("ani")


@pytest.fixture
def ani_plan(ani):
    return services.save_safety_plan(ani, plan_data())


# Saving -----------------------------------------------------------------------------------


def test_signed_in_user_saves_a_plan_and_sees_it(ani, client_for):
    client = client_for(ani)

    response = client.post(PLAN_URL, plan_data())

    assert response.status_code == 302 and response["Location"] == PLAN_URL
    plan = SafetyPlan.objects.get(user=ani)
    assert plan.warning_signs == [SECRET, "Susah tidur"]  # blank lines dropped
    assert plan.coping_strategies == ["Napas 4-7-8", "Jalan sore"]
    assert plan.reasons_for_living == ["Adikku"]
    assert plan.social_distractions == []
    html = client.get(PLAN_URL).content.decode()
    assert SECRET in html and 'id="export-text"' in html and 'id="delete-plan"' in html


def test_saving_again_replaces_the_one_plan(ani, ani_plan):
    services.save_safety_plan(ani, {"warning_signs": ["Hanya ini"]})

    assert SafetyPlan.objects.filter(user=ani).count() == 1
    plan = SafetyPlan.objects.get(user=ani)
    assert plan.warning_signs == ["Hanya ini"] and plan.coping_strategies == []


def test_a_new_plan_starts_with_the_readers_crisis_helplines(ani, client_for):
    html = client_for(ani).get(PLAN_URL).content.decode()

    assert 'id="professionals-suggested"' in html
    suggestions = services.suggested_professionals(ani, "id")
    assert suggestions and suggestions[0].startswith("healing119.id")
    textarea = html.split('name="professionals"', 1)[1].split("</textarea>", 1)[0]
    assert "healing119.id" in textarea
    assert all(len(item) <= services.MAX_ITEM_LENGTH for item in suggestions)


def test_signed_out_visitors_read_the_template_and_cannot_save(client):
    html = client.get(PLAN_URL).content.decode()

    assert 'id="plan-template"' in html and 'id="safety-plan-form"' not in html
    for section in services.SECTIONS:
        assert f'id="section-{section.key}"' in html
    assert "/wellbeing/tools/safety-plan/print/" in html
    response = client.post(PLAN_URL, plan_data())
    assert response.status_code == 302 and response["Location"].startswith("/auth/login/")
    assert not SafetyPlan.objects.exists()


# Privacy ----------------------------------------------------------------------------------


def test_another_user_sees_only_their_own_blank_plan(ani_plan, make_user, client_for):
    bob = client_for(make_user("bob"))

    html = bob.get(PLAN_URL).content.decode()

    assert SECRET not in html and "Kak Rina" not in html
    assert SECRET not in bob.get(PRINT_URL).content.decode()
    assert bob.get(TEXT_URL).status_code == 404
    assert bob.get(JSON_URL).status_code == 404
    assert bob.get(DELETE_URL).status_code == 404
    assert bob.post(DELETE_URL).status_code == 404
    assert SafetyPlan.objects.filter(pk=ani_plan.pk).exists()


def test_staff_cannot_see_a_plan_anywhere(ani_plan, make_user, client_for):
    boss = client_for(make_user("boss", is_staff=True, is_superuser=True, is_moderator=True))

    assert SafetyPlan not in admin.site._registry
    assert boss.get("/admin/coping/safetyplan/").status_code == 404
    assert boss.get(f"/admin/coping/safetyplan/{ani_plan.pk}/change/").status_code == 404
    assert boss.get(TEXT_URL).status_code == 404
    assert boss.get(JSON_URL).status_code == 404
    assert SECRET not in boss.get(PLAN_URL).content.decode()
    assert "coping" not in boss.get("/admin/").content.decode().lower()


def test_signed_out_export_asks_to_log_in(ani_plan, client):
    for url in (TEXT_URL, JSON_URL, DELETE_URL):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/auth/login/")


def test_plan_pages_are_not_cached(ani_plan, ani, client_for):
    client = client_for(ani)
    for url in (PLAN_URL, PRINT_URL, TEXT_URL, JSON_URL):
        assert "no-store" in client.get(url)["Cache-Control"], url


# Export and print ---------------------------------------------------------------------------


def test_export_as_text(ani_plan, make_user, client_for):
    english = make_user("eng", language="en")
    services.save_safety_plan(english, plan_data())

    response = client_for(english).get(TEXT_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="safety-plan.txt"'
    text = response.content.decode()
    lines = text.splitlines()
    assert lines[0] == "My safety plan"
    assert "1. Warning signs" in lines
    start = lines.index("1. Warning signs")
    assert lines[start + 1 : start + 3] == [f"- {SECRET}", "- Susah tidur"]
    assert "3. People and places that take my mind off things" in lines
    empty = lines.index("3. People and places that take my mind off things")
    assert lines[empty + 1] == "-"
    assert "7. My reasons for living" in lines and "- Adikku" in lines
    assert lines[-1] == "If you are in danger right now, call 112."


def test_export_text_follows_the_readers_language(ani_plan, ani, client_for):
    text = client_for(ani).get(TEXT_URL).content.decode()

    assert text.startswith(translated("My safety plan", "id") + "\n")
    assert f"1. {translated('Warning signs', 'id')}" in text


def test_export_as_json(ani_plan, ani, client_for):
    response = client_for(ani).get(JSON_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="safety-plan.json"'
    data = json.loads(response.content)
    assert data["type"] == "teduh.safety_plan" and data["version"] == 1
    assert [section["key"] for section in data["sections"]] == list(services.SECTION_KEYS)
    by_key = {section["key"]: section for section in data["sections"]}
    assert by_key["warning_signs"]["items"] == [SECRET, "Susah tidur"]
    assert by_key["people_to_ask"]["items"] == ["Kak Rina 0812-0000-1111"]
    assert by_key["professionals"]["items"] == []
    assert by_key["warning_signs"]["title"] == translated("Warning signs", "id")
    assert "user" not in data and "ani" not in json.dumps(data)


def test_print_page_shows_the_plan_or_a_blank_one(ani_plan, ani, client_for, client):
    mine = client_for(ani).get(PRINT_URL).content.decode()
    assert SECRET in mine and 'id="printable-plan"' in mine

    blank = client.get(PRINT_URL).content.decode()
    assert 'class="write-lines"' in blank and SECRET not in blank
    assert 'id="print-helplines"' in blank and "healing119.id" in blank


def test_stylesheet_has_a_print_layout(client):
    from django.contrib.staticfiles import finders

    css = open(finders.find("teduh/coping.css"), encoding="utf-8").read()
    print_rules = css.split("@media print", 1)[1]
    assert ".site-header" in print_rules and ".no-print" in print_rules
    assert "/static/teduh/coping.css" in client.get(PRINT_URL).content.decode()


# Delete -------------------------------------------------------------------------------------


def test_delete_asks_first_then_deletes(ani_plan, ani, client_for):
    client = client_for(ani)

    confirm = client.get(DELETE_URL)
    assert confirm.status_code == 200 and 'id="delete-plan-form"' in confirm.content.decode()
    assert SafetyPlan.objects.filter(user=ani).exists()

    response = client.post(DELETE_URL)

    assert response.status_code == 302 and response["Location"] == PLAN_URL
    assert not SafetyPlan.objects.filter(user=ani).exists()
    assert SECRET not in client.get(PLAN_URL).content.decode()
    assert client.get(TEXT_URL).status_code == 404
    assert client.post(DELETE_URL).status_code == 404


def test_delete_service_reports_whether_there_was_a_plan(ani, ani_plan):
    assert services.delete_safety_plan(ani) is True
    assert services.delete_safety_plan(ani) is False


# Validation ---------------------------------------------------------------------------------


def test_too_many_lines_is_a_clear_form_error(ani, client_for):
    lines = "\n".join(f"Tanda {n}" for n in range(services.MAX_ITEMS + 1))

    response = client_for(ani).post(PLAN_URL, plan_data(warning_signs=lines))

    assert response.status_code == 200
    html = response.content.decode()
    expected = translated(
        "Write at most %(max)d lines in this section (you wrote %(count)d).", "id"
    ) % {"max": services.MAX_ITEMS, "count": services.MAX_ITEMS + 1}
    assert expected in html
    assert 'class="field has-error"' in html
    assert "Tanda 10" in html  # what was typed is kept
    assert not SafetyPlan.objects.exists()


def test_a_long_line_names_the_line(ani, client_for):
    long_line = "x" * (services.MAX_ITEM_LENGTH + 5)

    response = client_for(ani).post(PLAN_URL, plan_data(coping_strategies=f"Musik\n{long_line}"))

    assert response.status_code == 200
    expected = translated(
        "Keep each line to %(max)d characters or fewer: line %(line)d has %(length)d.", "id"
    ) % {"max": services.MAX_ITEM_LENGTH, "line": 2, "length": services.MAX_ITEM_LENGTH + 5}
    assert expected in response.content.decode()
    assert not SafetyPlan.objects.exists()


def test_an_empty_plan_is_not_saved(ani, client_for):
    data = {key: "  \n " for key in services.SECTION_KEYS}

    response = client_for(ani).post(PLAN_URL, data)

    assert response.status_code == 200
    message = translated("Write at least one line in any section before saving.", "id")
    assert message in response.content.decode()
    assert not SafetyPlan.objects.exists()


def test_a_huge_paste_is_refused(ani, client_for):
    response = client_for(ani).post(PLAN_URL, plan_data(warning_signs="a" * 10_000))

    assert response.status_code == 200 and not SafetyPlan.objects.exists()


def test_clean_items_tidies_and_checks():
    assert services.clean_items(["  Jalan\t sore ", "", "Mu\x00sik", "\n"]) == [
        "Jalan sore",
        "Musik",
    ]
    with pytest.raises(ValidationError) as error:
        services.clean_items(["ok", "y" * (services.MAX_ITEM_LENGTH + 1)])
    assert error.value.error_list[0].code == "too_long"
    assert services.clean_items(["z" * services.MAX_ITEM_LENGTH]) == [
        "z" * services.MAX_ITEM_LENGTH
    ]


def test_save_service_refuses_bad_input_and_writes_nothing(ani):
    with pytest.raises(ValidationError) as error:
        services.save_safety_plan(ani, {"warning_signs": ["a"] * (services.MAX_ITEMS + 1)})
    assert "warning_signs" in error.value.error_dict
    with pytest.raises(ValidationError):
        services.save_safety_plan(ani, {"unknown": ["a"]})
    assert not SafetyPlan.objects.exists()


def test_a_plan_goes_with_its_account(ani, ani_plan):
    ani.delete()

    assert not SafetyPlan.objects.exists()
