"""axe-core on every main page: no "serious" or "critical" violations.

axe.min.js comes from the axe-playwright-python wheel and is injected into the page, so nothing
is fetched from a CDN.
"""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from teduh.accounts.services import follow
from teduh.posts.models import Status, Visibility
from teduh.posts.services import StatusDraft, favourite, publish_status

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture(scope="module")
def axe():
    return Axe()


def png_upload(name: str = "langit.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), (120, 170, 160)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def community(make_user):
    """A small, lived-in Teduh: people who follow each other, posts, a warning, an image,
    replies (one anonymous), favourites and notifications."""
    ani = make_user("ani", display_name="Ani Lestari", bio="Belajar pelan-pelan.")
    budi = make_user("budi", display_name="Budi Santoso", is_verified_professional=True)
    follow(ani, budi)
    follow(budi, ani)
    question = publish_status(
        ani,
        StatusDraft(content="Bagaimana cara kalian menenangkan diri saat cemas? #MariBicara"),
        [(png_upload(), "Langit sore berwarna hijau kebiruan")],
    )
    publish_status(
        budi,
        StatusDraft(content="Coba teknik napas 4-7-8, pelan-pelan saja.", in_reply_to=question),
    )
    publish_status(
        budi,
        StatusDraft(
            content="Aku juga sering cemas, kamu tidak sendiri.",
            anonymous=True,
            in_reply_to=question,
        ),
    )
    publish_status(
        budi,
        StatusDraft(
            content="Cerita tentang kehilangan dan cara aku bertahan.",
            spoiler_text="duka, kehilangan",
        ),
    )
    publish_status(
        budi,
        StatusDraft(content="Hanya untuk yang mengikuti aku.", visibility=Visibility.PRIVATE),
    )
    favourite(budi, question)
    return {"ani": ani, "budi": budi, "question": Status.objects.get(pk=question.pk)}


def _format(violations: list[dict], max_nodes: int = 8) -> str:
    """id, impact and the target nodes of each violation, with axe's own explanation."""
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        nodes = violation["nodes"]
        for node in nodes[:max_nodes]:
            target = " ".join(str(part) for part in node["target"])
            summary = node.get("failureSummary", "").splitlines()
            lines.append(f"    at {target}")
            lines.append(f"       {node['html'][:160]}")
            if summary:
                lines.append(f"       {summary[-1].strip()}")
        if len(nodes) > max_nodes:
            lines.append(f"    ... and {len(nodes) - max_nodes} more nodes")
    return "\n".join(lines)


SIGNED_OUT_PAGES = ["/public/", "/auth/signup/", "/auth/login/", "/posts/{q}/", "/help/"]
# Home before notifications: opening the notifications marks them read, and the unread badge
# in the header should be checked too.
SIGNED_IN_PAGES = ["/", "/posts/{q}/", "/@budi/", "/notifications/", "/settings/profile/"]


def audit(page, axe, paths: list[str], question: Status) -> dict[str, list[dict]]:
    """Run axe on each page, with every <details> opened (content warnings, image fields) so
    that what a reader can reveal is checked too. Returns the blocking violations per path."""
    blocking = {}
    for template in paths:
        path = template.format(q=question.pk)
        response = page.goto(path)
        assert response is not None and response.status == 200, path
        for details in page.locator("details").all():
            details.evaluate("element => { element.open = true; }")
        violations = axe.run(page).response["violations"]
        found = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
        if found:
            blocking[path] = found
        if len(found) < len(violations):  # shown with -s or -rA; they do not fail the test
            minor = [v for v in violations if v not in found]
            print(f"axe on {path}, moderate/minor:\n{_format(minor)}")
    return blocking


def _report(blocking: dict[str, list[dict]]) -> str:
    return "axe found serious/critical violations:\n" + "\n".join(
        f"{path}:\n{_format(violations)}" for path, violations in blocking.items()
    )


# One test per signed-in state, not one per page: seeding and flushing the database for each
# page would cost more than the checks themselves. Every page is still checked and reported.
def test_signed_out_pages_have_no_serious_violations(page, axe, community):
    blocking = audit(page, axe, SIGNED_OUT_PAGES, community["question"])
    assert not blocking, _report(blocking)


def test_signed_in_pages_have_no_serious_violations(page, axe, community, log_in):
    log_in(page.context, community["ani"])
    blocking = audit(page, axe, SIGNED_IN_PAGES, community["question"])
    assert not blocking, _report(blocking)


def test_help_and_staff_helpline_pages_have_no_serious_violations(
    page, axe, community, log_in, make_user
):
    import importlib
    from datetime import date

    from django.apps import apps

    from teduh.safety.models import Helpline

    # Live-server tests flush the database between tests, seed data included: seed again.
    importlib.import_module("teduh.safety.migrations.0002_seed_indonesian_helplines").seed(
        apps, None
    )
    # A stale entry, so the warning banner and the staff navigation's count are checked too.
    Helpline.objects.filter(name="JakCare").update(last_verified=date(2020, 1, 1))
    helpline = Helpline.objects.get(name="SAPA 129")
    log_in(page.context, make_user("penjaga", is_staff=True))
    paths = [
        "/help/",
        "/help/?country=FR",
        "/moderation/helplines/",
        "/moderation/helplines/new/",
        f"/moderation/helplines/{helpline.pk}/",
    ]
    blocking = audit(page, axe, paths, community["question"])
    assert not blocking, _report(blocking)
