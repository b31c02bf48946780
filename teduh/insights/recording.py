"""Counting views: once per viewer per day, nothing beyond this instance.

Called by the web pages that show posts (a status page and the timelines). The API does not
count: clients prefetch timelines, so a fetch there is not a person reading.
"""

import hashlib
import hmac
from collections.abc import Iterable
from datetime import date

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from teduh.insights.models import StatusView
from teduh.posts.models import Status


def anonymous_viewer_key(session_key: str, day: date) -> str:
    """A signed-out reader's key for `day`: the session key hashed with a salt that changes
    every day, so views on different days cannot be linked and the session key is not kept."""
    salt = f"teduh.insights.view:{day.isoformat()}:".encode()
    digest = hmac.new(settings.SECRET_KEY.encode(), salt + session_key.encode(), hashlib.sha256)
    return "s" + digest.hexdigest()[:32]


def _viewer(request: HttpRequest, day: date) -> tuple[str, int | None] | None:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"u{user.pk}", user.pk
    session = getattr(request, "session", None)
    # Never create a session just to count; an unknown or expired session cookie loads as
    # empty and loses its key, so made-up cookies count nothing.
    if session is None or not session.session_key:
        return None
    session.get("_teduh_probe")  # loads the session (once per request), dropping a bad key
    if not session.session_key:
        return None
    return anonymous_viewer_key(session.session_key, day), None


def record_views(request: HttpRequest, statuses: Iterable[Status]) -> int:
    """Record that this request's reader saw `statuses` today, in one query. Shares count for
    the post shared; an author's own posts do not count. Returns how many statuses were
    offered for counting (rows already there for today are ignored by the database)."""
    day = timezone.localdate()
    viewer = _viewer(request, day)
    if viewer is None:
        return 0
    key, viewer_id = viewer
    ids: set[int] = set()
    for status in statuses:
        original = status.reblog_of if status.reblog_of_id else status
        if viewer_id is not None and original.account_id == viewer_id:
            continue
        ids.add(original.pk)
    if not ids:
        return 0
    StatusView.objects.bulk_create(
        [
            StatusView(status_id=pk, viewer_key=key, viewer_id=viewer_id, day=day)
            for pk in sorted(ids)
        ],
        ignore_conflicts=True,
    )
    return len(ids)
