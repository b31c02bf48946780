"""Bearer-token authentication for the API, with Mastodon's scope rules."""

import hashlib

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from ninja.security import HttpBearer
from oauth2_provider.models import AccessToken

from teduh.api import scopes as scope_rules
from teduh.api.errors import ApiError


def load_token(raw: str) -> AccessToken | None:
    checksum = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    token = (
        AccessToken.objects.select_related("user", "application")
        .filter(token_checksum=checksum)
        .first()
    )
    if token is None or token.expires < timezone.now():
        return None
    return token


class TokenAuth(HttpBearer):
    """A valid token granting `scope`. With `user_required`, the token must act for a person
    (not an app's client-credentials token)."""

    def __init__(self, scope: str | None = None, *, user_required: bool = True):
        super().__init__()
        self.scope = scope
        self.user_required = user_required

    def authenticate(self, request, token: str):
        access = load_token(token)
        if access is None:
            raise ApiError(401, "The access token is invalid")
        if self.scope and not scope_rules.allows(access.scope.split(), self.scope):
            raise ApiError(403, "This action is outside the authorized scopes")
        if access.user is not None and (
            not access.user.is_active or access.user.suspended_at is not None
        ):
            raise ApiError(403, "Your login is currently disabled or pending approval")
        if self.user_required and access.user is None:
            raise ApiError(422, "This method requires an authenticated user")
        request.oauth_token = access
        request.user = access.user or AnonymousUser()
        return access


class OptionalTokenAuth(TokenAuth):
    """Public endpoints: anyone may call them; a token, when sent, must be valid (an app's
    token without a user is fine)."""

    def __init__(self, scope: str | None = None, *, user_required: bool = False):
        super().__init__(scope, user_required=user_required)

    def __call__(self, request):
        if not request.headers.get(self.header):
            request.oauth_token = None
            request.user = AnonymousUser()
            return True
        return super().__call__(request)


def read(area: str) -> TokenAuth:
    return TokenAuth(f"read:{area}")


def write(area: str) -> TokenAuth:
    return TokenAuth(f"write:{area}")


def public(area: str) -> OptionalTokenAuth:
    return OptionalTokenAuth(f"read:{area}")
