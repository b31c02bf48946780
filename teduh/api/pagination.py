"""Mastodon pagination: max_id / since_id / min_id / limit, and a Link header."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import QuerySet
from ninja import Schema
from pydantic import Field


class PageParams(Schema):
    max_id: str | None = Field(None, description="Return results older than this id")
    since_id: str | None = Field(None, description="Return results newer than this id")
    min_id: str | None = Field(None, description="Return results immediately newer than this id")
    limit: int = Field(20, ge=1, le=80, description="Maximum number of results (1-80)")


def _as_id(value: str | None) -> int | None:
    if value is None or value == "":
        return None
    return int(value) if value.isascii() and value.isdigit() and len(value) < 19 else -1


@dataclass
class Page:
    rows: list
    link: str | None


def paginate(
    request, queryset: QuerySet, params: PageParams, *, max_limit: int = 40, key: str = "pk"
) -> Page:
    """One page of `queryset` (ordered by `key`, newest first) and its Link header.

    `key` names the id the cursors refer to (e.g. a bookmark's id rather than the status's).
    Malformed cursors match nothing rather than failing.
    """
    limit = min(params.limit, max_limit)
    max_id, since_id, min_id = (_as_id(v) for v in (params.max_id, params.since_id, params.min_id))
    if max_id is not None:
        queryset = queryset.filter(**{f"{key}__lt": max_id})
    if since_id is not None:
        queryset = queryset.filter(**{f"{key}__gt": since_id})
    if min_id is not None:
        rows = list(queryset.filter(**{f"{key}__gt": min_id}).order_by(key)[:limit])
        rows.reverse()
    else:
        rows = list(queryset.order_by(f"-{key}")[:limit])
    return Page(rows, _link_header(request, rows, key, limit))


def _link_header(request, rows: list, key: str, limit: int) -> str | None:
    if not rows:
        return None
    newest, oldest = _key_of(rows[0], key), _key_of(rows[-1], key)
    base = request.build_absolute_uri(request.path)
    kept = {k: v for k, v in request.GET.lists() if k not in {"max_id", "since_id", "min_id"}}
    kept["limit"] = [str(limit)]

    def url(**cursor) -> str:
        query = [(k, v) for k, values in kept.items() for v in values] + list(cursor.items())
        return f"{base}?{urlencode(query)}"

    return f'<{url(max_id=oldest)}>; rel="next", <{url(min_id=newest)}>; rel="prev"'


def _key_of(row, key: str):
    value = row
    for part in key.split("__"):
        value = getattr(value, "pk" if part == "pk" else part)
    return value
