"""Rate limits for writes that can be abused: posting, replying, reporting and signing up.
("I'm worried about this person" flags count the reader's own flags in the database instead:
safety.care.flag_worried.)

One table of limits, one counter per action and key (an account id or an IP address) in the
Django cache (Redis in production, in-process by default), counted in fixed windows:

    ratelimit.hit("reports", str(user.pk))       # raises RateLimited when over the limit
    ratelimit.hit_for(request, "statuses")       # the same, keyed as the table says

Web views catch RateLimited and show a form error; the API turns it into a 429 with a
Retry-After header (teduh.api.errors). settings.TEDUH_RATE_LIMITS overrides the table:
{"statuses": (300, 10800)} changes a limit, {"signups": None} turns one off.
"""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import ngettext


@dataclass(frozen=True)
class Limit:
    count: int  # how many hits a window allows
    period: int  # the window, in seconds
    per: str = "account"  # what the key is: "account" (a user's id) or "ip"


# Close to Mastodon's defaults where it has one (sign-ups: 5 per 30 minutes per IP).
LIMITS: dict[str, Limit] = {
    "statuses": Limit(30, 30 * 60),
    "replies": Limit(60, 30 * 60),
    "reports": Limit(10, 60 * 60),
    "signups": Limit(5, 30 * 60, per="ip"),
}


class RateLimited(Exception):
    """Too many `action`s for one key; try again in `retry_after` seconds."""

    def __init__(self, action: str, retry_after: int):
        self.action = action
        self.retry_after = max(1, int(retry_after))
        super().__init__(self.message)

    @property
    def message(self) -> str:
        # Translated when read, so the web shows the reader's language and the API English.
        minutes = max(1, -(-self.retry_after // 60))
        return ngettext(
            "You are doing this too often. Please try again in %(minutes)d minute.",
            "You are doing this too often. Please try again in %(minutes)d minutes.",
            minutes,
        ) % {"minutes": minutes}


def limit_for(action: str) -> Limit | None:
    """The limit on `action`: settings.TEDUH_RATE_LIMITS first, then the table. None: no limit."""
    overrides = getattr(settings, "TEDUH_RATE_LIMITS", None) or {}
    if action in overrides:
        value = overrides[action]
        if value is None:
            return None
        if isinstance(value, Limit):
            return value
        if isinstance(value, dict):
            return Limit(**{"per": LIMITS.get(action, Limit(0, 1)).per, **value})
        count, period, *per = value
        return Limit(int(count), int(period), per[0] if per else LIMITS[action].per)
    if action not in LIMITS:
        raise KeyError(f"unknown rate-limited action: {action}")
    return LIMITS[action]


def _cache_key(action: str, key: str, window: int) -> str:
    return f"ratelimit:{action}:{key}:{window}"


def hit(action: str, key: str, *, cost: int = 1) -> None:
    """Count `cost` uses of `action` by `key`; raise RateLimited, counting nothing, when they
    would go over the limit of the current window."""
    limit = limit_for(action)
    if limit is None or cost <= 0:
        return
    now = time.time()
    window = int(now // limit.period)
    retry_after = int((window + 1) * limit.period - now) + 1
    cache_key = _cache_key(action, key, window)
    # add() makes the counter expire with its window; incr() is atomic on Redis.
    cache.add(cache_key, 0, timeout=limit.period + 1)
    try:
        used = cache.incr(cache_key, cost)
    except ValueError:  # expired between add() and incr()
        cache.set(cache_key, cost, timeout=limit.period + 1)
        used = cost
    if used > limit.count:
        try:
            cache.decr(cache_key, cost)  # a refused request does not use up the next ones
        except ValueError:
            pass
        raise RateLimited(action, retry_after)


def remaining(action: str, key: str) -> int | None:
    """How many uses are left in the current window (None when unlimited)."""
    limit = limit_for(action)
    if limit is None:
        return None
    window = int(time.time() // limit.period)
    return max(0, limit.count - int(cache.get(_cache_key(action, key, window), 0)))


def reset(action: str, key: str) -> None:
    """Forget the current window's count (for moderators lifting a limit, and tests)."""
    limit = limit_for(action)
    if limit is not None:
        cache.delete(_cache_key(action, key, int(time.time() // limit.period)))


def client_ip(request: HttpRequest) -> str:
    """The address a request came from. Behind a proxy (SECURE_PROXY_SSL_HEADER set, see
    TEDUH_BEHIND_PROXY) it is the last address the proxy added to X-Forwarded-For: the
    earlier ones are whatever the client chose to send."""
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1][:64]
    return (request.META.get("REMOTE_ADDR") or "unknown")[:64]


def key_for(request: HttpRequest, action: str) -> str:
    limit = limit_for(action) or LIMITS.get(action, Limit(0, 1))
    user = getattr(request, "user", None)
    if limit.per == "account" and user is not None and user.is_authenticated:
        return f"account:{user.pk}"
    return f"ip:{client_ip(request)}"


def hit_for(request: HttpRequest, action: str, *, cost: int = 1) -> None:
    """hit() keyed for the person making `request`: their account, or their IP address for
    actions limited per address (sign-up) and for visitors who are not signed in. The one
    helper the web views and API routers share."""
    hit(action, key_for(request, action), cost=cost)
