import re

from teduh.accounts.services import follow
from teduh.notifications.models import Notification
from teduh.posts import services

BADGE_RE = re.compile(r'<span class="badge" id="unread-count"[^>]*>(\d+)</span>')


def unread_badge(page: str) -> int | None:
    found = BADGE_RE.search(page)
    return int(found.group(1)) if found else None


def test_unread_count_in_header_resets_after_viewing(make_user, client_for, post):
    ani, budi = make_user("ani", display_name="Ani W"), make_user("budi", display_name="Budi S")
    client = client_for(ani)
    assert unread_badge(client.get("/").content.decode()) is None

    status = post(ani, "Halo")
    services.favourite(budi, status)
    services.reblog(budi, status)
    follow(budi, ani)
    post(budi, "Balasan untuk @ani", in_reply_to=status)
    assert unread_badge(client.get("/").content.decode()) == 4
    assert unread_badge(client.get("/public/").content.decode()) == 4

    response = client.get("/notifications/")
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count('class="notification unread"') == 4
    assert page.count('href="/@budi/"') == 4
    assert "Budi S" in page
    assert [n.type for n in response.context["notifications"]] == [
        "reply",
        "follow",
        "reblog",
        "favourite",
    ]
    assert not Notification.objects.filter(recipient=ani, read=False).exists()

    assert unread_badge(client.get("/").content.decode()) is None
    again = client.get("/notifications/").content.decode()
    assert 'class="notification unread"' not in again
    assert again.count('class="notification"') == 4


def test_notifications_belong_to_their_recipient(make_user, client_for, post):
    ani, budi, cici = make_user("ani"), make_user("budi"), make_user("cici")
    services.favourite(budi, post(ani, "Halo"))
    client_for(cici).get("/notifications/")
    assert Notification.objects.get(recipient=ani).read is False
    assert unread_badge(client_for(cici).get("/").content.decode()) is None
    assert unread_badge(client_for(ani).get("/").content.decode()) == 1


def test_notifications_page_requires_login(client, db):
    response = client.get("/notifications/")
    assert response.status_code == 302
    assert response["Location"].startswith("/auth/login/")


def test_notifications_page_is_paged(make_user, client_for):
    ani = make_user("ani")
    for n in range(32):
        follow(make_user(f"p{n}"), ani)
    client = client_for(ani)
    first = client.get("/notifications/")
    assert len(first.context["notifications"]) == 30
    cursor = first.context["next_max_id"]
    assert f'href="?max_id={cursor}"' in first.content.decode()
    rest = client.get(f"/notifications/?max_id={cursor}")
    assert [n.actor.username for n in rest.context["notifications"]] == ["p1", "p0"]
    assert rest.context["next_max_id"] is None


def test_viewing_a_page_marks_only_the_notifications_shown_as_read(make_user, client_for):
    ani = make_user("ani")
    for n in range(32):
        follow(make_user(f"p{n}"), ani)
    client = client_for(ani)
    client.get("/notifications/")
    # The two oldest were not on the first page, so they are still unread.
    unread = Notification.objects.filter(recipient=ani, read=False)
    assert sorted(n.actor.username for n in unread) == ["p0", "p1"]
    assert unread_badge(client.get("/public/").content.decode()) == 2
