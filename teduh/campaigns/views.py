"""Campaign pages: the list, a campaign with its live figures, charts and feed, the CSV
downloads, and the create and edit forms. Thin: the rules live in campaigns.services."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from teduh.campaigns import services
from teduh.campaigns.forms import CampaignForm
from teduh.campaigns.models import Campaign
from teduh.campaigns.reports import campaign_charts, summary_table
from teduh.core.charts import csv_response
from teduh.timelines import services as timelines
from teduh.web.views.common import int_param
from teduh.web.views.controls import filtered_cards


def campaign_list(request):
    return render(
        request,
        "campaigns/list.html",
        {
            "running": services.running_campaigns(),
            "upcoming": services.upcoming_campaigns(),
            "finished": services.finished_campaigns(),
            "can_create": services.can_create_campaigns(request.user),
        },
    )


def campaign_detail(request, campaign_id: int):
    campaign = get_object_or_404(
        Campaign.objects.select_related("organiser").prefetch_related("tags"), pk=campaign_id
    )
    page = timelines.paginate(
        services.campaign_feed(campaign, request.user), max_id=int_param(request, "max_id")
    )
    context = {
        "campaign": campaign,
        "cards": filtered_cards(request, page.statuses, "public"),
        "page": page,
    }
    if request.htmx and request.GET.get("max_id"):
        return render(request, "web/partials/timeline_page.html", context)
    stats = services.campaign_stats(campaign)
    context.update(
        stats=stats,
        charts=campaign_charts(stats),
        can_edit=services.can_edit_campaign(request.user, campaign),
    )
    return render(request, "campaigns/detail.html", context)


def _stats_for(campaign_id: int) -> tuple[Campaign, services.CampaignStats]:
    campaign = get_object_or_404(Campaign, pk=campaign_id)
    return campaign, services.campaign_stats(campaign)


def uses_csv(request, campaign_id: int):
    campaign, stats = _stats_for(campaign_id)
    return campaign_charts(stats).uses.csv_response(f"campaign-{campaign.pk}-uses.csv")


def top_posts_csv(request, campaign_id: int):
    campaign, stats = _stats_for(campaign_id)
    return campaign_charts(stats).top_posts.csv_response(f"campaign-{campaign.pk}-top-posts.csv")


def summary_csv(request, campaign_id: int):
    campaign, stats = _stats_for(campaign_id)
    headers, rows = summary_table(campaign, stats)
    return csv_response(f"campaign-{campaign.pk}-summary.csv", headers, rows)


@login_required
def campaign_new(request):
    if not services.can_create_campaigns(request.user):
        raise PermissionDenied
    form = CampaignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            campaign = services.create_campaign(request.user, form.draft())
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Your campaign is saved."))
            return redirect("campaign", campaign.pk)
    return render(
        request,
        "campaigns/form.html",
        {"form": form, "campaign": None, "time_zone": settings.TIME_ZONE},
    )


@login_required
def campaign_edit(request, campaign_id: int):
    campaign = get_object_or_404(Campaign, pk=campaign_id)
    if not services.can_edit_campaign(request.user, campaign):
        raise PermissionDenied
    form = CampaignForm(request.POST or None, initial=CampaignForm.initial_for(campaign))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_campaign(request.user, campaign, form.draft())
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Your changes are saved."))
            return redirect("campaign", campaign.pk)
    return render(
        request,
        "campaigns/form.html",
        {"form": form, "campaign": campaign, "time_zone": settings.TIME_ZONE},
    )
