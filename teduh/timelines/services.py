"""Reading timelines. Pages are cut by status id, so a page stays the same while new posts
arrive: `max_id` asks for what is older than the last status already seen."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

from teduh.accounts.models import muted_account_ids
from teduh.posts.models import (
    Bookmark,
    Favourite,
    MediaAttachment,
    Status,
    Tag,
    TagFollow,
    Visibility,
)

PAGE_SIZE = 20
MAX_PAGE_SIZE = 40


@dataclass
class Page:
    statuses: list[Status]
    next_max_id: int | None  # pass as max_id for the next (older) page
    newest_id: int | None  # pass as min_id to fetch what is newer


def with_relations(queryset: QuerySet) -> QuerySet:
    return queryset.select_related(
        "account", "reblog_of", "reblog_of__account", "in_reply_to_account"
    ).prefetch_related("media", "reblog_of__media")


def paginate(
    queryset: QuerySet,
    *,
    max_id: int | None = None,
    since_id: int | None = None,
    min_id: int | None = None,
    limit: int = PAGE_SIZE,
) -> Page:
    """Mastodon-style id pagination: max_id/since_id give the newest first, min_id gives the
    statuses right after min_id (oldest first, returned newest first)."""
    limit = max(1, min(limit, MAX_PAGE_SIZE))
    if max_id is not None:
        queryset = queryset.filter(pk__lt=max_id)
    if since_id is not None:
        queryset = queryset.filter(pk__gt=since_id)
    if min_id is not None:
        rows = list(with_relations(queryset.filter(pk__gt=min_id)).order_by("pk")[:limit])
        rows.reverse()
    else:
        rows = list(with_relations(queryset).order_by("-pk")[: limit + 1])
        has_more = len(rows) > limit
        rows = rows[:limit]
        return Page(rows, rows[-1].pk if has_more else None, rows[0].pk if rows else None)
    return Page(rows, rows[-1].pk if rows else None, rows[0].pk if rows else None)


def _viewer_id(viewer) -> int | None:
    return viewer.pk if viewer is not None and viewer.is_authenticated else None


def home_queryset(user) -> QuerySet:
    """The user's own statuses, those of accounts they follow, and public posts carrying a
    hashtag they follow.

    Anonymous statuses of followed accounts are left out: showing them here would tell the
    follower who wrote them. Public posts with a followed hashtag come in whoever wrote them,
    anonymous ones included (shown as "Anonim"): whether one is shown then depends on its tags
    alone, never on its author, so it tells nothing about who wrote it.
    """
    followed = user.following_set.values("target_id")
    followed_tags = TagFollow.objects.filter(account=user).values("tag_id")
    tagged = Status.tags.through.objects.filter(tag_id__in=followed_tags).values("status_id")
    home = Status.objects.visible_to(user).filter(
        Q(account=user)
        | (Q(account__in=followed) & Q(is_anonymous=False))
        | Q(pk__in=tagged, visibility=Visibility.PUBLIC, reblog_of__isnull=True)
    )
    return without_muted(home, user)


def public_queryset(viewer) -> QuerySet:
    """Public original statuses, without those of accounts the viewer blocks, is blocked by
    (visible_to) or mutes."""
    public = Status.objects.visible_to(viewer).filter(
        visibility=Visibility.PUBLIC, reblog_of__isnull=True
    )
    return without_muted(without_limited(public, viewer), viewer)


def without_limited(queryset: QuerySet, viewer) -> QuerySet:
    """Leave out statuses of accounts a moderator limited (moderation.services), except the
    viewer's own and, for their followers, their signed ones: a limited account leaves public
    timelines and search but stays visible to the people who follow it.

    Anonymous statuses of limited accounts are left out for everyone but their author, so
    whether a follower sees one tells nothing about who wrote it.
    """
    limited = Q(account__limited_at__isnull=False)
    if viewer is None or not viewer.is_authenticated:
        return queryset.exclude(limited)
    followed = viewer.following_set.values("target_id")
    shown_anyway = Q(account=viewer) | Q(account__in=followed, is_anonymous=False)
    return queryset.exclude(limited & ~shown_anyway)


def without_muted(queryset: QuerySet, viewer) -> QuerySet:
    """Leave out the signed statuses of accounts the viewer has muted, and shares by them or of
    their signed statuses: the one place mutes act on timelines and conversations.

    Anonymous statuses are never left out by their real author: otherwise muting someone and
    watching which anonymous posts disappear would tell who wrote them.
    """
    if viewer is None or not viewer.is_authenticated:
        return queryset
    muted = muted_account_ids(viewer)
    return queryset.exclude(Q(account__in=muted, is_anonymous=False)).exclude(
        Q(reblog_of__account__in=muted, reblog_of__is_anonymous=False)
    )


def tag_queryset(tag: Tag, viewer) -> QuerySet:
    return public_queryset(viewer).filter(tags=tag)


def account_queryset(account, viewer) -> QuerySet:
    """A profile's statuses: never the anonymous ones, even to their author, since a profile
    page can be shown to others."""
    return Status.objects.visible_to(viewer).filter(account=account, is_anonymous=False)


def account_statuses_queryset(
    account,
    viewer,
    *,
    exclude_replies: bool = False,
    exclude_reblogs: bool = False,
    only_media: bool = False,
    exclude_sensitive: bool = False,
    tagged: str | None = None,
) -> QuerySet:
    """account_queryset with Mastodon's filters for GET /api/v1/accounts/:id/statuses.

    `exclude_replies` keeps the account's replies to itself (its threads), as Mastodon does,
    but not replies to an anonymous status: keeping those would tell that the anonymous status
    was written by this account.
    """
    queryset = account_queryset(account, viewer)
    if exclude_replies:
        queryset = queryset.filter(
            Q(in_reply_to__isnull=True)
            | Q(in_reply_to_account=account, in_reply_to__is_anonymous=False)
        )
    if exclude_reblogs:
        queryset = queryset.filter(reblog_of__isnull=True)
    if only_media:
        queryset = queryset.filter(Exists(MediaAttachment.objects.filter(status=OuterRef("pk"))))
    if exclude_sensitive:
        queryset = queryset.filter(sensitive=False).exclude(reblog_of__sensitive=True)
    if tagged is not None:
        name = tagged.replace("\x00", "").strip().lstrip("#").lower()
        queryset = queryset.filter(tags__name=name) if name else queryset.none()
    return queryset


def bookmarks_queryset(user) -> QuerySet:
    return Status.objects.visible_to(user).filter(bookmarks__account=user)


def _with_status_relations(queryset: QuerySet) -> QuerySet:
    return queryset.select_related(
        "status__account",
        "status__reblog_of",
        "status__reblog_of__account",
        "status__in_reply_to_account",
    ).prefetch_related("status__media", "status__reblog_of__media")


def bookmark_rows(user) -> QuerySet[Bookmark]:
    """The user's bookmarks of statuses they can still see; page them by the bookmark's id
    (as Mastodon does) to list them in the order they were saved."""
    visible = Status.objects.visible_to(user).values("pk")
    return _with_status_relations(Bookmark.objects.filter(account=user, status__in=visible))


def favourite_rows(user) -> QuerySet[Favourite]:
    """The user's favourites of statuses they can still see, to be paged by favourite id."""
    visible = Status.objects.visible_to(user).values("pk")
    return _with_status_relations(Favourite.objects.filter(account=user, status__in=visible))


@dataclass(frozen=True)
class TagDay:
    day: datetime  # the start of the day, in UTC
    uses: int  # public posts with the tag that day
    accounts: int  # how many people wrote them (each anonymous post counts as one person)


def tag_history(
    tags: list[Tag], *, days: int = 7, now: datetime | None = None
) -> dict[int, list[TagDay]]:
    """Daily use of each tag over the last `days` days (UTC, today included), newest day first:
    {tag id: [TagDay, ...]}, in one query.

    Only public, original posts count. Each anonymous post counts as a person of its own:
    counting its real author would let "2 posts, 1 person" tell that an anonymous post and a
    signed one were written by the same account.
    """
    if not tags:
        return {}
    now = now or timezone.now()
    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    first_day = today - timedelta(days=days - 1)
    rows = (
        Status.tags.through.objects.filter(
            tag_id__in=[t.pk for t in tags],
            status__visibility=Visibility.PUBLIC,
            status__reblog_of__isnull=True,
            status__created_at__gte=first_day,
        )
        .annotate(day=TruncDate("status__created_at", tzinfo=UTC))
        .values("tag_id", "day")
        .annotate(
            uses=Count("status_id"),
            signed=Count("status__account_id", distinct=True, filter=Q(status__is_anonymous=False)),
            anonymous=Count("status_id", filter=Q(status__is_anonymous=True)),
        )
    )
    counts = {(r["tag_id"], r["day"]): (r["uses"], r["signed"] + r["anonymous"]) for r in rows}
    history = {}
    for tag in tags:
        history[tag.pk] = []
        for back in range(days):
            start = today - timedelta(days=back)
            uses, accounts = counts.get((tag.pk, start.date()), (0, 0))
            history[tag.pk].append(TagDay(start, uses, accounts))
    return history


def followed_tags_rows(user) -> QuerySet[TagFollow]:
    """The hashtags a user follows, to be paged by the follow's id."""
    return TagFollow.objects.filter(account=user).select_related("tag")


def conversation(status: Status, viewer) -> tuple[list[Status], list[Status]]:
    """Ancestors (oldest first) and descendants (in reply order) that `viewer` may read, without
    those of muted accounts (a reply to a left-out status is left out with it)."""
    root_id = status.conversation_root_id or status.pk
    thread = Status.objects.visible_to(viewer).filter(
        Q(conversation_root_id=root_id) | Q(pk=root_id), reblog_of__isnull=True
    )
    rows = with_relations(without_muted(thread, viewer)).order_by("pk")
    by_id = {row.pk: row for row in rows}
    ancestors = []
    parent_id = status.in_reply_to_id
    while parent_id is not None and parent_id in by_id:
        ancestors.append(by_id[parent_id])
        parent_id = by_id[parent_id].in_reply_to_id
    ancestors.reverse()
    children: dict[int, list[Status]] = {}
    for row in by_id.values():
        if row.in_reply_to_id is not None:
            children.setdefault(row.in_reply_to_id, []).append(row)
    descendants: list[Status] = []
    stack = list(reversed(children.get(status.pk, [])))
    while stack:
        row = stack.pop()
        descendants.append(row)
        stack.extend(reversed(children.get(row.pk, [])))
    return ancestors, descendants
