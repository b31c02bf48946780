"""Creator insights: `GET /api/teduh/v1/insights` (the signed-in author's totals, daily series
and topic reach) and `GET /api/teduh/v1/insights/statuses/{id}` (one of their own posts), over
insights.services, the same functions as the web pages and their CSV exports.

Only the author's own data: another person's post is a 404, exactly like a post that does not
exist. Reach figures are aggregates with groups of fewer than `k` viewers left out.
"""

from datetime import date

from ninja import Query, Router, Schema
from pydantic import Field

from teduh.api import auth
from teduh.api.errors import ApiError
from teduh.api.routers.common import object_id, with_errors
from teduh.insights import services

router = Router(tags=["teduh"])


class PeriodParams(Schema):
    # Documented as the two periods; checked in `_days` (a 422 with a clear message).
    days: int = Field(
        services.DEFAULT_PERIOD,
        description="The period: the last 30 or 90 days",
        json_schema_extra={"enum": list(services.PERIODS)},
    )


def _days(params: PeriodParams) -> int:
    if params.days not in services.PERIODS:
        raise ApiError(422, "Validation failed: days must be 30 or 90")
    return params.days


class PostTotals(Schema):
    views: int = Field(..., description="Views, each reader counted once a day")
    favourites: int
    replies: int
    shares: int
    bookmarks: int


class AuthorTotals(PostTotals):
    new_followers: int


class PostDay(PostTotals):
    date: date


class AuthorDay(AuthorTotals):
    date: date


class ReachCellSchema(Schema):
    hashtag: str | None = Field(None, description="The hashtag (author-wide figures only)")
    group: str = Field(..., description="A language code or an ISO 3166-1 country code")
    viewers: int = Field(..., description="Distinct signed-in viewers in the period")


class ReachSchema(Schema):
    languages: list[ReachCellSchema]
    countries: list[ReachCellSchema]
    suppressed: int = Field(..., description="Groups left out for having fewer than k viewers")
    k: int


class PostSummary(PostTotals):
    id: str
    created_at: str
    anonymous: bool


class AuthorInsightsSchema(Schema):
    days: int
    start: date
    end: date
    totals: AuthorTotals = Field(..., description="Sums of `series`")
    series: list[AuthorDay]
    topics: ReachSchema = Field(..., description="Who the author's hashtags reach")
    posts: list[PostSummary] = Field(..., description="All-time figures of the latest posts")


class PostInsightsSchema(Schema):
    id: str
    anonymous: bool
    days: int
    start: date
    end: date
    all_time: PostTotals
    totals: PostTotals = Field(..., description="Sums of `series`")
    series: list[PostDay]
    audience: ReachSchema


def _reach_json(reach: services.Reach, *, by_topic: bool) -> dict:
    def cells(found):
        return [
            {"hashtag": c.topic if by_topic else None, "group": c.group, "viewers": c.viewers}
            for c in found
        ]

    return {
        "languages": cells(reach.by_language),
        "countries": cells(reach.by_country),
        "suppressed": reach.suppressed,
        "k": services.K_ANONYMITY,
    }


def _period(series: services.DailySeries) -> dict:
    return {
        "days": len(series.days),
        "start": series.days[0],
        "end": series.days[-1],
        "totals": series.totals,
        "series": series.rows(),
    }


@router.get(
    "/teduh/v1/insights",
    response=with_errors({200: AuthorInsightsSchema}),
    auth=auth.TokenAuth("read"),
)
def author_insights(request, params: Query[PeriodParams]):
    """The signed-in author's insights for the last 30 or 90 days: totals, one entry a day,
    who their hashtags reach (by language and country; small groups left out) and the
    all-time figures of their latest posts. The same numbers as the web page and its CSVs."""
    insights = services.author_insights(request.user, _days(params))
    return {
        **_period(insights.series),
        "topics": _reach_json(insights.reach, by_topic=True),
        "posts": [
            {
                "id": str(p.status.pk),
                "created_at": p.status.created_at.isoformat(),
                "anonymous": p.status.is_anonymous,
                **p.as_dict(),
            }
            for p in insights.posts
        ],
    }


@router.get(
    "/teduh/v1/insights/statuses/{status_id}",
    response=with_errors({200: PostInsightsSchema}),
    auth=auth.TokenAuth("read"),
)
def status_insights(request, status_id: str, params: Query[PeriodParams]):
    """Insights for one of the signed-in author's own posts: all-time figures, the period's
    daily series and its audience. Anyone else's post is a 404."""
    insights = services.post_insights(request.user, object_id(status_id), _days(params))
    status = insights.stats.status
    return {
        "id": str(status.pk),
        "anonymous": status.is_anonymous,
        "all_time": insights.stats.as_dict(),
        **_period(insights.series),
        "audience": _reach_json(insights.reach, by_topic=False),
    }
