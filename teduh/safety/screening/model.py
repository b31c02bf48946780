"""A small learned crisis classifier that backs up the rules (see docs/safety.md).

Logistic regression, crisis versus not crisis, over the normalised text with idioms masked (the
same string the rules read): word unigrams and bigrams plus character 3-5-grams, and what the
rules concluded (their level and their framing cues, as `r:` features), so the model learns how
far to trust each framing instead of a fixed rule deciding it. Character
n-grams let it see new spellings and new phrasings of the same words ("lenyap", "unalive",
"stay asleep forever") that no rule lists. Pure Python, no dependencies; the weights ship in
`model.json`, written by `scripts/train_screener.py` from `evaluation/dev.jsonl`, and are loaded
once per process on first use.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent / "model.json"
BACKGROUND_PATH = Path(__file__).resolve().parent / "background.txt"
FORMAT = 2


def features(text: str, cues: Iterable[str] = ()) -> list[str]:
    """Distinct features of a normalised text: `w:` words, `b:` word pairs, `c:` char n-grams,
    and `r:` what the rules saw (`cues`: their framing cues and `level:<level>`)."""
    words = [w for w in text.split() if w not in (",", ".")]
    out = {f"w:{w}" for w in words}
    out.update(f"r:{cue}" for cue in cues)
    out.update(f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    padded = f" {' '.join(words)} "
    for n in (3, 4, 5):
        out.update(f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    return sorted(out)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True)
class CrisisModel:
    weights: dict[str, float]
    bias: float
    threshold: float = 0.5  # raise to crisis above this probability (with no cancelling cue)
    veto: float = 0.0  # lower a rule crisis to concern below this (only with a cancelling cue)
    override: float = 1.0  # raise an on-topic text above this despite a framing cue (1.0: never)
    strong: float = 1.0  # raise any text above this (1.0: never)
    floor: float = 0.0  # lower a rule crisis below this even with no framing cue (0.0: never)
    gate: frozenset[str] = frozenset()  # rule cues that cancel or allow the above
    meta: dict | None = None

    def probability(self, normalised_text: str, cues: Iterable[str] = ()) -> float:
        feats = features(normalised_text, cues)
        if not feats:
            return _sigmoid(self.bias)
        w = self.weights
        # Scaled by 1/sqrt(n) as in training, so long and short texts are comparable.
        z = sum(w.get(f, 0.0) for f in feats) / math.sqrt(len(feats))
        return _sigmoid(self.bias + z)

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "meta": self.meta or {},
            "threshold": self.threshold,
            "veto": self.veto,
            "override": self.override,
            "strong": self.strong,
            "floor": self.floor,
            "gate": sorted(self.gate),
            "bias": round(self.bias, 5),
            "weights": {f: round(self.weights[f], 5) for f in sorted(self.weights)},
        }

    @classmethod
    def from_json(cls, data: dict) -> CrisisModel:
        if data.get("format") != FORMAT:
            raise ValueError("unknown screening model format")
        return cls(
            data["weights"],
            data["bias"],
            data["threshold"],
            data["veto"],
            data["override"],
            data["strong"],
            data["floor"],
            frozenset(data["gate"]),
            data.get("meta"),
        )


def train(
    texts: Sequence[str],
    labels: Sequence[int],
    cues: Sequence[Iterable[str]] | None = None,
    *,
    epochs: int = 30,
    rate: float = 1.0,
    l2: float = 1e-5,
    min_df: int = 2,
    max_features: int = 20000,
    seed: int = 13,
) -> CrisisModel:
    """Fit logistic regression with plain SGD (fixed seed, fixed order: deterministic).

    `texts` are normalised texts; `labels` are 1 for crisis; `cues` what the rules saw on each.
    Features seen in fewer than `min_df` texts are dropped, and only the `max_features` largest
    weights are kept.
    """
    cues = cues or [()] * len(texts)
    docs = [features(t, c) for t, c in zip(texts, cues, strict=True)]
    df = Counter(f for d in docs for f in d)
    docs = [[f for f in d if df[f] >= min_df] for d in docs]
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(docs)))
    rng = random.Random(seed)  # noqa: S311 - a reproducible shuffle, not a secret
    step = 0
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            doc = docs[i]
            scale = 1.0 / math.sqrt(len(doc)) if doc else 0.0
            z = bias + scale * sum(weights.get(f, 0.0) for f in doc)
            lr = rate / (1.0 + 0.001 * step)
            step += 1
            g = labels[i] - _sigmoid(z)
            bias += lr * g
            for f in doc:
                w = weights.get(f, 0.0)
                weights[f] = w + lr * (g * scale - l2 * w)
    kept = sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:max_features]
    return CrisisModel({f: w for f, w in kept if abs(w) >= 1e-5}, bias)


def load_background(path: Path = BACKGROUND_PATH) -> list[str]:
    """Everyday harmless posts used as extra `none` training rows (see background.txt)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> CrisisModel | None:
    """The shipped model, loaded once per process; None when no weights are shipped."""
    try:
        with path.open(encoding="utf-8") as handle:
            return CrisisModel.from_json(json.load(handle))
    except FileNotFoundError:
        return None


def stratified_folds(levels: Iterable[str], k: int = 5) -> list[int]:
    """Fold number per row: rows of each level dealt round-robin in file order."""
    seen: Counter = Counter()
    folds = []
    for level in levels:
        folds.append(seen[level] % k)
        seen[level] += 1
    return folds
