"""Every write to posts goes through these functions, so the web UI and the API share them.

Side effects (notifications, thumbnails) are queued through django-tasks; counters are kept in
the same transaction as the write that changes them.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from teduh.accounts.models import User, blocked_account_ids
from teduh.notifications.models import NotificationType
from teduh.notifications.tasks import deliver_notification, deliver_status_notifications
from teduh.posts import text
from teduh.posts.media import CleanImage, clean_image
from teduh.posts.models import (
    Bookmark,
    Favourite,
    MediaAttachment,
    Status,
    Tag,
    TagFollow,
    Visibility,
)
from teduh.posts.tasks import generate_thumbnail
from teduh.safety import care
from teduh.safety.screening import ScreeningResult

MAX_THREAD_PARTS = 20


@dataclass
class StatusDraft:
    """What a composer (web form or API call) asks to publish."""

    content: str
    spoiler_text: str = ""
    visibility: str = Visibility.PUBLIC
    anonymous: bool = False
    sensitive: bool = False
    language: str = ""
    in_reply_to: Status | None = None
    media: Sequence[MediaAttachment] = field(default_factory=list)


def validate_draft(author: User, draft: StatusDraft, *, new_media: int = 0) -> None:
    """Raise ValidationError (with one message per problem) if the draft can't be published.

    `new_media` counts images uploaded with the draft that are not stored yet.
    """
    errors: list[ValidationError] = []
    content = draft.content.strip()
    media_count = len(draft.media) + new_media
    if not content and not media_count:
        errors.append(ValidationError(_("Write something before posting."), code="empty"))
    if len(draft.content) > settings.TEDUH_MAX_POST_CHARS:
        errors.append(
            ValidationError(
                _("A post can be at most %(max)d characters (this one has %(count)d).")
                % {"max": settings.TEDUH_MAX_POST_CHARS, "count": len(draft.content)},
                code="too_long",
            )
        )
    if len(draft.spoiler_text) > 200:
        errors.append(
            ValidationError(_("A content warning can be at most 200 characters."), code="cw_long")
        )
    if draft.visibility not in Visibility.values:
        errors.append(ValidationError(_("Choose who can see this post."), code="visibility"))
    if draft.anonymous and draft.visibility == Visibility.PRIVATE:
        # Followers could tell who wrote it, so anonymity would be a promise we can't keep.
        errors.append(
            ValidationError(
                _("Anonymous posts can't be followers-only: your followers could tell it is you."),
                code="anonymous_private",
            )
        )
    if media_count > settings.TEDUH_MAX_IMAGES:
        errors.append(
            ValidationError(
                _("Attach at most %(max)d images.") % {"max": settings.TEDUH_MAX_IMAGES},
                code="too_many_media",
            )
        )
    for item in draft.media:
        if item.account_id != author.pk or item.status_id is not None:
            errors.append(ValidationError(_("That image can't be attached."), code="media"))
            break
    if draft.in_reply_to is not None and not can_view(author, draft.in_reply_to):
        errors.append(ValidationError(_("That post is not available."), code="reply_target"))
    if draft.anonymous and (blocked := _blocked_mention(author, draft.content)):
        errors.append(
            ValidationError(
                _(
                    "You can't mention @%(username)s in an anonymous post: one of you has "
                    "blocked the other."
                )
                % {"username": blocked},
                code="mention_blocked",
            )
        )
    if errors:
        raise ValidationError(errors)


Upload = tuple[UploadedFile, str]  # an image file and its alt text


def publish_status(author: User, draft: StatusDraft, uploads: Sequence[Upload] = ()) -> Status:
    """Validate and publish one status with its new images, then queue its notifications.

    Nothing is written unless everything is valid.
    """
    return _publish(author, [draft], uploads)[0]


def publish_thread(
    author: User, parts: Sequence[str], draft: StatusDraft, uploads: Sequence[Upload] = ()
) -> list[Status]:
    """Publish numbered parts as a self-reply chain, all or nothing.

    `draft` carries the settings shared by every part (visibility, warning, anonymity, the
    status replied to); its `content` is ignored. Images go with the first part.
    """
    parts = [part for part in (p.strip() for p in parts) if part]
    if len(parts) < 2:
        raise ValidationError(_("A thread needs at least two parts."), code="thread_short")
    if len(parts) > MAX_THREAD_PARTS:
        raise ValidationError(
            _("A thread can have at most %(max)d parts.") % {"max": MAX_THREAD_PARTS},
            code="thread_long",
        )
    drafts = [
        replace(
            draft,
            content=part,
            in_reply_to=draft.in_reply_to if index == 0 else None,
            media=draft.media if index == 0 else [],
        )
        for index, part in enumerate(parts)
    ]
    return _publish(author, drafts, uploads)


def _publish(author: User, drafts: list[StatusDraft], uploads: Sequence[Upload]) -> list[Status]:
    first = drafts[0]
    if first.in_reply_to is not None and first.in_reply_to.reblog_of_id:
        # A reply to a share answers the shared post, not the person who shared it.
        drafts[0] = replace(first, in_reply_to=first.in_reply_to.reblog_of)
    errors: list[ValidationError] = []
    cleaned = []
    for number, (upload, alt_text) in enumerate(uploads, start=1):
        if len(alt_text) > 1500:
            errors.append(ValidationError(_("Alt text can be at most 1500 characters.")))
        try:
            cleaned.append((clean_image(upload), alt_text))
        except ValidationError as exc:
            errors.extend(
                ValidationError(_("Image %(n)d: %(error)s") % {"n": number, "error": message})
                for message in exc.messages
            )
    for number, draft in enumerate(drafts, start=1):
        try:
            validate_draft(author, draft, new_media=len(uploads) if number == 1 else 0)
        except ValidationError as exc:
            if len(drafts) == 1:
                errors.extend(exc.error_list)
            else:
                errors.extend(
                    ValidationError(_("Part %(n)d: %(error)s") % {"n": number, "error": message})
                    for message in exc.messages
                )
    if errors:
        raise ValidationError(errors)
    written: list[str] = []
    try:
        with transaction.atomic():
            new_media = [_store_media(author, image, alt, written) for image, alt in cleaned]
            published: list[Status] = []
            for number, draft in enumerate(drafts, start=1):
                if number == 1:
                    draft = replace(draft, media=[*draft.media, *new_media])
                else:
                    draft = replace(draft, in_reply_to=published[-1])
                position = (number, len(drafts)) if len(drafts) > 1 else None
                published.append(_create_status(author, draft, position))
    except BaseException:
        for name in written:  # files are not part of the transaction: remove them by hand
            default_storage.delete(name)
        raise
    return published


def _store_media(
    author: User, image: CleanImage, alt_text: str, written: list[str]
) -> MediaAttachment:
    media = MediaAttachment(account=author, description=alt_text.strip())
    media.file.save(image.content.name, image.content, save=False)
    written.append(media.file.name)
    media.save()
    # After commit: a thumbnail made inside a transaction that then fails would be left on disk.
    transaction.on_commit(partial(generate_thumbnail.enqueue, media.pk))
    return media


def _create_status(
    author: User, draft: StatusDraft, position: tuple[int, int] | None = None
) -> Status:
    content = draft.content.strip()
    mentioned = _existing_users(text.extract_mentions(content))
    parent = draft.in_reply_to
    status = Status.objects.create(
        account=author,
        is_anonymous=draft.anonymous,
        content=content,
        content_html=text.render_content(content, [u.username for u in mentioned]),
        spoiler_text=draft.spoiler_text.strip(),
        sensitive=draft.sensitive or bool(draft.spoiler_text.strip()),
        visibility=draft.visibility,
        language=draft.language or author.language,
        in_reply_to=parent,
        in_reply_to_account_id=parent.account_id if parent else None,
        thread_position=position[0] if position else None,
        thread_size=position[1] if position else None,
    )
    status.conversation_root_id = (
        (parent.conversation_root_id or parent.pk) if parent else status.pk
    )
    status.save(update_fields=["conversation_root_id"])
    status.tags.set(_tags_for(text.extract_hashtags(content)))
    status.mentions.set(mentioned)
    for index, item in enumerate(draft.media):
        MediaAttachment.objects.filter(pk=item.pk).update(status=status, position=index)
    # Screening decides whether the post is held (method details) and who is cared for.
    care.after_screening(status, care.screen(content, status.spoiler_text))
    if status.is_published:
        # A held post is nobody else's business until a moderator publishes it
        # (safety.care.decide_held counts and notifies it then).
        if parent is not None:
            Status.objects.filter(pk=parent.pk).update(replies_count=F("replies_count") + 1)
        deliver_status_notifications.enqueue(status.pk)
    return status


def screen_draft(draft: StatusDraft) -> ScreeningResult | None:
    """What screening says about a draft before it is published (the composer's content
    warning offer). Writes nothing; None when screening is unavailable."""
    return care.screen(draft.content, draft.spoiler_text)


def _existing_users(usernames: Sequence[str]) -> list[User]:
    if not usernames:
        return []
    lowered = [name.lower() for name in usernames]
    return list(
        User.objects.filter(is_active=True)
        .annotate(lower_username=Lower("username"))
        .filter(lower_username__in=lowered)
    )


def _tags_for(names: Sequence[str]) -> list[Tag]:
    tags = []
    for name in names:
        tag, _created = Tag.objects.get_or_create(
            name=name.lower(), defaults={"display_name": name}
        )
        tags.append(tag)
    return tags


def upload_media(author: User, upload: UploadedFile, description: str = "") -> MediaAttachment:
    """Store an image without its metadata; it waits unattached until a status uses it."""
    if len(description) > 1500:
        raise ValidationError(_("Alt text can be at most 1500 characters."), code="alt_long")
    image = clean_image(upload)
    written: list[str] = []
    try:
        with transaction.atomic():
            return _store_media(author, image, description, written)
    except BaseException:
        for name in written:
            default_storage.delete(name)
        raise


def update_media_description(author: User, media: MediaAttachment, description: str):
    if media.account_id != author.pk:
        raise PermissionDenied
    if len(description) > 1500:
        raise ValidationError(_("Alt text can be at most 1500 characters."), code="alt_long")
    media.description = description.strip()
    media.save(update_fields=["description"])
    return media


def can_view(viewer, status: Status) -> bool:
    return Status.objects.visible_to(viewer).filter(pk=status.pk).exists()


def can_reblog(user, status: Status) -> bool:
    """Followers-only posts stay with the followers; sharing one's own anonymous post would
    tell followers who wrote it."""
    if status.visibility == Visibility.PRIVATE:
        return False
    return not (status.is_anonymous and status.account_id == user.pk)


def can_delete(user, status: Status) -> bool:
    return user.is_authenticated and (status.account_id == user.pk or user.is_staff)


@transaction.atomic
def delete_status(user: User, status: Status) -> None:
    if not can_delete(user, status):
        raise PermissionDenied
    if status.in_reply_to_id:
        Status.objects.filter(pk=status.in_reply_to_id, replies_count__gt=0).update(
            replies_count=F("replies_count") - 1
        )
    if status.reblog_of_id:
        Status.objects.filter(pk=status.reblog_of_id, reblogs_count__gt=0).update(
            reblogs_count=F("reblogs_count") - 1
        )
    for media in status.media.all():
        media.file.delete(save=False)
        if media.thumbnail:
            media.thumbnail.delete(save=False)
    status.delete()


def _require_visible(user: User, status: Status) -> None:
    if not can_view(user, status):
        raise PermissionDenied


def favourite(user: User, status: Status) -> Status:
    _require_visible(user, status)
    try:
        with transaction.atomic():
            _favourite, created = Favourite.objects.get_or_create(account=user, status=status)
            if created:
                Status.objects.filter(pk=status.pk).update(
                    favourites_count=F("favourites_count") + 1
                )
                deliver_notification.enqueue(
                    status.account_id, NotificationType.FAVOURITE, user.pk, status.pk
                )
    except IntegrityError:
        pass
    status.refresh_from_db(fields=["favourites_count"])
    return status


def unfavourite(user: User, status: Status) -> Status:
    with transaction.atomic():
        deleted, _rows = Favourite.objects.filter(account=user, status=status).delete()
        if deleted:
            Status.objects.filter(pk=status.pk, favourites_count__gt=0).update(
                favourites_count=F("favourites_count") - 1
            )
    status.refresh_from_db(fields=["favourites_count"])
    return status


def reblog(user: User, status: Status) -> Status:
    """Share a status with one's followers; returns the reblog status."""
    original = status.reblog_of or status
    _require_visible(user, original)
    if original.visibility == Visibility.PRIVATE:
        raise ValidationError(_("Followers-only posts can't be shared."), code="reblog_private")
    if not can_reblog(user, original):
        # "X shared" on one's own anonymous post would tell followers who wrote it.
        raise ValidationError(
            _("You can't share your own anonymous post: it would show that it is yours."),
            code="reblog_own_anonymous",
        )
    try:
        with transaction.atomic():
            shared, created = Status.objects.get_or_create(
                account=user,
                reblog_of=original,
                defaults={"visibility": Visibility.PUBLIC, "language": original.language},
            )
            if created:
                Status.objects.filter(pk=original.pk).update(reblogs_count=F("reblogs_count") + 1)
                deliver_notification.enqueue(
                    original.account_id, NotificationType.REBLOG, user.pk, original.pk
                )
    except IntegrityError:
        shared = Status.objects.get(account=user, reblog_of=original)
    return shared


def unreblog(user: User, status: Status) -> Status:
    original = status.reblog_of or status
    with transaction.atomic():
        deleted, _rows = Status.objects.filter(account=user, reblog_of=original).delete()
        if deleted:
            Status.objects.filter(pk=original.pk, reblogs_count__gt=0).update(
                reblogs_count=F("reblogs_count") - 1
            )
    original.refresh_from_db(fields=["reblogs_count"])
    return original


def bookmark(user: User, status: Status) -> Status:
    _require_visible(user, status)
    Bookmark.objects.get_or_create(account=user, status=status)
    return status


def unbookmark(user: User, status: Status) -> Status:
    Bookmark.objects.filter(account=user, status=status).delete()
    return status


def _tag_name_or_error(name: str) -> str:
    normalized = text.hashtag_name(name)
    if normalized is None:
        raise ValidationError(_("That is not a hashtag name."), code="tag_name")
    return normalized


def follow_tag(user: User, name: str) -> Tag:
    """Follow a hashtag (created if nobody has used it yet): its public posts join the home
    timeline. Raises ValidationError for a name no hashtag could have."""
    normalized = _tag_name_or_error(name)
    display = name[1:] if name.startswith("#") else name
    try:
        with transaction.atomic():
            tag, _created = Tag.objects.get_or_create(
                name=normalized, defaults={"display_name": display}
            )
            TagFollow.objects.get_or_create(account=user, tag=tag)
    except IntegrityError:  # a concurrent request created the tag or the follow first
        tag = Tag.objects.get(name=normalized)
        TagFollow.objects.get_or_create(account=user, tag=tag)
    return tag


def unfollow_tag(user: User, name: str) -> Tag | None:
    """Stop following a hashtag; returns the tag, or None if no such tag exists."""
    normalized = _tag_name_or_error(name)
    tag = Tag.objects.filter(name=normalized).first()
    if tag is not None:
        TagFollow.objects.filter(account=user, tag=tag).delete()
    return tag


def followed_tag_ids(user, tags: Sequence[Tag]) -> set[int]:
    """Which of `tags` the user follows (none for a signed-out viewer), in one query."""
    if user is None or not user.is_authenticated or not tags:
        return set()
    return set(
        TagFollow.objects.filter(account=user, tag__in=[t.pk for t in tags]).values_list(
            "tag_id", flat=True
        )
    )


# Everyone's own controls ----------------------------------------------------------------------


def _blocked_mention(author: User, content: str) -> str | None:
    """The username of someone `content` mentions who blocks `author` or whom `author` blocks.

    Anonymous posts only: a signed post's mention simply notifies nobody (the blocker never
    sees it either), but a blocker can read anonymous posts, so an anonymous mention that went
    unnotified would tell them it came from someone they block. Refusing it at writing tells
    the author only what they already know.
    """
    mentioned = _existing_users(text.extract_mentions(content))
    if not mentioned:
        return None
    blocked = {
        row["other"]
        for row in blocked_account_ids(author).filter(other__in=[u.pk for u in mentioned])
    }
    return next((user.username for user in mentioned if user.pk in blocked), None)
