"""Browser tests: real Chromium driven by Playwright against pytest-django's live server.

One Chromium is shared by the whole session; every test gets a fresh context (cookies,
storage) and page. Nothing is downloaded: Chromium comes from the system (/usr/bin/chromium,
the Debian package) and axe-core from the axe-playwright-python wheel.

Without Chromium a developer machine skips these tests with a reason; under CI=true any
skipped browser test counts as a failure, so a broken CI image cannot pass silently.
"""

import os
from pathlib import Path

import pytest
from django.test import Client

# The Playwright sync API runs an asyncio event loop in this thread; Django's ORM refuses to
# run while a loop is running unless told that it is safe (it is: nothing here is async).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    # The network is closed: keep Chromium from phoning home (and flooding refused connections).
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
TIMEOUT_MS = 10_000


def in_ci() -> bool:
    return os.environ.get("CI") == "true"


def unavailable(reason: str):
    """Skip on a developer machine, fail under CI."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: browser tests must run, not skip)", pytrace=False)
    pytest.skip(reason)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI=true a skipped browser test is a failure, whatever skipped it."""
    report = yield
    if (
        in_ci()
        and report.skipped
        and not hasattr(report, "wasxfail")
        and item.get_closest_marker("browser") is not None
    ):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"browser test skipped under CI=true, which counts as a failure: {reason}"
    return report


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} not found; install Chromium (Debian: apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed; run `make test` to install the dev extras")
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
    except Exception as error:
        playwright.stop()
        unavailable(f"Chromium at {CHROMIUM} failed to start: {error}")
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture
def new_context(browser, live_server):
    """Factory for extra browser contexts (a second person, JavaScript turned off)."""
    contexts = []

    def make(**options):
        options.setdefault("base_url", live_server.url)
        options.setdefault("locale", "id-ID")
        context = browser.new_context(**options)
        context.set_default_timeout(TIMEOUT_MS)
        context.set_default_navigation_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def context(new_context):
    return new_context()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def log_in(live_server):
    """Sign a browser context in as a user without going through the login form."""

    def sign_in(context, user):
        client = Client()
        client.force_login(user)
        session = client.cookies["sessionid"]
        context.add_cookies([{"name": "sessionid", "value": session.value, "url": live_server.url}])
        return context

    return sign_in
