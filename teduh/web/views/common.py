"""Helpers shared by the HTML views."""

from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme


def int_param(request: HttpRequest, name: str) -> int | None:
    """A positive integer query parameter, or None when absent or malformed."""
    value = request.GET.get(name, "")
    # isascii: isdigit() alone accepts digits such as "²" that int() rejects.
    return int(value) if value.isascii() and value.isdigit() and len(value) < 19 else None


def safe_next(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default
