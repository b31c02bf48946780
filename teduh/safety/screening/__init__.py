"""Screening of posts and search queries (see docs/safety.md).

PLACEHOLDER INTERFACE: the real engine replaces the bodies below; the names and fields stay.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LEVELS = ("none", "concern", "crisis")


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


def screen_text(text: str) -> ScreeningResult:
    lowered = text.lower()
    if "cara bunuh diri" in lowered or "overdosis" in lowered:
        return ScreeningResult("crisis", ("method",), True)
    if "bunuh diri" in lowered or "bundir" in lowered or "kill myself" in lowered:
        return ScreeningResult("crisis", ("suicidal_intent",))
    if "sedih" in lowered:
        return ScreeningResult("concern", ("distress",))
    return ScreeningResult("none")


def screen_query(query: str) -> QueryScreening:
    lowered = query.lower()
    if "cara bunuh diri" in lowered or "how to kill myself" in lowered:
        return QueryScreening(crisis=True, seeks_method=True, signals=("method",))
    if "bunuh diri" in lowered or "bundir" in lowered or "suicide" in lowered:
        educational = "pencegahan" in lowered or "prevention" in lowered
        return QueryScreening(crisis=True, educational=educational, signals=("suicide",))
    return QueryScreening()


def is_crisis_tag(name: str) -> bool:
    return screen_query("#" + name).crisis
