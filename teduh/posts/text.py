"""Turning a post's plain text into safe HTML with links for hashtags, mentions and URLs."""

import re
from collections.abc import Callable, Iterable

from django.urls import reverse
from django.utils.html import escape

HASHTAG_RE = re.compile(r"(?<![\w/#])#(\w*[^\W\d_]\w*)")
HASHTAG_NAME_RE = re.compile(r"\w*[^\W\d_]\w*")  # what HASHTAG_RE captures after the "#"
MAX_HASHTAG_LENGTH = 100
MENTION_RE = re.compile(r"(?<![\w/@])@([A-Za-z0-9_]{1,30})\b")
URL_RE = re.compile(r"\bhttps?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]")
TOKEN_RE = re.compile(f"{URL_RE.pattern}|{HASHTAG_RE.pattern}|{MENTION_RE.pattern}")


def extract_hashtags(text: str) -> list[str]:
    """Hashtags in order of first appearance, case preserved, duplicates (any case) dropped."""
    seen: dict[str, str] = {}
    for match in HASHTAG_RE.finditer(_without_urls(text)):
        seen.setdefault(match.group(1).lower(), match.group(1)[:100])
    return list(seen.values())


def hashtag_name(value: str) -> str | None:
    """The lower-cased tag name for `value` ("#Cemas" or "cemas"), or None if it is not a name
    a hashtag in a post could have."""
    name = value[1:] if value.startswith("#") else value
    if not HASHTAG_NAME_RE.fullmatch(name) or len(name.lower()) > MAX_HASHTAG_LENGTH:
        return None
    return name.lower()


def extract_mentions(text: str) -> list[str]:
    seen: dict[str, str] = {}
    for match in MENTION_RE.finditer(_without_urls(text)):
        seen.setdefault(match.group(1).lower(), match.group(1))
    return list(seen.values())


def _without_urls(text: str) -> str:
    return URL_RE.sub(" ", text)


def render_content(text: str, known_usernames: Iterable[str]) -> str:
    """Escape `text` and link URLs, hashtags and mentions of existing accounts."""
    known = {name.lower() for name in known_usernames}
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    rendered = []
    for paragraph in paragraphs:
        lines = [_render_line(line, known) for line in paragraph.split("\n")]
        rendered.append("<p>" + "<br>".join(lines) + "</p>")
    return "".join(rendered)


def _render_line(line: str, known: set[str]) -> str:
    out: list[str] = []
    position = 0
    for match in TOKEN_RE.finditer(line):
        out.append(escape(line[position : match.start()]))
        out.append(_link_for(match.group(0), known))
        position = match.end()
    out.append(escape(line[position:]))
    return "".join(out)


def _link_for(token: str, known: set[str]) -> str:
    linkers: dict[str, Callable[[str], str]] = {
        "#": lambda t: (
            f'<a href="{reverse("tag", args=[t[1:].lower()])}" class="hashtag">#{escape(t[1:])}</a>'
        ),
        "@": lambda t: (
            f'<a href="{reverse("profile", args=[t[1:]])}" class="mention">@{escape(t[1:])}</a>'
            if t[1:].lower() in known
            else escape(t)
        ),
    }
    if token[0] in linkers:
        return linkers[token[0]](token)
    return f'<a href="{escape(token)}" rel="nofollow noopener noreferrer ugc">{escape(token)}</a>'
