"""Trending hashtags and posts, and moderators hiding hashtags from trends.

One function computes each list (`trending_tags`, `trending_statuses`); the web pages and the
Mastodon API (`/api/v1/trends/...`) both read them, so they always agree. Results are cached
for a few minutes: they are the same for everyone, and the viewer's own blocks and mutes are
applied when a page is read.

Hashtags: a tag trends when the number of distinct accounts using it in the last 24 hours is
well above its own daily average of the 14 days before (a Poisson-style surprise score with a
prior, so a brand-new tag with two uses does not explode, and a minimum of distinct accounts).
A steady popular tag scores near zero and does not crowd out a rising one.

Nothing amplifies a crisis: crisis hashtags never trend (safety.search.trendable_tags), posts
screened as crisis do not count towards a tag, and a trending post was screened "none".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

from teduh.accounts.models import User
from teduh.posts.models import Favourite, ScreeningLevel, Status, StatusState, Tag
from teduh.posts.text import hashtag_name
from teduh.safety.audit import audit
from teduh.safety.search import trendable_tags
from teduh.timelines.services import public_queryset, with_relations
from teduh.trends.models import HiddenTag

# Hashtags ----------------------------------------------------------------------------------------

RECENT_WINDOW = timedelta(hours=24)
BASELINE_DAYS = 14
# Pseudo-count added to a tag's baseline: a new tag used by 3 people scores like a modest rise,
# not like an infinite one.
PRIOR_ACCOUNTS = 2.0
MIN_ACCOUNTS = 3  # distinct accounts in the last 24 h before a tag can trend
MAX_TRENDING_TAGS = 50

# Posts -------------------------------------------------------------------------------------------

STATUS_WINDOW = timedelta(hours=48)
MIN_ENGAGED_ACCOUNTS = 2  # distinct other accounts that favourited, shared or replied
# Hacker-News-style decay: engagement / (age in hours + 2) ** GRAVITY.
GRAVITY = 1.5
MAX_TRENDING_STATUSES = 100

CACHE_SECONDS = 300
TAGS_CACHE_KEY = "trends:tags:v1"
STATUSES_CACHE_KEY = "trends:statuses:v1"


@dataclass(frozen=True)
class TrendingTag:
    tag: Tag
    score: float
    accounts: int  # distinct accounts in the last 24 h (never shown per account)
    uses: int  # posts in the last 24 h
    baseline: float  # average distinct accounts a day over the 14 days before


def counted_statuses() -> QuerySet:
    """The posts trends count: public, original, published posts of accounts that are neither
    suspended nor limited (timelines.public_queryset for a signed-out reader), without posts
    screened as crisis, which must never lift a hashtag into trends."""
    return public_queryset(None).exclude(screening_level=ScreeningLevel.CRISIS)


def _hidden_tag_ids() -> set[int]:
    return set(HiddenTag.objects.values_list("tag_id", flat=True))


def tag_score(recent_accounts: int, baseline: float) -> float:
    """How surprising today's use is against the tag's own baseline (both in distinct accounts
    a day): (observed - expected) / sqrt(expected + prior)."""
    return (recent_accounts - baseline) / math.sqrt(baseline + PRIOR_ACCOUNTS)


def compute_trending_tags(now: datetime | None = None) -> list[tuple[int, float, int, int, float]]:
    """(tag id, score, accounts, uses, baseline) of every trending tag, best first. Anonymous
    posts count by their real author here, so nobody can lift a tag alone by posting
    anonymously; the numbers never leave the server per post or per person."""
    now = now or timezone.now()
    recent_start = now - RECENT_WINDOW
    baseline_start = recent_start - timedelta(days=BASELINE_DAYS)
    through = Status.tags.through.objects
    recent = {
        row["tag_id"]: row
        for row in through.filter(
            status__in=counted_statuses().filter(created_at__gte=recent_start, created_at__lte=now)
        )
        .values("tag_id")
        .annotate(accounts=Count("status__account_id", distinct=True), uses=Count("status_id"))
        .filter(accounts__gte=MIN_ACCOUNTS)
    }
    if not recent:
        return []
    daily: dict[int, int] = {}
    rows = (
        through.filter(
            tag_id__in=list(recent),
            status__in=counted_statuses().filter(
                created_at__gte=baseline_start, created_at__lt=recent_start
            ),
        )
        .annotate(day=TruncDate("status__created_at", tzinfo=UTC))
        .values("tag_id", "day")
        .annotate(accounts=Count("status__account_id", distinct=True))
    )
    for row in rows:
        daily[row["tag_id"]] = daily.get(row["tag_id"], 0) + row["accounts"]
    hidden = _hidden_tag_ids()
    tags = trendable_tags(Tag.objects.filter(pk__in=list(recent)).exclude(pk__in=hidden))
    scored = []
    for tag in tags:
        row = recent[tag.pk]
        baseline = daily.get(tag.pk, 0) / BASELINE_DAYS
        score = tag_score(row["accounts"], baseline)
        if score > 0:
            scored.append((tag.pk, round(score, 6), row["accounts"], row["uses"], baseline, tag))
    scored.sort(key=lambda item: (-item[1], -item[2], item[5].name))
    return [item[:5] for item in scored[:MAX_TRENDING_TAGS]]


def trending_tags(*, now: datetime | None = None) -> list[TrendingTag]:
    """The trending hashtags, best first (cached for CACHE_SECONDS; `now` bypasses the cache,
    for tests). Hidden tags are left out again on every read, so hiding acts at once."""
    if now is None:
        rows = cache.get(TAGS_CACHE_KEY)
        if rows is None:
            rows = compute_trending_tags()
            cache.set(TAGS_CACHE_KEY, rows, CACHE_SECONDS)
    else:
        rows = compute_trending_tags(now)
    hidden = _hidden_tag_ids()
    tags = Tag.objects.in_bulk([row[0] for row in rows if row[0] not in hidden])
    return [
        TrendingTag(tags[pk], score, accounts, uses, baseline)
        for pk, score, accounts, uses, baseline in rows
        if pk in tags
    ]


# Posts -------------------------------------------------------------------------------------------


def trendable_statuses(queryset: QuerySet) -> QuerySet:
    """Only posts that may trend: originals that are not replies, screened "none", without
    method details, content warnings, sensitive media or a misinformation label."""
    return queryset.filter(
        in_reply_to__isnull=True,
        reblog_of__isnull=True,
        state=StatusState.PUBLISHED,
        screening_level=ScreeningLevel.NONE,
        method_details=False,
        sensitive=False,
        spoiler_text="",
        misinformation=False,
    )


def _engaging_accounts() -> QuerySet:
    return User.objects.filter(suspended_at__isnull=True, limited_at__isnull=True)


def compute_trending_statuses(now: datetime | None = None) -> list[int]:
    """Ids of the trending posts of the last 48 hours, best first: distinct other accounts
    that favourited, shared or replied (each counted once per post, the author never),
    divided by a power of the post's age."""
    now = now or timezone.now()
    candidates = dict(
        trendable_statuses(counted_statuses())
        .filter(created_at__gte=now - STATUS_WINDOW, created_at__lte=now)
        .values_list("pk", "created_at")
    )
    if not candidates:
        return []
    authors = dict(Status.objects.filter(pk__in=list(candidates)).values_list("pk", "account_id"))
    engagers = _engaging_accounts().values("pk")
    pairs: set[tuple[int, int]] = set()
    pairs.update(
        Favourite.objects.filter(
            status_id__in=list(candidates), account_id__in=engagers
        ).values_list("status_id", "account_id")
    )
    shared_or_replied = Status.objects.filter(
        Q(reblog_of_id__in=list(candidates))
        | Q(in_reply_to_id__in=list(candidates), state=StatusState.PUBLISHED),
        account_id__in=engagers,
    ).values_list("reblog_of_id", "in_reply_to_id", "account_id")
    for reblog_of_id, in_reply_to_id, account_id in shared_or_replied:
        pairs.add((reblog_of_id or in_reply_to_id, account_id))
    engaged: dict[int, int] = {}
    for status_id, account_id in pairs:
        if status_id in candidates and account_id != authors.get(status_id):
            engaged[status_id] = engaged.get(status_id, 0) + 1
    scored = []
    for status_id, count in engaged.items():
        if count < MIN_ENGAGED_ACCOUNTS:
            continue
        age_hours = max((now - candidates[status_id]).total_seconds() / 3600, 0.0)
        scored.append((count / (age_hours + 2) ** GRAVITY, status_id))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    return [status_id for _score, status_id in scored[:MAX_TRENDING_STATUSES]]


def trending_status_ids(*, now: datetime | None = None) -> list[int]:
    """Cached compute_trending_statuses (`now` bypasses the cache)."""
    if now is not None:
        return compute_trending_statuses(now)
    ids = cache.get(STATUSES_CACHE_KEY)
    if ids is None:
        ids = compute_trending_statuses()
        cache.set(STATUSES_CACHE_KEY, ids, CACHE_SECONDS)
    return ids


def trending_statuses(
    viewer, *, offset: int = 0, limit: int = 20, now: datetime | None = None
) -> list[Status]:
    """One page of trending posts for `viewer`: the shared ranking, re-checked against what
    the viewer may see now (blocks, mutes, posts hidden or deleted since it was cached)."""
    ids = trending_status_ids(now=now)
    if not ids or offset >= len(ids):
        return []
    visible = with_relations(trendable_statuses(public_queryset(viewer)).filter(pk__in=ids))
    found = {status.pk: status for status in visible}
    ranked = [found[pk] for pk in ids if pk in found]
    return ranked[offset : offset + limit]


# Moderation --------------------------------------------------------------------------------------


class TagNotFound(ValueError):
    pass


def _tag_named(name: str) -> Tag:
    normalized = hashtag_name(name or "")
    tag = Tag.objects.filter(name=normalized).first() if normalized else None
    if tag is None:
        raise TagNotFound(name)
    return tag


def clear_cache() -> None:
    cache.delete_many([TAGS_CACHE_KEY, STATUSES_CACHE_KEY])


@transaction.atomic
def hide_tag(moderator: User, name: str, reason: str = "") -> HiddenTag:
    """Keep a hashtag out of trends (audit-logged). Raises TagNotFound for an unknown tag."""
    tag = _tag_named(name)
    hidden, created = HiddenTag.objects.get_or_create(
        tag=tag, defaults={"hidden_by": moderator, "reason": reason.strip()[:300]}
    )
    if created:
        audit(moderator, "trends.hide_tag", tag, reason=hidden.reason)
    clear_cache()
    return hidden


@transaction.atomic
def unhide_tag(moderator: User, name: str) -> bool:
    """Let a hidden hashtag trend again (audit-logged); False when it was not hidden."""
    tag = _tag_named(name)
    deleted, _rows = HiddenTag.objects.filter(tag=tag).delete()
    if deleted:
        audit(moderator, "trends.unhide_tag", tag)
    clear_cache()
    return bool(deleted)


def hidden_tags() -> QuerySet[HiddenTag]:
    return HiddenTag.objects.select_related("tag", "hidden_by")
