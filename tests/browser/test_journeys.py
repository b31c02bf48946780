"""What a person sees while signing up, posting, replying, following, switching language
and favouriting, in a real browser against the live server."""

import re

import pytest
from playwright.sync_api import expect

from teduh.accounts.models import User
from teduh.notifications.models import Notification
from teduh.posts.models import Status
from teduh.posts.services import StatusDraft, publish_status

pytestmark = pytest.mark.browser

PASSWORD = "a-long-test-password"  # what make_user in tests/conftest.py sets


def mark_document(page):
    """Tag the current document; the tag survives htmx swaps but not a full page load."""
    page.evaluate("window.__sameDocument = true")


def still_same_document(page) -> bool:
    return page.evaluate("window.__sameDocument === true")


def test_sign_up_lands_on_home_signed_in(page, live_server):
    page.goto("/auth/signup/")
    page.locator("#id_username").fill("sekar_ayu")
    page.locator("#id_display_name").fill("Sekar Ayu")
    page.locator("#id_password").fill("tenang-dan-teduh-2024")
    page.locator("#id_language").select_option("id")
    page.locator("#id_confirm_age").check()
    page.locator("main form button[type=submit]").click()

    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    # Signed in: the header offers the person's own profile and a way to log out.
    nav = page.get_by_role("navigation").first
    expect(nav.locator('a[href="/@sekar_ayu/"]')).to_be_visible()
    expect(nav.locator('form[action="/auth/logout/"] button')).to_be_visible()
    expect(page.locator(".messages .message.success")).to_be_visible()
    # Home has the composer, which only signed-in people get.
    expect(page.locator("main form.composer textarea[name=content]")).to_be_visible()
    user = User.objects.get(username="sekar_ayu")
    assert user.display_name == "Sekar Ayu"
    assert user.language == "id"
    assert user.age_confirmed_at is not None


def test_content_warning_hides_the_body_until_opened(page, make_user, log_in):
    log_in(page.context, make_user("ani", language="en"))
    page.goto("/")
    page.locator("#id_content").fill("Hari ini berat, tapi aku masih di sini.")
    page.locator("#id_spoiler_text").fill("cerita tentang duka")
    page.locator("main form.composer button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/posts/\d+/$"))
    post = page.locator(".focused article.status")
    warning = post.locator("details.content-warning")
    expect(warning.locator("summary")).to_be_visible()
    expect(warning.locator("summary")).to_contain_text("cerita tentang duka")
    body = warning.locator(".status-content")
    expect(body).to_have_count(1)  # the body sits inside the <details>...
    expect(warning).to_have_js_property("open", False)  # ...which is closed
    expect(body).to_be_hidden()

    warning.locator("summary").click()
    expect(warning).to_have_js_property("open", True)
    expect(body).to_be_visible()
    expect(body).to_have_text("Hari ini berat, tapi aku masih di sini.")


def test_reply_shows_under_replies_and_notifies_the_author(
    page, new_context, make_user, log_in, live_server
):
    budi = make_user("budi", display_name="Budi", language="en")
    post = publish_status(budi, StatusDraft(content="Ada yang pernah ikut konseling online?"))
    log_in(page.context, make_user("ani", display_name="Ani", language="en"))

    page.goto(f"/posts/{post.pk}/")
    expect(page.locator("#reply-heading")).to_be_visible()
    page.locator("#reply #id_content").fill("Pernah, lewat healing119. Membantu sekali.")
    page.locator("#reply button[type=submit]").click()

    expect(page).to_have_url(f"{live_server.url}/posts/{post.pk}/")
    replies = page.locator("section[aria-labelledby=replies-heading]")
    expect(page.locator("#replies-heading")).to_have_text(re.compile("Replies|Balasan"))
    reply = replies.locator("article.status")
    expect(reply).to_have_count(1)
    expect(reply).to_contain_text("Pernah, lewat healing119. Membantu sekali.")
    expect(reply.locator(".author")).to_contain_text("Ani")
    expect(replies.locator(".empty")).to_have_count(0)

    # Budi logs in through the form and sees one unread notification in the header.
    budi_page = new_context().new_page()
    budi_page.goto("/auth/login/")
    budi_page.locator("#id_username").fill("budi")
    budi_page.locator("#id_password").fill(PASSWORD)
    budi_page.locator("main form button[type=submit]").click()
    expect(budi_page).to_have_url(f"{live_server.url}/")
    badge = budi_page.locator("#unread-count")
    expect(badge).to_have_text("1")
    expect(badge).to_have_attribute("aria-label", "1 unread notification")

    budi_page.locator('nav a[href="/notifications/"]').click()
    expect(budi_page.locator(".notification.unread")).to_contain_text("Ani replied to your post")
    expect(budi_page.locator("#unread-count")).to_have_count(0)  # reading them clears the badge
    assert Notification.objects.filter(recipient=budi, type="reply", read=True).count() == 1


def test_follow_with_htmx_swaps_the_button_in_place(page, make_user, log_in, live_server):
    budi = make_user("budi", display_name="Budi", language="en")
    publish_status(budi, StatusDraft(content="Tips tidur: jauhkan ponsel sejam sebelum tidur."))
    ani = make_user("ani", language="en")
    log_in(page.context, ani)

    page.goto("/@budi/")
    control = page.locator(f"#follow-{budi.pk}")
    expect(control.get_by_role("button")).to_have_text("Follow")
    mark_document(page)
    with page.expect_response(re.compile(r"/@budi/follow/$")) as response_info:
        control.get_by_role("button").click()
    response = response_info.value
    assert response.request.headers.get("hx-request") == "true"
    assert response.status == 200  # the partial, not a redirect to a new page
    expect(control.get_by_role("button")).to_have_text("Unfollow")
    assert still_same_document(page), "following reloaded the page instead of swapping"
    assert page.url == f"{live_server.url}/@budi/"
    assert User.objects.filter(pk=ani.pk, following_set__target=budi).exists()

    page.goto("/")
    expect(page.locator("main article.status")).to_contain_text(
        "Tips tidur: jauhkan ponsel sejam sebelum tidur."
    )

    # And back again, still in place.
    page.goto("/@budi/")
    mark_document(page)
    page.locator(f"#follow-{budi.pk}").get_by_role("button").click()
    expect(page.locator(f"#follow-{budi.pk}").get_by_role("button")).to_have_text("Follow")
    assert still_same_document(page)


def test_follow_without_javascript_posts_the_form(new_context, make_user, log_in, live_server):
    budi = make_user("budi", display_name="Budi", language="en")
    publish_status(budi, StatusDraft(content="Menulis jurnal membantuku tenang."))
    context = log_in(new_context(java_script_enabled=False), make_user("citra", language="en"))
    page = context.new_page()

    page.goto("/")
    expect(page.locator("main .empty")).to_be_visible()  # nobody followed yet
    page.goto("/@budi/")
    page.locator(f"#follow-{budi.pk}").get_by_role("button", name="Follow").click()
    expect(page).to_have_url(f"{live_server.url}/@budi/")  # redirected back to the profile
    expect(page.locator(f"#follow-{budi.pk}").get_by_role("button")).to_have_text("Unfollow")

    page.goto("/")
    expect(page.locator("main article.status")).to_contain_text("Menulis jurnal membantuku tenang.")


def test_language_switch_in_the_footer_sticks(page):
    def switch_to(code: str):
        page.locator("#language-select").select_option(code)
        page.locator("footer form.language-switch button[type=submit]").click()
        expect(page.locator("html")).to_have_attribute("lang", code)

    page.goto("/help/")
    expect(page.locator("html")).to_have_attribute("lang", "id")  # the browser asks for id-ID

    switch_to("en")
    expect(page).to_have_url(re.compile(r"/help/$"))  # back where the person was
    page.reload()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.goto("/public/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#language-select")).to_have_value("en")

    switch_to("id")
    page.reload()
    expect(page.locator("html")).to_have_attribute("lang", "id")


def test_language_switch_is_saved_for_a_signed_in_person(page, make_user, log_in):
    ani = make_user("ani", language="id")
    log_in(page.context, ani)
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    page.locator("#language-select").select_option("en")
    page.locator("footer form.language-switch button[type=submit]").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.reload()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    ani.refresh_from_db()
    assert ani.language == "en"


def test_favourite_with_htmx_updates_count_and_pressed_state(page, make_user, log_in):
    budi = make_user("budi", language="en")
    post = publish_status(budi, StatusDraft(content="Terima kasih sudah membaca."))
    log_in(page.context, make_user("ani", language="en"))

    page.goto(f"/posts/{post.pk}/")
    favourite = page.locator(f"#actions-{post.pk} form").first.get_by_role("button")
    expect(favourite).to_have_attribute("aria-pressed", "false")
    expect(favourite.locator(".count")).to_have_text("0")
    mark_document(page)

    favourite.click()
    expect(favourite).to_have_attribute("aria-pressed", "true")
    expect(favourite.locator(".count")).to_have_text("1")
    expect(favourite).to_contain_text("Favourited")
    assert still_same_document(page), "favouriting reloaded the page instead of swapping"
    assert Status.objects.get(pk=post.pk).favourites_count == 1
