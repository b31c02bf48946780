"""Hashtag campaigns: `GET /api/teduh/v1/campaigns`, `GET /api/teduh/v1/campaigns/{id}`, and
creating and changing them (`POST`, `PUT`, `PATCH`) for verified professionals and moderators.

The figures (`uses`, `participants`, `pledged_total`, `per_day`, `top_posts`) come from
campaigns.services.campaign_stats, the same function as the campaign page and its CSV files.
"""

from datetime import date, datetime
from typing import Literal

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from ninja import Query, Router, Schema
from pydantic import Field

from teduh.api import auth
from teduh.api.errors import not_found
from teduh.api.routers.common import object_id, require_user, with_errors
from teduh.api.schemas import Error
from teduh.campaigns import services
from teduh.campaigns.models import Campaign

router = Router(tags=["teduh"])

WRITE = auth.write("statuses")  # "write" or "write:statuses"


class CampaignPerson(Schema):
    id: str
    username: str
    display_name: str
    verified_professional: bool


class CampaignPledge(Schema):
    amount: int = Field(..., description="Given for each counted use, in whole currency units")
    currency: str = Field(..., description="ISO 4217 code, IDR by default")
    cap: int | None = Field(..., description="The most given in all; null without a cap")
    sponsor: str


class CampaignDay(Schema):
    day: date
    uses: int


class CampaignTopPost(Schema):
    id: str
    url: str
    label: str = Field(..., description="The content warning if any, else the start of the text")
    score: int = Field(..., description="Favourites + shares + replies")


class CampaignSchema(Schema):
    id: str
    url: str
    title: str = Field(..., description="In the request's language (English for the API)")
    title_id: str
    title_en: str
    description: str
    description_id: str
    description_en: str
    hashtags: list[str]
    emoji: str | None
    badge_text: str | None
    badge: str = Field(..., description="The emoji, or the short badge text")
    starts_at: datetime
    ends_at: datetime
    running: bool
    finished: bool
    organiser: CampaignPerson
    uses: int = Field(..., description="Counted uses: one per account per day")
    participants: int = Field(..., description="Distinct accounts with a counted use")
    pledged_total: int | None = Field(..., description="min(uses x amount, cap); null, no pledge")
    currency: str
    cap_reached: bool
    pledge: CampaignPledge | None


class CampaignDetail(CampaignSchema):
    per_day: list[CampaignDay]
    top_posts: list[CampaignTopPost]


class CampaignListParams(Schema):
    state: Literal["running", "upcoming", "finished"] | None = Field(
        None, description="Only running, upcoming or finished campaigns"
    )
    limit: int = Field(20, ge=1, le=40, description="Maximum number of results (1-40)")
    offset: int = Field(0, ge=0, le=10_000, description="Skip this many results")


class CampaignIn(Schema):
    title_id: str = Field(..., max_length=1000, description="Title in Indonesian")
    title_en: str = Field(..., max_length=1000, description="Title in English")
    description_id: str = Field(..., max_length=10_000)
    description_en: str = Field(..., max_length=10_000)
    hashtags: list[str] = Field(..., max_length=20, description="With or without '#'")
    starts_at: datetime
    ends_at: datetime
    emoji: str = Field("", max_length=100, description="One emoji; or use badge_text")
    badge_text: str = Field("", max_length=100, description="At most 20 characters")
    pledge_amount: int | None = Field(None, description="Per counted use; null for no pledge")
    pledge_currency: str = Field("IDR", max_length=10)
    pledge_cap: int | None = None
    sponsor_name: str = Field("", max_length=1000)


class CampaignPatch(Schema):
    """Only the fields sent change; null removes an optional value (pledge, cap)."""

    title_id: str | None = Field(None, max_length=1000)
    title_en: str | None = Field(None, max_length=1000)
    description_id: str | None = Field(None, max_length=10_000)
    description_en: str | None = Field(None, max_length=10_000)
    hashtags: list[str] | None = Field(None, max_length=20)
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    emoji: str | None = Field(None, max_length=100)
    badge_text: str | None = Field(None, max_length=100)
    pledge_amount: int | None = None
    pledge_currency: str | None = Field(None, max_length=10)
    pledge_cap: int | None = None
    sponsor_name: str | None = Field(None, max_length=1000)


def _campaign_json(request, campaign: Campaign, *, detail: bool) -> dict:
    stats = services.campaign_stats(campaign)
    organiser = campaign.organiser
    data = {
        "id": str(campaign.pk),
        "url": request.build_absolute_uri(reverse("campaign", args=[campaign.pk])),
        "title": campaign.title,
        "title_id": campaign.title_id,
        "title_en": campaign.title_en,
        "description": campaign.description,
        "description_id": campaign.description_id,
        "description_en": campaign.description_en,
        "hashtags": [tag.name for tag in campaign.tags.all()],
        "emoji": campaign.emoji or None,
        "badge_text": campaign.badge_text or None,
        "badge": campaign.badge,
        "starts_at": campaign.starts_at,
        "ends_at": campaign.ends_at,
        "running": campaign.is_running(),
        "finished": campaign.is_finished(),
        "organiser": {
            "id": str(organiser.pk),
            "username": organiser.username,
            "display_name": organiser.name,
            "verified_professional": bool(organiser.is_verified_professional),
        },
        "uses": stats.uses,
        "participants": stats.participants,
        "pledged_total": stats.pledged_total,
        "currency": stats.currency,
        "cap_reached": stats.cap_reached,
        "pledge": {
            "amount": campaign.pledge_amount,
            "currency": campaign.pledge_currency,
            "cap": campaign.pledge_cap,
            "sponsor": campaign.sponsor_name,
        }
        if campaign.has_pledge
        else None,
    }
    if detail:
        data["per_day"] = [{"day": day.day, "uses": day.uses} for day in stats.per_day]
        data["top_posts"] = [
            {
                "id": str(post.status_id),
                "url": request.build_absolute_uri(reverse("status", args=[post.status_id])),
                "label": post.label,
                "score": post.score,
            }
            for post in stats.top_posts
        ]
    return data


def _get(campaign_id: str) -> Campaign:
    campaign = (
        Campaign.objects.select_related("organiser")
        .prefetch_related("tags")
        .filter(pk=object_id(campaign_id))
        .first()
    )
    if campaign is None:
        raise not_found()
    return campaign


@router.get(
    "/teduh/v1/campaigns",
    response=with_errors({200: list[CampaignSchema]}),
    auth=None,
)
def list_campaigns(request, params: Query[CampaignListParams]):
    """Campaigns with their live figures: running ones first (ending soonest first), then
    upcoming, then finished (most recent first); or only one `state`. No token needed."""
    groups = {
        "running": services.running_campaigns,
        "upcoming": services.upcoming_campaigns,
        "finished": services.finished_campaigns,
    }
    chosen = [groups[params.state]] if params.state else list(groups.values())
    campaigns: list[Campaign] = []
    for query in chosen:
        campaigns.extend(query())
    rows = campaigns[params.offset : params.offset + params.limit]
    return [_campaign_json(request, campaign, detail=False) for campaign in rows]


@router.get(
    "/teduh/v1/campaigns/{campaign_id}",
    response=with_errors({200: CampaignDetail}),
    auth=None,
)
def get_campaign(request, campaign_id: str):
    """One campaign with its figures, counted uses per day and top posts (the same numbers as
    the campaign page and its CSV downloads). No token needed."""
    return _campaign_json(request, _get(campaign_id), detail=True)


def _draft(data: dict, base: services.CampaignDraft | None = None) -> services.CampaignDraft:
    if base is None:
        return services.CampaignDraft(**data)
    for name, value in data.items():
        setattr(base, name, value)
    return base


@router.post(
    "/teduh/v1/campaigns",
    response=with_errors({200: CampaignDetail, 400: Error}),
    auth=WRITE,
)
def create_campaign(request, data: CampaignIn):
    """Create a campaign run by the token's account, from a JSON body (not JSON at all: 400).
    Verified professionals and moderators only (403 otherwise); 422 for invalid input."""
    user = require_user(request)
    if not services.can_create_campaigns(user):
        raise PermissionDenied
    campaign = services.create_campaign(user, _draft(data.model_dump()))
    return _campaign_json(request, _get(str(campaign.pk)), detail=True)


def _update(request, campaign_id: str, changes: dict, *, partial: bool):
    user = require_user(request)
    campaign = _get(campaign_id)
    if not services.can_edit_campaign(user, campaign):
        raise PermissionDenied
    base = services.CampaignDraft.from_campaign(campaign) if partial else None
    services.update_campaign(user, campaign, _draft(changes, base))
    return _campaign_json(request, _get(campaign_id), detail=True)


@router.put(
    "/teduh/v1/campaigns/{campaign_id}",
    response=with_errors({200: CampaignDetail, 400: Error}),
    auth=WRITE,
)
def replace_campaign(request, campaign_id: str, data: CampaignIn):
    """Replace every field of a campaign (its organiser or a moderator)."""
    return _update(request, campaign_id, data.model_dump(), partial=False)


@router.patch(
    "/teduh/v1/campaigns/{campaign_id}",
    response=with_errors({200: CampaignDetail, 400: Error}),
    auth=WRITE,
)
def change_campaign(request, campaign_id: str, data: CampaignPatch):
    """Change some fields of a campaign (its organiser or a moderator)."""
    return _update(request, campaign_id, data.model_dump(exclude_unset=True), partial=True)
