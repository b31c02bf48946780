"""Followers-only ("private") posts: only the author and their followers ever see them."""

import pytest
from django.test import Client

from teduh.accounts.services import follow
from teduh.posts.models import Status, Visibility
from tests.helpers import status_ids

SECRET = "Hanya untuk pengikutku"


@pytest.fixture
def scene(make_user, post, client_for):
    ani, pengikut, asing = make_user("ani"), make_user("pengikut"), make_user("asing")
    follow(pengikut, ani)
    public = post(ani, "Terbuka untuk semua #Topik")
    private = post(ani, f"{SECRET} #Topik", visibility=Visibility.PRIVATE)
    clients = {
        "author": client_for(ani),
        "follower": client_for(pengikut),
        "stranger": client_for(asing),
        "visitor": Client(),
    }
    return ani, public, private, clients


def test_detail_page(scene):
    _ani, _public, private, clients = scene
    for who in ("author", "follower"):
        response = clients[who].get(f"/posts/{private.pk}/")
        assert response.status_code == 200, who
        assert SECRET in response.content.decode()
    for who in ("stranger", "visitor"):
        response = clients[who].get(f"/posts/{private.pk}/")
        assert response.status_code == 404, who
        assert SECRET not in response.content.decode()


def test_profile_page(scene):
    _ani, public, private, clients = scene
    expected = {
        "author": [private.pk, public.pk],
        "follower": [private.pk, public.pk],
        "stranger": [public.pk],
        "visitor": [public.pk],
    }
    for who, ids in expected.items():
        page = clients[who].get("/@ani/").content.decode()
        assert status_ids(page) == ids, who


def test_timelines(scene):
    _ani, public, private, clients = scene
    assert status_ids(clients["follower"].get("/").content.decode()) == [private.pk, public.pk]
    assert status_ids(clients["author"].get("/").content.decode()) == [private.pk, public.pk]
    assert status_ids(clients["stranger"].get("/").content.decode()) == []
    for who, client in clients.items():
        for url in ("/public/", "/tags/topik/"):
            page = client.get(url).content.decode()
            assert status_ids(page) == [public.pk], (who, url)
            assert SECRET not in page


def test_conversation_hides_followers_only_replies(make_user, client_for, post):
    ani, pengikut, penanya = make_user("ani"), make_user("pengikut"), make_user("penanya")
    follow(pengikut, ani)
    question = post(penanya, "Ada yang pernah mengalami ini?")
    private_reply = post(ani, SECRET, in_reply_to=question, visibility=Visibility.PRIVATE)
    public_reply = post(ani, "Jawaban terbuka", in_reply_to=question)
    url = f"/posts/{question.pk}/"
    follower_page = client_for(pengikut).get(url).content.decode()
    assert status_ids(follower_page) == [question.pk, private_reply.pk, public_reply.pk]
    for client in (client_for(penanya), Client()):
        page = client.get(url).content.decode()
        assert status_ids(page) == [question.pk, public_reply.pk]
        assert SECRET not in page
    # Even opening a public reply below it does not show the hidden branch.
    page = Client().get(f"/posts/{public_reply.pk}/").content.decode()
    assert status_ids(page) == [question.pk, public_reply.pk]


def test_followers_only_post_cannot_be_reblogged(scene):
    _ani, _public, private, clients = scene
    follower = clients["follower"]
    page = follower.get(f"/posts/{private.pk}/").content.decode()
    assert f"/posts/{private.pk}/reblog/" not in page
    response = follower.post(f"/posts/{private.pk}/reblog/")
    assert response.status_code == 302
    response = follower.post(f"/posts/{private.pk}/reblog/", HTTP_HX_REQUEST="true")
    assert response.status_code == 422
    assert 'role="alert"' in response.content.decode()
    assert not Status.objects.filter(reblog_of=private).exists()
    private.refresh_from_db()
    assert private.reblogs_count == 0


def test_strangers_cannot_act_on_followers_only_post(scene):
    _ani, _public, private, clients = scene
    for action in ("favourite", "bookmark", "reblog"):
        response = clients["stranger"].post(f"/posts/{private.pk}/{action}/")
        assert response.status_code == 404, action
    response = clients["stranger"].get(f"/compose/?in_reply_to={private.pk}")
    assert response.status_code == 404
    private.refresh_from_db()
    assert private.favourites_count == 0
    assert not private.bookmarks.exists()


def test_unlisted_posts_are_readable_but_not_listed(client, make_user, post):
    unlisted = post(make_user("ani"), "Tidak terdaftar #Topik", visibility=Visibility.UNLISTED)
    assert client.get(f"/posts/{unlisted.pk}/").status_code == 200
    assert status_ids(client.get("/@ani/").content.decode()) == [unlisted.pk]
    assert status_ids(client.get("/public/").content.decode()) == []
    assert status_ids(client.get("/tags/topik/").content.decode()) == []
