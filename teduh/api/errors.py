"""Mastodon's error bodies: {"error": "..."} with the right status code, never a 500 for bad
input."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def not_found() -> ApiError:
    return ApiError(404, "Record not found")


def install(api) -> None:
    """Register exception handlers on a NinjaAPI instance."""
    from ninja.errors import AuthenticationError, HttpError
    from ninja.errors import ValidationError as NinjaValidationError

    def respond(request, status: int, message: str):
        return api.create_response(request, {"error": message}, status=status)

    @api.exception_handler(ApiError)
    def api_error(request, exc: ApiError):
        return respond(request, exc.status, exc.message)

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request, exc):
        return respond(request, 401, "The access token is invalid")

    @api.exception_handler(NinjaValidationError)
    def invalid_input(request, exc: NinjaValidationError):
        problems = []
        for error in exc.errors:
            where = ".".join(str(part) for part in error.get("loc", [])[1:]) or "request"
            problems.append(f"{where}: {error.get('msg', 'invalid')}")
        return respond(request, 422, "Validation failed: " + "; ".join(problems))

    @api.exception_handler(ValidationError)
    def service_refused(request, exc: ValidationError):
        return respond(request, 422, "Validation failed: " + " ".join(exc.messages))

    @api.exception_handler(PermissionDenied)
    def forbidden(request, exc):
        return respond(request, 403, "This action is not allowed")

    @api.exception_handler(Http404)
    def missing(request, exc):
        return respond(request, 404, "Record not found")

    @api.exception_handler(HttpError)
    def http_error(request, exc: HttpError):
        return respond(request, exc.status_code, str(exc))

    from teduh.core.ratelimit import RateLimited

    @api.exception_handler(RateLimited)
    def rate_limited(request, exc: RateLimited):
        # Mastodon's answer to too many requests: 429 and when to try again.
        response = respond(request, 429, exc.message)
        response["Retry-After"] = str(exc.retry_after)
        return response
