"""Campaign badges next to hashtags, added when a status is rendered (never stored), so they
appear when a campaign starts and go when it ends without touching any post."""

import re

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from teduh.campaigns import services

register = template.Library()

# How posts.text links a hashtag: <a href="/tags/name/" class="hashtag">#Name</a>.
HASHTAG_LINK_RE = re.compile(r'(<a [^>]*class="hashtag"[^>]*>#([^<]+)</a>)')

_CACHE_ATTRIBUTE = "_teduh_campaign_badges"


def badges_by_tag(context) -> dict[str, list[services.Badge]]:
    """Running campaigns' badges, looked up once per request (one query per page)."""
    request = context.get("request")
    cached = getattr(request, _CACHE_ATTRIBUTE, None) if request is not None else None
    if cached is None:
        cached = services.running_badges()
        if request is not None:
            setattr(request, _CACHE_ATTRIBUTE, cached)
    return cached


def with_badges(html: str, by_tag: dict[str, list[services.Badge]]) -> SafeString:
    """`html` (a status's stored, already safe content) with a badge link after each hashtag
    of a running campaign."""
    if not by_tag or 'class="hashtag"' not in html:
        return mark_safe(html)  # noqa: S308 - stored content_html is escaped when it is written

    def add(match: re.Match) -> str:
        badges = by_tag.get(match.group(2).lower())
        if not badges:
            return match.group(1)
        return match.group(1) + "".join(_badge_html(badge) for badge in badges)

    return mark_safe(HASHTAG_LINK_RE.sub(add, html))  # noqa: S308 - badges are escaped


def _badge_html(badge: services.Badge) -> str:
    label = _("Campaign: %(title)s") % {"title": badge.title}
    return str(
        format_html(
            '<a href="{}" class="campaign-badge{}" title="{}" aria-label="{}">{}</a>',
            reverse("campaign", args=[badge.campaign_id]),
            "" if badge.emoji else " campaign-badge-text",
            label,
            label,
            badge.badge,
        )
    )


@register.simple_tag(takes_context=True)
def status_content(context, status) -> SafeString:
    """{% status_content status %}: the status's HTML with running campaigns' badges."""
    return with_badges(status.content_html, badges_by_tag(context))
