"""Verified professionals: applications reviewed by moderators, the profile an approval creates
(the directory reads it), and the professionals' own topic board.

Languages and topics are stored as delimited codes (",id,en,") so the directory can filter on
them with a plain `contains` lookup on every database backend (SQLite has no JSON `contains`).
"""

from django.conf import settings
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from teduh.professionals.storage import private_storage


class Profession(models.TextChoices):
    SCHOOL_COUNSELOR = "school_counselor", _("School counselor (guru BK)")
    PSYCHOLOGIST = "psychologist", _("Psychologist")
    PSYCHIATRIST = "psychiatrist", _("Psychiatrist")
    COUNSELOR = "counselor", _("Counselor")
    SOCIAL_WORKER = "social_worker", _("Social worker")


# Professions that practise under a state licence or registration: SIPP (psychologists) and STR
# (psychiatrists and other physicians). The number is required for these, optional otherwise.
LICENSED_PROFESSIONS = frozenset({Profession.PSYCHOLOGIST, Profession.PSYCHIATRIST})

LANGUAGES = [
    ("id", _("Bahasa Indonesia")),
    ("en", _("English")),
    ("jv", _("Javanese")),
    ("su", _("Sundanese")),
    ("ms", _("Malay")),
    ("zh", _("Mandarin")),
    ("ar", _("Arabic")),
]

TOPICS = [
    ("anxiety", _("Anxiety")),
    ("depression", _("Depression")),
    ("ptsd", _("Trauma and PTSD")),
    ("stress", _("Stress")),
    ("grief", _("Grief")),
    ("self_harm", _("Self-harm")),
    ("recovery", _("Recovery")),
    ("relationships", _("Relationships and family")),
    ("bullying", _("Bullying")),
    ("school", _("School and study")),
]


def join_codes(codes) -> str:
    """[ "id", "en" ] -> ",id,en," (see the module docstring)."""
    codes = [c for c in dict.fromkeys(codes) if c]
    return f",{','.join(codes)}," if codes else ""


def split_codes(value: str) -> list[str]:
    return [c for c in (value or "").split(",") if c]


def _labels(value: str, choices) -> list[str]:
    names = dict(choices)
    return [str(names[c]) for c in split_codes(value) if c in names]


class CodesMixin:
    languages: str
    topics: str

    @property
    def language_list(self) -> list[str]:
        return split_codes(self.languages)

    @property
    def topic_list(self) -> list[str]:
        return split_codes(self.topics)

    @property
    def language_labels(self) -> list[str]:
        return _labels(self.languages, LANGUAGES)

    @property
    def topic_labels(self) -> list[str]:
        return _labels(self.topics, TOPICS)


class ApplicationState(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    NEEDS_MORE_INFO = "needs_more_info", _("Needs more information")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


OPEN_STATES = (ApplicationState.SUBMITTED, ApplicationState.NEEDS_MORE_INFO)


class ProfessionalApplication(CodesMixin, models.Model):
    """A member's request to be verified. The proof lives in private storage (never under
    MEDIA_ROOT) and is served only to moderators, through an audit-logged view."""

    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="professional_applications"
    )
    profession = models.CharField(_("profession"), max_length=32, choices=Profession.choices)
    licence_number = models.CharField(
        _("licence or registration number"), max_length=64, blank=True
    )
    institution = models.CharField(_("institution"), max_length=160)
    city = models.CharField(_("city"), max_length=80)
    languages = models.CharField(_("languages"), max_length=120)
    topics = models.CharField(_("topics"), max_length=240, blank=True)
    proof = models.FileField(_("proof"), storage=private_storage, upload_to="proofs/%Y/%m/")
    proof_content_type = models.CharField(max_length=40)
    state = models.CharField(
        max_length=20, choices=ApplicationState.choices, default=ApplicationState.SUBMITTED
    )
    # The last moderator message (the applicant also gets it as a notification).
    moderator_message = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["applicant"],
                condition=Q(state__in=["submitted", "needs_more_info"]),
                name="one_open_professional_application",
            )
        ]

    def __str__(self) -> str:
        return f"{self.applicant} ({self.profession}, {self.state})"

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def proof_is_pdf(self) -> bool:
        return self.proof_content_type == "application/pdf"


http_url = URLValidator(schemes=["http", "https"])


class ProfessionalProfile(CodesMixin, models.Model):
    """What an approval makes public (when `listed`): the directory entry and the profession
    beside the badge. The licence number stays private unless `show_licence`."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="professional_profile"
    )
    # Blank only for people verified by an admin before applications existed.
    profession = models.CharField(
        _("profession"), max_length=32, choices=Profession.choices, blank=True
    )
    institution = models.CharField(_("institution"), max_length=160, blank=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    languages = models.CharField(_("languages"), max_length=120, blank=True)
    topics = models.CharField(_("topics"), max_length=240, blank=True)
    licence_number = models.CharField(
        _("licence or registration number"), max_length=64, blank=True
    )
    show_licence = models.BooleanField(_("show my licence number in the directory"), default=False)
    listed = models.BooleanField(_("list me in “Find a professional”"), default=False)
    available_online = models.BooleanField(_("I take clients online"), default=False)
    contact_text = models.TextField(_("how to contact you"), max_length=500, blank=True)
    contact_url = models.CharField(
        _("contact link"), max_length=300, blank=True, validators=[http_url]
    )
    application = models.ForeignKey(
        ProfessionalApplication, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["user__username"]

    def __str__(self) -> str:
        return f"{self.user} ({self.profession})"


# The professionals' board -----------------------------------------------------------------------


class BoardTopic(models.Model):
    """A discussion among verified professionals: de-identified cases, methods, resources."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="board_topics"
    )
    title = models.CharField(_("title"), max_length=160)
    body = models.TextField(_("text"), max_length=5000)
    reply_count = models.PositiveIntegerField(default=0)
    last_activity_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-last_activity_at", "-pk"]

    def __str__(self) -> str:
        return self.title


class BoardReply(models.Model):
    topic = models.ForeignKey(BoardTopic, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="board_replies"
    )
    body = models.TextField(_("reply"), max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"reply {self.pk} to {self.topic_id}"
