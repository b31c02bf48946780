"""Saved self-check results: only the ones a person chose to keep, for their eyes alone.

Only the instrument, the total score and when are kept; never the answers themselves (the
band follows from the score). There is no admin registration and no staff view: nothing here
may be read by anyone but the person it belongs to, and nothing reads it for feeds or
analytics.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SavedResult(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="selfcheck_results",
        verbose_name=_("user"),
    )
    instrument = models.CharField(_("questionnaire"), max_length=16)
    score = models.PositiveSmallIntegerField(_("score"))
    created_at = models.DateTimeField(_("taken at"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["user", "instrument", "created_at"])]
        verbose_name = _("saved self-check result")
        verbose_name_plural = _("saved self-check results")

    def __str__(self) -> str:
        return f"{self.instrument} {self.created_at:%Y-%m-%d}"
