import pytest
from django.test import Client

from teduh.accounts.models import Follow, User
from teduh.posts.models import Favourite, Status


@pytest.fixture
def csrf_client(make_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("ani"))
    return client


def test_forged_csrf_is_rejected_and_saves_nothing(csrf_client, make_user, post):
    target = post(make_user("budi"), "Halo")
    for url, data in [
        ("/compose/", {"content": "Palsu", "visibility": "public"}),
        (f"/posts/{target.pk}/favourite/", {}),
        ("/@budi/follow/", {}),
        ("/settings/profile/", {"display_name": "Diretas", "language": "id"}),
    ]:
        response = csrf_client.post(url, data)
        assert response.status_code == 403, url
        response = csrf_client.post(url, {**data, "csrfmiddlewaretoken": "x" * 64})
        assert response.status_code == 403, url
    assert list(Status.objects.all()) == [target]
    assert not Favourite.objects.exists()
    assert not Follow.objects.exists()
    assert User.objects.get(username="ani").display_name == ""


def test_forged_csrf_page_explains_nothing_was_saved(csrf_client):
    response = csrf_client.post("/compose/", {"content": "Palsu", "visibility": "public"})
    assert response.templates[0].name == "403_csrf.html"


def test_real_csrf_token_is_accepted(csrf_client):
    # The control for the test above: the same client with the page's token succeeds.
    csrf_client.get("/compose/")
    token = csrf_client.cookies["csrftoken"].value
    response = csrf_client.post(
        "/compose/", {"content": "Asli", "visibility": "public", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert Status.objects.get().content == "Asli"


def test_forged_csrf_on_signup_creates_nobody(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/auth/signup/",
        {
            "username": "penyusup",
            "password": "kopi-hangat-di-pagi-hari",
            "language": "id",
            "confirm_age": "on",
        },
    )
    assert response.status_code == 403
    assert not User.objects.filter(username="penyusup").exists()


@pytest.mark.parametrize(
    "url",
    [
        "/language/",
        "/auth/logout/",
        "/@budi/follow/",
        "/@budi/unfollow/",
        "/posts/{pk}/favourite/",
        "/posts/{pk}/reblog/",
        "/posts/{pk}/bookmark/",
    ],
)
def test_get_on_post_only_endpoints(make_user, client_for, post, url):
    status = post(make_user("budi"), "Halo")
    response = client_for(make_user("ani")).get(url.format(pk=status.pk))
    assert response.status_code == 405
    assert "POST" in response["Allow"] and "GET" not in response["Allow"]
    assert not Follow.objects.exists()
    assert not Favourite.objects.exists()
    assert Status.objects.count() == 1


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/@tidakada/"),
        ("get", "/@tidakada/followers/"),
        ("get", "/@tidakada/following/"),
        ("post", "/@tidakada/follow/"),
        ("post", "/@tidakada/unfollow/"),
        ("get", "/posts/999999/"),
        ("get", "/posts/99999999999999999999999/"),
        ("post", "/posts/999999/favourite/"),
        ("get", "/posts/999999/delete/"),
        ("post", "/posts/999999/delete/"),
        ("get", "/compose/?in_reply_to=999999"),
        ("get", "/compose/?in_reply_to=99999999999999999999999"),
        ("get", "/halaman-tidak-ada/"),
    ],
)
def test_unknown_users_and_statuses_are_not_found(make_user, client_for, method, url):
    response = getattr(client_for(make_user("ani")), method)(url)
    assert response.status_code == 404
    assert response.templates[0].name == "404.html"


@pytest.mark.parametrize("value", ["abc", "²", "-1", "1.5", "0x1"])
def test_malformed_reply_target_is_ignored_or_rejected(make_user, client_for, value):
    client = client_for(make_user("ani"))
    assert client.get("/compose/", {"in_reply_to": value}).status_code == 200
    response = client.post(
        "/compose/", {"content": "Halo", "visibility": "public", "in_reply_to": value}
    )
    assert response.status_code == 400
    assert not Status.objects.exists()


@pytest.mark.parametrize("next_url", ["https://jahat.example/", "//jahat.example/", "/public/"])
def test_redirects_stay_on_site(make_user, client_for, post, next_url):
    status = post(make_user("budi"), "Halo")
    response = client_for(make_user("ani")).post(
        f"/posts/{status.pk}/favourite/", {"next": next_url}
    )
    expected = next_url if next_url.startswith("/public") else f"/posts/{status.pk}/"
    assert response["Location"] == expected
