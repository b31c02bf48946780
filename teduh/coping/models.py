"""A person's own safety plan (Stanley-Brown): private to them, never listed or shown to
anyone else, staff included (hence no admin registration). Writes go through
teduh.coping.services."""

from django.conf import settings
from django.db import models


class SafetyPlan(models.Model):
    """One plan per user. Each section is a list of short items (strings), checked by
    services.clean_sections before it is saved."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="safety_plan"
    )
    warning_signs = models.JSONField(default=list, blank=True)
    coping_strategies = models.JSONField(default=list, blank=True)
    social_distractions = models.JSONField(default=list, blank=True)
    people_to_ask = models.JSONField(default=list, blank=True)
    professionals = models.JSONField(default=list, blank=True)
    safe_environment = models.JSONField(default=list, blank=True)
    reasons_for_living = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        # No content and no name: nothing private ends up in logs or error reports.
        return f"SafetyPlan #{self.pk}"
