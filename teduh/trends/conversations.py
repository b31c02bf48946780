"""Conversation trends for staff and researchers: how much people talk about mental-health
topics (teduh.trends.topics) over time, by topic and language.

Only aggregates ever leave this module: per topic and period, the number of posts and of
distinct accounts. A cell with fewer than K_ANONYMITY distinct accounts is suppressed (shown as
"<10", its posts count held back too, and it is left out of growth figures), so no figure
describes fewer than ten people. Individual posts and people are never returned.

`conversation_trends` is the one function behind the web page and its CSV exports, so the
numbers always match.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth, TruncWeek, TruncYear
from django.utils.translation import gettext_lazy as _

from teduh.posts.models import Status
from teduh.timelines.services import public_queryset
from teduh.trends.topics import TOPICS, Topic

K_ANONYMITY = 10
SUPPRESSED_LABEL = "<10"

GRANULARITIES = {
    "week": (_("Week"), TruncWeek),
    "month": (_("Month"), TruncMonth),
    "year": (_("Year"), TruncYear),
}
LANGUAGES = {
    "": _("All languages"),
    "id": _("Indonesian"),
    "en": _("English"),
    "other": _("Other languages"),
}
KNOWN_LANGUAGES = ("id", "en")


@dataclass(frozen=True)
class Cell:
    """One topic in one period. `posts` and `accounts` are None when suppressed."""

    period: str
    posts: int | None
    accounts: int | None

    @property
    def suppressed(self) -> bool:
        return self.accounts is None

    @property
    def posts_display(self) -> str:
        return SUPPRESSED_LABEL if self.suppressed else str(self.posts)

    @property
    def accounts_display(self) -> str:
        return SUPPRESSED_LABEL if self.suppressed else str(self.accounts)


@dataclass(frozen=True)
class TopicTrend:
    topic: Topic
    cells: list[Cell]
    # Percentage change in posts from the first to the last period of the range; None when
    # either is suppressed or the first is zero.
    growth: float | None

    @property
    def growth_display(self) -> str:
        if self.growth is None:
            return "–"
        return f"{self.growth:+.1f}%"


@dataclass(frozen=True)
class ConversationTrends:
    granularity: str
    start: dt.date
    end: dt.date
    language: str
    periods: list[str]
    topics: list[TopicTrend] = field(default_factory=list)

    @property
    def first_period(self) -> str | None:
        return self.periods[0] if self.periods else None

    @property
    def last_period(self) -> str | None:
        return self.periods[-1] if self.periods else None

    def volume_table(self) -> tuple[list[str], list[list]]:
        """Headers and rows (one per period and topic) as the page table and the CSV show
        them: suppressed cells read "<10"."""
        headers = ["period", "topic", "language", "posts", "accounts"]
        rows = [
            [cell.period, trend.topic.key, self.language or "all"]
            + [cell.posts_display, cell.accounts_display]
            for trend in self.topics
            for cell in trend.cells
        ]
        return headers, rows

    def growth_table(self) -> tuple[list[str], list[list]]:
        headers = ["topic", "language", "from", "to", "first_posts", "last_posts", "growth_pct"]
        rows = []
        for trend in self.topics:
            first = trend.cells[0] if trend.cells else None
            last = trend.cells[-1] if trend.cells else None
            rows.append(
                [
                    trend.topic.key,
                    self.language or "all",
                    self.first_period or "",
                    self.last_period or "",
                    first.posts_display if first else "",
                    last.posts_display if last else "",
                    "" if trend.growth is None else f"{trend.growth:.1f}",
                ]
            )
        return headers, rows


def period_start(day: dt.date, granularity: str) -> dt.date:
    if granularity == "week":
        return day - dt.timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def _next_period(start: dt.date, granularity: str) -> dt.date:
    if granularity == "week":
        return start + dt.timedelta(days=7)
    if granularity == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start.replace(year=start.year + 1)


def period_label(start: dt.date, granularity: str) -> str:
    """ISO-like, sortable labels: "2026-11-02" (a week's Monday), "2026-11", "2026"."""
    if granularity == "week":
        return start.isoformat()
    if granularity == "month":
        return start.strftime("%Y-%m")
    return str(start.year)


def periods_between(start: dt.date, end: dt.date, granularity: str) -> list[dt.date]:
    current, found = period_start(start, granularity), []
    while current <= end:
        found.append(current)
        current = _next_period(current, granularity)
    return found


def counted_statuses(language: str = "") -> QuerySet:
    """The posts conversation trends count: public, published posts of accounts neither
    suspended nor limited, without reblogs (timelines.public_queryset for a signed-out
    reader), in one language bucket or all."""
    queryset = public_queryset(None)
    if language in KNOWN_LANGUAGES:
        queryset = queryset.filter(language=language)
    elif language == "other":
        queryset = queryset.exclude(language__in=KNOWN_LANGUAGES)
    return queryset


def topic_filter(topic: Topic) -> Q:
    tagged = Status.tags.through.objects.filter(tag__name__in=sorted(topic.hashtags))
    keywords = [Q(content__icontains=word) for word in topic.keywords]
    return reduce(or_, keywords, Q(pk__in=tagged.values("status_id")))


def growth_percent(first: Cell | None, last: Cell | None) -> float | None:
    """(last - first) / first in percent, one decimal; None if a cell is suppressed or the
    first period had no posts."""
    if first is None or last is None or first.suppressed or last.suppressed:
        return None
    if not first.posts:
        return None
    return round((last.posts - first.posts) * 100 / first.posts, 1)


def conversation_trends(
    *,
    granularity: str = "month",
    start: dt.date,
    end: dt.date,
    topics: list[str] | None = None,
    language: str = "",
) -> ConversationTrends:
    """Posts and distinct accounts per topic and period between `start` and `end` (inclusive,
    UTC days), k-anonymised. Unknown granularities, topics and languages are rejected with
    ValueError (the views validate their forms first)."""
    if granularity not in GRANULARITIES:
        raise ValueError(f"unknown granularity {granularity!r}")
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    if start > end:
        start, end = end, start
    keys = list(TOPICS) if not topics else [key for key in TOPICS if key in topics]
    if topics and len(keys) != len(set(topics)):
        raise ValueError("unknown topic")
    starts = periods_between(start, end, granularity)
    labels = [period_label(s, granularity) for s in starts]
    trunc = GRANULARITIES[granularity][1]
    begin = dt.datetime.combine(start, dt.time.min, tzinfo=dt.UTC)
    finish = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=dt.UTC)
    base = counted_statuses(language).filter(created_at__gte=begin, created_at__lt=finish)
    trends = []
    for key in keys:
        topic = TOPICS[key]
        rows = (
            base.filter(topic_filter(topic))
            .annotate(period=trunc("created_at", tzinfo=dt.UTC))
            .values("period")
            .annotate(posts=Count("pk", distinct=True), accounts=Count("account_id", distinct=True))
            .order_by("period")
        )
        found: dict[str, tuple[int, int]] = {}
        for row in rows:
            period = row["period"]
            day = period.date() if isinstance(period, dt.datetime) else period
            found[period_label(period_start(day, granularity), granularity)] = (
                row["posts"],
                row["accounts"],
            )
        cells = []
        for label in labels:
            posts, accounts = found.get(label, (0, 0))
            if accounts < K_ANONYMITY:
                cells.append(Cell(label, None, None))
            else:
                cells.append(Cell(label, posts, accounts))
        first, last = (cells[0], cells[-1]) if cells else (None, None)
        trends.append(TopicTrend(topic, cells, growth_percent(first, last)))
    return ConversationTrends(granularity, start, end, language, labels, trends)
