from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from teduh.accounts.models import blocked_account_ids


class Visibility(models.TextChoices):
    # Values follow the Mastodon API.
    PUBLIC = "public", _("Public")
    UNLISTED = "unlisted", _("Unlisted")
    PRIVATE = "private", _("Followers only")


class Tag(models.Model):
    name = models.CharField(max_length=100, unique=True)  # lower-cased, for lookup
    display_name = models.CharField(max_length=100)  # as first written
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"#{self.display_name}"


class StatusState(models.TextChoices):
    PUBLISHED = "published", _("Published")
    # Screening found method details, doses or locations: only the author sees it until a
    # moderator decides (safety.care).
    HELD = "held", _("Held for review")
    # A moderator hid it after a report; only the author still sees it.
    HIDDEN = "hidden", _("Hidden by a moderator")


class ScreeningLevel(models.TextChoices):
    NONE = "none", _("None")
    CONCERN = "concern", _("Concern")
    CRISIS = "crisis", _("Crisis")


class StatusQuerySet(models.QuerySet):
    def visible_to(self, viewer) -> "StatusQuerySet":
        """Statuses `viewer` may read: published public and unlisted ones, plus followers-only
        ones of accounts they follow, and all of their own (held and hidden included, so an
        author always sees what happened to their post). Suspended accounts are invisible."""
        open_q = Q(visibility__in=[Visibility.PUBLIC, Visibility.UNLISTED])
        readable = (
            Q(state=StatusState.PUBLISHED)
            & Q(account__suspended_at__isnull=True)
            & (Q(reblog_of__isnull=True) | Q(reblog_of__state=StatusState.PUBLISHED))
        )
        if viewer is None or not viewer.is_authenticated:
            return self.filter(open_q & readable)
        followed = viewer.following_set.values("target_id")
        visible = self.filter(Q(account=viewer) | (readable & (open_q | Q(account__in=followed))))
        return visible.without_blocked(viewer)

    def without_blocked(self, viewer) -> "StatusQuerySet":
        """Leave out signed statuses, and shares of signed statuses, of accounts that `viewer`
        blocks or is blocked by. Anonymous statuses stay whoever wrote them: hiding them by
        their real author would let anyone block someone and watch which anonymous posts
        disappear (docs/architecture.md, "Everyone's own controls")."""
        if viewer is None or not viewer.is_authenticated:
            return self
        blocked = blocked_account_ids(viewer)
        return self.exclude(Q(account__in=blocked, is_anonymous=False)).exclude(
            Q(reblog_of__account__in=blocked, reblog_of__is_anonymous=False)
        )


class Status(models.Model):
    """A post, a reply, a part of a thread, or a reblog (a status whose `reblog_of` is set)."""

    # The real author, always kept for moderation. For anonymous statuses it must never reach
    # another user: render authors through `teduh.posts.presenters.author_of`.
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="statuses"
    )
    is_anonymous = models.BooleanField(default=False)
    content = models.TextField(blank=True)
    content_html = models.TextField(blank=True)
    spoiler_text = models.CharField(max_length=200, blank=True)
    sensitive = models.BooleanField(default=False)
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    language = models.CharField(max_length=8, blank=True)
    in_reply_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    in_reply_to_account = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The id of the first status of the conversation, so a whole conversation is one query.
    conversation_root_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    reblog_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="reblogs"
    )
    thread_position = models.PositiveSmallIntegerField(null=True, blank=True)
    thread_size = models.PositiveSmallIntegerField(null=True, blank=True)
    tags = models.ManyToManyField(Tag, blank=True, related_name="statuses")
    mentions = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="mentioned_in"
    )
    # What screening found (safety.screening) and what moderation decided (StatusState).
    state = models.CharField(
        max_length=10, choices=StatusState.choices, default=StatusState.PUBLISHED
    )
    screening_level = models.CharField(
        max_length=8, choices=ScreeningLevel.choices, default=ScreeningLevel.NONE
    )
    screening_signals = models.JSONField(default=list, blank=True)
    method_details = models.BooleanField(default=False)
    # A moderator's "misinformation" label, shown to every reader.
    misinformation = models.BooleanField(default=False)
    replies_count = models.PositiveIntegerField(default=0)
    favourites_count = models.PositiveIntegerField(default=0)
    reblogs_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = StatusQuerySet.as_manager()

    class Meta:
        ordering = ["-id"]
        indexes = [
            models.Index(fields=["account", "-id"]),
            models.Index(fields=["visibility", "-id"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["account", "reblog_of"],
                condition=Q(reblog_of__isnull=False),
                name="one_reblog_per_account",
            ),
        ]

    def __str__(self) -> str:
        return f"Status {self.pk}"

    @property
    def is_reblog(self) -> bool:
        return self.reblog_of_id is not None

    @property
    def is_published(self) -> bool:
        return self.state == StatusState.PUBLISHED


def media_upload_to(instance: "MediaAttachment", filename: str) -> str:
    return f"media/{instance.created_at:%Y/%m}/{filename}"


class MediaAttachment(models.Model):
    """An uploaded image, already re-encoded without metadata when it is saved."""

    account = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="media"
    )
    status = models.ForeignKey(
        Status, null=True, blank=True, on_delete=models.CASCADE, related_name="media"
    )
    file = models.ImageField(upload_to="media/%Y/%m/", width_field="width", height_field="height")
    thumbnail = models.ImageField(upload_to="media/%Y/%m/thumbs/", blank=True)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    description = models.CharField(_("alt text"), max_length=1500, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"Media {self.pk}"


class Favourite(models.Model):
    account = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    status = models.ForeignKey(Status, on_delete=models.CASCADE, related_name="favourites")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["account", "status"], name="unique_favourite")
        ]

    def __str__(self) -> str:
        return f"{self.account_id} favourited {self.status_id}"


class Bookmark(models.Model):
    account = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    status = models.ForeignKey(Status, on_delete=models.CASCADE, related_name="bookmarks")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["account", "status"], name="unique_bookmark")
        ]

    def __str__(self) -> str:
        return f"{self.account_id} bookmarked {self.status_id}"


class TagFollow(models.Model):
    """A hashtag someone follows: its public statuses join their home timeline."""

    account = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tag_follows"
    )
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="follows")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["account", "tag"], name="unique_tag_follow")]

    def __str__(self) -> str:
        return f"{self.account_id} follows #{self.tag_id}"
