"""Everyone's own controls in a real browser: sensitive images stay blurred until the reader
opens them, and a "warn" keyword filter folds a post behind a warning that can be opened."""

import pytest
from playwright.sync_api import expect

from teduh.filters.services import create_filter
from teduh.posts.services import StatusDraft, publish_status, upload_media
from tests.helpers import image_upload

pytestmark = pytest.mark.browser


def test_sensitive_image_is_blurred_until_opened(page, make_user, log_in):
    budi = make_user("budi", language="en")
    image = upload_media(budi, image_upload(), description="foto luka")
    status = publish_status(
        budi, StatusDraft(content="Hari ini di rumah sakit", media=[image], sensitive=True)
    )
    log_in(page.context, make_user("ani", language="en"))  # "standard": blur until opened

    page.goto("/public/")
    card = page.locator(f"#status-{status.pk}")
    expect(card.locator(".status-content")).to_have_text("Hari ini di rumah sakit")
    media = card.locator("details.sensitive-media")
    expect(media).to_have_js_property("open", False)
    preview = media.locator(".sensitive-preview img")
    expect(preview).to_be_visible()
    assert "blur(" in preview.evaluate("img => getComputedStyle(img).filter")
    # The real image (with its description) waits inside the closed <details>.
    real = media.locator("img[alt='foto luka']")
    expect(real).to_have_count(1)
    expect(real).to_be_hidden()

    media.locator("summary").click()
    expect(media).to_have_js_property("open", True)
    expect(real).to_be_visible()
    assert "blur" not in real.evaluate("img => getComputedStyle(img).filter")
    expect(preview).to_be_hidden()

    # Closing it again blurs it again.
    media.locator("summary").click()
    expect(real).to_be_hidden()


def test_reader_who_wants_more_sees_sensitive_images_at_once(page, make_user, log_in):
    budi = make_user("budi", language="en")
    image = upload_media(budi, image_upload(), description="foto luka")
    status = publish_status(budi, StatusDraft(content="Foto", media=[image], sensitive=True))
    log_in(page.context, make_user("ani", language="en", sensitive_content="more"))
    page.goto("/public/")
    real = page.locator(f"#status-{status.pk} img[alt='foto luka']")
    expect(real).to_be_visible()
    assert "blur" not in real.evaluate("img => getComputedStyle(img).filter")
    expect(page.locator(f"#status-{status.pk} details.sensitive-media")).to_have_count(0)


def test_warn_filter_folds_the_post_behind_a_warning(page, make_user, log_in):
    budi = make_user("budi", language="en")
    matching = publish_status(budi, StatusDraft(content="Kabar duka dari keluarga kami"))
    other = publish_status(budi, StatusDraft(content="Kabar gembira hari ini"))
    ani = make_user("ani", language="en")
    create_filter(
        ani,
        title="Berita duka",
        context=["public"],
        filter_action="warn",
        keywords=[("duka", True)],
    )
    log_in(page.context, ani)

    page.goto("/public/")
    # The other post is shown as usual.
    expect(page.locator(f"#status-{other.pk} .status-content")).to_be_visible()
    fold = page.locator("details.filtered-post", has=page.locator(f"#status-{matching.pk}"))
    expect(fold).to_have_count(1)
    expect(fold).to_have_js_property("open", False)
    expect(fold.locator("summary")).to_be_visible()
    expect(fold.locator("summary")).to_contain_text("Berita duka")
    body = page.locator(f"#status-{matching.pk} .status-content")
    expect(body).to_be_hidden()

    fold.locator("summary").click()
    expect(fold).to_have_js_property("open", True)
    expect(body).to_be_visible()
    expect(body).to_have_text("Kabar duka dari keluarga kami")
