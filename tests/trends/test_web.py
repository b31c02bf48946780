"""The explore page and the moderators' trends page."""

import pytest

from teduh.posts.services import favourite
from teduh.safety.models import AuditLogEntry
from teduh.trends.models import HiddenTag

pytestmark = pytest.mark.django_db


def test_explore_shows_trending_tags_and_posts(crowd, post, client):
    people = crowd(5)
    for person in people:
        post(person, "Yuk #JalanSore")
    status = post(people[0], "Sore ini indah")
    for fan in people[1:3]:
        favourite(fan, status)

    response = client.get("/explore/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/tags/jalansore/"' in html
    assert f'id="status-{status.pk}"' in html
    assert 'href="/explore/"' in html  # the nav links here


def test_explore_when_nothing_trends(client, db):
    response = client.get("/explore/")
    assert response.status_code == 200
    assert 'id="trending-tags"' not in response.content.decode()


def test_moderators_hide_and_unhide_from_the_page(crowd, post, make_user, client_for):
    for person in crowd(4):
        post(person, "#JualPil")
    moderator = make_user("moder", is_moderator=True)
    client = client_for(moderator)
    page = client.get("/moderation/trends/")
    assert page.status_code == 200
    assert "#JualPil" in page.content.decode()

    response = client.post("/moderation/trends/", {"name": "#JualPil", "reason": "spam"})
    assert response.status_code == 302
    assert HiddenTag.objects.get().tag.name == "jualpil"
    assert client.get("/explore/").content.decode().count("/tags/jualpil/") == 0
    assert AuditLogEntry.objects.filter(action="trends.hide_tag", actor=moderator).exists()

    missing = client.post("/moderation/trends/", {"name": "TidakAda"})
    assert missing.status_code == 200 and not HiddenTag.objects.filter(tag__name="tidakada")

    client.post("/moderation/trends/unhide/", {"name": "jualpil"})
    assert not HiddenTag.objects.exists()
    assert AuditLogEntry.objects.filter(action="trends.unhide_tag").count() == 1


def test_moderation_page_is_for_moderators(make_user, client_for, client):
    member = client_for(make_user("biasa"))
    assert member.get("/moderation/trends/").status_code == 403
    assert member.post("/moderation/trends/", {"name": "x"}).status_code == 403
    assert member.post("/moderation/trends/unhide/", {"name": "x"}).status_code == 403
    assert client.get("/moderation/trends/").status_code == 302


def test_explore_links_conversation_trends_for_researchers_only(make_user, client_for):
    from django.contrib.auth.models import Group

    researcher = make_user("peneliti")
    researcher.groups.add(Group.objects.get_or_create(name="researchers")[0])
    link = 'id="conversation-trends-link"'
    assert link in client_for(researcher).get("/explore/").content.decode()
    assert link not in client_for(make_user("biasa")).get("/explore/").content.decode()
