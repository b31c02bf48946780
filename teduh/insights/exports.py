"""Charts and tables of the insights pages, and the CSV exports beside them.

A page and its CSV export build the same Table from the same service result, so the numbers in
the download are the numbers on the page.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from teduh.core.charts import Series, bar_chart, line_chart
from teduh.insights.services import (
    POST_METRICS,
    AuthorInsights,
    DailySeries,
    PostInsights,
    PostStats,
    Reach,
    language_name,
)
from teduh.safety.countries import country_name

METRIC_LABELS = {
    "views": gettext_lazy("Views"),
    "favourites": gettext_lazy("Favourites"),
    "replies": gettext_lazy("Replies"),
    "shares": gettext_lazy("Shares"),
    "bookmarks": gettext_lazy("Bookmarks"),
    "new_followers": gettext_lazy("New followers"),
}
INTERACTIONS = ("favourites", "replies", "shares", "bookmarks", "new_followers")
TOP_POSTS = 10
EXCERPT = 60


@dataclass
class Table:
    """What a page shows as a chart or table and what its CSV export contains."""

    name: str  # the CSV's name: /insights/csv/<name>.csv
    headers: list[str]
    rows: list[list]
    chart: object | None = None  # a teduh.core.charts chart, when drawn
    links: list[str] | None = None  # a page for each row (not part of the CSV)
    csv_url: str = ""  # set by the page that shows it

    @property
    def display_rows(self) -> list[tuple[str, list]]:
        links = self.links or [""] * len(self.rows)
        return list(zip(links, self.rows, strict=True))


def excerpt(status) -> str:
    text = (status.spoiler_text or status.content or "").strip().replace("\n", " ")
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


def _line(name: str, title: str, series: DailySeries, metrics) -> Table:
    chart = line_chart(
        title,
        [
            Series(
                str(METRIC_LABELS[m]),
                [(day.isoformat(), series.values[m][i]) for i, day in enumerate(series.days)],
            )
            for m in metrics
            if m in series.values
        ],
        x_label=_("Day"),
        y_label=_("Count"),
    )
    return Table(name, list(chart.headers), [list(row) for row in chart.rows], chart)


def views_table(series: DailySeries) -> Table:
    return _line("views", _("Views per day"), series, ["views"])


def interactions_table(series: DailySeries) -> Table:
    return _line("interactions", _("Interactions per day"), series, INTERACTIONS)


def top_posts_table(posts: list[PostStats]) -> Table:
    top = sorted((p for p in posts if p.views), key=lambda p: (-p.views, -p.status.pk))
    top = top[:TOP_POSTS]
    chart = bar_chart(
        _("Most viewed recent posts"),
        [(f"{excerpt(p.status)} (#{p.status.pk})", p.views) for p in top],
        x_label=_("Post"),
        y_label=_("Views"),
    )
    return Table("top_posts", list(chart.headers), [list(row) for row in chart.rows], chart)


def posts_table(posts: list[PostStats]) -> Table:
    headers = [_("Post"), _("Posted"), *(str(METRIC_LABELS[m]) for m in POST_METRICS)]
    rows = [
        [
            f"#{p.status.pk} {excerpt(p.status)}",
            p.status.created_at.date().isoformat(),
            *(getattr(p, m) for m in POST_METRICS),
        ]
        for p in posts
    ]
    links = [reverse("insights_post", args=[p.status.pk]) for p in posts]
    return Table("posts", headers, rows, links=links)


def reach_tables(reach: Reach, *, by_topic: bool) -> list[Table]:
    tables = []
    for name, cells, label, name_of in (
        ("languages", reach.by_language, _("Language"), language_name),
        ("countries", reach.by_country, _("Country"), country_name),
    ):
        headers = [_("Hashtag")] if by_topic else []
        headers += [label, _("Viewers")]
        rows = [
            ([f"#{c.topic}"] if by_topic else []) + [name_of(c.group), c.viewers] for c in cells
        ]
        tables.append(Table(name, headers, rows))
    return tables


def author_tables(insights: AuthorInsights) -> dict[str, Table]:
    tables = [
        views_table(insights.series),
        interactions_table(insights.series),
        top_posts_table(insights.posts),
        posts_table(insights.posts),
        *reach_tables(insights.reach, by_topic=True),
    ]
    return {table.name: table for table in tables}


def post_tables(insights: PostInsights) -> dict[str, Table]:
    tables = [
        views_table(insights.series),
        interactions_table(insights.series),
        *reach_tables(insights.reach, by_topic=False),
    ]
    return {table.name: table for table in tables}
