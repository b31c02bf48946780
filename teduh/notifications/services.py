"""Creating and reading notifications. Called from tasks, never directly from views."""

from django.contrib.auth import get_user_model

from teduh.notifications.models import Notification, NotificationType
from teduh.posts.models import Status


def create_notification(
    recipient_id: int, type: str, actor_id: int | None, status_id: int | None
) -> Notification | None:
    """One notification, unless it would tell people about their own actions."""
    if actor_id is not None and actor_id == recipient_id:
        return None
    if not get_user_model().objects.filter(pk=recipient_id, is_active=True).exists():
        return None
    if status_id is not None and not Status.objects.filter(pk=status_id).exists():
        return None  # deleted before the task ran
    return Notification.objects.create(
        recipient_id=recipient_id, type=type, actor_id=actor_id, status_id=status_id
    )


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
