"""Fixtures for API tests: OAuth apps, bearer tokens, and a client that sends them.

def test_something(api, make_user):
    alice = make_user("alice")
    client = api(alice)                       # a token with every scope for alice
    client.post("/api/v1/statuses", {"status": "Halo"})   # JSON body
    client.post("/api/v1/statuses", {"status": "Halo"}, form=True)
    api(alice, scopes="read").get("/api/v1/timelines/home")
    api().get("/api/v1/timelines/public")     # no token at all
"""

import json
import secrets
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.utils import timezone
from oauth2_provider.models import AccessToken, Application

ALL_SCOPES = "read write follow push"
OOB = "urn:ietf:wg:oauth:2.0:oob"


@pytest.fixture
def make_app(db):
    """Register an app through POST /api/v1/apps; returns the JSON answer (with the secret)."""

    def make(
        *, scopes: str = ALL_SCOPES, redirect_uris: str = OOB, name: str = "Aplikasi uji", **extra
    ) -> dict:
        response = Client().post(
            "/api/v1/apps",
            {"client_name": name, "redirect_uris": redirect_uris, "scopes": scopes, **extra},
        )
        assert response.status_code == 200, response.content
        return response.json()

    return make


@pytest.fixture
def make_token(db):
    """A bearer token created directly (no OAuth dance): make_token(user, scopes="read").

    `user=None` gives an app-only token, like the client_credentials grant.
    """

    def make(user=None, *, scopes: str = ALL_SCOPES, application: Application | None = None):
        if application is None:
            application = Application.objects.create(
                name="Token uji",
                client_type=Application.CLIENT_CONFIDENTIAL,
                authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
                redirect_uris=OOB,
            )
        raw = secrets.token_urlsafe(32)
        AccessToken.objects.create(
            user=user,
            application=application,
            token=raw,
            scope=scopes,
            expires=timezone.now() + timedelta(days=1),
        )
        return raw

    return make


class ApiClient:
    """django.test.Client with a bearer token; bodies are JSON unless `form=True`."""

    def __init__(self, token: str | None = None):
        self.token = token
        self.client = Client()

    def _headers(self, headers: dict | None) -> dict:
        extra = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in (headers or {}).items()}
        if self.token:
            extra["HTTP_AUTHORIZATION"] = f"Bearer {self.token}"
        return extra

    def get(self, path: str, params: dict | None = None, *, headers: dict | None = None):
        return self.client.get(path, params or {}, **self._headers(headers))

    def _send(self, method: str, path: str, data, form: bool, headers: dict | None):
        send = getattr(self.client, method)
        if data is None:
            return send(path, **self._headers(headers))
        if form:
            if method == "post":
                return send(path, data, **self._headers(headers))
            return send(
                path,
                urlencode(data, doseq=True),
                content_type="application/x-www-form-urlencoded",
                **self._headers(headers),
            )
        return send(
            path, json.dumps(data), content_type="application/json", **self._headers(headers)
        )

    def post(self, path: str, data=None, *, form: bool = False, headers: dict | None = None):
        return self._send("post", path, data, form, headers)

    def put(self, path: str, data=None, *, form: bool = False, headers: dict | None = None):
        return self._send("put", path, data, form, headers)

    def patch(self, path: str, data=None, *, form: bool = False, headers: dict | None = None):
        return self._send("patch", path, data, form, headers)

    def delete(self, path: str, *, headers: dict | None = None):
        return self.client.delete(path, **self._headers(headers))


@pytest.fixture
def api(make_token):
    """api(user, scopes=...) -> ApiClient with a fresh token for `user`; api() -> no token;
    api(token="raw") -> that token."""

    def make(user=None, *, scopes: str = ALL_SCOPES, token: str | None = None) -> ApiClient:
        if token is None and user is not None:
            token = make_token(user, scopes=scopes)
        return ApiClient(token)

    return make
