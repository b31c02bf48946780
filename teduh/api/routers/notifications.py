"""Notifications: list (filtered by type or account), get, dismiss and clear.

Notifications caused by anonymous authors have no actor: they show the shared placeholder
account, and their statuses show it as the author."""

from django.http import HttpResponse
from ninja import Query, Router, Schema
from pydantic import Field

from teduh.api import auth, schemas
from teduh.api.entities import EntityBuilder
from teduh.api.errors import not_found
from teduh.api.pagination import PageParams, paginate
from teduh.api.routers.common import object_id, set_link, with_errors
from teduh.filters.services import apply_filters
from teduh.notifications import services
from teduh.notifications.models import PRIVATE_TYPES

router = Router(tags=["notifications"])

NOTIFICATION = with_errors({200: schemas.Notification})
EMPTY = with_errors({200: dict})
TYPES_HELP = "follow, mention (replies included), reply, favourite or reblog"


class TypeFilter(Schema):
    types: list[str] = Field([], alias="types[]", description=f"Only these types: {TYPES_HELP}")
    exclude_types: list[str] = Field(
        [], alias="exclude_types[]", description=f"Leave out these types: {TYPES_HELP}"
    )


class NotificationParams(PageParams, TypeFilter):
    limit: int = Field(40, ge=1, le=80, description="Maximum number of results (1-80)")
    account_id: str | None = Field(None, description="Only notifications caused by this account")


class UnreadCountParams(TypeFilter):
    limit: int = Field(100, ge=1, le=1000, description="Count at most this many (1-1000)")
    account_id: str | None = Field(None, description="Only notifications caused by this account")


def _filtered(request, filters: TypeFilter, account_id: str | None = None):
    # Teduh's private types (support, care, moderation) live on the web notifications page.
    return services.notifications_queryset(
        request.user,
        types=filters.types,
        exclude_types=filters.exclude_types,
        account_id=object_id(account_id) if account_id else None,
    ).exclude(type__in=PRIVATE_TYPES)


@router.get(
    "/v1/notifications",
    response=with_errors({200: list[schemas.Notification]}),
    auth=auth.read("notifications"),
)
def list_notifications(request, response: HttpResponse, params: Query[NotificationParams]):
    """Newest first, paged by notification id with a Link header. `account_id` of the
    "anonim" placeholder gives the notifications caused by anonymous authors."""
    queryset = _filtered(request, params, params.account_id)
    page = paginate(request, queryset, params, max_limit=80)
    set_link(response, page.link)
    # Keyword filters' "hide" for notifications leaves out those about a matching status.
    statuses = [n.status for n in page.rows if n.status_id]
    kept = {r.status.pk for r in apply_filters(request.user, statuses, "notifications")}
    rows = [n for n in page.rows if not n.status_id or n.status_id in kept]
    return EntityBuilder(request).notifications(rows)


# Fixed paths come before /v1/notifications/{notification_id}, which would otherwise take them.
@router.get(
    "/v1/notifications/unread_count",
    response=with_errors({200: schemas.UnreadCount}),
    auth=auth.read("notifications"),
)
def unread_count(request, filters: Query[UnreadCountParams]):
    """How many notifications are unread (not yet shown on the web notifications page), up
    to `limit`."""
    queryset = _filtered(request, filters, filters.account_id).filter(read=False)
    return {"count": queryset[: filters.limit].count()}


@router.post("/v1/notifications/clear", response=EMPTY, auth=auth.write("notifications"))
def clear(request):
    """Delete all your notifications."""
    services.clear_notifications(request.user)
    return {}


@router.get(
    "/v1/notifications/{notification_id}",
    response=NOTIFICATION,
    auth=auth.read("notifications"),
)
def get_notification(request, notification_id: str):
    notification = services.get_notification(request.user, object_id(notification_id))
    if notification is None:
        raise not_found()
    return EntityBuilder(request).notifications([notification])[0]


@router.post(
    "/v1/notifications/{notification_id}/dismiss",
    response=EMPTY,
    auth=auth.write("notifications"),
)
def dismiss(request, notification_id: str):
    """Delete one of your notifications."""
    if not services.dismiss_notification(request.user, object_id(notification_id)):
        raise not_found()
    return {}
