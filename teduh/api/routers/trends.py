"""Trends in Mastodon's shapes: GET /api/v1/trends/tags (and its old alias /api/v1/trends) and
GET /api/v1/trends/statuses, paged with `limit` and `offset`. Public: no token needed.

The rankings come from teduh.trends.services, as on the web's explore page."""

from urllib.parse import urlencode

from django.http import HttpResponse
from ninja import Query, Router, Schema
from pydantic import Field

from teduh.api import schemas
from teduh.api.auth import OptionalTokenAuth
from teduh.api.entities import EntityBuilder
from teduh.api.routers.common import set_link, with_errors
from teduh.trends import services

router = Router(tags=["trends"])

MAX_OFFSET = 10_000


class TagTrendsParams(Schema):
    limit: int = Field(10, ge=1, le=20, description="Maximum number of results (1-20)")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Skip the first n results")


class StatusTrendsParams(Schema):
    limit: int = Field(20, ge=1, le=40, description="Maximum number of results (1-40)")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Skip the first n results")


def _link(request, offset: int, limit: int, count: int, has_more: bool) -> str | None:
    """Mastodon pages trends by offset: rel="next" while more follow, rel="prev" after the
    first page."""
    base = request.build_absolute_uri(request.path)
    links = []
    if has_more:
        links.append(
            f'<{base}?{urlencode({"offset": offset + count, "limit": limit})}>; rel="next"'
        )
    if offset > 0:
        previous = max(offset - limit, 0)
        links.append(f'<{base}?{urlencode({"offset": previous, "limit": limit})}>; rel="prev"')
    return ", ".join(links) or None


def _tags(request, response: HttpResponse, params: TagTrendsParams) -> list[dict]:
    trending = services.trending_tags()
    page = trending[params.offset : params.offset + params.limit]
    has_more = len(trending) > params.offset + len(page)
    set_link(response, _link(request, params.offset, params.limit, len(page), has_more))
    return EntityBuilder(request).tags([item.tag for item in page])


TAGS = with_errors({200: list[schemas.Tag]})


@router.get("/v1/trends/tags", response=TAGS, auth=OptionalTokenAuth(None, user_required=False))
def trending_tags(request, response: HttpResponse, params: Query[TagTrendsParams]):
    """Hashtags used by more people than usual today, against each tag's own baseline, with
    `history` (uses and accounts a day over the last 7 days). Crisis hashtags and hashtags
    moderators hid never trend."""
    return _tags(request, response, params)


@router.get(
    "/v1/trends",
    response=TAGS,
    auth=OptionalTokenAuth(None, user_required=False),
    deprecated=True,
)
def trending_tags_alias(request, response: HttpResponse, params: Query[TagTrendsParams]):
    """The old name of GET /api/v1/trends/tags."""
    return _tags(request, response, params)


@router.get(
    "/v1/trends/statuses",
    response=with_errors({200: list[schemas.Status]}),
    auth=OptionalTokenAuth(None, user_required=False),
)
def trending_statuses(request, response: HttpResponse, params: Query[StatusTrendsParams]):
    """Public posts of the last 48 hours that many different people favourited, shared or
    answered, relative to their age. Never replies, posts with a content warning, sensitive
    posts, or posts screened for crisis or concern."""
    statuses = services.trending_statuses(
        request.user, offset=params.offset, limit=params.limit + 1
    )
    page, has_more = statuses[: params.limit], len(statuses) > params.limit
    set_link(response, _link(request, params.offset, params.limit, len(page), has_more))
    return EntityBuilder(request).statuses(page)
