"""The self-check questionnaires as data: PHQ-9 (depression) and GAD-7 (anxiety).

The English wording, answer options and score bands are the published ones; the Indonesian
comes from the translation catalog and stays close to the published Indonesian versions. Both
questionnaires are free to reproduce and translate on condition of the attribution below, which
every page and API answer that shows them carries.

Texts are lazy translations: read them (str()) with the reader's language active.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

ATTRIBUTION = _(
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc. No permission required to reproduce, "
    "translate, display or distribute."
)

NOT_A_DIAGNOSIS = _(
    "This is not a diagnosis: only a qualified professional can make one. It is a way to "
    "notice how you have been feeling."
)

# The same four answers for every item of both questionnaires; the value is the item's score.
OPTIONS: tuple[tuple[int, Promise], ...] = (
    (0, _("Not at all")),
    (1, _("Several days")),
    (2, _("More than half the days")),
    (3, _("Nearly every day")),
)
MIN_ANSWER = 0
MAX_ANSWER = 3


@dataclass(frozen=True)
class Band:
    """A score range and what it means for the person who scored in it."""

    key: str
    label: Promise
    minimum: int
    maximum: int
    guidance: Promise
    # From "moderate" up the guidance suggests talking to a professional.
    see_professional: bool = False
    # The help card (crisis helplines) is shown with the result, whatever the answers.
    shows_help: bool = False


@dataclass(frozen=True)
class Instrument:
    id: str
    short_name: str  # "PHQ-9": the same in every language
    name: Promise
    description: Promise
    timeframe: Promise
    items: tuple[Promise, ...]
    bands: tuple[Band, ...]
    # 0-based index of the item whose any answer above 0 shows crisis resources at once
    # (PHQ-9 item 9, thoughts of being better off dead or of self-harm); None: no such item.
    crisis_item: int | None = None

    @property
    def max_score(self) -> int:
        return MAX_ANSWER * len(self.items)

    def band_for(self, score: int) -> Band:
        for band in self.bands:
            if band.minimum <= score <= band.maximum:
                return band
        raise ValueError(f"{score} is outside 0-{self.max_score} for {self.short_name}")

    @property
    def thresholds(self) -> list[Band]:
        """Bands above the lowest one, whose minimum is a cut-off (5, 10, 15, 20)."""
        return list(self.bands[1:])


PHQ9 = Instrument(
    id="phq9",
    short_name="PHQ-9",
    name=_("Patient Health Questionnaire (PHQ-9)"),
    description=_(
        "Nine questions about your mood over the last two weeks, such as interest in things, "
        "sleep, energy and how you feel about yourself."
    ),
    timeframe=_(
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    ),
    items=(
        _("Little interest or pleasure in doing things"),
        _("Feeling down, depressed, or hopeless"),
        _("Trouble falling or staying asleep, or sleeping too much"),
        _("Feeling tired or having little energy"),
        _("Poor appetite or overeating"),
        _(
            "Feeling bad about yourself — or that you are a failure or have let yourself or "
            "your family down"
        ),
        _("Trouble concentrating on things, such as reading the newspaper or watching television"),
        _(
            "Moving or speaking so slowly that other people could have noticed? Or the "
            "opposite — being so fidgety or restless that you have been moving around a lot "
            "more than usual"
        ),
        _("Thoughts that you would be better off dead or of hurting yourself in some way"),
    ),
    bands=(
        Band(
            "minimal",
            _("Minimal"),
            0,
            4,
            _(
                "Your answers show few or no signs of depression right now. Keep doing what "
                "helps you feel steady: enough sleep, moving your body, time with people you "
                "trust. If things change, you can take this check again."
            ),
        ),
        Band(
            "mild",
            _("Mild"),
            5,
            9,
            _(
                "Your answers show some signs of low mood. Small steps can help: a regular "
                "sleep routine, a little movement or time outside each day, and telling "
                "someone you trust how you have been. If these feelings last more than a few "
                "weeks or get heavier, talking with a counselor can help."
            ),
        ),
        Band(
            "moderate",
            _("Moderate"),
            10,
            14,
            _(
                "Your answers show a moderate level of depression symptoms. This is a good "
                "time to talk with a professional, such as a psychologist, a counselor or a "
                "doctor (a puskesmas is a good place to start); you don't have to wait until it "
                "gets worse. Meanwhile, be gentle with yourself and let someone close to you "
                "know how you feel."
            ),
            see_professional=True,
        ),
        Band(
            "moderately_severe",
            _("Moderately severe"),
            15,
            19,
            _(
                "Your answers show depression symptoms that are weighing on you a lot. Please "
                "talk with a professional soon: a psychologist, a psychiatrist, a counselor or "
                "a doctor. Depression can be treated, and support helps. If the first step "
                "feels hard, ask someone you trust to help you make the appointment."
            ),
            see_professional=True,
        ),
        Band(
            "severe",
            _("Severe"),
            20,
            27,
            _(
                "Your answers show severe depression symptoms. Please reach out to a "
                "professional as soon as you can, today if possible: a psychiatrist, a "
                "psychologist, a doctor or a puskesmas. The helplines here are free and ready "
                "to listen right now. You deserve support, and with help things can get "
                "better."
            ),
            see_professional=True,
            shows_help=True,
        ),
    ),
    crisis_item=8,
)

GAD7 = Instrument(
    id="gad7",
    short_name="GAD-7",
    name=_("Generalized Anxiety Disorder scale (GAD-7)"),
    description=_(
        "Seven questions about worry and anxiety over the last two weeks, such as feeling "
        "nervous, being unable to stop worrying and trouble relaxing."
    ),
    timeframe=_(
        "Over the last 2 weeks, how often have you been bothered by the following problems?"
    ),
    items=(
        _("Feeling nervous, anxious, or on edge"),
        _("Not being able to stop or control worrying"),
        _("Worrying too much about different things"),
        _("Trouble relaxing"),
        _("Being so restless that it is hard to sit still"),
        _("Becoming easily annoyed or irritable"),
        _("Feeling afraid, as if something awful might happen"),
    ),
    bands=(
        Band(
            "minimal",
            _("Minimal"),
            0,
            4,
            _(
                "Your answers show few or no signs of anxiety right now. Keep doing what helps "
                "you feel calm and rested. If things change, you can take this check again."
            ),
        ),
        Band(
            "mild",
            _("Mild"),
            5,
            9,
            _(
                "Your answers show some signs of anxiety. Slow breathing, grounding exercises, "
                "regular sleep and less caffeine can help, and so can sharing your worries "
                "with someone you trust. If the worry lasts or gets in the way of your days, "
                "talking with a counselor can help."
            ),
        ),
        Band(
            "moderate",
            _("Moderate"),
            10,
            14,
            _(
                "Your answers show a moderate level of anxiety. This is a good time to talk "
                "with a professional, such as a psychologist, a counselor or a doctor: anxiety "
                "responds well to support and treatment. Meanwhile, the breathing and "
                "grounding tools in the Wellbeing Center may help in hard moments."
            ),
            see_professional=True,
        ),
        Band(
            "severe",
            _("Severe"),
            15,
            21,
            _(
                "Your answers show severe anxiety. Please talk with a professional soon: a "
                "psychologist, a psychiatrist or a doctor. You don't have to manage this "
                "alone, and treatment helps. If you feel overwhelmed right now, the helplines "
                "here are free and ready to listen."
            ),
            see_professional=True,
            shows_help=True,
        ),
    ),
)

INSTRUMENTS: dict[str, Instrument] = {PHQ9.id: PHQ9, GAD7.id: GAD7}


def get_instrument(instrument_id: str) -> Instrument | None:
    return INSTRUMENTS.get(instrument_id)
