"""The helpline directory: which helplines a reader sees, how each channel is reached, the help
card other parts of Teduh show, and the staff writes (each audit-logged).

Reading: `country_for(user)` is the reader's country (their profile setting, else the instance's
TEDUH_DEFAULT_COUNTRY); `helplines_for(country, language, topics)` are the models in the order
readers see them; `help_entries(...)` and `help_card(...)` are the same data ready to show (texts
in the reader's language, each channel with a link), shared by the help page, the API and any
help card (crisis-aware search, the supportive card after a post).

Writing (staff only, checked by the caller): `save_helpline` and `mark_verified`.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from teduh.safety.audit import audit
from teduh.safety.countries import CALLING_CODES, default_country, normalize_country
from teduh.safety.models import (
    STALE_AFTER,
    ChannelKind,
    Helpline,
    HelplineChannel,
    ReverificationReason,
    Topic,
)

__all__ = [
    "STALE_AFTER",
    "ChannelData",
    "ChannelEntry",
    "HelpCard",
    "HelplineEntry",
    "channel_url",
    "country_for",
    "help_card",
    "help_entries",
    "helplines_for",
    "mark_verified",
    "present",
    "save_helpline",
    "stale_count",
    "stale_helplines",
    "validate_channel",
]

# What a crisis help card lists unless told otherwise: lines for suicide and self-harm, and
# emergency numbers.
CRISIS_TOPICS = frozenset({Topic.SUICIDE_SELF_HARM.value, Topic.EMERGENCY.value})

NUMBER_RE = re.compile(r"^\+?[0-9][0-9 ().\-]*$")
NUMBER_KINDS = {ChannelKind.PHONE, ChannelKind.WHATSAPP, ChannelKind.SMS}
ADDRESS_KINDS = {ChannelKind.WEB, ChannelKind.CHAT}
_https = URLValidator(schemes=["https"])


# The reader's country ------------------------------------------------------------------------


def country_for(user) -> str:
    """The country whose helplines `user` sees: their profile setting, else the instance
    default. Works for anonymous visitors (None or AnonymousUser) too."""
    chosen = getattr(user, "country", "") if user is not None and user.is_authenticated else ""
    return normalize_country(chosen) or default_country()


# Reading the directory -----------------------------------------------------------------------


def helplines_for(
    country: str,
    language: str,
    topics: Iterable[str] | None = None,
    *,
    crisis_only: bool = False,
) -> list[Helpline]:
    """Active helplines of `country`, in the order readers see them: by priority (so
    healing119.id leads in Indonesia), then those that answer in `language`, then by name.

    `topics`: only helplines with at least one of these topics (None or empty: all).
    `crisis_only`: leave out resources that do not answer people in crisis (help cards).
    A malformed country gives an empty list, never an error: help must not fail.
    """
    country = normalize_country(country)
    if country is None:
        return []
    rows = Helpline.objects.active().filter(country=country)
    if crisis_only:
        rows = rows.filter(is_crisis_service=True)
    rows = rows.prefetch_related(
        Prefetch("channels", queryset=HelplineChannel.objects.order_by("order", "pk"))
    )
    wanted = {str(topic) for topic in topics or ()}
    helplines = [row for row in rows if not wanted or wanted & set(row.topics or ())]
    language = _base_language(language)
    helplines.sort(
        key=lambda row: (row.priority, language not in row.language_list, row.name.lower(), row.pk)
    )
    return helplines


def stale_helplines(today: date | None = None) -> list[Helpline]:
    """Active helplines not verified in the last 90 days (STALE_AFTER), oldest first: what an
    admin should check next."""
    rows = Helpline.objects.active().stale(today)
    return sorted(rows, key=lambda row: (row.last_verified or date.min, row.priority, row.pk))


def stale_count(today: date | None = None) -> int:
    """How many active helplines are stale (one query; for the staff navigation badge)."""
    return Helpline.objects.active().stale(today).count()


# Ready to show ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChannelEntry:
    kind: str
    kind_label: str
    value: str
    label: str
    url: str | None


@dataclass(frozen=True)
class HelplineEntry:
    """One helpline as readers see it, in one language. `as_dict()` is the API's shape."""

    id: int
    organisation: str
    name: str
    country: str
    region: str
    description: str
    languages: list[str]
    topics: list[str]
    is_emergency: bool
    is_crisis_service: bool
    hours: str
    channels: list[ChannelEntry]
    source_url: str
    last_verified: date | None
    needs_reverification: bool
    reverification_note: str

    def as_dict(self) -> dict:
        return asdict(self)


def present(helplines: Iterable[Helpline], language: str) -> list[HelplineEntry]:
    """Helplines as HelplineEntry, with their texts in `language` (Indonesian or English)."""
    language = _base_language(language)
    with translation.override(language):
        return [
            HelplineEntry(
                id=row.pk,
                organisation=row.organisation,
                name=row.name,
                country=row.country,
                region=row.region,
                description=row.description_for(language),
                languages=row.language_list,
                topics=list(row.topics or ()),
                is_emergency=row.is_emergency,
                is_crisis_service=row.is_crisis_service,
                hours=row.hours_for(language),
                channels=[
                    ChannelEntry(
                        kind=channel.kind,
                        kind_label=str(channel.get_kind_display()),
                        value=channel.value,
                        label=channel.label_for(language),
                        url=channel_url(channel.kind, channel.value, row.country),
                    )
                    for channel in row.channels.all()
                ],
                source_url=row.source_url,
                last_verified=row.last_verified,
                needs_reverification=row.needs_reverification,
                reverification_note=_reverification_note(row),
            )
            for row in helplines
        ]


def help_entries(
    country: str,
    language: str,
    topics: Iterable[str] | None = None,
    *,
    crisis_only: bool = False,
) -> list[HelplineEntry]:
    """helplines_for(...), ready to show."""
    return present(helplines_for(country, language, topics, crisis_only=crisis_only), language)


@dataclass(frozen=True)
class HelpCard:
    """What a help card shows: a warm message, the reader's crisis helplines and where to go
    next. Render it with the template partial "safety/partials/help_card.html" (context
    variable `help_card`); `as_dict()` is the API's `help` object."""

    message: str
    country: str
    language: str
    helplines: list[HelplineEntry] = field(default_factory=list)
    help_url: str = ""
    counselor_url: str = ""
    wellbeing_url: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def help_card(
    user=None,
    language: str | None = None,
    *,
    topics: Iterable[str] | None = CRISIS_TOPICS,
    country: str | None = None,
) -> HelpCard:
    """The help card for `user` (or an anonymous visitor): their country's crisis lines
    (suicide and self-harm, and emergency numbers, unless `topics` says otherwise), in their
    language (`language`, else the active one).

    When the reader's country has no such lines yet, the instance default country's are shown,
    so a card is never empty while the directory has any."""
    language = _base_language(language or translation.get_language() or "id")
    country = normalize_country(country) or country_for(user)
    entries = help_entries(country, language, topics, crisis_only=True)
    if not entries and country != default_country():
        country = default_country()
        entries = help_entries(country, language, topics, crisis_only=True)
    help_url = reverse("help")
    with translation.override(language):
        message = _(
            "You don't have to go through this alone. If you are thinking about ending your "
            "life or hurting yourself, people are ready to listen right now, for free."
        )
    return HelpCard(
        message=message,
        country=country,
        language=language,
        helplines=entries,
        help_url=help_url,
        counselor_url=f"{help_url}#talk-to-a-counselor",
        wellbeing_url=reverse("wellbeing"),
    )


def _base_language(language: str | None) -> str:
    return (language or "").split("-")[0].split("_")[0].lower()


def _reverification_note(helpline: Helpline) -> str:
    """The caution readers see beside an entry that needs checking (active language)."""
    if not helpline.needs_reverification:
        return ""
    if helpline.reverification_reason == ReverificationReason.CHANGED_BEFORE:
        return _("Check this number: it has changed before.")
    if helpline.reverification_reason == ReverificationReason.SINGLE_SOURCE:
        return _("Not yet confirmed by a second source: check this number before relying on it.")
    return _("Check this number: it may be out of date.")


# Channels --------------------------------------------------------------------------------------


def _digits(value: str) -> str:
    return re.sub(r"[^0-9]", "", value)


def _international(value: str, country: str) -> str | None:
    """A number in international form without "+" ("628111129129"), or None when the country
    code cannot be known (a national number of a country not in CALLING_CODES)."""
    value = value.strip()
    if value.startswith("+"):
        return _digits(value) or None
    digits = _digits(value)
    calling_code = CALLING_CODES.get(country)
    if digits.startswith("0") and calling_code:
        return calling_code + digits[1:]
    return None


def channel_url(kind: str, value: str, country: str) -> str | None:
    """The link that opens a channel: tel: and sms: for numbers, https://wa.me/<international
    number> for WhatsApp, the https address itself for chat and web. None when the stored
    value cannot make a safe link (it is then shown as text)."""
    value = (value or "").strip()
    if kind in ADDRESS_KINDS:
        try:
            _https(value)
        except ValidationError:
            return None
        return value
    if kind not in NUMBER_KINDS or not NUMBER_RE.fullmatch(value):
        return None
    if kind == ChannelKind.WHATSAPP:
        number = _international(value, country)
        return f"https://wa.me/{number}" if number else None
    number = ("+" if value.startswith("+") else "") + _digits(value)
    return f"{'tel' if kind == ChannelKind.PHONE else 'sms'}:{number}"


def validate_channel(kind: str, value: str, country: str) -> str:
    """Check one channel before it is saved; returns the value as stored (trimmed). Raises
    ValidationError with a message for the person editing it."""
    value = (value or "").strip()
    if kind not in ChannelKind.values:
        raise ValidationError(_("Choose a kind of channel."), code="kind")
    if not value:
        raise ValidationError(_("Enter a number or an address."), code="required")
    if kind in ADDRESS_KINDS:
        if channel_url(kind, value, country) is None:
            raise ValidationError(
                _("Enter a full address starting with https://."), code="invalid_url"
            )
        return value
    if not NUMBER_RE.fullmatch(value) or not 2 <= len(_digits(value)) <= 15:
        raise ValidationError(
            _("Enter a number with digits, spaces or dashes only, such as 0811-1129-129."),
            code="invalid_number",
        )
    if kind == ChannelKind.WHATSAPP and channel_url(kind, value, country) is None:
        raise ValidationError(
            _("Enter the WhatsApp number with its country code, such as +62 811-1129-129."),
            code="invalid_whatsapp",
        )
    return value


# Staff writes ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChannelData:
    kind: str
    value: str
    label_id: str = ""
    label_en: str = ""


EDITABLE_FIELDS = (
    "name",
    "organisation",
    "country",
    "region",
    "description_id",
    "description_en",
    "languages",
    "topics",
    "is_emergency",
    "is_crisis_service",
    "hours_id",
    "hours_en",
    "source_url",
    "last_verified",
    "verification_note",
    "needs_reverification",
    "reverification_reason",
    "is_active",
    "priority",
)


def _snapshot(helpline: Helpline, channels: Sequence[ChannelData]) -> dict:
    """The editable state of a helpline as JSON-ready values, for the audit log."""
    state = {}
    for name in EDITABLE_FIELDS:
        value = getattr(helpline, name)
        state[name] = value.isoformat() if isinstance(value, date) else value
    state["channels"] = [asdict(channel) for channel in channels]
    return state


def _channels_of(helpline: Helpline) -> list[ChannelData]:
    return [
        ChannelData(channel.kind, channel.value, channel.label_id, channel.label_en)
        for channel in helpline.channels.order_by("order", "pk")
    ]


@transaction.atomic
def save_helpline(actor, helpline: Helpline, channels: Sequence[ChannelData]) -> Helpline:
    """Create `helpline` (no pk yet) or save the edits made to it, and replace its channels
    with `channels` in that order. Everything is checked before anything is written; a problem
    raises ValidationError and nothing changes. The change is audit-logged with the fields that
    changed, before and after (helpline data is public, so the values themselves are kept)."""
    creating = helpline.pk is None
    before = (
        {} if creating else _snapshot(Helpline.objects.get(pk=helpline.pk), _channels_of(helpline))
    )
    helpline.country = (helpline.country or "").strip().upper()
    helpline.languages = ",".join(
        code.strip().lower() for code in (helpline.languages or "").split(",") if code.strip()
    )
    helpline.full_clean()
    cleaned = []
    problems = []
    for position, channel in enumerate(channels, start=1):
        try:
            value = validate_channel(channel.kind, channel.value, helpline.country)
        except ValidationError as error:
            problems += [
                _("Channel %(n)s: %(problem)s") % {"n": position, "problem": message}
                for message in error.messages
            ]
        else:
            cleaned.append(ChannelData(channel.kind, value, channel.label_id, channel.label_en))
    if problems:
        raise ValidationError(problems)
    after = _snapshot(helpline, cleaned)
    changed = [name for name in after if before.get(name) != after[name]]
    if not creating and not changed:
        return helpline
    helpline.save()
    helpline.channels.all().delete()
    HelplineChannel.objects.bulk_create(
        HelplineChannel(helpline=helpline, order=order, **asdict(channel))
        for order, channel in enumerate(cleaned)
    )
    audit(
        actor,
        "helpline.create" if creating else "helpline.update",
        helpline,
        changed=changed,
        before={name: before[name] for name in changed if name in before},
        after={name: after[name] for name in changed},
    )
    return helpline


@transaction.atomic
def mark_verified(actor, helpline: Helpline, today: date | None = None) -> Helpline:
    """Record that staff checked `helpline` against its source today. It clears the staleness
    warning; a re-verification flag stays until someone edits it away, because it also warns
    readers (an extension that has changed before may change again)."""
    today = today or timezone.localdate()
    previous = helpline.last_verified
    helpline.last_verified = today
    helpline.save(update_fields=["last_verified", "updated_at"])
    audit(
        actor,
        "helpline.verify",
        helpline,
        before=previous.isoformat() if previous else None,
        after=today.isoformat(),
    )
    return helpline
