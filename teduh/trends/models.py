from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from teduh.posts.models import Tag


class HiddenTag(models.Model):
    """A hashtag moderators keep out of trends (it still works everywhere else). Hide and
    unhide through teduh.trends.services.hide_tag / unhide_tag, which write the audit log."""

    tag = models.OneToOneField(Tag, on_delete=models.CASCADE, related_name="trend_block")
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"#{self.tag.name} hidden from trends"
