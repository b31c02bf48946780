"""The campaign page's charts and CSV tables, built from campaigns.services.campaign_stats so
the picture, its data table, the CSV and the API all show the same numbers."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from teduh.campaigns.models import Campaign
from teduh.campaigns.services import CampaignStats
from teduh.core.charts import Chart, Series, bar_chart, line_chart


@dataclass(frozen=True)
class CampaignCharts:
    uses: Chart
    top_posts: Chart


def campaign_charts(stats: CampaignStats) -> CampaignCharts:
    uses = line_chart(
        _("Counted uses per day"),
        [Series(_("Counted uses"), [(day.day, day.uses) for day in stats.per_day])],
        x_label=_("Day"),
        y_label=_("Counted uses"),
    )
    top = bar_chart(
        _("Top posts"),
        [(post.label, post.score) for post in stats.top_posts],
        x_label=_("Post"),
        y_label=_("Favourites, shares and replies"),
    )
    return CampaignCharts(uses=uses, top_posts=top)


def summary_table(campaign: Campaign, stats: CampaignStats) -> tuple[list[str], list[list]]:
    """The headline figures as one CSV row."""
    headers = [
        _("Campaign"),
        _("Counted uses"),
        _("Participants"),
        _("Pledged total"),
        _("Currency"),
        _("Amount per counted use"),
        _("Cap"),
        _("Sponsor"),
        _("Starts"),
        _("Ends"),
    ]
    row = [
        campaign.title,
        stats.uses,
        stats.participants,
        stats.pledged_total,
        stats.currency if campaign.has_pledge else None,
        campaign.pledge_amount,
        campaign.pledge_cap,
        campaign.sponsor_name or None,
        campaign.starts_at.isoformat(),
        campaign.ends_at.isoformat(),
    ]
    return headers, [row]
