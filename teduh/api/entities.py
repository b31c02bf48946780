"""Building Mastodon entities from Teduh's models, in batches (a fixed number of queries per
page). Who is shown as a status's author comes from posts.presenters, as in the web UI."""

from collections.abc import Iterable

from django.db.models import Count, Max
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import escape, linebreaks

from teduh.accounts.models import (
    ANONYMOUS_PLACEHOLDER_USERNAME,
    Follow,
    User,
    anonymous_placeholder,
)
from teduh.accounts.services import relationships as account_relationships
from teduh.campaigns.services import badges_for_tags, running_badges
from teduh.filters.models import Filter, FilterKeyword
from teduh.filters.services import Matcher
from teduh.notifications.models import Notification
from teduh.posts.models import MediaAttachment, ScreeningLevel, Status, Tag
from teduh.posts.presenters import cards_for
from teduh.posts.services import followed_tag_ids
from teduh.professionals.services import professions_for
from teduh.safety.helplines import HelpCard, HelplineEntry, help_card
from teduh.safety.search import reader_language
from teduh.timelines.services import tag_history


class EntityBuilder:
    """Builds entities for one request; caches account data across a page."""

    def __init__(self, request):
        self.request = request
        self.viewer = request.user
        self._accounts: dict[int, dict] = {}
        self._placeholder: User | None = None
        self._anonymous_parents: set[int] = set()
        self._filters: Matcher | None = None
        self._campaign_badges: dict | None = None  # running campaigns by hashtag, per request
        self._reader_help: dict | None = None  # the viewer's help card, built once

    def absolute(self, path: str) -> str:
        return self.request.build_absolute_uri(path)

    # Accounts -------------------------------------------------------------------------------

    @property
    def placeholder(self) -> User:
        if self._placeholder is None:
            self._placeholder = anonymous_placeholder()
        return self._placeholder

    def accounts(self, users: Iterable[User]) -> list[dict]:
        users = list(users)
        missing = [u for u in {u.pk: u for u in users}.values() if u.pk not in self._accounts]
        if missing:
            self._load_accounts(missing)
        return [self._accounts[u.pk] for u in users]

    def account(self, user: User) -> dict:
        return self.accounts([user])[0]

    def _load_accounts(self, users: list[User]) -> None:
        ids = [u.pk for u in users]
        followers = dict(
            Follow.objects.filter(target_id__in=ids)
            .values("target_id")
            .annotate(n=Count("id"))
            .values_list("target_id", "n")
        )
        following = dict(
            Follow.objects.filter(follower_id__in=ids)
            .values("follower_id")
            .annotate(n=Count("id"))
            .values_list("follower_id", "n")
        )
        statuses = {
            row["account_id"]: row
            # Held and hidden posts are not counted: a count would tell that they exist.
            for row in Status.objects.filter(
                account_id__in=ids, is_anonymous=False, state="published"
            )
            .exclude(visibility="private")
            .values("account_id")
            .annotate(n=Count("id"), last=Max("created_at"))
        }
        # One query, and only when the page has verified professionals.
        professions = professions_for(u.pk for u in users if u.is_verified_professional)
        for user in users:
            if user.username == ANONYMOUS_PLACEHOLDER_USERNAME:
                self._accounts[user.pk] = self._placeholder_entity(user)
                continue
            stats = statuses.get(user.pk, {})
            last = stats.get("last")
            self._accounts[user.pk] = self._account_entity(
                user,
                statuses_count=stats.get("n", 0),
                followers_count=followers.get(user.pk, 0),
                following_count=following.get(user.pk, 0),
                last_status_at=last.date().isoformat() if last else None,
            )
            if user.pk in professions:
                self._accounts[user.pk]["teduh"]["profession"] = professions[user.pk]

    def _account_entity(self, user: User, **counts) -> dict:
        url = self.absolute(reverse("profile", args=[user.username]))
        avatar = self.absolute(user.avatar.url if user.avatar else static("teduh/avatar.png"))
        header = self.absolute(static("teduh/header.png"))
        return {
            "id": str(user.pk),
            "username": user.username,
            "acct": user.username,
            "url": url,
            "uri": url,
            "display_name": user.display_name,
            "note": linebreaks(escape(user.bio)) if user.bio else "",
            "avatar": avatar,
            "avatar_static": avatar,
            "header": header,
            "header_static": header,
            "locked": False,
            "fields": [],
            "emojis": [],
            "bot": False,
            "group": False,
            "discoverable": True,
            "indexable": False,
            "created_at": user.date_joined.replace(hour=0, minute=0, second=0, microsecond=0),
            "teduh": {
                "verified_professional": user.is_verified_professional,
                "anonymous_placeholder": False,
            },
            **counts,
        }

    def _placeholder_entity(self, user: User) -> dict:
        entity = self._account_entity(
            user, statuses_count=0, followers_count=0, following_count=0, last_status_at=None
        )
        about = self.absolute(reverse("about"))
        entity.update(
            display_name="Anonim",
            note="",
            url=about,
            uri=about,
            discoverable=False,
            teduh={"verified_professional": False, "anonymous_placeholder": True},
        )
        return entity

    def credential_account(self, user: User) -> dict:
        entity = dict(self.account(user))
        entity["source"] = {
            "privacy": "public",
            "sensitive": False,
            "language": user.language,
            "note": user.bio,
            "fields": [],
            "follow_requests_count": 0,
        }
        return entity

    def relationships(self, users: Iterable[User]) -> list[dict]:
        """Relationship entities between the viewer and each of `users`, in five queries.
        Teduh has no follow requests, domain blocks or notes: those are always off."""
        return [
            {
                "id": str(rel.account_id),
                "following": rel.following,
                "showing_reblogs": rel.following,
                "notifying": False,
                "languages": None,
                "followed_by": rel.followed_by,
                "blocking": rel.blocking,
                "blocked_by": rel.blocked_by,
                "muting": rel.muting,
                "muting_notifications": rel.muting_notifications,
                "requested": False,
                "requested_by": False,
                "domain_blocking": False,
                "endorsed": False,
                "note": "",
            }
            for rel in account_relationships(self.viewer, users)
        ]

    def relationship(self, user: User) -> dict:
        return self.relationships([user])[0]

    # Media ----------------------------------------------------------------------------------

    def media(self, item: MediaAttachment) -> dict:
        url = self.absolute(item.file.url)
        preview = self.absolute(item.thumbnail.url) if item.thumbnail else url
        meta = {}
        if item.width and item.height:
            meta["original"] = {
                "width": item.width,
                "height": item.height,
                "size": f"{item.width}x{item.height}",
                "aspect": round(item.width / item.height, 6),
            }
        return {
            "id": str(item.pk),
            "type": "image",
            "url": url,
            "preview_url": preview,
            "remote_url": None,
            "meta": meta,
            "description": item.description or None,
            "blurhash": None,
        }

    # Statuses -------------------------------------------------------------------------------

    def statuses(self, statuses: Iterable[Status]) -> list[dict]:
        statuses = list(statuses)
        cards = cards_for(statuses, self.viewer)
        mentions = _mentions_by_status([c.status.pk for c in cards])
        tags = _tags_by_status([c.status.pk for c in cards])
        self._anonymous_parents = set(
            Status.objects.filter(
                pk__in=[c.status.in_reply_to_id for c in cards if c.status.in_reply_to_id],
                is_anonymous=True,
            ).values_list("pk", flat=True)
        )
        entities = []
        for shown, card in zip(statuses, cards, strict=True):
            original = self._status_entity(card, mentions, tags)
            if card.reblogged_by is None:
                entities.append({**original, "reblog": None})
                continue
            entities.append(
                {
                    **original,
                    "id": str(shown.pk),
                    "uri": self.absolute(reverse("status", args=[shown.pk])),
                    "url": None,
                    "created_at": shown.created_at,
                    "account": self.account(shown.account),
                    "content": "",
                    "spoiler_text": "",
                    "media_attachments": [],
                    "mentions": [],
                    "tags": [],
                    "in_reply_to_id": None,
                    "in_reply_to_account_id": None,
                    "teduh": {
                        "anonymous": False,
                        "thread_position": None,
                        "thread_size": None,
                        "campaigns": [],
                        "help": None,
                    },
                    "reblog": original,
                }
            )
        return entities

    def status(self, status: Status) -> dict:
        return self.statuses([status])[0]

    def _status_entity(self, card, mentions, tags) -> dict:
        status = card.status
        author = self.placeholder if status.is_anonymous else status.account
        url = self.absolute(reverse("status", args=[status.pk]))
        reply_account = None
        if status.in_reply_to_id and status.in_reply_to_account_id:
            # The author of an anonymous parent is never named, not even by id.
            parent_anonymous = status.in_reply_to_id in self._anonymous_parents
            reply_account = (
                str(self.placeholder.pk) if parent_anonymous else str(status.in_reply_to_account_id)
            )
        return {
            "id": str(status.pk),
            "uri": url,
            "url": url,
            "created_at": status.created_at,
            "account": self.account(author),
            "content": status.content_html,
            "visibility": status.visibility,
            "sensitive": status.sensitive,
            "spoiler_text": status.spoiler_text,
            "media_attachments": [self.media(m) for m in status.media.all()],
            "application": None,
            "mentions": [
                {
                    "id": str(user.pk),
                    "username": user.username,
                    "acct": user.username,
                    "url": self.absolute(reverse("profile", args=[user.username])),
                }
                for user in mentions.get(status.pk, [])
            ],
            "tags": [
                {"name": tag.name, "url": self.absolute(reverse("tag", args=[tag.name]))}
                for tag in tags.get(status.pk, [])
            ],
            "emojis": [],
            "reblogs_count": status.reblogs_count,
            "favourites_count": status.favourites_count,
            "replies_count": status.replies_count,
            "in_reply_to_id": str(status.in_reply_to_id) if status.in_reply_to_id else None,
            "in_reply_to_account_id": reply_account,
            "language": status.language or None,
            "text": None,
            "edited_at": None,
            "favourited": card.favourited,
            "reblogged": card.reblogged,
            "muted": False,
            "bookmarked": card.bookmarked,
            "pinned": False,
            "filtered": self._filter_results(status),
            "teduh": {
                "anonymous": status.is_anonymous,
                "thread_position": status.thread_position,
                "thread_size": status.thread_size,
                "campaigns": self._campaigns([tag.name for tag in tags.get(status.pk, [])]),
                "help": self._crisis_help(status),
            },
        }

    # Help ------------------------------------------------------------------------------------

    def help(self, card: HelpCard | None) -> dict | None:
        """The API's `help` object: the help card, with helplines shaped as in
        /api/teduh/v1/helplines and absolute links (clients are not on this site)."""
        if card is None:
            return None
        data = card.as_dict()
        data["helplines"] = [helpline_json(entry) for entry in card.helplines]
        for key in ("help_url", "counselor_url", "wellbeing_url"):
            data[key] = self.absolute(data[key])
        return data

    def _crisis_help(self, status: Status) -> dict | None:
        """Resources attached to a post screened as a crisis (the web shows them as a banner)."""
        if status.screening_level != ScreeningLevel.CRISIS:
            return None
        if self._reader_help is None:
            user = self.viewer if self.viewer.is_authenticated else None
            language = reader_language(user, getattr(self.request, "LANGUAGE_CODE", None))
            self._reader_help = self.help(help_card(user, language or None))
        return self._reader_help

    def _campaigns(self, tag_names: list[str]) -> list[dict]:
        """Running campaigns whose hashtags the status uses; one query per builder."""
        if not tag_names:
            return []
        if self._campaign_badges is None:
            self._campaign_badges = running_badges()
        return [badge.as_dict() for badge in badges_for_tags(tag_names, self._campaign_badges)]

    def _filter_results(self, status: Status) -> list[dict]:
        """Mastodon's FilterResults: every active keyword filter of the viewer the status
        matches, whatever its context (clients read `filter.context`, as with Mastodon). The
        viewer's filters are loaded once per builder."""
        if self._filters is None:
            self._filters = Matcher(self.viewer)
        return [
            {
                "filter": filter_entity(match.filter, with_rules=False),
                "keyword_matches": match.keyword_matches,
                "status_matches": None,
            }
            for match in self._filters.matches(status)
        ]

    # Notifications --------------------------------------------------------------------------

    def notifications(self, items: Iterable[Notification]) -> list[dict]:
        items = list(items)
        statuses = self.statuses([n.status for n in items if n.status_id])
        by_status = {}
        for notification, entity in zip([n for n in items if n.status_id], statuses, strict=True):
            by_status[notification.pk] = entity
        return [
            {
                "id": str(n.pk),
                # Mastodon has no "reply" type: a reply reaches clients as a mention.
                "type": "mention" if n.type == "reply" else n.type,
                "group_key": f"ungrouped-{n.pk}",
                "created_at": n.created_at,
                # No actor means an anonymous author: show the shared placeholder.
                "account": self.account(n.actor or self.placeholder),
                "status": by_status.get(n.pk),
            }
            for n in items
        ]

    # Tags -----------------------------------------------------------------------------------

    def tag(self, tag: Tag, *, following: bool = False, history: list[dict] | None = None) -> dict:
        return {
            "id": str(tag.pk),
            "name": tag.name,
            "url": self.absolute(reverse("tag", args=[tag.name])),
            "history": history or [],
            "following": following,
        }

    def tags(self, tags: Iterable[Tag]) -> list[dict]:
        """Tag entities with the viewer's `following` and the last 7 days of use, in two
        queries for the whole list."""
        tags = list(tags)
        following = followed_tag_ids(self.viewer, tags)
        history = tag_history(tags)
        return [
            self.tag(
                tag,
                following=tag.pk in following,
                history=[
                    {
                        "day": str(int(day.day.timestamp())),
                        "uses": str(day.uses),
                        "accounts": str(day.accounts),
                    }
                    for day in history[tag.pk]
                ],
            )
            for tag in tags
        ]


def _mentions_by_status(status_ids: list[int]) -> dict[int, list[User]]:
    through = Status.mentions.through
    rows = through.objects.filter(status_id__in=status_ids).select_related("user")
    found: dict[int, list[User]] = {}
    for row in rows:
        found.setdefault(row.status_id, []).append(row.user)
    return found


def _tags_by_status(status_ids: list[int]) -> dict[int, list[Tag]]:
    through = Status.tags.through
    rows = through.objects.filter(status_id__in=status_ids).select_related("tag")
    found: dict[int, list[Tag]] = {}
    for row in rows:
        found.setdefault(row.status_id, []).append(row.tag)
    return found


# Keyword filters --------------------------------------------------------------------------------


def filter_keyword_entity(keyword: FilterKeyword) -> dict:
    return {"id": str(keyword.pk), "keyword": keyword.keyword, "whole_word": keyword.whole_word}


def filter_entity(item: Filter, *, with_rules: bool = True) -> dict:
    """A v2 Filter. Inside a status's `filtered` Mastodon leaves out the keywords and
    statuses (`with_rules=False`); the filters API includes them."""
    entity = {
        "id": str(item.pk),
        "title": item.title,
        "context": list(item.context),
        "expires_at": item.expires_at,
        "filter_action": item.filter_action,
    }
    if with_rules:
        entity["keywords"] = [filter_keyword_entity(k) for k in item.keywords.all()]
        entity["statuses"] = []
    return entity


def helpline_json(entry: HelplineEntry) -> dict:
    """The API shape of one helpline (also usable by other endpoints that embed helplines)."""
    data = entry.as_dict()
    data["id"] = str(entry.id)
    data["channels"] = [
        {key: channel[key] for key in ("kind", "value", "label", "url")}
        for channel in data["channels"]
    ]
    return data
