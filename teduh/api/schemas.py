"""Mastodon entities as response schemas (they are also the OpenAPI document's components)."""

from datetime import date, datetime
from typing import Literal

import pydantic
from ninja import Schema


class Error(Schema):
    error: str


class Emoji(Schema):
    shortcode: str
    url: str
    static_url: str
    visible_in_picker: bool


class Field(Schema):
    name: str
    value: str
    verified_at: str | None = None


class AccountSource(Schema):
    privacy: str
    sensitive: bool
    language: str
    note: str
    fields: list[Field]
    follow_requests_count: int


class TeduhAccount(Schema):
    verified_professional: bool
    anonymous_placeholder: bool
    # Only for verified professionals (teduh.professionals Profession: "psychologist", ...).
    profession: str | None = None

    @pydantic.model_serializer(mode="wrap")
    def _omit_missing_profession(self, handler):
        data = handler(self)
        if data.get("profession") is None:
            data.pop("profession", None)
        return data


class Account(Schema):
    id: str
    username: str
    acct: str
    url: str
    uri: str
    display_name: str
    note: str
    avatar: str
    avatar_static: str
    header: str
    header_static: str
    locked: bool
    fields: list[Field]
    emojis: list[Emoji]
    bot: bool
    group: bool
    discoverable: bool | None
    indexable: bool
    created_at: datetime
    last_status_at: str | None
    statuses_count: int
    followers_count: int
    following_count: int
    teduh: TeduhAccount


class CredentialAccount(Account):
    source: AccountSource


class MediaMetaSize(Schema):
    width: int
    height: int
    size: str
    aspect: float


class MediaMeta(Schema):
    original: MediaMetaSize | None = None
    small: MediaMetaSize | None = None


class MediaAttachment(Schema):
    id: str
    type: str
    url: str
    preview_url: str
    remote_url: str | None
    meta: MediaMeta
    description: str | None
    blurhash: str | None


class Mention(Schema):
    id: str
    username: str
    url: str
    acct: str


class StatusTag(Schema):
    name: str
    url: str


class Application(Schema):
    name: str
    website: str | None


class StatusCampaign(Schema):
    """A running campaign whose hashtag the status uses (teduh.campaigns)."""

    id: str
    title: str
    emoji: str | None
    badge: str = pydantic.Field(..., description="The emoji, or the campaign's short badge text")
    hashtags: list[str]


# The helpline directory (GET /api/teduh/v1/helplines) and the help card's helplines.
TopicName = Literal["suicide_self_harm", "violence", "general_mental_health", "emergency"]


class HelplineChannelSchema(Schema):
    kind: Literal["phone", "whatsapp", "sms", "chat", "web"]
    value: str = pydantic.Field(..., description="The number as people dial it, or an https link")
    label: str = pydantic.Field(..., description="A short note, such as which extension to press")
    url: str | None = pydantic.Field(
        ..., description="tel:, sms:, https://wa.me/... or https link that opens the channel"
    )


class HelplineSchema(Schema):
    id: str
    organisation: str
    name: str
    country: str = pydantic.Field(..., description="ISO 3166-1 alpha-2 code")
    region: str = pydantic.Field(..., description="Province or city; empty if nationwide")
    description: str = pydantic.Field(..., description="In the requested language when available")
    languages: list[str] = pydantic.Field(..., description="Languages the service answers in")
    topics: list[TopicName]
    is_emergency: bool
    is_crisis_service: bool = pydantic.Field(
        ..., description="False for education or advocacy organisations, not crisis lines"
    )
    hours: str
    channels: list[HelplineChannelSchema]
    source_url: str
    last_verified: date | None
    needs_reverification: bool
    reverification_note: str = pydantic.Field(
        ..., description="A caution for readers when the entry needs checking, else empty"
    )


class Help(Schema):
    """Teduh's help card (#ThereIsHelp): a warm message in the reader's language and their
    crisis helplines, with links to the help page."""

    message: str
    country: str
    language: str
    helplines: list[HelplineSchema]
    help_url: str
    counselor_url: str
    wellbeing_url: str


class TeduhStatus(Schema):
    anonymous: bool
    thread_position: int | None
    thread_size: int | None
    campaigns: list[StatusCampaign] = []
    # The help card for a post screened as a crisis, so readers (and the author) meet help
    # where the post is; null otherwise.
    help: Help | None = None


class BaseStatus(Schema):
    id: str
    uri: str
    url: str | None
    created_at: datetime
    account: Account
    content: str
    visibility: str
    sensitive: bool
    spoiler_text: str
    media_attachments: list[MediaAttachment]
    application: Application | None
    mentions: list[Mention]
    tags: list[StatusTag]
    emojis: list[Emoji]
    reblogs_count: int
    favourites_count: int
    replies_count: int
    in_reply_to_id: str | None
    in_reply_to_account_id: str | None
    poll: None = None
    card: None = None
    language: str | None
    text: str | None
    edited_at: datetime | None
    favourited: bool
    reblogged: bool
    muted: bool
    bookmarked: bool
    pinned: bool
    filtered: list[dict]
    teduh: TeduhStatus


class ReblogStatus(BaseStatus):
    reblog: None = None


class Status(BaseStatus):
    reblog: ReblogStatus | None


class Context(Schema):
    ancestors: list[Status]
    descendants: list[Status]


class Relationship(Schema):
    id: str
    following: bool
    showing_reblogs: bool
    notifying: bool
    languages: list[str] | None
    followed_by: bool
    blocking: bool
    blocked_by: bool
    muting: bool
    muting_notifications: bool
    requested: bool
    requested_by: bool
    domain_blocking: bool
    endorsed: bool
    note: str


class TagHistory(Schema):
    day: str
    uses: str
    accounts: str


class Tag(Schema):
    id: str
    name: str
    url: str
    history: list[TagHistory]
    following: bool


class Notification(Schema):
    id: str
    type: str
    group_key: str
    created_at: datetime
    account: Account
    status: Status | None


class Token(Schema):
    access_token: str
    token_type: str
    scope: str
    created_at: int


class AppEntity(Schema):
    id: str
    name: str
    website: str | None
    scopes: list[str]
    redirect_uri: str
    redirect_uris: list[str]
    vapid_key: str


class CredentialApplication(AppEntity):
    client_id: str
    client_secret: str
    client_secret_expires_at: int


class Results(Schema):
    accounts: list[Account]
    statuses: list[Status]
    hashtags: list[Tag]
    # Teduh: a help card when the query signals suicide or self-harm, else null.
    help: Help | None = None


class UnreadCount(Schema):
    count: int


class ErrorDetail(Schema):
    error: str  # e.g. ERR_TAKEN, ERR_BLANK, ERR_INVALID
    description: str


class ValidationErrorDetails(Schema):
    """A 422 with one list of problems per parameter, as POST /api/v1/accounts answers."""

    error: str
    # Present when the parameters were read but refused; absent when they could not be read.
    details: dict[str, list[ErrorDetail]] | None = None


# Everyone's own controls: mutes and keyword filters ------------------------------------------


class MutedAccount(Account):
    mute_expires_at: datetime | None


class FilterKeyword(Schema):
    id: str
    keyword: str
    whole_word: bool


class FilterStatus(Schema):
    id: str
    status_id: str


class Filter(Schema):
    id: str
    title: str
    context: list[str]
    expires_at: datetime | None
    filter_action: str
    keywords: list[FilterKeyword]
    statuses: list[FilterStatus]
