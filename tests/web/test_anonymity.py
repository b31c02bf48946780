"""An anonymous post must never lead back to its author, on any page, for anyone else."""

import pytest
from django.test import Client

from teduh.accounts.services import follow
from teduh.posts import services
from teduh.posts.models import Status
from tests.helpers import anonymous_label, status_ids, translated

USERNAME = "penulis_rahasia"
DISPLAY_NAME = "Rina Kusumawati"
AVATAR = "avatars/2025/01/wajah-rina.jpg"


@pytest.fixture
def scene(make_user, post):
    author = make_user(USERNAME, display_name=DISPLAY_NAME, avatar=AVATAR)
    people = {
        name: make_user(name, language="en")
        for name in ("pengikut", "pembagi", "disebut", "ditanya", "pembaca")
    }
    follow(people["pengikut"], author)
    follow(people["pengikut"], people["pembagi"])
    question = post(people["ditanya"], "Bagaimana kalian menghadapi cemas? #CeritaKu")
    anonymous = post(author, "Hari ini berat sekali #CeritaKu", anonymous=True)
    reply = post(
        author,
        "Aku juga merasakannya, @disebut pernah cerita hal yang sama #CeritaKu",
        in_reply_to=question,
        anonymous=True,
    )
    services.reblog(people["pembagi"], anonymous)
    services.bookmark(people["pembaca"], anonymous)
    services.bookmark(people["pembaca"], reply)
    return author, people, question, anonymous, reply


def assert_no_trace_of_author(page: str, where: str):
    lowered = page.lower()
    assert USERNAME not in lowered, where
    assert DISPLAY_NAME.lower() not in lowered, where
    assert "wajah-rina" not in lowered, where
    assert f"/@{USERNAME}/" not in lowered, where


def fetch(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_author_is_identifiable_on_normal_posts(client, make_user, post):
    # Guards the probes below: a non-anonymous post does show all of these.
    author = make_user(USERNAME, display_name=DISPLAY_NAME, avatar=AVATAR)
    status = post(author, "Tulisan biasa")
    page = fetch(client, f"/posts/{status.pk}/")
    with pytest.raises(AssertionError):
        assert_no_trace_of_author(page, "detail")
    assert "wajah-rina" in page and f"/@{USERNAME}/" in page and DISPLAY_NAME in page


def test_logged_out_visitor_sees_only_anonim(client, scene):
    _author, _people, question, anonymous, reply = scene
    for url, shown in [
        ("/public/", {anonymous.pk, reply.pk}),
        ("/", {anonymous.pk, reply.pk}),
        ("/tags/ceritaku/", {anonymous.pk, reply.pk}),
        (f"/posts/{anonymous.pk}/", {anonymous.pk}),
        (f"/posts/{reply.pk}/", {reply.pk}),
        (f"/posts/{question.pk}/", {reply.pk}),
    ]:
        page = fetch(client, url)
        assert_no_trace_of_author(page, url)
        assert shown <= set(status_ids(page)), url
        assert f"<strong>{anonymous_label('id')}</strong>" in page, url


def test_other_members_see_only_anonim(client_for, scene):
    _author, people, question, anonymous, reply = scene
    label = f"<strong>{anonymous_label('en')}</strong>"
    visits = [
        ("pengikut", "/public/"),
        ("pengikut", "/tags/ceritaku/"),
        ("pengikut", f"/posts/{anonymous.pk}/"),
        ("pengikut", f"/compose/?in_reply_to={anonymous.pk}"),
        ("ditanya", f"/posts/{question.pk}/"),
        ("disebut", f"/posts/{reply.pk}/"),
        ("pembaca", "/bookmarks/"),
    ]
    for name, url in visits:
        page = fetch(client_for(people[name]), url)
        assert_no_trace_of_author(page, f"{name} {url}")
        assert label in page, f"{name} {url}"


def test_follower_home_shows_anonymous_posts_only_through_others_shares(client_for, scene):
    _author, people, _question, anonymous, reply = scene
    response = client_for(people["pengikut"]).get("/")
    page = response.content.decode()
    assert_no_trace_of_author(page, "home")
    # Only the share by someone else, never the author's own anonymous posts.
    assert status_ids(page) == [anonymous.pk]
    assert response.context["cards"][0].reblogged_by == people["pembagi"]
    assert reply.pk not in status_ids(page)
    assert f"<strong>{anonymous_label('en')}</strong>" in page


def test_notifications_of_mentioned_and_replied_to_people_are_anonymous(client_for, scene):
    _author, people, _question, _anonymous, reply = scene
    for name, message in [
        ("disebut", "Someone posting anonymously mentioned you"),
        ("ditanya", "Someone posting anonymously replied to your post"),
    ]:
        client = client_for(people[name])
        header = fetch(client, "/public/")
        assert '<span class="badge" id="unread-count"' in header
        page = fetch(client, "/notifications/")
        assert_no_trace_of_author(page, name)
        assert translated(message, "en") in page
        assert f'href="/posts/{reply.pk}/"' in page


def test_profile_page_never_lists_anonymous_posts(client, client_for, scene):
    author, people, _question, anonymous, reply = scene
    for viewer in (client, client_for(people["pengikut"]), client_for(author)):
        response = viewer.get(f"/@{USERNAME}/")
        page = response.content.decode()
        assert status_ids(page) == []
        assert "Hari ini berat sekali" not in page
        assert "Aku juga merasakannya" not in page
        assert f"/posts/{anonymous.pk}/" not in page and f"/posts/{reply.pk}/" not in page
        assert response.context["statuses_count"] == 0


def test_author_sees_their_own_anonymous_post_marked_as_theirs(client_for, scene):
    author, _people, _question, anonymous, _reply = scene
    response = client_for(author).get(f"/posts/{anonymous.pk}/")
    card = response.context["card"]
    assert card.is_own and card.can_delete
    page = response.content.decode()
    assert translated("you, posted anonymously", "id") in page


def test_htmx_actions_on_anonymous_post_reveal_nothing(client_for, scene):
    _author, people, _question, anonymous, _reply = scene
    response = client_for(people["pembaca"]).post(
        f"/posts/{anonymous.pk}/favourite/", HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert_no_trace_of_author(response.content.decode(), "actions partial")


def test_anonymous_followers_only_post_is_rejected_on_the_web(make_user, client_for):
    response = client_for(make_user("ani", language="en")).post(
        "/compose/", {"content": "Rahasia", "visibility": "private", "anonymous": "on"}
    )
    assert response.status_code == 400
    assert list(response.context["compose_form"].non_field_errors()) == [
        "Anonymous posts can't be followers-only: your followers could tell it is you."
    ]
    assert not Status.objects.exists()


def test_anonymous_thread_is_anonymous_everywhere(client, make_user, client_for):
    author = make_user(USERNAME, display_name=DISPLAY_NAME, avatar=AVATAR)
    response = client_for(author).post(
        "/compose/thread/",
        {
            "part_1": "Bagian satu",
            "part_2": "Bagian dua",
            "visibility": "public",
            "anonymous": "on",
        },
    )
    assert response.status_code == 302
    parts = list(Status.objects.order_by("pk"))
    assert [p.is_anonymous for p in parts] == [True, True]
    page = fetch(client, f"/posts/{parts[0].pk}/")
    assert_no_trace_of_author(page, "thread")
    assert status_ids(page) == [parts[0].pk, parts[1].pk]


def test_author_is_not_offered_to_share_their_anonymous_post(client_for, scene):
    author, people, _question, anonymous, _reply = scene
    share = f'action="/posts/{anonymous.pk}/reblog/"'
    assert share not in client_for(author).get(f"/posts/{anonymous.pk}/").content.decode()
    assert share in client_for(people["pembaca"]).get(f"/posts/{anonymous.pk}/").content.decode()
    response = client_for(author).post(f"/posts/{anonymous.pk}/reblog/", HTTP_HX_REQUEST="true")
    assert response.status_code == 422
    assert not Status.objects.filter(reblog_of=anonymous, account=author).exists()
    assert (
        f"/posts/{anonymous.pk}/"
        not in client_for(people["pengikut"]).get(f"/@{USERNAME}/").content.decode()
    )
