from django.db import models
from oauth2_provider.models import Application


class AppProfile(models.Model):
    """What Mastodon keeps about an app beyond django-oauth-toolkit's Application."""

    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="teduh_profile"
    )
    website = models.URLField(max_length=500, blank=True)
    scopes = models.CharField(max_length=2000, default="read")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.application.name
