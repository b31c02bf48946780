"""The web search page: accounts, hashtags and posts, crisis-aware (#ThereIsHelp).

The same service as GET /api/v2/search (safety.search.crisis_aware_search over
timelines.search) decides what is found and whether a help card leads. Search queries are
private: this view never logs or stores them, and asks browsers and proxies not to keep the
page."""

from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import cache_control

from teduh.safety.search import CrisisSearch, crisis_aware_search
from teduh.timelines.search import clean_query
from teduh.web.views.common import int_param
from teduh.web.views.controls import filtered_cards

PER_PAGE = 20
MAX_QUERY_LENGTH = 200
MAX_OFFSET = 10_000


@cache_control(private=True, no_store=True)
def search(request):
    query = clean_query(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
    offset = min(int_param(request, "offset") or 0, MAX_OFFSET)
    context = {
        "search_query": query,
        "crisis": CrisisSearch(),
        "accounts": [],
        "tags": [],
        "cards": [],
        "offset": offset,
        "next_offset": None,
        "previous_offset": None,
    }
    if query:
        found = crisis_aware_search(
            request.user,
            query,
            language=translation.get_language(),
            local_host=request.get_host(),
            resolve_urls=True,
            limit=PER_PAGE,
            offset=offset,
        )
        results = found.results
        full = any(
            len(kind) == PER_PAGE for kind in (results.accounts, results.tags, results.statuses)
        )
        context.update(
            crisis=found.crisis,
            accounts=results.accounts,
            tags=results.tags,
            cards=filtered_cards(request, results.statuses, "public"),
            next_offset=offset + PER_PAGE if full and offset + PER_PAGE <= MAX_OFFSET else None,
            previous_offset=max(offset - PER_PAGE, 0) if offset else None,
        )
    return render(request, "web/search.html", context)
