"""Web pages for trends: /explore/ (everyone), /moderation/trends/ (moderators hide tags) and
/insights/conversations/ (moderators and researchers, aggregates only)."""

import datetime as dt
from dataclasses import replace
from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from teduh.core.charts import Series, bar_chart, csv_response, line_chart
from teduh.trends import services
from teduh.trends.conversations import (
    GRANULARITIES,
    K_ANONYMITY,
    LANGUAGES,
    SUPPRESSED_LABEL,
    ConversationTrends,
    conversation_trends,
)
from teduh.trends.topics import TOPICS
from teduh.web.views.controls import filtered_cards
from teduh.web.views.moderation import moderator_required

EXPLORE_TAGS = 10
EXPLORE_STATUSES = 20
RESEARCHERS_GROUP = "researchers"


def explore(request):
    """Trending hashtags and posts."""
    tags = services.trending_tags()[:EXPLORE_TAGS]
    statuses = services.trending_statuses(request.user, limit=EXPLORE_STATUSES)
    return render(
        request,
        "trends/explore.html",
        {
            "trending_tags": tags,
            "cards": filtered_cards(request, statuses, "public"),
            "show_conversation_trends": can_see_conversation_trends(request.user),
        },
    )


# Moderators: hiding hashtags ----------------------------------------------------------------------


class HideTagForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Hashtag"), max_length=101)
    reason = forms.CharField(
        label=gettext_lazy("Reason (for other moderators)"), max_length=300, required=False
    )


@moderator_required
def moderation_trends(request):
    form = HideTagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        name = form.cleaned_data["name"]
        try:
            services.hide_tag(request.user, name, form.cleaned_data["reason"])
        except services.TagNotFound:
            form.add_error("name", _("No hashtag with that name has been used yet."))
        else:
            messages.success(request, _("#%(name)s no longer trends.") % {"name": name.lstrip("#")})
            return redirect("moderation_trends")
    return render(
        request,
        "trends/moderation.html",
        {"form": form, "trending": services.trending_tags(), "hidden": services.hidden_tags()},
    )


@require_POST
@moderator_required
def moderation_unhide(request):
    name = request.POST.get("name", "")
    try:
        services.unhide_tag(request.user, name)
    except services.TagNotFound:
        pass
    else:
        messages.success(request, _("#%(name)s may trend again.") % {"name": name.lstrip("#")})
    return redirect("moderation_trends")


# Staff and researchers: conversation trends ----------------------------------------------------


def can_see_conversation_trends(user) -> bool:
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_moderator_user or user.groups.filter(name=RESEARCHERS_GROUP).exists())
    )


def researcher_required(view):
    """Signed-out visitors are sent to log in; others who are neither moderators nor in the
    "researchers" group get 403."""

    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not can_see_conversation_trends(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


class ConversationFilterForm(forms.Form):
    granularity = forms.ChoiceField(
        label=gettext_lazy("Period"),
        choices=[(key, label) for key, (label, _trunc) in GRANULARITIES.items()],
        required=False,
    )
    start = forms.DateField(
        label=gettext_lazy("From"),
        required=False,
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
    )
    end = forms.DateField(
        label=gettext_lazy("To"),
        required=False,
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
    )
    topic = forms.MultipleChoiceField(
        label=gettext_lazy("Topics"),
        choices=[(key, topic.label) for key, topic in TOPICS.items()],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language"), choices=list(LANGUAGES.items()), required=False
    )

    def filters(self) -> dict:
        """The service's arguments; defaults (the last 12 months, by month, all topics and
        languages) stand in for anything missing or invalid."""
        today = timezone.now().date()
        data = self.cleaned_data if self.is_valid() else {}
        end = data.get("end") or today
        start = data.get("start") or (end - dt.timedelta(days=365))
        return {
            "granularity": data.get("granularity") or "month",
            "start": start,
            "end": end,
            "topics": data.get("topic") or None,
            "language": data.get("language") or "",
        }


def _report(request) -> tuple[ConversationFilterForm, ConversationTrends]:
    form = ConversationFilterForm(request.GET or None)
    return form, conversation_trends(**form.filters())


def _volume_chart(report: ConversationTrends):
    """Posts per period, one line per topic (at most six lines; the table has them all)."""
    series = [
        Series(str(trend.topic.label), [(cell.period, cell.posts) for cell in trend.cells])
        for trend in report.topics
    ]
    chart = line_chart(
        _("Posts about mental-health topics"),
        series,
        x_label=str(GRANULARITIES[report.granularity][0]),
        y_label=_("Posts"),
    )
    # A gap in the line is a suppressed cell: say so in the table instead of a dash.
    display_rows = [
        [row[0]]
        + [
            SUPPRESSED_LABEL if raw is None else shown
            for raw, shown in zip(data[1:], row[1:], strict=True)
        ]
        for data, row in zip(chart.rows, chart.display_rows, strict=True)
    ]
    return replace(chart, display_rows=display_rows)


def _growth_chart(report: ConversationTrends):
    return bar_chart(
        _("Growth from the first to the last period"),
        [(str(trend.topic.label), trend.growth) for trend in report.topics],
        x_label=_("Topic"),
        y_label=_("Change (%)"),
    )


@researcher_required
def conversations(request):
    form, report = _report(request)
    query = request.GET.urlencode()
    return render(
        request,
        "trends/conversations.html",
        {
            "form": form,
            "report": report,
            "volume_chart": _volume_chart(report),
            "growth_chart": _growth_chart(report),
            "query": query,
            "k": K_ANONYMITY,
        },
    )


@researcher_required
def conversations_csv(request, table: str):
    """The page's figures as CSV: `table` is "volume" or "growth"."""
    _form, report = _report(request)
    if table == "growth":
        headers, rows = report.growth_table()
    else:
        headers, rows = report.volume_table()
    return csv_response(f"conversation-trends-{table}", headers, rows)
