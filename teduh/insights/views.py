"""The author's own insights pages and their CSV exports (teduh.insights.services)."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse

from teduh.core.charts import csv_response
from teduh.insights import exports, services


@login_required
def overview(request):
    days = services.period_days(request.GET.get("days"))
    insights = services.author_insights(request.user, days)
    tables = exports.author_tables(insights)
    for table in tables.values():
        table.csv_url = f"{reverse('insights_csv', args=[table.name])}?days={days}"
    return render(
        request,
        "insights/overview.html",
        {
            "insights": insights,
            "tables": tables,
            "totals": _labelled(insights.totals),
            "periods": services.PERIODS,
            "k": services.K_ANONYMITY,
        },
    )


@login_required
def overview_csv(request, name: str):
    days = services.period_days(request.GET.get("days"))
    tables = exports.author_tables(services.author_insights(request.user, days))
    return _csv(tables, name, f"insights-{name}-{days}d.csv")


@login_required
def post(request, status_id: int):
    days = services.period_days(request.GET.get("days"))
    insights = services.post_insights(request.user, status_id, days)
    tables = exports.post_tables(insights)
    for table in tables.values():
        url = reverse("insights_post_csv", args=[status_id, table.name])
        table.csv_url = f"{url}?days={days}"
    return render(
        request,
        "insights/post.html",
        {
            "insights": insights,
            "status": insights.stats.status,
            "excerpt": exports.excerpt(insights.stats.status),
            "tables": tables,
            "totals": _labelled(insights.stats.as_dict()),
            "period_totals": _labelled(insights.series.totals),
            "periods": services.PERIODS,
            "k": services.K_ANONYMITY,
        },
    )


@login_required
def post_csv(request, status_id: int, name: str):
    days = services.period_days(request.GET.get("days"))
    tables = exports.post_tables(services.post_insights(request.user, status_id, days))
    return _csv(tables, name, f"insights-post-{status_id}-{name}-{days}d.csv")


def _csv(tables: dict, name: str, filename: str):
    table = tables.get(name)
    if table is None:
        raise Http404
    return csv_response(filename, table.headers, table.rows)


def _labelled(values: dict[str, int]) -> list[tuple[str, str, int]]:
    return [(name, str(exports.METRIC_LABELS[name]), value) for name, value in values.items()]
