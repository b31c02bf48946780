"""Statuses: create, read, delete, context and interactions, over posts.services."""

from typing import Literal

from django.core.cache import cache
from django.http import HttpResponse
from ninja import Form, Query, Router, Schema
from pydantic import Field

from teduh.api import auth, schemas
from teduh.api.entities import EntityBuilder
from teduh.api.errors import ApiError, not_found
from teduh.api.pagination import PageParams, paginate
from teduh.api.routers.common import object_id, set_link, with_errors
from teduh.core import ratelimit
from teduh.filters.services import apply_filters
from teduh.posts import services
from teduh.posts.models import MediaAttachment, Status, Visibility
from teduh.timelines.services import conversation

router = Router(tags=["statuses"])

STATUS = with_errors({200: schemas.Status})
IDEMPOTENCY_SECONDS = 3600


class StatusForm(Schema):
    status: str = Field("", description="The text of the status")
    media_ids: list[str] = Field([], alias="media_ids[]", max_length=4)
    in_reply_to_id: str | None = None
    sensitive: bool = False
    spoiler_text: str = Field("", description="Content warning shown before the text")
    visibility: Literal["public", "unlisted", "private", "direct"] | None = Field(
        None, description="Who can see it; Teduh has no direct messages, so `direct` is a 422"
    )
    language: str | None = Field(None, max_length=8)
    anonymous: bool = Field(False, description="Teduh: post as the shared 'Anonim' account")


def visible_status(request, status_id: str) -> Status:
    status = (
        Status.objects.visible_to(request.user)
        .select_related("account", "reblog_of")
        .filter(pk=object_id(status_id))
        .first()
    )
    if status is None:
        raise not_found()
    return status


@router.post("/v1/statuses", response=STATUS, auth=auth.write("statuses"))
def create_status(request, data: Form[StatusForm]):
    key = request.headers.get("Idempotency-Key")
    cache_key = f"idempotency:{request.user.pk}:{key}" if key else None
    if cache_key and (earlier := cache.get(cache_key)):
        status = Status.objects.filter(pk=earlier, account=request.user).first()
        if status is not None:
            return EntityBuilder(request).status(status)
    if data.visibility == "direct":
        raise ApiError(422, "Validation failed: direct messages are not supported")
    if data.visibility is not None and data.visibility not in Visibility.values:
        raise ApiError(422, "Validation failed: visibility is not one of public, unlisted, private")
    in_reply_to = None
    if data.in_reply_to_id:
        in_reply_to = visible_status(request, data.in_reply_to_id)
    media = _own_unattached_media(request.user, data.media_ids)
    # A 429 with Retry-After (teduh.api.errors) when over the limit.
    ratelimit.hit_for(request, "replies" if in_reply_to else "statuses")
    draft = services.StatusDraft(
        content=data.status,
        spoiler_text=data.spoiler_text,
        visibility=data.visibility or Visibility.PUBLIC,
        anonymous=data.anonymous,
        sensitive=data.sensitive,
        language=(data.language or "")[:8],
        in_reply_to=in_reply_to,
        media=media,
    )
    status = services.publish_status(request.user, draft)
    if cache_key:
        cache.set(cache_key, status.pk, IDEMPOTENCY_SECONDS)
    return EntityBuilder(request).status(status)


def _own_unattached_media(user, media_ids: list[str]) -> list[MediaAttachment]:
    ids = [object_id(value) for value in media_ids]
    found = {
        m.pk: m
        for m in MediaAttachment.objects.filter(pk__in=ids, account=user, status__isnull=True)
    }
    if len(found) != len(set(ids)):
        raise ApiError(422, "Validation failed: media_ids contains unknown or used media")
    return [found[i] for i in ids]


@router.get("/v1/statuses/{status_id}", response=STATUS, auth=auth.public("statuses"))
def get_status(request, status_id: str):
    return EntityBuilder(request).status(visible_status(request, status_id))


@router.delete("/v1/statuses/{status_id}", response=STATUS, auth=auth.write("statuses"))
def delete_status(request, status_id: str):
    status = visible_status(request, status_id)
    if status.reblog_of_id or status.account_id != request.user.pk:
        raise not_found()  # as Mastodon: other people's statuses are not yours to find here
    entity = EntityBuilder(request).status(status)
    services.delete_status(request.user, status)
    return {**entity, "text": status.content}


@router.get(
    "/v1/statuses/{status_id}/context",
    response=with_errors({200: schemas.Context}),
    auth=auth.public("statuses"),
)
def status_context(request, status_id: str):
    status = visible_status(request, status_id)
    ancestors, descendants = conversation(status.reblog_of or status, request.user)
    # Keyword filters' "hide" for conversations; "warn" rides in each status's `filtered`.
    ancestors, descendants = (
        [kept.status for kept in apply_filters(request.user, part, "thread")]
        for part in (ancestors, descendants)
    )
    builder = EntityBuilder(request)
    return {"ancestors": builder.statuses(ancestors), "descendants": builder.statuses(descendants)}


def _interaction(path: str, action, scope: str, *, returns_original: bool = True):
    @router.post(f"/v1/statuses/{{status_id}}/{path}", response=STATUS, auth=auth.write(scope))
    def endpoint(request, status_id: str):
        status = visible_status(request, status_id)
        # A reblog's id stands for the status it shares, as in Mastodon.
        result = action(request.user, status.reblog_of or status)
        shown = result if not returns_original else (status.reblog_of or status)
        shown = Status.objects.select_related("account", "reblog_of").get(pk=shown.pk)
        return EntityBuilder(request).status(shown)

    endpoint.__name__ = path
    return endpoint


_interaction("favourite", services.favourite, "favourites")
_interaction("unfavourite", services.unfavourite, "favourites")
_interaction("reblog", services.reblog, "statuses", returns_original=False)
_interaction("unreblog", services.unreblog, "statuses")
_interaction("bookmark", services.bookmark, "bookmarks")
_interaction("unbookmark", services.unbookmark, "bookmarks")


def _people_who(request, response, status_id: str, params: PageParams, relation: str):
    status = visible_status(request, status_id)
    original = status.reblog_of or status
    people = (
        original.favourites.select_related("account")
        if relation == "favourites"
        else Status.objects.filter(reblog_of=original).select_related("account")
    )
    page = paginate(request, people, params)
    set_link(response, page.link)
    return EntityBuilder(request).accounts([row.account for row in page.rows])


@router.get(
    "/v1/statuses/{status_id}/favourited_by",
    response=with_errors({200: list[schemas.Account]}),
    auth=auth.public("statuses"),
)
def favourited_by(request, response: HttpResponse, status_id: str, params: Query[PageParams]):
    return _people_who(request, response, status_id, params, "favourites")


@router.get(
    "/v1/statuses/{status_id}/reblogged_by",
    response=with_errors({200: list[schemas.Account]}),
    auth=auth.public("statuses"),
)
def reblogged_by(request, response: HttpResponse, status_id: str, params: Query[PageParams]):
    return _people_who(request, response, status_id, params, "reblogs")
