"""Keyword filters, Mastodon's v2 API: filters and their keywords, over filters.services (the
same functions as the web settings pages).

Statuses matching a "hide" filter are left out of the home, public and hashtag timelines, of
conversations, of account timelines and of notifications (in the filter's contexts); every
status entity carries the viewer's matching filters in `filtered`, as in Mastodon.
"""

import json
import re
from datetime import datetime

from django.http import QueryDict
from ninja import Form, Router, Schema
from pydantic import Field

from teduh.api import auth, schemas
from teduh.api.entities import filter_entity, filter_keyword_entity
from teduh.api.errors import ApiError, not_found
from teduh.api.routers.common import object_id, with_errors
from teduh.filters import services
from teduh.filters.models import Filter, FilterAction, FilterContext, FilterKeyword
from teduh.filters.services import UNSET, KeywordChange

router = Router(tags=["filters"])

FILTER = with_errors({200: schemas.Filter})
KEYWORD = with_errors({200: schemas.FilterKeyword})
EMPTY = with_errors({200: dict})
CONTEXTS = ", ".join(FilterContext.values)
KEYWORDS_HELP = (
    "keywords_attributes[]: a list of {keyword, whole_word} objects in JSON, or form fields "
    "keywords_attributes[][keyword] and keywords_attributes[][whole_word] (or with an index, "
    "keywords_attributes[0][keyword]); on update, add `id` to change a keyword and `_destroy` "
    "to remove it"
)


def _filter(request, filter_id: str) -> Filter:
    found = services.get_filter(request.user, object_id(filter_id))
    if found is None:
        raise not_found()
    return found


def _keyword(request, keyword_id: str) -> FilterKeyword:
    found = services.get_keyword(request.user, object_id(keyword_id))
    if found is None:
        raise not_found()
    return found


# Reading the request ------------------------------------------------------------------------

TRUE, FALSE = {"true", "1", "on", "yes", "t"}, {"false", "0", "off", "no", "f", ""}
FIELD_RE = re.compile(r"^keywords_attributes\[(\d*)\]\[(keyword|whole_word|id|_destroy)\]$")
INDEXED_RE = re.compile(r"^keywords_attributes\[(\d+)\]$")


def _bool(value, name: str) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise ApiError(422, f"Validation failed: {name} must be true or false")


def _expires_in(post: QueryDict):
    """UNSET when not sent; None (never) when empty; else a number of seconds."""
    if "expires_in" not in post:
        return UNSET
    value = post.get("expires_in", "").strip()
    if value in ("", "null"):
        return None
    if not (value.isascii() and value.isdigit()) or len(value) > 12:
        raise ApiError(422, "Validation failed: expires_in must be a number of seconds")
    return int(value)


def _json_object(raw: str) -> dict:
    try:
        value = json.loads(raw)
    except ValueError:
        value = None
    if not isinstance(value, dict):
        raise ApiError(422, "Validation failed: keywords_attributes entries must be objects")
    return value


def _keyword_entries(post: QueryDict) -> list[dict]:
    entries = [_json_object(raw) for raw in post.getlist("keywords_attributes[]")]
    indexed: dict[int, dict] = {}
    positional: dict[str, list[str]] = {}
    for key in post:
        if match := INDEXED_RE.match(key):
            indexed[int(match[1])] = _json_object(post[key])
        elif match := FIELD_RE.match(key):
            index, name = match.groups()
            if index:
                indexed.setdefault(int(index), {})[name] = post[key]
            else:
                positional[name] = post.getlist(key)
    if positional:
        lengths = {len(values) for values in positional.values()}
        if len(lengths) != 1:
            raise ApiError(
                422,
                "Validation failed: keywords_attributes fields do not line up; "
                "give every entry each field, or number the entries",
            )
        count = lengths.pop()
        entries += [{k: v[i] for k, v in positional.items()} for i in range(count)]
    entries += [indexed[i] for i in sorted(indexed)]
    return entries


def _keyword_changes(post: QueryDict) -> list[KeywordChange]:
    changes = []
    for entry in _keyword_entries(post):
        raw_id = entry.get("id")
        keyword_id = None
        if raw_id not in (None, ""):
            text = str(raw_id)
            if not (text.isascii() and text.isdigit()) or len(text) > 18:
                raise ApiError(422, "Validation failed: keyword id is not an id")
            keyword_id = int(text)
        keyword = entry.get("keyword")
        changes.append(
            KeywordChange(
                id=keyword_id,
                keyword=None if keyword is None else str(keyword),
                whole_word=_bool(entry.get("whole_word"), "whole_word"),
                destroy=bool(_bool(entry.get("_destroy"), "_destroy")),
            )
        )
    return changes


def _context(post: QueryDict) -> list[str] | None:
    values = post.getlist("context[]") or post.getlist("context")
    return values or None


# Filters ------------------------------------------------------------------------------------


class FilterForm(Schema):
    title: str | None = Field(None, description="A name for the filter")
    context: list[str] = Field(
        [], alias="context[]", description=f"Where it applies, one or more of: {CONTEXTS}"
    )
    filter_action: str | None = Field(None, description="warn (the default) or hide")
    expires_in: str | None = Field(
        None, description="Seconds until the filter ends; empty for never. " + KEYWORDS_HELP
    )


@router.get(
    "/v2/filters", response=with_errors({200: list[schemas.Filter]}), auth=auth.read("filters")
)
def list_filters(request):
    """All your filters, expired ones included, oldest first."""
    return [filter_entity(item) for item in services.filters_of(request.user)]


@router.post("/v2/filters", response=FILTER, auth=auth.write("filters"))
def create_filter(request, data: Form[FilterForm]):
    changes = _keyword_changes(request.POST)
    expires_in = _expires_in(request.POST)
    created = services.create_filter(
        request.user,
        title=data.title or "",
        context=_context(request.POST) or [],
        filter_action=data.filter_action or FilterAction.WARN,
        expires_in=None if expires_in is UNSET else expires_in,
        keywords=[
            (c.keyword or "", True if c.whole_word is None else c.whole_word)
            for c in changes
            if not c.destroy
        ],
    )
    return filter_entity(created)


@router.get("/v2/filters/{filter_id}", response=FILTER, auth=auth.read("filters"))
def get_filter(request, filter_id: str):
    return filter_entity(_filter(request, filter_id))


@router.put("/v2/filters/{filter_id}", response=FILTER, auth=auth.write("filters"))
def update_filter(request, filter_id: str, data: Form[FilterForm]):
    """Change what is sent; keywords_attributes entries with an `id` change or (with
    `_destroy`) remove that keyword, entries without one add keywords."""
    found = _filter(request, filter_id)
    updated = services.update_filter(
        found,
        title=data.title,
        context=_context(request.POST),
        filter_action=data.filter_action,
        expires_in=_expires_in(request.POST),
        keyword_changes=_keyword_changes(request.POST),
    )
    return filter_entity(updated)


@router.delete("/v2/filters/{filter_id}", response=EMPTY, auth=auth.write("filters"))
def delete_filter(request, filter_id: str):
    services.delete_filter(_filter(request, filter_id))
    return {}


@router.get(
    "/v2/filters/{filter_id}/statuses",
    response=with_errors({200: list[schemas.FilterStatus]}),
    auth=auth.read("filters"),
)
def list_filter_statuses(request, filter_id: str):
    """Teduh's filters hold keywords only, never single statuses: always empty."""
    _filter(request, filter_id)
    return []


# Keywords -----------------------------------------------------------------------------------


class KeywordForm(Schema):
    keyword: str | None = Field(None, description="The word or phrase to filter")
    whole_word: str | None = Field(None, description="Match whole words only (default true)")


@router.get(
    "/v2/filters/{filter_id}/keywords",
    response=with_errors({200: list[schemas.FilterKeyword]}),
    auth=auth.read("filters"),
)
def list_keywords(request, filter_id: str):
    return [filter_keyword_entity(k) for k in _filter(request, filter_id).keywords.all()]


@router.post("/v2/filters/{filter_id}/keywords", response=KEYWORD, auth=auth.write("filters"))
def add_keyword(request, filter_id: str, data: Form[KeywordForm]):
    whole_word = _bool(data.whole_word, "whole_word")
    keyword = services.add_keyword(
        _filter(request, filter_id), data.keyword or "", True if whole_word is None else whole_word
    )
    return filter_keyword_entity(keyword)


@router.get("/v2/filters/keywords/{keyword_id}", response=KEYWORD, auth=auth.read("filters"))
def get_keyword(request, keyword_id: str):
    return filter_keyword_entity(_keyword(request, keyword_id))


@router.put("/v2/filters/keywords/{keyword_id}", response=KEYWORD, auth=auth.write("filters"))
def update_keyword(request, keyword_id: str, data: Form[KeywordForm]):
    keyword = services.update_keyword(
        _keyword(request, keyword_id),
        text=data.keyword,
        whole_word=_bool(data.whole_word, "whole_word"),
    )
    return filter_keyword_entity(keyword)


@router.delete("/v2/filters/keywords/{keyword_id}", response=EMPTY, auth=auth.write("filters"))
def delete_keyword(request, keyword_id: str):
    services.delete_keyword(_keyword(request, keyword_id))
    return {}


# Mastodon's v1 filters, read only ---------------------------------------------------------------


class V1Filter(Schema):
    id: str
    phrase: str
    context: list[str]
    whole_word: bool
    expires_at: datetime | None
    irreversible: bool


@router.get("/v1/filters", response=with_errors({200: list[V1Filter]}), auth=auth.read("filters"))
def list_v1_filters(request):
    """For older clients: each keyword as a v1 filter (its id is the keyword's), as Mastodon
    does. `irreversible` means the filter hides. Manage filters with /api/v2/filters."""
    return [
        {
            "id": str(keyword.pk),
            "phrase": keyword.keyword,
            "context": list(item.context),
            "whole_word": keyword.whole_word,
            "expires_at": item.expires_at,
            "irreversible": item.filter_action == FilterAction.HIDE,
        }
        for item in services.filters_of(request.user)
        for keyword in item.keywords.all()
    ]
