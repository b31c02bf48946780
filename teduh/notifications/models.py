from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class NotificationType(models.TextChoices):
    # Values follow the Mastodon API.
    FOLLOW = "follow", _("New follower")
    MENTION = "mention", _("Mention")
    REPLY = "reply", _("Reply")
    FAVOURITE = "favourite", _("Favourite")
    REBLOG = "reblog", _("Share")
    # Teduh's own, private types (not shown to Mastodon clients): a supportive message when a
    # reader is worried about you, a counselor reaching out from the care queue, and news from
    # moderation (a held post, the outcome of your report, an action on your post).
    SUPPORT = "support", _("Someone is worried about you")
    CARE = "care", _("Message from a counselor")
    MODERATION = "moderation", _("Moderation")


# Mastodon clients would not know what to do with these; the client API leaves them out.
PRIVATE_TYPES = frozenset(
    {NotificationType.SUPPORT, NotificationType.CARE, NotificationType.MODERATION}
)


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    # None when the actor is an anonymous author: the recipient must not learn who it was.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    type = models.CharField(max_length=16, choices=NotificationType.choices)
    status = models.ForeignKey(
        "posts.Status", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # Text of Teduh's private types (care messages, moderation outcomes).
    message = models.TextField(blank=True)
    read = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["recipient", "read"])]

    def __str__(self) -> str:
        return f"{self.type} for {self.recipient_id}"
