"""Screening of posts and search queries (see docs/safety.md).

`screen_text` runs on every post and reply; `screen_query` on searches and hashtags. The engine
behind `screen_text` is pluggable: any class with `screen(text) -> ScreeningResult`, named by the
TEDUH_SCREENER setting (a dotted path), replaces the default engine (the rules backed by the
small model shipped in model.json). Nothing is downloaded at run time: a trained model must ship
its weights with the deployment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol, runtime_checkable

LEVELS = ("none", "concern", "crisis")
DEFAULT_SCREENER = "teduh.safety.screening.engine.HybridScreener"


@dataclass(frozen=True)
class ScreeningResult:
    level: str  # "none" | "concern" | "crisis"
    signals: tuple[str, ...] = field(default_factory=tuple)
    method_details: bool = False

    def to_dict(self) -> dict:
        return {
            "level": self.level,
            "signals": list(self.signals),
            "method_details": self.method_details,
        }


@dataclass(frozen=True)
class QueryScreening:
    """What a search query (or hashtag) signals."""

    crisis: bool = False  # show the help card
    seeks_method: bool = False  # show the help card and no posts
    educational: bool = False  # prevention/education framing: card plus posts
    signals: tuple[str, ...] = field(default_factory=tuple)


@runtime_checkable
class Screener(Protocol):
    """What a screening engine provides. Must be fast (it runs on every post) and must not
    touch the network."""

    def screen(self, text: str) -> ScreeningResult: ...


def get_screener() -> Screener:
    """The configured engine (setting TEDUH_SCREENER, a dotted path to a class or factory)."""
    from django.conf import settings

    return _load_screener(getattr(settings, "TEDUH_SCREENER", None) or DEFAULT_SCREENER)


@lru_cache(maxsize=4)
def _load_screener(path: str) -> Screener:
    from django.utils.module_loading import import_string

    screener = import_string(path)()
    if not isinstance(screener, Screener):
        raise TypeError(f"{path} does not provide screen(text)")
    return screener


def screen_text(text: str) -> ScreeningResult:
    """Screen a post or reply: level, signals and whether it gives method details."""
    if not text or not text.strip():
        return ScreeningResult("none")
    return get_screener().screen(text)


def screen_query(query: str) -> QueryScreening:
    """What a search query signals: help card, method seeking, education."""
    from teduh.safety.screening.query import screen_query as _screen_query

    return _screen_query(query)


def is_crisis_tag(name: str) -> bool:
    """Whether a hashtag (without '#', any case, words glued or CamelCase) is about suicide or
    self-harm. Such tags get the help card and never trend."""
    from teduh.safety.screening.query import tag_screening

    return tag_screening(name).crisis
