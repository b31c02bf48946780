"""Teduh's helpline directory: `GET /api/teduh/v1/helplines` (safety.helplines, shared with the
help page and every help card).

Public and without authentication: nothing may stand between a person and help, so even a
request with an expired or invalid token is answered. A valid token (or a signed-in session)
only supplies the reader's own country and language when the request does not name them.
"""

from django.conf import settings
from ninja import Query, Router, Schema
from pydantic import Field

from teduh.api.auth import load_token
from teduh.api.entities import helpline_json
from teduh.api.routers.common import with_errors
from teduh.api.schemas import HelplineSchema, TopicName
from teduh.safety.helplines import country_for, help_entries

router = Router(tags=["teduh"])


class HelplineParams(Schema):
    country: str | None = Field(
        None,
        pattern=r"^[A-Za-z]{2}$",
        description="ISO 3166-1 alpha-2 code; default: the reader's country, else the instance's",
    )
    language: str | None = Field(
        None,
        pattern=r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{1,8})*$",
        description="Language of the texts (id or en); default: the reader's, else the instance's",
    )
    topic: list[TopicName] | None = Field(
        None, description="Only helplines for one of these topics (repeat for several)"
    )


def _reader(request):
    """The reader named by a valid bearer token, else the session's user; an invalid token is
    ignored rather than refused."""
    header = request.headers.get("Authorization", "")
    if header[:7].lower() == "bearer ":
        token = load_token(header[7:].strip())
        if token is not None and token.user is not None and token.user.is_active:
            return token.user
    return request.user


@router.get(
    "/teduh/v1/helplines",
    response=with_errors({200: list[HelplineSchema]}),
    auth=None,
)
def list_helplines(request, params: Query[HelplineParams]):
    """Helplines for a country, in the order readers see them (healing119.id first in
    Indonesia), with their channels as links. No token needed. A country with no helplines
    gives an empty list; a malformed country code is a 422."""
    reader = _reader(request)
    country = params.country.upper() if params.country else country_for(reader)
    language = params.language or (
        reader.language if reader.is_authenticated else settings.LANGUAGE_CODE
    )
    entries = help_entries(country, language, set(params.topic or ()))
    return [helpline_json(entry) for entry in entries]
