"""Account rules and writes: sign-up, profile edits, the follow graph, and finding people."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import password_validation
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.forms import Field as FormField
from django.utils import timezone
from django.utils.translation import gettext as _

from teduh.accounts.models import (
    ANONYMOUS_PLACEHOLDER_USERNAME,
    Block,
    Follow,
    Mute,
    SensitiveContent,
    User,
)
from teduh.notifications.models import Notification, NotificationType
from teduh.notifications.tasks import deliver_notification
from teduh.posts.media import clean_image

USERNAME_MIN_LENGTH, USERNAME_MAX_LENGTH = 3, 30
USERNAME_RE = re.compile(r"^[A-Za-z0-9_]{3,30}$")
USERNAME_CHARACTERS_RE = re.compile(r"^[A-Za-z0-9_]*$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
RESERVED_USERNAMES = {"anonim", "anonymous", "admin", "teduh", "api", "static", "media", "help"}
MINIMUM_AGE = 13


# Sign-up --------------------------------------------------------------------------------------


def validate_registration(
    *,
    username: str,
    password: str,
    display_name: str = "",
    email: str | None = None,
    age_confirmed: bool = True,
    date_of_birth: date | None = None,
    today: date | None = None,
) -> str:
    """Check a sign-up against the rules every way of joining shares (web form and API).

    Returns the username as it will be stored. Raises ValidationError whose error_dict maps
    "username", "password", "email", "age_confirmed" and "date_of_birth" to their problems
    (each with a code). `email=None` means the caller does not ask for one (the web form).
    """
    errors: dict[str, list[ValidationError]] = {}
    username = (username or "").strip()
    try:
        _check_username(username)
    except ValidationError as error:
        errors["username"] = error.error_list
    if not password:
        errors["password"] = [_required()]
    else:
        probe = User(username=username, display_name=display_name, email=email or "")
        try:
            password_validation.validate_password(password, probe)
        except ValidationError as error:
            errors["password"] = error.error_list
    if email is not None:
        try:
            _check_email(email)
        except ValidationError as error:
            errors["email"] = error.error_list
    if not age_confirmed:
        errors["age_confirmed"] = [_too_young("required")]
    if date_of_birth is not None and not old_enough(date_of_birth, today=today):
        errors["date_of_birth"] = [_too_young("below_age_limit")]
    if errors:
        raise ValidationError(errors)
    return username


def old_enough(date_of_birth: date, *, today: date | None = None) -> bool:
    """Whether someone born on `date_of_birth` is at least MINIMUM_AGE years old today."""
    today = today or timezone.localdate()
    if date_of_birth > today:
        return False
    age = today.year - date_of_birth.year
    if (today.month, today.day) < (date_of_birth.month, date_of_birth.day):
        age -= 1
    return age >= MINIMUM_AGE


def _required() -> ValidationError:
    return ValidationError(FormField.default_error_messages["required"], code="required")


def _too_young(code: str) -> ValidationError:
    return ValidationError(_("You must be 13 or older to use Teduh."), code=code)


def _check_username(username: str) -> None:
    if not username:
        raise _required()
    shape = _("Use 3 to 30 letters, numbers or underscores.")
    if not USERNAME_CHARACTERS_RE.match(username):
        raise ValidationError(shape, code="invalid")
    if len(username) < USERNAME_MIN_LENGTH:
        raise ValidationError(shape, code="too_short")
    if len(username) > USERNAME_MAX_LENGTH:
        raise ValidationError(shape, code="too_long")
    if username.lower() in RESERVED_USERNAMES:
        raise ValidationError(_("This username is reserved."), code="reserved")
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError(_("This username is already taken."), code="taken")


def _check_email(email: str) -> None:
    if not email:
        raise _required()
    # The address is not checked for uniqueness: saying "taken" would tell anyone who asks
    # that this address belongs to a member of a mental-health community.
    validate_email(email)
    if len(email) > User._meta.get_field("email").max_length:
        raise ValidationError(validate_email.message, code="too_long")


@transaction.atomic
def register_account(
    *,
    username: str,
    password: str,
    display_name: str = "",
    language: str = "id",
    email: str = "",
    pending: bool = False,
) -> User:
    """Create a member who confirmed they are 13 or older. Validation is the caller's (see
    validate_registration). A `pending` member cannot sign in until a moderator activates
    them."""
    user = User(
        username=username,
        display_name=display_name,
        language=language,
        email=User.objects.normalize_email(email),
        is_active=not pending,
    )
    user.set_password(password)
    user.age_confirmed_at = timezone.now()
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError as error:  # a concurrent sign-up took the name first
        raise ValidationError(
            {"username": ValidationError(_("This username is already taken."), code="taken")}
        ) from error
    return user


def registration_requires_approval() -> bool:
    return bool(settings.TEDUH_REGISTRATION_APPROVAL)


def sign_up(
    *,
    username: str,
    password: str,
    email: str | None = None,
    display_name: str = "",
    language: str = "id",
    age_confirmed: bool,
    date_of_birth: date | None = None,
) -> User:
    """Validate and create an account in one step; it waits for a moderator's approval when
    the instance requires it (TEDUH_REGISTRATION_APPROVAL)."""
    username = validate_registration(
        username=username,
        password=password,
        display_name=display_name,
        email=email,
        age_confirmed=age_confirmed,
        date_of_birth=date_of_birth,
    )
    return register_account(
        username=username,
        password=password,
        display_name=display_name,
        language=language,
        email=email or "",
        pending=registration_requires_approval(),
    )


# Profiles -------------------------------------------------------------------------------------


@transaction.atomic
def update_profile(
    user: User,
    *,
    display_name: str,
    bio: str,
    language: str,
    avatar: UploadedFile | None = None,
    remove_avatar: bool = False,
    country: str | None = None,
) -> User:
    """Save a member's profile. `country` (an ISO code whose helplines they see, "" for the
    instance default) is left as it is when None."""
    if country is not None:
        country = country.strip().upper()
        if country and not COUNTRY_RE.fullmatch(country):
            raise ValidationError({"country": _("Use a two-letter ISO country code, such as ID.")})
        user.country = country
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
    _refuse_if_blocked(follower, target)
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


# Finding people -------------------------------------------------------------------------------


# Suspended accounts disappear like deactivated ones (moderation.services.take_action).
_VISIBLE_ACCOUNT = Q(is_active=True, suspended_at__isnull=True) | Q(
    username=ANONYMOUS_PLACEHOLDER_USERNAME
)


def find_account(*, pk: int | None = None, username: str | None = None) -> User | None:
    """An account anyone may look at by id or username: an active, unsuspended member, or the
    shared anonymous placeholder (which stands for every anonymous author and reveals none)."""
    if pk is None and username is None:
        return None
    if username is not None and (not username or "\x00" in username):
        return None  # PostgreSQL refuses NUL characters in a query
    accounts = User.objects.filter(_VISIBLE_ACCOUNT)
    if pk is not None:
        accounts = accounts.filter(pk=pk)
    if username is not None:
        accounts = accounts.filter(username__iexact=username)
    return accounts.order_by("pk").first()


def find_accounts(pks: Iterable[int]) -> list[User]:
    """find_account for many ids at once: the ones that exist, in the order asked, each once."""
    wanted = list(dict.fromkeys(pks))
    found = User.objects.filter(_VISIBLE_ACCOUNT, pk__in=wanted).in_bulk()
    return [found[pk] for pk in wanted if pk in found]


def local_username(acct: str, host: str) -> str | None:
    """The username in "name", "@name" or "name@host" when `host` (this server's host, with or
    without its port) is named or no host is; None for an address on another server."""
    acct = acct.replace("\x00", "").strip().lstrip("@")
    name, _at, domain = acct.partition("@")
    if not domain:
        return name
    domain = domain.lower()
    host = host.lower()
    return name if domain in {host, host.rsplit(":", 1)[0]} else None


def is_placeholder(user: User) -> bool:
    return user.username == ANONYMOUS_PLACEHOLDER_USERNAME


def followers_of(account: User) -> QuerySet:
    """Follow rows of `account`'s active followers (ordered by the caller, e.g. by row id)."""
    return Follow.objects.filter(target=account, follower__is_active=True).select_related(
        "follower"
    )


def following_of(account: User) -> QuerySet:
    """Follow rows of the active accounts `account` follows."""
    return Follow.objects.filter(follower=account, target__is_active=True).select_related("target")


def search_accounts(
    query: str,
    *,
    viewer: User | None = None,
    following: bool = False,
    limit: int = 40,
    offset: int = 0,
) -> list[User]:
    """Active members whose username or display name matches `query`, best matches first:
    the exact username, then usernames and display names that start with it, then those that
    contain it. A leading "@" is ignored; reduce "name@host" with local_username first.
    Never the anonymous placeholder. With `following`, only accounts `viewer` follows."""
    query = query.replace("\x00", "").strip().lstrip("@").strip()
    if not query or limit <= 0:
        return []
    accounts = User.objects.filter(is_active=True, suspended_at__isnull=True).exclude(
        username=ANONYMOUS_PLACEHOLDER_USERNAME
    )
    if following:
        if viewer is None or not viewer.is_authenticated:
            return []
        accounts = accounts.filter(follower_set__follower=viewer)
    accounts = (
        accounts.filter(Q(username__icontains=query) | Q(display_name__icontains=query))
        .annotate(
            rank=Case(
                When(username__iexact=query, then=Value(0)),
                When(username__istartswith=query, then=Value(1)),
                When(display_name__istartswith=query, then=Value(2)),
                default=Value(3),
                output_field=IntegerField(),
            )
        )
        .order_by("rank", "username", "pk")
    )
    return list(accounts[offset : offset + limit])


@dataclass(frozen=True)
class Relationship:
    """How `viewer` and one account stand with each other."""

    account_id: int
    following: bool
    followed_by: bool
    blocking: bool = False
    blocked_by: bool = False
    muting: bool = False
    muting_notifications: bool = False


def relationships(viewer: User, accounts: Iterable[User]) -> list[Relationship]:
    """Relationships between `viewer` and each of `accounts` (in order), in five queries."""
    accounts = list(accounts)
    ids = [account.pk for account in accounts]
    if not viewer.is_authenticated or not ids:
        return [Relationship(pk, False, False) for pk in ids]
    following = set(
        Follow.objects.filter(follower=viewer, target_id__in=ids).values_list(
            "target_id", flat=True
        )
    )
    followed_by = set(
        Follow.objects.filter(target=viewer, follower_id__in=ids).values_list(
            "follower_id", flat=True
        )
    )
    blocking = set(
        Block.objects.filter(account=viewer, target_id__in=ids).values_list("target_id", flat=True)
    )
    blocked_by = set(
        Block.objects.filter(target=viewer, account_id__in=ids).values_list("account_id", flat=True)
    )
    mutes = dict(
        Mute.objects.active()
        .filter(account=viewer, target_id__in=ids)
        .values_list("target_id", "hide_notifications")
    )
    return [
        Relationship(
            pk,
            pk in following,
            pk in followed_by,
            blocking=pk in blocking,
            blocked_by=pk in blocked_by,
            muting=pk in mutes,
            muting_notifications=mutes.get(pk, False),
        )
        for pk in ids
    ]


# Everyone's own controls: mutes and blocks ----------------------------------------------------
#
# A mute is private: the muted person is never told. A block is not: the blocked person finds
# the blocker's profile empty, as in Mastodon. Neither ever acts on anonymous statuses through
# their real author (see docs/architecture.md, "Everyone's own controls"): where they apply is
# `Status.objects.visible_to` (blocks), `timelines.services` (mutes), `notifications.services.
# create_notification` (both), `follow` and `posts.services.validate_draft` (blocks).

MAX_MUTE_SECONDS = 10 * 365 * 24 * 3600  # longer asks are refused rather than overflowing


def _check_control_target(account: User, target: User, self_message: str) -> None:
    if account.pk == target.pk:
        raise ValidationError(self_message, code="self")
    if is_placeholder(target):
        # "Anonim" stands for every anonymous author at once: muting or blocking it would
        # act on people nobody may name, so it is refused.
        raise PermissionDenied


def mute(
    account: User, target: User, *, notifications: bool = True, duration: int | None = None
) -> Mute:
    """Mute `target` for `account` (again: update how), for `duration` seconds or, with None
    or 0, until unmuted. `notifications` also hides notifications caused by `target`."""
    _check_control_target(account, target, _("You cannot mute yourself."))
    if duration is not None and not 0 <= duration <= MAX_MUTE_SECONDS:
        raise ValidationError(_("Choose how long to mute for."), code="duration")
    expires_at = timezone.now() + timedelta(seconds=duration) if duration else None
    values = {"hide_notifications": notifications, "expires_at": expires_at}
    try:
        with transaction.atomic():
            relation, _created = Mute.objects.update_or_create(
                account=account, target=target, defaults=values
            )
    except IntegrityError:  # a concurrent request created it first
        Mute.objects.filter(account=account, target=target).update(**values)
        relation = Mute.objects.get(account=account, target=target)
    return relation


def unmute(account: User, target: User) -> bool:
    deleted, _rows = Mute.objects.filter(account=account, target=target).delete()
    return bool(deleted)


def block(account: User, target: User) -> Block:
    """Block `target`: follows both ways end, and `account`'s notifications caused by `target`
    go. From then on neither sees the other's signed statuses, and `target` cannot follow,
    mention or notify `account` (see the module note above for where each rule lives)."""
    _check_control_target(account, target, _("You cannot block yourself."))
    with transaction.atomic():
        try:
            with transaction.atomic():
                relation, _created = Block.objects.get_or_create(account=account, target=target)
        except IntegrityError:  # a concurrent request created it first
            relation = Block.objects.get(account=account, target=target)
        Follow.objects.filter(
            Q(follower=account, target=target) | Q(follower=target, target=account)
        ).delete()
        # Only notifications that name `target` as their actor: anonymous ones carry no actor,
        # and removing them by their real author would tell who wrote them.
        Notification.objects.filter(recipient=account, actor=target).delete()
    return relation


def unblock(account: User, target: User) -> bool:
    deleted, _rows = Block.objects.filter(account=account, target=target).delete()
    return bool(deleted)


def blocked_between(one: User, other: User) -> bool:
    """Whether either of the two blocks the other."""
    if not one.is_authenticated or not other.is_authenticated:
        return False
    return Block.objects.filter(
        Q(account=one, target=other) | Q(account=other, target=one)
    ).exists()


def mutes_of(account: User) -> QuerySet[Mute]:
    """`account`'s mutes that have not expired, to be paged by the mute's id."""
    return Mute.objects.active().filter(account=account).select_related("target")


def blocks_of(account: User) -> QuerySet[Block]:
    """`account`'s blocks, to be paged by the block's id."""
    return Block.objects.filter(account=account).select_related("target")


def _refuse_if_blocked(follower: User, target: User) -> None:
    """Following across a block: refused (403) when `target` blocks `follower`, and a form
    error when `follower` blocks `target` (they can unblock first)."""
    if Block.objects.filter(account=target, target=follower).exists():
        raise PermissionDenied
    if Block.objects.filter(account=follower, target=target).exists():
        raise ValidationError(
            _("You blocked this account. Unblock it before following it."), code="blocking"
        )


def update_content_settings(user: User, *, sensitive_content: str, hide_counts: bool) -> User:
    """How much sensitive media `user` sees (more / standard / less) and whether favourite and
    share counts are shown to them."""
    if sensitive_content not in SensitiveContent.values:
        raise ValidationError(_("Choose how sensitive content is shown."), code="sensitive")
    user.sensitive_content = sensitive_content
    user.hide_counts = hide_counts
    user.save(update_fields=["sensitive_content", "hide_counts"])
    return user
