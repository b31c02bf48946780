"""Reading timelines. Pages are cut by status id, so a page stays the same while new posts
arrive: `max_id` asks for what is older than the last status already seen."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from teduh.posts.models import Status, Tag, Visibility

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
    """The user's own statuses and those of accounts they follow.

    Anonymous statuses of followed accounts are left out: showing them here would tell the
    follower who wrote them.
    """
    followed = user.following_set.values("target_id")
    return Status.objects.visible_to(user).filter(
        Q(account=user) | (Q(account__in=followed) & Q(is_anonymous=False))
    )


def public_queryset(viewer) -> QuerySet:
    return Status.objects.filter(visibility=Visibility.PUBLIC, reblog_of__isnull=True)


def tag_queryset(tag: Tag, viewer) -> QuerySet:
    return public_queryset(viewer).filter(tags=tag)


def account_queryset(account, viewer) -> QuerySet:
    """A profile's statuses: never the anonymous ones, even to their author, since a profile
    page can be shown to others."""
    return Status.objects.visible_to(viewer).filter(account=account, is_anonymous=False)


def bookmarks_queryset(user) -> QuerySet:
    return Status.objects.visible_to(user).filter(bookmarks__account=user)


def conversation(status: Status, viewer) -> tuple[list[Status], list[Status]]:
    """Ancestors (oldest first) and descendants (in reply order) that `viewer` may read."""
    root_id = status.conversation_root_id or status.pk
    rows = with_relations(
        Status.objects.visible_to(viewer).filter(
            Q(conversation_root_id=root_id) | Q(pk=root_id), reblog_of__isnull=True
        )
    ).order_by("pk")
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
