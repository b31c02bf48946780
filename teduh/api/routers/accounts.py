"""Accounts: registration, credentials, profiles, follows, relationships and search.

The rules (who may sign up, who can be followed, who is found) are accounts.services'; the
anonymous placeholder account can be looked at but reveals nothing and lists nothing.
"""

from datetime import date, datetime, timedelta
from typing import Annotated

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from ninja import Form, Query, Router, Schema, Status
from oauth2_provider.models import AccessToken, set_token_value
from oauth2_provider.settings import oauth2_settings
from oauthlib.common import generate_token
from pydantic import AfterValidator, Field

from teduh.accounts import services
from teduh.accounts.models import User
from teduh.api import auth, schemas
from teduh.api.entities import EntityBuilder
from teduh.api.errors import ApiError, not_found
from teduh.api.pagination import PageParams, paginate
from teduh.api.routers.common import object_id, set_link, with_errors
from teduh.core import ratelimit
from teduh.filters.services import apply_filters
from teduh.timelines.services import account_statuses_queryset, with_relations

router = Router(tags=["accounts"])

ACCOUNT = with_errors({200: schemas.Account})
ACCOUNTS = with_errors({200: list[schemas.Account]})
RELATIONSHIP = with_errors({200: schemas.Relationship})
MAX_IDS = 100


def _no_nul(value: str | None) -> str | None:
    if value is not None and "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


Text = Annotated[str, AfterValidator(_no_nul)]


def _account(account_id: str) -> User:
    """An account anyone may look at (an active member or the placeholder), else 404."""
    account = services.find_account(pk=object_id(account_id))
    if account is None:
        raise not_found()
    return account


def _ids(values: list[str]) -> list[int]:
    """Ids from an id[] list; anything that is not an id is left out, as Mastodon does."""
    return [int(v) for v in values if v.isascii() and v.isdigit() and len(v) <= 18]


# Registration -------------------------------------------------------------------------------


class RegistrationForm(Schema):
    username: str = Field("", description="The desired username")
    email: str = Field("", description="E-mail address (not shown to anyone)")
    password: str = Field("", description="At least 8 characters, not a common password")
    agreement: bool = Field(
        False, description="Must be true: the person accepts the rules, including being 13+"
    )
    locale: str = Field("", description="Preferred language (id or en; others fall back)")
    reason: str = Field("", description="Accepted for compatibility; not stored yet")
    date_of_birth: str = Field("", description="Optional (YYYY-MM-DD); if given, must be 13+")


FIELD_LABELS = {
    "username": "Username",
    "email": "Email",
    "password": "Password",
    "agreement": "Agreement",
    "date_of_birth": "Date of birth",
}


def _detail(field: str, error: ValidationError) -> dict:
    """One of Mastodon's {"error": "ERR_...", "description": "..."} for a service's problem."""
    code, params = error.code, error.params or {}
    if field == "agreement":
        return {"error": "ERR_ACCEPTED", "description": "must be accepted"}
    known = {
        "required": ("ERR_BLANK", "can't be blank"),
        "taken": ("ERR_TAKEN", "has already been taken"),
        "reserved": ("ERR_RESERVED", "is reserved"),
        "below_age_limit": ("ERR_BELOW_LIMIT", "is below the age limit"),
        "password_too_common": ("ERR_INVALID", "is too common"),
        "password_entirely_numeric": ("ERR_INVALID", "can't be entirely numeric"),
        "password_too_similar": (
            "ERR_INVALID",
            f"is too similar to the {params.get('verbose_name', 'username')}",
        ),
        "password_too_short": (
            "ERR_TOO_SHORT",
            f"is too short (minimum is {params.get('min_length', 8)} characters)",
        ),
    }
    if field == "username":
        known |= {
            "invalid": ("ERR_INVALID", "must contain only letters, numbers and underscores"),
            "too_short": (
                "ERR_TOO_SHORT",
                f"is too short (minimum is {services.USERNAME_MIN_LENGTH} characters)",
            ),
            "too_long": (
                "ERR_TOO_LONG",
                f"is too long (maximum is {services.USERNAME_MAX_LENGTH} characters)",
            ),
        }
    if field == "email":
        known["too_long"] = ("ERR_TOO_LONG", "is too long")
    if code in known:
        name, description = known[code]
    else:
        name, description = "ERR_INVALID", " ".join(error.messages)
    return {"error": name, "description": description}


def _registration_problems(errors: dict[str, list[ValidationError]]) -> dict:
    details = {field: [_detail(field, e) for e in problems] for field, problems in errors.items()}
    order = [*FIELD_LABELS, *sorted(set(details) - set(FIELD_LABELS))]
    ordered = {field: details[field] for field in order if field in details}
    summary = ", ".join(
        f"{FIELD_LABELS.get(field, field.capitalize())} {problem['description']}"
        for field, problems in ordered.items()
        for problem in problems
    )
    return {"error": f"Validation failed: {summary}", "details": ordered}


def _parse_date(value: str) -> date | None:
    for parse in (date.fromisoformat, lambda v: datetime.strptime(v, "%d.%m.%Y").date()):
        try:
            return parse(value)
        except ValueError:
            continue
    return None


def _language_for(locale: str) -> str:
    """The interface language closest to a client's locale ("en-US" -> "en")."""
    supported = {code for code, _name in settings.LANGUAGES}
    primary = locale.replace("_", "-").split("-")[0].lower()
    return primary if primary in supported else settings.LANGUAGE_CODE


def _issue_token(application, user: User, scope: str) -> tuple[str, AccessToken]:
    raw = generate_token()
    token = AccessToken(
        user=user,
        application=application,
        scope=scope,
        expires=timezone.now() + timedelta(seconds=oauth2_settings.ACCESS_TOKEN_EXPIRE_SECONDS),
    )
    set_token_value(token, raw)
    token.save()
    return raw, token


@router.post(
    "/v1/accounts",
    response={
        **with_errors({200: schemas.Token}),
        422: schemas.ValidationErrorDetails,
    },
    auth=auth.TokenAuth("write:accounts", user_required=False),
    summary="Register an account",
)
def register(request, data: Form[RegistrationForm]):
    """Sign up with an app token (client_credentials). The same rules as the web sign-up apply.
    The answer is a token for the new account on the calling app; if the instance approves
    sign-ups by hand, the token is refused (403) until a moderator activates the account."""
    application = request.oauth_token.application
    if application is None:
        raise ApiError(401, "The access token is invalid")
    ratelimit.hit_for(request, "signups")  # per IP address, as in Mastodon: 429 when over
    errors: dict[str, list[ValidationError]] = {}
    date_of_birth = None
    if data.date_of_birth.strip():
        date_of_birth = _parse_date(data.date_of_birth.strip())
        if date_of_birth is None:
            errors["date_of_birth"] = [ValidationError("is invalid", code="invalid")]
    try:
        with transaction.atomic():
            if errors:  # still run the service so every problem is reported at once
                services.validate_registration(
                    username=data.username,
                    password=data.password,
                    email=data.email.strip(),
                    age_confirmed=data.agreement,
                )
                raise ValidationError(errors)
            user = services.sign_up(
                username=data.username,
                password=data.password,
                email=data.email.strip(),
                language=_language_for(data.locale),
                age_confirmed=data.agreement,
                date_of_birth=date_of_birth,
            )
            raw, token = _issue_token(application, user, request.oauth_token.scope)
    except ValidationError as error:
        found = {**getattr(error, "error_dict", {}), **errors}
        # The API's `agreement` is how a person confirms the rules, 13+ included.
        found["agreement"] = found.pop("age_confirmed", None) or found.get("agreement")
        return Status(422, _registration_problems({k: v for k, v in found.items() if v}))
    return {
        "access_token": raw,
        "token_type": "Bearer",
        "scope": token.scope,
        "created_at": int(token.created.timestamp()),
    }


# Your own account -----------------------------------------------------------------------------


@router.get(
    "/v1/accounts/verify_credentials",
    response=with_errors({200: schemas.CredentialAccount}),
    # "profile" is granted by read:accounts (and read) too, as in Mastodon 4.3.
    auth=auth.TokenAuth("profile"),
)
def verify_credentials(request):
    return EntityBuilder(request).credential_account(request.user)


class CredentialsForm(Schema):
    display_name: Text | None = Field(
        None, max_length=User._meta.get_field("display_name").max_length
    )
    note: Text | None = Field(
        None, max_length=User._meta.get_field("bio").max_length, description="The bio, plain text"
    )
    language: str | None = Field(
        None, alias="source[language]", description="Interface and posting language: id or en"
    )
    locked: bool | None = Field(None, description="Accepted and ignored")
    bot: bool | None = Field(None, description="Accepted and ignored")
    discoverable: bool | None = Field(None, description="Accepted and ignored")
    hide_collections: bool | None = Field(None, description="Accepted and ignored")
    indexable: bool | None = Field(None, description="Accepted and ignored")
    privacy: str | None = Field(None, alias="source[privacy]", description="Accepted and ignored")
    sensitive: bool | None = Field(
        None, alias="source[sensitive]", description="Accepted and ignored"
    )


@router.patch(
    "/v1/accounts/update_credentials",
    response=with_errors({200: schemas.CredentialAccount}),
    auth=auth.write("accounts"),
)
def update_credentials(request, data: Form[CredentialsForm]):
    """Change your display name, bio (`note`), language (`source[language]`) or avatar (an
    `avatar` file in a multipart body); what is left out stays. Avatars are re-encoded without
    metadata (EXIF, GPS) and shrunk. `header` and `fields_attributes` are ignored."""
    user = request.user
    # Read from request.FILES: ApiRequestBodyMiddleware parses multipart PATCH bodies.
    avatar = request.FILES.get("avatar")
    language = data.language or user.language
    if language not in {code for code, _name in settings.LANGUAGES}:
        raise ApiError(422, "Validation failed: source[language] is not supported (id or en)")
    display_name = user.display_name if data.display_name is None else data.display_name
    bio = user.bio if data.note is None else data.note
    services.update_profile(
        user,
        display_name=display_name.strip(),
        bio=bio.strip(),
        language=language,
        avatar=avatar,
    )
    return EntityBuilder(request).credential_account(user)


# Finding accounts -------------------------------------------------------------------------------


class IdsParams(Schema):
    ids: list[str] = Field([], alias="id[]", max_length=MAX_IDS)
    id: list[str] = Field([], max_length=MAX_IDS, description="Also accepted without brackets")


@router.get(
    "/v1/accounts/relationships",
    response=with_errors({200: list[schemas.Relationship]}),
    auth=auth.read("follows"),
)
def relationships(request, params: Query[IdsParams]):
    """How you and each account stand (unknown ids are left out)."""
    accounts = services.find_accounts(_ids(params.ids + params.id))
    return EntityBuilder(request).relationships(accounts)


class SearchParams(Schema):
    q: Text = Field(..., description="Part of a username or display name")
    limit: int = Field(40, ge=1, le=80)
    offset: int = Field(0, ge=0, le=10_000)
    resolve: bool = Field(False, description="Ignored: Teduh does not federate")
    following: bool = Field(False, description="Only accounts you follow")


@router.get("/v1/accounts/search", response=ACCOUNTS, auth=auth.read("accounts"))
def search(request, params: Query[SearchParams]):
    """Members whose username or display name matches, best matches first."""
    name = services.local_username(params.q, request.get_host())
    if name is None:  # an address on another server: Teduh does not federate
        return []
    found = services.search_accounts(
        name,
        viewer=request.user,
        following=params.following,
        limit=params.limit,
        offset=params.offset,
    )
    return EntityBuilder(request).accounts(found)


@router.get("/v1/accounts/lookup", response=ACCOUNT, auth=auth.public("accounts"))
def lookup(request, acct: Text):
    """The account for "name" or "name@this-host"."""
    name = services.local_username(acct, request.get_host())
    account = services.find_account(username=name) if name else None
    if account is None:
        raise not_found()
    return EntityBuilder(request).account(account)


@router.get("/v1/accounts", response=ACCOUNTS, auth=auth.public("accounts"))
def get_accounts(request, params: Query[IdsParams]):
    """Several accounts at once (unknown ids are left out)."""
    accounts = services.find_accounts(_ids(params.ids + params.id))
    return EntityBuilder(request).accounts(accounts)


# One account ----------------------------------------------------------------------------------


@router.get("/v1/accounts/{account_id}", response=ACCOUNT, auth=auth.public("accounts"))
def get_account(request, account_id: str):
    return EntityBuilder(request).account(_account(account_id))


class AccountStatusesParams(PageParams):
    only_media: bool = False
    exclude_replies: bool = Field(False, description="Leave out replies to other accounts")
    exclude_reblogs: bool = False
    exclude_sensitive: bool = False
    pinned: bool = Field(False, description="Teduh has no pinned statuses: true gives []")
    tagged: Text | None = Field(None, description="Only statuses with this hashtag")


@router.get(
    "/v1/accounts/{account_id}/statuses",
    response=with_errors({200: list[schemas.Status]}),
    auth=auth.public("statuses"),
)
def account_statuses(
    request, response: HttpResponse, account_id: str, params: Query[AccountStatusesParams]
):
    """An account's statuses you may read, newest first. Anonymous statuses are never listed
    here (not even to their author), and the anonymous placeholder lists nothing."""
    account = _account(account_id)
    if params.pinned or services.is_placeholder(account):
        return []
    queryset = account_statuses_queryset(
        account,
        request.user,
        exclude_replies=params.exclude_replies,
        exclude_reblogs=params.exclude_reblogs,
        only_media=params.only_media,
        exclude_sensitive=params.exclude_sensitive,
        tagged=params.tagged,
    )
    page = paginate(request, with_relations(queryset), params)
    set_link(response, page.link)
    # Keyword filters' "hide" for profiles; "warn" rides in each status's `filtered`.
    rows = [kept.status for kept in apply_filters(request.user, page.rows, "account")]
    return EntityBuilder(request).statuses(rows)


class FollowPageParams(PageParams):
    limit: int = Field(40, ge=1, le=80, description="Maximum number of results (1-80)")


def _follow_page(request, response, account_id: str, params, direction: str) -> list[dict]:
    account = _account(account_id)
    if services.is_placeholder(account):
        return []
    if direction == "followers":
        rows, person = services.followers_of(account), "follower"
    else:
        rows, person = services.following_of(account), "target"
    page = paginate(request, rows, params, max_limit=80)
    set_link(response, page.link)
    return EntityBuilder(request).accounts([getattr(row, person) for row in page.rows])


@router.get("/v1/accounts/{account_id}/followers", response=ACCOUNTS, auth=auth.public("accounts"))
def followers(request, response: HttpResponse, account_id: str, params: Query[FollowPageParams]):
    """Who follows the account, most recent first; page with the Link header."""
    return _follow_page(request, response, account_id, params, "followers")


@router.get("/v1/accounts/{account_id}/following", response=ACCOUNTS, auth=auth.public("accounts"))
def following(request, response: HttpResponse, account_id: str, params: Query[FollowPageParams]):
    """Whom the account follows, most recent first; page with the Link header."""
    return _follow_page(request, response, account_id, params, "following")


class FollowForm(Schema):
    reblogs: bool = Field(True, description="Accepted and ignored")
    notify: bool = Field(False, description="Accepted and ignored")


@router.post("/v1/accounts/{account_id}/follow", response=RELATIONSHIP, auth=auth.write("follows"))
def follow(request, account_id: str, data: Form[FollowForm]):
    target = _account(account_id)
    if services.is_placeholder(target):
        raise ApiError(403, "This action is not allowed")
    try:
        services.follow(request.user, target)
    except ValidationError as error:
        if error.code == "self_follow":
            raise ApiError(422, "Validation failed: You cannot follow yourself") from error
        raise
    return EntityBuilder(request).relationship(target)


@router.post(
    "/v1/accounts/{account_id}/unfollow", response=RELATIONSHIP, auth=auth.write("follows")
)
def unfollow(request, account_id: str):
    target = _account(account_id)
    services.unfollow(request.user, target)
    return EntityBuilder(request).relationship(target)
