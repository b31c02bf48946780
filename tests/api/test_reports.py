"""POST /api/v1/reports: Mastodon's Report entity, Teduh's categories, anonymous authors kept
hidden, scopes, errors and the rate limit."""

import pytest

from teduh.accounts.models import anonymous_placeholder
from teduh.moderation.models import Report
from teduh.posts.models import Visibility

REPORTS = "/api/v1/reports"


@pytest.fixture
def sari(make_user):
    return make_user("sari", display_name="Sari Rahasia")


@pytest.fixture
def budi(make_user):
    return make_user("budi")


def test_report_returns_the_mastodon_entity(api, sari, budi, post):
    status = post(sari, "Kamu payah")

    response = api(budi).post(
        REPORTS,
        {
            "account_id": str(sari.pk),
            "status_ids": [str(status.pk)],
            "comment": "Menghina",
            "category": "harassment",
            "forward": True,
            "rule_ids": ["1"],
        },
    )

    assert response.status_code == 200, response.content
    body = response.json()
    assert set(body) == {
        "id", "action_taken", "action_taken_at", "category", "comment", "forwarded",
        "created_at", "status_ids", "rule_ids", "target_account",
    }  # fmt: skip
    assert body["action_taken"] is False and body["action_taken_at"] is None
    assert (body["category"], body["comment"], body["forwarded"]) == (
        "harassment",
        "Menghina",
        False,
    )
    assert body["status_ids"] == [str(status.pk)] and body["rule_ids"] == []
    assert body["target_account"]["id"] == str(sari.pk)
    report = Report.objects.get(pk=body["id"])
    assert (report.reporter, report.target_account) == (budi, sari)
    assert list(report.statuses.all()) == [status]


def test_form_encoded_with_mastodon_category(api, sari, budi, post):
    status = post(sari, "Promo murah")
    response = api(budi).post(
        REPORTS,
        {"account_id": str(sari.pk), "status_ids[]": [str(status.pk)], "category": "violation"},
        form=True,
    )
    assert response.status_code == 200, response.content
    assert response.json()["category"] == "other"
    assert Report.objects.get().category == "other"


def test_category_defaults_to_other_and_statuses_are_optional(api, sari, budi):
    response = api(budi).post(REPORTS, {"account_id": str(sari.pk)})
    assert response.status_code == 200, response.content
    assert response.json()["category"] == "other"
    assert response.json()["status_ids"] == []


def test_anonymous_status_is_reported_as_the_placeholders(api, sari, budi, post):
    status = post(sari, "Aku capek", anonymous=True)
    placeholder = anonymous_placeholder()

    response = api(budi).post(
        REPORTS,
        {
            "account_id": str(placeholder.pk),
            "status_ids": [str(status.pk)],
            "category": "self_harm_risk",
        },
    )

    assert response.status_code == 200, response.content
    text = response.content.decode()
    assert "sari" not in text.lower() and str(sari.pk) != response.json()["target_account"]["id"]
    assert response.json()["target_account"]["id"] == str(placeholder.pk)
    assert response.json()["target_account"]["username"] == "anonim"
    assert Report.objects.get().target_account == sari  # for moderators only


def test_an_anonymous_status_cannot_be_tied_to_its_author(api, sari, budi, make_user, post):
    anonymous = post(sari, "Rahasia", anonymous=True)
    other = post(make_user("citra"), "Bukan Sari")
    client = api(budi)

    tied = client.post(REPORTS, {"account_id": str(sari.pk), "status_ids": [str(anonymous.pk)]})
    wrong = client.post(REPORTS, {"account_id": str(sari.pk), "status_ids": [str(other.pk)]})

    assert tied.status_code == wrong.status_code == 422
    assert tied.json() == wrong.json()
    assert Report.objects.count() == 0


@pytest.mark.parametrize(
    "change",
    [
        {"category": "nonsense"},
        {"comment": "x" * 1001},
        {"status_ids": ["abc"]},
        {"status_ids": ["999999"]},
    ],
)
def test_bad_reports_are_422(api, sari, budi, post, change):
    status = post(sari, "Halo")
    data = {"account_id": str(sari.pk), "status_ids": [str(status.pk)], **change}
    response = api(budi).post(REPORTS, data)
    assert response.status_code == 422
    assert set(response.json()) == {"error"}
    assert Report.objects.count() == 0


def test_invisible_statuses_are_422(api, sari, budi, post):
    private = post(sari, "Khusus pengikut", visibility=Visibility.PRIVATE)
    response = api(budi).post(
        REPORTS, {"account_id": str(sari.pk), "status_ids": [str(private.pk)]}
    )
    assert response.status_code == 422


def test_reporting_yourself_is_422(api, budi):
    response = api(budi).post(REPORTS, {"account_id": str(budi.pk)})
    assert response.status_code == 422
    assert "yourself" in response.json()["error"]


@pytest.mark.parametrize("account_id", ["999999", "abc", ""])
def test_unknown_accounts(api, budi, account_id):
    response = api(budi).post(REPORTS, {"account_id": account_id})
    assert response.status_code in (404, 422)
    assert "error" in response.json()


def test_missing_account_id_is_422(api, budi):
    assert api(budi).post(REPORTS, {"category": "spam"}).status_code == 422


def test_scopes(api, sari, budi):
    assert api(budi, scopes="read").post(REPORTS, {"account_id": str(sari.pk)}).status_code == 403
    assert api().post(REPORTS, {"account_id": str(sari.pk)}).status_code == 401
    granted = api(budi, scopes="write:reports").post(REPORTS, {"account_id": str(sari.pk)})
    assert granted.status_code == 200


def test_reports_are_rate_limited(api, sari, budi, settings):
    settings.TEDUH_RATE_LIMITS = {"reports": (2, 3600)}
    client = api(budi)

    answers = [client.post(REPORTS, {"account_id": str(sari.pk)}) for _ in range(3)]

    assert [a.status_code for a in answers] == [200, 200, 429]
    assert int(answers[2]["Retry-After"]) > 0
    assert Report.objects.count() == 2


def test_invalid_reports_do_not_use_up_the_limit(api, sari, budi, settings):
    settings.TEDUH_RATE_LIMITS = {"reports": (1, 3600)}
    client = api(budi)
    for _ in range(3):
        assert client.post(REPORTS, {"account_id": str(budi.pk)}).status_code == 422
    assert client.post(REPORTS, {"account_id": str(sari.pk)}).status_code == 200


def test_reports_are_in_the_openapi_document(api):
    document = api().get("/api/openapi.json").json()
    responses = document["paths"]["/api/v1/reports"]["post"]["responses"]
    assert {"200", "401", "403", "404", "422", "429"} <= set(responses)
