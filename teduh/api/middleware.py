"""Let API endpoints read one shape of request whatever the client sent.

Mastodon clients send form-encoded, multipart or JSON bodies, with POST, PUT or PATCH. Django
parses only form bodies of POST requests into request.POST; this fills request.POST for the rest
so endpoints declare their parameters once. JSON lists become `name[]` keys, as in forms.
"""

import json

from django.core.exceptions import BadRequest, SuspiciousOperation
from django.http import JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParserError
from django.utils import translation
from django.utils.datastructures import MultiValueDict

from teduh.api.errors import ApiError

API_PREFIXES = ("/api/", "/oauth/token", "/oauth/revoke")


class ApiRequestBodyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/api/") and request.path_info.endswith("/"):
            # Mastodon answers with or without a trailing slash, and clients use both.
            request.path_info = request.path_info.rstrip("/")
        if request.path.startswith(API_PREFIXES) and request.method in ("POST", "PUT", "PATCH"):
            try:
                self._normalise(request)
            except ApiError as error:
                return JsonResponse({"error": error.message}, status=error.status)
        if request.path.startswith((*API_PREFIXES, "/oauth/")) and _has_nul(request):
            # No text field may hold NUL: PostgreSQL refuses it, which would be a 500.
            return JsonResponse(
                {"error": "Validation failed: text must not contain NUL (0x00) characters"},
                status=422,
            )
        if request.path.startswith("/api/"):
            # Mastodon's API speaks English whatever the person's language; messages raised
            # by the shared services are translated when raised, so switch before they are.
            with translation.override("en"):
                return self.get_response(request)
        return self.get_response(request)

    def _normalise(self, request) -> None:
        content_type = request.content_type or ""
        if content_type == "application/json":
            try:
                payload = json.loads(request.body or b"{}")
            except (ValueError, UnicodeDecodeError) as exc:
                raise ApiError(400, "The request body is not valid JSON") from exc
            if not isinstance(payload, dict):
                raise ApiError(422, "The request body must be a JSON object")
            request._post = _querydict_from(payload)
            request._files = MultiValueDict()
        elif request.method != "POST" and content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            # Django only parses form bodies for POST: borrow its parser for PUT and PATCH.
            method = request.method
            request.method = "POST"
            try:
                request._load_post_and_files()
            finally:
                request.method = method


def _has_nul(request) -> bool:
    if "\x00" in request.path_info:
        return True
    fields = [request.GET]
    if request.method in ("POST", "PUT", "PATCH"):
        try:
            fields.append(request.POST)  # form fields only: uploaded files may hold any byte
        except (MultiPartParserError, SuspiciousOperation, BadRequest):
            pass  # the endpoint reports the unreadable body as it always does
    return any(
        "\x00" in key or any("\x00" in value for value in values)
        for data in fields
        for key, values in data.lists()
    )


def _querydict_from(payload: dict) -> QueryDict:
    data = QueryDict(mutable=True)
    for key, value in payload.items():
        if isinstance(value, list):
            name = key if key.endswith("[]") else f"{key}[]"
            data.setlist(name, [_scalar(item) for item in value])
        elif isinstance(value, dict):
            for sub_key, sub_value in value.items():
                data[f"{key}[{sub_key}]"] = _scalar(sub_value)
        elif value is not None:
            data[key] = _scalar(value)
    data._mutable = False
    return data


def _scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value)
    return str(value)
