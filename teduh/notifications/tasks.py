"""Background work for notifications, run through the django-tasks API."""

from django_tasks import task

from teduh.notifications import services


@task()
def deliver_status_notifications(status_id: int) -> int:
    return services.notify_for_new_status(status_id)


@task()
def deliver_notification(recipient_id: int, type: str, actor_id: int | None, status_id: int | None):
    services.create_notification(recipient_id, type, actor_id, status_id)
