"""Self-checks: `GET /api/teduh/v1/selfchecks` (the PHQ-9 and GAD-7 questionnaires) and
`POST /api/teduh/v1/selfchecks/{phq9|gad7}` (score a set of answers), over selfchecks.services,
shared with the web pages.

No token is needed to read the questionnaires or to score answers: nothing may stand between a
person and their result or help. Storing a result (`save: true`) needs a token with `write` (or
`write:accounts`) scope for the person themselves; nothing is stored otherwise, and answers are
never logged.
"""

from typing import Literal

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from ninja import Form, Path, Query, Router, Schema
from pydantic import Field

from teduh.api import scopes
from teduh.api.auth import load_token
from teduh.api.entities import EntityBuilder
from teduh.api.errors import ApiError
from teduh.api.routers.common import with_errors
from teduh.api.schemas import Help
from teduh.safety.helplines import help_card
from teduh.selfchecks import services
from teduh.selfchecks.instruments import ATTRIBUTION, INSTRUMENTS, OPTIONS, Instrument

router = Router(tags=["teduh"])

SAVE_SCOPE = "write:accounts"


class LanguageParams(Schema):
    lang: Literal["id", "en"] | None = Field(
        None,
        description="Language of the texts (id or en); default: English, as the rest of the API",
    )


class ItemSchema(Schema):
    number: int = Field(..., description="1-based position in the questionnaire")
    text: str


class OptionSchema(Schema):
    value: int = Field(..., description="The answer's score, 0-3")
    label: str


class BandSchema(Schema):
    band: str = Field(..., description="minimal, mild, moderate, moderately_severe or severe")
    label: str
    min: int
    max: int


class InstrumentSchema(Schema):
    id: Literal["phq9", "gad7"]
    short_name: str
    name: str
    description: str
    timeframe: str = Field(..., description="The question every item answers")
    items: list[ItemSchema]
    options: list[OptionSchema]
    bands: list[BandSchema]
    max_score: int
    attribution: str = Field(..., description="Show it with the questionnaire (its licence asks)")
    language: str


class InstrumentPath(Schema):
    # Documented as the two ids; any other is a 404 (checked in the view), not a schema error.
    instrument_id: str = Field(
        ..., description="phq9 or gad7", json_schema_extra={"enum": list(INSTRUMENTS)}
    )


class AnswersForm(Schema):
    answers: list[str] = Field(
        [],
        alias="answers[]",
        max_length=100,
        description="One answer per item, in order: 0 (not at all) to 3 (nearly every day)",
        # Documented as clients should send them; checked by selfchecks.services.score, whose
        # messages say what is wrong (a count or a value) better than a schema error would.
        json_schema_extra={
            "items": {"type": "integer", "minimum": 0, "maximum": 3},
            "minItems": 7,
            "maxItems": 9,
        },
    )
    save: bool = Field(
        False,
        description=(
            "Keep the result (score and date, not the answers) in the person's private history; "
            "needs a token with write scope"
        ),
    )


class SelfCheckLinks(Schema):
    help_url: str
    wellbeing_url: str


class SelfCheckResultSchema(Schema):
    instrument: Literal["phq9", "gad7"]
    score: int
    max_score: int
    band: str = Field(..., description="minimal, mild, moderate, moderately_severe or severe")
    band_label: str
    guidance: str = Field(..., description="What the band means and what may help; not a diagnosis")
    see_professional: bool = Field(..., description="The guidance suggests seeing a professional")
    crisis: bool = Field(
        ..., description="PHQ-9 item 9 answered above 0: show `help` at once, before the score"
    )
    help: Help | None = Field(
        None, description="Crisis helplines, when item 9 is above 0 or the band is severe"
    )
    saved: bool
    links: SelfCheckLinks
    language: str


def _instrument_json(instrument: Instrument, language: str) -> dict:
    return {
        "id": instrument.id,
        "short_name": instrument.short_name,
        "name": str(instrument.name),
        "description": str(instrument.description),
        "timeframe": str(instrument.timeframe),
        "items": [
            {"number": number, "text": str(text)}
            for number, text in enumerate(instrument.items, start=1)
        ],
        "options": [{"value": value, "label": str(label)} for value, label in OPTIONS],
        "bands": [
            {"band": band.key, "label": str(band.label), "min": band.minimum, "max": band.maximum}
            for band in instrument.bands
        ],
        "max_score": instrument.max_score,
        "attribution": str(ATTRIBUTION),
        "language": language,
    }


@router.get(
    "/teduh/v1/selfchecks",
    response=with_errors({200: list[InstrumentSchema]}),
    auth=None,
)
def list_selfchecks(request, params: Query[LanguageParams]):
    """The questionnaires (PHQ-9 and GAD-7): items, answer options, score bands and the
    attribution to show with them, in English or, with `lang=id`, Indonesian. No token needed."""
    language = params.lang or "en"
    with translation.override(language):
        return [_instrument_json(instrument, language) for instrument in INSTRUMENTS.values()]


def _token(request):
    """The request's valid bearer token, or None (an invalid one is ignored here: reading and
    scoring need none)."""
    header = request.headers.get("Authorization", "")
    return load_token(header[7:].strip()) if header[:7].lower() == "bearer " else None


def _saving_user(token):
    """The person a `save: true` request stores for: the user of a valid token with write
    scope. Sessions do not count, so a web page cannot save on someone's behalf."""
    if token is None:
        raise ApiError(401, "Saving a result requires a valid access token for your account")
    if token.user is None:
        raise ApiError(422, "This method requires an authenticated user")
    if not token.user.is_active or token.user.suspended_at is not None:
        raise ApiError(403, "Your login is currently disabled or pending approval")
    if not scopes.allows(token.scope.split(), SAVE_SCOPE):
        raise ApiError(403, "This action is outside the authorized scopes")
    return token.user


@router.post(
    "/teduh/v1/selfchecks/{instrument_id}",
    response=with_errors({200: SelfCheckResultSchema}),
    auth=None,
)
def score_selfcheck(
    request,
    path: Path[InstrumentPath],
    data: Form[AnswersForm],
    params: Query[LanguageParams],
):
    """Score `answers` (one per item, each 0-3) for `phq9` or `gad7`: the total, its band and
    guidance. When PHQ-9 item 9 is above 0 (whatever the total) or the band is severe, `help`
    holds crisis helplines; show it first. The wrong number of answers or an answer outside
    0-3 is a 422; an unknown questionnaire a 404. Nothing is stored unless `save` is true
    (which needs a token with write scope)."""
    # Answers are sensitive: keep them out of any error report.
    request.sensitive_post_parameters = "__ALL__"
    instrument = INSTRUMENTS.get(path.instrument_id)
    if instrument is None:
        raise ApiError(404, f"Unknown self-check: use one of {', '.join(INSTRUMENTS)}")
    token = _token(request)
    user = _saving_user(token) if data.save else None
    reader = token.user if token is not None and token.user is not None else None
    language = params.lang or "en"
    with translation.override(language):
        # A ValidationError here is the 422 with the service's message (teduh.api.errors).
        result = services.score(instrument, services.parse_answers(data.answers))
        wellbeing_url = services.wellbeing_url()
    card = None
    if result.show_help:
        # Help in the language asked for, else the reader's own (as in crisis-aware search),
        # with the reader's country's helplines.
        help_language = (
            params.lang
            or (reader.language if reader is not None else "")
            or getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
        )
        card = help_card(reader, help_language)
    if user is not None:
        services.save_result(user, result)
    return {
        "instrument": instrument.id,
        "score": result.score,
        "max_score": result.max_score,
        "band": result.band,
        "band_label": result.band_label,
        "guidance": result.guidance,
        "see_professional": result.see_professional,
        "crisis": result.crisis,
        "help": EntityBuilder(request).help(card),
        "saved": user is not None,
        "links": {
            "help_url": request.build_absolute_uri(reverse("help")),
            "wellbeing_url": request.build_absolute_uri(wellbeing_url),
        },
        "language": language,
    }
