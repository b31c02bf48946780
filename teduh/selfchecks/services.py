"""Scoring self-checks, and the opt-in private history; shared by the web pages and the API.

`score(instrument, answers)` is the one place a questionnaire is scored. It stores nothing and
logs nothing: a result is written only by `save_result`, which callers use only when the
person ticked "save this result" (web) or sent `save: true` with their own token (API).
Results are read only for their owner (`history_for`, `saved_result_for`); no other function
here looks at anyone else's results.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from teduh.selfchecks.instruments import (
    INSTRUMENTS,
    MAX_ANSWER,
    MIN_ANSWER,
    NOT_A_DIAGNOSIS,
    Band,
    Instrument,
    get_instrument,
)
from teduh.selfchecks.models import SavedResult

WHOLE_NUMBER = re.compile(r"-?[0-9]{1,9}")

# How many saved results of one questionnaire the history shows (the newest ones).
HISTORY_LIMIT = 100


@dataclass(frozen=True)
class SelfCheckResult:
    """A scored self-check. `guidance` is in the language active when it was scored."""

    instrument: Instrument
    score: int
    band: str  # the band's key: minimal, mild, moderate, moderately_severe, severe
    band_label: str
    guidance: str
    # An answer above 0 on PHQ-9 item 9: crisis resources are shown at once, above the score.
    crisis: bool
    see_professional: bool
    severe: bool

    @property
    def max_score(self) -> int:
        return self.instrument.max_score

    @property
    def show_help(self) -> bool:
        """Whether the help card (crisis helplines) comes with this result."""
        return self.crisis or self.severe


def _resolve(instrument: Instrument | str) -> Instrument:
    if isinstance(instrument, Instrument):
        return instrument
    found = get_instrument(instrument)
    if found is None:
        raise ValidationError(
            _("Unknown questionnaire: choose one of %(names)s.")
            % {"names": ", ".join(INSTRUMENTS)},
            code="unknown_instrument",
        )
    return found


def parse_answers(values: Iterable) -> list:
    """Answers as sent by a form or a client ("2", " 1 ") turned into numbers where they are
    whole numbers; anything else is left as it is so that `score` names the problem."""
    parsed = []
    for value in values:
        # ASCII digits only, and not too many: int() refuses "¹" and 5000-digit strings.
        if isinstance(value, str) and WHOLE_NUMBER.fullmatch(value.strip()):
            parsed.append(int(value.strip()))
        else:
            parsed.append(value)
    return parsed


def validate_answers(instrument: Instrument, answers) -> list[int]:
    """Exactly one answer per item, each a whole number from 0 to 3; ValidationError (with a
    message the person or client can act on) otherwise."""
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise ValidationError(
            _("Answers must be a list of numbers from 0 to 3, one for each question."),
            code="not_a_list",
        )
    expected = len(instrument.items)
    if len(answers) != expected:
        raise ValidationError(
            _(
                "The %(name)s has %(expected)s questions: send exactly %(expected)s answers "
                "(got %(got)s)."
            )
            % {"name": instrument.short_name, "expected": expected, "got": len(answers)},
            code="wrong_count",
        )
    for number, answer in enumerate(answers, start=1):
        # bool is an int in Python, but `true` is not an answer.
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise ValidationError(
                _("Answer %(number)s must be a whole number from 0 to 3.") % {"number": number},
                code="not_a_number",
            )
        if not MIN_ANSWER <= answer <= MAX_ANSWER:
            raise ValidationError(
                _("Answer %(number)s is %(value)s: each answer must be 0, 1, 2 or 3.")
                % {"number": number, "value": answer},
                code="out_of_range",
            )
    return list(answers)


def score(instrument: Instrument | str, answers: Sequence[int]) -> SelfCheckResult:
    """Score a questionnaire: the total, its band and the guidance for that band, and whether
    crisis resources must be shown (any answer above 0 on PHQ-9 item 9, whatever the total).
    Raises ValidationError for a wrong number of answers or an answer outside 0-3. Stores and
    logs nothing."""
    instrument = _resolve(instrument)
    answers = validate_answers(instrument, answers)
    total = sum(answers)
    band = instrument.band_for(total)
    crisis = instrument.crisis_item is not None and answers[instrument.crisis_item] > 0
    return _result(instrument, total, band, crisis=crisis)


def _result(instrument: Instrument, total: int, band: Band, *, crisis: bool) -> SelfCheckResult:
    return SelfCheckResult(
        instrument=instrument,
        score=total,
        band=band.key,
        band_label=str(band.label),
        guidance=f"{band.guidance} {NOT_A_DIAGNOSIS}",
        crisis=crisis,
        see_professional=band.see_professional,
        severe=band.shows_help,
    )


def wellbeing_url() -> str:
    """The Wellbeing Center's page, linked from every result."""
    return reverse("wellbeing")


# The private history ---------------------------------------------------------------------------


def save_result(user, result: SelfCheckResult) -> SavedResult:
    """Keep `result` in `user`'s private history: the questionnaire, the total and when; not
    the answers. Call only when the person asked for it."""
    if user is None or not user.is_authenticated:
        raise ValidationError(_("Log in to save a result."), code="login_required")
    return SavedResult.objects.create(
        user=user, instrument=result.instrument.id, score=result.score
    )


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    instrument: Instrument
    score: int
    band: str
    band_label: str
    created_at: datetime
    see_professional: bool

    @property
    def max_score(self) -> int:
        return self.instrument.max_score

    @property
    def guidance(self) -> str:
        band = self.instrument.band_for(self.score)
        return f"{band.guidance} {NOT_A_DIAGNOSIS}"

    @property
    def severe(self) -> bool:
        return self.instrument.band_for(self.score).shows_help


def _entry(row: SavedResult) -> HistoryEntry | None:
    instrument = get_instrument(row.instrument)
    if instrument is None or row.score > instrument.max_score:
        return None
    band = instrument.band_for(row.score)
    return HistoryEntry(
        id=row.pk,
        instrument=instrument,
        score=row.score,
        band=band.key,
        band_label=str(band.label),
        created_at=row.created_at,
        see_professional=band.see_professional,
    )


def history_for(user) -> dict[str, list[HistoryEntry]]:
    """`user`'s own saved results, per questionnaire id, oldest first (the newest
    HISTORY_LIMIT of each). Signed-out visitors have none."""
    history: dict[str, list[HistoryEntry]] = {key: [] for key in INSTRUMENTS}
    if user is None or not user.is_authenticated:
        return history
    for key in INSTRUMENTS:
        rows = SavedResult.objects.filter(user=user, instrument=key).order_by("-created_at", "-pk")[
            :HISTORY_LIMIT
        ]
        history[key] = [entry for row in reversed(rows) if (entry := _entry(row))]
    return history


def saved_result_for(user, result_id: int) -> HistoryEntry | None:
    """One of `user`'s own saved results; None for anyone else's (staff included)."""
    if user is None or not user.is_authenticated:
        return None
    row = SavedResult.objects.filter(user=user, pk=result_id).first()
    return _entry(row) if row else None


def delete_result(user, result_id: int) -> bool:
    """Delete one of `user`'s own saved results; False when they have none with that id."""
    if user is None or not user.is_authenticated:
        return False
    deleted, _details = SavedResult.objects.filter(user=user, pk=result_id).delete()
    return deleted > 0


@transaction.atomic
def delete_all_results(user, instrument: str | None = None) -> int:
    """Delete all of `user`'s saved results (of one questionnaire, or of all); how many went."""
    if user is None or not user.is_authenticated:
        return 0
    rows = SavedResult.objects.filter(user=user)
    if instrument:
        rows = rows.filter(instrument=instrument)
    deleted, _details = rows.delete()
    return deleted
