"""Line and bar charts drawn on the server as accessible SVG, with the same data as a table
and as CSV.

No JavaScript and nothing fetched from elsewhere: the SVG is inline markup that scales with its
viewBox. Every chart carries a <title> and a <desc> (the one-sentence summary) for assistive
technology, and the template partial "web/partials/chart.html" puts the data table beside it,
so nothing is conveyed by the picture alone. Series differ by colour AND by dash pattern and
marker shape, so they stay apart for people who do not see the colours.

Titles, labels and series names often come from users, so every piece of text is escaped here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpResponse
from django.utils import dateformat, formats
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

__all__ = [
    "Chart",
    "Series",
    "bar_chart",
    "csv_response",
    "csv_text",
    "line_chart",
    "nice_ticks",
    "safe_filename",
]

# Dark enough for 3:1 contrast on white (non-text contrast), told apart by colour-blind
# people (Okabe-Ito, darkened); each series also gets its own dash pattern and marker.
COLOURS = ("#0b5d8f", "#b4470b", "#0a7a55", "#8e3b74", "#6b5a00", "#3d3d3d")
DASHES = ("", "7 4", "2 3", "9 3 2 3", "4 4", "12 3")
MARKERS = ("circle", "square", "triangle", "diamond", "cross", "triangle-down")
MAX_SERIES = len(COLOURS)  # more than this would need colours that can't be told apart

FONT_SIZE = 12
CHAR_WIDTH = 7  # rough width of one character at FONT_SIZE, for laying out labels
MAX_X_LABELS = 8
MAX_MARKERS = 60  # beyond this, markers would merge into a thick smudge; the line remains
BAR_ROW = 26  # height of one bar row in a bar chart
MAX_BAR_LABEL = 28  # characters of a bar's label shown in the picture (full text in the table)

Number = int | float

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Series:
    """One line of a line chart: a name and (x, y) points, oldest first. x is a date, a
    datetime, an ISO date string ("2026-11-01"), a month ("2026-11") or any label; y is a number,
    or None for a gap (e.g. a value held back because the count is too small to show)."""

    name: str
    points: Sequence[tuple[Any, Number | None]]


@dataclass(frozen=True)
class Chart:
    """A drawn chart. `svg` is safe markup; `headers`/`rows` are the raw data (dates as ISO
    text, numbers as numbers) for CSV and APIs; `display_rows` are the same rows formatted for
    people (localized dates and numbers) for the HTML table."""

    title: str
    svg: SafeString
    summary: str
    headers: list[str]
    rows: list[list[Any]]
    display_rows: list[list[str]] = field(default_factory=list)
    kind: str = "line"
    chart_id: str = ""

    @property
    def empty(self) -> bool:
        return not self.rows

    def csv(self) -> str:
        return csv_text(self.headers, self.rows)

    def csv_response(self, filename: str) -> HttpResponse:
        return csv_response(filename, self.headers, self.rows)

    def as_dict(self) -> dict[str, Any]:
        """For JSON APIs: the same figures the page and the CSV show."""
        return {
            "title": self.title,
            "summary": self.summary,
            "headers": self.headers,
            "rows": self.rows,
        }


# --- numbers, dates and ticks ---------------------------------------------------------------


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _decimals_for(value: Number) -> int:
    """As few decimals as the value needs, at most two (one from 100 up)."""
    most = 2 if abs(value) < 100 else 1
    text = f"{round(value, most):.{most}f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def format_number(value: Number | None, decimals: int | None = None) -> str:
    """Localized, grouped ("1.250" in Indonesian), at most two decimals."""
    if value is None:
        return "–"
    if decimals is None:
        decimals = _decimals_for(value)
    if decimals == 0:
        value = round(value)
    text = formats.number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)
    return text


def _as_date(x: Any) -> dt.date | None:
    if isinstance(x, dt.datetime):
        return x.date()
    if isinstance(x, dt.date):
        return x
    if isinstance(x, str) and _ISO_DATE.match(x):
        try:
            return dt.date.fromisoformat(x)
        except ValueError:
            return None
    return None


def _format_x(x: Any, *, with_year: bool = False) -> str:
    """A short label for an x value: "5 Nov" for dates, "Nov 2026" for months, else as given."""
    day = _as_date(x)
    if day is not None:
        return dateformat.format(day, "j M Y" if with_year else "j M")
    if isinstance(x, str) and _ISO_MONTH.match(x):
        try:
            return dateformat.format(dt.date(int(x[:4]), int(x[5:7]), 1), "M Y")
        except ValueError:
            return x
    return str(x)


def _raw_x(x: Any) -> Any:
    """The machine-readable form for CSV and APIs."""
    if isinstance(x, dt.datetime | dt.date):
        return x.isoformat()
    return x if isinstance(x, int | float) else str(x)


def _years_differ(xs: Sequence[Any]) -> bool:
    days = [d for d in (_as_date(x) for x in xs) if d is not None]
    return bool(days) and len({d.year for d in days}) > 1


def nice_ticks(low: Number, high: Number, count: int = 5, *, integer: bool = False) -> list[Number]:
    """Round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) covering low..high,
    always including zero. With `integer` (counts), steps are whole numbers."""
    low, high = min(low, high, 0), max(low, high, 0)
    if high == low:
        high = low + 1
    raw_step = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = 10 * magnitude
    for multiple in (1, 2, 2.5, 5, 10):
        candidate = multiple * magnitude
        if integer and not float(candidate).is_integer():
            continue
        if candidate >= raw_step:
            step = candidate
            break
    if integer:
        step = max(1, round(step))
    start = math.floor(low / step + 1e-9) * step
    end = math.ceil(high / step - 1e-9) * step
    steps = round((end - start) / step)
    ticks = [round(start + i * step, 10) for i in range(steps + 1)]
    return [int(t) if float(t).is_integer() else t for t in ticks]


def _tick_decimals(ticks: Sequence[Number]) -> int:
    return max((len(repr(float(t)).split(".")[1].rstrip("0")) for t in ticks), default=0)


def _fmt(value: float) -> str:
    """Coordinates with one decimal, no trailing noise."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


# --- shared SVG pieces ------------------------------------------------------------------------


def _new_id() -> str:
    # Several charts can share a page, and aria-labelledby needs ids unique on it.
    return f"chart-{uuid.uuid4().hex[:10]}"


def _svg_open(chart_id: str, width: int, height: int, title: str, summary: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 {width} {height}"'
        f' role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" focusable="false"'
        f' font-family="inherit" font-size="{FONT_SIZE}">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(summary)}</desc>',
    ]


def _empty_svg(chart_id: str, width: int, height: int, title: str, summary: str) -> SafeString:
    height = min(height, 160)  # a short placeholder, not a tall empty box
    parts = _svg_open(chart_id, width, height, title, summary)
    parts.append(
        f'<rect class="chart-empty-box" x="1" y="1" width="{width - 2}" height="{height - 2}"'
        ' fill="none" stroke="#c9d1cf" stroke-dasharray="6 4" rx="6"/>'
    )
    parts.append(
        f'<text class="chart-empty" x="{width / 2:g}" y="{height / 2:g}" text-anchor="middle"'
        f' dominant-baseline="middle" fill="#4f5d60" font-size="16">{escape(_("No data yet"))}'
        "</text>"
    )
    parts.append("</svg>")
    return mark_safe("".join(parts))


# Polygon corners relative to the point, in units of the marker size (one more for the tips so
# the pointed shapes look as big as the circle and the square).
_SHAPES = {
    "triangle": ((0, -1.25), (1.25, 1), (-1.25, 1)),
    "triangle-down": ((0, 1.25), (1.25, -1), (-1.25, -1)),
    "diamond": ((0, -1.25), (1.25, 0), (0, 1.25), (-1.25, 0)),
}


def _marker(shape: str, x: float, y: float, colour: str, size: float = 4) -> str:
    """A point marker; the shape (not only the colour) tells the series apart."""
    s = size
    style = f'fill="{colour}" stroke="#ffffff" stroke-width="1"'
    if shape == "circle":
        return f'<circle class="chart-point" cx="{_fmt(x)}" cy="{_fmt(y)}" r="{s:g}" {style}/>'
    if shape == "square":
        return (
            f'<rect class="chart-point" x="{_fmt(x - s)}" y="{_fmt(y - s)}" width="{2 * s:g}"'
            f' height="{2 * s:g}" {style}/>'
        )
    if shape in _SHAPES:
        pts = " ".join(f"{_fmt(x + dx * s)},{_fmt(y + dy * s)}" for dx, dy in _SHAPES[shape])
        return f'<polygon class="chart-point" points="{pts}" {style}/>'
    a, b, c, d = _fmt(x - s), _fmt(y - s), _fmt(x + s), _fmt(y + s)  # a cross
    return (
        f'<path class="chart-point" d="M{a},{b}L{c},{d}M{a},{d}L{c},{b}" stroke="{colour}"'
        ' stroke-width="2.5" fill="none"/>'
    )


def _value_axis_labels(ticks: Sequence[Number]) -> list[str]:
    decimals = _tick_decimals(ticks)
    return [format_number(t, decimals) for t in ticks]


# --- line charts ------------------------------------------------------------------------------


def _x_values(series: Sequence[Series]) -> list[Any]:
    """The shared x axis: the series' own order when they agree, else sorted when possible."""
    seen: list[Any] = []
    keys: set[Any] = set()
    same = True
    first = [x for x, _y in series[0].points] if series else []
    for s in series:
        xs = [x for x, _y in s.points]
        if xs != first:
            same = False
        for x in xs:
            key = _raw_x(x)
            if key not in keys:
                keys.add(key)
                seen.append(x)
    if same:
        return seen
    try:
        return sorted(seen, key=lambda x: _as_date(x) or _raw_x(x))
    except TypeError:
        return seen


def _x_label_indexes(count: int, plot_width: float, label_width: float) -> list[int]:
    """Which x positions get a label: all while they fit, else evenly spaced, always the
    first and the last."""
    fit = max(2, min(MAX_X_LABELS, int(plot_width // (label_width + 12))))
    if count <= fit:
        return list(range(count))
    step = math.ceil((count - 1) / (fit - 1))
    indexes = list(range(0, count, step))
    if indexes[-1] != count - 1:
        if (count - 1) - indexes[-1] < step / 2:
            indexes.pop()
        indexes.append(count - 1)
    return indexes


def _line_summary(series: Sequence[Series], xs: Sequence[Any]) -> str:
    with_year = _years_differ(xs)
    start, end = _format_x(xs[0], with_year=with_year), _format_x(xs[-1], with_year=with_year)
    parts = []
    for s in series:
        values = [(x, y) for x, y in s.points if _is_number(y)]
        if not values:
            parts.append(_("%(name)s has no data") % {"name": s.name})
            continue
        top_x, top = max(values, key=lambda p: p[1])  # first of equal highs
        low = min(y for _x, y in values)
        figures = {
            "max": format_number(top),
            "max_at": _format_x(top_x, with_year=with_year),
            "min": format_number(low),
            "total": format_number(sum(y for _x, y in values)),
        }
        if len(series) == 1:
            parts.append(
                _("highest %(max)s on %(max_at)s, lowest %(min)s, total %(total)s") % figures
            )
        else:
            parts.append(
                _("%(name)s: highest %(max)s on %(max_at)s, lowest %(min)s, total %(total)s")
                % {**figures, "name": s.name}
            )
    if start == end:
        return _("On %(start)s: %(details)s.") % {"start": start, "details": "; ".join(parts)}
    return _("From %(start)s to %(end)s: %(details)s.") % {
        "start": start,
        "end": end,
        "details": "; ".join(parts),
    }


def _empty_chart(
    kind: str, chart_id: str, title: str, headers: list[str], summary, width: int, height: int
) -> Chart:
    """A chart with nothing to draw: a "No data yet" picture (or the caller's summary) and no
    table rows, so no CSV link either."""
    text = summary if summary is not None else _("No data yet.")
    return Chart(
        title=title,
        svg=_empty_svg(chart_id, width, height, title, text),
        summary=text,
        headers=headers,
        rows=[],
        display_rows=[],
        kind=kind,
        chart_id=chart_id,
    )


def line_chart(
    title: str,
    series: Sequence[Series],
    *,
    x_label: str = "",
    y_label: str = "",
    width: int = 640,
    height: int = 260,
    summary: str | None = None,
    y_max: Number | None = None,
    guides: Sequence[tuple[Number, str]] = (),
) -> Chart:
    """One to six lines over a shared x axis (usually days, weeks or months).

    The table has the x values in the first column and one column per series. `summary`
    replaces the generated sentence when the caller can say something more useful. `y_max`
    fixes the top of the value axis (a questionnaire's maximum score); `guides` are labelled
    horizontal reference lines (value, label), such as score bands or a pledge cap.
    """
    title = str(title)
    x_label, y_label = str(x_label), str(y_label)
    series = [Series(str(s.name), list(s.points)) for s in series][:MAX_SERIES]
    chart_id = _new_id()
    xs = _x_values(series)
    headers = [x_label or _("Date")] + [s.name for s in series]
    by_series = [{_raw_x(x): y for x, y in s.points} for s in series]
    rows = [[_raw_x(x)] + [values.get(_raw_x(x)) for values in by_series] for x in xs]
    has_numbers = any(_is_number(y) for s in series for _x, y in s.points)

    if not xs or not has_numbers:
        return _empty_chart("line", chart_id, title, headers, summary, width, height)

    text = summary if summary is not None else _line_summary(series, xs)
    with_year = _years_differ(xs)
    display_rows = [
        [_format_x(x, with_year=True)] + [format_number(y) for y in row[1:]]
        for x, row in zip(xs, rows, strict=True)
    ]

    values = [y for s in series for _x, y in s.points if _is_number(y)]
    guides = [(value, str(label)) for value, label in guides if _is_number(value)]
    integer = all(float(v).is_integer() for v in values)
    if y_max is not None:
        ticks = [t for t in nice_ticks(min(values), y_max, integer=integer) if t <= y_max]
        ticks += [] if ticks[-1] == y_max else [y_max]
    else:
        reach = values + [value for value, _label in guides]
        ticks = nice_ticks(min(reach), max(reach), integer=integer)
    tick_labels = _value_axis_labels(ticks)

    labels = [_format_x(x, with_year=with_year) for x in xs]
    label_width = CHAR_WIDTH * max(len(label) for label in labels)
    legend = len(series) > 1
    top = 12 + (22 if legend else 0)
    bottom = 26 + (18 if x_label else 0)
    left = 12 + CHAR_WIDTH * max(len(t) for t in tick_labels) + (20 if y_label else 0)
    # The first and last date labels are centred on the plot's edges: keep room for half.
    left = max(left, label_width // 2 + 4)
    right = max(18, label_width // 2 + 4)
    if guides:  # guide labels sit to the right of the plot
        right = max(right, 16 + CHAR_WIDTH * max(len(label) for _value, label in guides))
    plot_w, plot_h = width - left - right, height - top - bottom
    low, high = ticks[0], ticks[-1]

    def px(index: int) -> float:
        return left + plot_w / 2 if len(xs) == 1 else left + plot_w * index / (len(xs) - 1)

    def py(value: Number) -> float:
        return top + plot_h * (1 - (value - low) / (high - low))

    parts = _svg_open(chart_id, width, height, title, text)
    parts.append('<g class="chart-grid" aria-hidden="true">')
    for tick, label in zip(ticks, tick_labels, strict=True):
        y = _fmt(py(tick))
        stroke = "#8a9694" if tick == 0 else "#e1e6e4"
        parts.append(
            f'<line x1="{left}" y1="{y}" x2="{width - right}" y2="{y}" stroke="{stroke}"'
            ' stroke-width="1"/>'
        )
        parts.append(
            f'<text class="chart-tick" x="{left - 6}" y="{y}" text-anchor="end"'
            f' dominant-baseline="middle" fill="#3b484a">{escape(label)}</text>'
        )
    for index in _x_label_indexes(len(xs), plot_w, label_width):
        x = px(index)
        parts.append(
            f'<line x1="{_fmt(x)}" y1="{top + plot_h}" x2="{_fmt(x)}" y2="{top + plot_h + 4}"'
            ' stroke="#8a9694"/>'
        )
        parts.append(
            f'<text class="chart-tick" x="{_fmt(x)}" y="{top + plot_h + 17}"'
            f' text-anchor="middle" fill="#3b484a">{escape(labels[index])}</text>'
        )
    parts.append("</g>")
    parts.extend(_axis_titles(x_label, y_label, left, top, plot_w, plot_h, height))
    for value, label in guides:
        if not low <= value <= high:
            continue
        y = _fmt(py(value))
        parts.append(
            f'<line class="chart-threshold" x1="{left}" y1="{y}" x2="{width - right}" y2="{y}"'
            ' stroke="#9a7416" stroke-width="1" stroke-dasharray="4 4"/>'
        )
        parts.append(
            f'<text class="chart-guide" x="{width - right + 6}" y="{y}"'
            f' dominant-baseline="middle" fill="#1d2a2c">{escape(label)}</text>'
        )

    if legend:
        parts.append(_legend(series, left, 14, width - right))

    index_of = {_raw_x(x): i for i, x in enumerate(xs)}
    for number, s in enumerate(series):
        colour, dash, shape = COLOURS[number], DASHES[number], MARKERS[number]
        path: list[str] = []
        pen_down = False
        points = []
        for x, y in s.points:
            if not _is_number(y):
                pen_down = False  # a gap, not a drop to zero
                continue
            cx, cy = px(index_of[_raw_x(x)]), py(y)
            path.append(f"{'L' if pen_down else 'M'}{_fmt(cx)},{_fmt(cy)}")
            pen_down = True
            points.append((cx, cy))
        parts.append(f'<g class="chart-series chart-series-{number + 1}">')
        if len(points) > 1:
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            parts.append(
                f'<path class="chart-line" d="{"".join(path)}" fill="none" stroke="{colour}"'
                f' stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"{dash_attr}/>'
            )
        if len(points) <= MAX_MARKERS or len(series) > 1:
            every = max(1, math.ceil(len(points) / MAX_MARKERS))
            for cx, cy in points[::every]:
                parts.append(_marker(shape, cx, cy, colour))
        parts.append("</g>")
    parts.append("</svg>")
    return Chart(
        title=title,
        svg=mark_safe("".join(parts)),
        summary=text,
        headers=headers,
        rows=rows,
        display_rows=display_rows,
        kind="line",
        chart_id=chart_id,
    )


def _axis_titles(
    x_label: str, y_label: str, left: float, top: float, plot_w: float, plot_h: float, height: int
) -> list[str]:
    parts = []
    if x_label:
        parts.append(
            f'<text class="chart-axis-label" x="{_fmt(left + plot_w / 2)}" y="{height - 6}"'
            f' text-anchor="middle" fill="#1d2a2c">{escape(x_label)}</text>'
        )
    if y_label:
        cy = _fmt(top + plot_h / 2)
        parts.append(
            f'<text class="chart-axis-label" x="14" y="{cy}" text-anchor="middle"'
            f' transform="rotate(-90 14 {cy})" fill="#1d2a2c">{escape(y_label)}</text>'
        )
    return parts


def _legend(series: Sequence[Series], left: float, y: float, limit: float) -> str:
    """Sample line + marker + name for each series, in a row (wrapping is not needed for six
    short names; long names are cut, the table has them in full)."""
    parts = ['<g class="chart-legend">']
    x = left
    room = (limit - left) / len(series)
    for number, s in enumerate(series):
        colour, dash, shape = COLOURS[number], DASHES[number], MARKERS[number]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(
            f'<line x1="{_fmt(x)}" y1="{y}" x2="{_fmt(x + 24)}" y2="{y}" stroke="{colour}"'
            f' stroke-width="2.5"{dash_attr}/>'
        )
        parts.append(_marker(shape, x + 12, y, colour))
        chars = max(4, int((room - 34) // CHAR_WIDTH))
        name = s.name if len(s.name) <= chars else s.name[: chars - 1] + "…"
        parts.append(
            f'<text x="{_fmt(x + 30)}" y="{y}" dominant-baseline="middle" fill="#1d2a2c">'
            f"{escape(name)}</text>"
        )
        x += room
    parts.append("</g>")
    return "".join(parts)


# --- bar charts -------------------------------------------------------------------------------


def _bar_summary(items: Sequence[tuple[str, Number | None]]) -> str:
    values = [(label, value) for label, value in items if _is_number(value)]
    if len(values) == 1:
        label, value = values[0]
        return _("%(label)s: %(value)s.") % {"label": label, "value": format_number(value)}
    top_label, top = max(values, key=lambda p: p[1])
    low_label, low = min(values, key=lambda p: p[1])
    return _(
        "Highest %(max)s for %(max_label)s, lowest %(min)s for %(min_label)s, total %(total)s."
    ) % {
        "max": format_number(top),
        "max_label": top_label,
        "min": format_number(low),
        "min_label": low_label,
        "total": format_number(sum(v for _label, v in values)),
    }


def bar_chart(
    title: str,
    items: Iterable[tuple[Any, Number | None]],
    *,
    x_label: str = "",
    y_label: str = "",
    width: int = 640,
    height: int = 260,
    summary: str | None = None,
) -> Chart:
    """Horizontal bars, one per (label, value) item in the given order; horizontal so that
    long labels (post excerpts, topics) stay readable. `x_label` names the items (the table's
    first column), `y_label` the values. The height grows with the number of items."""
    title = str(title)
    x_label, y_label = str(x_label), str(y_label)
    pairs = [(_raw_x(label), value) for label, value in items]
    chart_id = _new_id()
    headers = [x_label or _("Item"), y_label or _("Value")]
    numbers = [v for _label, v in pairs if _is_number(v)]
    if not numbers:
        return _empty_chart("bar", chart_id, title, headers, summary, width, height)

    labels = [str(_format_x(label)) for label, _v in pairs]
    text = (
        summary
        if summary is not None
        else _bar_summary(list(zip(labels, (v for _l, v in pairs), strict=True)))
    )
    rows = [[label, value] for label, value in pairs]
    display_rows = [
        [label, format_number(value)] for label, (_l, value) in zip(labels, pairs, strict=True)
    ]

    integer = all(float(v).is_integer() for v in numbers)
    ticks = nice_ticks(min(numbers), max(numbers), integer=integer)
    tick_labels = _value_axis_labels(ticks)
    shown = [
        label if len(label) <= MAX_BAR_LABEL else label[: MAX_BAR_LABEL - 1] + "…"
        for label in labels
    ]
    top = 10
    bottom = 26 + (18 if y_label else 0)
    left = 12 + CHAR_WIDTH * max(len(label) for label in shown) + (20 if x_label else 0)
    # Negative values are written left of their bars: keep room between the labels and the plot.
    gap = 6 + (40 if min(numbers) < 0 else 0)
    left = min(left, width // 2) + gap - 6
    right = 12 + CHAR_WIDTH * len(tick_labels[-1]) // 2 + 40  # room for the value at bar end
    height = max(height, top + bottom + BAR_ROW * len(pairs))
    plot_w, plot_h = width - left - right, height - top - bottom
    row_h = plot_h / len(pairs)
    low, high = ticks[0], ticks[-1]

    def px(value: Number) -> float:
        return left + plot_w * (value - low) / (high - low)

    parts = _svg_open(chart_id, width, height, title, text)
    parts.append('<g class="chart-grid" aria-hidden="true">')
    for tick, label in zip(ticks, tick_labels, strict=True):
        x = _fmt(px(tick))
        stroke = "#8a9694" if tick == 0 else "#e1e6e4"
        parts.append(
            f'<line x1="{x}" y1="{top}" x2="{x}" y2="{top + plot_h}" stroke="{stroke}"'
            ' stroke-width="1"/>'
        )
        parts.append(
            f'<text class="chart-tick" x="{x}" y="{_fmt(top + plot_h + 17)}" text-anchor="middle"'
            f' fill="#3b484a">{escape(label)}</text>'
        )
    parts.append("</g>")
    # Axis titles swap roles here: items run down the side, values along the bottom.
    parts.extend(_axis_titles(y_label, x_label, left, top, plot_w, plot_h, height))
    zero = px(0)
    bar_h = min(row_h * 0.7, 22)
    parts.append('<g class="chart-bars">')
    for index, ((_raw, value), full, label) in enumerate(zip(pairs, labels, shown, strict=True)):
        cy = top + row_h * index + row_h / 2
        parts.append(
            f'<text class="chart-tick" x="{left - gap}" y="{_fmt(cy)}" text-anchor="end"'
            f' dominant-baseline="middle" fill="#1d2a2c">{escape(label)}</text>'
        )
        if not _is_number(value):
            continue
        end = px(value)
        x0, x1 = min(zero, end), max(zero, end)
        parts.append(
            f'<rect class="chart-bar" x="{_fmt(x0)}" y="{_fmt(cy - bar_h / 2)}"'
            f' width="{_fmt(max(x1 - x0, 1))}" height="{_fmt(bar_h)}" fill="{COLOURS[0]}" rx="2">'
            f"<title>{escape(full)}: {escape(format_number(value))}</title></rect>"
        )
        # The value sits just past the bar's far end: right of it, or left for negatives.
        beside = f'x="{_fmt(x1 + 4)}"' if value >= 0 else f'x="{_fmt(x0 - 4)}" text-anchor="end"'
        parts.append(
            f'<text class="chart-value" {beside} y="{_fmt(cy)}"'
            f' dominant-baseline="middle" fill="#1d2a2c">{escape(format_number(value))}</text>'
        )
    parts.append("</g></svg>")
    return Chart(
        title=title,
        svg=mark_safe("".join(parts)),
        summary=text,
        headers=headers,
        rows=rows,
        display_rows=display_rows,
        kind="bar",
        chart_id=chart_id,
    )


# --- CSV --------------------------------------------------------------------------------------


def _csv_cell(value: Any) -> Any:
    """Spreadsheets run cells that start with =, +, - or @ as formulas; a leading quote
    keeps user text (post excerpts, tag names) as text. Numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, bool) or _is_number(value):
        return value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_text(headers: Sequence[Any], rows: Iterable[Sequence[Any]]) -> str:
    """CSV text with a header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_csv_cell(h) for h in headers])
    for row in rows:
        writer.writerow([_csv_cell(cell) for cell in row])
    return buffer.getvalue()


def safe_filename(filename: str) -> str:
    """Letters, digits, dot, dash and underscore only, ending in .csv: nothing that could
    break the header or point elsewhere on disk."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", str(filename)).strip(".-_")
    if name.lower().endswith(".csv"):
        name = name[:-4].rstrip(".-_")
    name = name[:80] or "data"
    return f"{name}.csv"


def csv_response(
    filename: str, headers: Sequence[Any], rows: Iterable[Sequence[Any]]
) -> HttpResponse:
    """A UTF-8 CSV download (attachment) of a table."""
    response = HttpResponse(
        csv_text(headers, rows).encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{safe_filename(filename)}"'
    return response
