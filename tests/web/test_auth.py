import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.test import Client

from teduh.accounts.models import User
from tests.helpers import translated

SIGNUP = "/auth/signup/"


def signup_data(**overrides):
    data = {
        "username": "sari_dewi",
        "display_name": "Sari",
        "password": "kopi-hangat-di-pagi-hari",
        "language": "en",
        "confirm_age": "on",
    }
    data.update(overrides)
    return data


def field_codes(response, field):
    return [error.code for error in response.context["form"].errors.as_data().get(field, [])]


def test_signup_page_renders(client, db):
    response = client.get(SIGNUP)
    assert response.status_code == 200
    assert 'name="confirm_age"' in response.content.decode()


def test_signup_creates_account_logs_in_and_remembers_language(client, db):
    response = client.post(SIGNUP, signup_data())
    assert response.status_code == 302
    assert response["Location"] == "/"
    user = User.objects.get(username="sari_dewi")
    assert (user.display_name, user.language) == ("Sari", "en")
    assert user.age_confirmed_at is not None
    assert user.check_password("kopi-hangat-di-pagi-hari")
    assert client.session[SESSION_KEY] == str(user.pk)
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


def test_signed_in_user_is_sent_home_from_signup(make_user, client_for):
    response = client_for(make_user("ani")).get(SIGNUP)
    assert response.status_code == 302
    assert response["Location"] == "/"


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"username": "ANI"}, "username", "taken"),
        ({"username": "Anonim"}, "username", "reserved"),
        ({"username": "admin"}, "username", "reserved"),
        ({"username": "a b"}, "username", "invalid"),
        ({"confirm_age": ""}, "confirm_age", "required"),
        ({"password": "12345678"}, "password", "password_too_common"),
        ({"password": "pendek"}, "password", "password_too_short"),
        ({"password": "sari_dewi1"}, "password", "password_too_similar"),
    ],
)
def test_bad_signups_show_errors_and_create_nobody(client, make_user, overrides, field, code):
    make_user("ani")
    before = User.objects.count()
    response = client.post(SIGNUP, signup_data(**overrides))
    assert response.status_code == 400
    assert code in field_codes(response, field)
    assert 'class="field-error"' in response.content.decode()
    assert User.objects.count() == before
    assert SESSION_KEY not in client.session


def test_login_and_logout(client, make_user):
    ani = make_user("ani")
    response = client.post("/auth/login/", {"username": "ani", "password": "a-long-test-password"})
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.session[SESSION_KEY] == str(ani.pk)
    assert client.get("/bookmarks/").status_code == 200

    assert client.get("/auth/logout/").status_code == 405
    assert client.session[SESSION_KEY] == str(ani.pk)
    response = client.post("/auth/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/public/"
    assert SESSION_KEY not in client.session
    response = client.get("/bookmarks/")
    assert response.status_code == 302
    assert response["Location"].startswith("/auth/login/")


def test_login_with_wrong_password_fails(client, make_user):
    make_user("ani")
    response = client.post("/auth/login/", {"username": "ani", "password": "salah-sekali"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert SESSION_KEY not in client.session


def test_login_redirects_to_safe_next_only(client, make_user):
    make_user("ani")
    credentials = {"username": "ani", "password": "a-long-test-password"}
    response = client.post("/auth/login/?next=/bookmarks/", credentials)
    assert response["Location"] == "/bookmarks/"
    client.post("/auth/logout/")
    response = client.post("/auth/login/?next=https://jahat.example/", credentials)
    assert response["Location"] == "/"


def test_change_password(make_user, client_for):
    ani = make_user("ani")
    client = client_for(ani)
    response = client.post(
        "/settings/password/",
        {
            "old_password": "a-long-test-password",
            "new_password1": "kata-sandi-baru-yang-panjang",
            "new_password2": "kata-sandi-baru-yang-panjang",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/settings/profile/"
    ani.refresh_from_db()
    assert ani.check_password("kata-sandi-baru-yang-panjang")
    # Still signed in on this device after the change.
    assert client.get("/settings/profile/").status_code == 200
    assert Client().login(username="ani", password="kata-sandi-baru-yang-panjang")


@pytest.mark.parametrize(
    ("old", "new1", "new2", "field"),
    [
        ("salah", "kata-sandi-baru-yang-panjang", "kata-sandi-baru-yang-panjang", "old_password"),
        ("a-long-test-password", "kata-sandi-baru-yang-panjang", "beda", "new_password2"),
        ("a-long-test-password", "123456789", "123456789", "new_password2"),
    ],
)
def test_change_password_rejects_bad_input(make_user, client_for, old, new1, new2, field):
    ani = make_user("ani")
    response = client_for(ani).post(
        "/settings/password/", {"old_password": old, "new_password1": new1, "new_password2": new2}
    )
    assert response.status_code == 400
    assert field in response.context["form"].errors
    ani.refresh_from_db()
    assert ani.check_password("a-long-test-password")


# --- language -------------------------------------------------------------------------------


def nav_home(language: str) -> str:
    return f'<li><a href="/">{translated("Home", language)}</a></li>'


def test_language_switch_for_signed_in_user(make_user, client_for):
    ani = make_user("ani", language="id")
    client = client_for(ani)
    page = client.get("/").content.decode()
    assert '<html lang="id">' in page
    assert nav_home("id") in page

    response = client.post("/language/", {"language": "en", "next": "/public/"})
    assert response.status_code == 302
    assert response["Location"] == "/public/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    ani.refresh_from_db()
    assert ani.language == "en"

    page = client.get("/").content.decode()
    assert '<html lang="en">' in page
    assert nav_home("en") in page
    assert nav_home("en") == '<li><a href="/">Home</a></li>'

    # The saved language follows the person to a fresh device without the cookie.
    other_device = client_for(ani)
    assert '<html lang="en">' in other_device.get("/").content.decode()


def test_language_switch_for_visitor_uses_a_cookie(client, db):
    assert '<html lang="id">' in client.get("/about/").content.decode()
    response = client.post("/language/", {"language": "en", "next": "/about/"})
    assert response["Location"] == "/about/"
    page = client.get("/about/").content.decode()
    assert '<html lang="en">' in page
    assert f">{translated('Log in', 'en')}</a>" in page


@pytest.mark.parametrize("language", ["fr", "", "../../etc"])
def test_unknown_language_changes_nothing(make_user, client_for, language):
    ani = make_user("ani", language="id")
    response = client_for(ani).post("/language/", {"language": language, "next": "/public/"})
    assert response.status_code == 302
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
    ani.refresh_from_db()
    assert ani.language == "id"


def test_language_switch_ignores_offsite_next(client, db):
    response = client.post("/language/", {"language": "en", "next": "https://jahat.example/"})
    assert response["Location"] == "/"


def test_signup_waits_for_approval_when_the_instance_requires_it(client, db, settings):
    from teduh.accounts.models import User

    settings.TEDUH_REGISTRATION_APPROVAL = True
    response = client.post(
        "/auth/signup/",
        {
            "username": "menunggu",
            "password": "kopi-hangat-di-pagi-hari",
            "language": "id",
            "confirm_age": "on",
        },
    )
    assert response.status_code == 302 and response.url == "/public/"
    user = User.objects.get(username="menunggu")
    assert user.is_active is False
    assert "_auth_user_id" not in client.session
