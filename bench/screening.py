"""Screening benchmark: throughput and per-text latency of `screen_text` over the dev texts.

Run: `.venv/bin/python bench/screening.py [--repeat 20]`. Screening runs on every post and
reply, so a typical text must stay well under a millisecond. Caches are warmed by one pass
first so the numbers show the steady state.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "teduh.settings")

import django  # noqa: E402

django.setup()

from teduh.safety.screening import screen_text  # noqa: E402
from teduh.safety.screening.evaluation import load_split  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description="screening throughput and latency")
    parser.add_argument("--repeat", type=int, default=20, help="passes over the texts")
    parser.add_argument("--split", default="dev")
    args = parser.parse_args()
    texts = [row["text"] for row in load_split(args.split)]
    for text in texts:  # warm-up
        screen_text(text)
    latencies: list[float] = []
    started = time.perf_counter()
    for _ in range(args.repeat):
        for text in texts:
            t0 = time.perf_counter()
            screen_text(text)
            latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - started
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"texts: {len(texts)} x {args.repeat} passes = {len(latencies)} screenings")
    print(f"throughput: {len(latencies) / elapsed:,.0f} texts/second")
    print(f"latency p50: {statistics.median(latencies) * 1000:.3f} ms")
    print(f"latency p99: {p99 * 1000:.3f} ms")
    print(f"latency max: {latencies[-1] * 1000:.3f} ms")


if __name__ == "__main__":
    main()
