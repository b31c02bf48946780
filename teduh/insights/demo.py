"""Plausible views of the demo posts over the last weeks, so the insights charts show
something on first run.

Written as record_views writes them (one row per viewer per post per day, inserted with
ignore_conflicts), only backdated. Idempotent: once any demo post has views, nothing is added;
a view is never dated before its post.
"""

import random
from datetime import timedelta

from django.utils import timezone

from teduh.insights.models import StatusView
from teduh.posts.models import Status

DEMO_WEEKS = 3


def seed_views(report, users: dict) -> None:
    """Views by the other demo members of each demo post, on some of the last DEMO_WEEKS
    weeks' days; counted in `report.created["views"]`."""
    people = sorted(users.values(), key=lambda user: user.username)
    statuses = list(
        Status.objects.filter(account__in=people, reblog_of__isnull=True)
        .select_related("account")
        .order_by("pk")
    )
    if not statuses or StatusView.objects.filter(status__in=statuses).exists():
        return
    today = timezone.localdate()
    first_day = today - timedelta(days=DEMO_WEEKS * 7 - 1)
    rows = []
    for status in statuses:
        # Seeded by the post's text, so a fresh database gets the same picture every time.
        rng = random.Random(f"{status.account.username}:{status.content}")  # noqa: S311 (not secret)
        earliest = max(first_day, timezone.localtime(status.created_at).date())
        span = (today - earliest).days + 1
        for viewer in people:
            if viewer.pk == status.account_id or rng.random() < 0.3:
                continue
            for day_offset in sorted(rng.sample(range(span), k=min(span, rng.randint(1, 3)))):
                rows.append(
                    StatusView(
                        status=status,
                        viewer_key=f"u{viewer.pk}",
                        viewer=viewer,
                        day=earliest + timedelta(days=day_offset),
                    )
                )
    StatusView.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)
    report.created["views"] += len(rows)
