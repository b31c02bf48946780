from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from teduh.campaigns.models import Campaign
from teduh.campaigns.services import CampaignDraft

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format=DATETIME_FORMAT, **kwargs)


class CampaignForm(forms.Form):
    """Field names match CampaignDraft, so the service's errors land on the right fields."""

    title_id = forms.CharField(label=_("Title (Indonesian)"), max_length=120)
    title_en = forms.CharField(label=_("Title (English)"), max_length=120)
    description_id = forms.CharField(
        label=_("Description (Indonesian)"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    description_en = forms.CharField(
        label=_("Description (English)"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    hashtags = forms.CharField(
        label=_("Hashtags"),
        max_length=600,
        help_text=_("One or more, separated by spaces, for example #TemanCerita #MariBicara."),
    )
    starts_at = forms.DateTimeField(
        label=_("Starts"), widget=DateTimeInput(), input_formats=[DATETIME_FORMAT]
    )
    ends_at = forms.DateTimeField(
        label=_("Ends"), widget=DateTimeInput(), input_formats=[DATETIME_FORMAT]
    )
    emoji = forms.CharField(
        label=_("Emoji"),
        max_length=16,
        required=False,
        help_text=_("One emoji shown next to the hashtags while the campaign runs."),
    )
    badge_text = forms.CharField(
        label=_("Badge text"),
        max_length=20,
        required=False,
        help_text=_("Or a short word instead of an emoji (at most 20 characters)."),
    )
    pledge_amount = forms.IntegerField(
        label=_("Pledge per counted use"),
        required=False,
        min_value=0,
        help_text=_("Optional. A sponsor gives this much for each counted use."),
    )
    pledge_currency = forms.CharField(label=_("Currency"), max_length=3, initial="IDR")
    pledge_cap = forms.IntegerField(
        label=_("Pledge cap"),
        required=False,
        min_value=0,
        help_text=_("Optional. The most the sponsor gives in all."),
    )
    sponsor_name = forms.CharField(label=_("Sponsor"), max_length=120, required=False)

    def draft(self) -> CampaignDraft:
        data = self.cleaned_data
        return CampaignDraft(
            title_id=data["title_id"],
            title_en=data["title_en"],
            description_id=data["description_id"],
            description_en=data["description_en"],
            hashtags=data["hashtags"],
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            emoji=data["emoji"],
            badge_text=data["badge_text"],
            pledge_amount=data["pledge_amount"],
            pledge_currency=data["pledge_currency"],
            pledge_cap=data["pledge_cap"],
            sponsor_name=data["sponsor_name"],
        )

    @staticmethod
    def initial_for(campaign: Campaign) -> dict:
        draft = CampaignDraft.from_campaign(campaign)
        return {
            **{
                name: getattr(draft, name)
                for name in (
                    "title_id",
                    "title_en",
                    "description_id",
                    "description_en",
                    "emoji",
                    "badge_text",
                    "pledge_amount",
                    "pledge_currency",
                    "pledge_cap",
                    "sponsor_name",
                )
            },
            "hashtags": " ".join(draft.hashtags),
            "starts_at": timezone.localtime(campaign.starts_at),
            "ends_at": timezone.localtime(campaign.ends_at),
        }
