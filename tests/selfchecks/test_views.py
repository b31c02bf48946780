"""Self-check pages: the questionnaire form, the result (crisis card above the score for PHQ-9
item 9), storage only on opt-in, and a private history only its owner can see or delete."""

import re

import pytest
from django.contrib import admin
from django.test import Client
from django.utils import translation

from teduh.selfchecks.models import SavedResult
from teduh.selfchecks.services import save_result, score
from tests.helpers import translated

pytestmark = pytest.mark.django_db

PHQ9_URL = "/wellbeing/self-checks/phq9/"
GAD7_URL = "/wellbeing/self-checks/gad7/"
HISTORY_URL = "/wellbeing/self-checks/history/"


def form_data(answers: list[int], **extra) -> dict:
    return {**{f"q{n}": str(value) for n, value in enumerate(answers, start=1)}, **extra}


def position(html: str, element_id: str) -> int:
    found = html.find(f'id="{element_id}"')
    assert found >= 0, f"#{element_id} not in the page"
    return found


@pytest.fixture
def alice(make_user):
    return make_user("alice", language="en")


def saved(user, instrument: str, answers: list[int]) -> SavedResult:
    return save_result(user, score(instrument, answers))


def test_index_lists_both_questionnaires_and_the_privacy_promise():
    response = Client().get("/wellbeing/self-checks/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/wellbeing/self-checks/phq9/"' in html
    assert 'href="/wellbeing/self-checks/gad7/"' in html
    assert "A self-check is not a diagnosis." in html
    assert 'id="history-link"' not in html  # signed out: no history


def test_form_has_one_labelled_radio_group_per_item_and_the_attribution(client):
    html = client.get(PHQ9_URL).content.decode()

    assert html.count('<fieldset class="selfcheck-item') == 9
    assert html.count("<legend>") == 9
    for n in range(1, 10):
        assert len(re.findall(rf'type="radio" name="q{n}" id="q{n}-(\d)" value="\1"', html)) == 4
        assert f'<label for="q{n}-3">' in html
    with translation.override("id"):
        assert (
            translation.gettext(
                "Over the last 2 weeks, how often have you been bothered by any of the following "
                "problems?"
            )
            in html
        )
    assert translated("Nearly every day", "id") in html
    assert "Robert L. Spitzer" in html and "Pfizer Inc" in html
    # Signed out: nothing can be saved, so no opt-in box.
    assert 'name="save"' not in html
    assert 'id="selfcheck-not-saved"' in html


def test_gad7_form_has_seven_items(client):
    html = client.get(GAD7_URL).content.decode()
    assert html.count('<fieldset class="selfcheck-item') == 7


def test_unknown_questionnaire_is_404(client):
    assert client.get("/wellbeing/self-checks/bdi/").status_code == 404


def test_signed_out_visitor_gets_a_result_and_nothing_is_stored(client):
    response = client.post(PHQ9_URL, form_data([1, 1, 1, 1, 1, 1, 0, 0, 0], save="on"))

    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "Score: 6 of 27" in html
        or translated("Score: %(score)s of %(max_score)s", "id")
        % {
            "score": 6,
            "max_score": 27,
        }
        in html
    )
    assert translated("Mild", "id") in html
    assert 'id="selfcheck-help"' not in html
    assert SavedResult.objects.count() == 0
    # The answers are kept out of error reports.
    assert response.wsgi_request.sensitive_post_parameters == "__ALL__"


def test_signed_in_without_opt_in_stores_nothing(client_for, alice):
    client = client_for(alice)
    html = client.get(PHQ9_URL).content.decode()
    assert 'name="save"' in html
    assert (
        re.search(r'<input type="checkbox" name="save"[^>]*>', html).group(0).count("checked") == 0
    )  # off unless ticked

    response = client.post(PHQ9_URL, form_data([2] * 8 + [0]))

    assert response.status_code == 200
    assert "Score: 16 of 27" in response.content.decode()
    assert SavedResult.objects.count() == 0


def test_opt_in_stores_only_score_and_date(client_for, alice):
    response = client_for(alice).post(GAD7_URL, form_data([2, 2, 2, 1, 1, 0, 0], save="on"))

    assert response.status_code == 200
    assert 'id="selfcheck-saved"' in response.content.decode()
    row = SavedResult.objects.get()
    assert (row.user, row.instrument, row.score) == (alice, "gad7", 8)
    # No field could hold the answers.
    assert {field.name for field in SavedResult._meta.get_fields()} == {
        "id",
        "user",
        "instrument",
        "score",
        "created_at",
    }


def test_missing_answers_show_the_form_again_with_choices_kept(client_for, alice):
    data = form_data([1, 2, 3, 0, 1, 2, 3], save="on")
    del data["q4"]

    response = client_for(alice).post(GAD7_URL, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="form-errors"' in html
    assert 'href="#q4-0"' in html
    assert 'id="q4-error"' in html and 'id="q3-error"' not in html
    assert 'id="q2-2" value="2" required checked' in html
    assert 'id="selfcheck-score"' not in html
    assert SavedResult.objects.count() == 0


def test_out_of_range_answer_is_refused_by_the_form(client):
    response = client.post(GAD7_URL, form_data([0, 0, 0, 0, 0, 0, 7]))

    html = response.content.decode()
    assert 'id="q7-error"' in html and 'id="selfcheck-score"' not in html


def test_item9_puts_the_crisis_card_above_the_score_with_a_low_total(client_for, alice):
    response = client_for(alice).post(PHQ9_URL, form_data([0, 0, 0, 0, 0, 0, 0, 0, 1]))

    html = response.content.decode()
    assert "Score: 1 of 27" in html
    assert position(html, "selfcheck-crisis-note") < position(html, "selfcheck-help")
    assert position(html, "selfcheck-help") < position(html, "selfcheck-score")
    card = html[position(html, "selfcheck-help") : position(html, "selfcheck-score")]
    assert "healing119.id" in card
    assert 'href="tel:112"' in card


def test_low_total_without_item9_has_no_crisis_card(client):
    html = client.post(PHQ9_URL, form_data([1, 1, 0, 0, 0, 0, 0, 0, 0])).content.decode()

    assert 'id="selfcheck-score"' in html
    assert 'id="selfcheck-help"' not in html
    assert 'id="selfcheck-crisis-note"' not in html


def test_severe_band_shows_the_help_card_too(client):
    html = client.post(GAD7_URL, form_data([3, 3, 3, 2, 2, 2, 0])).content.decode()

    assert position(html, "selfcheck-help") < position(html, "selfcheck-score")
    assert 'id="selfcheck-crisis-note"' not in html  # severe, but item 9 does not exist here


def test_moderate_result_suggests_a_professional_and_links_help_and_wellbeing(client_for, alice):
    html = client_for(alice).post(PHQ9_URL, form_data([2] * 5 + [0] * 4)).content.decode()

    assert "Moderate" in html
    assert "We suggest talking with a professional about how you feel." in html
    links = html[position(html, "selfcheck-links") :]
    assert 'href="/help/"' in links
    assert 'href="/wellbeing/"' in links


def test_history_needs_login(client):
    response = client.get(HISTORY_URL)
    assert response.status_code == 302 and "/auth/login/" in response["Location"]


def test_history_shows_a_chart_and_table_of_the_owners_results_only(client_for, alice, make_user):
    first = saved(alice, "phq9", [1] * 9)
    second = saved(alice, "phq9", [2] * 9)
    other = make_user("budi")
    theirs = saved(other, "phq9", [3] * 9)

    html = client_for(alice).get(HISTORY_URL).content.decode()

    assert f'id="saved-result-{first.pk}"' in html
    assert f'id="saved-result-{second.pk}"' in html
    assert f'id="saved-result-{theirs.pk}"' not in html
    section = html[position(html, "history-phq9") :]
    assert "<svg" in section and 'role="img"' in section
    assert section.count('class="chart-threshold"') == 4  # 5, 10, 15, 20
    assert section.count('class="chart-point"') == 2
    assert 'class="chart-line"' in section
    assert "9 of 27" in section and "18 of 27" in section
    assert 'id="history-gad7"' not in html  # nothing saved there


def test_staff_cannot_see_or_delete_someone_elses_result(client_for, alice, make_user):
    mine = saved(alice, "gad7", [1] * 7)
    staff = make_user("staf", is_staff=True, is_superuser=True, is_moderator=True)
    client = client_for(staff)

    assert client.get(f"{HISTORY_URL}{mine.pk}/").status_code == 404
    assert client.post(f"{HISTORY_URL}{mine.pk}/delete/").status_code == 404
    assert f'id="saved-result-{mine.pk}"' not in client.get(HISTORY_URL).content.decode()
    # Not in the admin either.
    assert SavedResult not in admin.site._registry
    assert client.get("/admin/selfchecks/savedresult/").status_code == 404
    assert SavedResult.objects.filter(pk=mine.pk).exists()


def test_owner_sees_a_saved_result(client_for, alice):
    mine = saved(alice, "phq9", [3, 3, 3, 3, 3, 3, 2, 0, 0])

    html = client_for(alice).get(f"{HISTORY_URL}{mine.pk}/").content.decode()

    assert "Score: 20 of 27" in html
    assert "Severe" in html
    assert position(html, "selfcheck-help") < position(html, "selfcheck-score")


def test_owner_deletes_one_result(client_for, alice):
    keep = saved(alice, "phq9", [0] * 9)
    drop = saved(alice, "phq9", [1] * 9)
    client = client_for(alice)

    response = client.post(f"{HISTORY_URL}{drop.pk}/delete/")

    assert response.status_code == 302 and response["Location"] == HISTORY_URL
    assert list(SavedResult.objects.values_list("pk", flat=True)) == [keep.pk]
    assert client.get(f"{HISTORY_URL}{drop.pk}/").status_code == 404
    # Deleting needs POST.
    assert client.get(f"{HISTORY_URL}{keep.pk}/delete/").status_code == 405


def test_delete_all_needs_confirmation_and_leaves_others_alone(client_for, alice, make_user):
    saved(alice, "phq9", [0] * 9)
    saved(alice, "gad7", [0] * 7)
    theirs = saved(make_user("budi"), "gad7", [1] * 7)
    client = client_for(alice)

    client.post(f"{HISTORY_URL}delete/")
    assert SavedResult.objects.filter(user=alice).count() == 2

    client.post(f"{HISTORY_URL}delete/", {"confirm": "yes"})
    assert SavedResult.objects.filter(user=alice).count() == 0
    assert list(SavedResult.objects.values_list("pk", flat=True)) == [theirs.pk]
    html = client.get(HISTORY_URL).content.decode()
    assert 'id="no-results"' in html
