"""Timeline benchmark: how long a page of the home and public timelines takes, and how many
queries it costs, on a database with many statuses.

Run: `make bench` (or `.venv/bin/python bench/timelines.py --statuses 20000`). Uses a throwaway
SQLite data dir unless DATABASE_URL is set (then it must point at a scratch database).
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("TEDUH_DATA_DIR", tempfile.mkdtemp(prefix="teduh-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "teduh.settings")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ.setdefault("TEDUH_FAST_HASHER", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from teduh.accounts.models import Follow, User  # noqa: E402
from teduh.posts.models import Status, Tag  # noqa: E402


def seed(users: int, statuses: int) -> User:
    rng = random.Random(7)
    people = User.objects.bulk_create(
        [User(username=f"bench{i}", display_name=f"Bench {i}") for i in range(users)]
    )
    reader = people[0]
    Follow.objects.bulk_create(
        [Follow(follower=reader, target=p) for p in rng.sample(people[1:], min(100, users - 1))]
    )
    tag = Tag.objects.create(name="maribicara", display_name="MariBicara")
    rows = []
    for i in range(statuses):
        rows.append(
            Status(
                account=rng.choice(people),
                content=f"Catatan {i} #MariBicara",
                content_html=f"<p>Catatan {i}</p>",
                visibility=rng.choice(["public", "public", "unlisted", "private"]),
                is_anonymous=rng.random() < 0.05,
            )
        )
    created = Status.objects.bulk_create(rows, batch_size=2000)
    Status.tags.through.objects.bulk_create(
        [Status.tags.through(status_id=s.pk, tag_id=tag.pk) for s in created[::3]],
        batch_size=2000,
    )
    return reader


def measure(client: Client, url: str, rounds: int) -> tuple[float, float, int]:
    timings = []
    queries = 0
    for _ in range(rounds):
        reset_queries()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--statuses", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    reader = seed(args.users, args.statuses)
    print(
        f"seeded {args.users} users, {args.statuses} statuses "
        f"in {time.perf_counter() - started:.1f} s ({connection.vendor})"
    )
    client = Client()
    client.force_login(reader)
    oldest_page = Status.objects.order_by("pk").values_list("pk", flat=True)[200]
    print(f"{'page':<28}{'median ms':>10}{'p95 ms':>10}{'queries':>9}")
    for label, url in [
        ("home", "/"),
        ("public", "/public/"),
        ("public, deep (max_id)", f"/public/?max_id={oldest_page}"),
        ("tag #maribicara", "/tags/maribicara/"),
        ("profile", "/@bench1/"),
    ]:
        median, p95, queries = measure(client, url, args.rounds)
        print(f"{label:<28}{median:>10.1f}{p95:>10.1f}{queries:>9}")


if __name__ == "__main__":
    main()
