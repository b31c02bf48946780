"""What happens after screening, "I'm worried about this person", and the care queue.

Every write with consequences for a person in distress goes through a named function here, so
the web UI, the API and moderation (which calls `enqueue_for_care`) behave the same:

- `screen(content, spoiler_text)`: screening that never blocks posting (None on failure).
- `after_screening(status, result)`: held posts, supportive messages and care queue items,
  called by posts.services inside the publishing transaction.
- `flag_worried(reader, status)`: a reader's worry, with a private, anonymous supportive
  message for the author (at most one a day, never when they opted out).
- Care queue work (`claim`, `reach_out`, `resolve`, `decide_held`), each audit-logged, for
  users with `can_work_care_queue`.
"""

import logging
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from teduh.accounts.models import User
from teduh.notifications.models import Notification, NotificationType
from teduh.notifications.services import create_private_notification
from teduh.posts.models import ScreeningLevel, Status, StatusState
from teduh.safety.audit import audit
from teduh.safety.models import (
    RESOLVE_OUTCOMES,
    CareOutcome,
    CareQueueItem,
    CareReason,
    WorriedFlag,
)
from teduh.safety.screening import ScreeningResult, screen_text

logger = logging.getLogger(__name__)

# A reader may flag this many posts an hour: enough to care for several people, too few to
# flood someone with "we're worried about you".
WORRIED_FLAGS_PER_HOUR = 10
# An author gets at most one "someone is worried about you" message in this window.
SUPPORT_MESSAGE_EVERY = timedelta(hours=24)
# Parts of one thread that all signal a crisis bring one supportive message, not one each.
CRISIS_SUPPORT_EVERY = timedelta(hours=1)
MAX_CARE_MESSAGE = 2000

# Signals that say a "concern" text is not about the writer's own experience (the engine may
# name them differently; unknown names count as personal, so the offer errs on being made).
NOT_PERSONAL_SIGNALS = frozenset(
    {
        "third_person",
        "second_person",
        "education",
        "educational",
        "prevention",
        "support",
        "supportive",
        "news",
        "quote",
    }
)


# Screening in the publish flow ---------------------------------------------------------------


def screen(content: str, spoiler_text: str = "") -> ScreeningResult | None:
    """Screen a post's text and content warning. A failing screener never stands between a
    person and posting: it is logged and the post goes out unscreened (None)."""
    text = "\n".join(part for part in (spoiler_text.strip(), content.strip()) if part)
    if not text:
        return None
    try:
        return screen_text(text)
    except Exception:
        logger.exception("Screening failed; publishing without screening")
        return None


def after_screening(status: Status, result: ScreeningResult | None) -> None:
    """Apply what screening found to a status just created (inside the publishing transaction):

    - method details: held (only the author sees it), the author is told why, kindly, and the
      post waits in the care queue for a moderator;
    - crisis: published, the author gets a private supportive message with their helplines,
      and the post enters the care queue;
    - concern and none: nothing here (the web composer offers a content warning before).

    The caller must not count the status (replies) or notify anyone about it unless it is
    still published afterwards.
    """
    if result is None or status.reblog_of_id:
        return
    status.screening_level = result.level
    status.screening_signals = list(result.signals)
    status.method_details = bool(result.method_details)
    fields = ["screening_level", "screening_signals", "method_details"]
    if result.method_details:
        status.state = StatusState.HELD
        fields.append("state")
    status.save(update_fields=fields)
    if result.method_details:
        _notify(
            status.account,
            NotificationType.MODERATION,
            status,
            _held_message,
        )
        enqueue_for_care(status, CareReason.METHOD)
    elif result.level == ScreeningLevel.CRISIS:
        if not _recent_crisis_support(status):
            _notify(status.account, NotificationType.SUPPORT, status, _crisis_message)
        enqueue_for_care(status, CareReason.CRISIS)


def _held_message() -> str:
    return _(
        "We are holding your post for now, and only you can see it. It describes a way or means "
        "of hurting oneself, and details like that can put someone who is struggling at risk. "
        "A moderator will look at it soon and you will hear back either way. If you are going "
        "through something hard, you don't have to carry it alone: people are ready to listen "
        "on the help page."
    )


def _crisis_message() -> str:
    return _(
        "Thank you for sharing what you are going through. You don't have to carry this alone: "
        "the helplines below are ready to listen right now, for free, and you can talk to a "
        "counselor. Your post is published."
    )


def _worried_message() -> str:
    return _(
        "Someone who read your post is thinking of you and wanted to check that you are okay. "
        "If things are hard right now, you don't have to go through it alone: the helplines "
        "below are ready to listen, for free."
    )


def _recent_crisis_support(status: Status) -> bool:
    """Whether the author was just sent a supportive message for this conversation (a thread
    whose parts all signal a crisis)."""
    return Notification.objects.filter(
        recipient_id=status.account_id,
        type=NotificationType.SUPPORT,
        status__conversation_root_id=status.conversation_root_id,
        created_at__gte=timezone.now() - CRISIS_SUPPORT_EVERY,
    ).exists()


def _notify(
    recipient: User,
    type: str,
    status: Status | None,
    message,
    *,
    actor: User | None = None,
) -> Notification:
    """A private notification, its text in the recipient's language (`message` is a callable
    producing it, or the text itself)."""
    return create_private_notification(recipient, type, message, status=status, actor=actor)


def content_warning_offer(result: ScreeningResult | None, spoiler_text: str = "") -> str:
    """The content warning to suggest before publishing, or "" when none is offered: only for
    a `concern` about the writer's own experience that has no warning yet."""
    if result is None or result.level != ScreeningLevel.CONCERN or spoiler_text.strip():
        return ""
    signals = {signal.lower() for signal in result.signals}
    if signals & NOT_PERSONAL_SIGNALS:
        return ""
    if any("self_harm" in signal or "selfharm" in signal for signal in signals):
        return _("self-harm")
    if any("suicid" in signal for signal in signals):
        return _("suicide")
    return _("mental health, heavy feelings")


# The care queue: entering it -----------------------------------------------------------------


def enqueue_for_care(status: Status, reason: str, *, note: str = "") -> CareQueueItem:
    """Put `status` (a reblog: its original) in the care queue for `reason` (crisis, method,
    worried, report). A post has one open item: a further reason joins the open item's
    `reasons` (and its note) instead of queuing the post twice."""
    if reason not in CareReason.values:
        raise ValueError(f"Unknown care reason: {reason}")
    status = status.reblog_of or status
    for _attempt in range(2):
        item = CareQueueItem.objects.open().filter(status=status).first()
        if item is not None:
            changed = []
            if reason not in item.reasons:
                item.reasons = [*item.reasons, reason]
                changed.append("reasons")
            if note:
                item.note = f"{item.note}\n{note}".strip()
                changed.append("note")
            if changed:
                item.save(update_fields=changed)
            return item
        try:
            with transaction.atomic():
                return CareQueueItem.objects.create(
                    status=status,
                    reason=reason,
                    reasons=[reason],
                    level=status.screening_level,
                    signals=list(status.screening_signals or []),
                    note=note,
                )
        except IntegrityError:  # queued by a concurrent request: join that item
            continue
    raise RuntimeError("Could not queue the post for care")


# "I'm worried about this person" -------------------------------------------------------------


def can_flag_worried(reader, status: Status) -> bool:
    """Whether `reader` may say they are worried about the author of `status`."""
    status = status.reblog_of or status
    return (
        reader is not None
        and reader.is_authenticated
        and status.account_id != reader.pk
        and status.is_published
        and Status.objects.visible_to(reader).filter(pk=status.pk).exists()
    )


def flag_worried(reader: User, status: Status) -> WorriedFlag:
    """A reader is worried about the author of `status`.

    The post enters the care queue, and the author gets one private supportive message with
    no sender (they never learn who it was), at most once per SUPPORT_MESSAGE_EVERY and never
    when they opted out. Flagging the same post again changes nothing. Raises
    ValidationError when the reader may not flag the post or flagged too many this hour.
    """
    status = status.reblog_of or status
    if status.account_id == reader.pk:
        raise ValidationError(_("This is your own post."), code="own_post")
    if not can_flag_worried(reader, status):
        raise ValidationError(_("That post is not available."), code="unavailable")
    existing = WorriedFlag.objects.filter(reader=reader, status=status).first()
    if existing is not None:
        return existing
    recent = WorriedFlag.objects.filter(
        reader=reader, created_at__gte=timezone.now() - timedelta(hours=1)
    ).count()
    if recent >= WORRIED_FLAGS_PER_HOUR:
        raise ValidationError(
            _(
                "You have flagged %(count)d posts in the last hour. Please wait a while before "
                "flagging another; if someone is in danger right now, call 112."
            )
            % {"count": recent},
            code="rate_limited",
        )
    try:
        with transaction.atomic():
            # Lock the author so two readers flagging at once send one message, not two.
            author = User.objects.select_for_update().get(pk=status.account_id)
            flag = WorriedFlag.objects.create(reader=reader, status=status)
            enqueue_for_care(status, CareReason.WORRIED)
            if author.is_active and author.worried_messages and not _support_sent_recently(author):
                flag.support_notification = _notify(
                    author, NotificationType.SUPPORT, status, _worried_message
                )
                flag.save(update_fields=["support_notification"])
    except IntegrityError:  # the same reader flagged it in a concurrent request
        return WorriedFlag.objects.get(reader=reader, status=status)
    return flag


def _support_sent_recently(author: User) -> bool:
    return WorriedFlag.objects.filter(
        status__account=author,
        support_notification__isnull=False,
        created_at__gte=timezone.now() - SUPPORT_MESSAGE_EVERY,
    ).exists()


def worried_notification_ids(notifications) -> set[int]:
    """Which of these notifications are "someone is worried about you" messages (they offer
    "this felt like harassment")."""
    ids = [n.pk for n in notifications if n.type == NotificationType.SUPPORT]
    if not ids:
        return set()
    return set(
        WorriedFlag.objects.filter(support_notification_id__in=ids).values_list(
            "support_notification_id", flat=True
        )
    )


def report_worried_misuse(author: User, notification: Notification) -> int:
    """The author says a "someone is worried about you" message felt like harassment: every
    worried flag on that post is marked for moderators (the author still isn't told who).
    Returns how many flags were marked; raises PermissionDenied for someone else's message."""
    if notification.recipient_id != author.pk or notification.type != NotificationType.SUPPORT:
        raise PermissionDenied
    if not WorriedFlag.objects.filter(support_notification=notification).exists():
        raise PermissionDenied
    with transaction.atomic():
        flags = WorriedFlag.objects.filter(
            status_id=notification.status_id, misuse_reported_at__isnull=True
        )
        flag_ids = list(flags.values_list("pk", flat=True))
        marked = flags.update(misuse_reported_at=timezone.now())
        audit(
            author,
            "care.worried.misuse_reported",
            notification.status,
            flags=flag_ids,
        )
    return marked


def misuse_reports() -> QuerySet[WorriedFlag]:
    """Worried flags their post's author reported as harassment, newest first."""
    return WorriedFlag.objects.filter(misuse_reported_at__isnull=False).select_related(
        "reader", "status"
    )


def set_worried_messages(user: User, enabled: bool) -> User:
    """Whether `user` receives "someone is worried about you" messages."""
    user.worried_messages = enabled
    user.save(update_fields=["worried_messages"])
    return user


# The care queue: working it ------------------------------------------------------------------


def require_worker(user) -> None:
    if user is None or not user.is_authenticated or not user.can_work_care_queue:
        raise PermissionDenied


def queue_items(worker: User, *, resolved: bool = False) -> QuerySet[CareQueueItem]:
    """The queue a worker sees (oldest first; resolved ones newest first). Their own posts are
    left out: nobody works their own care item."""
    require_worker(worker)
    items = CareQueueItem.objects.filter(resolved_at__isnull=not resolved).exclude(
        status__account=worker
    )
    items = items.select_related("status", "status__account", "claimed_by", "resolved_by")
    return items.order_by("-resolved_at", "-pk") if resolved else items


def view_queue(worker: User, *, resolved: bool = False) -> list[CareQueueItem]:
    """The queue, with the viewing audit-logged."""
    items = list(queue_items(worker, resolved=resolved)[:200])
    audit(worker, "care.queue.view", None, resolved=resolved, items=[i.pk for i in items])
    return items


def get_item(worker: User, item_id: int) -> CareQueueItem:
    """One item for a worker, its viewing audit-logged. Raises CareQueueItem.DoesNotExist."""
    require_worker(worker)
    item = (
        CareQueueItem.objects.exclude(status__account=worker)
        .select_related("status", "status__account", "claimed_by", "resolved_by")
        .get(pk=item_id)
    )
    audit(worker, "care.item.view", item, status=item.status_id)
    return item


def claim(worker: User, item: CareQueueItem) -> CareQueueItem:
    """Assign an open item to the worker (taking it over from someone else is allowed and
    logged: a counselor may be away)."""
    require_worker(worker)
    _require_open(item)
    previous = item.claimed_by_id
    item.claimed_by = worker
    item.claimed_at = timezone.now()
    item.save(update_fields=["claimed_by", "claimed_at"])
    audit(worker, "care.item.claim", item, previous=previous)
    return item


def reach_out(worker: User, item: CareQueueItem, message: str) -> Notification:
    """Send the author a private message from the worker (named: a counselor reaching out
    says who they are; the worker still never learns who an anonymous author is)."""
    require_worker(worker)
    message = message.strip()
    if not message:
        raise ValidationError(_("Write a message first."), code="empty")
    if len(message) > MAX_CARE_MESSAGE:
        raise ValidationError(
            _("A message can be at most %(max)d characters.") % {"max": MAX_CARE_MESSAGE},
            code="too_long",
        )
    with transaction.atomic():
        if item.claimed_by_id is None and item.is_open:
            claim(worker, item)
        notification = _notify(
            item.status.account, NotificationType.CARE, item.status, message, actor=worker
        )
        audit(worker, "care.item.reach_out", item, notification=notification.pk)
    return notification


def resolve(worker: User, item: CareQueueItem, outcome: str, note: str = "") -> CareQueueItem:
    """Close an item with an outcome. Held posts are settled with `decide_held` instead."""
    require_worker(worker)
    _require_open(item)
    if outcome not in RESOLVE_OUTCOMES:
        raise ValidationError(_("Choose an outcome."), code="outcome")
    if item.status.state == StatusState.HELD:
        raise ValidationError(
            _("This post is held: a moderator publishes it or keeps it hidden."), code="held"
        )
    return _close(worker, item, outcome, note)


def decide_held(worker: User, item: CareQueueItem, *, publish: bool, note: str = "") -> Status:
    """A moderator's decision on a held post: publish it (now counted and notified as any new
    post) or keep it hidden from everyone but its author. The author is told either way."""
    if not worker.is_moderator_user:
        raise PermissionDenied
    _require_open(item)
    with transaction.atomic():
        status = Status.objects.select_for_update().get(pk=item.status_id)
        if status.state != StatusState.HELD:
            raise ValidationError(_("This post is not held."), code="not_held")
        if publish:
            status.state = StatusState.PUBLISHED
            status.save(update_fields=["state"])
            if status.in_reply_to_id:
                Status.objects.filter(pk=status.in_reply_to_id).update(
                    replies_count=F("replies_count") + 1
                )
            from teduh.notifications.tasks import deliver_status_notifications

            deliver_status_notifications.enqueue(status.pk)
            message = _published_message
        else:
            status.state = StatusState.HIDDEN
            status.save(update_fields=["state"])
            message = _kept_hidden_message
        _notify(status.account, NotificationType.MODERATION, status, message)
        _close(worker, item, CareOutcome.PUBLISHED if publish else CareOutcome.KEPT_HIDDEN, note)
    item.status = status
    return status


def _published_message() -> str:
    return _("A moderator reviewed your held post and published it. Thank you for waiting.")


def _kept_hidden_message() -> str:
    return _(
        "A moderator reviewed your held post and is keeping it hidden, because it contains "
        "details that could put someone who is struggling at risk. Only you can see it. If you "
        "want to talk to someone, the help page lists people ready to listen."
    )


def _require_open(item: CareQueueItem) -> None:
    if not item.is_open:
        raise ValidationError(_("This item is already resolved."), code="resolved")


def _close(worker: User, item: CareQueueItem, outcome: str, note: str) -> CareQueueItem:
    item.outcome = outcome
    item.resolution_note = note.strip()[:2000]
    item.resolved_by = worker
    item.resolved_at = timezone.now()
    item.save(update_fields=["outcome", "resolution_note", "resolved_by", "resolved_at"])
    audit(worker, "care.item.resolve", item, outcome=outcome)
    return item
