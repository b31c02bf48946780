"""Shared charts (teduh.core.charts): escaping, empty data, ticks, the summary sentence, the
data table, CSV text and download, and the template partial."""

import csv
import datetime as dt
import io
import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from teduh.core.charts import (
    COLOURS,
    DASHES,
    Series,
    bar_chart,
    csv_response,
    csv_text,
    line_chart,
    nice_ticks,
    safe_filename,
)


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def november(values):
    return [(f"2026-11-{day:02d}", value) for day, value in enumerate(values, start=1)]


def tick_labels(svg: str) -> list[str]:
    return re.findall(r'<text class="chart-tick"[^>]*>([^<]*)</text>', svg)


# --- accessibility and escaping -------------------------------------------------------------


def test_svg_is_an_image_labelled_by_its_title_and_description():
    chart = line_chart("Posts per day", [Series("Uses", november([1, 2, 3]))])
    svg = str(chart.svg)
    assert svg.startswith("<svg ")
    assert 'role="img"' in svg
    assert "viewBox=" in svg and "width=" not in svg.split(">")[0].replace("stroke-width", "")
    labelled = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
    title_id, desc_id = labelled
    assert re.search(rf'<title id="{title_id}">Posts per day</title>', svg)
    assert re.search(rf'<desc id="{desc_id}">{re.escape(chart.summary)}</desc>', svg)
    assert "<script" not in svg and "http://" not in svg.replace("http://www.w3.org/2000/svg", "")


def test_two_charts_on_one_page_have_different_ids():
    first = line_chart("A", [Series("Uses", november([1, 2]))])
    second = line_chart("A", [Series("Uses", november([1, 2]))])
    assert first.chart_id != second.chart_id


def test_user_text_is_escaped_everywhere():
    evil = '<script>alert("x")</script>'
    line = line_chart(
        evil, [Series(evil, november([1, 2])), Series("b", november([2, 1]))], x_label=evil
    )
    bar = bar_chart(evil, [(evil, 3), ("fine", 1)], x_label=evil, y_label=evil)
    for chart in (line, bar):
        svg = str(chart.svg)
        assert "<script>" not in svg
        assert "&lt;script&gt;" in svg
        html = render_to_string("web/partials/chart.html", {"chart": chart, "csv_url": "/x.csv"})
        assert "<script>" not in html
        assert "&lt;script&gt;" in html


# --- empty data -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "chart",
    [
        lambda: line_chart("Posts", []),
        lambda: line_chart("Posts", [Series("Uses", [])]),
        lambda: line_chart("Posts", [Series("Uses", [("2026-11-01", None)])]),
        lambda: bar_chart("Top posts", []),
    ],
)
def test_empty_data_gives_a_no_data_chart(chart):
    chart = chart()
    assert chart.empty
    assert chart.rows == []
    assert chart.summary == "No data yet."
    assert "No data yet" in str(chart.svg)
    assert 'role="img"' in str(chart.svg)
    html = render_to_string("web/partials/chart.html", {"chart": chart, "csv_url": "/x.csv"})
    assert "No data yet" in html
    assert "<table" not in html
    assert "Download CSV" not in html


# --- ticks ----------------------------------------------------------------------------------


def test_nice_ticks_are_round_and_cover_the_data():
    assert nice_ticks(0, 12) == [0, 5, 10, 15]
    assert nice_ticks(0, 120) == [0, 50, 100, 150]
    assert nice_ticks(0, 7, integer=True) == [0, 2, 4, 6, 8]
    assert nice_ticks(0, 1, integer=True) == [0, 1]  # no 0.25 for counts
    assert nice_ticks(0, 0) == [0, 0.25, 0.5, 0.75, 1]
    assert nice_ticks(0, 0.37) == [0, 0.1, 0.2, 0.3, 0.4]
    assert nice_ticks(-3, 17) == [-5, 0, 5, 10, 15, 20]  # zero stays on the axis
    assert nice_ticks(5, 9)[0] == 0


def test_value_axis_shows_grouped_rounded_ticks():
    chart = line_chart("Views", [Series("Views", november([0, 1250, 2999]))])
    labels = tick_labels(str(chart.svg))
    assert labels[:4] == ["0", "1,000", "2,000", "3,000"]
    assert labels[4] == "1 Nov" and labels[-1] == "3 Nov"


def test_many_days_get_at_most_eight_date_labels_including_first_and_last():
    chart = line_chart("Posts", [Series("Uses", november(range(30)))])
    dates = [label for label in tick_labels(str(chart.svg)) if "Nov" in label]
    assert 2 <= len(dates) <= 8
    assert dates[0] == "1 Nov" and dates[-1] == "30 Nov"


# --- summary and table ----------------------------------------------------------------------


def test_line_summary_states_range_highest_lowest_and_total():
    values = [0] * 30
    values[4] = 12
    values[9] = 108
    values[10] = 0
    chart = line_chart("Posts per day", [Series("Uses", november(values))])
    assert chart.summary == "From 1 Nov to 30 Nov: highest 108 on 10 Nov, lowest 0, total 120."


def test_line_summary_names_each_series():
    chart = line_chart(
        "Activity",
        [Series("Uses", november([1, 5, 2])), Series("Participants", november([1, 2, 2]))],
    )
    assert chart.summary == (
        "From 1 Nov to 3 Nov: Uses: highest 5 on 2 Nov, lowest 1, total 8; "
        "Participants: highest 2 on 2 Nov, lowest 1, total 5."
    )


def test_line_table_has_one_column_per_series_and_gaps_stay_empty():
    chart = line_chart(
        "Activity",
        [
            Series("Uses", [(dt.date(2026, 11, 1), 3), (dt.date(2026, 11, 2), 4)]),
            Series("Views", [(dt.date(2026, 11, 2), 9)]),
        ],
        x_label="Day",
    )
    assert chart.headers == ["Day", "Uses", "Views"]
    assert chart.rows == [["2026-11-01", 3, None], ["2026-11-02", 4, 9]]
    assert chart.display_rows[0] == ["1 Nov 2026", "3", "–"]
    assert chart.as_dict()["rows"] == chart.rows


def test_series_differ_by_dash_and_marker_not_only_colour():
    series = [Series(f"S{n}", november([n, n + 1, n])) for n in range(6)]
    svg = str(line_chart("Six", series).svg)
    for colour in COLOURS:
        assert colour in svg
    for dash in DASHES[1:]:
        assert f'stroke-dasharray="{dash}"' in svg
    assert "<circle" in svg and "<rect" in svg and "<polygon" in svg
    assert "chart-legend" in svg


def test_a_gap_breaks_the_line_instead_of_dropping_to_zero():
    chart = line_chart("Posts", [Series("Uses", november([1, 2, None, 4, 5]))])
    path = re.search(r'class="chart-line" d="([^"]+)"', str(chart.svg)).group(1)
    assert path.count("M") == 2
    assert chart.summary == "From 1 Nov to 5 Nov: highest 5 on 5 Nov, lowest 1, total 12."


def test_bar_summary_and_table():
    chart = bar_chart(
        "Top posts",
        [("First post", 12), ("Second", 7), ("Third", 1)],
        x_label="Post",
        y_label="Uses",
    )
    assert chart.summary == "Highest 12 for First post, lowest 1 for Third, total 20."
    assert chart.headers == ["Post", "Uses"]
    assert chart.rows == [["First post", 12], ["Second", 7], ["Third", 1]]
    assert str(chart.svg).count('class="chart-bar"') == 3


def test_summary_can_be_replaced_by_the_caller():
    chart = bar_chart("Topics", [("a", 1)], summary="Counts under 10 are hidden.")
    assert chart.summary == "Counts under 10 are hidden."
    assert "<desc" in str(chart.svg) and "Counts under 10 are hidden." in str(chart.svg)


def test_summary_is_translated():
    with translation.override("id"):
        chart = line_chart("Pos", [])
    # The catalog may not have the string yet; the call must still work in Indonesian.
    assert chart.summary in ("No data yet.", "Belum ada data.")


# --- CSV ------------------------------------------------------------------------------------


def test_csv_has_a_header_row_and_the_same_rows():
    chart = line_chart("Posts", [Series("Uses", november([3, 4]))], x_label="Day")
    parsed = list(csv.reader(io.StringIO(chart.csv())))
    assert parsed == [["Day", "Uses"], ["2026-11-01", "3"], ["2026-11-02", "4"]]


def test_csv_guards_against_formula_injection_but_keeps_numbers():
    text = csv_text(
        ["Label", "Value"],
        [['=HYPERLINK("http://x")', -5], ["+1", 2], ["-2", 0], ["@SUM(A1)", 1.5], ["ok", None]],
    )
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed[1] == ['\'=HYPERLINK("http://x")', "-5"]
    assert parsed[2] == ["'+1", "2"]
    assert parsed[3] == ["'-2", "0"]
    assert parsed[4] == ["'@SUM(A1)", "1.5"]
    assert parsed[5] == ["ok", ""]


def test_csv_response_is_a_utf8_attachment_with_a_safe_filename():
    response = csv_response('../etc/"trends" ñ.csv', ["Topik", "Jumlah"], [["kesehatan jiwa ✓", 3]])
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment; filename=")
    filename = re.search(r'filename="([^"]+)"', disposition).group(1)
    assert re.fullmatch(r"[A-Za-z0-9._-]+\.csv", filename)
    assert ".." not in filename and "/" not in filename
    assert response.content.decode("utf-8").splitlines() == ["Topik,Jumlah", "kesehatan jiwa ✓,3"]


def test_safe_filename():
    assert safe_filename("campaign-12-uses") == "campaign-12-uses.csv"
    assert safe_filename("trends.csv") == "trends.csv"
    assert safe_filename("") == "data.csv"
    assert safe_filename("a\r\nSet-Cookie: x") == "a-Set-Cookie-x.csv"


def test_chart_csv_response_matches_chart_csv():
    chart = bar_chart("Top", [("a", 1)])
    assert chart.csv_response("top").content.decode() == chart.csv()


# --- partial --------------------------------------------------------------------------------


def test_partial_renders_figure_summary_table_and_csv_link():
    chart = line_chart(
        "Posts per day", [Series("Uses", november([2, 5]))], x_label="Day", y_label="Posts"
    )
    html = render_to_string(
        "web/partials/chart.html", {"chart": chart, "csv_url": "/campaigns/1/uses.csv"}
    )
    assert "<figure" in html and "<figcaption" in html
    assert chart.summary in html
    assert str(chart.svg) in html
    assert "<caption>" in html
    assert '<th scope="col">Day</th>' in html and '<th scope="col">Uses</th>' in html
    assert '<th scope="row">1 Nov 2026</th><td>2</td>' in html
    assert '<a class="chart-csv" href="/campaigns/1/uses.csv" download>Download CSV' in html


def test_partial_without_csv_url_has_no_link():
    chart = bar_chart("Top", [("a", 1)])
    html = render_to_string("web/partials/chart.html", {"chart": chart})
    assert "<table" in html
    assert "Download CSV" not in html


def test_fixed_maximum_and_labelled_guide_lines():
    chart = line_chart(
        "Scores",
        [Series("PHQ-9", november([9, 18]))],
        y_max=27,
        guides=[(5, "Mild (5+)"), (20, "<b>Severe</b> (20+)"), (40, "off the scale")],
    )
    svg = str(chart.svg)
    assert tick_labels(svg)[:4] == ["0", "10", "20", "27"]
    assert svg.count('class="chart-threshold"') == 2  # 40 is above the axis: left out
    assert "Mild (5+)" in svg and "&lt;b&gt;Severe&lt;/b&gt; (20+)" in svg
    assert "off the scale" not in svg


def test_guides_widen_the_axis_when_there_is_no_fixed_maximum():
    chart = line_chart("Pledges", [Series("IDR", november([1, 2]))], guides=[(10, "Cap")])
    assert tick_labels(str(chart.svg))[-3] == "10"  # the last two labels are the dates
