"""GET /api/v2/search, crisis-aware (#ThereIsHelp): a top-level `help` object when the query
signals suicide or self-harm, null otherwise; no statuses for a method query; only educational
statuses for an education query."""

import pytest

from teduh.posts.models import ScreeningLevel, Status, StatusState, Tag
from teduh.safety.screening import QueryScreening
from tests.helpers import translated

pytestmark = pytest.mark.django_db

HELP_MESSAGE = (
    "You don't have to go through this alone. If you are thinking about ending your "
    "life or hurting yourself, people are ready to listen right now, for free."
)


def search(client, q: str, **params) -> dict:
    response = client.get("/api/v2/search", {"q": q, **params})
    assert response.status_code == 200, response.content
    return response.json()


def force(status: Status, level: str) -> Status:
    Status.objects.filter(pk=status.pk).update(state=StatusState.PUBLISHED, screening_level=level)
    return status


@pytest.fixture
def reader(make_user):
    return make_user("pembaca", language="id")


def test_crisis_query_has_a_help_object_with_message_and_helplines(api, reader):
    body = search(api(reader), "pengen bundir")

    help_ = body["help"]
    assert help_ is not None
    # The reader's own language (Indonesian), even though the API itself speaks English.
    assert help_["message"] == translated(HELP_MESSAGE, "id")
    assert help_["language"] == "id" and help_["country"] == "ID"
    names = [line["name"] for line in help_["helplines"]]
    assert names[0] == "healing119.id"
    assert "112" in names
    emergency = next(line for line in help_["helplines"] if line["name"] == "112")
    assert emergency["is_emergency"] is True
    assert {"kind": "phone", "value": "112", "url": "tel:112"}.items() <= (
        emergency["channels"][0].items()
    )
    assert isinstance(emergency["id"], str)
    assert help_["help_url"] == "http://testserver/help/"
    assert help_["counselor_url"] == "http://testserver/help/#talk-to-a-counselor"
    assert help_["wellbeing_url"] == "http://testserver/wellbeing/"


def test_signed_in_english_reader_and_signed_out_request_language(api, make_user):
    english = make_user("reader", language="en")

    assert search(api(english), "pengen bundir")["help"]["message"] == translated(
        HELP_MESSAGE, "en"
    )
    signed_out = api().get(
        "/api/v2/search", {"q": "thinking about suicide"}, headers={"Accept-Language": "en"}
    )
    assert signed_out.status_code == 200
    assert signed_out.json()["help"]["message"] == translated(HELP_MESSAGE, "en")
    default = search(api(), "pengen bundir")["help"]
    assert default["message"] == translated(HELP_MESSAGE, "id")


@pytest.mark.parametrize("query", ["mati lampu lagi", "kill time", "sari"])
def test_ordinary_query_has_null_help(api, reader, query):
    body = search(api(reader), query)

    assert "help" in body and body["help"] is None


def test_method_query_returns_no_statuses(api, reader, make_user, post):
    ani = make_user("ani")
    force(post(ani, "Dulu aku cari cara bunuh diri, sekarang sudah pulih"), ScreeningLevel.NONE)

    for client in (api(reader), api()):
        body = search(client, "cara bunuh diri")
        assert body["help"] is not None and body["help"]["helplines"]
        assert body["statuses"] == []
        assert body["hashtags"] == []
    only_statuses = search(api(reader), "cara bunuh diri", type="statuses")
    assert only_statuses["statuses"] == [] and only_statuses["help"] is not None


def test_education_query_returns_only_educational_statuses(api, reader, make_user, post):
    ani = make_user("ani")
    educational = force(post(ani, "Webinar pencegahan bunuh diri minggu depan"), "none")
    force(post(ani, "Pencegahan bunuh diri? Aku pengen bundir aja"), ScreeningLevel.CRISIS)
    force(post(ani, "Baca soal pencegahan bunuh diri bikin sedih"), ScreeningLevel.CONCERN)

    body = search(api(reader), "pencegahan bunuh diri")

    assert body["help"] is not None
    assert [status["id"] for status in body["statuses"]] == [str(educational.pk)]


def test_crisis_query_still_returns_its_statuses(api, reader, make_user, post):
    ani = make_user("ani")
    shared = force(post(ani, "Kalau kamu pengen bundir, ayo ngobrol dulu"), "crisis")

    body = search(api(reader), "pengen bundir")

    assert body["help"] is not None
    assert [status["id"] for status in body["statuses"]] == [str(shared.pk)]


def test_method_query_leaves_out_crisis_hashtags(api, reader, monkeypatch):
    # Whatever the engine counts as seeking a method; "bun" finds #bundir and #bunga.
    monkeypatch.setattr(
        "teduh.safety.search.screen_query",
        lambda query: QueryScreening(crisis=True, seeks_method=True, signals=("method",)),
    )
    Tag.objects.create(name="bundir", display_name="bundir")
    Tag.objects.create(name="bunga", display_name="Bunga")

    body = search(api(reader), "bun")

    assert [tag["name"] for tag in body["hashtags"]] == ["bunga"]
    assert body["statuses"] == [] and body["help"] is not None


def test_a_crisis_post_carries_the_help_card_in_its_status_entity(api, make_user, reader):
    author = make_user("penulis", language="id")
    crisis = api(author).post("/api/v1/statuses", {"status": "aku pengen bundir aja malam ini"})
    calm = api(author).post("/api/v1/statuses", {"status": "mati lampu lagi, untung ada lilin"})
    assert crisis.status_code == calm.status_code == 200

    assert crisis.json()["teduh"]["help"]["helplines"][0]["name"] == "healing119.id"
    assert calm.json()["teduh"]["help"] is None
    seen = api(reader).get(f"/api/v1/statuses/{crisis.json()['id']}").json()
    help_ = seen["teduh"]["help"]
    assert help_["message"] == translated(HELP_MESSAGE, "id")  # the reader's language
    assert help_["help_url"] == "http://testserver/help/"
    timeline = api(reader).get("/api/v1/timelines/public").json()
    by_id = {status["id"]: status["teduh"]["help"] for status in timeline}
    assert by_id[crisis.json()["id"]] is not None and by_id[calm.json()["id"]] is None
