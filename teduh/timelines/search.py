"""Searching statuses and hashtags, for the API's /api/v2/search and the web search page.

Teduh has no full-text index: statuses are found by a case-insensitive "contains" on what they
say, never on who wrote them, and only among statuses the viewer may read.
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Length
from django.urls import Resolver404, resolve

from teduh.accounts.models import User
from teduh.accounts.services import find_account, search_accounts
from teduh.posts.models import Status, Tag
from teduh.timelines.services import with_relations, without_limited

MAX_DB_ID = 2**63 - 1


def clean_query(query: str) -> str:
    """The query without surrounding spaces or NUL characters (which PostgreSQL refuses)."""
    return query.replace("\x00", "").strip()


def search_statuses_queryset(viewer, query: str, *, account_id: int | None = None) -> QuerySet:
    """Statuses (not reblogs) `viewer` may read whose text or content warning contains `query`,
    newest first. Signed-out viewers get none, as in Mastodon.

    With `account_id`, only that account's signed statuses: its anonymous ones are never
    matched, so a search can't tie them to their author.
    """
    query = clean_query(query)
    if not query or viewer is None or not viewer.is_authenticated:
        return Status.objects.none()
    queryset = Status.objects.visible_to(viewer).filter(
        Q(content__icontains=query) | Q(spoiler_text__icontains=query),
        reblog_of__isnull=True,
    )
    if account_id is not None:
        queryset = queryset.filter(account_id=account_id, is_anonymous=False)
    return with_relations(without_limited(queryset, viewer)).order_by("-pk")


def search_statuses(
    viewer, query: str, *, limit: int, offset: int = 0, account_id: int | None = None
) -> list[Status]:
    queryset = search_statuses_queryset(viewer, query, account_id=account_id)
    return list(queryset[offset : offset + limit])


def search_tags(query: str, *, limit: int, offset: int = 0) -> list[Tag]:
    """Hashtags whose name starts with `query` (a leading "#" is ignored): an exact match
    first, then shorter names first."""
    name = clean_query(query).lstrip("#").lower()
    if not name:
        return []
    queryset = (
        Tag.objects.filter(name__startswith=name)
        .annotate(
            exact=Case(
                When(name=name, then=Value(0)), default=Value(1), output_field=IntegerField()
            ),
            length=Length("name"),
        )
        .order_by("exact", "length", "name")
    )
    return list(queryset[offset : offset + limit])


def account_query(query: str, local_host: str) -> str | None:
    """What to look accounts up by: "@name" and "name@<this server>" become "name"; None for
    an address on another server (Teduh does not federate)."""
    query = clean_query(query).lstrip("@")
    if "@" not in query:
        return query
    name, _sep, host = query.rpartition("@")
    hosts = {local_host.lower(), local_host.lower().split(":")[0]}
    return name if host.lower() in hosts and name else None


def find_by_url(viewer, url: str, local_host: str) -> Status | User | None:
    """The status or account a link to this server's web page points to, if the viewer may
    see it: e.g. https://<host>/posts/12/ or https://<host>/@sari/."""
    try:
        parts = urlsplit(clean_query(url))
    except ValueError:  # e.g. "http://[::1/", an unclosed IPv6 address
        return None
    if parts.scheme not in ("http", "https") or parts.netloc.lower() != local_host.lower():
        return None
    try:
        match = resolve(parts.path)
    except Resolver404:
        return None
    if match.url_name == "status" and match.kwargs["status_id"] <= MAX_DB_ID:
        return (
            with_relations(Status.objects.visible_to(viewer))
            .filter(pk=match.kwargs["status_id"])
            .first()
        )
    if match.url_name == "profile":
        account = find_account(username=match.kwargs["username"])
        return account if account is not None and account.is_active else None
    return None


@dataclass
class SearchResults:
    accounts: list[User] = field(default_factory=list)
    statuses: list[Status] = field(default_factory=list)
    tags: list[Tag] = field(default_factory=list)


SEARCH_TYPES = ("accounts", "statuses", "hashtags")


def search(
    viewer,
    query: str,
    *,
    local_host: str,
    types: tuple[str, ...] = SEARCH_TYPES,
    resolve_urls: bool = False,
    following: bool = False,
    account_id: int | None = None,
    limit: int = 20,
    offset: int = 0,
) -> SearchResults:
    """Accounts, statuses and hashtags matching `query`, as Mastodon's search without a
    full-text index: statuses only for signed-in viewers and only those they may read.

    With `resolve_urls`, a link to one of this server's statuses or profiles finds that
    status or account. Nothing here ties an anonymous status to its author: statuses are
    matched on their text alone, and `account_id` never matches anonymous statuses.
    """
    results = SearchResults()
    if resolve_urls and offset == 0:
        found = find_by_url(viewer, query, local_host)
        if isinstance(found, Status):
            if "statuses" in types and viewer is not None and viewer.is_authenticated:
                results.statuses = [found]
            return results
        if isinstance(found, User):
            if "accounts" in types:
                results.accounts = [found]
            return results
    if "accounts" in types:
        name = account_query(query, local_host)
        if name:
            results.accounts = search_accounts(
                name, viewer=viewer, following=following, limit=limit, offset=offset
            )
    if "statuses" in types:
        results.statuses = search_statuses(
            viewer, query, limit=limit, offset=offset, account_id=account_id
        )
    if "hashtags" in types:
        results.tags = search_tags(query, limit=limit, offset=offset)
    return results
