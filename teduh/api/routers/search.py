"""Search: accounts, statuses and hashtags (timelines.search, shared with the web)."""

from typing import Literal

from ninja import Query, Router, Schema
from pydantic import Field

from teduh.api import auth, schemas
from teduh.api.entities import EntityBuilder
from teduh.api.routers.common import object_id, with_errors
from teduh.safety.search import crisis_aware_search
from teduh.timelines.search import SEARCH_TYPES

router = Router(tags=["search"])

MAX_OFFSET = 10_000


class SearchParams(Schema):
    q: str = Field(..., description="What to look for")
    type: Literal["accounts", "statuses", "hashtags"] | None = Field(
        None, description="Only this kind of result"
    )
    resolve: bool = Field(False, description="Find a status or account by a link to its page")
    following: bool = Field(False, description="Only accounts you follow")
    account_id: str | None = Field(None, description="Only statuses by this account")
    exclude_unreviewed: bool = Field(False, description="Accepted for compatibility")
    max_id: str | None = Field(None, description="Accepted for compatibility and ignored")
    min_id: str | None = Field(None, description="Accepted for compatibility and ignored")
    limit: int = Field(20, ge=1, le=40, description="Maximum results per kind (1-40)")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Skip this many results per kind")


@router.get(
    "/v2/search",
    response=with_errors({200: schemas.Results}),
    auth=auth.public("search"),
)
def search_v2(request, params: Query[SearchParams]):
    """Accounts by username or display name, hashtags by the start of their name, and (for
    signed-in users) statuses they may read whose text contains `q`.

    Crisis-aware (#ThereIsHelp): when `q` signals suicide or self-harm, `help` holds a help
    card (a message in the reader's language and their helplines); otherwise it is null. A
    query seeking a method returns no statuses and no crisis hashtags; an education query
    returns only educational statuses. The query is never logged or stored."""
    found = crisis_aware_search(
        request.user,
        params.q,
        # The reader's own language when signed in, else the request's (Accept-Language).
        language=getattr(request, "LANGUAGE_CODE", None),
        local_host=request.get_host(),
        types=(params.type,) if params.type else SEARCH_TYPES,
        resolve_urls=params.resolve,
        following=params.following,
        account_id=object_id(params.account_id) if params.account_id else None,
        limit=params.limit,
        offset=params.offset,
    )
    results = found.results
    builder = EntityBuilder(request)
    return {
        "accounts": builder.accounts(results.accounts),
        "statuses": builder.statuses(results.statuses),
        "hashtags": builder.tags(results.tags),
        "help": builder.help(found.crisis.help),
    }
