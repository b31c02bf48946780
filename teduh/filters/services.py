"""Keyword filters: every write (create, update, delete a filter or a keyword) and the one
matcher that the web UI and the API both use.

Matching is done in Python on the page of statuses about to be shown, not in SQL: whole-word
matching must treat Indonesian and English text alike, and SQL regular expressions differ
between SQLite and PostgreSQL. A filter never applies to the viewer's own statuses (as in
Mastodon), and it looks only at what a status says, never at who wrote it, so it works the same
on anonymous statuses and tells nothing about their authors.
"""

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from teduh.filters.models import Filter, FilterAction, FilterContext, FilterKeyword

MAX_FILTERS = 100  # per account
MAX_KEYWORDS = 100  # per filter
MAX_EXPIRES_IN = 10 * 365 * 24 * 3600  # seconds; longer asks are refused, not overflowed
TITLE_MAX = Filter._meta.get_field("title").max_length
KEYWORD_MAX = FilterKeyword._meta.get_field("keyword").max_length


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset()  # "leave as it is" for update_filter's optional arguments


@dataclass(frozen=True)
class KeywordChange:
    """One entry of Mastodon's `keywords_attributes`: a new keyword (no id), a change to an
    existing one (id plus the fields to change), or a removal (id and `destroy`)."""

    id: int | None = None
    keyword: str | None = None
    whole_word: bool | None = None
    destroy: bool = False


# Reading ------------------------------------------------------------------------------------


def filters_of(account) -> QuerySet[Filter]:
    """All of `account`'s filters, expired ones included (they can be renewed), oldest first,
    with their keywords."""
    return Filter.objects.filter(account=account).prefetch_related("keywords").order_by("id")


def get_filter(account, filter_id: int) -> Filter | None:
    return filters_of(account).filter(pk=filter_id).first()


def get_keyword(account, keyword_id: int) -> FilterKeyword | None:
    return (
        FilterKeyword.objects.filter(pk=keyword_id, filter__account=account)
        .select_related("filter")
        .first()
    )


# Writing ------------------------------------------------------------------------------------


def _clean_title(title: str) -> str:
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": ValidationError(_("Give the filter a name."), "required")})
    if len(title) > TITLE_MAX:
        raise ValidationError(
            {
                "title": ValidationError(
                    _("A filter name can be at most %(max)d characters.") % {"max": TITLE_MAX},
                    "too_long",
                )
            }
        )
    return title


def _clean_context(context: Iterable[str]) -> list[str]:
    chosen = list(dict.fromkeys(context))
    if not chosen or any(value not in FilterContext.values for value in chosen):
        raise ValidationError(
            {
                "context": ValidationError(
                    _("Choose where the filter applies: %(choices)s.")
                    % {"choices": ", ".join(FilterContext.values)},
                    "context",
                )
            }
        )
    return [value for value in FilterContext.values if value in chosen]


def _clean_action(action: str) -> str:
    if action not in FilterAction.values:
        raise ValidationError(
            {
                "filter_action": ValidationError(
                    _("Choose what happens: warn or hide."), "filter_action"
                )
            }
        )
    return action


def _expiry(expires_in: int | None):
    if expires_in is None:
        return None
    if not 0 < expires_in <= MAX_EXPIRES_IN:
        raise ValidationError(
            {"expires_in": ValidationError(_("Choose how long the filter lasts."), "expires_in")}
        )
    return timezone.now() + timedelta(seconds=expires_in)


def _clean_keyword(keyword: str | None) -> str:
    keyword = (keyword or "").strip()
    # A keyword of nothing but invisible characters or accents would fold to "" and match
    # every post.
    if not _fold(keyword).strip():
        raise ValidationError(
            {"keyword": ValidationError(_("Write a word or phrase to filter."), "required")}
        )
    if len(keyword) > KEYWORD_MAX:
        raise ValidationError(
            {
                "keyword": ValidationError(
                    _("A keyword can be at most %(max)d characters.") % {"max": KEYWORD_MAX},
                    "too_long",
                )
            }
        )
    return keyword


def _too_many_keywords() -> ValidationError:
    return ValidationError(
        {
            "keyword": ValidationError(
                _("A filter can have at most %(max)d keywords.") % {"max": MAX_KEYWORDS},
                "too_many",
            )
        }
    )


@transaction.atomic
def create_filter(
    account,
    *,
    title: str,
    context: Iterable[str],
    filter_action: str = FilterAction.WARN,
    expires_in: int | None = None,
    keywords: Sequence[tuple[str, bool]] = (),
) -> Filter:
    """Create a filter with its keywords, all or nothing. Raises ValidationError (a dict
    by field) for anything that is not right."""
    title = _clean_title(title)
    context = _clean_context(context)
    filter_action = _clean_action(filter_action)
    expires_at = _expiry(expires_in)
    cleaned = [(_clean_keyword(word), bool(whole)) for word, whole in keywords]
    if len(cleaned) > MAX_KEYWORDS:
        raise _too_many_keywords()
    # Locks the account's row so two concurrent requests cannot both pass the limit.
    # (get_user_model: the web passes request.user, a lazy object, not a User.)
    get_user_model().objects.select_for_update().filter(pk=account.pk).first()
    if Filter.objects.filter(account=account).count() >= MAX_FILTERS:
        raise ValidationError(
            _("You can have at most %(max)d filters.") % {"max": MAX_FILTERS}, "too_many_filters"
        )
    created = Filter.objects.create(
        account=account,
        title=title,
        context=context,
        filter_action=filter_action,
        expires_at=expires_at,
    )
    FilterKeyword.objects.bulk_create(
        FilterKeyword(filter=created, keyword=word, whole_word=whole) for word, whole in cleaned
    )
    return get_filter(account, created.pk)


@transaction.atomic
def update_filter(
    filter_obj: Filter,
    *,
    title: str | None = None,
    context: Iterable[str] | None = None,
    filter_action: str | None = None,
    expires_in: "int | None | _Unset" = UNSET,
    keyword_changes: Sequence[KeywordChange] = (),
) -> Filter:
    """Change what is given (None or UNSET: unchanged; `expires_in=None`: never expires) and
    apply `keyword_changes`, all or nothing. Ids in `keyword_changes` must be this filter's."""
    if title is not None:
        filter_obj.title = _clean_title(title)
    if context is not None:
        filter_obj.context = _clean_context(context)
    if filter_action is not None:
        filter_obj.filter_action = _clean_action(filter_action)
    if expires_in is not UNSET:
        filter_obj.expires_at = _expiry(expires_in)  # type: ignore[arg-type]
    existing = {k.pk: k for k in FilterKeyword.objects.filter(filter=filter_obj)}
    to_create, to_update, to_delete = [], [], []
    for change in keyword_changes:
        if change.id is None:
            if not change.destroy:
                to_create.append(
                    FilterKeyword(
                        filter=filter_obj,
                        keyword=_clean_keyword(change.keyword),
                        whole_word=True if change.whole_word is None else change.whole_word,
                    )
                )
            continue
        keyword = existing.get(change.id)
        if keyword is None:
            raise ValidationError(
                {"keyword": ValidationError(_("That keyword is not in this filter."), "unknown")}
            )
        if change.destroy:
            to_delete.append(keyword.pk)
            continue
        if change.keyword is not None:
            keyword.keyword = _clean_keyword(change.keyword)
        if change.whole_word is not None:
            keyword.whole_word = change.whole_word
        to_update.append(keyword)
    if len(existing) - len(set(to_delete)) + len(to_create) > MAX_KEYWORDS:
        raise _too_many_keywords()
    filter_obj.save()
    FilterKeyword.objects.filter(pk__in=to_delete).delete()
    FilterKeyword.objects.bulk_update(to_update, ["keyword", "whole_word"])
    FilterKeyword.objects.bulk_create(to_create)
    return get_filter(filter_obj.account, filter_obj.pk)


def delete_filter(filter_obj: Filter) -> None:
    filter_obj.delete()


@transaction.atomic
def add_keyword(filter_obj: Filter, keyword: str, whole_word: bool = True) -> FilterKeyword:
    keyword = _clean_keyword(keyword)
    Filter.objects.select_for_update().filter(pk=filter_obj.pk).first()
    if FilterKeyword.objects.filter(filter=filter_obj).count() >= MAX_KEYWORDS:
        raise _too_many_keywords()
    return FilterKeyword.objects.create(filter=filter_obj, keyword=keyword, whole_word=whole_word)


def update_keyword(
    keyword: FilterKeyword, *, text: str | None = None, whole_word: bool | None = None
) -> FilterKeyword:
    if text is not None:
        keyword.keyword = _clean_keyword(text)
    if whole_word is not None:
        keyword.whole_word = whole_word
    keyword.save(update_fields=["keyword", "whole_word"])
    return keyword


def delete_keyword(keyword: FilterKeyword) -> None:
    keyword.delete()


# Matching -----------------------------------------------------------------------------------


# Accents of the Latin (and Greek and Cyrillic) alphabets: "cafe" should meet "café". Only this
# block is dropped, so scripts whose marks are letters in their own right keep them.
_ACCENTS = re.compile("[\u0300-\u036f]")


def _fold(text: str) -> str:
    """Compare text as a reader would: full-width and compatibility forms unified, accents and
    invisible characters (zero-width spaces, soft hyphens) dropped, case ignored (casefold, so
    "ß" meets "ss")."""
    text = _ACCENTS.sub("", unicodedata.normalize("NFKD", text))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return unicodedata.normalize("NFKC", text).casefold()


def keyword_pattern(keyword: str, whole_word: bool) -> re.Pattern:
    """The regular expression for one keyword, matched against `_fold`ed text.

    Spaces in a phrase match any run of whitespace, so "bunuh diri" also meets "bunuh  diri"
    across a line break. A whole word must not touch another letter, digit or underscore at an
    edge that is itself a letter, digit or underscore (as Mastodon does), so "bunuh" matches
    "mau bunuh diri" and "#bunuh" but not "membunuh", and "teman" matches "teman-teman".
    Python's `\\w` knows letters of every script, so this works for Indonesian and English alike.
    """
    folded = _fold(keyword).strip()
    pattern = r"\s+".join(re.escape(part) for part in folded.split())
    if whole_word and folded:
        if re.match(r"\w", folded[0]):
            pattern = r"(?<!\w)" + pattern
        if re.match(r"\w", folded[-1]):
            pattern += r"(?!\w)"
    return re.compile(pattern)


@dataclass(frozen=True)
class FilterMatch:
    filter: Filter
    keyword_matches: list[str]


@dataclass
class FilteredStatus:
    """A status that survived `apply_filters`, with the warn filters it matched (if any)."""

    status: object
    warnings: list[FilterMatch] = field(default_factory=list)

    @property
    def titles(self) -> list[str]:
        return [match.filter.title for match in self.warnings]


def searchable_text(status) -> str:
    """What a filter reads of a status, as Mastodon does: its content warning, its text and its
    images' descriptions."""
    descriptions = [item.description for item in status.media.all() if item.description]
    return "\n".join([status.spoiler_text, status.content, *descriptions])


class Matcher:
    """The viewer's active filters, compiled once, to be run over any number of statuses."""

    def __init__(self, viewer):
        self.viewer_id = viewer.pk if viewer is not None and viewer.is_authenticated else None
        self.filters: list[tuple[Filter, list[tuple[FilterKeyword, re.Pattern]]]] = []
        if self.viewer_id is None:
            return
        active = (
            Filter.objects.active()
            .filter(account_id=self.viewer_id)
            .prefetch_related(Prefetch("keywords", queryset=FilterKeyword.objects.order_by("id")))
            .order_by("id")
        )
        for item in active:
            compiled = [
                (k, keyword_pattern(k.keyword, k.whole_word))
                for k in item.keywords.all()
                if _fold(k.keyword).strip()  # never an empty pattern, which matches everything
            ]
            if compiled:
                self.filters.append((item, compiled))

    def matches(self, status) -> list[FilterMatch]:
        """Every active filter (whatever its context) that `status` matches; for a share, what
        the shared status says. Never the viewer's own statuses."""
        original = status.reblog_of if getattr(status, "reblog_of_id", None) else status
        if not self.filters or original.account_id == self.viewer_id:
            return []
        text = _fold(searchable_text(original))
        found = []
        for item, keywords in self.filters:
            words = [keyword.keyword for keyword, pattern in keywords if pattern.search(text)]
            if words:
                found.append(FilterMatch(item, words))
        return found


def apply_filters(viewer, statuses: Iterable, context: str) -> list[FilteredStatus]:
    """The statuses `viewer` should see in `context` (a FilterContext value), in order:
    those matching a "hide" filter for that context are left out, and those matching "warn"
    filters for it carry them in `warnings`."""
    matcher = Matcher(viewer)
    results = []
    for status in statuses:
        here = [m for m in matcher.matches(status) if context in m.filter.context]
        if any(m.filter.filter_action == FilterAction.HIDE for m in here):
            continue
        results.append(FilteredStatus(status, here))
    return results
