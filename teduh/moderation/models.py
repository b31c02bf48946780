"""Reports and what moderators decided about them.

A report names the account it is about and, usually, some of its statuses. For an anonymous
status the account is its real author, kept for moderators only: the reporter sees the report
as being about "Anonim" (see moderation.services and the API's Report entity).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportCategory(models.TextChoices):
    SELF_HARM_RISK = "self_harm_risk", _("Someone may be at risk of harming themselves")
    METHOD_CONTENT = "method_content", _("It describes a method or means of self-harm")
    HARASSMENT = "harassment", _("Harassment or hate")
    MISINFORMATION = "misinformation", _("Misinformation")
    SPAM = "spam", _("Spam")
    OTHER = "other", _("Something else")


class ReportState(models.TextChoices):
    OPEN = "open", _("Open")
    RESOLVED = "resolved", _("Resolved")
    DISMISSED = "dismissed", _("Dismissed")


class ModerationAction(models.TextChoices):
    """What a moderator did about a report (moderation.services.take_action)."""

    DISMISS = "dismiss", _("Dismiss the report")
    HIDE = "hide", _("Hide the post")
    CONTENT_WARNING = "content_warning", _("Add a content warning")
    MISINFORMATION = "misinformation", _("Label as misinformation")
    LIMIT = "limit", _("Limit the account")
    SUSPEND = "suspend", _("Suspend the account")


class ReportQuerySet(models.QuerySet):
    def open(self) -> "ReportQuerySet":
        return self.filter(state=ReportState.OPEN)


class Report(models.Model):
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reports_filed",
        verbose_name=_("reporter"),
    )
    # The real author, also of anonymous statuses: never shown to the reporter.
    target_account = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reports_received",
        verbose_name=_("reported account"),
    )
    statuses = models.ManyToManyField(
        "posts.Status", blank=True, related_name="reports", verbose_name=_("reported posts")
    )
    category = models.CharField(_("category"), max_length=16, choices=ReportCategory.choices)
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=ReportState.choices, default=ReportState.OPEN
    )
    action_taken = models.CharField(
        _("action taken"), max_length=16, choices=ModerationAction.choices, blank=True
    )
    # The content warning text a moderator wrote, when that was the action.
    action_text = models.CharField(_("moderator's text"), max_length=200, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["state", "-created_at"])]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self) -> str:
        return f"Report {self.pk} ({self.category}, {self.state})"

    @property
    def is_open(self) -> bool:
        return self.state == ReportState.OPEN
