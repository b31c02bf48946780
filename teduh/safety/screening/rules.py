"""The rule engine: reads a normalised text clause by clause and decides a level.

Pipeline (see docs/safety.md):

1. `normalize` undoes disguises (slang, leetspeak, elongation, spaced letters, emoji).
2. Idioms and harmless uses ("mati lampu", "kill time", "I'm dead 😂") are masked so no later
   rule can read them as risk.
3. The text is cut into sentences and clauses; every risk phrase found in a clause becomes a
   `Hit` with a kind (what was said) and a tier (2 = crisis-grade, 1 = concern-grade).
4. Each hit is judged in context: who says it (first, second, third person, nobody in
   particular), whether it is negated, told in the distant past, framed as education, support
   or news, hyperbole about an everyday annoyance, or a joke.
5. The level is the highest judged hit; `method_details` is set when the text gives a method,
   dose, lethality or location, whoever it is about (news and recovery stories included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from teduh.safety.screening import lexicon as lx
from teduh.safety.screening.normalize import normalize

_PUNCT = {".", "?", ","}
# Words that open a new clause: contrast and "now" separate a past story from the present.
_CLAUSE_OPENERS = {"tapi", "but", "padahal", "namun", "sekarang", "now", "however", "although"}
_POSSESSIVES = {"my", "our", "your", "his", "her", "their"}
_CONDITIONAL = {"kalau", "if", "when", "jika", "bila", "apabila", "kalo", "whenever", "misal"}


def _compile(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_IDIOM_RE = _compile(lx.IDIOMS)
# (kind, tier, regex, gives method details)
_RISKS: tuple[tuple[str, int, re.Pattern, bool], ...] = (
    ("incitement", 1, _compile(lx.INCITEMENT), False),
    ("hyperbole", 1, _compile(lx.HYPERBOLE_FRAMES), False),
    ("method_seeking", 2, _compile(lx.SEEK), False),
    ("method", 2, _compile(lx.METHOD_ACTS), True),
    ("plan", 2, _compile(lx.PLAN), False),
    ("suicidal_ideation", 2, _compile(lx.SUICIDE_TERMS), False),
    ("suicidal_ideation", 2, _compile(lx.DEATH_WISH), False),
    ("passive_ideation", 2, _compile(lx.PASSIVE), False),
    ("suicidal_ideation", 2, _compile(lx.LIFE), False),
    ("self_harm", 2, _compile(lx.SELF_HARM), False),
    ("farewell", 2, _compile(lx.FAREWELL_STRONG), False),
    ("soft_exit", 1, _compile(lx.SOFT_EXIT), False),
    ("death_thoughts", 1, _compile(lx.DEATH_THOUGHTS), False),
    ("distress", 1, _compile(lx.DISTRESS_STRONG), False),
    ("hopelessness", 1, _compile(lx.HOPELESSNESS), False),
)
_FAREWELL_WEAK_RE = _compile(lx.FAREWELL_WEAK)
_SENTENCE_PASSIVE_RE = _compile(lx.SENTENCE_PASSIVE)
_DOSE_RE = _compile(lx.DOSE)
_LOCATION_RE = _compile(lx.LOCATION)
_MEANS_WORDS_RE = lx.MEANS_RE
_WANT_MATI_RE = re.compile(r"\b(?:pengen|mau|ingin|want to|wanna|pingin) (?:[a-z]+ ){0,2}mati\b")
_MAU_MATI_RE = re.compile(r"\bmau mati\b")
_DEATH_WORD_RE = re.compile(r"\b(?:mati|die|dead|meninggal)\b")
_CAUSED_BY_RE = re.compile(
    r"\b(?:bikin|bikinan|ngebuat|membuat|makes me|made me|making me)\b (?:[a-z]+ ){0,2}"
    r"(?:pengen |mau |want to |wanna )?(?:mati|die)\b"
)
_TOPIC_BEFORE_RE = re.compile(
    r"(?:tentang|soal|mengenai|about|on|of|pencegahan|prevention|prevent|mencegah|tanda|"
    r"tanda tanda|signs|kasus|angka|rate|rates|statistik|risiko|risk|isu|topik|topic|"
    r"awareness|penyebab|faktor|stigma|berita|news|penyintas|survivors?|attempt|percobaan|"
    # "hari bunuh diri sedunia" names a topic; "tiap hari pengen mati" does not.
    r"(?<!tiap )(?<!setiap )(?<!every )(?<!each )(?:hari|day|month|bulan)|"
    r"thoughts? of|bicara|talking|talk|ngomongin|membahas|bahas) $"
)
_TOPIC_AFTER_RE = re.compile(
    r"^(?:prevention|awareness|pencegahan|rates?|statistics|hotline|helpline|crisis line|"
    r"attempt survivors?|loss|survivors?|bisa dicegah|can be prevented|termasuk|is preventable|"
    r"bukan|is not|adalah|itu (?:bukan|dosa|bisa))\b"
)


# After "not suicidal, just ...": what is left is still distress worth a gentle check.
_DENIAL_DISTRESS_RE = re.compile(
    r"\b(?:cuma|hanya|just|only|cuman|tapi|but) (?:[a-z]+ ){0,3}(?:capek|lelah|sedih|tired|sad|"
    r"exhausted|empty|kosong|down|stres|stress|stressed|hancur|overwhelmed|berat|drowning|"
    r"lost|numb|hopeless|struggling|gak kuat|burnt out|burned out|lonely|kesepian|hilang|ngilang)\b"
)
_THINKING_RE = re.compile(
    r"\b(?:think|thinking|thought|thoughts|mikir|mikirin|kepikiran|berpikir|obsessed|"
    r"fantasi|fantasize|fantasizing|dreaming|dream|bayangin)(?: [a-z]+)? $"
)
_ROPE_RE = re.compile(r"\b(?:tali|rope|ropes|noose)\b")
_BLADE_RE = re.compile(r"\b(?:silet|blade|blades|razor|razors|cutter|pisau|knife|knives)\b")
_JUMP_WORD_RE = re.compile(r"\b(?:loncat|lompat|terjun|jump|jumped|jumping|melompat|meloncat)\b")
_EMOJI_TIME_RE = re.compile(r"\b(?:tonight|malam ini|bye|sorry everyone|maaf semuanya)\b")
_DOSE_DEATH_RE = re.compile(
    r"\b(?:mati|die|gak bangun|bangun lagi|wake up|mematikan|lethal|fatal|overdosis|overdose)\b"
)


_PURPOSE_RE = re.compile(r"^(?:[a-z]+ )?(?:buat|untuk|for|to) ([a-z]+)")
_RISKY_PURPOSE = frozenset(
    "mati bunuh ini itu malam nanti besok tonight this it that aku me myself diriku diri "
    "die end ngakhirin mengakhiri selamanya the how cara caranya when kapan doing "
    # A stretch of time is not a purpose: "planning it for weeks", "udah nyiapin buat 3 hari".
    "weeks days months years hours minggu hari bulan tahun jam a".split()
)


def _innocent_purpose(after: str) -> bool:
    m = _PURPOSE_RE.match(after.strip())
    return bool(m) and m.group(1) not in _RISKY_PURPOSE


def _is_topic(before: str, after: str) -> bool:
    """'pencegahan bunuh diri', 'talking about suicide': the act named as a subject, not felt."""
    if _THINKING_RE.search(before[-40:]):
        return False
    return bool(_TOPIC_BEFORE_RE.search(before)) or bool(_TOPIC_AFTER_RE.match(after))


@dataclass(slots=True)
class Hit:
    kind: str
    tier: int
    method: bool
    person: str  # first | implicit | second | third | generic
    negated: bool
    past: bool
    topic: bool
    conditional: bool
    text: str


@dataclass(frozen=True, slots=True)
class Judgement:
    level: str
    signals: tuple[str, ...]
    method_details: bool


def _mask_idioms(text: str) -> tuple[str, bool]:
    masked, count = _IDIOM_RE.subn(" idiomx ", text)
    return (" ".join(masked.split()), count > 0) if count else (text, False)


def _clauses(tokens: list[str]) -> list[list[list[str]]]:
    """Sentences, each a list of clauses, each a list of word tokens."""
    sentences: list[list[list[str]]] = []
    sentence: list[list[str]] = []
    clause: list[str] = []
    for token in tokens:
        if token in _PUNCT:
            if clause:
                sentence.append(clause)
                clause = []
            if token != "," and sentence:  # noqa: S105 - a punctuation token, not a secret
                sentences.append(sentence)
                sentence = []
            continue
        if token in _CLAUSE_OPENERS and clause:
            sentence.append(clause)
            clause = []
        clause.append(token)
    if clause:
        sentence.append(clause)
    if sentence:
        sentences.append(sentence)
    return sentences


def _person_of(token: str, before: str | None) -> str | None:
    if token in lx.FIRST_PERSON:
        # "temen gue" / "sahabat aku": a first-person possessive after a person noun.
        if before is not None and (lx.THIRD_PEOPLE_RE.match(before) or before in lx.GENERIC_PEOPLE):
            return "third"
        return "first"
    if token in lx.SECOND_PERSON:
        return "second"
    if token in lx.THIRD_PRONOUNS or lx.THIRD_PEOPLE_RE.match(token):
        return "third"
    if token in lx.GENERIC_PEOPLE:
        return "generic"
    if lx.NON_PERSON_RE.match(token):
        return "thing"
    return None


_EMBEDDED_FIRST = re.compile(r"\b(?:my|myself|me|aku|diriku|hidupku|nyawaku|i|kms)\b")
_EMBEDDED_SECOND = re.compile(r"\b(?:yourself|your|kamu|lo|lu|loe|elo|kau|dirimu)\b")
_EMBEDDED_THIRD = re.compile(
    r"\b(?:himself|herself|themselves|themself|dirinya|his|her|their|he|she|they)\b"
)


def _speaker(words_before: list[str], match_text: str, words_after: list[str]) -> str | None:
    if _EMBEDDED_THIRD.search(match_text):
        return "third"
    if _EMBEDDED_SECOND.search(match_text):
        return "second"
    if _EMBEDDED_FIRST.search(match_text):
        return "first"
    after = " ".join(words_after[:3])
    if lx.REPORTED_AFTER.match(after):
        return "third"
    for i in range(len(words_before) - 1, -1, -1):
        if words_before[i] in _POSSESSIVES:  # "someone in my class": not the subject
            continue
        before = words_before[i - 1] if i > 0 else None
        person = _person_of(words_before[i], before)
        if person:
            return person
    # "bundir aja lo": Indonesian puts the addressee after the verb.
    for token in words_after[:2]:
        if token in lx.SECOND_PERSON and token not in ("you", "your"):
            return "second"
    return None


def _negated(words_before: list[str]) -> bool:
    """A negation shortly before the phrase, not broken by 'gak tahu', 'can't stop' or a
    new subject ("not joking, i want to die")."""
    window = words_before[-4:]
    for i in range(len(window) - 1, -1, -1):
        token = window[i]
        if token in lx.NEGATION_BREAKERS:
            return False
        if token in lx.NEGATIONS:
            # A new subject between the negation and the phrase ends the negation's reach.
            return not any(t in lx.FIRST_PERSON for t in window[i + 1 :])
    return False


def _find_hits(text: str) -> tuple[list[Hit], dict]:
    tokens = text.split()
    sentences = _clauses(tokens)
    hits: list[Hit] = []
    weak_farewells = 0
    jumped = False
    for si, sentence in enumerate(sentences):
        sentence_text = " , ".join(" ".join(c) for c in sentence)
        m = _SENTENCE_PASSIVE_RE.search(sentence_text)
        if m:
            negated = _negated(sentence_text[: m.start()].split())
            hits.append(
                Hit("passive_ideation", 2, False, "first", negated, False, False, False, m[0])
            )
        jump = lx.JUMP_HEIGHT_RE.search(sentence_text)
        if jump and not lx.JUMP_LEISURE_RE.search(text):
            jumped = True
            before = sentence_text[: jump.start()].replace(",", " ").split()
            after = sentence_text[jump.end() :].replace(",", " ").split()
            hits.append(
                Hit(
                    "method",
                    2,
                    True,
                    _speaker(before, jump[0], after) or "implicit",
                    _negated(before),
                    bool(lx.PAST_RE.search(sentence_text))
                    and not lx.PRESENT_RE.search(sentence_text),
                    False,
                    False,
                    jump[0],
                )
            )
        carried_person: str | None = None
        carried_past = False
        for ci, clause in enumerate(sentence):
            clause_text = " ".join(clause)
            past_here = bool(lx.PAST_RE.search(clause_text)) and not re.search(
                r"\b(?:gak|tidak|never|belum|ga) (?:akan |bakal )?(?:pernah|sempat)\b", clause_text
            )
            present_here = bool(lx.PRESENT_RE.search(clause_text))
            past = past_here or (carried_past and not present_here)
            conditional = bool(clause) and clause[0] in _CONDITIONAL
            next_clause = sentence[ci + 1] if ci + 1 < len(sentence) else None
            if next_clause is None and si + 1 < len(sentences):
                next_clause = sentences[si + 1][0]
            denied_after = _is_denial(next_clause)
            claimed: list[tuple[int, int]] = []
            for kind, tier, pattern, method in _RISKS:
                for m in pattern.finditer(clause_text):
                    start, end = m.span()
                    if any(s <= start < e or s < end <= e for s, e in claimed):
                        continue
                    if kind == "plan" and _innocent_purpose(clause_text[end:]):
                        continue  # "beli tali buat pramuka"
                    if (
                        kind == "self_harm"
                        and "self harm" not in m[0]
                        and lx.ACCIDENT_RE.search(clause_text)
                    ):
                        continue  # "keiris pisau pas masak sampai berdarah"
                    if (
                        kind == "method"
                        and _JUMP_WORD_RE.search(m[0])
                        and lx.JUMP_LEISURE_RE.search(text)
                    ):
                        continue  # "lompat dari trampolin setinggi atap"
                    if (
                        kind in ("method", "plan")
                        and _BLADE_RE.search(m[0])
                        and lx.GROOMING_COOKING_RE.search(text)
                    ):
                        continue  # "cukur kumis pake razor baru", "iris bawang pake pisau"
                    if (
                        kind in ("method", "plan")
                        and _ROPE_RE.search(m[0])
                        and lx.ROPE_LEISURE_RE.search(text)
                        and not re.search(r"\bnot for|bukan (?:buat|untuk)\b", text)
                    ):
                        continue  # "beli tali buat tenda"
                    if kind == "farewell" and lx.ACCOUNT_MOVE_RE.search(text):
                        continue  # "last post on this account, moving to a new one"
                    claimed.append((start, end))
                    before = clause_text[:start].split()
                    after = clause_text[end:].split()
                    person = _speaker(before, m.group(0), after) or carried_person
                    if kind == "self_harm" and any(
                        lx.THIRD_PEOPLE_RE.match(w) for w in [*m[0].split()[1:], *after[:1]]
                    ):
                        person = "third"  # "cuts on my sister s arms", "sayatan di tangan temen"
                    negated = _negated(before) or (denied_after and not after)
                    topic = _is_topic(clause_text[:start], clause_text[end:].strip())
                    hits.append(
                        Hit(
                            kind,
                            tier,
                            method,
                            person or "implicit",
                            negated,
                            past,
                            topic,
                            conditional,
                            m.group(0),
                        )
                    )
            weak = len(_FAREWELL_WEAK_RE.findall(clause_text))
            if weak:
                weak_farewells += weak
                hits.append(
                    Hit(
                        "farewell_weak",
                        0,
                        False,
                        # "goodbye everyone": the people addressed are not the speaker.
                        _clause_person(clause, addressee_ok=True) or carried_person or "implicit",
                        False,
                        past,
                        False,
                        conditional,
                        clause_text,
                    )
                )
            carried_person = _clause_person(clause) or carried_person
            carried_past = past
    if not jumped and not lx.JUMP_LEISURE_RE.search(text):
        # A height asked about in one sentence and a jump in the next.
        jump = lx.JUMP_HEIGHT_RE.search(text.replace(" . ", " ? "))
        if jump:
            before = text[: jump.start()].split()[-6:]
            hits.append(
                Hit("method", 2, True, "implicit", _negated(before), False, False, False, jump[0])
            )
    return hits, {"weak_farewells": weak_farewells}


def _is_denial(clause: list[str] | None) -> bool:
    """'bunuh diri? nggak lah': a short answer that takes the phrase back."""
    if not clause or len(clause) > 3:
        return False
    if not lx.AFTER_DENIAL.match(" ".join(clause)):
        return False
    return len(clause) == 1 or clause[1] in ("lah", "kok", "dong", "sih", "kali", "way", "never")


def _clause_person(clause: list[str], addressee_ok: bool = False) -> str | None:
    for i in range(len(clause) - 1, -1, -1):
        person = _person_of(clause[i], clause[i - 1] if i else None)
        if addressee_ok and (person == "generic" or clause[i] in ("guys", "gengs", "all")):
            continue
        if person:
            return person
    return None


def screen(text: str) -> Judgement:
    return screen_in_context(text)[0]


@dataclass(frozen=True, slots=True)
class Context:
    """What the rules saw besides the level: the masked text a model reads, and the framings
    that make a risk word not the speaker's own current risk."""

    text: str  # normalised, idioms masked
    cues: frozenset[str]


# Someone else's words in quotes: "adikku nulis 'aku pengen mati' di bukunya".
_QUOTE_AFTER_VERB_RE = re.compile(
    r"\b(?:nulis|menulis|tulis|bilang|ngomong|berkata|ngetik|nge-?chat|chat|ngirim|kirim|"
    r"posting|post|status|said|says|say|saying|wrote|writes|writing|write|posted|posts|texted|"
    r"texts|tweeted|told me|keeps saying|sering bilang|sering nulis)\b"
    r"([^'\"“”‘’]{0,40})(?<![a-z0-9])(?:\"([^\"]{3,160})\"|“([^”]{3,160})”|‘([^’]{3,160})’|"
    r"'([^']{3,160})')(?![a-z0-9])"
)
_QUOTED_FIRST_PERSON_RE = re.compile(
    r"\b(?:aku|gue|gw|gua|saya|ku|i|me|my|myself|mine|diriku|im)\b"
)


_REPORTER_FIRST = frozenset("aku gue gw gua saya i we kami kita".split())


def _reported_by_someone_else(text: str) -> str:
    """Turn the first person inside quoted words into "dia" when the words are reported from
    someone else (a third person names the verb), so the rules read them as that person's."""

    def third_person(match: re.Match) -> str:
        start = match.start()
        words = [w.strip(".,!?:;") for w in text[max(0, start - 60) : start].lower().split()[-6:]]
        # The subject before the verb decides: "adek gue nulis" (gue is possessive there),
        # not "gue bilang ke temen".
        last_third = last_first = -1
        for i, word in enumerate(words):
            if lx.THIRD_PEOPLE_RE.match(word) or word in lx.THIRD_PRONOUNS:
                last_third = i
            elif word in _REPORTER_FIRST and not (i and lx.THIRD_PEOPLE_RE.match(words[i - 1])):
                last_first = i
        if last_third < 0 or last_first > last_third:
            return match.group(0)
        content = next(group for group in match.groups()[1:] if group is not None)
        quoted = _QUOTED_FIRST_PERSON_RE.sub("dia", content.lower())
        return match.group(0).replace(content, quoted)

    return _QUOTE_AFTER_VERB_RE.sub(third_person, text)


def screen_in_context(text: str) -> tuple[Judgement, Context]:
    norm = normalize(_reported_by_someone_else(text))
    masked, idiom = _mask_idioms(norm.text)
    hits, info = _find_hits(masked)
    flags = _Flags(masked, text)
    judgement = _decide(hits, info, flags, idiom)
    return judgement, Context(masked, _cues(hits, flags, idiom))


def _cues(hits: list[Hit], f: _Flags, idiom: bool) -> frozenset[str]:
    cues = set()
    if idiom:
        cues.add("idiom")
    for name in ("education", "support", "news", "recovery", "humor", "mundane"):
        if getattr(f, name):
            cues.add(name)
    if any(h.kind == "farewell_weak" for h in hits) and lx.FAREWELL_BENIGN.search(f.text):
        # Leaving a group, a job, a year; "kos" or "tahun" without a goodbye frames nothing.
        cues.add("benign_farewell")
    if _mentions_third(f.text):
        cues.add("mentions_third")
    if any(token in lx.RISK_TOPIC_WORDS for token in f.text.split()):
        cues.add("risk_topic")
    for h in hits:
        if h.tier == 0:
            continue
        if h.negated:
            cues.add("negated")
        if h.person in ("third", "generic", "second", "thing"):
            cues.add("not_self")
        if h.past and h.person in ("first", "implicit"):
            cues.add("past")
        if h.topic:
            cues.add("topic")
    return frozenset(cues)


class _Flags:
    __slots__ = (
        "education",
        "support",
        "help_seeking",
        "humor",
        "serious",
        "mundane",
        "news",
        "recovery",
        "means",
        "method_emoji",
        "text",
    )

    def __init__(self, masked: str, raw: str) -> None:
        self.text = masked
        self.education = bool(lx.EDUCATION_RE.search(masked)) or "WHO" in raw
        self.support = bool(lx.SUPPORT_RE.search(masked))
        self.help_seeking = bool(lx.HELP_SEEKING_RE.search(masked))
        # "gak bercanda" / "not joking" is the opposite of a humour marker.
        self.humor = bool(lx.HUMOR_RE.search(lx.NOT_JOKING_RE.sub(" ", masked)))
        self.serious = bool(lx.SERIOUS_RE.search(masked))
        self.mundane = bool(lx.MUNDANE_RE.search(masked))
        self.news = bool(lx.NEWS_RE.search(masked))
        self.recovery = bool(lx.RECOVERY_RE.search(masked))
        self.means = bool(_MEANS_WORDS_RE.search(masked))
        self.method_emoji = bool(lx.METHOD_EMOJI_RE.search(masked))


_CRISIS, _CONCERN, _NONE = 2, 1, 0
_NAMES = {0: "none", 1: "concern", 2: "crisis"}


def _decide(hits: list[Hit], info: dict, f: _Flags, idiom: bool) -> Judgement:
    signals: list[str] = []
    level = _NONE
    method_details = False
    if idiom:
        signals.append("idiom")

    def add(signal: str) -> None:
        if signal not in signals:
            signals.append(signal)

    if lx.RELAPSE_RE.search(f.text):
        # "relapse after 40 days clean": the streak is past, the self-harm is now.
        for h in hits:
            if h.kind in ("self_harm", "method") and h.person in ("first", "implicit"):
                h.past = False
    real = [h for h in hits if h.tier > 0]
    distress = any(h.tier == 1 and not h.negated for h in real)
    any_risk = bool(real)
    speaker_denies = any(
        h.tier == 2 and h.negated and h.person in ("first", "implicit") and not h.method
        for h in real
    )

    # Method details: dose, lethality and location only count near dying or despair.
    dose = (
        bool(_DOSE_RE.search(f.text))
        and bool(lx.DOSE_CONTEXT.search(f.text))
        and (any_risk or bool(_DOSE_DEATH_RE.search(f.text)))
    )
    location = bool(_LOCATION_RE.search(f.text)) and bool(lx.LOCATION_CONTEXT.search(f.text))
    lethality = bool(lx.LETHALITY_RE.search(f.text))
    emoji_method = f.method_emoji and (
        any_risk or distress or bool(info["weak_farewells"]) or bool(_EMOJI_TIME_RE.search(f.text))
    )
    # Back to self-harm after a clean streak, with a blade or the words for it.
    relapse = (
        bool(lx.RELAPSE_RE.search(f.text))
        and bool(lx.SELF_HARM_MEANS_RE.search(f.text))
        and not _mentions_third(f.text)
    )

    for h in real:
        judged = _judge(h, f)
        if judged == _NONE:
            continue
        level = max(level, judged)
        add(h.kind)
    # Thinking of death while wanting it all to stop: "mikirin mati terus, pengen selesai".
    current_kinds = {
        h.kind
        for h in real
        if h.person in ("first", "implicit") and not h.negated and not h.past and _judge(h, f)
    }
    if (
        "death_thoughts" in current_kinds
        and current_kinds & {"distress", "hopelessness"}
        and not f.humor
    ):
        level = max(level, _CRISIS)
    # A wish to be gone is crisis beside permanence or other despair ("pengen ngilang aja dan
    # gak balik lagi", "ready to go, i have had enough").
    if "soft_exit" in current_kinds and not f.humor:
        soft = [h for h in real if h.kind == "soft_exit"]
        others = current_kinds - {"soft_exit", "incitement", "hyperbole"}
        if (
            lx.PERMANENCE_RE.search(f.text)
            or lx.NO_FUTURE_RE.search(f.text)
            or others & {"suicidal_ideation", "passive_ideation", "self_harm", "method", "plan"}
            or sum(1 for h in soft if not h.negated) >= 2
            or info["weak_farewells"]
        ):
            level = max(level, _CRISIS)
            add("passive_ideation")
    if relapse:
        level = max(level, _CRISIS)
        add("self_harm")
    # A means word ("tali", "obat", 🪢) next to despair is a method even without a verb.
    if emoji_method:
        level = max(level, _CRISIS if not speaker_denies else level)
        add("method")
    if dose and (level > _NONE or not any_risk):
        level = max(level, _CRISIS if _speaker_is_current(hits) else _CONCERN)
        add("dose")
    if location:
        level = max(level, _CRISIS if _speaker_is_current(hits) else _CONCERN)
        add("location")

    # Two gentle farewells, or one beside distress, read as a goodbye.
    weak = [h for h in hits if h.kind == "farewell_weak"]
    if weak and (f.education or lx.FAREWELL_BENIGN.search(f.text)) and level == _NONE:
        weak = []  # "signs: giving things away" in a lesson; a goodbye to a group or a year
    if weak:
        third = all(h.person in ("third", "generic") for h in weak)
        if third:
            level = max(level, _CONCERN)
            add("farewell")
        elif lx.FAREWELL_BENIGN.search(f.text):
            pass  # leaving a group, a job, a year
        elif not all(h.past for h in weak) and (
            info["weak_farewells"] >= 2
            or distress
            or level == _CRISIS
            or lx.FINALITY_RE.search(f.text)  # things given away, "udah beres semua"
        ):
            level = _CRISIS
            add("farewell")

    # The speaker says they are not suicidal: at most concern, and only with distress.
    if speaker_denies:
        add("negated")
        current = [
            h
            for h in real
            if h.tier == 2
            and not h.negated
            and h.person in ("first", "implicit")
            and not h.past
            and h.kind in ("method", "plan", "method_seeking")
        ]
        if not current:
            still_distressed = (
                distress
                or bool(_DENIAL_DISTRESS_RE.search(f.text))
                or any(h.tier == 2 and not h.negated and h.person != "thing" for h in real)
            )
            level = _CONCERN if still_distressed else _NONE

    # A reader worried about someone's goodbye, plan or wounds: concern, for the care queue.
    if (
        level == _NONE
        and f.help_seeking
        and lx.WORRY_CUE_RE.search(f.text)
        and _mentions_third(f.text)
    ):
        level = _CONCERN
        add("third_person")

    for h in real:
        for signal in _context_signals(h, f):
            add(signal)

    if level > _NONE:
        kinds = {h.kind for h in real if _judge(h, f) > _NONE}
        method_details = bool(
            kinds & {"method"}
            or dose
            or location
            or emoji_method
            or ("method_seeking" in kinds and (lethality or _asks(f.text) or f.means))
            or ("plan" in kinds and f.means)
        )
        if "method_seeking" in kinds and method_details:
            add("method")
    if method_details and "lethality" not in signals and lethality:
        add("lethality")
    order = {s: i for i, s in enumerate(signals)}
    return Judgement(_NAMES[level], tuple(sorted(signals, key=order.get)), method_details)


def _mentions_third(text: str) -> bool:
    tokens = text.split()
    return any(
        t in lx.THIRD_PRONOUNS or (lx.THIRD_PEOPLE_RE.match(t) and t not in ("man", "user"))
        for t in tokens
    )


def _asks(text: str) -> bool:
    return "?" in text or bool(
        re.search(r"\b(?:gimana|apa ya|berapa|which|what|where|mana)\b", text)
    )


def _speaker_is_current(hits: list[Hit]) -> bool:
    real = [h for h in hits if h.tier > 0]
    if not real:
        return True
    return any(h.person in ("first", "implicit") and not h.past and not h.negated for h in real)


def _context_signals(h: Hit, f: _Flags) -> list[str]:
    out = []
    if h.person == "third" or h.person == "generic" and not (f.education or f.support):
        out.append("third_person")
    elif h.person == "second":
        out.append("second_person")
    if h.negated:
        out.append("negated")
    if h.past and h.person in ("first", "implicit"):
        out.append("past")
    if f.education and h.person in ("generic", "implicit", "third") or h.topic and f.education:
        out.append("education")
    if (
        f.support
        and h.person in ("second", "generic", "implicit")
        and (h.conditional or h.person != "implicit")
    ):
        out.append("support")
    if f.news and h.person in ("third", "generic"):
        out.append("news")
    return out


def _judge(h: Hit, f: _Flags) -> int:
    """The level one hit stands for, in context."""
    if h.person == "thing":
        return _NONE
    if h.kind == "incitement":
        return _NONE if f.support else _CONCERN
    if h.negated:
        return _NONE
    if h.person == "second" and h.kind != "farewell":
        if f.support or f.education:
            return _NONE
        return _CONCERN
    if h.person in ("third", "generic"):
        if f.education and not (f.help_seeking and h.person == "third"):
            return _NONE
        if f.support and not f.help_seeking and not f.news:
            return _NONE
        return _CONCERN
    # first person or nobody named (Indonesian often drops "aku").
    if h.topic and (f.education or f.support):
        return _NONE
    if (
        h.person == "implicit"
        and f.education
        and h.kind
        in ("suicidal_ideation", "self_harm", "method_seeking", "method", "passive_ideation")
    ):
        return _NONE
    if h.person == "implicit" and h.conditional and f.support:
        return _NONE
    if h.tier == 1:
        if f.humor and (h.kind == "hyperbole" or f.mundane):
            return _NONE
        if h.kind == "hyperbole" and f.serious and not f.mundane and not h.past:
            return _CRISIS  # "mau mati aja rasanya, beneran": said as meant
        if h.person == "implicit" and f.education:
            return _NONE
        return _CONCERN
    if h.past:
        return _CONCERN
    if h.topic:
        return _CONCERN
    if h.kind == "suicidal_ideation" and f.news and h.person == "implicit" and "died" in h.text:
        return _CONCERN
    if h.kind == "suicidal_ideation" and _is_hyperbole(h, f):
        return _NONE if f.humor else _CONCERN
    return _CRISIS


def _is_hyperbole(h: Hit, f: _Flags) -> bool:
    """'skripsi bikin pengen mati': a death wish blamed on an everyday annoyance."""
    if not _DEATH_WORD_RE.search(h.text) or f.serious:
        return False
    if not (_WANT_MATI_RE.search(h.text) or "die" in h.text or "mati" in h.text):
        return False
    # Blamed on the annoyance ("skripsi bikin pengen mati") it is a figure of speech; a wish to
    # die that merely mentions an everyday cause ("pengen mati aja biar ortu gak malu") is not.
    return (f.mundane and bool(_CAUSED_BY_RE.search(f.text))) or (f.humor and not f.serious)
