"""Train the crisis model that backs up the screening rules; write screening/model.json.

    .venv/bin/python scripts/train_screener.py            # cross-validate, train, write
    .venv/bin/python scripts/train_screener.py --check    # cross-validate and print only

Steps (all deterministic, so the same dev.jsonl always gives the same model.json):

1. 5-fold cross-validation on dev.jsonl, stratified by level. For each fold a model is trained
   on the other four and scores the fold, so every row gets an out-of-fold probability. The
   rules are fixed, so they run on every row. The everyday posts in screening/background.txt
   (harmless, label none) are split into the same folds: trained on, and scored out of fold to
   count false alarms on ordinary text, which dev.jsonl barely has.
2. The combination (`engine.combine`: threshold, override, strong, veto, floor, gate cues)
   is chosen on those out-of-fold scores only: the highest crisis recall on the rows written
   without sight of the rules (the used blind sets, tags `from_heldout_v2` to `v6`, and the
   training rows tagged `written_v5`) with crisis precision >= 0.90 there and on all rows
   (the target, with no margin: recall is what keeps people safe), and the model
   raising at most 5% of the background posts to crisis (that set is deliberately near-miss:
   "disappear into a good book", "last night"). Settings within one blind row of the best
   recall count as equal (noise); the most conservative of them wins.
3. The final model is trained on all of dev.jsonl and the background, pruned, and written with
   the chosen combination, the sha256 of both files and the cross-validation report.
The held-out split is never read.
"""

import argparse
import itertools
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "teduh.settings")

import django  # noqa: E402

django.setup()

from teduh.safety.screening.engine import combine, model_cues  # noqa: E402
from teduh.safety.screening.evaluation import EVALUATION_DIR, load_split  # noqa: E402
from teduh.safety.screening.model import (  # noqa: E402
    BACKGROUND_PATH,
    MODEL_PATH,
    load_background,
    sha256_of,
    stratified_folds,
    train,
)
from teduh.safety.screening.rules import screen_in_context  # noqa: E402

FOLDS = 5
# Everyday background posts the model raises to crisis (beyond what the rules already do).
MAX_FALSE_ALARMS = 0.05
FRONTIER = (0.80, 0.85, 0.88, 0.90, 0.92)
MIN_PRECISION = 0.90  # the target; recall is what keeps people safe, so no margin is added
# Rows written without sight of the rules: the used blind sets, and the rows written for
# training by authors who saw only the labelling guide (`written_v5`).
BLIND_TAGS = (
    "from_heldout_v2",
    "from_heldout_v3",
    "from_heldout_v4",
    "from_heldout_v5",
    "from_heldout_v6",
    "written_v5",
)
# Gates: rule cues that mean "not the speaker's own current risk". The base is what the
# labelling guide names (negation, someone else, the past and recovery, education, support,
# idioms, jokes and everyday hyperbole, leaving a group); cross-validation decides the rest.
_BASE = (
    "negated",
    "not_self",
    "past",
    "topic",
    "recovery",
    "education",
    "support",
    "idiom",
    "humor",
    "mundane",
    "benign_farewell",
)
GATES = {
    "base": frozenset(_BASE),
    "base+news": frozenset((*_BASE, "news")),
}
# Below 0.35 the model starts raising everyday uses ("pengen ngilang ke pantai buat liburan").
THRESHOLDS = tuple(round(0.35 + 0.05 * i, 2) for i in range(5))  # 0.35 ... 0.55
VETOES = (0.0, 0.1)
OVERRIDES = (1.0, 0.8, 0.7, 0.6, 0.55, 0.5, 0.45, 0.4)  # on topic, despite a framing cue
STRONGS = (1.0, 0.95, 0.9, 0.85, 0.8)  # any text at all (1.0: never)
FLOORS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)  # 0.0: never lowers an unframed rule crisis


def _scores(pairs: list[tuple[bool, bool]]) -> dict:
    tp = sum(1 for gold, pred in pairs if gold and pred)
    fp = sum(1 for gold, pred in pairs if pred and not gold)
    fn = sum(1 for gold, pred in pairs if gold and not pred)
    return {
        "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
        "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0,
        "n": len(pairs),
    }


def _report(rows, levels, subset) -> dict:
    """Crisis precision/recall (all rows and blind rows) and concern precision/recall."""
    out = {}
    for name, idx in (("all", range(len(rows))), ("blind", subset)):
        out[name] = {
            "crisis": _scores([(rows[i]["level"] == "crisis", levels[i] == "crisis") for i in idx]),
            "concern": _scores(
                [(rows[i]["level"] == "concern", levels[i] == "concern") for i in idx]
            ),
        }
    return out


def cross_validate(rows: list[dict], background: list[str]) -> dict:
    judged = [screen_in_context(row["text"]) for row in rows]
    texts = [context.text for _, context in judged]
    cues = [model_cues(j, c) for j, c in judged]
    labels = [int(row["level"] == "crisis") for row in rows]
    folds = stratified_folds([row["level"] for row in rows], FOLDS)
    bg_judged = [screen_in_context(text) for text in background]
    bg_texts = [context.text for _, context in bg_judged]
    bg_cues = [model_cues(j, c) for j, c in bg_judged]
    bg_folds = stratified_folds(["none"] * len(background), FOLDS)
    probability = [0.0] * len(rows)
    bg_probability = [0.0] * len(background)
    for k in range(FOLDS):
        train_texts = [t for t, f in zip(texts, folds, strict=True) if f != k]
        train_labels = [y for y, f in zip(labels, folds, strict=True) if f != k]
        train_texts += [t for t, f in zip(bg_texts, bg_folds, strict=True) if f != k]
        train_labels += [0] * (len(train_texts) - len(train_labels))
        train_cues = [c for c, f in zip(cues, folds, strict=True) if f != k]
        train_cues += [c for c, f in zip(bg_cues, bg_folds, strict=True) if f != k]
        model = train(train_texts, train_labels, train_cues)
        for i, f in enumerate(folds):
            if f == k:
                probability[i] = model.probability(texts[i], cues[i])
        for i, f in enumerate(bg_folds):
            if f == k:
                bg_probability[i] = model.probability(bg_texts[i], bg_cues[i])
    blind = [i for i, row in enumerate(rows) if set(BLIND_TAGS) & set(row.get("tags", ()))]

    rules = [j.level for j, _ in judged]
    model_only = [
        "crisis" if p > 0.5 else ("concern" if j.level == "crisis" else j.level)
        for p, (j, _) in zip(probability, judged, strict=True)
    ]

    def combined(setting: tuple, on=None) -> list[str]:
        threshold, veto, gate, override, strong, floor = setting
        probs, judgements = on or (probability, judged)
        return [
            combine(
                j,
                c.cues,
                p,
                threshold=threshold,
                veto=veto,
                gate=gate,
                override=override,
                strong=strong,
                floor=floor,
            ).level
            for p, (j, c) in zip(probs, judgements, strict=True)
        ]

    def false_alarms(setting: tuple) -> float:
        """Share of the everyday background posts read as crisis (out of fold)."""
        levels = combined(setting, on=(bg_probability, bg_judged))
        raised = sum(
            1
            for level, (j, _) in zip(levels, bg_judged, strict=True)
            if level == "crisis" != j.level
        )
        return round(raised / len(levels), 3) if levels else 0.0

    feasible = []
    frontier: dict[float, tuple] = {}  # best blind recall at each precision, for the report
    for gate_name, gate in GATES.items():
        for threshold in THRESHOLDS:
            for veto in VETOES:
                for override, strong, floor in itertools.product(OVERRIDES, STRONGS, FLOORS):
                    if override > strong:
                        continue
                    setting = (threshold, veto, gate, override, strong, floor)
                    report = _report(rows, combined(setting), blind)
                    blind_c, all_c = report["blind"]["crisis"], report["all"]["crisis"]
                    for level in FRONTIER:
                        if (
                            blind_c["precision"] >= level
                            and blind_c["recall"] > frontier.get(level, (0,))[0]
                        ):
                            frontier[level] = (blind_c["recall"], blind_c["precision"], setting)
                    if min(blind_c["precision"], all_c["precision"]) < MIN_PRECISION:
                        continue
                    if false_alarms(setting) > MAX_FALSE_ALARMS:
                        continue
                    feasible.append((blind_c["recall"], setting, gate_name, report))
    if feasible:
        # Differences of one blind row are noise: among settings within one row of the best
        # recall, take the most conservative (highest strong and threshold, smallest gate).
        one_row = 1 / max(1, sum(1 for i in blind if rows[i]["level"] == "crisis"))
        top = max(f[0] for f in feasible)
        near = [f for f in feasible if f[0] >= top - one_row - 1e-9]
        # Most conservative: the model overriding least (high strong, override and threshold,
        # low floor).
        near.sort(
            key=lambda f: (-f[1][4], -f[1][3], -f[1][0], f[1][5], len(f[1][2]), f[1][1], f[2])
        )
        _, (threshold, veto, _, override, strong, floor), gate_name, report = near[0]
    else:  # nothing reaches the precision floor: the model stays out
        threshold, veto, gate_name, override, strong, floor = 1.0, 0.0, "base", 1.0, 1.0, 0.0
        report = _report(rows, rules, blind)
    gate = GATES[gate_name]
    return {
        "folds": FOLDS,
        "chosen": {
            "gate": gate_name,
            "threshold": threshold,
            "veto": veto,
            "override": override,
            "strong": strong,
            "floor": floor,
        },
        "gate": sorted(gate),
        "frontier": {
            f"precision>={level}": {
                "recall": recall,
                "precision": precision,
                "setting": [*setting[:2], sorted(setting[2]), *setting[3:]],
            }
            for level, (recall, precision, setting) in sorted(frontier.items())
        },
        "rules": _report(rows, rules, blind),
        "model_alone_at_0.5": _report(rows, model_only, blind),
        "combined": report,
        "background_crisis_rate": {
            "rules": round([j.level for j, _ in bg_judged].count("crisis") / len(background), 3),
            "model_alone_at_0.5": round(sum(p > 0.5 for p in bg_probability) / len(background), 3),
            "raised_by_model": false_alarms((threshold, veto, gate, override, strong, floor)),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="cross-validate only")
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    dev_path = EVALUATION_DIR / "dev.jsonl"
    rows = load_split("dev")
    background = load_background()
    cv = cross_validate(rows, background)
    print(json.dumps(cv, indent=2))
    if args.check:
        return 0
    judged = [screen_in_context(text) for text in [r["text"] for r in rows] + background]
    texts = [context.text for _, context in judged]
    cues = [model_cues(j, c) for j, c in judged]
    labels = [int(row["level"] == "crisis") for row in rows] + [0] * len(background)
    model = train(texts, labels, cues)
    data = model.to_json()
    data["threshold"] = cv["chosen"]["threshold"]
    data["veto"] = cv["chosen"]["veto"]
    data["override"] = cv["chosen"]["override"]
    data["strong"] = cv["chosen"]["strong"]
    data["floor"] = cv["chosen"]["floor"]
    data["gate"] = cv["gate"]
    data["meta"] = {
        "trained_on": "teduh/safety/evaluation/dev.jsonl",
        "dev_sha256": sha256_of(dev_path),
        "background_sha256": sha256_of(BACKGROUND_PATH),
        "rows": len(rows),
        "background_rows": len(background),
        "features": len(data["weights"]),
        "cross_validation": cv,
    }
    args.output.write_text(
        json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
