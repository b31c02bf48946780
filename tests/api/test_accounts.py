"""The accounts part of the Mastodon API: registration, credentials, profiles, statuses,
follows, relationships and search."""

import json
import re
from datetime import date, timedelta

import pytest
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.utils import timezone
from oauth2_provider.models import AccessToken
from PIL import Image

from teduh.accounts.models import Follow, User, anonymous_placeholder
from teduh.notifications.models import Notification, NotificationType
from tests.helpers import CAMERA_MAKE, image_upload, jpeg_bytes, media_files, text_as_jpeg

REGISTER = "/api/v1/accounts"
PASSWORD = "pelan-pelan-saja-2026"


def next_link(response) -> str | None:
    found = re.search(r'<([^>]+)>; rel="next"', response.get("Link", ""))
    return found.group(1) if found else None


def ids(response) -> list[str]:
    return [item["id"] for item in response.json()]


# Registration ---------------------------------------------------------------------------------


@pytest.fixture
def app_client(api, make_token):
    """A client holding an app-only token (client_credentials), as apps use to sign up."""
    return api(token=make_token(None, scopes="read write follow"))


def signup(**overrides) -> dict:
    data = {
        "username": "bima",
        "email": "bima@example.org",
        "password": PASSWORD,
        "agreement": "true",
        "locale": "en",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_register_returns_a_token_usable_at_once(app_client, api):
    before = timezone.now().timestamp()
    response = app_client.post(REGISTER, signup(), form=True)
    assert response.status_code == 200, response.content
    body = response.json()
    assert set(body) == {"access_token", "token_type", "scope", "created_at"}
    assert body["token_type"] == "Bearer"
    assert body["scope"] == "read write follow"  # the app token's scopes
    assert before - 1 <= body["created_at"] <= timezone.now().timestamp() + 1

    user = User.objects.get(username="bima")
    assert user.is_active
    assert user.email == "bima@example.org"
    assert user.language == "en"
    assert user.age_confirmed_at is not None
    assert user.check_password(PASSWORD)
    token = AccessToken.objects.get(user=user)
    assert token.application == AccessToken.objects.get(user=None).application
    assert token.scope == "read write follow"

    me = api(token=body["access_token"]).get("/api/v1/accounts/verify_credentials")
    assert me.status_code == 200
    assert (me.json()["username"], me.json()["id"]) == ("bima", str(user.pk))


def test_register_with_a_json_body_and_a_regional_locale(app_client):
    response = app_client.post(REGISTER, signup(agreement=True, locale="id-ID"))
    assert response.status_code == 200, response.content
    assert User.objects.get(username="bima").language == "id"


def test_unknown_locale_falls_back_to_the_instance_language(app_client, settings):
    assert app_client.post(REGISTER, signup(locale="de"), form=True).status_code == 200
    assert User.objects.get(username="bima").language == settings.LANGUAGE_CODE


def test_date_of_birth_of_someone_13_or_older_is_accepted_and_not_stored(app_client):
    today = timezone.localdate()
    thirteen = today.replace(year=today.year - 13)
    response = app_client.post(REGISTER, signup(date_of_birth=thirteen.isoformat()), form=True)
    assert response.status_code == 200, response.content
    user = User.objects.get(username="bima")
    assert user.age_confirmed_at is not None
    assert thirteen.isoformat() not in json.dumps(
        {f.name: str(getattr(user, f.attname)) for f in User._meta.concrete_fields}
    )


def test_approval_mode_creates_a_pending_account_whose_token_waits(app_client, api, settings):
    settings.TEDUH_REGISTRATION_APPROVAL = True
    response = app_client.post(REGISTER, signup(), form=True)
    assert response.status_code == 200, response.content
    user = User.objects.get(username="bima")
    assert user.is_active is False
    client = api(token=response.json()["access_token"])
    me = client.get("/api/v1/accounts/verify_credentials")
    assert me.status_code == 403
    assert me.json() == {"error": "Your login is currently disabled or pending approval"}
    assert api().get(f"/api/v1/accounts/{user.pk}").status_code == 404


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"username": "ANI"}, "username", "ERR_TAKEN"),
        ({"username": "Anonim"}, "username", "ERR_RESERVED"),
        ({"username": "admin"}, "username", "ERR_RESERVED"),
        ({"username": "a b"}, "username", "ERR_INVALID"),
        ({"username": "bima!"}, "username", "ERR_INVALID"),
        ({"username": "ab"}, "username", "ERR_TOO_SHORT"),
        ({"username": "a" * 31}, "username", "ERR_TOO_LONG"),
        ({"username": None}, "username", "ERR_BLANK"),
        ({"password": None}, "password", "ERR_BLANK"),
        ({"password": "pendek"}, "password", "ERR_TOO_SHORT"),
        ({"password": "12345678901"}, "password", "ERR_INVALID"),
        ({"password": "password123"}, "password", "ERR_INVALID"),
        ({"username": "bimasakti", "password": "bimasakti1"}, "password", "ERR_INVALID"),
        ({"email": None}, "email", "ERR_BLANK"),
        ({"email": "bukan-alamat"}, "email", "ERR_INVALID"),
        ({"email": "a" * 250 + "@example.org"}, "email", "ERR_TOO_LONG"),
        ({"agreement": None}, "agreement", "ERR_ACCEPTED"),
        ({"agreement": "false"}, "agreement", "ERR_ACCEPTED"),
        ({"date_of_birth": "2099-01-01"}, "date_of_birth", "ERR_BELOW_LIMIT"),
        ({"date_of_birth": "kemarin"}, "date_of_birth", "ERR_INVALID"),
    ],
)
def test_bad_registrations_are_422_with_details_and_create_nothing(
    app_client, make_user, overrides, field, code
):
    make_user("ani")
    users, tokens = User.objects.count(), AccessToken.objects.count()
    response = app_client.post(REGISTER, signup(**overrides), form=True)
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["error"].startswith("Validation failed: ")
    assert code in [detail["error"] for detail in body["details"][field]]
    assert list(body["details"]) == [field]
    assert (User.objects.count(), AccessToken.objects.count()) == (users, tokens)


def test_a_child_under_13_is_refused(app_client):
    today = timezone.localdate()
    birthday = today.replace(year=today.year - 13) + timedelta(days=1)  # 13 tomorrow
    response = app_client.post(REGISTER, signup(date_of_birth=birthday.isoformat()), form=True)
    assert response.status_code == 422
    assert response.json()["error"] == "Validation failed: Date of birth is below the age limit"
    assert not User.objects.filter(username="bima").exists()


def test_error_messages_read_as_mastodons_in_english(app_client, make_user):
    make_user("bima")
    response = app_client.post(
        REGISTER,
        signup(password="pendek", agreement=None),
        form=True,
        headers={"Accept-Language": "id"},
    )
    assert response.status_code == 422
    assert response.json() == {
        "error": "Validation failed: Username has already been taken, Password is too short "
        "(minimum is 8 characters), Agreement must be accepted",
        "details": {
            "username": [{"error": "ERR_TAKEN", "description": "has already been taken"}],
            "password": [
                {"error": "ERR_TOO_SHORT", "description": "is too short (minimum is 8 characters)"}
            ],
            "agreement": [{"error": "ERR_ACCEPTED", "description": "must be accepted"}],
        },
    }


def test_a_bad_date_is_reported_together_with_other_problems(app_client):
    response = app_client.post(
        REGISTER, signup(username="a b", date_of_birth="31.02.2000"), form=True
    )
    assert response.status_code == 422
    assert set(response.json()["details"]) == {"username", "date_of_birth"}


def test_the_web_and_the_api_share_the_rules(app_client, client, make_user):
    """The same sign-up refused by the web form is refused by the API, for the same reason."""
    make_user("ani")
    for username, web_code in [("ANI", "taken"), ("help", "reserved"), ("a-b", "invalid")]:
        web = client.post(
            "/auth/signup/",
            {"username": username, "password": PASSWORD, "language": "id", "confirm_age": "on"},
        )
        assert web.status_code == 400
        assert web_code in [e.code for e in web.context["form"].errors.as_data()["username"]]
        assert app_client.post(REGISTER, signup(username=username), form=True).status_code == 422


def test_register_needs_an_app_token_with_write_accounts(api, make_token):
    assert api().post(REGISTER, signup(), form=True).status_code == 401
    read_only = api(token=make_token(None, scopes="read"))
    response = read_only.post(REGISTER, signup(), form=True)
    assert response.status_code == 403
    assert response.json() == {"error": "This action is outside the authorized scopes"}
    assert not User.objects.filter(username="bima").exists()


# Your own account -----------------------------------------------------------------------------


def test_verify_credentials_shape_and_scopes(api, make_user):
    ani = make_user("ani", display_name="Ani W", language="en")
    ani.bio = "Suka <b>membaca</b>"
    ani.save()
    response = api(ani, scopes="read:accounts").get("/api/v1/accounts/verify_credentials")
    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["username"], body["acct"]) == (str(ani.pk), "ani", "ani")
    assert body["display_name"] == "Ani W"
    assert body["note"] == "<p>Suka &lt;b&gt;membaca&lt;/b&gt;</p>"
    assert body["source"]["note"] == "Suka <b>membaca</b>"
    assert body["source"]["language"] == "en"
    assert api(ani, scopes="profile").get("/api/v1/accounts/verify_credentials").status_code == 200
    assert (
        api(ani, scopes="read:statuses").get("/api/v1/accounts/verify_credentials").status_code
        == 403
    )
    assert api().get("/api/v1/accounts/verify_credentials").status_code == 401


UPDATE = "/api/v1/accounts/update_credentials"


def test_update_credentials_changes_only_what_is_sent(api, make_user):
    ani = make_user("ani", display_name="Ani", language="id")
    ani.bio = "Bio lama"
    ani.save()
    client = api(ani)
    response = client.patch(UPDATE, {"display_name": "  Ani Wulan ", "source": {"language": "en"}})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["display_name"] == "Ani Wulan"
    assert body["source"]["language"] == "en"
    assert body["source"]["note"] == "Bio lama"
    ani.refresh_from_db()
    assert (ani.display_name, ani.bio, ani.language) == ("Ani Wulan", "Bio lama", "en")

    response = client.patch(
        UPDATE, {"note": "Belajar pelan-pelan", "locked": "true", "bot": "false"}, form=True
    )
    assert response.status_code == 200, response.content
    assert response.json()["note"] == "<p>Belajar pelan-pelan</p>"
    assert response.json()["locked"] is False  # accepted and ignored
    ani.refresh_from_db()
    assert (ani.display_name, ani.bio) == ("Ani Wulan", "Belajar pelan-pelan")


def patch_multipart(api_client, path: str, data: dict):
    return api_client.client.patch(
        path,
        encode_multipart(BOUNDARY, data),
        content_type=MULTIPART_CONTENT,
        HTTP_AUTHORIZATION=f"Bearer {api_client.token}",
    )


def test_update_credentials_strips_avatar_metadata(api, make_user):
    ani = make_user("ani")
    upload = image_upload(jpeg_bytes((1200, 800)))
    response = patch_multipart(api(ani), UPDATE, {"avatar": upload, "display_name": "Ani"})
    assert response.status_code == 200, response.content
    ani.refresh_from_db()
    assert ani.display_name == "Ani"
    assert response.json()["avatar"].endswith(ani.avatar.url)
    with Image.open(ani.avatar.path) as stored:
        assert max(stored.size) == 512
        assert len(stored.getexif()) == 0
    assert CAMERA_MAKE.encode() not in ani.avatar.open("rb").read()


def test_update_credentials_refuses_a_non_image_and_changes_nothing(api, make_user):
    ani = make_user("ani", display_name="Lama")
    response = patch_multipart(api(ani), UPDATE, {"avatar": text_as_jpeg(), "display_name": "Baru"})
    assert response.status_code == 422
    assert response.json() == {"error": "Validation failed: This file is not an image we can read."}
    ani.refresh_from_db()
    assert (ani.display_name, bool(ani.avatar)) == ("Lama", False)
    assert media_files() == []


@pytest.mark.parametrize(
    "data",
    [
        {"display_name": "x" * 61},
        {"note": "x" * 501},
        {"display_name": "nul\x00"},
        {"source": {"language": "fr"}},
    ],
)
def test_bad_credentials_are_422_and_change_nothing(api, make_user, data):
    ani = make_user("ani", display_name="Ani")
    response = api(ani).patch(UPDATE, data)
    assert response.status_code == 422
    assert response.json()["error"].startswith("Validation failed")
    ani.refresh_from_db()
    assert (ani.display_name, ani.bio, ani.language) == ("Ani", "", "id")


def test_update_credentials_needs_write_accounts(api, make_user):
    ani = make_user("ani", display_name="Ani")
    assert api(ani, scopes="read").patch(UPDATE, {"display_name": "X"}).status_code == 403
    assert api().patch(UPDATE, {"display_name": "X"}).status_code == 401
    assert User.objects.get(pk=ani.pk).display_name == "Ani"


# Looking at accounts --------------------------------------------------------------------------


def test_get_account_shape_and_values(api, make_user, post):
    ani, budi = make_user("ani", display_name="Ani W"), make_user("budi")
    Follow.objects.create(follower=budi, target=ani)
    post(ani, "Halo")
    post(ani, "Rahasia", anonymous=True)
    post(ani, "Untuk pengikut", visibility="private")
    response = api().get(f"/api/v1/accounts/{ani.pk}")
    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["username"], body["acct"]) == (str(ani.pk), "ani", "ani")
    assert body["display_name"] == "Ani W"
    assert body["url"] == "http://testserver/@ani/"
    assert (body["followers_count"], body["following_count"]) == (1, 0)
    assert body["statuses_count"] == 1  # neither the anonymous nor the followers-only post
    assert "source" not in body
    assert body["teduh"] == {"verified_professional": False, "anonymous_placeholder": False}


def test_the_placeholder_is_an_account_that_reveals_nothing(api, make_user, post):
    ani = make_user("ani", display_name="Ani Wulan")
    secret = post(ani, "Aku lelah sekali", anonymous=True)
    Follow.objects.create(follower=make_user("budi"), target=ani)
    placeholder = anonymous_placeholder()
    status = api().get(f"/api/v1/statuses/{secret.pk}").json()
    assert status["account"]["id"] == str(placeholder.pk)

    client = api(make_user("citra"))
    response = client.get(f"/api/v1/accounts/{placeholder.pk}")
    assert response.status_code == 200
    body = response.json()
    assert (body["username"], body["display_name"]) == ("anonim", "Anonim")
    assert body["teduh"]["anonymous_placeholder"] is True
    assert (body["statuses_count"], body["followers_count"], body["following_count"]) == (0, 0, 0)
    for path in ["", "/statuses", "/followers", "/following"]:
        answer = client.get(f"/api/v1/accounts/{placeholder.pk}{path}")
        assert answer.status_code == 200
        text = answer.content.decode()
        assert "Ani Wulan" not in text and '"ani"' not in text
        assert f'"{ani.pk}"' not in text
        if path:
            assert answer.json() == []
    assert client.get("/api/v1/accounts/lookup", {"acct": "anonim"}).json()["id"] == str(
        placeholder.pk
    )


@pytest.mark.parametrize("account_id", ["999999", "abc", "1.5", "-1", "１", "9" * 30])
def test_unknown_and_junk_ids_are_404(api, make_user, account_id):
    client = api(make_user("ani"))
    for path in ["", "/statuses", "/followers", "/following"]:
        response = client.get(f"/api/v1/accounts/{account_id}{path}")
        assert response.status_code == 404, path
        assert response.json() == {"error": "Record not found"}
    for action in ["follow", "unfollow"]:
        assert client.post(f"/api/v1/accounts/{account_id}/{action}").status_code == 404


def test_inactive_accounts_are_404(api, make_user):
    gone = make_user("gone", is_active=False)
    client = api(make_user("ani"))
    assert client.get(f"/api/v1/accounts/{gone.pk}").status_code == 404
    assert client.get(f"/api/v1/accounts/{gone.pk}/statuses").status_code == 404
    assert client.post(f"/api/v1/accounts/{gone.pk}/follow").status_code == 404
    assert client.get("/api/v1/accounts/lookup", {"acct": "gone"}).status_code == 404


def test_a_token_without_read_accounts_may_not_look(api, make_user):
    ani = make_user("ani")
    response = api(ani, scopes="read:statuses").get(f"/api/v1/accounts/{ani.pk}")
    assert response.status_code == 403


@pytest.mark.parametrize("acct", ["ani", "@ani", "ANI", "ani@testserver", "@ani@TestServer"])
def test_lookup_finds_local_accounts(api, make_user, acct):
    ani = make_user("ani")
    response = api().get("/api/v1/accounts/lookup", {"acct": acct})
    assert response.status_code == 200
    assert response.json()["id"] == str(ani.pk)


@pytest.mark.parametrize("acct", ["nobody", "ani@elsewhere.example", "", "ani\x00"])
def test_lookup_of_others_is_404(api, make_user, acct):
    make_user("ani")
    response = api().get("/api/v1/accounts/lookup", {"acct": acct})
    assert response.status_code in (404, 422)
    assert response.status_code == 404 or "\x00" in acct


def test_get_several_accounts(api, make_user):
    ani, budi = make_user("ani"), make_user("budi")
    gone = make_user("gone", is_active=False)
    response = api().get(
        "/api/v1/accounts", {"id[]": [str(budi.pk), "junk", str(gone.pk), str(ani.pk)]}
    )
    assert response.status_code == 200
    assert ids(response) == [str(budi.pk), str(ani.pk)]


# Account statuses -----------------------------------------------------------------------------


def statuses_of(client, account, **params):
    response = client.get(f"/api/v1/accounts/{account.pk}/statuses", params)
    assert response.status_code == 200, response.content
    return response


def test_account_statuses_never_list_anonymous_ones(api, make_user, post):
    ani = make_user("ani")
    signed = post(ani, "Halo")
    post(ani, "Rahasia", anonymous=True)
    for client in (api(), api(make_user("budi")), api(ani)):  # not even to their author
        assert ids(statuses_of(client, ani)) == [str(signed.pk)]


def test_followers_only_statuses_only_for_followers(api, make_user, post):
    ani, budi, citra = make_user("ani"), make_user("budi"), make_user("citra")
    Follow.objects.create(follower=budi, target=ani)
    public = post(ani, "Untuk semua")
    private = post(ani, "Untuk pengikut", visibility="private")
    assert ids(statuses_of(api(), ani)) == [str(public.pk)]
    assert ids(statuses_of(api(citra), ani)) == [str(public.pk)]
    assert ids(statuses_of(api(budi), ani)) == [str(private.pk), str(public.pk)]


def test_account_statuses_filters(api, make_user, post):
    from teduh.posts.services import reblog

    ani, budi = make_user("ani"), make_user("budi")
    first = post(ani, "Awal utas #Harapan")
    thread = post(ani, "Lanjutan utas", in_reply_to=first)
    others = post(budi, "Punya budi")
    reply_to_budi = post(ani, "Balasan ke budi", in_reply_to=others)
    mine_anonymous = post(ani, "Rahasia", anonymous=True)
    reply_to_anonymous = post(ani, "Balasan ke anonim", in_reply_to=mine_anonymous)
    with_image = post(ani, "Dengan gambar", uploads=[(image_upload(), "Gambar")])
    shared = reblog(ani, others)
    client = api()
    everything = ids(statuses_of(client, ani))
    assert everything == [
        str(s.pk) for s in [shared, with_image, reply_to_anonymous, reply_to_budi, thread, first]
    ]
    # The thread stays; a reply to an anonymous status goes, even though it is ani's own.
    assert ids(statuses_of(client, ani, exclude_replies="true")) == [
        str(s.pk) for s in [shared, with_image, thread, first]
    ]
    assert ids(statuses_of(client, ani, only_media="true")) == [str(with_image.pk)]
    assert str(shared.pk) not in ids(statuses_of(client, ani, exclude_reblogs="true"))
    assert ids(statuses_of(client, ani, tagged="harapan")) == [str(first.pk)]
    assert ids(statuses_of(client, ani, tagged="#HARAPAN")) == [str(first.pk)]
    assert ids(statuses_of(client, ani, tagged="lain")) == []
    assert ids(statuses_of(client, ani, pinned="true")) == []


def test_account_statuses_page_with_link_headers(api, make_user, post):
    ani = make_user("ani")
    made = [post(ani, f"Catatan {n}") for n in range(5)]
    client = api()
    response = statuses_of(client, ani, limit=2)
    seen = ids(response)
    while (link := next_link(response)) is not None:
        response = client.get(link)
        seen += ids(response)
    assert seen == [str(s.pk) for s in reversed(made)]


# Followers and following ----------------------------------------------------------------------


def test_followers_and_following_with_link_pagination(api, make_user):
    ani = make_user("ani")
    fans = [make_user(f"fan{n}") for n in range(3)]
    for fan in fans:
        Follow.objects.create(follower=fan, target=ani)
    Follow.objects.create(follower=make_user("gone", is_active=False), target=ani)
    client = api()
    response = client.get(f"/api/v1/accounts/{ani.pk}/followers", {"limit": 2})
    assert response.status_code == 200
    assert ids(response) == [str(fans[2].pk), str(fans[1].pk)]
    link = response["Link"]
    newest_row = Follow.objects.get(follower=fans[2], target=ani)
    oldest_row = Follow.objects.get(follower=fans[1], target=ani)
    assert f"max_id={oldest_row.pk}" in link and 'rel="next"' in link
    assert f"min_id={newest_row.pk}" in link and 'rel="prev"' in link
    second = client.get(next_link(response))
    assert ids(second) == [str(fans[0].pk)]  # the inactive follower is not listed
    assert ids(client.get(f"/api/v1/accounts/{ani.pk}/followers")) == [
        str(f.pk) for f in reversed(fans)
    ]

    following = client.get(f"/api/v1/accounts/{fans[0].pk}/following")
    assert following.status_code == 200
    assert ids(following) == [str(ani.pk)]
    assert following.json()[0]["username"] == "ani"


# Follow, unfollow and relationships -----------------------------------------------------------


def test_follow_and_unfollow(api, make_user):
    ani, budi = make_user("ani"), make_user("budi")
    Follow.objects.create(follower=budi, target=ani)
    client = api(ani)
    response = client.post(f"/api/v1/accounts/{budi.pk}/follow")
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == str(budi.pk)
    assert (body["following"], body["followed_by"], body["blocking"], body["muting"]) == (
        True,
        True,
        False,
        False,
    )
    assert Follow.objects.filter(follower=ani, target=budi).exists()
    assert Notification.objects.filter(
        recipient=budi, type=NotificationType.FOLLOW, actor=ani
    ).exists()
    assert client.post(f"/api/v1/accounts/{budi.pk}/follow").json()["following"] is True

    response = client.post(f"/api/v1/accounts/{budi.pk}/unfollow")
    assert response.status_code == 200
    assert (response.json()["following"], response.json()["followed_by"]) == (False, True)
    assert not Follow.objects.filter(follower=ani, target=budi).exists()
    assert client.post(f"/api/v1/accounts/{budi.pk}/unfollow").status_code == 200


def test_follow_needs_write_follows(api, make_user, make_token):
    ani, budi = make_user("ani"), make_user("budi")
    response = api(ani, scopes="read").post(f"/api/v1/accounts/{budi.pk}/follow")
    assert response.status_code == 403
    assert response.json() == {"error": "This action is outside the authorized scopes"}
    assert api().post(f"/api/v1/accounts/{budi.pk}/follow").status_code == 401
    app_only = api(token=make_token(None))
    response = app_only.post(f"/api/v1/accounts/{budi.pk}/follow")
    assert response.status_code == 422
    assert response.json() == {"error": "This method requires an authenticated user"}
    assert api(ani, scopes="follow").post(f"/api/v1/accounts/{budi.pk}/follow").status_code == 200
    assert Follow.objects.filter(follower=ani, target=budi).count() == 1


def test_following_yourself_or_the_placeholder_is_refused(api, make_user):
    ani = make_user("ani")
    client = api(ani)
    response = client.post(f"/api/v1/accounts/{ani.pk}/follow")
    assert response.status_code == 422
    assert response.json() == {"error": "Validation failed: You cannot follow yourself"}
    response = client.post(f"/api/v1/accounts/{anonymous_placeholder().pk}/follow")
    assert response.status_code == 403
    assert response.json() == {"error": "This action is not allowed"}
    assert not Follow.objects.exists()


def test_relationships(api, make_user):
    ani, budi, citra = make_user("ani"), make_user("budi"), make_user("citra")
    Follow.objects.create(follower=ani, target=budi)
    Follow.objects.create(follower=citra, target=ani)
    placeholder = anonymous_placeholder()
    client = api(ani, scopes="read:follows")
    response = client.get(
        "/api/v1/accounts/relationships",
        {"id[]": [str(budi.pk), str(citra.pk), "999999", "junk", str(placeholder.pk)]},
    )
    assert response.status_code == 200
    body = response.json()
    assert [r["id"] for r in body] == [str(budi.pk), str(citra.pk), str(placeholder.pk)]
    assert [(r["following"], r["followed_by"]) for r in body] == [
        (True, False),
        (False, True),
        (False, False),
    ]
    assert all(r["blocking"] is False and r["muting"] is False for r in body)
    single = client.get("/api/v1/accounts/relationships", {"id": str(budi.pk)})
    assert ids(single) == [str(budi.pk)]
    assert client.get("/api/v1/accounts/relationships").json() == []


def test_relationships_need_read_follows(api, make_user):
    ani = make_user("ani")
    path = f"/api/v1/accounts/relationships?id[]={ani.pk}"
    assert api(ani, scopes="read:statuses").get(path).status_code == 403
    assert api().get(path).status_code == 401


# Search ---------------------------------------------------------------------------------------


def usernames(client, **params) -> list[str]:
    response = client.get("/api/v1/accounts/search", params)
    assert response.status_code == 200, response.content
    return [account["username"] for account in response.json()]


def test_search_matches_usernames_and_display_names_best_first(api, make_user):
    make_user("sari")
    make_user("sarinah")
    make_user("dewi", display_name="Sari Dewi")
    make_user("budi", display_name="Kak Sari")
    make_user("sarita", is_active=False)
    make_user("tono")
    client = api(make_user("ani"), scopes="read:accounts")
    assert usernames(client, q="sari") == ["sari", "sarinah", "dewi", "budi"]
    assert usernames(client, q="sari", limit=2, offset=1) == ["sarinah", "dewi"]
    assert usernames(client, q="@sari@testserver")[0] == "sari"
    assert usernames(client, q="sari@elsewhere.example") == []
    assert usernames(client, q="  ") == []


def test_search_never_finds_the_placeholder(api, make_user):
    anonymous_placeholder()
    client = api(make_user("ani"))
    for q in ["anon", "anonim", "Anonim"]:
        assert client.get("/api/v1/accounts/search", {"q": q}).json() == []


def test_search_following_only(api, make_user):
    ani, sari = make_user("ani"), make_user("sari")
    make_user("sarinah")
    Follow.objects.create(follower=ani, target=sari)
    response = api(ani).get("/api/v1/accounts/search", {"q": "sari", "following": "true"})
    assert ids(response) == [str(sari.pk)]


def test_search_needs_a_user_token_with_read_accounts(api, make_user, make_token):
    ani = make_user("ani")
    assert api().get("/api/v1/accounts/search", {"q": "ani"}).status_code == 401
    read_statuses = api(ani, scopes="read:statuses")
    assert read_statuses.get("/api/v1/accounts/search", {"q": "ani"}).status_code == 403
    app_only = api(token=make_token(None, scopes="read"))
    assert app_only.get("/api/v1/accounts/search", {"q": "ani"}).status_code == 422


def test_bad_search_parameters_are_422(api, make_user):
    client = api(make_user("ani"))
    for params in [{}, {"q": "a", "limit": 0}, {"q": "a", "limit": 81}, {"q": "a", "offset": -1}]:
        assert client.get("/api/v1/accounts/search", params).status_code == 422


def test_old_enough_counts_birthdays():
    from teduh.accounts.services import old_enough

    today = date(2026, 3, 1)
    assert old_enough(date(2013, 3, 1), today=today)
    assert not old_enough(date(2013, 3, 2), today=today)
    assert old_enough(date(2012, 2, 29), today=today)
    assert not old_enough(date(2030, 1, 1), today=today)
