"""GET /api/teduh/v1/selfchecks (the questionnaires) and POST /api/teduh/v1/selfchecks/{id}
(scoring): shapes, languages, 422s with clear messages, the `help` object for PHQ-9 item 9 or a
severe band, and saving only with a token with write scope."""

import pytest

from teduh.selfchecks.instruments import ATTRIBUTION
from teduh.selfchecks.models import SavedResult
from tests.helpers import translated

pytestmark = pytest.mark.django_db

LIST_URL = "/api/teduh/v1/selfchecks"
PHQ9_URL = "/api/teduh/v1/selfchecks/phq9"
GAD7_URL = "/api/teduh/v1/selfchecks/gad7"
TIMEFRAME = (
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
)


def test_list_gives_both_instruments_in_english_by_default(api):
    response = api().get(LIST_URL)

    assert response.status_code == 200
    phq9, gad7 = response.json()
    assert (phq9["id"], gad7["id"]) == ("phq9", "gad7")
    assert phq9["short_name"] == "PHQ-9" and phq9["language"] == "en"
    assert phq9["timeframe"] == TIMEFRAME
    assert len(phq9["items"]) == 9 and len(gad7["items"]) == 7
    assert phq9["items"][8] == {
        "number": 9,
        "text": "Thoughts that you would be better off dead or of hurting yourself in some way",
    }
    assert phq9["options"] == [
        {"value": 0, "label": "Not at all"},
        {"value": 1, "label": "Several days"},
        {"value": 2, "label": "More than half the days"},
        {"value": 3, "label": "Nearly every day"},
    ]
    assert [(b["band"], b["min"], b["max"]) for b in phq9["bands"]] == [
        ("minimal", 0, 4),
        ("mild", 5, 9),
        ("moderate", 10, 14),
        ("moderately_severe", 15, 19),
        ("severe", 20, 27),
    ]
    assert [(b["band"], b["min"], b["max"]) for b in gad7["bands"]] == [
        ("minimal", 0, 4),
        ("mild", 5, 9),
        ("moderate", 10, 14),
        ("severe", 15, 21),
    ]
    assert (phq9["max_score"], gad7["max_score"]) == (27, 21)
    assert phq9["attribution"].startswith("Developed by Drs. Robert L. Spitzer")
    assert (
        "No permission required to reproduce, translate, display or distribute."
        in (gad7["attribution"])
    )


def test_list_in_indonesian_with_lang_id(api, make_user):
    # Even a reader whose own language is English gets what they asked for.
    body = api(make_user("reader", language="en")).get(LIST_URL, {"lang": "id"}).json()

    phq9 = body[0]
    assert phq9["language"] == "id"
    assert phq9["timeframe"] == translated(TIMEFRAME, "id")
    assert phq9["options"][3]["label"] == translated("Nearly every day", "id")
    assert phq9["attribution"] == translated(str(ATTRIBUTION), "id")


def test_list_refuses_an_unknown_language(api):
    response = api().get(LIST_URL, {"lang": "fr"})
    assert response.status_code == 422
    assert "error" in response.json()


def test_score_shape_without_help(api):
    response = api().post(GAD7_URL, {"answers": [1, 1, 1, 1, 1, 1, 0]})

    assert response.status_code == 200
    body = response.json()
    assert {k: body[k] for k in ("instrument", "score", "max_score", "band", "crisis")} == {
        "instrument": "gad7",
        "score": 6,
        "max_score": 21,
        "band": "mild",
        "crisis": False,
    }
    assert body["band_label"] == "Mild"
    assert body["guidance"].startswith("Your answers show some signs of anxiety.")
    assert "This is not a diagnosis" in body["guidance"]
    assert body["see_professional"] is False
    assert body["help"] is None
    assert body["saved"] is False
    assert body["links"]["help_url"] == "http://testserver/help/"
    assert body["links"]["wellbeing_url"].startswith("http://testserver/")
    assert body["language"] == "en"
    assert SavedResult.objects.count() == 0


def test_item9_with_a_low_total_brings_the_help_object(api):
    response = api().post(PHQ9_URL, {"answers": [0, 0, 0, 0, 0, 0, 0, 0, 1]})

    body = response.json()
    assert response.status_code == 200
    assert (body["score"], body["band"], body["crisis"]) == (1, "minimal", True)
    help_ = body["help"]
    assert help_ is not None
    assert help_["helplines"][0]["name"] == "healing119.id"
    assert isinstance(help_["helplines"][0]["id"], str)
    assert any(line["name"] == "112" for line in help_["helplines"])
    # Absolute links, as in crisis-aware search.
    assert help_["help_url"] == "http://testserver/help/"
    assert help_["counselor_url"] == "http://testserver/help/#talk-to-a-counselor"


def test_severe_band_brings_help_and_moderate_does_not(api):
    severe = api().post(GAD7_URL, {"answers": [3, 3, 3, 3, 3, 0, 0]}).json()
    moderate = api().post(PHQ9_URL, {"answers": [2, 2, 2, 2, 2, 2, 0, 0, 0]}).json()

    assert (severe["band"], severe["crisis"]) == ("severe", False)
    assert severe["help"] is not None and severe["help"]["helplines"]
    assert (moderate["band"], moderate["score"]) == ("moderate", 12)
    assert moderate["see_professional"] is True
    assert moderate["help"] is None


def test_score_in_indonesian_with_lang_id(api):
    body = api().post(PHQ9_URL + "?lang=id", {"answers": [0] * 8 + [2]}).json()

    assert body["language"] == "id"
    assert body["band_label"] == translated("Minimal", "id")
    assert body["help"]["language"] == "id"


def test_form_encoded_answers_work_too(api):
    response = api().post(GAD7_URL, {"answers[]": ["3", "3", "3", "0", "0", "0", "0"]}, form=True)
    assert response.status_code == 200
    assert response.json()["score"] == 9


@pytest.mark.parametrize(
    ("url", "payload", "message"),
    [
        (
            PHQ9_URL,
            {"answers": [0] * 8},
            "The PHQ-9 has 9 questions: send exactly 9 answers (got 8)",
        ),
        (
            GAD7_URL,
            {"answers": [0] * 8},
            "The GAD-7 has 7 questions: send exactly 7 answers (got 8)",
        ),
        (GAD7_URL, {}, "The GAD-7 has 7 questions: send exactly 7 answers (got 0)"),
        (GAD7_URL, {"answers": [0, 0, 0, 0, 0, 0, 4]}, "Answer 7 is 4: each answer must be 0"),
        (PHQ9_URL, {"answers": [-1] + [0] * 8}, "Answer 1 is -1: each answer must be 0"),
        (PHQ9_URL, {"answers": ["x"] + [0] * 8}, "Answer 1 must be a whole number from 0 to 3"),
        (PHQ9_URL, {"answers": [1.5] + [0] * 8}, "Answer 1 must be a whole number from 0 to 3"),
        (PHQ9_URL, {"answers": [True] + [0] * 8}, "Answer 1 must be a whole number from 0 to 3"),
        (PHQ9_URL, {"answers": ["¹"] + [0] * 8}, "Answer 1 must be a whole number from 0 to 3"),
        (PHQ9_URL, {"answers": ["9" * 5000] + [0] * 8}, "Answer 1 must be a whole number"),
    ],
)
def test_wrong_answers_are_a_422_with_a_clear_message(api, url, payload, message):
    response = api().post(url, payload)

    assert response.status_code == 422
    assert message in response.json()["error"]


def test_unknown_instrument_is_404(api):
    response = api().post("/api/teduh/v1/selfchecks/bdi", {"answers": [0] * 21})
    assert response.status_code == 404
    assert response.json()["error"] == "Unknown self-check: use one of phq9, gad7"


def test_save_needs_a_token(api):
    response = api().post(GAD7_URL, {"answers": [0] * 7, "save": True})

    assert response.status_code == 401
    assert "error" in response.json()
    assert SavedResult.objects.count() == 0


def test_save_with_a_write_token_stores_the_score_only(api, make_user):
    sari = make_user("sari")

    body = api(sari, scopes="read write").post(PHQ9_URL, {"answers": [1] * 9, "save": True}).json()

    assert body["saved"] is True
    row = SavedResult.objects.get()
    assert (row.user, row.instrument, row.score) == (sari, "phq9", 9)


def test_save_refused_without_write_scope_and_for_app_tokens(api, make_user, make_token):
    sari = make_user("sari")

    read_only = api(sari, scopes="read").post(PHQ9_URL, {"answers": [1] * 9, "save": True})
    app_only = api(token=make_token(None)).post(PHQ9_URL, {"answers": [1] * 9, "save": True})
    invalid = api(token="not-a-token").post(PHQ9_URL, {"answers": [1] * 9, "save": True})

    assert read_only.status_code == 403
    assert app_only.status_code == 422
    assert invalid.status_code == 401
    assert SavedResult.objects.count() == 0


def test_a_token_without_save_stores_nothing(api, make_user):
    response = api(make_user("sari")).post(PHQ9_URL, {"answers": [1] * 9})

    assert response.status_code == 200 and response.json()["saved"] is False
    assert SavedResult.objects.count() == 0


def test_scoring_works_even_with_an_invalid_token(api):
    # Nothing may stand between a person and their result or help.
    response = api(token="expired").post(PHQ9_URL, {"answers": [0] * 8 + [3]})
    assert response.status_code == 200
    assert response.json()["help"] is not None


def test_operations_are_in_the_openapi_schema_with_error_responses(api):
    schema = api().get("/api/openapi.json").json()

    listing = schema["paths"]["/api/teduh/v1/selfchecks"]["get"]
    scoring = schema["paths"]["/api/teduh/v1/selfchecks/{instrument_id}"]["post"]
    assert {"200", "404", "422"} <= set(listing["responses"])
    assert {"200", "401", "403", "404", "422"} <= set(scoring["responses"])
