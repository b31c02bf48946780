"""Hashtag campaigns: a window of time, one or more hashtags, an emoji or badge shown next to
them while the campaign runs, and an optional pledge per counted use (campaigns.services)."""

from django.conf import settings
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from teduh.posts.models import Tag

DEFAULT_CURRENCY = "IDR"


class Campaign(models.Model):
    organiser = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="campaigns",
        verbose_name=_("organiser"),
    )
    title_id = models.CharField(_("title (Indonesian)"), max_length=120)
    title_en = models.CharField(_("title (English)"), max_length=120)
    description_id = models.TextField(_("description (Indonesian)"), max_length=2000)
    description_en = models.TextField(_("description (English)"), max_length=2000)
    tags = models.ManyToManyField(Tag, related_name="campaigns", verbose_name=_("hashtags"))
    starts_at = models.DateTimeField(_("starts at"), db_index=True)
    ends_at = models.DateTimeField(_("ends at"), db_index=True)
    # Exactly one of the two is shown next to the hashtags while the campaign runs.
    emoji = models.CharField(_("emoji"), max_length=32, blank=True)
    badge_text = models.CharField(_("badge text"), max_length=20, blank=True)
    # The pledge: `pledge_amount` (whole units of `pledge_currency`) per counted use, at most
    # `pledge_cap` in all. No amount means no pledge.
    pledge_amount = models.PositiveBigIntegerField(
        _("amount per counted use"), null=True, blank=True
    )
    pledge_currency = models.CharField(_("currency"), max_length=3, default=DEFAULT_CURRENCY)
    pledge_cap = models.PositiveBigIntegerField(_("cap"), null=True, blank=True)
    sponsor_name = models.CharField(_("sponsor"), max_length=120, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-starts_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="campaign_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title_id

    @property
    def title(self) -> str:
        """The title in the reader's language (Indonesian unless English is active)."""
        return self.title_en if _english() and self.title_en else self.title_id

    @property
    def description(self) -> str:
        return self.description_en if _english() and self.description_en else self.description_id

    @property
    def badge(self) -> str:
        return self.emoji or self.badge_text

    @property
    def has_pledge(self) -> bool:
        return self.pledge_amount is not None

    def is_running(self, now=None) -> bool:
        now = now or timezone.now()
        return self.starts_at <= now < self.ends_at

    def is_finished(self, now=None) -> bool:
        return (now or timezone.now()) >= self.ends_at


def _english() -> bool:
    return (translation.get_language() or "id").startswith("en")
