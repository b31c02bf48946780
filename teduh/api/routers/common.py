"""Shared pieces of the API routers."""

from django.http import HttpResponse

from teduh.api.errors import ApiError, not_found
from teduh.api.schemas import Error

ERRORS = {401: Error, 403: Error, 404: Error, 422: Error, 429: Error}


def with_errors(ok: dict) -> dict:
    """A response map: the success shape(s) plus Mastodon's error bodies."""
    return {**ok, **ERRORS}


def object_id(value: str) -> int:
    """A Mastodon id from a path: a 404 rather than a crash for anything not an id."""
    if not (value.isascii() and value.isdigit()) or len(value) > 18:
        raise not_found()
    return int(value)


def set_link(response: HttpResponse, link: str | None) -> None:
    if link:
        response["Link"] = link


def require_user(request):
    if not request.user.is_authenticated:
        raise ApiError(401, "This method requires an authenticated user")
    return request.user
