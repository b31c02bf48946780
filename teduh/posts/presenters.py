"""What readers see of statuses. The only place that decides who is shown as the author."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from teduh.posts.models import Bookmark, Favourite, Status
from teduh.posts.services import can_delete, can_reblog


@dataclass(frozen=True)
class AnonymousAuthor:
    """The shared placeholder for every anonymous post: it carries nothing about the author."""

    username: str = "anonim"
    name: str = _("Anonim")  # type: ignore[assignment]
    is_anonymous_author: bool = True
    is_verified_professional: bool = False
    avatar = None
    pk = None


ANONYMOUS_AUTHOR = AnonymousAuthor()


def author_of(status: Status):
    return ANONYMOUS_AUTHOR if status.is_anonymous else status.account


@dataclass
class StatusCard:
    status: Status  # the status shown (the original when `reblogged_by` is set)
    author: object
    reblogged_by: object | None
    shared_status_id: int | None
    favourited: bool
    reblogged: bool
    bookmarked: bool
    can_delete: bool
    is_own: bool
    can_reblog: bool
    # Titles of the viewer's "warn" keyword filters it matched (teduh.filters): the web shows
    # the card collapsed behind them. Set by the view that applied the filters.
    filtered: list[str] = field(default_factory=list)


def cards_for(statuses: Iterable[Status], viewer) -> list[StatusCard]:
    """Cards for a list of statuses, with the viewer's own interactions in three queries."""
    statuses = list(statuses)
    originals = [s.reblog_of if s.reblog_of_id else s for s in statuses]
    ids = [s.pk for s in originals]
    favourited: set[int] = set()
    bookmarked: set[int] = set()
    reblogged: set[int] = set()
    signed_in = viewer is not None and viewer.is_authenticated
    if signed_in and ids:
        favourited = set(
            Favourite.objects.filter(account=viewer, status_id__in=ids).values_list(
                "status_id", flat=True
            )
        )
        bookmarked = set(
            Bookmark.objects.filter(account=viewer, status_id__in=ids).values_list(
                "status_id", flat=True
            )
        )
        reblogged = set(
            Status.objects.filter(account=viewer, reblog_of_id__in=ids).values_list(
                "reblog_of_id", flat=True
            )
        )
    cards = []
    for shown, original in zip(statuses, originals, strict=True):
        cards.append(
            StatusCard(
                status=original,
                author=author_of(original),
                reblogged_by=shown.account if shown.reblog_of_id else None,
                shared_status_id=shown.pk if shown.reblog_of_id else None,
                favourited=original.pk in favourited,
                reblogged=original.pk in reblogged,
                bookmarked=original.pk in bookmarked,
                can_delete=signed_in and can_delete(viewer, original),
                is_own=signed_in and original.account_id == viewer.pk,
                can_reblog=signed_in and can_reblog(viewer, original),
            )
        )
    return cards


def card_for(status: Status, viewer) -> StatusCard:
    return cards_for([status], viewer)[0]
