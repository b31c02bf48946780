"""Account writes: sign-up, profile edits and the follow graph."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from teduh.accounts.models import Follow, User
from teduh.notifications.models import NotificationType
from teduh.notifications.tasks import deliver_notification
from teduh.posts.media import clean_image


@transaction.atomic
def register_account(
    *, username: str, password: str, display_name: str = "", language: str = "id"
) -> User:
    """Create a member who confirmed they are 13 or older. Validation is the caller's form's."""
    user = User(username=username, display_name=display_name, language=language)
    user.set_password(password)
    user.age_confirmed_at = timezone.now()
    user.save()
    return user


@transaction.atomic
def update_profile(
    user: User,
    *,
    display_name: str,
    bio: str,
    language: str,
    avatar: UploadedFile | None = None,
    remove_avatar: bool = False,
) -> User:
    user.display_name = display_name
    user.bio = bio
    user.language = language
    previous = user.avatar.name if user.avatar else ""
    if avatar is not None:
        # Validate and strip metadata before anything is written.
        clean = clean_image(avatar, max_side=512)
        user.avatar.save(clean.content.name, clean.content, save=False)
    elif remove_avatar:
        user.avatar = ""
    user.save()
    if previous and previous != user.avatar.name:
        # A replaced avatar must not stay reachable at its old address.
        transaction.on_commit(lambda: user.avatar.storage.delete(previous))
    return user


def follow(follower: User, target: User) -> Follow:
    if follower.pk == target.pk:
        raise ValidationError(_("You cannot follow yourself."), code="self_follow")
    if not target.is_active:
        raise PermissionDenied
    try:
        with transaction.atomic():
            relation, created = Follow.objects.get_or_create(follower=follower, target=target)
            if created:
                deliver_notification.enqueue(target.pk, NotificationType.FOLLOW, follower.pk, None)
    except IntegrityError:  # a concurrent request created it first
        relation, created = Follow.objects.get(follower=follower, target=target), False
    return relation


def unfollow(follower: User, target: User) -> bool:
    deleted, _rows = Follow.objects.filter(follower=follower, target=target).delete()
    return bool(deleted)


def is_following(follower: User, target: User) -> bool:
    if not follower.is_authenticated:
        return False
    return Follow.objects.filter(follower=follower, target=target).exists()
