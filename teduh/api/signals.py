"""Changing one's password signs every app out, as the consent page promises."""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from oauth2_provider.models import AccessToken, Grant, RefreshToken


def revoke_app_access(user) -> None:
    """Every app token, refresh token and pending authorization code of `user` stops working."""
    RefreshToken.objects.filter(user=user).delete()
    AccessToken.objects.filter(user=user).delete()
    Grant.objects.filter(user=user).delete()


@receiver(pre_save, sender=get_user_model())
def _notice_new_password(sender, instance, raw=False, **kwargs):
    # set_password() keeps the raw password until the save; a rehash at login (same password,
    # newer hasher) is not a change.
    new_password = getattr(instance, "_password", None)
    if raw or new_password is None or instance.pk is None:
        return
    old_hash = sender.objects.filter(pk=instance.pk).values_list("password", flat=True).first()
    instance._teduh_password_changed = old_hash is not None and not check_password(
        new_password, old_hash
    )


@receiver(post_save, sender=get_user_model())
def _revoke_on_new_password(sender, instance, raw=False, **kwargs):
    if getattr(instance, "_teduh_password_changed", False):
        instance._teduh_password_changed = False
        revoke_app_access(instance)
