"""Mutes and blocks: mute, unmute, block and unblock an account, and list whom you muted or
blocked, over accounts.services (the same functions as the web UI).

The anonymous placeholder can be neither muted nor blocked (403): it stands for every anonymous
author at once.
"""

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from ninja import Form, Query, Router, Schema
from pydantic import Field

from teduh.accounts import services
from teduh.accounts.models import User
from teduh.accounts.services import MAX_MUTE_SECONDS
from teduh.api import auth, schemas
from teduh.api.entities import EntityBuilder
from teduh.api.errors import ApiError, not_found
from teduh.api.pagination import PageParams, paginate
from teduh.api.routers.common import object_id, set_link, with_errors

router = Router(tags=["mutes and blocks"])

RELATIONSHIP = with_errors({200: schemas.Relationship})


def _account(account_id: str) -> User:
    account = services.find_account(pk=object_id(account_id))
    if account is None:
        raise not_found()
    return account


def _refused(error: ValidationError) -> ApiError:
    return ApiError(422, "Validation failed: " + " ".join(error.messages))


class MuteForm(Schema):
    notifications: bool = Field(True, description="Also hide notifications from this account")
    duration: str = Field(
        "0",
        description="How long the mute lasts, in seconds; 0 or empty (the default) means "
        f"until unmuted; at most {MAX_MUTE_SECONDS}",
    )


def _duration(value: str) -> int:
    value = value.strip()
    if not value:
        return 0
    if not (value.isascii() and value.isdigit()) or int(value) > MAX_MUTE_SECONDS:
        raise ApiError(422, "Validation failed: duration must be a number of seconds")
    return int(value)


@router.post("/v1/accounts/{account_id}/mute", response=RELATIONSHIP, auth=auth.write("mutes"))
def mute(request, account_id: str, data: Form[MuteForm]):
    """Hide the account's signed statuses from your timelines (and, with `notifications`, their
    notifications). They are not told. Muting again changes the mute's settings."""
    target = _account(account_id)
    duration = _duration(data.duration)
    try:
        services.mute(request.user, target, notifications=data.notifications, duration=duration)
    except ValidationError as error:
        raise _refused(error) from error
    return EntityBuilder(request).relationship(target)


@router.post("/v1/accounts/{account_id}/unmute", response=RELATIONSHIP, auth=auth.write("mutes"))
def unmute(request, account_id: str):
    target = _account(account_id)
    services.unmute(request.user, target)
    return EntityBuilder(request).relationship(target)


@router.post("/v1/accounts/{account_id}/block", response=RELATIONSHIP, auth=auth.write("blocks"))
def block(request, account_id: str):
    """Block the account: you stop following each other, neither sees the other's signed
    statuses, and they cannot follow, mention or notify you."""
    target = _account(account_id)
    try:
        services.block(request.user, target)
    except ValidationError as error:
        raise _refused(error) from error
    return EntityBuilder(request).relationship(target)


@router.post("/v1/accounts/{account_id}/unblock", response=RELATIONSHIP, auth=auth.write("blocks"))
def unblock(request, account_id: str):
    target = _account(account_id)
    services.unblock(request.user, target)
    return EntityBuilder(request).relationship(target)


class ListParams(PageParams):
    limit: int = Field(40, ge=1, le=80, description="Maximum number of results (1-80)")


@router.get(
    "/v1/mutes",
    response=with_errors({200: list[schemas.MutedAccount]}),
    auth=auth.read("mutes"),
)
def mutes(request, response: HttpResponse, params: Query[ListParams]):
    """Accounts you muted (expired mutes left out), most recently muted first; page with the
    Link header, whose ids are the mutes' ids, as in Mastodon."""
    page = paginate(request, services.mutes_of(request.user), params, max_limit=80)
    set_link(response, page.link)
    builder = EntityBuilder(request)
    accounts = builder.accounts([row.target for row in page.rows])
    return [
        {**account, "mute_expires_at": row.expires_at}
        for account, row in zip(accounts, page.rows, strict=True)
    ]


@router.get(
    "/v1/blocks",
    response=with_errors({200: list[schemas.Account]}),
    auth=auth.read("blocks"),
)
def blocks(request, response: HttpResponse, params: Query[ListParams]):
    """Accounts you blocked, most recently blocked first; page with the Link header."""
    page = paginate(request, services.blocks_of(request.user), params, max_limit=80)
    set_link(response, page.link)
    return EntityBuilder(request).accounts([row.target for row in page.rows])
