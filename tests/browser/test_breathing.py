"""The coping tools in a real browser: the breathing guide's phases (with and without reduced
motion), grounding one step at a time, the pages without JavaScript, and axe on every tool
page. The breathing tests wait the real 4 seconds of the first phase."""

import importlib

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps
from playwright.sync_api import expect

from teduh.coping import services
from tests.browser.test_accessibility import BLOCKING_IMPACTS, _format

pytestmark = pytest.mark.browser

BREATHING = "/wellbeing/tools/breathing/"
GROUNDING = "/wellbeing/tools/grounding/"
# The first phase lasts 4 seconds; leave room for a slow machine.
PHASE_TIMEOUT_MS = 8_000


@pytest.fixture
def helplines(transactional_db):
    # Live-server tests flush the database between tests, seed data included: seed again.
    importlib.import_module("teduh.safety.migrations.0002_seed_indonesian_helplines").seed(
        apps, None
    )


def circle_style(page) -> dict:
    return page.locator("#breath-circle").evaluate(
        "el => { const s = getComputedStyle(el);"
        " return {animation: s.animationName, transform: s.transform}; }"
    )


def labels(page) -> dict:
    app = page.locator("#breathing-app")
    return {name: app.get_attribute(f"data-label-{name}") for name in ("inhale", "hold", "ready")}


def test_478_breathing_moves_from_inhale_to_hold(page):
    page.goto(BREATHING)
    guide = page.locator("#breath-guide")
    phase = page.locator("#breath-phase")
    expect(page.locator("#breathing-app")).to_be_visible()
    text = labels(page)

    page.locator("#breath-start").click()

    expect(guide).to_have_attribute("data-phase", "inhale")
    expect(phase).to_have_text(text["inhale"])
    expect(page.locator("#breath-count")).to_have_text("4")
    assert circle_style(page)["animation"] == "breath-grow"
    expect(page.locator("#breath-start")).to_be_disabled()

    expect(guide).to_have_attribute("data-phase", "hold", timeout=PHASE_TIMEOUT_MS)
    expect(phase).to_have_text(text["hold"])
    expect(page.locator("#breath-count")).to_have_text("7")
    # Holding after breathing in: the circle stays full size.
    assert circle_style(page)["transform"] == "matrix(1, 0, 0, 1, 0, 0)"


def test_reduced_motion_keeps_the_circle_still_but_the_labels_advance(new_context):
    page = new_context(reduced_motion="reduce").new_page()
    page.goto(BREATHING)
    guide = page.locator("#breath-guide")
    text = labels(page)

    page.locator("#breath-start").click()

    expect(guide).to_have_attribute("data-phase", "inhale")
    expect(page.locator("#breath-phase")).to_have_text(text["inhale"])
    assert circle_style(page) == {"animation": "none", "transform": "none"}
    expect(guide).to_have_attribute("data-phase", "hold", timeout=PHASE_TIMEOUT_MS)
    expect(page.locator("#breath-phase")).to_have_text(text["hold"])
    expect(page.locator("#breath-count")).to_have_text("7")
    assert circle_style(page) == {"animation": "none", "transform": "none"}


def test_box_breathing_pause_resume_and_stop(page):
    page.goto(BREATHING)
    guide = page.locator("#breath-guide")
    count = page.locator("#breath-count")
    app = page.locator("#breathing-app")
    page.locator("#pattern-box").check()
    page.locator("#breath-rounds").select_option("2")

    page.locator("#breath-start").click()

    expect(guide).to_have_attribute("data-phase", "inhale")
    expect(page.locator("#breath-round")).to_contain_text("1")
    expect(page.locator("#breath-round")).to_contain_text("2")
    expect(page.locator("#pattern-478")).to_be_disabled()

    page.locator("#breath-pause").click()
    expect(guide).to_have_attribute("data-state", "paused")
    expect(page.locator("#breath-phase")).to_have_text(app.get_attribute("data-label-paused"))
    expect(page.locator("#breath-pause")).to_have_text(app.get_attribute("data-label-resume"))
    frozen = count.text_content()
    page.wait_for_timeout(1_500)
    assert count.text_content() == frozen
    assert guide.get_attribute("data-phase") == "inhale"

    page.locator("#breath-pause").click()
    expect(guide).to_have_attribute("data-state", "running")
    expect(page.locator("#breath-phase")).to_have_text(app.get_attribute("data-label-inhale"))

    page.locator("#breath-stop").click()
    expect(guide).to_have_attribute("data-phase", "ready")
    expect(page.locator("#breath-phase")).to_have_text(app.get_attribute("data-label-ready"))
    expect(count).to_have_text("")
    expect(page.locator("#breath-start")).to_be_enabled()
    expect(page.locator("#breath-pause")).to_be_disabled()


def test_grounding_one_step_at_a_time_and_notes_stay_in_the_page(page):
    page.goto(GROUNDING)
    sent = []
    page.on("request", lambda request: sent.append(request.url))
    steps = page.locator(".grounding-step")

    expect(steps.nth(0)).to_be_visible()
    for index in range(1, 5):
        expect(steps.nth(index)).to_be_hidden()
    expect(page.locator("#grounding-back")).to_be_disabled()
    page.locator("#grounding-notes-5").fill("jendela, lampu, buku, gelas, awan")

    page.locator("#grounding-next").click()
    expect(steps.nth(0)).to_be_hidden()
    expect(steps.nth(1)).to_be_visible()
    expect(page.locator("#grounding-progress")).to_contain_text("2")
    page.locator("#grounding-back").click()
    expect(steps.nth(0)).to_be_visible()
    expect(page.locator("#grounding-notes-5")).to_have_value("jendela, lampu, buku, gelas, awan")

    for _ in range(4):
        page.locator("#grounding-next").click()
    expect(steps.nth(4)).to_be_visible()
    finish = page.locator("#grounding-next")
    expect(finish).to_have_text(finish.get_attribute("data-label-finish"))
    finish.click()
    expect(page.locator("#grounding-done")).to_be_visible()
    expect(page.locator("#grounding-done h2")).to_be_focused()
    expect(steps.nth(4)).to_be_hidden()
    assert sent == []


def test_tools_work_without_javascript(new_context):
    page = new_context(java_script_enabled=False).new_page()

    page.goto(BREATHING)
    expect(page.locator("#instructions-478")).to_be_visible()
    expect(page.locator("#instructions-box")).to_be_visible()
    expect(page.locator("#breathing-app")).to_be_hidden()

    page.goto(GROUNDING)
    for count in (5, 4, 3, 2, 1):
        expect(page.locator(f"#grounding-step-{count}")).to_be_visible()
    expect(page.locator("#grounding-nav")).to_be_hidden()


def _blocking(page, axe, paths: list[str]) -> dict[str, list[dict]]:
    blocking = {}
    for path in paths:
        response = page.goto(path)
        assert response is not None and response.status == 200, path
        violations = axe.run(page).response["violations"]
        found = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
        if found:
            blocking[path] = found
    return blocking


def test_tool_pages_have_no_serious_axe_violations(page, helplines, make_user, log_in):
    axe = Axe()
    signed_out = [
        "/wellbeing/tools/",
        BREATHING,
        GROUNDING,
        "/wellbeing/tools/safety-plan/",
        "/wellbeing/tools/safety-plan/print/",
        "/wellbeing/seek-help/",
    ]
    blocking = _blocking(page, axe, signed_out)

    ani = make_user("ani")
    services.save_safety_plan(
        ani, {"warning_signs": ["Susah tidur"], "coping_strategies": ["Musik"]}
    )
    log_in(page.context, ani)
    blocking |= _blocking(
        page,
        axe,
        [
            "/wellbeing/tools/safety-plan/",
            "/wellbeing/tools/safety-plan/print/",
            "/wellbeing/tools/safety-plan/delete/",
        ],
    )
    # The running breathing guide too.
    page.goto(BREATHING)
    page.locator("#breath-start").click()
    found = [v for v in axe.run(page).response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    if found:
        blocking["breathing (running)"] = found

    assert not blocking, "axe found serious/critical violations:\n" + "\n".join(
        f"{path}:\n{_format(violations)}" for path, violations in blocking.items()
    )
