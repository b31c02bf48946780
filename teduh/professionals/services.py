"""Verified professionals: every write goes through a named function here.

    application = submit_application(member, ApplicationDraft(...), upload)
    approve(moderator, application, "Welcome!")      # or request_more_info / reject
    update_profile(professional, listed=True, ...)
    topic = create_topic(professional, "title", "body"); add_reply(professional, topic, "...")

Moderators' reads of applications and proofs are written to the audit log, as are their
decisions. The applicant hears each decision through a private MODERATION notification.
"""

import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import F, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from teduh.accounts.models import User
from teduh.moderation.services import notify_moderation, require_moderator
from teduh.posts.media import clean_image
from teduh.professionals.models import (
    LANGUAGES,
    LICENSED_PROFESSIONS,
    OPEN_STATES,
    TOPICS,
    ApplicationState,
    BoardReply,
    BoardTopic,
    Profession,
    ProfessionalApplication,
    ProfessionalProfile,
    http_url,
    join_codes,
)
from teduh.safety.audit import audit

PROOF_MAX_BYTES = 5 * 1024 * 1024
MAX_MESSAGE_CHARS = 2000
PDF_MAGIC = b"%PDF-"
IMAGE_TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}


# Permissions --------------------------------------------------------------------------------


def is_professional(user) -> bool:
    """A verified professional who may act as one now (not suspended). The one check used by
    the board, the directory settings and the Wellbeing library."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.is_verified_professional
        and getattr(user, "suspended_at", None) is None
    )


def can_read_board(user) -> bool:
    """Verified professionals, and moderators (who read but don't post)."""
    return is_professional(user) or bool(user and user.is_authenticated and user.is_moderator_user)


def can_post_on_board(user) -> bool:
    return is_professional(user)


# Proof files ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CleanProof:
    content: ContentFile
    content_type: str


def clean_proof(upload: UploadedFile) -> CleanProof:
    """A PDF (checked by its magic bytes) or an image (decoded and re-encoded from its pixels,
    which drops EXIF and location metadata), at most PROOF_MAX_BYTES. The file name given by the
    uploader is never kept. Raises ValidationError otherwise."""
    if upload.size is None or upload.size > PROOF_MAX_BYTES:
        raise ValidationError(
            _("The file is larger than %(mb)d MB.") % {"mb": PROOF_MAX_BYTES // (1024 * 1024)},
            code="too_large",
        )
    upload.seek(0)
    head = upload.read(len(PDF_MAGIC))
    upload.seek(0)
    if head == PDF_MAGIC:
        data = upload.read()
        return CleanProof(
            ContentFile(data, name=f"{secrets.token_urlsafe(16)}.pdf"), "application/pdf"
        )
    try:
        image = clean_image(upload)
    except ValidationError as error:
        if error.code not in ("invalid", "format"):
            raise  # an image, but too large in pixels
        raise ValidationError(
            _("Upload a PDF or an image (JPEG, PNG or WebP)."), code="file_type"
        ) from error
    extension = image.content.name.rsplit(".", 1)[-1]
    return CleanProof(image.content, IMAGE_TYPES.get(extension, "image/png"))


# Applications -----------------------------------------------------------------------------------


@dataclass
class ApplicationDraft:
    profession: str
    institution: str
    city: str
    languages: list[str]
    topics: list[str] = field(default_factory=list)
    licence_number: str = ""


def _clean_draft(draft: ApplicationDraft) -> dict:
    errors: dict[str, ValidationError] = {}
    profession = (draft.profession or "").strip()
    licence = " ".join((draft.licence_number or "").split())
    institution = " ".join((draft.institution or "").split())
    city = " ".join((draft.city or "").split())
    if profession not in Profession.values:
        errors["profession"] = ValidationError(_("Choose your profession."), code="profession")
    elif profession in LICENSED_PROFESSIONS and not licence:
        errors["licence_number"] = ValidationError(
            _(
                "Enter your licence or registration number: SIPP for psychologists, STR for "
                "psychiatrists."
            ),
            code="licence_required",
        )
    if not institution:
        errors["institution"] = ValidationError(
            _("Enter the institution where you work."), code="required"
        )
    if not city:
        errors["city"] = ValidationError(_("Enter your city."), code="required")
    known_languages = {code for code, _label in LANGUAGES}
    languages = [c for c in draft.languages if c in known_languages]
    if not languages:
        errors["languages"] = ValidationError(
            _("Choose at least one language you work in."), code="required"
        )
    known_topics = {code for code, _label in TOPICS}
    if errors:
        raise ValidationError(errors)
    return {
        "profession": profession,
        "licence_number": licence[:64],
        "institution": institution[:160],
        "city": city[:80],
        "languages": join_codes(languages),
        "topics": join_codes(c for c in draft.topics if c in known_topics),
    }


def open_application_for(user: User) -> ProfessionalApplication | None:
    return (
        ProfessionalApplication.objects.filter(applicant=user, state__in=OPEN_STATES)
        .order_by("-pk")
        .first()
    )


def latest_application_for(user: User) -> ProfessionalApplication | None:
    return ProfessionalApplication.objects.filter(applicant=user).order_by("-pk").first()


@transaction.atomic
def submit_application(
    user: User, draft: ApplicationDraft, proof: UploadedFile | None
) -> ProfessionalApplication:
    """A new application. One open application per member; verified professionals don't
    apply again. Raises ValidationError (error_dict keyed by field, or a plain message)."""
    if not user.is_authenticated or not user.is_active:
        raise PermissionDenied
    if user.is_verified_professional:
        raise ValidationError(_("You are already a verified professional."), code="verified")
    if open_application_for(user) is not None:
        raise ValidationError(
            _("You already have an application under review."), code="already_open"
        )
    errors: dict[str, ValidationError] = {}
    fields: dict = {}
    try:
        fields = _clean_draft(draft)
    except ValidationError as error:
        errors.update(error.error_dict)
    clean: CleanProof | None = None
    if proof is None:
        errors["proof"] = ValidationError(
            _("Upload proof of your profession (a PDF or an image)."), code="required"
        )
    else:
        try:
            clean = clean_proof(proof)
        except ValidationError as error:
            errors["proof"] = error
    if errors:
        raise ValidationError(errors)
    application = ProfessionalApplication(
        applicant=user, proof_content_type=clean.content_type, **fields
    )
    application.proof.save(clean.content.name, clean.content, save=False)
    try:
        with transaction.atomic():
            application.save()
    except IntegrityError as error:  # a second submit racing the first
        application.proof.delete(save=False)
        raise ValidationError(
            _("You already have an application under review."), code="already_open"
        ) from error
    return application


@transaction.atomic
def update_application(
    user: User,
    application: ProfessionalApplication,
    draft: ApplicationDraft,
    proof: UploadedFile | None = None,
) -> ProfessionalApplication:
    """The applicant answers a request for more information: new details (and optionally a new
    proof), and the application goes back to the queue as submitted."""
    application = ProfessionalApplication.objects.select_for_update().get(pk=application.pk)
    if application.applicant_id != user.pk:
        raise PermissionDenied
    if application.state != ApplicationState.NEEDS_MORE_INFO:
        raise ValidationError(
            _("You can change an application only when moderators ask for more information."),
            code="not_editable",
        )
    errors: dict[str, ValidationError] = {}
    fields: dict = {}
    try:
        fields = _clean_draft(draft)
    except ValidationError as error:
        errors.update(error.error_dict)
    clean: CleanProof | None = None
    if proof is not None:
        try:
            clean = clean_proof(proof)
        except ValidationError as error:
            errors["proof"] = error
    if errors:
        raise ValidationError(errors)
    for name, value in fields.items():
        setattr(application, name, value)
    if clean is not None:
        old = application.proof.name
        application.proof.save(clean.content.name, clean.content, save=False)
        application.proof_content_type = clean.content_type
        application.proof.storage.delete(old)  # the replaced proof is not kept
    application.state = ApplicationState.SUBMITTED
    application.save()
    return application


# Review -----------------------------------------------------------------------------------------


def application_queue(moderator: User) -> list[ProfessionalApplication]:
    """Open applications, oldest first (waiting for a moderator first). Audit-logged."""
    require_moderator(moderator)
    rows = list(
        ProfessionalApplication.objects.filter(state__in=OPEN_STATES)
        .select_related("applicant")
        .order_by(
            # Submitted (the applicant is waiting) before those waiting for the applicant.
            F("state").desc(),
            "updated_at",
            "pk",
        )
    )
    audit(moderator, "professional_application.queue.view", None, applications=[a.pk for a in rows])
    return rows


def recent_decisions(limit: int = 20) -> QuerySet[ProfessionalApplication]:
    return (
        ProfessionalApplication.objects.filter(
            state__in=[ApplicationState.APPROVED, ApplicationState.REJECTED]
        )
        .select_related("applicant", "decided_by")
        .order_by("-decided_at", "-pk")[:limit]
    )


def open_application_count() -> int:
    return ProfessionalApplication.objects.filter(state=ApplicationState.SUBMITTED).count()


def view_application(moderator: User, application_id: int) -> ProfessionalApplication | None:
    """One application for a moderator, audit-logged (it holds a licence number)."""
    require_moderator(moderator)
    application = (
        ProfessionalApplication.objects.select_related("applicant", "decided_by")
        .filter(pk=application_id)
        .first()
    )
    if application is not None:
        audit(moderator, "professional_application.view", application)
    return application


def open_proof(moderator: User, application: ProfessionalApplication):
    """The proof file, opened for a moderator; each access is audit-logged."""
    require_moderator(moderator)
    handle = application.proof.storage.open(application.proof.name, "rb")
    audit(moderator, "professional_application.proof.view", application)
    return handle


def _clean_message(message: str, *, required: bool) -> str:
    message = (message or "").strip()
    if required and not message:
        raise ValidationError(_("Write a message to the applicant."), code="message_required")
    if len(message) > MAX_MESSAGE_CHARS:
        raise ValidationError(
            _("Keep the message to %(n)d characters or fewer.") % {"n": MAX_MESSAGE_CHARS},
            code="too_long",
        )
    return message


def _locked_open(application: ProfessionalApplication) -> ProfessionalApplication:
    # Locked, so two moderators deciding at once can't both act.
    application = (
        ProfessionalApplication.objects.select_for_update()
        .select_related("applicant")
        .get(pk=application.pk)
    )
    if not application.is_open:
        raise ValidationError(_("This application was already decided."), code="decided")
    return application


def _with_message(text: str, message: str) -> str:
    return f"{text}\n\n{message}" if message else text


def _approved_text(*, message: str, profession: str) -> str:
    label = Profession(profession).label
    return _with_message(
        _(
            "Your application was approved: you are now a verified professional "
            "(%(profession)s). Set up your directory listing in your professional settings."
        )
        % {"profession": label},
        message,
    )


def _more_info_text(*, message: str) -> str:
    return _with_message(
        _("A moderator needs more information about your professional application:"), message
    )


def _rejected_text(*, message: str) -> str:
    return _with_message(_("Your professional application was not approved."), message)


@transaction.atomic
def approve(
    moderator: User, application: ProfessionalApplication, message: str = ""
) -> ProfessionalProfile:
    """Approve: the applicant becomes a verified professional (badge, care queue) with a
    profile made from the application (not listed in the directory until they opt in)."""
    require_moderator(moderator)
    message = _clean_message(message, required=False)
    application = _locked_open(application)
    if application.applicant_id == moderator.pk:
        raise ValidationError(_("You cannot decide your own application."), code="own")
    _decide(moderator, application, ApplicationState.APPROVED, message)
    applicant = application.applicant
    User.objects.filter(pk=applicant.pk).update(is_verified_professional=True)
    applicant.is_verified_professional = True
    profile, _created = ProfessionalProfile.objects.update_or_create(
        user=applicant,
        defaults={
            "profession": application.profession,
            "institution": application.institution,
            "city": application.city,
            "languages": application.languages,
            "topics": application.topics,
            "licence_number": application.licence_number,
            "application": application,
        },
    )
    notify_moderation(applicant, _approved_text, message=message, profession=application.profession)
    audit(
        moderator,
        "professional_application.approve",
        application,
        applicant=applicant.pk,
        profession=application.profession,
    )
    return profile


def request_more_info(
    moderator: User, application: ProfessionalApplication, message: str
) -> ProfessionalApplication:
    """Send the application back to the applicant with what is missing."""
    return _send_back(
        moderator, application, message, ApplicationState.NEEDS_MORE_INFO, _more_info_text
    )


def reject(
    moderator: User, application: ProfessionalApplication, message: str
) -> ProfessionalApplication:
    """Refuse the application, saying why."""
    return _send_back(moderator, application, message, ApplicationState.REJECTED, _rejected_text)


@transaction.atomic
def _send_back(
    moderator: User,
    application: ProfessionalApplication,
    message: str,
    state: str,
    compose,
) -> ProfessionalApplication:
    """A decision other than approval: a message is required; the applicant is told and the
    decision is audit-logged ("professional_application.more_info" / ".reject")."""
    require_moderator(moderator)
    message = _clean_message(message, required=True)
    application = _locked_open(application)
    if application.applicant_id == moderator.pk:
        raise ValidationError(_("You cannot decide your own application."), code="own")
    _decide(moderator, application, state, message)
    notify_moderation(application.applicant, compose, message=message)
    action = "more_info" if state == ApplicationState.NEEDS_MORE_INFO else "reject"
    audit(
        moderator,
        f"professional_application.{action}",
        application,
        applicant=application.applicant_id,
    )
    return application


DECISIONS = {"approve": approve, "more_info": request_more_info, "reject": reject}


def _decide(moderator: User, application: ProfessionalApplication, state: str, message: str):
    application.state = state
    application.moderator_message = message
    application.decided_by = moderator
    application.decided_at = timezone.now()
    application.save(
        update_fields=["state", "moderator_message", "decided_by", "decided_at", "updated_at"]
    )


# Profiles and the directory ----------------------------------------------------------------------


PROFILE_FIELDS = (
    "institution",
    "city",
    "languages",
    "topics",
    "show_licence",
    "listed",
    "available_online",
    "contact_text",
    "contact_url",
)


def profile_for(user: User) -> ProfessionalProfile | None:
    return ProfessionalProfile.objects.filter(user=user).first()


@transaction.atomic
def update_profile(user: User, **changes) -> ProfessionalProfile:
    """A verified professional edits their directory profile. `languages`/`topics` are lists
    of codes. Profession and licence number come from the reviewed application and are not
    edited here. Raises PermissionDenied for anyone else, ValidationError for bad values."""
    if not is_professional(user):
        raise PermissionDenied
    profile = ProfessionalProfile.objects.select_for_update().filter(user=user).first()
    if profile is None:
        # Verified before applications existed (set by an admin): start an empty profile.
        profile = ProfessionalProfile(user=user, profession="")
    unknown = set(changes) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    errors: dict[str, ValidationError] = {}
    if "languages" in changes:
        known = {code for code, _label in LANGUAGES}
        changes["languages"] = join_codes(c for c in changes["languages"] if c in known)
    if "topics" in changes:
        known = {code for code, _label in TOPICS}
        changes["topics"] = join_codes(c for c in changes["topics"] if c in known)
    for name in ("institution", "city"):
        if name in changes:
            changes[name] = " ".join((changes[name] or "").split())
    if "contact_text" in changes:
        changes["contact_text"] = (changes["contact_text"] or "").strip()[:500]
    if changes.get("contact_url"):
        changes["contact_url"] = changes["contact_url"].strip()
        try:
            http_url(changes["contact_url"])
        except ValidationError:
            errors["contact_url"] = ValidationError(
                _("Enter a web address starting with https:// or http://."), code="url"
            )
    for name, value in changes.items():
        setattr(profile, name, value)
    if profile.listed and not (profile.contact_text or profile.contact_url):
        errors["contact_text"] = ValidationError(
            _("To be listed, tell people how to contact you."), code="contact_required"
        )
    if profile.listed and not profile.city:
        errors["city"] = ValidationError(_("Enter your city."), code="required")
    if errors:
        raise ValidationError(errors)
    profile.save()
    return profile


@dataclass(frozen=True)
class DirectoryFilters:
    city: str = ""
    language: str = ""
    topic: str = ""
    online: bool = False


def directory(filters: DirectoryFilters = DirectoryFilters()) -> QuerySet[ProfessionalProfile]:
    """Verified, active professionals who opted in, filtered."""
    queryset = ProfessionalProfile.objects.filter(
        listed=True,
        user__is_verified_professional=True,
        user__is_active=True,
        user__suspended_at__isnull=True,
    ).select_related("user")
    if filters.city:
        queryset = queryset.filter(city__iexact=filters.city.strip())
    if filters.language:
        queryset = queryset.filter(languages__contains=f",{filters.language},")
    if filters.topic:
        queryset = queryset.filter(topics__contains=f",{filters.topic},")
    if filters.online:
        queryset = queryset.filter(available_online=True)
    return queryset.order_by("city", "user__username")


def directory_cities() -> list[str]:
    """The cities of listed professionals, for the filter's choices."""
    cities = directory().exclude(city="").values_list("city", flat=True)
    return sorted({c.strip().title() for c in cities})


def professions_for(user_ids: Iterable[int]) -> dict[int, str]:
    """{user id: profession} for verified professionals among `user_ids`, in one query."""
    ids = list(user_ids)
    if not ids:
        return {}
    return dict(
        ProfessionalProfile.objects.filter(
            user_id__in=ids, user__is_verified_professional=True
        ).values_list("user_id", "profession")
    )


# The professionals' board ------------------------------------------------------------------------

MAX_TITLE_CHARS = 160
MAX_BODY_CHARS = 5000


def _clean_body(body: str, field_name: str = "body") -> str:
    body = (body or "").strip()
    if not body:
        raise ValidationError({field_name: ValidationError(_("Write something."), code="required")})
    if len(body) > MAX_BODY_CHARS:
        raise ValidationError(
            {
                field_name: ValidationError(
                    _("Keep it to %(n)d characters or fewer.") % {"n": MAX_BODY_CHARS},
                    code="too_long",
                )
            }
        )
    return body


def board_topics() -> QuerySet[BoardTopic]:
    return BoardTopic.objects.select_related("author").order_by("-last_activity_at", "-pk")


def view_topic(viewer: User, topic_id: int) -> BoardTopic | None:
    """A topic for a professional or a moderator; a moderator's reading is audit-logged (the
    board is the professionals' own space)."""
    if not can_read_board(viewer):
        raise PermissionDenied
    topic = BoardTopic.objects.select_related("author").filter(pk=topic_id).first()
    if topic is not None and not is_professional(viewer):
        audit(viewer, "professional_board.topic.view", topic)
    return topic


@transaction.atomic
def create_topic(author: User, title: str, body: str) -> BoardTopic:
    if not can_post_on_board(author):
        raise PermissionDenied
    title = " ".join((title or "").split())
    errors: dict[str, ValidationError] = {}
    if not title:
        errors["title"] = ValidationError(_("Give the topic a title."), code="required")
    elif len(title) > MAX_TITLE_CHARS:
        errors["title"] = ValidationError(
            _("Keep the title to %(n)d characters or fewer.") % {"n": MAX_TITLE_CHARS},
            code="too_long",
        )
    try:
        body = _clean_body(body)
    except ValidationError as error:
        errors.update(error.error_dict)
    if errors:
        raise ValidationError(errors)
    return BoardTopic.objects.create(
        author=author, title=title, body=body, last_activity_at=timezone.now()
    )


@transaction.atomic
def add_reply(author: User, topic: BoardTopic, body: str) -> BoardReply:
    if not can_post_on_board(author):
        raise PermissionDenied
    body = _clean_body(body)
    reply = BoardReply.objects.create(topic=topic, author=author, body=body)
    BoardTopic.objects.filter(pk=topic.pk).update(
        reply_count=F("reply_count") + 1, last_activity_at=reply.created_at
    )
    return reply


def max_proof_mb() -> int:
    return PROOF_MAX_BYTES // (1024 * 1024)
