"""Views of statuses, counted once per viewer per day and kept on this instance only."""

from django.conf import settings
from django.db import models


class StatusView(models.Model):
    """One viewer saw `status` on `day` (one row however often they looked).

    `viewer_key` is "u<id>" for a signed-in reader, or "s<hash>" for a signed-out one: a hash of
    their session key salted with the day, so the same browser cannot be followed from one day
    to the next and neither an IP address nor a session key is ever stored. `viewer` is set for
    signed-in readers only, for the aggregate "who does a topic reach" (language and country).
    """

    status = models.ForeignKey("posts.Status", on_delete=models.CASCADE, related_name="views")
    viewer_key = models.CharField(max_length=40)
    viewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,  # a deleted account's views still happened
        related_name="+",
    )
    day = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["status", "viewer_key", "day"], name="one_view_per_viewer_per_day"
            )
        ]
        indexes = [models.Index(fields=["day", "status"])]

    def __str__(self) -> str:
        return f"{self.viewer_key} saw {self.status_id} on {self.day}"
