"""The production path for background work: tasks queued in the database, run by `db_worker`."""

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from teduh.notifications.models import Notification
from teduh.posts.services import StatusDraft, publish_status

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.mark.django_db(transaction=True)
def test_mention_is_queued_then_delivered_by_the_worker(settings, make_user):
    settings.TASKS = DATABASE_TASKS
    author, reader = make_user("penulis"), make_user("pembaca")

    status = publish_status(author, StatusDraft(content="Terima kasih @pembaca"))

    # Queued in the same database, not yet run.
    assert not Notification.objects.filter(recipient=reader).exists()
    assert DBTaskResult.objects.filter(status="READY").count() == 1

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    notification = Notification.objects.get(recipient=reader)
    assert (notification.type, notification.actor_id, notification.status_id) == (
        "mention",
        author.pk,
        status.pk,
    )
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 1
