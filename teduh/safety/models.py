"""Safety data: the helpline directory and the staff audit log.

Helplines are data, not template text, so admins can correct a number the day it changes and
readers in other countries see their own services. Texts shown to readers that an admin writes
(description, hours, a channel's label) have one field per instance language (Bahasa Indonesia
and English, settings.LANGUAGES): gettext cannot translate data, and two plain fields keep the
edit form simple and make a missing translation visible at a glance.
"""

import re
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from teduh.posts.models import ScreeningLevel

# Entries not verified for this long are flagged to admins (PRODUCT.md, "Facts for seed data").
STALE_AFTER = timedelta(days=90)
LANGUAGE_CODE_RE = re.compile(r"^[a-z]{2,3}$")

country_code_validator = RegexValidator(
    r"^[A-Z]{2}$", _("Use a two-letter ISO country code in capitals, such as ID.")
)


class Topic(models.TextChoices):
    SUICIDE_SELF_HARM = "suicide_self_harm", _("Suicide and self-harm")
    VIOLENCE = "violence", _("Violence")
    GENERAL_MENTAL_HEALTH = "general_mental_health", _("General mental health")
    EMERGENCY = "emergency", _("Emergency")


class ReverificationReason(models.TextChoices):
    """Why an entry needs checking; it decides the caution readers see beside it."""

    CHANGED_BEFORE = "changed_before", _("The number or extension has changed before")
    SINGLE_SOURCE = "single_source", _("Only one source confirms it")
    OTHER = "other", _("Other (see the verification note)")


class HelplineQuerySet(models.QuerySet):
    def active(self) -> "HelplineQuerySet":
        return self.filter(is_active=True)

    def stale(self, today: date | None = None) -> "HelplineQuerySet":
        """Entries whose last verification is more than STALE_AFTER ago (or never)."""
        today = today or timezone.localdate()
        return self.filter(
            models.Q(last_verified__isnull=True) | models.Q(last_verified__lt=today - STALE_AFTER)
        )


class Helpline(models.Model):
    """A service people can turn to, with the channels that reach it."""

    organisation = models.CharField(_("organisation"), max_length=120)
    name = models.CharField(_("name"), max_length=120)
    country = models.CharField(
        _("country"),
        max_length=2,
        default="ID",
        validators=[country_code_validator],
        help_text=_("Two-letter ISO code, such as ID for Indonesia."),
    )
    region = models.CharField(
        _("region"),
        max_length=80,
        blank=True,
        help_text=_("A province or city; leave empty for a nationwide service."),
    )
    description_id = models.CharField(_("description (Bahasa Indonesia)"), max_length=300)
    description_en = models.CharField(_("description (English)"), max_length=300, blank=True)
    languages = models.CharField(
        _("languages"),
        max_length=40,
        default="id",
        help_text=_("Language codes the service answers in, separated by commas, such as id,en."),
    )
    topics = models.JSONField(_("topics"), default=list, blank=True)
    is_emergency = models.BooleanField(_("emergency line"), default=False)
    is_crisis_service = models.BooleanField(
        _("answers people in crisis"),
        default=True,
        help_text=_(
            "Untick for education or advocacy organisations that do not answer people in "
            "crisis; they are listed apart and never in help cards."
        ),
    )
    hours_id = models.CharField(_("hours (Bahasa Indonesia)"), max_length=120, blank=True)
    hours_en = models.CharField(_("hours (English)"), max_length=120, blank=True)
    source_url = models.URLField(_("source URL"), max_length=300)
    last_verified = models.DateField(_("last verified"), null=True, blank=True)
    verification_note = models.TextField(
        _("verification note"),
        blank=True,
        help_text=_("For admins: where the facts come from and what to check next time."),
    )
    needs_reverification = models.BooleanField(_("needs re-verification"), default=False)
    reverification_reason = models.CharField(
        _("reason for re-verification"),
        max_length=20,
        choices=ReverificationReason.choices,
        blank=True,
    )
    is_active = models.BooleanField(_("active"), default=True)
    priority = models.PositiveIntegerField(
        _("priority"), default=100, help_text=_("Lower numbers are listed first.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = HelplineQuerySet.as_manager()

    class Meta:
        ordering = ["country", "priority", "name", "pk"]
        indexes = [models.Index(fields=["country", "is_active", "priority"])]
        verbose_name = _("helpline")
        verbose_name_plural = _("helplines")

    def __str__(self) -> str:
        return f"{self.name} ({self.country})"

    @property
    def language_list(self) -> list[str]:
        return [code.strip() for code in self.languages.split(",") if code.strip()]

    def description_for(self, language: str) -> str:
        """The description in `language`, falling back to the other instance language."""
        return _localized(language, self.description_id, self.description_en)

    def hours_for(self, language: str) -> str:
        return _localized(language, self.hours_id, self.hours_en)

    def clean(self) -> None:
        errors = {}
        if not isinstance(self.topics, list) or not set(self.topics) <= set(Topic.values):
            errors["topics"] = _("Choose topics from the list.")
        if not all(LANGUAGE_CODE_RE.fullmatch(code) for code in self.language_list):
            errors["languages"] = _("Use language codes such as id or en, separated by commas.")
        if errors:
            raise ValidationError(errors)

    def is_stale(self, today: date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.last_verified is None or self.last_verified < today - STALE_AFTER


class ChannelKind(models.TextChoices):
    PHONE = "phone", _("Phone")
    WHATSAPP = "whatsapp", _("WhatsApp")
    SMS = "sms", _("SMS")
    CHAT = "chat", _("Chat")
    WEB = "web", _("Website")


class HelplineChannel(models.Model):
    """One way to reach a helpline: a number (phone, WhatsApp, SMS) or an https address."""

    helpline = models.ForeignKey(Helpline, on_delete=models.CASCADE, related_name="channels")
    kind = models.CharField(_("kind"), max_length=10, choices=ChannelKind.choices)
    value = models.CharField(
        _("number or address"),
        max_length=300,
        help_text=_("A number as people dial it (such as 0811-1129-129) or an https:// address."),
    )
    label_id = models.CharField(_("label (Bahasa Indonesia)"), max_length=120, blank=True)
    label_en = models.CharField(_("label (English)"), max_length=120, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("channel")
        verbose_name_plural = _("channels")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"

    def label_for(self, language: str) -> str:
        return _localized(language, self.label_id, self.label_en)


class AuditLogEntry(models.Model):
    """Who did what to which record, and when. Written by safety.audit.audit for every staff
    change to safety data and every staff access to sensitive data; never edited."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("actor"),
    )
    action = models.CharField(_("action"), max_length=64)
    target_type = models.CharField(_("target type"), max_length=64, blank=True)
    target_id = models.CharField(_("target id"), max_length=64, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(_("at"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["target_type", "target_id"])]
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log entries")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_id} {self.action}"


def _localized(language: str, indonesian: str, english: str) -> str:
    """Indonesian for Indonesian readers, English for everyone else; the other text when the
    wanted one is empty."""
    if (language or "").lower().startswith("id"):
        return indonesian or english
    return english or indonesian


# The care queue (safety.care) -----------------------------------------------------------------


class CareReason(models.TextChoices):
    CRISIS = "crisis", _("Screening found a crisis")
    METHOD = "method", _("Held: method details")
    WORRIED = "worried", _("A reader is worried")
    REPORT = "report", _("Reported by a reader")


class CareOutcome(models.TextChoices):
    REACHED_OUT = "reached_out", _("Reached out to the author")
    REFERRED_TO_HELPLINE = "referred_to_helpline", _("Referred to a helpline")
    EMERGENCY_SERVICES = "emergency_services", _("Contacted emergency services")
    NO_ACTION_NEEDED = "no_action_needed", _("No action needed")
    FALSE_POSITIVE = "false_positive", _("False positive")
    # Decisions on held posts (moderators only).
    PUBLISHED = "published", _("Held post published")
    KEPT_HIDDEN = "kept_hidden", _("Held post kept hidden")


# What a worker may choose when resolving; held posts are settled by publishing or hiding them.
RESOLVE_OUTCOMES = [
    CareOutcome.REACHED_OUT,
    CareOutcome.REFERRED_TO_HELPLINE,
    CareOutcome.EMERGENCY_SERVICES,
    CareOutcome.NO_ACTION_NEEDED,
    CareOutcome.FALSE_POSITIVE,
]


class CareQueueItemQuerySet(models.QuerySet):
    def open(self) -> "CareQueueItemQuerySet":
        return self.filter(resolved_at__isnull=True)


class CareQueueItem(models.Model):
    """A post a counselor or moderator should look at. One open item per post: later reasons
    (a reader's worry after a crisis post) are added to `reasons` of the open item."""

    status = models.ForeignKey(
        "posts.Status", on_delete=models.CASCADE, related_name="care_items", verbose_name=_("post")
    )
    reason = models.CharField(_("reason"), max_length=10, choices=CareReason.choices)
    reasons = models.JSONField(_("all reasons"), default=list, blank=True)
    # Screening's findings when the item was queued (the post may be edited or re-screened).
    level = models.CharField(_("level"), max_length=8, blank=True, choices=ScreeningLevel.choices)
    signals = models.JSONField(_("signals"), default=list, blank=True)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("queued"), default=timezone.now, db_index=True)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("claimed by"),
    )
    claimed_at = models.DateTimeField(_("claimed"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resolved by"),
    )
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=24, choices=CareOutcome.choices, blank=True)
    resolution_note = models.TextField(_("resolution note"), blank=True)

    objects = CareQueueItemQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["status"],
                condition=models.Q(resolved_at__isnull=True),
                name="one_open_care_item_per_status",
            )
        ]
        verbose_name = _("care queue item")
        verbose_name_plural = _("care queue items")

    def __str__(self) -> str:
        return f"Care item {self.pk} ({self.reason})"

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


class WorriedFlag(models.Model):
    """A reader's "I'm worried about this person". The author is never told who it was."""

    reader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("reader"),
    )
    status = models.ForeignKey(
        "posts.Status",
        on_delete=models.CASCADE,
        related_name="worried_flags",
        verbose_name=_("post"),
    )
    created_at = models.DateTimeField(_("flagged"), default=timezone.now, db_index=True)
    # The supportive message this flag caused (None when the daily limit or the author's
    # opt-out kept it from being sent).
    support_notification = models.ForeignKey(
        "notifications.Notification",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # The author said the message felt like harassment: moderators see it in the care queue.
    misuse_reported_at = models.DateTimeField(_("reported as misuse"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["reader", "status"], name="one_worried_flag_per_reader")
        ]
        verbose_name = _("worried flag")
        verbose_name_plural = _("worried flags")

    def __str__(self) -> str:
        return f"Worried flag {self.pk} on {self.status_id}"
