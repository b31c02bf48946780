from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SensitiveContent(models.TextChoices):
    """How much sensitive media a reader wants to see (Instagram's "sensitive content control")."""

    MORE = "more", _("More: show sensitive images")
    STANDARD = "standard", _("Standard: blur sensitive images until I open them")
    LESS = "less", _("Less: collapse sensitive posts and hide their images")


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
    # Whose helplines this person sees (ISO 3166-1 alpha-2). Empty: the instance default,
    # settings.TEDUH_DEFAULT_COUNTRY (see safety.helplines.country_for).
    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        validators=[RegexValidator(r"^[A-Z]{2}$")],
    )

    # Everyone's own controls (see docs/architecture.md, "Everyone's own controls").
    sensitive_content = models.CharField(
        _("sensitive content"),
        max_length=8,
        choices=SensitiveContent.choices,
        default=SensitiveContent.STANDARD,
    )
    hide_counts = models.BooleanField(_("hide favourite and share counts"), default=False)
    # "Someone is worried about you" messages (safety.care); people may opt out.
    worried_messages = models.BooleanField(
        _("send me a private message when a reader is worried about me"), default=True
    )

    # Moderation. Moderators work the report and care queues; staff and superusers count too
    # (see `is_moderator_user`). A limited account stays visible to its followers but leaves
    # public timelines and search; a suspended one can neither sign in nor be seen.
    is_moderator = models.BooleanField(_("moderator"), default=False)
    # An organisation's account (a school, an NGO, a health service), confirmed by moderators:
    # it may run hashtag campaigns (teduh.campaigns) like verified professionals.
    is_organisation = models.BooleanField(_("organisation account"), default=False)
    limited_at = models.DateTimeField(_("limited at"), null=True, blank=True)
    suspended_at = models.DateTimeField(_("suspended at"), null=True, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.username

    @property
    def name(self) -> str:
        return self.display_name or self.username

    @property
    def is_moderator_user(self) -> bool:
        return self.is_active and (self.is_moderator or self.is_staff or self.is_superuser)

    @property
    def can_work_care_queue(self) -> bool:
        """Verified professionals and moderators see the care queue (safety.care)."""
        return self.is_moderator_user or (self.is_active and self.is_verified_professional)


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


# Everyone's own controls: mutes and blocks -----------------------------------------------------


class MuteQuerySet(models.QuerySet):
    def active(self) -> "MuteQuerySet":
        """Mutes that have not expired (an expired mute acts as if it were gone)."""
        return self.filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=timezone.now())
        )


class Mute(models.Model):
    """`account` no longer sees `target`'s signed statuses in timelines, and (with
    `hide_notifications`) is not notified of what `target` does. `target` is never told."""

    account = models.ForeignKey(User, on_delete=models.CASCADE, related_name="mutes")
    target = models.ForeignKey(User, on_delete=models.CASCADE, related_name="muted_by")
    hide_notifications = models.BooleanField(default=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MuteQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["account", "target"], name="unique_mute"),
            models.CheckConstraint(
                condition=~models.Q(account=models.F("target")), name="no_self_mute"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.account} mutes {self.target}"


class Block(models.Model):
    """Neither `account` nor `target` sees the other's signed statuses; `target` cannot
    follow, mention or notify `account`. Follows between them are removed when it is made."""

    account = models.ForeignKey(User, on_delete=models.CASCADE, related_name="blocks")
    target = models.ForeignKey(User, on_delete=models.CASCADE, related_name="blocked_by")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["account", "target"], name="unique_block"),
            models.CheckConstraint(
                condition=~models.Q(account=models.F("target")), name="no_self_block"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.account} blocks {self.target}"


def blocked_account_ids(user) -> models.QuerySet:
    """A subquery of the ids of accounts `user` blocks or is blocked by, for `account__in=`."""
    return (
        Block.objects.filter(models.Q(account=user) | models.Q(target=user))
        .annotate(
            other=models.Case(
                models.When(account=user, then=models.F("target_id")),
                default=models.F("account_id"),
            )
        )
        .values("other")
    )


def muted_account_ids(user, *, notifications: bool = False) -> models.QuerySet:
    """A subquery of the ids of accounts `user` has muted (and, with `notifications`, only
    those whose notifications are hidden too). Expired mutes are left out."""
    mutes = Mute.objects.active().filter(account=user)
    if notifications:
        mutes = mutes.filter(hide_notifications=True)
    return mutes.values("target_id")
