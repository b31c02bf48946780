"""Measuring screening against a labelled split (used by scripts/evaluate_screening.py).

The baseline is deliberately plain: a list of obvious keywords, any match is `crisis`, and
"cara"/"how to" followed by a keyword is a method. It shows what context rules add.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from teduh.safety.screening import ScreeningResult

EVALUATION_DIR = Path(__file__).resolve().parent.parent / "evaluation"

# The keyword baseline: 25 obvious words and phrases, matched on lower-cased text.
BASELINE_KEYWORDS = (
    "bunuh diri",
    "bundir",
    "pengen mati",
    "ingin mati",
    "mau mati",
    "mati aja",
    "gantung diri",
    "mengakhiri hidup",
    "overdosis",
    "nyilet",
    "self harm",
    "selfharm",
    "suicide",
    "suicidal",
    "kill myself",
    "kms",
    "want to die",
    "wanna die",
    "end my life",
    "end it all",
    "hang myself",
    "overdose",
    "cut myself",
    "hurt myself",
    "better off dead",
)
BASELINE_METHOD_PREFIXES = ("cara ", "how to ")


def baseline(text: str) -> ScreeningResult:
    lowered = " ".join(text.lower().split())
    found = [k for k in BASELINE_KEYWORDS if k in lowered]
    if not found:
        return ScreeningResult("none")
    method = any(p + k in lowered for p in BASELINE_METHOD_PREFIXES for k in found)
    return ScreeningResult("crisis", ("keyword",), method)


def load_split(name: str) -> list[dict]:
    path = EVALUATION_DIR / f"{name}.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    support: int


def _scores(tp: int, fp: int, fn: int) -> Scores:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, tp + fn)


@dataclass(frozen=True)
class Report:
    n: int
    levels: dict[str, Scores]
    crisis_binary: Scores
    method: Scores
    errors: list[tuple[str, str, str, bool, bool]]  # id, gold, predicted, gold/pred method


def evaluate(rows: Iterable[dict], screen: Callable[[str], ScreeningResult]) -> Report:
    rows = list(rows)
    predictions = [screen(row["text"]) for row in rows]
    pairs = list(zip(rows, predictions, strict=True))
    levels = {}
    for level in ("crisis", "concern", "none"):
        tp = sum(1 for r, p in pairs if r["level"] == level == p.level)
        fp = sum(1 for r, p in pairs if p.level == level != r["level"])
        fn = sum(1 for r, p in pairs if r["level"] == level != p.level)
        levels[level] = _scores(tp, fp, fn)
    tp = sum(1 for r, p in pairs if r["method_details"] and p.method_details)
    fp = sum(1 for r, p in pairs if p.method_details and not r["method_details"])
    fn = sum(1 for r, p in pairs if r["method_details"] and not p.method_details)
    errors = [
        (r["id"], r["level"], p.level, bool(r["method_details"]), p.method_details)
        for r, p in pairs
        if r["level"] != p.level or bool(r["method_details"]) != p.method_details
    ]
    return Report(len(rows), levels, levels["crisis"], _scores(tp, fp, fn), errors)


def format_table(engine: Report, base: Report) -> str:
    """A plain-text table: the engine and the keyword baseline side by side."""
    lines = [
        f"n = {engine.n}",
        "",
        f"{'metric':<30}{'screening':>12}{'keywords':>12}",
        "-" * 54,
    ]

    def row(label: str, a: float, b: float) -> None:
        lines.append(f"{label:<30}{a:>12.3f}{b:>12.3f}")

    for level in ("crisis", "concern", "none"):
        e, k = engine.levels[level], base.levels[level]
        lines.append(f"{level} (support {e.support})")
        row("  precision", e.precision, k.precision)
        row("  recall", e.recall, k.recall)
        row("  F1", e.f1, k.f1)
    lines.append("crisis vs not crisis")
    row("  precision", engine.crisis_binary.precision, base.crisis_binary.precision)
    row("  recall", engine.crisis_binary.recall, base.crisis_binary.recall)
    lines.append(f"method_details (support {engine.method.support})")
    row("  precision", engine.method.precision, base.method.precision)
    row("  recall", engine.method.recall, base.method.recall)
    return "\n".join(lines)
