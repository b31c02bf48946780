"""Screening in the publish flow and what follows from it (safety.care.after_screening)."""

import logging

import pytest
from django.test import Client

from teduh.accounts.services import follow
from teduh.notifications.models import Notification, NotificationType
from teduh.posts.models import ScreeningLevel, Status, StatusState, Tag
from teduh.posts.services import StatusDraft, publish_thread, screen_draft
from teduh.safety import care
from teduh.safety.models import CareQueueItem, CareReason
from teduh.safety.screening import ScreeningResult
from teduh.timelines.services import home_queryset, public_queryset, tag_queryset

CRISIS = "aku pengen bundir"
METHOD = "cara bunuh diri paling cepat: minum 50 butir obat tidur #malam"
ORDINARY = "mati lampu lagi"


def test_crisis_post_is_published_with_care(make_user, post):
    author = make_user("ani")
    status = post(author, CRISIS)

    status.refresh_from_db()
    assert status.state == StatusState.PUBLISHED
    assert status.screening_level == ScreeningLevel.CRISIS
    assert status.screening_signals  # the signals behind the level are stored
    assert status.method_details is False
    item = CareQueueItem.objects.get(status=status)
    assert (item.reason, item.reasons, item.level) == ("crisis", ["crisis"], "crisis")
    assert item.is_open
    support = Notification.objects.get(recipient=author, type=NotificationType.SUPPORT)
    assert support.actor is None
    assert support.status == status
    assert "alone" in support.message or "sendiri" in support.message


def test_crisis_post_resources_are_in_the_author_language(make_user, post):
    english = make_user("budi", language="en")
    post(english, CRISIS)
    message = Notification.objects.get(recipient=english).message
    assert message.startswith("Thank you for sharing")


def test_ordinary_post_passes_untouched(make_user, post):
    author = make_user("ani")
    status = post(author, ORDINARY)
    status.refresh_from_db()
    assert status.state == StatusState.PUBLISHED
    assert status.screening_level == ScreeningLevel.NONE
    assert not CareQueueItem.objects.exists()
    assert not Notification.objects.filter(recipient=author).exists()


@pytest.fixture
def held_scene(make_user, post):
    author, follower, mentioned = make_user("ani"), make_user("pengikut"), make_user("sari")
    follow(follower, author)
    parent = post(mentioned, "Ada yang mau cerita malam ini?")
    held = post(author, f"@sari {METHOD}", in_reply_to=parent)
    return author, follower, mentioned, parent, held


def test_method_post_is_held(held_scene):
    author, _follower, _mentioned, _parent, held = held_scene
    held.refresh_from_db()
    assert held.state == StatusState.HELD
    assert held.method_details is True
    item = CareQueueItem.objects.get(status=held)
    assert item.reason == CareReason.METHOD
    told = Notification.objects.get(recipient=author, type=NotificationType.MODERATION)
    assert told.status == held
    assert "only you can see it" in told.message or "hanya kamu" in told.message.lower()
    # The author is not also sent a crisis support message for the same post.
    assert not Notification.objects.filter(recipient=author, type=NotificationType.SUPPORT)


def test_held_post_reaches_nobody_else(held_scene):
    author, follower, mentioned, parent, held = held_scene
    tag = Tag.objects.get(name="malam")
    assert held not in public_queryset(None)
    assert held not in public_queryset(follower)
    assert held not in home_queryset(follower)
    assert held not in tag_queryset(tag, follower)
    assert held in home_queryset(author)  # the author sees what happened to their post
    # No reply counter and no notification tell anyone it exists.
    parent.refresh_from_db()
    assert parent.replies_count == 0
    assert not Notification.objects.filter(recipient=mentioned).exists()
    assert not Notification.objects.filter(recipient=follower).exists()


def test_held_post_detail_is_404_for_others(held_scene, client_for):
    author, follower, mentioned, _parent, held = held_scene
    for client in (Client(), client_for(follower), client_for(mentioned)):
        response = client.get(f"/posts/{held.pk}/")
        assert response.status_code == 404
        assert "obat tidur" not in response.content.decode()
    own = client_for(author).get(f"/posts/{held.pk}/")
    assert own.status_code == 200
    assert "obat tidur" in own.content.decode()
    assert 'class="held-label"' in own.content.decode()


def test_thread_with_crisis_parts_sends_one_support_message(make_user):
    author = make_user("ani")
    parts = publish_thread(author, [CRISIS, "aku gak kuat, pengen bunuh diri"], StatusDraft(""))
    assert [p.screening_level for p in parts] == ["crisis", "crisis"]
    assert Notification.objects.filter(recipient=author, type="support").count() == 1
    assert CareQueueItem.objects.filter(status__in=parts).count() == 2


def test_screening_failure_never_blocks_posting(make_user, post, monkeypatch, caplog):
    def broken(text):
        raise RuntimeError("engine down")

    monkeypatch.setattr(care, "screen_text", broken)
    with caplog.at_level(logging.ERROR, logger="teduh.safety.care"):
        status = post(make_user("ani"), CRISIS)
    status.refresh_from_db()
    assert status.state == StatusState.PUBLISHED
    assert status.screening_level == ScreeningLevel.NONE
    assert not CareQueueItem.objects.exists()
    assert "Screening failed" in caplog.text


def test_content_warning_text_is_screened_too(make_user, post):
    status = post(make_user("ani"), "cerita malam ini", spoiler_text=CRISIS)
    status.refresh_from_db()
    assert status.screening_level == ScreeningLevel.CRISIS


def test_screen_draft_writes_nothing(make_user):
    author = make_user("ani")
    result = screen_draft(StatusDraft(content=CRISIS))
    assert result is not None and result.level == "crisis"
    assert screen_draft(StatusDraft(content=ORDINARY)).level == "none"
    assert not Status.objects.exists()
    assert not CareQueueItem.objects.exists()
    assert not Notification.objects.filter(recipient=author).exists()


@pytest.mark.parametrize(
    ("result", "spoiler", "offered"),
    [
        (ScreeningResult("concern", ("distress",)), "", True),
        (ScreeningResult("concern", ("self_harm_past",)), "", True),
        (ScreeningResult("concern", ("distress",)), "sudah ada", False),
        (ScreeningResult("concern", ("distress", "third_person")), "", False),
        (ScreeningResult("crisis", ("suicidal_intent",)), "", False),
        (ScreeningResult("none"), "", False),
        (None, "", False),
    ],
)
def test_content_warning_offer(result, spoiler, offered):
    assert bool(care.content_warning_offer(result, spoiler)) is offered


def test_self_harm_signal_suggests_a_matching_warning():
    from django.utils import translation

    with translation.override("en"):
        assert care.content_warning_offer(ScreeningResult("concern", ("self_harm",))) == (
            "self-harm"
        )
