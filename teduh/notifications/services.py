"""Creating and reading notifications. Notifications are created from tasks, never directly
from views; the web and the API read, dismiss and clear them through the functions here."""

from collections.abc import Callable, Iterable

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils import translation

from teduh.accounts.models import (
    ANONYMOUS_PLACEHOLDER_USERNAME,
    blocked_account_ids,
    muted_account_ids,
)
from teduh.notifications.models import Notification, NotificationType
from teduh.posts.models import Status


def create_notification(
    recipient_id: int, type: str, actor_id: int | None, status_id: int | None
) -> Notification | None:
    """One notification, unless it would tell people about their own actions, or its actor is
    someone the recipient blocks, is blocked by, or muted with notifications hidden.

    Only a named actor is looked at: a notification caused by an anonymous status has none, and
    dropping it by its real author would tell the recipient who wrote it.
    """
    if actor_id is not None and actor_id == recipient_id:
        return None
    if actor_id is not None and _silenced(recipient_id, actor_id):
        return None
    if not get_user_model().objects.filter(pk=recipient_id, is_active=True).exists():
        return None
    if status_id is not None and not Status.objects.filter(pk=status_id).exists():
        return None  # deleted before the task ran
    return Notification.objects.create(
        recipient_id=recipient_id, type=type, actor_id=actor_id, status_id=status_id
    )


def create_private_notification(
    recipient,
    type: str,
    message: Callable[[], str] | str,
    *,
    status: Status | None = None,
    actor=None,
) -> Notification:
    """One of Teduh's private notifications (support, care, moderation: PRIVATE_TYPES), with
    its text written in the recipient's language: `message` is the text, or a callable that
    produces it and runs with the recipient's language active."""
    if callable(message):
        with translation.override(recipient.language or "id"):
            message = message()
    return Notification.objects.create(
        recipient=recipient, actor=actor, type=type, status=status, message=str(message)
    )


def _silenced(recipient_id: int, actor_id: int) -> bool:
    """The one place blocks and mutes stop notifications."""
    recipient = get_user_model()(pk=recipient_id)
    blocked = blocked_account_ids(recipient).filter(other=actor_id)
    muted = muted_account_ids(recipient, notifications=True).filter(target_id=actor_id)
    return blocked.exists() or muted.exists()


def notify_for_new_status(status_id: int) -> int:
    """Reply and mention notifications for a freshly published status; returns how many."""
    status = Status.objects.filter(pk=status_id).select_related("in_reply_to").first()
    if status is None:
        return 0
    # An anonymous author is never named, not even in a notification.
    actor_id = None if status.is_anonymous else status.account_id
    created = 0
    notified: set[int] = {status.account_id}
    replied_to = status.in_reply_to_account_id
    if replied_to and replied_to not in notified and _can_see(replied_to, status):
        notified.add(replied_to)
        if create_notification(replied_to, NotificationType.REPLY, actor_id, status.pk):
            created += 1
    for user_id in status.mentions.values_list("pk", flat=True):
        if user_id in notified or not _can_see(user_id, status):
            continue
        notified.add(user_id)
        if create_notification(user_id, NotificationType.MENTION, actor_id, status.pk):
            created += 1
    return created


def _can_see(user_id: int, status: Status) -> bool:
    return Status.objects.visible_to(get_user_model()(pk=user_id)).filter(pk=status.pk).exists()


def unread_count(user) -> int:
    return Notification.objects.filter(recipient=user, read=False).count()


def notifications_for(user, *, max_id: int | None = None, limit: int = 30):
    queryset = Notification.objects.filter(recipient=user).select_related(
        "actor", "status", "status__account"
    )
    if max_id is not None:
        queryset = queryset.filter(pk__lt=max_id)
    return list(queryset[:limit])


def mark_all_read(user) -> int:
    return Notification.objects.filter(recipient=user, read=False).update(read=True)


def mark_read(user, notification_ids) -> int:
    """Mark the notifications a person has been shown as read, and only those."""
    return Notification.objects.filter(
        recipient=user, pk__in=list(notification_ids), read=False
    ).update(read=True)


# Mastodon has no "reply" type: there a reply is a mention. Clients asking for mentions (a
# "Mentions" tab) must get replies too, and those excluding mentions must not.
TYPE_ALIASES = {NotificationType.MENTION.value: {"mention", "reply"}}


def _expand_types(types: Iterable[str]) -> set[str]:
    expanded: set[str] = set()
    for name in types:
        expanded |= TYPE_ALIASES.get(name, {name})
    return expanded


def notifications_queryset(
    user,
    *,
    types: Iterable[str] = (),
    exclude_types: Iterable[str] = (),
    account_id: int | None = None,
) -> QuerySet[Notification]:
    """A person's notifications, newest first, optionally filtered by type (Mastodon's names;
    "mention" includes replies) or by the account that caused them.

    Anonymous authors' notifications have no actor: filtering by their real account never
    finds them, while the "anonim" placeholder's id finds all of them.
    """
    queryset = (
        Notification.objects.filter(recipient=user)
        .select_related(
            "actor",
            "status",
            "status__account",
            "status__reblog_of",
            "status__in_reply_to_account",
        )
        .prefetch_related("status__media")
    )
    types, exclude_types = _expand_types(types), _expand_types(exclude_types)
    if types:
        queryset = queryset.filter(type__in=types)
    if exclude_types:
        queryset = queryset.exclude(type__in=exclude_types)
    if account_id is not None:
        placeholder = get_user_model().objects.filter(
            pk=account_id, username=ANONYMOUS_PLACEHOLDER_USERNAME
        )
        if placeholder.exists():
            queryset = queryset.filter(actor__isnull=True)
        else:
            queryset = queryset.filter(actor_id=account_id)
    return queryset.order_by("-pk")


def get_notification(user, notification_id: int) -> Notification | None:
    return notifications_queryset(user).filter(pk=notification_id).first()


def dismiss_notification(user, notification_id: int) -> bool:
    """Delete one of the person's notifications; False if they have no such notification."""
    deleted, _rows = Notification.objects.filter(recipient=user, pk=notification_id).delete()
    return bool(deleted)


def clear_notifications(user) -> int:
    """Delete all of the person's notifications; returns how many there were."""
    deleted, _rows = Notification.objects.filter(recipient=user).delete()
    return deleted
