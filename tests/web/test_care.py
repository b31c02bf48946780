"""The care layer in the web UI: cards after posting, the content warning offer, "I'm worried
about this person", private notifications and the care queue."""

import pytest
from django.test import Client

from teduh.notifications.models import Notification
from teduh.posts.models import Status, StatusState
from teduh.safety import care
from teduh.safety.models import AuditLogEntry, CareQueueItem, WorriedFlag
from teduh.safety.screening import ScreeningResult

CRISIS = "aku pengen bundir"
METHOD = "cara bunuh diri paling cepat: minum 50 butir obat tidur"
ORDINARY = "mati lampu lagi"
HEAVY = "hari ini berat banget, capek sama semuanya"


def publish(client, content, **extra):
    return client.post("/compose/", {"content": content, "visibility": "public", **extra})


# After posting -------------------------------------------------------------------------------


def test_crisis_post_lands_on_a_supportive_card_once(make_user, client_for):
    client = client_for(make_user("ani"))
    response = publish(client, CRISIS, next="/")
    assert response.status_code == 302
    landed = client.get(response["Location"]).content.decode()
    assert 'id="supportive-card"' in landed
    assert 'href="/help/#talk-to-a-counselor"' in landed
    assert "healing119" in landed.lower()  # the author's helplines
    # Shown once; the support notification keeps it findable.
    assert 'id="supportive-card"' not in client.get("/").content.decode()
    notifications = client.get("/notifications/").content.decode()
    assert "support-card-" in notifications


def test_ordinary_post_shows_no_card(make_user, client_for):
    client = client_for(make_user("ani"))
    response = publish(client, ORDINARY)
    landed = client.get(response["Location"]).content.decode()
    assert 'id="supportive-card"' not in landed
    assert 'id="held-notice"' not in landed


def test_held_post_lands_on_the_held_notice(make_user, client_for):
    client = client_for(make_user("ani"))
    response = publish(client, METHOD)
    status = Status.objects.get()
    assert status.state == StatusState.HELD
    landed = client.get(response["Location"]).content.decode()
    assert 'id="held-notice"' in landed
    assert 'id="supportive-card"' not in landed
    assert f'href="/posts/{status.pk}/"' in landed


def test_the_card_is_only_for_the_author(make_user, client_for, post):
    author, other = make_user("ani"), make_user("budi")
    status = post(author, CRISIS)
    client = client_for(other)
    session = client.session
    session["teduh_care_notice"] = status.pk
    session.save()
    assert 'id="supportive-card"' not in client.get("/").content.decode()


def test_readers_see_help_under_crisis_posts_but_the_author_does_not(make_user, client_for, post):
    author = make_user("ani")
    status = post(author, CRISIS)
    reader_page = Client().get(f"/posts/{status.pk}/").content.decode()
    assert 'class="crisis-banner"' in reader_page
    assert 'href="/help/"' in reader_page
    assert (
        'class="crisis-banner"'
        not in client_for(author).get(f"/posts/{status.pk}/").content.decode()
    )
    ordinary = post(author, ORDINARY)
    assert 'class="crisis-banner"' not in Client().get(f"/posts/{ordinary.pk}/").content.decode()


# The content warning offer ---------------------------------------------------------------------


@pytest.fixture
def concern(monkeypatch):
    monkeypatch.setattr(care, "screen_text", lambda text: ScreeningResult("concern", ("distress",)))


def test_concern_post_is_offered_a_content_warning(make_user, client_for, concern):
    client = client_for(make_user("ani", language="en"))
    response = publish(client, HEAVY)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="cw-offer"' in html
    assert 'name="cw_choice" value="add"' in html
    assert 'name="cw_choice" value="as_is"' in html
    assert HEAVY in html  # the draft is kept
    assert not Status.objects.exists()  # nothing is published or stored yet


def test_adding_the_offered_warning(make_user, client_for, concern):
    client = client_for(make_user("ani"))
    response = publish(client, HEAVY, cw_choice="add", suggested_cw="kesehatan mental")
    assert response.status_code == 302
    status = Status.objects.get()
    assert (status.spoiler_text, status.sensitive) == ("kesehatan mental", True)


def test_posting_as_it_is(make_user, client_for, concern):
    client = client_for(make_user("ani"))
    assert publish(client, HEAVY, cw_choice="as_is").status_code == 302
    assert Status.objects.get().spoiler_text == ""


def test_no_offer_when_a_warning_is_already_there(make_user, client_for, concern):
    client = client_for(make_user("ani"))
    assert publish(client, HEAVY, spoiler_text="capek").status_code == 302
    assert Status.objects.get().spoiler_text == "capek"


def test_threads_get_the_offer_too(make_user, client_for, concern):
    client = client_for(make_user("ani"))
    data = {"part_1": HEAVY, "part_2": "dan besok juga", "visibility": "public"}
    response = client.post("/compose/thread/", data)
    assert response.status_code == 200 and 'id="cw-offer"' in response.content.decode()
    assert not Status.objects.exists()
    response = client.post(
        "/compose/thread/", {**data, "cw_choice": "add", "suggested_cw": "berat"}
    )
    assert response.status_code == 302
    assert set(Status.objects.values_list("spoiler_text", flat=True)) == {"berat"}


# "I'm worried about this person" -----------------------------------------------------------------


def test_worried_link_is_for_other_signed_in_readers(make_user, client_for, post):
    author = make_user("ani")
    status = post(author, HEAVY)
    link = f'href="/posts/{status.pk}/worried/"'
    assert link in client_for(make_user("budi")).get(f"/posts/{status.pk}/").content.decode()
    assert link not in client_for(author).get(f"/posts/{status.pk}/").content.decode()
    assert link not in Client().get(f"/posts/{status.pk}/").content.decode()


def test_worried_confirmation_then_flag(make_user, client_for, post):
    author, reader = make_user("ani"), make_user("budi")
    status = post(author, HEAVY)
    client = client_for(reader)
    page = client.get(f"/posts/{status.pk}/worried/")
    assert page.status_code == 200
    assert 'id="worried-confirm"' in page.content.decode()
    assert not WorriedFlag.objects.exists()  # looking changes nothing

    response = client.post(f"/posts/{status.pk}/worried/")
    assert response.status_code == 302
    assert WorriedFlag.objects.filter(reader=reader, status=status).exists()
    assert CareQueueItem.objects.filter(status=status, reason="worried").exists()

    author_page = client_for(author).get("/notifications/").content.decode()
    assert "support-message" in author_page
    assert "budi" not in author_page  # never who flagged


def test_worried_htmx_answer_is_a_fragment(make_user, client_for, post):
    status = post(make_user("ani"), HEAVY)
    response = client_for(make_user("budi")).post(
        f"/posts/{status.pk}/worried/", HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert "<html" not in response.content.decode()
    assert 'id="worried-confirm"' in response.content.decode()


def test_worried_on_own_or_hidden_post_is_404(make_user, client_for, post):
    author = make_user("ani")
    own = post(author, HEAVY)
    assert client_for(author).get(f"/posts/{own.pk}/worried/").status_code == 404
    held = post(author, METHOD)
    assert client_for(make_user("budi")).post(f"/posts/{held.pk}/worried/").status_code == 404
    assert Client().get(f"/posts/{own.pk}/worried/").status_code == 302  # to the login page


def test_worried_rate_limit_is_a_clear_form_error(make_user, client_for, post, monkeypatch):
    monkeypatch.setattr(care, "WORRIED_FLAGS_PER_HOUR", 1)
    reader = make_user("budi")
    client = client_for(reader)
    first, second = post(make_user("ani"), HEAVY), post(make_user("citra"), HEAVY)
    assert client.post(f"/posts/{first.pk}/worried/").status_code == 302
    response = client.post(f"/posts/{second.pk}/worried/")
    assert response.status_code == 429
    assert 'class="errors"' in response.content.decode()
    assert not WorriedFlag.objects.filter(status=second).exists()


def test_misuse_report_from_the_notifications_page(make_user, client_for, post):
    author = make_user("ani")
    status = post(author, HEAVY)
    care.flag_worried(make_user("budi"), status)
    message = Notification.objects.get(recipient=author, type="support")
    client = client_for(author)
    assert (
        f'action="/notifications/{message.pk}/misuse/"'
        in client.get("/notifications/").content.decode()
    )

    assert (
        client_for(make_user("lain")).post(f"/notifications/{message.pk}/misuse/").status_code
        == 404
    )
    assert client.post(f"/notifications/{message.pk}/misuse/").status_code == 302
    assert WorriedFlag.objects.get().misuse_reported_at is not None
    assert AuditLogEntry.objects.filter(action="care.worried.misuse_reported").count() == 1
    moderator_page = client_for(make_user("mod", is_moderator=True)).get("/care/").content.decode()
    assert 'id="worried-misuse"' in moderator_page
    assert "@budi" in moderator_page


def test_worried_messages_opt_out_in_settings(make_user, client_for):
    user = make_user("ani")
    client = client_for(user)
    assert 'name="worried_messages"' in client.get("/settings/controls/").content.decode()
    client.post("/settings/controls/", {"sensitive_content": "standard"})
    user.refresh_from_db()
    assert user.worried_messages is False
    client.post("/settings/controls/", {"sensitive_content": "standard", "worried_messages": "on"})
    user.refresh_from_db()
    assert user.worried_messages is True


# Private notifications ----------------------------------------------------------------------------


def test_care_and_moderation_messages_render(make_user, client_for, post):
    author = make_user("ani")
    worker = make_user("sinta", display_name="Bu Sinta", is_verified_professional=True)
    status = post(author, CRISIS, anonymous=True)
    item = CareQueueItem.objects.get(status=status)
    care.reach_out(worker, item, "Halo, aku Sinta. Mau cerita?")
    Notification.objects.create(
        recipient=author, type="moderation", message="Laporanmu sudah kami tinjau."
    )
    page = client_for(author).get("/notifications/").content.decode()
    assert "Halo, aku Sinta. Mau cerita?" in page
    assert "Bu Sinta" in page
    assert "Laporanmu sudah kami tinjau." in page


# The care queue -------------------------------------------------------------------------------


@pytest.fixture
def queued(make_user, post):
    author = make_user("rahasia", display_name="Nama Asli Penulis")
    status = post(author, CRISIS, anonymous=True)
    return CareQueueItem.objects.get(status=status)


def test_queue_is_403_for_ordinary_users(make_user, client_for, queued):
    client = client_for(make_user("biasa"))
    assert client.get("/care/").status_code == 403
    assert client.get(f"/care/{queued.pk}/").status_code == 403
    assert client.post(f"/care/{queued.pk}/claim/").status_code == 403
    assert Client().get("/care/").status_code == 302  # to the login page
    assert 'id="care-queue-link"' not in client.get("/").content.decode()


def test_queue_and_item_pages_for_a_professional(make_user, client_for, queued):
    worker = make_user("sinta", is_verified_professional=True)
    client = client_for(worker)
    assert 'id="care-queue-link"' in client.get("/").content.decode()
    listing = client.get("/care/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert f'id="care-item-{queued.pk}"' in html
    assert CRISIS in html
    assert "rahasia" not in html and "Nama Asli Penulis" not in html  # anonymous stays so

    page = client.get(f"/care/{queued.pk}/").content.decode()
    assert "Anonim" in page
    assert "rahasia" not in page and "Nama Asli Penulis" not in page
    assert AuditLogEntry.objects.filter(action="care.queue.view", actor=worker).exists()
    assert AuditLogEntry.objects.filter(action="care.item.view", actor=worker).exists()


def test_claim_reach_out_and_resolve_through_the_web(make_user, client_for, queued):
    worker = make_user("sinta", is_verified_professional=True)
    client = client_for(worker)
    assert client.post(f"/care/{queued.pk}/claim/").status_code == 302
    assert client.post(f"/care/{queued.pk}/reach-out/", {"message": ""}).status_code == 400
    assert client.post(f"/care/{queued.pk}/reach-out/", {"message": "Halo"}).status_code == 302
    assert Notification.objects.filter(type="care", actor=worker, message="Halo").exists()
    bad = client.post(f"/care/{queued.pk}/resolve/", {"outcome": "published"})
    assert bad.status_code == 400
    done = client.post(f"/care/{queued.pk}/resolve/", {"outcome": "false_positive", "note": "ok"})
    assert done.status_code == 302
    queued.refresh_from_db()
    assert (queued.outcome, queued.claimed_by, queued.resolved_by) == (
        "false_positive",
        worker,
        worker,
    )
    actions = set(AuditLogEntry.objects.filter(actor=worker).values_list("action", flat=True))
    assert {"care.item.claim", "care.item.reach_out", "care.item.resolve"} <= actions


def test_held_post_decisions_through_the_web(make_user, client_for, post):
    status = post(make_user("ani"), METHOD)
    item = CareQueueItem.objects.get(status=status)
    professional = client_for(make_user("sinta", is_verified_professional=True))
    assert 'id="care-decide"' not in professional.get(f"/care/{item.pk}/").content.decode()
    assert professional.post(f"/care/{item.pk}/decide/", {"decision": "publish"}).status_code == 403

    moderator = client_for(make_user("mod", is_moderator=True))
    page = moderator.get(f"/care/{item.pk}/").content.decode()
    assert 'id="care-decide"' in page and 'id="care-resolve"' not in page
    assert (
        moderator.post(f"/care/{item.pk}/decide/", {"decision": "keep_hidden"}).status_code == 302
    )
    status.refresh_from_db()
    assert status.state == StatusState.HIDDEN
    assert Client().get(f"/posts/{status.pk}/").status_code == 404


def test_unknown_item_is_404(make_user, client_for):
    client = client_for(make_user("mod", is_moderator=True))
    assert client.get("/care/999/").status_code == 404
    assert client.post("/care/999/claim/").status_code == 404
