"""A self-check in a real browser: someone takes the PHQ-9 with a low total but answers item 9
"Several days", and the help card is on screen above the score. The self-check pages pass axe,
and the questionnaire works without JavaScript."""

import importlib

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps
from playwright.sync_api import expect

from teduh.selfchecks.models import SavedResult
from teduh.selfchecks.services import save_result, score

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture
def seeded_helplines(transactional_db):
    """Live-server tests flush the database between tests, seed data included."""
    module = importlib.import_module("teduh.safety.migrations.0002_seed_indonesian_helplines")
    module.seed(apps, None)


def answer(page, answers: list[int]) -> None:
    for number, value in enumerate(answers, start=1):
        # Click the visible label, as a person would.
        page.locator(f'label[for="q{number}-{value}"]').click()
        expect(page.locator(f"#q{number}-{value}")).to_be_checked()


def blocking_violations(page) -> list:
    violations = Axe().run(page).response["violations"]
    return [
        (v["id"], v["help"], [n["html"][:120] for n in v["nodes"]])
        for v in violations
        if v["impact"] in BLOCKING_IMPACTS
    ]


def test_item9_shows_the_help_card_above_the_score(page, make_user, log_in, seeded_helplines):
    log_in(page.context, make_user("sekar", language="id"))
    page.goto("/wellbeing/self-checks/")
    page.locator("#take-phq9").click()
    expect(page.locator("fieldset.selfcheck-item")).to_have_count(9)

    answer(page, [0, 1, 0, 0, 0, 0, 0, 0, 1])  # total 2; item 9 "Several days"
    page.locator("#selfcheck-submit").click()

    card = page.locator("#selfcheck-help")
    score_box = page.locator("#selfcheck-score")
    expect(card).to_be_visible()
    expect(score_box).to_be_visible()
    expect(score_box).to_contain_text("2")
    expect(card.locator(".helpline-name").first).to_contain_text("healing119.id")
    expect(card.locator('a[href="tel:112"]')).to_be_visible()
    # Above the score, both in the document and on screen.
    assert page.evaluate(
        "document.querySelector('#selfcheck-help').compareDocumentPosition("
        "document.querySelector('#selfcheck-score')) & Node.DOCUMENT_POSITION_FOLLOWING"
    )
    assert card.bounding_box()["y"] < score_box.bounding_box()["y"]
    # Not ticked, so not saved.
    assert SavedResult.objects.count() == 0


def test_questionnaire_works_without_javascript(new_context, seeded_helplines):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/wellbeing/self-checks/gad7/")
    answer(page, [3, 3, 3, 3, 3, 0, 0])
    page.locator("#selfcheck-submit").click()

    expect(page.locator("#selfcheck-score")).to_contain_text("15")
    expect(page.locator("#selfcheck-help")).to_be_visible()  # severe band


def test_selfcheck_pages_have_no_serious_axe_violations(page, make_user, log_in, seeded_helplines):
    sekar = make_user("sekar", language="id")
    save_result(sekar, score("phq9", [1] * 9))
    mine = save_result(sekar, score("phq9", [2] * 9))
    save_result(sekar, score("gad7", [1] * 7))
    log_in(page.context, sekar)
    blocking = {}
    for path in (
        "/wellbeing/self-checks/",
        "/wellbeing/self-checks/phq9/",
        "/wellbeing/self-checks/gad7/",
        "/wellbeing/self-checks/history/",
        f"/wellbeing/self-checks/history/{mine.pk}/",
    ):
        response = page.goto(path)
        assert response is not None and response.status == 200, path
        if found := blocking_violations(page):
            blocking[path] = found

    # The result page, with the crisis card, and the form showing errors.
    page.goto("/wellbeing/self-checks/phq9/")
    answer(page, [0, 0, 0, 0, 0, 0, 0, 0, 1])
    page.locator("#selfcheck-save").check()
    page.locator("#selfcheck-submit").click()
    expect(page.locator("#selfcheck-help")).to_be_visible()
    expect(page.locator("#selfcheck-saved")).to_be_visible()
    if found := blocking_violations(page):
        blocking["result"] = found
    assert SavedResult.objects.filter(user=sekar).count() == 4

    page.goto("/wellbeing/self-checks/gad7/")
    page.evaluate("document.querySelectorAll('input[required]').forEach(i => i.required = false)")
    page.locator("#selfcheck-submit").click()
    expect(page.locator("#form-errors")).to_be_visible()
    if found := blocking_violations(page):
        blocking["form errors"] = found
    assert not blocking, blocking
