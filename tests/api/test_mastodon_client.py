"""The whole journey of issue 3 with a real Mastodon client library (Mastodon.py) against a live
test server. The journey itself lives in scripts/mastodon_journey.py, which CI also runs against
a server with the `teduh demo` data."""

from scripts.mastodon_journey import run_journey
from teduh.accounts.services import register_account


def test_mastodon_py_journey(live_server, transactional_db):
    register_account(username="sari", password="kopi-hangat-pagi", display_name="Sari")

    figures = run_journey(live_server.url, "sari", "kopi-hangat-pagi")

    # Sari follows only the newcomer: her home is his post and 7 notes, her reply and reblog.
    assert figures == {"home_statuses": 10, "tag_statuses": 8}
