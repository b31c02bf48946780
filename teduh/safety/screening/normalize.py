"""Text normalisation for screening: one canonical, lower-case, space-separated token string.

People who write about suicide online often disguise the words, on purpose (to get past filters)
or by habit (slang, elongation, emoji). Before any rule looks at a text, this module undoes the
disguises so the rules can be written once, in plain words:

- Unicode tricks: compatibility forms (full-width, mathematical bold letters) are folded, accents
  and zero-width characters are dropped.
- Emoji that carry meaning here become words (``🪢`` → ``emjrope``, ``😂`` → ``emjlaugh``);
  every other emoji or pictograph is dropped.
- Spaced or punctuated letters are joined: ``B U N D I R``, ``b.u.n.d.i.r``, ``b-u-n-d-i-r``.
  Two spaces between letter groups mark a word break (``p e n g e n  m a t i``); glued results
  and hashtags (``#pengenmati``, ``#WorldSuicidePreventionDay``) are split into known words.
- Leetspeak (``bund1r``, ``5u1c1d3``, ``$uicide``), censoring stars (``k*ll``) and elongation
  (``matiii``, ``pengennn``) are resolved against the screening vocabulary, so a token is only
  rewritten when the result is a word the rules know; ``119`` or ``10km`` stay as they are.
- Slang and contractions get one spelling (``pgn`` → ``pengen``, ``gk`` → ``gak``, ``bundir`` →
  ``bunuh diri``, ``kms`` → ``kill myself``, ``don't`` → ``do not``).
- Sentence punctuation survives as its own token (``.``, ``,``, ``?``) because negation, subject
  and tense are judged within a sentence or clause.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from teduh.safety.screening import lexicon

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
# Cyrillic and Greek letters that look like Latin ones ("ѕuicide" with a Cyrillic s).
_CONFUSABLES = str.maketrans("аеорсухіјѕԁԛνοαВЕКМНОРСТХУІЅ", "aeopcyxijsdqvoaBEKMHOPCTXYIS")

# Longest keys first so a multi-codepoint emoji wins over its first codepoint.
_EMOJI_RE = re.compile(
    "|".join(re.escape(e) for e in sorted(lexicon.EMOJI_WORDS, key=len, reverse=True))
)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+")
_HASHTAG_RE = re.compile(r"#(\w+)")
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Three or more single characters separated by one separator each: "b u n d i r", "b.u.n.d.i.r".
_SPACED_RE = re.compile(r"(?<![\w$@])[a-z0-9$@](?:[ ._\-*+~/·•][a-z0-9$@]){2,}(?![\w$@])")
# A whole text spelled out letter by letter, with double spaces between words:
# "i w a n t  t o  d i e". Groups of one or two letters are joined too.
_SPACED_WORDS_RE = re.compile(
    r"(?<![\w$@])[a-z0-9$@](?: [a-z0-9$@])*(?: {2,}[a-z0-9$@](?: [a-z0-9$@])*)+(?![\w$@])"
)
_GAPAPA_RE = re.compile(r"\bgak papa\b")
_REDUPLICATION_RE = re.compile(r"\b([a-z]{2,})2(an|nya|ku|mu)?\b")
# One letter hidden by a hyphen, dot or underscore: "b-ndir", "s_icide", "k.ll".
_CENSOR_MARK_RE = re.compile(r"(?<![\w$@])([a-z]+)[-._]([a-z]+)(?![\w$@])")
# Words may carry leet symbols inside them ($uicide, su!c!de, k*ll) and apostrophes (i'm).
_TOKEN_RE = re.compile(r"[a-z0-9$@]+(?:[!|$@*+'][a-z0-9]+)*[$@!]?|[?]+|[.!;…]+|[,:]+|\n")
_LEET_CHOICES = {
    "0": "ou",
    "1": "il",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "8": "b",
    "9": "g",
    "@": "a",
    "$": "s",
    "!": "i",
    "|": "il",
    "+": "t",
}
_MAX_LEET_VARIANTS = 256


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text: `text` is `tokens` joined by single spaces."""

    text: str
    tokens: tuple[str, ...]


def normalize(text: str) -> Normalized:
    """Return the canonical token string the screening rules are written against."""
    text = (
        unicodedata.normalize("NFKC", text)
        .translate(_ZERO_WIDTH)
        .translate(_QUOTES)
        .translate(_CONFUSABLES)
    )
    text = _URL_RE.sub(" url ", text)
    text = _EMOJI_RE.sub(lambda m: f" {lexicon.EMOJI_WORDS[m.group(0)]} ", text)
    text = _HASHTAG_RE.sub(lambda m: f" {_split_hashtag(m.group(1))} ", text)
    text = _strip_marks(text).casefold()
    text = _SPACED_WORDS_RE.sub(_join_spaced_words, text)
    text = _SPACED_RE.sub(_join_spaced, text)
    text = _REDUPLICATION_RE.sub(lambda m: f"{m.group(1)} {m.group(1)}{m.group(2) or ''}", text)
    text = _CENSOR_MARK_RE.sub(_uncensor_mark, text)
    text = text.replace("-", " ").replace("—", " ").replace("–", " ")
    tokens: list[str] = []
    for raw in _TOKEN_RE.findall(text):
        tokens.extend(_canonical(raw))
    joined, fixed = _GAPAPA_RE.subn("gak apa apa", " ".join(tokens))  # not about a father
    return Normalized(joined, tuple(joined.split()) if fixed else tuple(tokens))


def _strip_marks(text: str) -> str:
    """Drop accents, variation selectors and leftover pictographs (emoji we have no word for)."""
    out = []
    for ch in unicodedata.normalize("NFKD", text):
        category = unicodedata.category(ch)
        if category == "Mn":
            continue
        out.append(" " if category in ("So", "Sk", "Cs", "Co", "Cn") else ch)
    return "".join(out)


def _split_hashtag(tag: str) -> str:
    """`#WorldSuicidePreventionDay` → words; `#pengenmati` → `pengen mati` (known parts only)."""
    words = _CAMEL_RE.sub(" ", tag).replace("_", " ").lower().split()
    return " ".join(_word_break(w) for w in words)


def _join_spaced(match: re.Match) -> str:
    joined = re.sub(r"[ ._\-*+~/·•]", "", match.group(0))
    return f" {_word_break(joined)} "


def _uncensor_mark(match: re.Match) -> str:
    """Read the mark as a hidden letter only when that spells a known risk word."""
    found = _unstar(f"{match.group(1)}*{match.group(2)}")
    return found or match.group(0)


def _join_spaced_words(match: re.Match) -> str:
    groups = re.split(r" {2,}", match.group(0))
    if sum(len(g.replace(" ", "")) for g in groups) < 4:
        return match.group(0)
    return " " + " ".join(_word_break(g.replace(" ", "")) for g in groups) + " "


def _word_break(word: str) -> str:
    """Split a glued word into vocabulary words (fewest pieces), or return it unchanged."""
    if len(word) < 5 or len(word) > 40 or _known(word):  # long runs are not hidden words
        return word
    return _segment(word) or word


@lru_cache(maxsize=4096)
def _segment(word: str) -> str | None:
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(max(0, end - 20), end):
            head = best[start]
            piece = word[start:end]
            if head is None or not (len(piece) > 1 or piece in ("i", "a")):
                continue
            if not _known(piece):
                continue
            if best[end] is None or len(head) + 1 < len(best[end]):
                best[end] = [*head, piece]
    pieces = best[n]
    if not pieces or len(pieces) < 2:
        return None
    return " ".join(pieces)


def _known(word: str) -> bool:
    return word in lexicon.VOCABULARY or word in lexicon.SLANG


def _canonical(raw: str) -> list[str]:
    """One raw token → zero or more canonical tokens."""
    if raw == "\n" or raw[0] in ".!;…":
        return ["."]
    if raw[0] == "?":
        return ["?"]
    if raw[0] in ",:":
        return [","]
    word = raw.strip("'")
    if not word:
        return []
    if word.endswith("!") and len(word) > 1:
        # "d!r!" is a disguised "diri"; "mati!" is a word and an exclamation mark.
        resolved = _resolve(word)
        if resolved != word and _known(resolved) and not _known(word[:-1]):
            word = resolved
        else:
            return [*_canonical(word[:-1]), "."]
    if word in lexicon.CONTRACTIONS:
        return lexicon.CONTRACTIONS[word].split()
    word = _resolve(word)
    if word in lexicon.COMPOUNDS:
        return lexicon.COMPOUNDS[word].split()
    replacement = lexicon.SLANG.get(word)
    if replacement is not None:
        return replacement.split() if replacement else []
    return [word.replace("'", "")] if "'" in word else [word]


@lru_cache(maxsize=16384)
def _resolve(word: str) -> str:
    """Undo leetspeak, censoring stars and elongation when the result is a known word."""
    if _known(word) or word.isdigit():
        return word
    if "*" in word:
        starred = _unstar(word)
        if starred:
            return starred
        word = word.replace("*", "")
    if any(c in _LEET_CHOICES for c in word) and any(c.isalpha() for c in word):
        for variant in _leet_variants(word):
            found = _unelongate(variant)
            if found:
                return found
    found = _unelongate(word)
    if found:
        return found
    return re.sub(r"(.)\1{2,}", r"\1", word)


def _leet_variants(word: str):
    options = [_LEET_CHOICES.get(c, c) for c in word]
    return itertools.islice(("".join(p) for p in itertools.product(*options)), _MAX_LEET_VARIANTS)


def _unelongate(word: str) -> str | None:
    if _known(word):
        return word
    for candidate in (re.sub(r"(.)\1{2,}", r"\1\1", word), re.sub(r"(.)\1+", r"\1", word)):
        if _known(candidate):
            return candidate
    return None


def _unstar(word: str) -> str | None:
    pattern = re.compile("^" + re.escape(word).replace(r"\*", "[a-z]") + "$")
    for known in lexicon.STAR_TARGETS:
        if pattern.match(known):
            return known
    return None
