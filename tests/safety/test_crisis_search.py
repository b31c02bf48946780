"""Crisis-aware search (#ThereIsHelp): what safety.search decides for a query or a hashtag, in
Indonesian and English, and that it is the same decision the search service applies."""

import logging

import pytest

from teduh.posts.models import ScreeningLevel, Status, StatusState, Tag
from teduh.safety import screening
from teduh.safety.models import AuditLogEntry
from teduh.safety.screening import QueryScreening
from teduh.safety.search import (
    crisis_aware_search,
    crisis_search_context,
    crisis_tag_context,
    educational_statuses,
    trendable_tags,
)
from tests.helpers import translated

pytestmark = pytest.mark.django_db

HELP_MESSAGE = (
    "You don't have to go through this alone. If you are thinking about ending your "
    "life or hurting yourself, people are ready to listen right now, for free."
)
# The placeholder screening engine does not know doses yet; the real one does.
PLACEHOLDER_ENGINE = "PLACEHOLDER" in (screening.__doc__ or "")


def names(card) -> list[str]:
    return [entry.name for entry in card.helplines]


def force(status: Status, **fields) -> Status:
    """Set screening fields directly, whatever the screening engine decided at publishing."""
    Status.objects.filter(pk=status.pk).update(**fields)
    status.refresh_from_db()
    return status


@pytest.mark.parametrize(
    "query",
    ["pengen bundir", "aku pengen bundir aja", "bunuh diri", "thinking about suicide"],
)
def test_crisis_queries_lead_with_a_help_card_and_keep_posts(query):
    decided = crisis_search_context(query, None, "id")

    assert decided.crisis and decided.help is not None
    assert decided.hide_posts is False
    assert decided.educational is False
    assert names(decided.help)[0] == "healing119.id"
    assert "112" in names(decided.help)
    assert decided.help.message == translated(HELP_MESSAGE, "id")
    assert decided.help.help_url == "/help/"


@pytest.mark.parametrize("query", ["cara bunuh diri", "how to kill myself", "Cara Bunuh Diri?"])
def test_method_queries_get_the_card_and_no_posts(query):
    decided = crisis_search_context(query, None, "en")

    assert decided.help is not None
    assert decided.hide_posts is True
    assert decided.educational is False


@pytest.mark.skipif(PLACEHOLDER_ENGINE, reason="the placeholder screening knows no doses")
@pytest.mark.parametrize("query", ["dosis mematikan paracetamol", "lethal dose of paracetamol"])
def test_dose_queries_are_method_queries(query):
    decided = crisis_search_context(query, None, "id")

    assert decided.help is not None and decided.hide_posts is True


def test_a_dose_answer_from_the_engine_hides_posts(monkeypatch):
    """Whatever phrasing the engine recognises as seeking a method, the card leads and posts
    are hidden, even when it does not also mark the query as a crisis."""
    monkeypatch.setattr(
        "teduh.safety.search.screen_query",
        lambda query: QueryScreening(seeks_method=True, signals=("dose",)),
    )
    decided = crisis_search_context("berapa dosis", None, "id")

    assert decided.help is not None and decided.hide_posts is True


@pytest.mark.parametrize("query", ["pencegahan bunuh diri", "suicide prevention"])
def test_education_queries_get_the_card_and_educational_posts(query):
    decided = crisis_search_context(query, None, "id")

    assert decided.help is not None
    assert decided.educational is True
    assert decided.hide_posts is False


@pytest.mark.parametrize(
    "query", ["mati lampu lagi", "kill time", "bunuh waktu", "resep nasi goreng", "", "   "]
)
def test_ordinary_queries_get_no_card(query):
    decided = crisis_search_context(query, None, "id")

    assert decided.help is None
    assert decided.crisis is False
    assert decided.hide_posts is False and decided.educational is False


def test_the_card_speaks_the_readers_language(make_user):
    english_reader = make_user("reader", language="en")
    indonesian_reader = make_user("pembaca", language="id")

    # Signed in: the reader's own language wins over the request's.
    assert crisis_search_context("pengen bundir", english_reader, "id").help.message == (
        translated(HELP_MESSAGE, "en")
    )
    assert crisis_search_context("pengen bundir", indonesian_reader, "en").help.message == (
        translated(HELP_MESSAGE, "id")
    )
    # Signed out: the request's language.
    card = crisis_search_context("thinking about suicide", None, "en").help
    assert card.message == translated(HELP_MESSAGE, "en")
    assert card.language == "en"


def test_crisis_tags():
    assert crisis_tag_context("bundir", None, "id").help is not None
    assert crisis_tag_context("#bundir", None, "id").help is not None
    assert crisis_tag_context("MariBicara", None, "id").help is None
    assert crisis_tag_context("matilampu", None, "id").help is None
    assert crisis_tag_context("", None, "id").help is None


def test_crisis_tags_never_trend(db):
    calm = Tag.objects.create(name="maribicara", display_name="MariBicara")
    crisis = Tag.objects.create(name="bundir", display_name="bundir")
    also_calm = Tag.objects.create(name="kesehatanmental", display_name="Kesehatanmental")

    assert trendable_tags([calm, crisis, also_calm]) == [calm, also_calm]
    assert trendable_tags(["bundir", "harikesehatanmental2021"]) == ["harikesehatanmental2021"]
    assert trendable_tags([]) == []


# The search service applies the decision ------------------------------------------------------


@pytest.fixture
def posts(make_user, post):
    ani = make_user("ani")
    psikolog = make_user("psikolog", is_verified_professional=True)
    crisis_post = force(
        post(ani, "Malam ini aku mikir cara bunuh diri dan pencegahan bunuh diri terasa jauh"),
        screening_level=ScreeningLevel.CRISIS,
        state=StatusState.PUBLISHED,
    )
    ordinary = force(
        post(ani, "Webinar pencegahan bunuh diri minggu depan, yuk ikut"),
        screening_level=ScreeningLevel.NONE,
        state=StatusState.PUBLISHED,
    )
    concern = force(
        post(ani, "Belajar pencegahan bunuh diri bikin aku sedih"),
        screening_level=ScreeningLevel.CONCERN,
        state=StatusState.PUBLISHED,
    )
    professional = force(
        post(psikolog, "Pencegahan bunuh diri dimulai dari mendengarkan. #MariBicara"),
        screening_level=ScreeningLevel.NONE,
        state=StatusState.PUBLISHED,
    )
    professional_anonymous = force(
        post(psikolog, "Catatan anonim tentang pencegahan bunuh diri", anonymous=True),
        screening_level=ScreeningLevel.NONE,
        state=StatusState.PUBLISHED,
    )
    return {
        "ani": ani,
        "psikolog": psikolog,
        "crisis": crisis_post,
        "ordinary": ordinary,
        "concern": concern,
        "professional": professional,
        "professional_anonymous": professional_anonymous,
    }


def test_method_search_finds_no_posts(posts, make_user):
    viewer = make_user("budi")

    found = crisis_aware_search(viewer, "cara bunuh diri", language="id", local_host="testserver")

    assert found.crisis.hide_posts is True and found.crisis.help is not None
    assert found.results.statuses == []
    # The post exists and an ordinary search for its words finds it.
    plain = crisis_aware_search(viewer, "malam ini aku", language="id", local_host="testserver")
    assert [status.pk for status in plain.results.statuses] == [posts["crisis"].pk]


def test_method_search_leaves_out_crisis_hashtags(make_user, monkeypatch):
    # Whatever the engine counts as seeking a method; "bun" finds #bundir and #bunga.
    monkeypatch.setattr(
        "teduh.safety.search.screen_query",
        lambda query: QueryScreening(crisis=True, seeks_method=True, signals=("method",)),
    )
    Tag.objects.create(name="bundir", display_name="bundir")
    bunga = Tag.objects.create(name="bunga", display_name="Bunga")

    found = crisis_aware_search(None, "bun", language="id", local_host="testserver")

    assert found.results.tags == [bunga]
    assert found.results.statuses == []


def test_education_search_finds_only_educational_posts_professionals_first(posts, make_user):
    viewer = make_user("budi")

    found = crisis_aware_search(
        viewer, "pencegahan bunuh diri", language="id", local_host="testserver"
    )

    assert found.crisis.educational is True and found.crisis.help is not None
    assert [status.pk for status in found.results.statuses] == [
        posts["professional"].pk,
        # Anonymous posts are never ranked by their real author: newest first with the rest.
        posts["professional_anonymous"].pk,
        posts["ordinary"].pk,
    ]


def test_crisis_search_keeps_posts_and_ordinary_search_has_no_card(posts, make_user):
    viewer = make_user("budi")

    crisis = crisis_aware_search(viewer, "bunuh diri", language="id", local_host="testserver")
    ordinary = crisis_aware_search(viewer, "webinar", language="id", local_host="testserver")

    assert crisis.crisis.help is not None
    assert posts["crisis"].pk in [status.pk for status in crisis.results.statuses]
    assert ordinary.crisis.help is None
    assert [status.pk for status in ordinary.results.statuses] == [posts["ordinary"].pk]


def test_educational_statuses_leaves_out_crisis_and_concern_posts(posts):
    kept = educational_statuses(Status.objects.all(), professionals_first=False)

    assert set(kept.values_list("pk", flat=True)) == {
        posts["ordinary"].pk,
        posts["professional"].pk,
        posts["professional_anonymous"].pk,
    }


def test_search_queries_are_never_logged_or_stored(posts, make_user, caplog):
    viewer = make_user("budi")
    audited = AuditLogEntry.objects.count()

    with caplog.at_level(logging.DEBUG):
        for query in ("pengen bundir", "cara bunuh diri", "pencegahan bunuh diri"):
            crisis_aware_search(viewer, query, language="id", local_host="testserver")

    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "bundir" not in logged and "bunuh diri" not in logged
    assert AuditLogEntry.objects.count() == audited
