"""Timelines, bookmarks and favourites, over the same querysets as the web UI."""

from django.http import HttpResponse
from ninja import Query, Router

from teduh.api import auth, schemas
from teduh.api.entities import EntityBuilder
from teduh.api.pagination import PageParams, paginate
from teduh.api.routers.common import set_link, with_errors
from teduh.filters.services import apply_filters
from teduh.posts.models import Tag
from teduh.timelines import services as timelines
from teduh.timelines.services import with_relations

router = Router(tags=["timelines"])

STATUS_LIST = with_errors({200: list[schemas.Status]})


def status_page(
    request, response: HttpResponse, queryset, params: PageParams, filter_context=None
) -> list[dict]:
    """One page of statuses; with `filter_context`, those matching the viewer's "hide" keyword
    filters for it are left out (the Link header still follows the whole page)."""
    page = paginate(request, with_relations(queryset), params)
    set_link(response, page.link)
    rows = page.rows
    if filter_context is not None:
        rows = [kept.status for kept in apply_filters(request.user, rows, filter_context)]
    return EntityBuilder(request).statuses(rows)


@router.get("/v1/timelines/home", response=STATUS_LIST, auth=auth.read("statuses"))
def home(request, response: HttpResponse, params: Query[PageParams]):
    return status_page(request, response, timelines.home_queryset(request.user), params, "home")


@router.get("/v1/timelines/public", response=STATUS_LIST, auth=auth.public("statuses"))
def public(
    request,
    response: HttpResponse,
    params: Query[PageParams],
    local: bool = False,
    remote: bool = False,
    only_media: bool = False,
):
    queryset = timelines.public_queryset(request.user)
    if remote:
        queryset = queryset.none()  # Teduh does not federate: every status is local
    if only_media:
        queryset = queryset.filter(media__isnull=False).distinct()
    return status_page(request, response, queryset, params, "public")


@router.get("/v1/timelines/tag/{hashtag}", response=STATUS_LIST, auth=auth.public("statuses"))
def tag(
    request,
    response: HttpResponse,
    hashtag: str,
    params: Query[PageParams],
    only_media: bool = False,
):
    tag_obj = Tag.objects.filter(name=hashtag.lower()).first()
    if tag_obj is None:
        return []
    queryset = timelines.tag_queryset(tag_obj, request.user)
    if only_media:
        queryset = queryset.filter(media__isnull=False).distinct()
    return status_page(request, response, queryset, params, "public")


def saved_page(request, response: HttpResponse, rows, params: PageParams) -> list[dict]:
    """A page of bookmarks or favourites: cut by the bookmark's or favourite's id (so the Link
    header carries those ids, as in Mastodon), shown as the statuses they point to."""
    page = paginate(request, rows, params)
    set_link(response, page.link)
    return EntityBuilder(request).statuses([row.status for row in page.rows])


@router.get("/v1/bookmarks", response=STATUS_LIST, auth=auth.read("bookmarks"))
def bookmarks(request, response: HttpResponse, params: Query[PageParams]):
    """Statuses you bookmarked and can still see, most recently bookmarked first."""
    return saved_page(request, response, timelines.bookmark_rows(request.user), params)


@router.get("/v1/favourites", response=STATUS_LIST, auth=auth.read("favourites"))
def favourites(request, response: HttpResponse, params: Query[PageParams]):
    """Statuses you favourited and can still see, most recently favourited first."""
    return saved_page(request, response, timelines.favourite_rows(request.user), params)
