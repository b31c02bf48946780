"""The geometry of the history chart: a line of scores over time with the band cut-offs, drawn
as inline SVG by the template (no JavaScript, no images to fetch)."""

from dataclasses import dataclass

from django.utils import timezone

from teduh.selfchecks.instruments import Instrument
from teduh.selfchecks.services import HistoryEntry

WIDTH = 640
HEIGHT = 260
LEFT = 44  # room for the score axis
RIGHT = 180  # room for the band names beside their cut-off lines
TOP = 12
BOTTOM = 36  # room for the dates
MAX_DATE_LABELS = 8


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    score: int
    label: str  # date, for the axis
    show_label: bool  # every date while they fit, else the first and the last


@dataclass(frozen=True)
class Threshold:
    y: float
    score: int
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    right: float
    top: int
    bottom: float
    points: list[Point]
    thresholds: list[Threshold]
    polyline: str
    max_score: int

    @property
    def label_x(self) -> float:
        return self.right + 8


def _y(score: int, max_score: int) -> float:
    plot = HEIGHT - TOP - BOTTOM
    return round(TOP + plot * (1 - score / max_score), 1)


def line_chart(instrument: Instrument, entries: list[HistoryEntry]) -> Chart:
    """Points spaced evenly from left to right (oldest first), scores scaled to the
    instrument's 0..max range, and one line per band cut-off (5, 10, 15, 20)."""
    right = WIDTH - RIGHT
    plot_width = right - LEFT
    count = len(entries)
    points = []
    for index, entry in enumerate(entries):
        x = LEFT + plot_width / 2 if count == 1 else LEFT + plot_width * index / (count - 1)
        points.append(
            Point(
                x=round(x, 1),
                y=_y(entry.score, instrument.max_score),
                score=entry.score,
                label=f"{timezone.localtime(entry.created_at):%d/%m}",
                show_label=count <= MAX_DATE_LABELS or index in (0, count - 1),
            )
        )
    thresholds = [
        Threshold(
            y=_y(band.minimum, instrument.max_score), score=band.minimum, label=str(band.label)
        )
        for band in instrument.thresholds
    ]
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        left=LEFT,
        right=right,
        top=TOP,
        bottom=HEIGHT - BOTTOM,
        points=points,
        thresholds=thresholds,
        polyline=" ".join(f"{point.x},{point.y}" for point in points),
        max_score=instrument.max_score,
    )
