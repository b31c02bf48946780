"""Evaluate post screening on a labelled split, beside a plain keyword baseline.

    .venv/bin/python scripts/evaluate_screening.py --split dev [--errors]
    .venv/bin/python scripts/evaluate_screening.py              # the held-out split

Prints n, precision/recall/F1 per level, crisis-vs-not precision/recall and method_details
precision/recall for the configured screener (TEDUH_SCREENER) and for the keyword baseline.
Tuning uses the dev split only; the held-out split is run once, to report. Always exits 0.
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "teduh.settings")

import django  # noqa: E402

django.setup()

from teduh.safety.screening import screen_text  # noqa: E402
from teduh.safety.screening.evaluation import (  # noqa: E402
    baseline,
    evaluate,
    format_table,
    load_split,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout"), default="heldout")
    parser.add_argument("--errors", action="store_true", help="list misclassified ids")
    args = parser.parse_args(argv)
    try:
        rows = load_split(args.split)
    except (OSError, ValueError) as exc:
        print(f"cannot read the {args.split} split: {exc}")
        return 0
    engine = evaluate(rows, screen_text)
    keywords = evaluate(rows, baseline)
    print(f"split: {args.split}")
    print(format_table(engine, keywords))
    if args.errors:
        print(f"\nmisclassified ({len(engine.errors)}): id gold -> predicted [method gold/pred]")
        for row_id, gold, predicted, gold_m, pred_m in engine.errors:
            print(f"  {row_id} {gold} -> {predicted} [{int(gold_m)}/{int(pred_m)}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
