"""The help page in a real browser with JavaScript turned off: one tap from any page, the
directory's helplines with working links, and a country picker that is a plain form."""

import importlib
import re

import pytest
from django.apps import apps
from playwright.sync_api import expect

from teduh.safety.models import Helpline

pytestmark = pytest.mark.browser


@pytest.fixture
def seeded_helplines(transactional_db):
    """Live-server tests flush the database between tests, seed data included."""
    module = importlib.import_module("teduh.safety.migrations.0002_seed_indonesian_helplines")
    module.seed(apps, None)


def test_help_is_one_tap_away_and_works_without_javascript(
    new_context, live_server, seeded_helplines
):
    Helpline.objects.create(
        organisation="Contoh",
        name="Talian Contoh",
        country="MY",
        description_id="Layanan contoh di Malaysia.",
        topics=["suicide_self_harm"],
        source_url="https://example.org/my",
    )
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/public/")
    page.locator("#help-link").click()

    expect(page).to_have_url(f"{live_server.url}/help/")
    names = page.locator("#helplines .helpline-name")
    expect(names.first).to_contain_text("healing119.id")
    expect(page.locator('#helplines a[href="tel:119"]')).to_be_visible()
    expect(page.locator('#helplines a[href="https://wa.me/628111129129"]')).to_be_visible()
    expect(page.locator('#immediate-danger a[href="tel:112"]')).to_be_visible()
    expect(page.locator("#helplines .reverify").first).to_be_visible()

    page.locator("#help-country").select_option("MY")
    page.locator(".country-picker button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/help/\?country=MY$"))
    expect(names.first).to_contain_text("Talian Contoh")
    expect(page.locator("#helplines")).not_to_contain_text("healing119.id")
