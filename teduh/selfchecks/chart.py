"""The history chart: a person's scores over time with the band cut-offs, drawn by the shared
chart module as inline SVG (no JavaScript, no images to fetch)."""

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from teduh.core import charts
from teduh.selfchecks.instruments import Instrument
from teduh.selfchecks.services import HistoryEntry


def line_chart(instrument: Instrument, entries: list[HistoryEntry]) -> charts.Chart:
    """Scores oldest first on the instrument's own 0..max scale, with one guide line per band
    cut-off (5, 10, 15, 20). The page lists each result in its own table, so only the SVG is
    used there."""
    latest = entries[-1] if entries else None
    summary = None
    if latest is not None:
        summary = _("Latest score: %(score)s of %(max_score)s (%(band)s), on %(date)s.") % {
            "score": latest.score,
            "max_score": instrument.max_score,
            "band": latest.band_label,
            "date": formats.date_format(timezone.localtime(latest.created_at), "j M Y"),
        }
    return charts.line_chart(
        _("Your %(name)s scores over time; the table below lists each result.")
        % {"name": instrument.short_name},
        [
            charts.Series(
                instrument.short_name,
                [(timezone.localtime(entry.created_at), entry.score) for entry in entries],
            )
        ],
        y_label=_("Score"),
        y_max=instrument.max_score,
        guides=[
            (band.minimum, f"{band.label} ({band.minimum}+)") for band in instrument.thresholds
        ],
        summary=summary,
    )
