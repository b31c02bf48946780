"""The staff audit log: one place that writes it, so every part of the safety layer (helplines,
the care queue, moderation) records staff actions the same way.

    audit(request.user, "helpline.update", helpline, changed=["name"])

Details must be JSON-serialisable and should name what changed, not copy sensitive content.
"""

from typing import Any

from django.db import models

from teduh.safety.models import AuditLogEntry


def audit(actor, action: str, target: models.Model | None = None, **details: Any) -> AuditLogEntry:
    """Record that `actor` (a user, or None for the system) did `action` to `target`.

    `action` is a dotted name such as "helpline.create"; the target is stored as its model label
    ("safety.helpline") and primary key, so the entry outlives the record it names.
    """
    return AuditLogEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None and target.pk is not None else "",
        details=details,
    )


def entries_for(target: models.Model):
    """The audit entries about one record, newest first."""
    return AuditLogEntry.objects.filter(
        target_type=target._meta.label_lower, target_id=str(target.pk)
    ).select_related("actor")
