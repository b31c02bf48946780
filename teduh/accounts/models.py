from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person on this instance. Usernames are public handles (@username)."""

    display_name = models.CharField(_("display name"), max_length=60, blank=True)
    bio = models.TextField(_("bio"), max_length=500, blank=True)
    avatar = models.ImageField(_("avatar"), upload_to="avatars/%Y/%m/", blank=True)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="id"
    )
    # Set by moderators after verifying credentials; the full application flow comes later.
    is_verified_professional = models.BooleanField(_("verified professional"), default=False)
    age_confirmed_at = models.DateTimeField(_("confirmed 13 or older at"), null=True, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.username

    @property
    def name(self) -> str:
        return self.display_name or self.username


class Follow(models.Model):
    follower = models.ForeignKey(User, on_delete=models.CASCADE, related_name="following_set")
    target = models.ForeignKey(User, on_delete=models.CASCADE, related_name="follower_set")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["follower", "target"], name="unique_follow"),
            models.CheckConstraint(
                condition=~models.Q(follower=models.F("target")), name="no_self_follow"
            ),
        ]
        indexes = [models.Index(fields=["target", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.follower} -> {self.target}"


ANONYMOUS_PLACEHOLDER_USERNAME = "anonim"


def anonymous_placeholder() -> User:
    """The shared account standing for every anonymous author (created by a migration)."""
    user, _created = User.objects.get_or_create(
        username=ANONYMOUS_PLACEHOLDER_USERNAME,
        defaults={"display_name": "Anonim", "is_active": False, "password": "!"},
    )
    return user
