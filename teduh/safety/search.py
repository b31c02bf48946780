"""Crisis-aware search and hashtag pages (#ThereIsHelp).

One place decides what a search or a hashtag page shows when it signals suicide or self-harm, so
the web pages and `GET /api/v2/search` always agree:

- a query that signals a crisis leads with a help card in the reader's language;
- a query that seeks a method (how to, doses) gets the help card and no posts, and no crisis
  hashtags either (they would lead to the same posts);
- an education query ("pencegahan bunuh diri") gets the card and educational posts only: posts
  screened "none", signed posts of verified professionals first;
- anything else gets no card.

Search queries are private: nothing here logs, stores or audits them.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from django.db.models import BooleanField, Case, Q, QuerySet, Value, When

from teduh.posts.models import ScreeningLevel
from teduh.safety.helplines import HelpCard, help_card
from teduh.safety.screening import QueryScreening, is_crisis_tag, screen_query
from teduh.timelines.search import (
    SEARCH_TYPES,
    SearchResults,
    clean_query,
    search,
    search_statuses_queryset,
)

__all__ = [
    "CrisisSearch",
    "CrisisSearchResults",
    "crisis_aware_search",
    "crisis_search_context",
    "crisis_tag_context",
    "educational_statuses",
    "reader_language",
    "trendable_tags",
]

T = TypeVar("T")


@dataclass(frozen=True)
class CrisisSearch:
    """What a search or hashtag page must do about a crisis.

    help:        the help card to lead with, or None when the query signals no crisis
    hide_posts:  the query seeks a method: show no posts (and no crisis hashtags)
    educational: prevention or education framing: show only posts screened "none"
    """

    help: HelpCard | None = None
    hide_posts: bool = False
    educational: bool = False

    @property
    def crisis(self) -> bool:
        return self.help is not None


NO_CRISIS = CrisisSearch()


def reader_language(user, language: str | None) -> str:
    """The language a help card speaks: the signed-in reader's own, else `language` (the
    request's), else the instance default (help_card falls back to the active language)."""
    if user is not None and user.is_authenticated and getattr(user, "language", ""):
        return user.language
    return language or ""


def _decide(crisis: bool, screening: QueryScreening, user, language: str | None) -> CrisisSearch:
    if not (crisis or screening.seeks_method):
        return NO_CRISIS
    card = help_card(user, reader_language(user, language) or None)
    if screening.seeks_method:
        return CrisisSearch(help=card, hide_posts=True)
    return CrisisSearch(help=card, educational=screening.educational)


def crisis_search_context(query: str, user, language: str | None) -> CrisisSearch:
    """What a search for `query` must do: lead with a help card (in the reader's language),
    hide posts, or show only educational posts. `language` is the request's language, used
    when the reader is not signed in."""
    query = clean_query(query)
    if not query:
        return NO_CRISIS
    screening = screen_query(query)
    return _decide(screening.crisis, screening, user, language)


def crisis_tag_context(name: str, user, language: str | None) -> CrisisSearch:
    """crisis_search_context for the page of hashtag `name` (without "#"): a crisis tag leads
    with the help card; a tag that seeks a method shows no posts."""
    name = clean_query(name).lstrip("#")
    if not name:
        return NO_CRISIS
    screening = screen_query("#" + name)
    return _decide(is_crisis_tag(name) or screening.crisis, screening, user, language)


def _tag_name(tag) -> str:
    return tag if isinstance(tag, str) else tag.name


def trendable_tags(tags: Iterable[T]) -> list[T]:
    """`tags` (Tag objects or names) without crisis hashtags, which never trend: a trending
    crisis tag would spread exactly what safe-messaging guidance asks platforms not to amplify.
    For the trends feature to call before it ranks or shows anything."""
    return [tag for tag in tags if not is_crisis_tag(_tag_name(tag))]


def educational_statuses(queryset: QuerySet, *, professionals_first: bool = True) -> QuerySet:
    """Only statuses screened "none" (no crisis or concern posts) for an education query.

    With `professionals_first`, signed posts of verified professionals come first, then newest
    first. Anonymous posts are never ranked by their real author, which would hint at who
    wrote them."""
    queryset = queryset.filter(screening_level=ScreeningLevel.NONE)
    if not professionals_first:
        return queryset
    return queryset.annotate(
        by_professional=Case(
            When(Q(is_anonymous=False, account__is_verified_professional=True), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    ).order_by("-by_professional", "-pk")


@dataclass
class CrisisSearchResults:
    results: SearchResults = field(default_factory=SearchResults)
    crisis: CrisisSearch = NO_CRISIS


def crisis_aware_search(
    viewer,
    query: str,
    *,
    language: str | None,
    local_host: str,
    types: tuple[str, ...] = SEARCH_TYPES,
    resolve_urls: bool = False,
    following: bool = False,
    account_id: int | None = None,
    limit: int = 20,
    offset: int = 0,
) -> CrisisSearchResults:
    """timelines.search.search, made crisis-aware: the results and what to do about a crisis
    (crisis_search_context). A method-seeking query finds no statuses and no crisis hashtags;
    an education query finds only educational statuses. Shared by the web search page and
    `GET /api/v2/search`."""
    crisis = crisis_search_context(query, viewer, language)
    wanted = types
    if crisis.hide_posts or crisis.educational:
        # Statuses are left out (method) or found below with the educational rules.
        wanted = tuple(kind for kind in types if kind != "statuses")
    results = search(
        viewer,
        query,
        local_host=local_host,
        types=wanted,
        resolve_urls=resolve_urls,
        following=following,
        account_id=account_id,
        limit=limit,
        offset=offset,
    )
    if crisis.hide_posts:
        results.statuses = []
        results.tags = trendable_tags(results.tags)
    elif crisis.educational and "statuses" in types:
        queryset = search_statuses_queryset(viewer, query, account_id=account_id)
        results.statuses = list(educational_statuses(queryset)[offset : offset + limit])
    return CrisisSearchResults(results=results, crisis=crisis)
