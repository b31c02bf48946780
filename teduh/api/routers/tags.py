"""Hashtags: look one up (with its last 7 days of use), follow and unfollow, list followed ones.

A followed hashtag's public posts join the follower's home timeline
(timelines.services.home_queryset)."""

from django.http import HttpResponse
from ninja import Query, Router
from pydantic import Field

from teduh.api import auth, schemas
from teduh.api.auth import OptionalTokenAuth
from teduh.api.entities import EntityBuilder
from teduh.api.errors import not_found
from teduh.api.pagination import PageParams, paginate
from teduh.api.routers.common import set_link, with_errors
from teduh.posts import services
from teduh.posts.models import Tag
from teduh.posts.text import hashtag_name
from teduh.timelines.services import followed_tags_rows

router = Router(tags=["tags"])

TAG = with_errors({200: schemas.Tag})


class FollowedTagsParams(PageParams):
    limit: int = Field(100, ge=1, le=200, description="Maximum number of results (1-200)")


def _valid_name(name: str) -> str:
    normalized = hashtag_name(name)
    if normalized is None:
        raise not_found()  # as Mastodon: a name no hashtag could have is not a record
    return normalized


def _entity(request, tag: Tag) -> dict:
    return EntityBuilder(request).tags([tag])[0]


@router.get("/v1/tags/{name}", response=TAG, auth=OptionalTokenAuth(None, user_required=False))
def get_tag(request, name: str):
    """A hashtag with `following` for the signed-in viewer and `history`: uses of the last 7
    days (UTC), newest day first. Public: no token or scope needed."""
    tag = Tag.objects.filter(name=_valid_name(name)).first()
    if tag is None:
        raise not_found()
    return _entity(request, tag)


@router.post("/v1/tags/{name}/follow", response=TAG, auth=auth.write("follows"))
def follow_tag(request, name: str):
    """Follow a hashtag (one nobody has used yet included)."""
    _valid_name(name)
    return _entity(request, services.follow_tag(request.user, name))


@router.post("/v1/tags/{name}/unfollow", response=TAG, auth=auth.write("follows"))
def unfollow_tag(request, name: str):
    tag = services.unfollow_tag(request.user, _valid_name(name))
    if tag is None:
        raise not_found()
    return _entity(request, tag)


@router.get(
    "/v1/followed_tags",
    response=with_errors({200: list[schemas.Tag]}),
    auth=auth.read("follows"),
)
def followed_tags(request, response: HttpResponse, params: Query[FollowedTagsParams]):
    """The hashtags you follow, most recently followed first, paged by the follow's id."""
    page = paginate(request, followed_tags_rows(request.user), params, max_limit=200)
    set_link(response, page.link)
    return EntityBuilder(request).tags([row.tag for row in page.rows])
