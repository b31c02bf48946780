"""OAuth 2 as Mastodon apps use it: registering an app, the three grants, the consent page,
revoking, and scope enforcement on API endpoints."""

import re
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.contrib.auth.hashers import check_password
from django.test import Client
from oauth2_provider.models import AccessToken, Application, Grant

from teduh.api.models import AppProfile
from tests.api.conftest import OOB
from tests.helpers import translated

PASSWORD = "a-long-test-password"  # what tests/conftest.py's make_user sets
CUSTOM_REDIRECT = "tusky://oauth"


def token_request(app: dict, **fields):
    data = {"client_id": app["client_id"], "client_secret": app["client_secret"], **fields}
    return Client().post("/oauth/token", data)


def authorize_url(app: dict, redirect_uri: str, scope: str = "read write", **extra) -> str:
    query = {
        "response_type": "code",
        "client_id": app["client_id"],
        "redirect_uri": redirect_uri,
        "scope": scope,
        **extra,
    }
    return f"/oauth/authorize?{urlencode(query)}"


def consent_form(html: str) -> dict:
    """The hidden fields of the consent form, as a browser would send them back."""
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
    fields.pop("csrfmiddlewaretoken", None)
    return fields


def bearer(token: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


# POST /api/v1/apps ---------------------------------------------------------------------------


def test_register_app_returns_mastodon_shape_and_stores_the_secret_hashed(make_app):
    app = make_app(
        name="Tusky", redirect_uris=CUSTOM_REDIRECT, scopes="read write", website="https://t.app"
    )
    assert app["name"] == "Tusky"
    assert app["website"] == "https://t.app"
    assert app["scopes"] == ["read", "write"]
    assert app["redirect_uri"] == CUSTOM_REDIRECT
    assert app["redirect_uris"] == [CUSTOM_REDIRECT]
    assert app["client_secret_expires_at"] == 0
    assert app["vapid_key"] == ""
    assert app["client_id"] and len(app["client_secret"]) >= 30

    stored = Application.objects.get(pk=int(app["id"]))
    assert stored.client_id == app["client_id"]
    assert stored.client_secret != app["client_secret"]  # never stored in plain text
    assert check_password(app["client_secret"], stored.client_secret)
    assert AppProfile.objects.get(application=stored).scopes == "read write"


def test_registering_accepts_oob_and_several_redirect_uris(make_app):
    app = make_app(redirect_uris=f"{OOB}\n{CUSTOM_REDIRECT}")
    assert app["redirect_uris"] == [OOB, CUSTOM_REDIRECT]
    assert app["redirect_uri"] == f"{OOB}\n{CUSTOM_REDIRECT}"


def test_registering_with_a_json_body(db):
    response = Client().post(
        "/api/v1/apps",
        {"client_name": "Elk", "redirect_uris": "https://elk.zone/callback", "scopes": "read"},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["name"] == "Elk"


def test_the_secret_is_shown_only_once(make_app, make_token):
    app = make_app(scopes="read")
    application = Application.objects.get(client_id=app["client_id"])
    token = make_token(None, scopes="read", application=application)
    response = Client().get("/api/v1/apps/verify_credentials", **bearer(token))
    assert response.status_code == 200
    assert "client_secret" not in response.json()
    assert app["client_secret"] not in response.content.decode()


def test_unknown_scope_is_refused_and_nothing_is_stored(db):
    response = Client().post(
        "/api/v1/apps",
        {"client_name": "X", "redirect_uris": OOB, "scopes": "read admin:everything"},
    )
    assert response.status_code == 422
    assert "admin:everything" in response.json()["error"]
    assert not Application.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"client_name": "X"},
        {"redirect_uris": OOB},
        {"client_name": "", "redirect_uris": OOB},
        {"client_name": "X", "redirect_uris": "not-a-uri"},
        {"client_name": "X", "redirect_uris": "javascript:alert(1)"},
    ],
)
def test_bad_app_registrations_are_422_not_500(db, data):
    response = Client().post("/api/v1/apps", data)
    assert response.status_code == 422
    assert set(response.json()) == {"error"}
    assert not Application.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"client_name": "a\x00", "redirect_uris": OOB},
        {"client_name": "a", "redirect_uris": "tusky://\x00"},
        {"client_name": "a", "redirect_uris": OOB, "website": "https://\x00"},
    ],
)
def test_nul_characters_in_an_app_are_422(db, data):
    response = Client().post("/api/v1/apps", data)
    assert response.status_code == 422
    assert not Application.objects.exists()


def test_nul_characters_at_the_token_and_authorize_endpoints(make_app, signed_in):
    app = make_app(scopes="read", redirect_uris=CUSTOM_REDIRECT)
    answer = token_request(app, grant_type="password", username="a\x00", password="x")
    assert answer.status_code in (400, 422)
    _alice, browser = signed_in()
    response = browser.get(authorize_url({"client_id": "x\x00"}, CUSTOM_REDIRECT))
    assert response.status_code in (400, 422)


def test_verify_app_credentials(make_app, make_user):
    app = make_app(scopes="read write", name="Phanpy")
    answer = token_request(app, grant_type="client_credentials", scope="read")
    assert answer.status_code == 200, answer.content
    token = answer.json()["access_token"]
    response = Client().get("/api/v1/apps/verify_credentials", **bearer(token))
    assert response.status_code == 200
    body = response.json()
    assert body["name"] == "Phanpy"
    assert body["scopes"] == ["read", "write"]
    assert body["id"] == app["id"]


def test_verify_app_credentials_needs_a_valid_token(db):
    assert Client().get("/api/v1/apps/verify_credentials").status_code == 401
    response = Client().get("/api/v1/apps/verify_credentials", **bearer("garbage"))
    assert response.status_code == 401
    assert response.json() == {"error": "The access token is invalid"}


# Password and client-credentials grants ------------------------------------------------------


def test_password_grant_gives_a_working_token(make_app, make_user):
    alice = make_user("alice")
    app = make_app(scopes="read write")
    answer = token_request(
        app, grant_type="password", username="alice", password=PASSWORD, scope="read write"
    )
    assert answer.status_code == 200, answer.content
    body = answer.json()
    assert body["token_type"].lower() == "bearer"
    assert set(body["scope"].split()) == {"read", "write"}
    token = AccessToken.objects.get(user=alice)
    assert token.application.client_id == app["client_id"]

    response = Client().get("/api/v1/accounts/verify_credentials", **bearer(body["access_token"]))
    assert response.status_code == 200
    assert response.json()["username"] == "alice"


def test_password_grant_with_a_wrong_password(make_app, make_user):
    make_user("alice")
    app = make_app(scopes="read")
    answer = token_request(
        app, grant_type="password", username="alice", password="wrong", scope="read"
    )
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"
    assert not AccessToken.objects.exists()


def test_password_grant_with_a_wrong_client_secret(make_app, make_user):
    make_user("alice")
    app = {**make_app(scopes="read"), "client_secret": "not-the-secret"}
    answer = token_request(
        app, grant_type="password", username="alice", password=PASSWORD, scope="read"
    )
    assert answer.status_code == 401
    assert answer.json()["error"] == "invalid_client"


def test_a_token_can_only_have_scopes_the_app_registered(make_app, make_user):
    make_user("alice")
    app = make_app(scopes="read")
    refused = token_request(
        app, grant_type="password", username="alice", password=PASSWORD, scope="read write"
    )
    assert refused.status_code == 400
    assert refused.json()["error"] == "invalid_scope"
    # A granular scope inside a registered one is fine.
    narrower = token_request(
        app, grant_type="password", username="alice", password=PASSWORD, scope="read:statuses"
    )
    assert narrower.status_code == 200, narrower.content
    assert narrower.json()["scope"] == "read:statuses"


def test_client_credentials_token_has_no_user(make_app):
    app = make_app(scopes="read write")
    answer = token_request(app, grant_type="client_credentials", scope="read write")
    assert answer.status_code == 200, answer.content
    token = answer.json()["access_token"]
    assert AccessToken.objects.get().user is None

    for method, path in [
        ("get", "/api/v1/accounts/verify_credentials"),
        ("get", "/api/v1/timelines/home"),
        ("post", "/api/v1/statuses"),
    ]:
        response = getattr(Client(), method)(path, **bearer(token))
        assert response.status_code == 422, path
        assert response.json() == {"error": "This method requires an authenticated user"}
    # Public endpoints still answer.
    assert Client().get("/api/v1/timelines/public", **bearer(token)).status_code == 200


# Authorization code: the consent page ---------------------------------------------------------


@pytest.fixture
def signed_in(client_for, make_user):
    def make(username: str = "alice", language: str = "en"):
        user = make_user(username, language=language)
        return user, client_for(user)

    return make


def test_consent_page_lists_the_scopes_in_the_users_language(make_app, signed_in):
    app = make_app(scopes="read write follow", redirect_uris=CUSTOM_REDIRECT, name="Tusky")
    _alice, browser = signed_in("alice", language="en")
    response = browser.get(authorize_url(app, CUSTOM_REDIRECT, scope="read write"))
    assert response.status_code == 200
    assert "api/authorize.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert "Allow “Tusky” to use your Teduh account?" in html
    assert "Read all your account&#x27;s data" in html
    assert "Post and change things on your behalf" in html
    assert "Follow, mute and block" not in html  # registered but not asked for
    assert 'id="authorize-form"' in html


def test_consent_page_in_indonesian(make_app, signed_in):
    app = make_app(scopes="read", redirect_uris=CUSTOM_REDIRECT, name="Tusky")
    _budi, browser = signed_in("budi", language="id")
    response = browser.get(authorize_url(app, CUSTOM_REDIRECT, scope="read"))
    assert response.status_code == 200
    html = response.content.decode()
    assert response["Content-Language"] == "id"
    heading = translated("Allow “%(name)s” to use your Teduh account?", "id") % {"name": "Tusky"}
    assert heading != "Allow “Tusky” to use your Teduh account?"  # really translated
    assert heading in html
    assert translated("Authorize", "id") in html
    assert translated("Read all your account's data", "id").replace("'", "&#x27;") in html


def test_allowing_redirects_to_the_custom_scheme_with_a_code(make_app, signed_in):
    app = make_app(scopes="read write", redirect_uris=CUSTOM_REDIRECT)
    alice, browser = signed_in()
    url = authorize_url(app, CUSTOM_REDIRECT, scope="read write", state="xyz")
    form = consent_form(browser.get(url).content.decode())
    assert form["redirect_uri"] == CUSTOM_REDIRECT
    response = browser.post(url, {**form, "allow": "Authorize"})
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert (location.scheme, location.netloc) == ("tusky", "oauth")
    query = parse_qs(location.query)
    assert query["state"] == ["xyz"]
    code = query["code"][0]
    assert Grant.objects.get(code=code).user == alice

    # The app exchanges the code for a token.
    answer = token_request(
        app,
        grant_type="authorization_code",
        code=code,
        redirect_uri=CUSTOM_REDIRECT,
        scope="read write",
    )
    assert answer.status_code == 200, answer.content
    token = answer.json()["access_token"]
    me = Client().get("/api/v1/accounts/verify_credentials", **bearer(token))
    assert me.json()["username"] == "alice"
    # A code works once.
    again = token_request(
        app, grant_type="authorization_code", code=code, redirect_uri=CUSTOM_REDIRECT
    )
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


def test_denying_redirects_with_access_denied(make_app, signed_in):
    app = make_app(scopes="read", redirect_uris=CUSTOM_REDIRECT)
    _alice, browser = signed_in()
    url = authorize_url(app, CUSTOM_REDIRECT, scope="read")
    form = consent_form(browser.get(url).content.decode())
    response = browser.post(url, form)  # the "Deny" button sends no `allow`
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.scheme == "tusky"
    query = parse_qs(location.query)
    assert query["error"] == ["access_denied"]
    assert "code" not in query
    assert not Grant.objects.exists()


def test_out_of_band_shows_the_code_on_a_page(make_app, signed_in):
    app = make_app(scopes="read", redirect_uris=OOB)
    alice, browser = signed_in()
    url = authorize_url(app, OOB, scope="read")
    form = consent_form(browser.get(url).content.decode())
    response = browser.post(url, {**form, "allow": "Authorize"})
    assert response.status_code == 200
    assert "api/authorize_oob.html" in [t.name for t in response.templates]
    code = re.search(r'<code id="authorization-code">([^<]+)</code>', response.content.decode())
    assert code is not None
    grant = Grant.objects.get(code=code.group(1))
    assert grant.user == alice

    answer = token_request(
        app, grant_type="authorization_code", code=code.group(1), redirect_uri=OOB
    )
    assert answer.status_code == 200, answer.content
    assert AccessToken.objects.get(token_checksum__isnull=False).user == alice


def test_out_of_band_denial_is_shown_on_a_page(make_app, signed_in):
    app = make_app(scopes="read", redirect_uris=OOB)
    _alice, browser = signed_in()
    url = authorize_url(app, OOB, scope="read")
    response = browser.post(url, consent_form(browser.get(url).content.decode()))
    assert response.status_code == 200
    assert "api/authorize_oob.html" in [t.name for t in response.templates]
    assert "access_denied" in response.content.decode()
    assert 'id="authorization-code"' not in response.content.decode()


def test_unregistered_redirect_uri_is_an_error_without_redirect(make_app, signed_in):
    app = make_app(scopes="read", redirect_uris=CUSTOM_REDIRECT)
    _alice, browser = signed_in()
    evil = "https://evil.example/steal"
    response = browser.get(authorize_url(app, evil, scope="read"))
    assert response.status_code == 400
    assert "Location" not in response
    html = response.content.decode()
    assert "evil.example" not in html or "invalid_request" in html
    assert 'id="authorize-form"' not in html
    # Posting the form by hand with that URI does not redirect there either.
    forged = browser.post(
        authorize_url(app, evil, scope="read"),
        {
            "client_id": app["client_id"],
            "redirect_uri": evil,
            "response_type": "code",
            "scope": "read",
            "allow": "Authorize",
        },
    )
    assert not forged.get("Location", "").startswith(evil)
    assert not Grant.objects.exists()


def test_unregistered_scope_on_the_consent_page_goes_back_to_the_app(make_app, signed_in):
    app = make_app(scopes="read", redirect_uris=CUSTOM_REDIRECT)
    _alice, browser = signed_in()
    response = browser.get(authorize_url(app, CUSTOM_REDIRECT, scope="read write"))
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.scheme == "tusky"
    assert parse_qs(location.query)["error"] == ["invalid_scope"]


def test_not_signed_in_goes_to_the_login_page_and_back(make_app, db):
    app = make_app(scopes="read", redirect_uris=CUSTOM_REDIRECT)
    url = authorize_url(app, CUSTOM_REDIRECT, scope="read")
    response = Client().get(url)
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == "/auth/login/"
    assert parse_qs(location.query)["next"] == [url]


# Revoking and scope enforcement --------------------------------------------------------------


def test_revoking_a_token_makes_it_stop_working(make_app, make_user):
    make_user("alice")
    app = make_app(scopes="read")
    token = token_request(
        app, grant_type="password", username="alice", password=PASSWORD, scope="read"
    ).json()["access_token"]
    assert Client().get("/api/v1/timelines/home", **bearer(token)).status_code == 200

    revoked = Client().post(
        "/oauth/revoke",
        {"token": token, "client_id": app["client_id"], "client_secret": app["client_secret"]},
    )
    assert revoked.status_code == 200
    response = Client().get("/api/v1/timelines/home", **bearer(token))
    assert response.status_code == 401
    assert response.json() == {"error": "The access token is invalid"}


def test_a_read_only_token_cannot_post(api, make_user):
    alice = make_user("alice")
    response = api(alice, scopes="read").post("/api/v1/statuses", {"status": "Halo"})
    assert response.status_code == 403
    assert set(response.json()) == {"error"}
    assert response.json()["error"]
    assert not alice.statuses.exists()


def test_a_granular_scope_grants_only_its_area(api, make_user):
    alice = make_user("alice")
    client = api(alice, scopes="write:statuses")
    created = client.post("/api/v1/statuses", {"status": "Halo"})
    assert created.status_code == 200
    assert client.get("/api/v1/timelines/home").status_code == 403  # needs read:statuses
    assert client.post(f"/api/v1/statuses/{created.json()['id']}/favourite").status_code == 403


def test_garbage_and_expired_tokens_are_401(api, make_user, make_token):
    alice = make_user("alice")
    for token in ["garbage", "", "x" * 5000]:
        response = api(token=token or "missing").get("/api/v1/timelines/home")
        assert response.status_code == 401
        assert response.json() == {"error": "The access token is invalid"}
    expired = make_token(alice)
    AccessToken.objects.update(expires="2000-01-01T00:00:00Z")
    assert api(token=expired).get("/api/v1/timelines/home").status_code == 401


def test_missing_token_on_a_user_endpoint_is_401(db):
    response = Client().get("/api/v1/timelines/home")
    assert response.status_code == 401
    assert response.json() == {"error": "The access token is invalid"}


def test_a_deactivated_users_token_stops_working(api, make_user):
    alice = make_user("alice")
    client = api(alice)
    alice.is_active = False
    alice.save()
    response = client.get("/api/v1/timelines/home")
    assert response.status_code in (401, 403)
    assert "error" in response.json()


def test_changing_the_password_signs_every_app_out(api, make_user, make_app, client_for):
    """The consent page promises it: "You can revoke access at any time by changing your
    password"."""
    alice = make_user("alice")
    bob = make_user("bob")
    app = make_app(scopes="read")
    token = token_request(
        app, grant_type="password", username="alice", password=PASSWORD, scope="read"
    ).json()["access_token"]
    bobs = api(bob)
    assert Client().get("/api/v1/timelines/home", **bearer(token)).status_code == 200

    browser = client_for(alice)
    changed = browser.post(
        "/settings/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "a-brand-new-password-2026",
            "new_password2": "a-brand-new-password-2026",
        },
    )
    assert changed.status_code == 302
    assert Client().get("/api/v1/timelines/home", **bearer(token)).status_code == 401
    assert not AccessToken.objects.filter(user=alice).exists()
    assert bobs.get("/api/v1/timelines/home").status_code == 200  # others keep theirs


def test_a_password_rehash_at_login_keeps_the_tokens(api, make_user, settings):
    """Signing in may re-hash the same password with a newer hasher: that is no change."""
    alice = make_user("alice")
    client = api(alice)
    alice.set_password(PASSWORD)  # same password, as Django's rehash-on-login does
    alice.save(update_fields=["password"])
    assert client.get("/api/v1/timelines/home").status_code == 200
    alice.set_password("something-else-entirely")
    alice.save()
    assert client.get("/api/v1/timelines/home").status_code == 401
