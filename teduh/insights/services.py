"""Creator insights: what happened to an author's own posts, for that author only.

Every figure on the insights pages, in their CSV exports and in the API comes from the
functions here, so the three always agree. The rule for every metric: what *other* people did
(an author's own views, favourites, replies, shares and bookmarks of their posts don't count).
"Which topics reach whom" is aggregates only: a cell with fewer than K_ANONYMITY distinct
viewers is left out.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db.models import Count, F, QuerySet, Value
from django.db.models.functions import Coalesce, NullIf, TruncDate
from django.http import Http404
from django.utils import timezone

from teduh.accounts.models import Follow, User
from teduh.insights.models import StatusView
from teduh.posts.models import Bookmark, Favourite, Status, StatusState
from teduh.safety.countries import default_country

PERIODS = (30, 90)
DEFAULT_PERIOD = 30
# Per post, then "over time" adds the account-level new followers.
POST_METRICS = ("views", "favourites", "replies", "shares", "bookmarks")
SERIES_METRICS = (*POST_METRICS, "new_followers")
# The smallest number of distinct viewers a "who does it reach" cell may show.
K_ANONYMITY = 10
RECENT_POSTS = 50


def period_days(value: object) -> int:
    """30 or 90 from a query parameter; anything else is the default period."""
    text = str(value or "")
    return int(text) if text in {str(p) for p in PERIODS} else DEFAULT_PERIOD


def own_posts(author: User) -> QuerySet[Status]:
    """The author's posts, anonymous ones included (only their real author sees these
    insights), shares of other posts left out."""
    return Status.objects.filter(account=author, reblog_of__isnull=True)


def own_post_or_404(author: User, status_id: int) -> Status:
    """One of the author's posts; a 404 for anyone else's, so no post's existence leaks."""
    if not getattr(author, "is_authenticated", False):
        raise Http404
    status = own_posts(author).filter(pk=status_id).first()
    if status is None:
        raise Http404
    return status


# The metrics: each is a queryset of rows (one row = one event), the field naming the post it
# belongs to, and the field giving its day. ------------------------------------------------


@dataclass(frozen=True)
class _Metric:
    rows: Callable[[User, QuerySet], QuerySet]
    post_field: str
    timestamp: str  # a DateTimeField, or "day" (already a local date)


def _views(author: User, posts: QuerySet) -> QuerySet:
    return StatusView.objects.filter(status__in=posts)


def _favourites(author: User, posts: QuerySet) -> QuerySet:
    return Favourite.objects.filter(status__in=posts).exclude(account=author)


def _replies(author: User, posts: QuerySet) -> QuerySet:
    # Published replies by others: the author's own thread parts are not reach, and a held or
    # hidden reply is not something anyone read.
    return (
        Status.objects.filter(
            in_reply_to__in=posts, reblog_of__isnull=True, state=StatusState.PUBLISHED
        )
        .exclude(account=author)
        .order_by()
    )


def _shares(author: User, posts: QuerySet) -> QuerySet:
    return Status.objects.filter(reblog_of__in=posts).exclude(account=author).order_by()


def _bookmarks(author: User, posts: QuerySet) -> QuerySet:
    return Bookmark.objects.filter(status__in=posts).exclude(account=author)


METRICS: dict[str, _Metric] = {
    "views": _Metric(_views, "status_id", "day"),
    "favourites": _Metric(_favourites, "status_id", "created_at"),
    "replies": _Metric(_replies, "in_reply_to_id", "created_at"),
    "shares": _Metric(_shares, "reblog_of_id", "created_at"),
    "bookmarks": _Metric(_bookmarks, "status_id", "created_at"),
}


# Per post -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PostStats:
    status: Status
    views: int = 0
    favourites: int = 0
    replies: int = 0
    shares: int = 0
    bookmarks: int = 0

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in POST_METRICS}


def post_stats(author: User, statuses: list[Status]) -> list[PostStats]:
    """All-time figures for each of `statuses` (the author's own), one query per metric."""
    ids = [s.pk for s in statuses if s.account_id == author.pk and not s.reblog_of_id]
    counts: dict[str, dict[int, int]] = {}
    for name, metric in METRICS.items():
        posts = Status.objects.filter(pk__in=ids)
        rows = (
            metric.rows(author, posts)
            .values(metric.post_field)
            .annotate(n=Count("pk"))
            .values_list(metric.post_field, "n")
        )
        counts[name] = dict(rows) if ids else {}
    return [
        PostStats(s, **{name: counts[name].get(s.pk, 0) for name in POST_METRICS}) for s in statuses
    ]


def recent_post_stats(author: User, limit: int = RECENT_POSTS) -> list[PostStats]:
    """The author's latest posts with their figures, newest first."""
    return post_stats(author, list(own_posts(author).order_by("-id")[:limit]))


# Over time ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DailySeries:
    days: list[date]
    values: dict[str, list[int]]  # metric name -> one value per day, oldest first

    @property
    def totals(self) -> dict[str, int]:
        return {name: sum(values) for name, values in self.values.items()}

    def rows(self) -> list[dict]:
        return [
            {"date": day, **{name: values[i] for name, values in self.values.items()}}
            for i, day in enumerate(self.days)
        ]


def period_bounds(days: int, today: date | None = None) -> tuple[date, date]:
    """The first and last day (inclusive) of the last `days` days, today included."""
    last = today or timezone.localdate()
    return last - timedelta(days=days - 1), last


def _per_day(rows: QuerySet, timestamp: str, first: date, last: date) -> dict[date, int]:
    if timestamp == "day":
        grouped = rows.filter(day__range=(first, last)).values(d=F("day"))
    else:
        zone = timezone.get_current_timezone()
        start = datetime.combine(first, time.min, tzinfo=zone)
        end = datetime.combine(last + timedelta(days=1), time.min, tzinfo=zone)
        grouped = rows.filter(**{f"{timestamp}__gte": start, f"{timestamp}__lt": end}).values(
            d=TruncDate(timestamp, tzinfo=zone)
        )
    counted = grouped.annotate(n=Count("pk")).order_by().values_list("d", "n")
    result: dict[date, int] = {}
    for day, n in counted:
        if isinstance(day, datetime):  # some backends hand back a datetime
            day = day.date()
        if isinstance(day, str):
            day = date.fromisoformat(day)
        result[day] = result.get(day, 0) + n
    return result


def daily_series(
    author: User, days: int = DEFAULT_PERIOD, *, status: Status | None = None, today=None
) -> DailySeries:
    """One value per day for the last `days` days: for all the author's posts, or for one of
    them (`status`; then new followers, an account figure, are left out)."""
    first, last = period_bounds(days, today)
    day_list = [first + timedelta(days=i) for i in range(days)]
    posts = own_posts(author) if status is None else own_posts(author).filter(pk=status.pk)
    values: dict[str, list[int]] = {}
    for name, metric in METRICS.items():
        per_day = _per_day(metric.rows(author, posts), metric.timestamp, first, last)
        values[name] = [per_day.get(day, 0) for day in day_list]
    if status is None:
        followers = Follow.objects.filter(target=author)
        per_day = _per_day(followers, "created_at", first, last)
        values["new_followers"] = [per_day.get(day, 0) for day in day_list]
    return DailySeries(day_list, values)


# Which topics reach whom --------------------------------------------------------------------


@dataclass(frozen=True)
class ReachCell:
    topic: str  # a hashtag's display name, or "" for a single post's whole audience
    group: str  # a language or country code
    viewers: int  # distinct signed-in viewers in the period


@dataclass(frozen=True)
class Reach:
    by_language: list[ReachCell] = field(default_factory=list)
    by_country: list[ReachCell] = field(default_factory=list)
    suppressed: int = 0  # cells left out for having fewer than K_ANONYMITY viewers


def _reach_cells(views: QuerySet, topic: str | None, group: str) -> tuple[list[ReachCell], int]:
    topic_field = "status__tags__display_name"
    keys = [group] if topic is None else [topic_field, group]
    if topic is not None:
        views = views.filter(status__tags__isnull=False)
    counted = views.values(*keys).annotate(n=Count("viewer_id", distinct=True)).order_by()
    cells, suppressed = [], 0
    for row in counted:
        if row["n"] < K_ANONYMITY:
            suppressed += 1
            continue
        topic_name = row[topic_field] if topic is not None else ""
        cells.append(ReachCell(topic_name, row[group], row["n"]))
    cells.sort(key=lambda c: (c.topic.lower(), -c.viewers, c.group))
    return cells, suppressed


def reach(
    author: User, days: int = DEFAULT_PERIOD, *, status: Status | None = None, today=None
) -> Reach:
    """Distinct signed-in viewers by language and by country (the account's, or the instance's
    when unset) in the period: per hashtag of the author's posts, or for one post as a whole.
    Signed-out readers have neither, so they are not in these figures."""
    first, last = period_bounds(days, today)
    posts = own_posts(author) if status is None else own_posts(author).filter(pk=status.pk)
    views = (
        StatusView.objects.filter(status__in=posts, day__range=(first, last))
        .exclude(viewer__isnull=True)
        .annotate(
            language=F("viewer__language"),
            country=Coalesce(NullIf("viewer__country", Value("")), Value(default_country())),
        )
    )
    topic = None if status is not None else "tag"
    languages, hidden_l = _reach_cells(views, topic, "language")
    countries, hidden_c = _reach_cells(views, topic, "country")
    return Reach(languages, countries, hidden_l + hidden_c)


def language_name(code: str) -> str:
    return str(dict(settings.LANGUAGES).get(code, code))


# Everything for one page or API answer ------------------------------------------------------


@dataclass(frozen=True)
class AuthorInsights:
    days: int
    series: DailySeries
    reach: Reach
    posts: list[PostStats]

    @property
    def totals(self) -> dict[str, int]:
        return self.series.totals


@dataclass(frozen=True)
class PostInsights:
    stats: PostStats  # all time
    days: int
    series: DailySeries  # the period
    reach: Reach


def author_insights(author: User, days: int = DEFAULT_PERIOD, today=None) -> AuthorInsights:
    return AuthorInsights(
        days=days,
        series=daily_series(author, days, today=today),
        reach=reach(author, days, today=today),
        posts=recent_post_stats(author),
    )


def post_insights(
    author: User, status_id: int, days: int = DEFAULT_PERIOD, today=None
) -> PostInsights:
    """One of the author's posts; Http404 for anybody else's."""
    status = own_post_or_404(author, status_id)
    return PostInsights(
        stats=post_stats(author, [status])[0],
        days=days,
        series=daily_series(author, days, status=status, today=today),
        reach=reach(author, days, status=status, today=today),
    )
