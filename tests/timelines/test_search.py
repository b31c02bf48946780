"""timelines.search: the search shared by the API and (later) the web search page."""

import pytest
from django.contrib.auth.models import AnonymousUser

from teduh.timelines.search import account_query, search, search_statuses, search_tags

pytestmark = pytest.mark.django_db


def test_account_query_forms():
    assert account_query("@sari", "teduh.example") == "sari"
    assert account_query(" sari@Teduh.example ", "teduh.example") == "sari"
    assert account_query("sari@teduh.example", "teduh.example:8000") == "sari"
    assert account_query("sari@elsewhere.example", "teduh.example") is None
    assert account_query("Sari Dewi", "teduh.example") == "Sari Dewi"


def test_nul_characters_are_dropped_not_sent_to_the_database(make_user, post):
    sari = make_user("sari")
    status = post(sari, "Belajar bernapas #Tenang")

    assert search_statuses(sari, "bern\x00apas", limit=5) == [status]
    assert [t.name for t in search_tags("#ten\x00", limit=5)] == ["tenang"]


def test_signed_out_viewers_find_no_statuses(make_user, post):
    sari = make_user("sari")
    post(sari, "Belajar bernapas")

    results = search(AnonymousUser(), "sari bernapas", local_host="testserver")
    assert results.statuses == []
    assert search_statuses(AnonymousUser(), "bernapas", limit=5) == []
    assert [a.username for a in search(AnonymousUser(), "sari", local_host="x").accounts] == [
        "sari"
    ]


def test_types_limit_what_is_searched(make_user, post):
    sari = make_user("sari")
    post(sari, "sari #sari")

    results = search(sari, "sari", local_host="testserver", types=("hashtags",))

    assert (results.accounts, results.statuses) == ([], [])
    assert [t.name for t in results.tags] == ["sari"]
