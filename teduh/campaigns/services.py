"""Campaigns: who may run them, creating and changing them, and counting them honestly.

`campaign_stats` is the one place the figures come from: the campaign page, its CSV downloads
and the API all call it, so their numbers always match.

Counting rules (docs: issue 6, "Campaigns"):
- one counted use per account per day (in settings.TIME_ZONE) per campaign;
- only published statuses (held and hidden ones are not counted; deleted ones are gone from the
  database, so they drop out by themselves), never reblogs;
- only statuses created inside the campaign's window that carry one of its hashtags;
- suspended and limited accounts (limited = treated as spam) are left out;
- anonymous posts count once per real author per day, apart from that author's signed posts
  (so a day's count never links an anonymous post to a signed one); who wrote them is never
  shown anywhere;
- posts screened as crisis count (they are participation) but never appear among the top posts
  or in the campaign's feed, which would amplify them.

Who may create campaigns: verified professionals and moderators. Teduh has no organisation
accounts yet; a moderator can run a campaign for an organisation until it does.
"""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from teduh.accounts.models import User
from teduh.campaigns.models import DEFAULT_CURRENCY, Campaign
from teduh.posts import text
from teduh.posts.models import ScreeningLevel, Status, StatusState, Tag, Visibility
from teduh.safety.screening import is_crisis_tag
from teduh.timelines.services import public_queryset

MAX_HASHTAGS = 5
MAX_DURATION = timedelta(days=366)
MAX_AMOUNT = 10**12  # far beyond any real pledge, and safe in every database's bigint
TOP_POSTS = 5
CURRENCY_RE = re.compile(r"[A-Z]{3}")


# Who may do what ------------------------------------------------------------------------------


def can_create_campaigns(user) -> bool:
    """Verified professionals, organisation accounts (User.is_organisation, confirmed by
    moderators) and moderators."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.suspended_at is None
        and (user.is_verified_professional or user.is_organisation or user.is_moderator_user)
    )


def can_edit_campaign(user, campaign: Campaign) -> bool:
    """The organiser while they may still create campaigns, and any moderator."""
    if not can_create_campaigns(user):
        return False
    return campaign.organiser_id == user.pk or user.is_moderator_user


# Creating and changing ------------------------------------------------------------------------


@dataclass
class CampaignDraft:
    """What a form or an API call asks for. `hashtags` may be a list or one string of names
    separated by spaces or commas, with or without "#"."""

    title_id: str
    title_en: str
    description_id: str
    description_en: str
    hashtags: list[str] | str
    starts_at: datetime | None
    ends_at: datetime | None
    emoji: str = ""
    badge_text: str = ""
    pledge_amount: int | None = None
    pledge_currency: str = DEFAULT_CURRENCY
    pledge_cap: int | None = None
    sponsor_name: str = ""
    # Filled in by validation: (lower-cased name, name as written) per hashtag.
    tag_names: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def from_campaign(cls, campaign: Campaign) -> "CampaignDraft":
        return cls(
            title_id=campaign.title_id,
            title_en=campaign.title_en,
            description_id=campaign.description_id,
            description_en=campaign.description_en,
            hashtags=[f"#{tag.display_name}" for tag in campaign.tags.order_by("pk")],
            starts_at=campaign.starts_at,
            ends_at=campaign.ends_at,
            emoji=campaign.emoji,
            badge_text=campaign.badge_text,
            pledge_amount=campaign.pledge_amount,
            pledge_currency=campaign.pledge_currency,
            pledge_cap=campaign.pledge_cap,
            sponsor_name=campaign.sponsor_name,
        )


def is_single_emoji(value: str) -> bool:
    """Whether `value` is one emoji (a single grapheme): a pictograph with optional variation
    selector and skin tone, ZWJ sequences of those, a flag, or a keycap. Letters, digits and
    several emoji in a row are refused."""
    if not value or len(value) > 16:
        return False
    if re.fullmatch("[0-9#*]\ufe0f?\u20e3", value):  # keycaps
        return True
    indicators = [c for c in value if 0x1F1E6 <= ord(c) <= 0x1F1FF]
    if indicators:  # a flag is exactly two regional indicators
        return len(value) == 2 and len(indicators) == 2
    for part in value.split("\u200d"):
        if not part or not _is_pictograph(part[0]):
            return False
        for char in part[1:]:
            point = ord(char)
            modifier = point in (0xFE0E, 0xFE0F) or 0x1F3FB <= point <= 0x1F3FF
            if not (modifier or 0xE0020 <= point <= 0xE007F):  # tag sequences (sub-flags)
                return False
    return True


def _is_pictograph(char: str) -> bool:
    return unicodedata.category(char) == "So"


def parse_hashtags(value: list[str] | str) -> list[str]:
    """Hashtag names as written, from a list or a string separated by spaces or commas."""
    items = value if isinstance(value, list | tuple) else re.split(r"[\s,]+", value or "")
    return [item.strip() for item in items if isinstance(item, str) and item.strip()]


def _clean(draft: CampaignDraft) -> CampaignDraft:
    """Normalise `draft` in place and raise ValidationError with every problem by field."""
    errors: dict[str, list[str]] = {}

    def refuse(name: str, message: str) -> None:
        errors.setdefault(name, []).append(message)

    for name, limit in (
        ("title_id", 120),
        ("title_en", 120),
        ("description_id", 2000),
        ("description_en", 2000),
    ):
        value = (getattr(draft, name) or "").strip()
        setattr(draft, name, value)
        if not value:
            refuse(name, _("This field is required."))
        elif len(value) > limit:
            refuse(name, _("At most %(max)d characters.") % {"max": limit})

    draft.tag_names = []
    seen: set[str] = set()
    for written in parse_hashtags(draft.hashtags):
        name = text.hashtag_name(written)
        if name is None:
            refuse("hashtags", _("%(tag)s is not a hashtag name.") % {"tag": written[:100]})
            continue
        if is_crisis_tag(name):
            # A campaign would put a badge on it and count it: that amplifies crisis content.
            refuse("hashtags", _("A campaign can't use the hashtag #%(tag)s.") % {"tag": name})
            continue
        if name not in seen:
            seen.add(name)
            draft.tag_names.append((name, written.lstrip("#")))
    if not draft.tag_names and "hashtags" not in errors:
        refuse("hashtags", _("Add at least one hashtag."))
    if len(draft.tag_names) > MAX_HASHTAGS:
        refuse(
            "hashtags", _("A campaign can have at most %(max)d hashtags.") % {"max": MAX_HASHTAGS}
        )

    zone = ZoneInfo(settings.TIME_ZONE)
    for name in ("starts_at", "ends_at"):
        value = getattr(draft, name)
        if value is None:
            refuse(name, _("This field is required."))
        elif not 2000 <= value.year <= 2100:
            # Far-off years overflow when converted between time zones.
            refuse(name, _("Choose a date between 2000 and 2100."))
            setattr(draft, name, None)
        elif timezone.is_naive(value):
            setattr(draft, name, timezone.make_aware(value, zone))
    if draft.starts_at and draft.ends_at:
        if draft.ends_at <= draft.starts_at:
            refuse("ends_at", _("The end must be after the start."))
        elif draft.ends_at - draft.starts_at > MAX_DURATION:
            refuse("ends_at", _("A campaign can last at most a year."))

    draft.emoji = (draft.emoji or "").strip()
    draft.badge_text = " ".join((draft.badge_text or "").split())
    if draft.emoji and draft.badge_text:
        refuse("emoji", _("Choose an emoji or a badge text, not both."))
    elif not draft.emoji and not draft.badge_text:
        refuse("emoji", _("Choose an emoji or a badge text."))
    elif draft.emoji and not is_single_emoji(draft.emoji):
        refuse("emoji", _("Use a single emoji."))
    elif len(draft.badge_text) > 20:
        refuse("badge_text", _("At most %(max)d characters.") % {"max": 20})

    draft.pledge_currency = (draft.pledge_currency or DEFAULT_CURRENCY).strip().upper()
    draft.sponsor_name = (draft.sponsor_name or "").strip()
    if not CURRENCY_RE.fullmatch(draft.pledge_currency):
        refuse("pledge_currency", _("Use a three-letter currency code such as IDR."))
    for name in ("pledge_amount", "pledge_cap"):
        value = getattr(draft, name)
        if value is not None and not 0 <= value <= MAX_AMOUNT:
            refuse(name, _("Enter an amount between 0 and %(max)s.") % {"max": f"{MAX_AMOUNT:,}"})
    if draft.pledge_amount is None:
        if draft.pledge_cap is not None or draft.sponsor_name:
            refuse("pledge_amount", _("A cap or a sponsor needs an amount per counted use."))
    else:
        if not draft.sponsor_name:
            refuse("sponsor_name", _("Name the sponsor who pledges the amount."))
        elif len(draft.sponsor_name) > 120:
            refuse("sponsor_name", _("At most %(max)d characters.") % {"max": 120})
        if draft.pledge_cap is not None and draft.pledge_cap < draft.pledge_amount:
            refuse("pledge_cap", _("The cap can't be less than the amount per counted use."))
    if errors:
        raise ValidationError(errors)
    return draft


def _tags(names: list[tuple[str, str]]) -> list[Tag]:
    tags = []
    for name, display in names:
        tag, _created = Tag.objects.get_or_create(name=name, defaults={"display_name": display})
        tags.append(tag)
    return tags


def _apply(campaign: Campaign, draft: CampaignDraft) -> None:
    for name in (
        "title_id",
        "title_en",
        "description_id",
        "description_en",
        "starts_at",
        "ends_at",
        "emoji",
        "badge_text",
        "pledge_amount",
        "pledge_currency",
        "pledge_cap",
        "sponsor_name",
    ):
        setattr(campaign, name, getattr(draft, name))


@transaction.atomic
def create_campaign(organiser: User, draft: CampaignDraft) -> Campaign:
    """Validate and create a campaign run by `organiser`. PermissionDenied for accounts that
    may not run campaigns; ValidationError (by field) for bad input."""
    if not can_create_campaigns(organiser):
        raise PermissionDenied
    _clean(draft)
    campaign = Campaign(organiser=organiser)
    _apply(campaign, draft)
    campaign.save()
    campaign.tags.set(_tags(draft.tag_names))
    return campaign


@transaction.atomic
def update_campaign(user: User, campaign: Campaign, draft: CampaignDraft) -> Campaign:
    """Validate and save changes; the organiser stays who it was."""
    if not can_edit_campaign(user, campaign):
        raise PermissionDenied
    _clean(draft)
    _apply(campaign, draft)
    campaign.save()
    campaign.tags.set(_tags(draft.tag_names))
    return campaign


# Listing ---------------------------------------------------------------------------------------


def running_campaigns(now: datetime | None = None) -> QuerySet:
    now = now or timezone.now()
    return _listed().filter(starts_at__lte=now, ends_at__gt=now).order_by("ends_at", "pk")


def upcoming_campaigns(now: datetime | None = None) -> QuerySet:
    return _listed().filter(starts_at__gt=now or timezone.now()).order_by("starts_at", "pk")


def finished_campaigns(now: datetime | None = None) -> QuerySet:
    return _listed().filter(ends_at__lte=now or timezone.now()).order_by("-ends_at", "-pk")


def _listed() -> QuerySet:
    return Campaign.objects.select_related("organiser").prefetch_related("tags")


# Counting --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DayCount:
    day: date
    uses: int


@dataclass(frozen=True)
class TopPost:
    status_id: int
    label: str  # the content warning when there is one, else the start of the text
    score: int  # favourites + shares + replies
    favourites: int
    reblogs: int
    replies: int


@dataclass(frozen=True)
class CampaignStats:
    uses: int
    participants: int
    # None without a pledge; otherwise min(uses x amount, cap).
    pledged_total: int | None
    currency: str
    cap_reached: bool
    per_day: list[DayCount]
    top_posts: list[TopPost]


def campaign_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def _tagged_status_ids(campaign: Campaign) -> QuerySet:
    return Status.tags.through.objects.filter(tag_id__in=campaign.tags.values("pk")).values(
        "status_id"
    )


def counted_statuses(campaign: Campaign) -> QuerySet:
    """Every status that may count for the campaign (before the one-per-account-per-day rule)."""
    return Status.objects.filter(
        pk__in=_tagged_status_ids(campaign),
        state=StatusState.PUBLISHED,
        reblog_of__isnull=True,
        created_at__gte=campaign.starts_at,
        created_at__lt=campaign.ends_at,
        account__is_active=True,
        account__suspended_at__isnull=True,
        account__limited_at__isnull=True,
    )


def campaign_stats(campaign: Campaign, now: datetime | None = None) -> CampaignStats:
    """The campaign's figures: counted uses, participants, the pledged total, counted uses per
    day and the top posts. The web page, the CSV exports and the API all come from here."""
    zone = campaign_zone()
    # One row per (day, account, anonymous or not): exactly the counted uses. A person's
    # anonymous posts count apart from their signed ones: merging them would let anyone who
    # compares the public posts of a day with its count learn who wrote an anonymous post.
    # order_by() drops the model's ordering, which would otherwise make DISTINCT count every
    # status.
    rows = list(
        counted_statuses(campaign)
        .annotate(day=TruncDate("created_at", tzinfo=zone))
        .order_by()
        .values_list("day", "account_id", "is_anonymous")
        .distinct()
    )
    uses = len(rows)
    participants = len({(account, anonymous) for _day, account, anonymous in rows})
    by_day = Counter(day for day, _account, _anonymous in rows)
    pledged_total = None
    cap_reached = False
    if campaign.pledge_amount is not None:
        pledged_total = uses * campaign.pledge_amount
        if campaign.pledge_cap is not None and pledged_total >= campaign.pledge_cap:
            pledged_total = campaign.pledge_cap
            cap_reached = True
    return CampaignStats(
        uses=uses,
        participants=participants,
        pledged_total=pledged_total,
        currency=campaign.pledge_currency,
        cap_reached=cap_reached,
        per_day=_series(campaign, by_day, now or timezone.now(), zone),
        top_posts=_top_posts(campaign),
    )


def _series(campaign: Campaign, by_day: Counter, now: datetime, zone: ZoneInfo) -> list[DayCount]:
    """Every day from the start to today (or the last day), zeros included, so the chart shows
    quiet days as quiet."""
    first = campaign.starts_at.astimezone(zone).date()
    # ends_at is exclusive: a campaign ending at midnight has its last day before it.
    last = (min(campaign.ends_at, now) - timedelta(microseconds=1)).astimezone(zone).date()
    days = []
    day = first
    while day <= last:
        days.append(DayCount(day, by_day.get(day, 0)))
        day += timedelta(days=1)
    return days


def _top_posts(campaign: Campaign) -> list[TopPost]:
    statuses = (
        counted_statuses(campaign)
        .filter(visibility=Visibility.PUBLIC, misinformation=False)
        .exclude(screening_level=ScreeningLevel.CRISIS)
        .annotate(score=F("favourites_count") + F("reblogs_count") + F("replies_count"))
        .filter(score__gt=0)
        .order_by("-score", "-pk")[:TOP_POSTS]
    )
    return [
        TopPost(
            status_id=status.pk,
            label=post_label(status),
            score=status.score,
            favourites=status.favourites_count,
            reblogs=status.reblogs_count,
            replies=status.replies_count,
        )
        for status in statuses
    ]


def post_label(status: Status, length: int = 60) -> str:
    """A short label for a post in a chart: its content warning if it has one (the chart must
    not show what the author put behind a warning), else the start of its text."""
    if status.spoiler_text:
        return _("CW: %(warning)s") % {"warning": _shorten(status.spoiler_text, length)}
    return _shorten(status.content, length) or _("Post %(id)s") % {"id": status.pk}


def _shorten(value: str, length: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= length else value[: length - 1].rstrip() + "…"


# The campaign's feed ---------------------------------------------------------------------------


def campaign_feed(campaign: Campaign, viewer) -> QuerySet:
    """The campaign's hashtags' public posts in its window, as `viewer` may see them (blocks,
    mutes and limited accounts as on the public timeline), never posts screened as crisis."""
    return (
        public_queryset(viewer)
        .filter(
            pk__in=_tagged_status_ids(campaign),
            created_at__gte=campaign.starts_at,
            created_at__lt=campaign.ends_at,
        )
        .exclude(screening_level=ScreeningLevel.CRISIS)
    )


# Badges next to hashtags -----------------------------------------------------------------------


@dataclass(frozen=True)
class Badge:
    """A running campaign as its hashtags show it."""

    campaign_id: int
    title_id: str
    title_en: str
    emoji: str
    badge_text: str
    hashtags: tuple[str, ...]

    @property
    def title(self) -> str:
        english = (translation.get_language() or "id").startswith("en")
        return self.title_en if english and self.title_en else self.title_id

    @property
    def badge(self) -> str:
        return self.emoji or self.badge_text

    def as_dict(self) -> dict:
        return {
            "id": str(self.campaign_id),
            "title": self.title,
            "emoji": self.emoji or None,
            "badge": self.badge,
            "hashtags": list(self.hashtags),
        }


def running_badges(now: datetime | None = None) -> dict[str, list[Badge]]:
    """Badges of running campaigns by lower-cased hashtag name, in one query."""
    now = now or timezone.now()
    links = (
        Campaign.tags.through.objects.filter(
            campaign__starts_at__lte=now, campaign__ends_at__gt=now
        )
        .select_related("campaign", "tag")
        .order_by("campaign_id", "tag_id")
    )
    campaigns: dict[int, Campaign] = {}
    names: dict[int, list[str]] = {}
    for link in links:
        campaigns[link.campaign_id] = link.campaign
        names.setdefault(link.campaign_id, []).append(link.tag.name)
    by_tag: dict[str, list[Badge]] = {}
    for campaign_id, campaign in campaigns.items():
        badge = Badge(
            campaign_id=campaign_id,
            title_id=campaign.title_id,
            title_en=campaign.title_en,
            emoji=campaign.emoji,
            badge_text=campaign.badge_text,
            hashtags=tuple(names[campaign_id]),
        )
        for name in names[campaign_id]:
            by_tag.setdefault(name, []).append(badge)
    return by_tag


def badges_for_tags(tag_names, by_tag: dict[str, list[Badge]]) -> list[Badge]:
    """The running campaigns any of `tag_names` belongs to, each once, in campaign order."""
    found: dict[int, Badge] = {}
    for name in tag_names:
        for badge in by_tag.get(name.lower(), []):
            found.setdefault(badge.campaign_id, badge)
    return sorted(found.values(), key=lambda badge: badge.campaign_id)
