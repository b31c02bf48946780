"""Keyword filters (Mastodon's v2 filters): words a person would rather not meet, hidden or
shown behind a warning in the places they choose."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class FilterContext(models.TextChoices):
    # Values follow the Mastodon API.
    HOME = "home", _("Home timeline")
    NOTIFICATIONS = "notifications", _("Notifications")
    PUBLIC = "public", _("Public timelines and hashtags")
    THREAD = "thread", _("Conversations")
    ACCOUNT = "account", _("Profiles")


class FilterAction(models.TextChoices):
    WARN = "warn", _("Show behind a warning")
    HIDE = "hide", _("Hide completely")


class FilterQuerySet(models.QuerySet):
    def active(self) -> "FilterQuerySet":
        """Filters that have not expired."""
        return self.filter(Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now()))


class Filter(models.Model):
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="keyword_filters"
    )
    title = models.CharField(_("title"), max_length=100)
    # A list of FilterContext values (at least one), in the order they were given.
    context = models.JSONField(_("where it applies"), default=list)
    filter_action = models.CharField(
        _("what happens"), max_length=4, choices=FilterAction.choices, default=FilterAction.WARN
    )
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = FilterQuerySet.as_manager()

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["account", "id"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()


class FilterKeyword(models.Model):
    filter = models.ForeignKey(Filter, on_delete=models.CASCADE, related_name="keywords")
    keyword = models.CharField(_("keyword or phrase"), max_length=100)
    # Whole word: "cemas" matches "aku cemas" and "#cemas" but not "kecemasan".
    whole_word = models.BooleanField(_("whole word"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.keyword
