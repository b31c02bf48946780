"""Mastodon's OAuth scopes: top-level scopes and the granular ones they include."""

from django.utils.translation import gettext_lazy as _
from oauth2_provider.scopes import BaseScopes

READ_SCOPES = [
    "accounts", "blocks", "bookmarks", "favourites", "filters", "follows", "lists", "mutes",
    "notifications", "search", "statuses",
]  # fmt: skip
WRITE_SCOPES = [
    "accounts", "blocks", "bookmarks", "conversations", "favourites", "filters", "follows",
    "lists", "media", "mutes", "notifications", "reports", "statuses",
]  # fmt: skip
FOLLOW_SCOPES = [
    "read:blocks", "write:blocks", "read:follows", "write:follows", "read:mutes", "write:mutes",
]  # fmt: skip

SCOPE_DESCRIPTIONS = {
    "read": _("Read all your account's data"),
    "write": _("Post and change things on your behalf"),
    "follow": _("Follow, mute and block accounts for you"),
    "push": _("Receive push notifications"),
    "profile": _("Read only your basic profile"),
}
ALL_SCOPES = [
    *SCOPE_DESCRIPTIONS,
    *(f"read:{name}" for name in READ_SCOPES),
    *(f"write:{name}" for name in WRITE_SCOPES),
]
IMPLIED = {
    "read": {f"read:{name}" for name in READ_SCOPES},
    "write": {f"write:{name}" for name in WRITE_SCOPES},
    "follow": set(FOLLOW_SCOPES),
}


def parse_scopes(value: str | None) -> list[str]:
    return [scope for scope in (value or "").replace("+", " ").split() if scope]


def expand(scopes) -> set[str]:
    """Every scope a set of scopes grants, e.g. "read" grants "read:statuses"."""
    granted = set(scopes)
    for scope in list(granted):
        granted |= IMPLIED.get(scope, set())
    if "read:accounts" in granted:
        granted.add("profile")
    return granted


def allows(granted_scopes, required: str) -> bool:
    return required in expand(granted_scopes)


def describe(scope: str) -> str:
    if scope in SCOPE_DESCRIPTIONS:
        return str(SCOPE_DESCRIPTIONS[scope])
    action, _sep, area = scope.partition(":")
    if action == "read":
        return str(_("Read your %(area)s") % {"area": area})
    return str(_("Change your %(area)s") % {"area": area})


class MastodonScopes(BaseScopes):
    """Scopes for django-oauth-toolkit: an app may ask only for what it registered."""

    def get_all_scopes(self):
        return {scope: describe(scope) for scope in ALL_SCOPES}

    def get_available_scopes(self, application=None, request=None, *args, **kwargs):
        registered = getattr(getattr(application, "teduh_profile", None), "scopes", "read")
        return sorted(expand(parse_scopes(registered)) | set(parse_scopes(registered)))

    def get_default_scopes(self, application=None, request=None, *args, **kwargs):
        return ["read"]
