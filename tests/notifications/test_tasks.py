import pytest
from django_tasks.base import TaskResultStatus
from django_tasks.signals import task_enqueued

from teduh.accounts.services import follow
from teduh.notifications import services, tasks
from teduh.notifications.models import Notification, NotificationType
from teduh.posts import services as posts
from teduh.posts.models import Visibility


@pytest.fixture
def enqueued():
    """Names of the tasks enqueued during the test, in order."""
    names: list[str] = []

    def record(sender, task_result, **kwargs):
        names.append(task_result.task.name)

    task_enqueued.connect(record)
    yield names
    task_enqueued.disconnect(record)


def notes_for(user):
    return [(n.type, n.actor, n.status) for n in Notification.objects.filter(recipient=user)]


def test_mention_notification_comes_from_the_status_task(make_user, post, enqueued):
    ani, budi, cici = make_user("ani"), make_user("budi"), make_user("cici")
    status = post(ani, "Halo @budi dan @Cici dan @hantu")
    assert enqueued == ["deliver_status_notifications"]
    assert notes_for(budi) == [(NotificationType.MENTION, ani, status)]
    assert notes_for(cici) == [(NotificationType.MENTION, ani, status)]
    assert notes_for(ani) == []


def test_reply_notifies_the_parent_author_once(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    root = post(ani, "Akar")
    reply = post(budi, "Setuju @ani", in_reply_to=root)
    # A reply that also mentions the author is one notification, not two.
    assert notes_for(ani) == [(NotificationType.REPLY, budi, reply)]


def test_favourite_reblog_and_follow_go_through_the_notification_task(make_user, post, enqueued):
    ani, budi = make_user("ani"), make_user("budi")
    status = post(ani, "Halo")
    enqueued.clear()
    posts.favourite(budi, status)
    posts.reblog(budi, status)
    follow(budi, ani)
    assert enqueued == ["deliver_notification"] * 3
    assert notes_for(ani) == [
        (NotificationType.FOLLOW, budi, None),
        (NotificationType.REBLOG, budi, status),
        (NotificationType.FAVOURITE, budi, status),
    ]
    assert all(not n.read for n in Notification.objects.all())


def test_tasks_run_and_return_results(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    status = post(ani, "Tanpa sebutan")
    Notification.objects.all().delete()
    status.mentions.add(budi)
    result = tasks.deliver_status_notifications.enqueue(status.pk)
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 1
    result = tasks.deliver_notification.enqueue(ani.pk, NotificationType.FOLLOW, budi.pk, None)
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert notes_for(ani) == [(NotificationType.FOLLOW, budi, None)]


def test_no_self_notifications(make_user, post):
    ani = make_user("ani")
    status = post(ani, "Catatan untuk @ani")
    post(ani, "Balas diri sendiri @ani", in_reply_to=status)
    posts.favourite(ani, status)
    posts.reblog(ani, status)
    assert services.create_notification(ani.pk, NotificationType.FOLLOW, ani.pk, None) is None
    assert not Notification.objects.exists()


def test_anonymous_mentions_and_replies_have_no_actor(make_user, post):
    ani, budi, cici = make_user("ani"), make_user("budi"), make_user("cici")
    root = post(budi, "Butuh saran")
    reply = post(ani, "Semoga membantu, @cici juga tahu", in_reply_to=root, anonymous=True)
    assert notes_for(budi) == [(NotificationType.REPLY, None, reply)]
    assert notes_for(cici) == [(NotificationType.MENTION, None, reply)]


def test_mentions_in_followers_only_posts_reach_only_followers(make_user, post):
    ani, budi, cici = make_user("ani"), make_user("budi"), make_user("cici")
    follow(budi, ani)
    Notification.objects.all().delete()
    status = post(ani, "Untuk @budi dan @cici", visibility=Visibility.PRIVATE)
    assert notes_for(budi) == [(NotificationType.MENTION, ani, status)]
    assert notes_for(cici) == []


def test_followers_only_reply_does_not_notify_someone_who_cannot_read_it(make_user, post):
    ani, budi = make_user("ani"), make_user("budi")
    root = post(ani, "Akar")
    post(budi, "Balasan untuk pengikutku", in_reply_to=root, visibility=Visibility.PRIVATE)
    assert notes_for(ani) == []
    follow(ani, budi)
    Notification.objects.all().delete()
    reply = post(
        budi, "Sekarang kamu bisa membaca", in_reply_to=root, visibility=Visibility.PRIVATE
    )
    assert notes_for(ani) == [(NotificationType.REPLY, budi, reply)]


def test_no_notification_for_inactive_recipient_or_deleted_status(make_user, post):
    ani, budi = make_user("ani"), make_user("budi", is_active=False)
    status = post(ani, "Halo")
    assert services.create_notification(budi.pk, NotificationType.FOLLOW, ani.pk, None) is None
    deleted_id = status.pk
    status.delete()
    assert (
        services.create_notification(ani.pk, NotificationType.FAVOURITE, budi.pk, deleted_id)
        is None
    )
    assert services.notify_for_new_status(deleted_id) == 0
    assert not Notification.objects.exists()


def test_unread_count_and_mark_all_read(make_user, post):
    ani, budi, cici = make_user("ani"), make_user("budi"), make_user("cici")
    status = post(ani, "Halo")
    posts.favourite(budi, status)
    posts.favourite(cici, status)
    follow(budi, cici)
    assert services.unread_count(ani) == 2
    assert services.mark_all_read(ani) == 2
    assert services.unread_count(ani) == 0
    assert services.unread_count(cici) == 1


def test_notifications_for_pages_by_id(make_user):
    ani = make_user("ani")
    followers = [make_user(f"pengikut{n}") for n in range(5)]
    for person in followers:
        follow(person, ani)
    first = services.notifications_for(ani, limit=3)
    assert [n.actor for n in first] == followers[::-1][:3]
    rest = services.notifications_for(ani, max_id=first[-1].pk, limit=3)
    assert [n.actor for n in rest] == followers[::-1][3:]
