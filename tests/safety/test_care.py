"""safety.care: "I'm worried about this person" and working the care queue."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from teduh.notifications.models import Notification, NotificationType
from teduh.posts.models import Status, StatusState
from teduh.safety import care
from teduh.safety.models import AuditLogEntry, CareQueueItem, WorriedFlag

CRISIS = "aku pengen bundir"
METHOD = "cara bunuh diri paling cepat: minum 50 butir obat tidur"
HEAVY = "hari ini berat banget, capek sama semuanya"


def support_messages(user):
    return Notification.objects.filter(recipient=user, type=NotificationType.SUPPORT)


def actions(action):
    return AuditLogEntry.objects.filter(action=action)


# "I'm worried about this person" ---------------------------------------------------------------


def test_worried_flag_queues_the_post_and_sends_one_anonymous_message(make_user, post):
    author, reader = make_user("ani"), make_user("budi")
    status = post(author, HEAVY)

    flag = care.flag_worried(reader, status)

    assert (flag.reader, flag.status) == (reader, status)
    item = CareQueueItem.objects.get(status=status)
    assert item.reason == "worried"
    message = support_messages(author).get()
    assert message.actor is None  # the author never learns who it was
    assert message.status == status
    assert flag.support_notification == message
    assert "budi" not in message.message


def test_same_reader_flagging_again_changes_nothing(make_user, post):
    author, reader = make_user("ani"), make_user("budi")
    status = post(author, HEAVY)
    first = care.flag_worried(reader, status)
    again = care.flag_worried(reader, status)
    assert again.pk == first.pk
    assert WorriedFlag.objects.count() == 1
    assert support_messages(author).count() == 1
    assert CareQueueItem.objects.count() == 1


def test_one_support_message_per_author_per_day(make_user, post):
    author = make_user("ani")
    first_post, second_post = post(author, HEAVY), post(author, "masih berat")
    care.flag_worried(make_user("budi"), first_post)
    care.flag_worried(make_user("citra"), first_post)
    care.flag_worried(make_user("dewi"), second_post)
    assert WorriedFlag.objects.count() == 3
    assert support_messages(author).count() == 1
    # One open care item per post, whoever flagged it.
    assert CareQueueItem.objects.open().count() == 2

    WorriedFlag.objects.update(created_at=timezone.now() - timedelta(hours=25))
    care.flag_worried(make_user("eka"), second_post)
    assert support_messages(author).count() == 2


def test_opted_out_author_gets_no_message_but_the_post_is_cared_for(make_user, post):
    author = make_user("ani", worried_messages=False)
    status = post(author, HEAVY)
    flag = care.flag_worried(make_user("budi"), status)
    assert flag.support_notification is None
    assert not support_messages(author).exists()
    assert CareQueueItem.objects.filter(status=status, reason="worried").exists()


def test_cannot_flag_own_or_invisible_posts(make_user, post):
    author, stranger = make_user("ani"), make_user("budi")
    own = post(author, HEAVY, anonymous=True)
    with pytest.raises(ValidationError):
        care.flag_worried(author, own)
    private = post(author, HEAVY, visibility="private")
    with pytest.raises(ValidationError):
        care.flag_worried(stranger, private)
    held = post(author, METHOD)
    assert Status.objects.get(pk=held.pk).state == StatusState.HELD
    with pytest.raises(ValidationError):
        care.flag_worried(stranger, Status.objects.get(pk=held.pk))
    assert not WorriedFlag.objects.exists()


def test_flags_are_rate_limited_per_reader(make_user, post):
    reader = make_user("budi")
    statuses = [post(make_user(f"penulis{n}"), HEAVY) for n in range(care.WORRIED_FLAGS_PER_HOUR)]
    for status in statuses:
        care.flag_worried(reader, status)
    one_more = post(make_user("penulis_lagi"), HEAVY)
    with pytest.raises(ValidationError) as raised:
        care.flag_worried(reader, one_more)
    assert raised.value.code == "rate_limited"
    assert not WorriedFlag.objects.filter(status=one_more).exists()


def test_misuse_report_marks_the_flags_for_moderators(make_user, post):
    author = make_user("ani")
    status = post(author, HEAVY)
    care.flag_worried(make_user("budi"), status)
    care.flag_worried(make_user("citra"), status)
    message = support_messages(author).get()

    with pytest.raises(PermissionDenied):
        care.report_worried_misuse(make_user("lain"), message)
    assert care.report_worried_misuse(author, message) == 2

    assert {f.reader.username for f in care.misuse_reports()} == {"budi", "citra"}
    entry = actions("care.worried.misuse_reported").get()
    assert entry.actor == author
    assert entry.target_id == str(status.pk)


def test_misuse_cannot_be_reported_on_other_messages(make_user, post):
    author = make_user("ani")
    post(author, CRISIS)  # a support message after a crisis post is not a reader's flag
    with pytest.raises(PermissionDenied):
        care.report_worried_misuse(author, support_messages(author).get())


def test_opt_out_setting(make_user):
    user = make_user("ani")
    care.set_worried_messages(user, False)
    user.refresh_from_db()
    assert user.worried_messages is False


# Entering the queue ----------------------------------------------------------------------------


def test_enqueue_keeps_one_open_item_per_post(make_user, post):
    status = post(make_user("ani"), CRISIS)
    first = CareQueueItem.objects.get(status=status)
    again = care.enqueue_for_care(status, "report", note="reported: self-harm risk")
    assert again.pk == first.pk
    assert again.reasons == ["crisis", "report"]
    assert "self-harm risk" in again.note
    with pytest.raises(ValueError):
        care.enqueue_for_care(status, "boredom")

    care.resolve(make_user("mod", is_moderator=True), again, "reached_out")
    newer = care.enqueue_for_care(status, "report")
    assert newer.pk != first.pk and newer.is_open


# Working the queue -----------------------------------------------------------------------------


@pytest.fixture
def queued(make_user, post):
    author = make_user("ani", display_name="Ani Rahasia")
    status = post(author, CRISIS, anonymous=True)
    return author, CareQueueItem.objects.get(status=status)


def test_only_workers_see_the_queue(make_user, queued):
    with pytest.raises(PermissionDenied):
        care.view_queue(make_user("biasa"))
    professional = make_user("psikolog", is_verified_professional=True)
    moderator = make_user("mod", is_moderator=True)
    _author, item = queued
    for worker in (professional, moderator):
        assert care.view_queue(worker) == [item]
    logged = actions("care.queue.view")
    assert {entry.actor for entry in logged} == {professional, moderator}
    assert logged.first().details["items"] == [item.pk]


def test_worker_never_sees_their_own_post_in_the_queue(make_user, post):
    professional = make_user("psikolog", is_verified_professional=True)
    post(professional, CRISIS)
    assert care.view_queue(professional) == []


def test_claim_reach_out_resolve(make_user, queued):
    author, item = queued
    worker = make_user("psikolog", display_name="Bu Sinta", is_verified_professional=True)

    viewed = care.get_item(worker, item.pk)
    assert actions("care.item.view").get().target_id == str(item.pk)
    care.claim(worker, viewed)
    assert CareQueueItem.objects.get(pk=item.pk).claimed_by == worker

    care.reach_out(worker, viewed, "Halo, aku Sinta. Mau cerita?")
    message = Notification.objects.get(recipient=author, type=NotificationType.CARE)
    assert message.actor == worker
    assert message.message == "Halo, aku Sinta. Mau cerita?"
    with pytest.raises(ValidationError):
        care.reach_out(worker, viewed, "   ")

    care.resolve(worker, viewed, "referred_to_helpline", "Sudah diarahkan ke healing119.id")
    item.refresh_from_db()
    assert (item.outcome, item.resolved_by, item.is_open) == ("referred_to_helpline", worker, False)
    assert item.resolution_note == "Sudah diarahkan ke healing119.id"
    assert care.view_queue(worker) == []
    assert care.view_queue(worker, resolved=True) == [item]
    for action in ("care.item.claim", "care.item.reach_out", "care.item.resolve"):
        assert actions(action).get().actor == worker
    with pytest.raises(ValidationError):
        care.resolve(worker, item, "no_action_needed")


def test_resolve_needs_a_known_outcome(make_user, queued):
    _author, item = queued
    with pytest.raises(ValidationError):
        care.resolve(make_user("mod", is_moderator=True), item, "published")


@pytest.fixture
def held(make_user, post):
    author, mentioned = make_user("ani"), make_user("sari")
    parent = post(mentioned, "Cerita yuk")
    status = post(author, f"@sari {METHOD}", in_reply_to=parent)
    return author, mentioned, parent, CareQueueItem.objects.get(status=status)


def test_moderator_publishes_a_held_post(make_user, held):
    author, mentioned, parent, item = held
    moderator = make_user("mod", is_moderator=True)
    with pytest.raises(ValidationError):
        care.resolve(moderator, item, "no_action_needed")  # held posts need a decision
    with pytest.raises(PermissionDenied):
        care.decide_held(make_user("psikolog", is_verified_professional=True), item, publish=True)

    care.decide_held(moderator, item, publish=True)

    status = Status.objects.get(pk=item.status_id)
    assert status.state == StatusState.PUBLISHED
    assert Status.objects.visible_to(mentioned).filter(pk=status.pk).exists()
    parent.refresh_from_db()
    assert parent.replies_count == 1
    assert Notification.objects.filter(recipient=mentioned, status=status).exists()
    outcome = Notification.objects.filter(recipient=author, type="moderation").first()
    assert "menerbitkannya" in outcome.message  # the author writes in Indonesian
    item.refresh_from_db()
    assert (item.outcome, item.is_open) == ("published", False)


def test_moderator_keeps_a_held_post_hidden(make_user, held):
    author, mentioned, parent, item = held
    care.decide_held(make_user("mod", is_moderator=True), item, publish=False)
    status = Status.objects.get(pk=item.status_id)
    assert status.state == StatusState.HIDDEN
    assert not Status.objects.visible_to(mentioned).filter(pk=status.pk).exists()
    assert Status.objects.visible_to(author).filter(pk=status.pk).exists()
    parent.refresh_from_db()
    assert parent.replies_count == 0
    assert not Notification.objects.filter(recipient=mentioned).exists()
    assert Notification.objects.filter(recipient=author, type="moderation").count() == 2
    assert CareQueueItem.objects.get(pk=item.pk).outcome == "kept_hidden"
    assert actions("care.item.resolve").get().details == {"outcome": "kept_hidden"}
