"""Screening of search queries and hashtags (#ThereIsHelp).

A query is short and has no context to judge, so the question is only what it is about:
suicide or self-harm (show the help card), a method (card and no posts), or prevention and
education (card and posts). Idioms ("mati lampu", "kill time", "killer queen") are masked first,
exactly as for posts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from teduh.safety.screening import QueryScreening
from teduh.safety.screening import lexicon as lx
from teduh.safety.screening.normalize import normalize
from teduh.safety.screening.rules import _compile, _mask_idioms

_TOPIC_RE = _compile(
    lx.SUICIDE_TERMS
    + lx.DEATH_WISH
    + lx.PASSIVE
    + lx.LIFE
    + lx.SELF_HARM
    + lx.FAREWELL_STRONG
    + lx.INCITEMENT
    + [
        r"\bsuicide\b|\bsuicidal\b|\bself harm\b|\bselfharm\b|\bcutting\b|\bcutter\b",
        r"\boverdosis\b|\boverdose\b|\bgantung diri\b|\bbunuh diri\b|\bnyilet\b|\bsayat\b",
        r"\bmelukai diri\b|\bmenyakiti diri\b|\bpercobaan bunuh diri\b|\blethal dose\b",
        r"\b(?:pengen|mau|ingin|want to|wanna) mati\b|\bmati aja\b",
    ]
)
_METHOD_RE = _compile(
    lx.SEEK
    + lx.METHOD_ACTS
    + [
        r"\b(?:dosis|dose|takaran) (?:[a-z]+ ){0,3}(?:mematikan|lethal|fatal|overdosis|mati)\b",
        r"\b(?:lethal|fatal|mematikan|deadly) (?:dose|dosis|amount)\b",
        r"\b(?:dosis|dose|takaran|overdosis|overdose) (?:[a-z]+ ){0,2}(?:mematikan|lethal|fatal)",
        r"\b(?:mematikan|lethal|fatal)\b.*\b(?:obat|pills|paracetamol|parasetamol|tylenol|"
        r"ibuprofen|racun|poison|dosis|dose)\b",
        r"\b(?:obat|pills|paracetamol|parasetamol|tylenol|racun|poison)\b.*\b(?:mematikan|lethal|"
        r"fatal)\b",
        r"\b(?:painless|quick|quickest|easiest|best|fastest) (?:way|ways|method|methods) to "
        r"(?:die|go|end it)\b",
        r"\b(?:cara|how to|tutorial) (?:[a-z]+ ){0,2}(?:gantung diri|nyilet|sayat nadi|"
        r"overdosis|overdose|self harm|cut myself|hang myself)\b",
    ]
)
_EDUCATION_RE = re.compile(
    lx.EDUCATION_RE.pattern[:-3]
    + r"|cegah|help someone|bantu teman|membantu teman|support someone|helpline|hotline|"
    r"layanan|konseling|counseling|recovery|pemulihan|penyintas|survivors?|dampingi)\b"
)
_PLAIN_CRISIS_WORDS = frozenset(("unalive", "sewerslide", "kms", "bundir", "ctb"))


@lru_cache(maxsize=2048)
def screen_query(query: str) -> QueryScreening:
    raw = query.casefold()
    text, idiom = _mask_idioms(normalize(query).text)
    signals: list[str] = []
    about = bool(_TOPIC_RE.search(text)) or any(w in _PLAIN_CRISIS_WORDS for w in raw.split())
    seeks = bool(_METHOD_RE.search(text))
    educational = bool(_EDUCATION_RE.search(text))
    if about or seeks:
        signals.append("suicide_or_self_harm")
    if (
        seeks
        and educational
        and not re.search(r"\b(?:cara|how to|way|ways|best|dose|dosis)\b", text)
    ):
        # "overdosis paracetamol gejala": learning about it, not asking for it.
        seeks = False
    if seeks:
        signals.append("method_seeking")
    if educational:
        signals.append("education")
    if idiom:
        signals.append("idiom")
    return QueryScreening(
        crisis=about or seeks,
        seeks_method=seeks,
        educational=educational and not seeks,
        signals=tuple(signals),
    )


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


@lru_cache(maxsize=2048)
def tag_screening(name: str) -> QueryScreening:
    """A hashtag name: CamelCase and glued words are split by `normalize` ("pengenmati")."""
    name = name.lstrip("#").strip()
    if not name:
        return QueryScreening()
    return screen_query("#" + name)
