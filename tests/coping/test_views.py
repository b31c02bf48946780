"""The coping tool pages and "When to seek professional help": they render in Indonesian and
English, work without JavaScript, respect reduced motion and send nothing anywhere."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from tests.helpers import translated

pytestmark = pytest.mark.django_db

PAGES = {
    "/wellbeing/tools/": "Coping tools",
    "/wellbeing/tools/breathing/": "Paced breathing",
    "/wellbeing/tools/grounding/": "5-4-3-2-1 grounding",
    "/wellbeing/tools/safety-plan/": "My safety plan",
    "/wellbeing/tools/safety-plan/print/": "My safety plan",
    "/wellbeing/seek-help/": "When to seek professional help",
}


def static_text(path: str) -> str:
    found = finders.find(path)
    assert found, f"static file {path} is missing"
    with open(found, encoding="utf-8") as handle:
        return handle.read()


def test_url_names():
    assert reverse("coping_tools") == "/wellbeing/tools/"
    assert reverse("seek_help") == "/wellbeing/seek-help/"
    assert reverse("safety_plan") == "/wellbeing/tools/safety-plan/"


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("path", list(PAGES))
def test_pages_render_in_each_language_for_visitors(client, path, language):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 200
    assert response["Content-Language"] == language
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{translated(PAGES[path], language)}</h1>" in html
    assert "/static/teduh/coping.css" in html


@pytest.mark.parametrize("language", ["id", "en"])
def test_pages_render_for_signed_in_people_in_their_language(make_user, client_for, language):
    client = client_for(make_user("ani", language=language))
    for path, title in PAGES.items():
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Content-Language"] == language
        assert f"<h1>{translated(title, language)}</h1>" in response.content.decode()


def test_tools_index_links_every_tool(client):
    html = client.get("/wellbeing/tools/").content.decode()

    for url in (
        "/wellbeing/tools/breathing/",
        "/wellbeing/tools/grounding/",
        "/wellbeing/tools/safety-plan/",
        "/wellbeing/seek-help/",
        "/help/",
    ):
        assert f'href="{url}"' in html, url


def test_breathing_page_works_without_javascript(client):
    html = client.get("/wellbeing/tools/breathing/").content.decode()

    # Written steps for both patterns are part of the page itself.
    assert 'id="instructions-478"' in html and 'id="instructions-box"' in html
    for step in (
        "Breathe in quietly through your nose while you count to 4.",
        "Hold your breath while you count to 7.",
        "Breathe out slowly through your mouth while you count to 8.",
        "Hold, with your lungs empty, while you count to 4.",
    ):
        assert translated(step, "id") in html
    # The interactive guide stays hidden until the script shows it.
    assert re.search(r'<div id="breathing-app" hidden\b', html)
    assert "<noscript>" in html
    assert '<script src="/static/teduh/breathing.js" defer></script>' in html


def test_breathing_patterns_and_labels_come_from_the_page(client):
    html = client.get("/wellbeing/tools/breathing/").content.decode()

    patterns = re.search(
        r'<script id="breathing-patterns" type="application/json">(.*?)</script>', html
    )
    assert patterns is not None
    assert '"478": [["inhale", 4], ["hold", 7], ["exhale", 8]]' in patterns.group(1)
    assert (
        '"box": [["inhale", 4], ["hold", 4], ["exhale", 4], ["hold-empty", 4]]' in patterns.group(1)
    )
    assert f'data-label-inhale="{translated("Breathe in", "id")}"' in html
    assert 'aria-live="polite"' in html
    for button in ("breath-start", "breath-pause", "breath-stop"):
        assert f'id="{button}"' in html
    assert "<audio" not in html


def test_grounding_is_a_plain_list_without_javascript(client):
    html = client.get("/wellbeing/tools/grounding/").content.decode()

    steps = re.findall(r'id="grounding-step-(\d)"', html)
    assert steps == ["5", "4", "3", "2", "1"]
    assert translated("Look around and name five things you can see.", "id") in html
    assert translated("Notice one thing you can taste.", "id") in html
    # Step-by-step controls appear only with JavaScript.
    assert re.search(r'<div class="stepper-nav" id="grounding-nav" hidden>', html)


def test_grounding_notes_cannot_be_sent(client):
    html = client.get("/wellbeing/tools/grounding/").content.decode()
    tool = html.split('<div id="grounding"', 1)[1].split("</div>\n<script", 1)[0]

    textareas = re.findall(r"<textarea[^>]*>", tool)
    assert len(textareas) == 5
    assert all(" name=" not in textarea for textarea in textareas)
    assert "<form" not in tool


@pytest.mark.parametrize("script", ["breathing.js", "grounding.js", "print.js"])
def test_scripts_send_and_store_nothing(script):
    source = static_text(f"teduh/{script}")

    for forbidden in ("fetch(", "XMLHttpRequest", "localStorage", "sessionStorage", "http"):
        assert forbidden not in source, forbidden
    assert "new Audio" not in source and "AudioContext" not in source


def test_stylesheet_keeps_the_circle_still_for_reduced_motion():
    css = static_text("teduh/coping.css")

    reduced = css.split("@media (prefers-reduced-motion: reduce)", 1)[1].split("\n}\n", 1)[0]
    assert ".breath-circle" in reduced
    assert "animation: none !important" in reduced
    assert "transform: none !important" in reduced
    assert "@keyframes breath-grow" in css and "@keyframes breath-shrink" in css


def test_seek_help_guidance_and_crisis_lines(client):
    html = client.get("/wellbeing/seek-help/").content.decode()

    assert 'id="seek-help-card"' in html and "healing119.id" in html
    assert translated("If you are in danger right now, call 112.", "id") in html
    for anchor in ("signs", "who-can-help", "what-to-expect", "who-bk", "who-puskesmas"):
        assert f'id="{anchor}"' in html
    assert "HIMPSI" in html and "guru BK" in html
    two_weeks = (
        "Sadness, worry, emptiness or irritability that lasts most of the day, nearly every "
        "day, for more than two weeks."
    )
    assert translated(two_weeks, "id") in html
    # Crisis help comes before the longer guidance.
    assert html.index('id="seek-help-card"') < html.index('id="signs"')


def test_seek_help_card_follows_the_readers_country(make_user, client_for):
    html = client_for(make_user("ani", language="en")).get("/wellbeing/seek-help/").content
    assert b"healing119.id" in html and b'id="seek-help-card"' in html


def test_help_page_links_the_guidance_and_tools(client):
    html = client.get("/help/").content.decode()

    wellbeing = html.split('id="wellbeing"', 1)[1]
    assert 'href="/wellbeing/seek-help/"' in wellbeing
    assert 'href="/wellbeing/tools/"' in wellbeing
