"""selfchecks.services.score: totals, every band boundary of PHQ-9 and GAD-7, PHQ-9 item-9
routing whatever the total, and clear refusals of malformed answers."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from teduh.selfchecks.instruments import GAD7, INSTRUMENTS, OPTIONS, PHQ9
from teduh.selfchecks.services import parse_answers, score


def answers_totalling(total: int, count: int, *, last: int = 0) -> list[int]:
    """`count` answers adding up to `total`, filled from the first item, with the last item
    fixed to `last` (so PHQ-9 item 9 can be kept at 0)."""
    answers = [0] * count
    answers[-1] = last
    remaining = total - last
    for index in range(count - 1):
        answers[index] = min(3, remaining)
        remaining -= answers[index]
    assert remaining == 0 and sum(answers) == total
    return answers


PHQ9_BANDS = [
    (0, "minimal"),
    (4, "minimal"),
    (5, "mild"),
    (9, "mild"),
    (10, "moderate"),
    (14, "moderate"),
    (15, "moderately_severe"),
    (19, "moderately_severe"),
    (20, "severe"),
    (27, "severe"),
]
GAD7_BANDS = [
    (0, "minimal"),
    (4, "minimal"),
    (5, "mild"),
    (9, "mild"),
    (10, "moderate"),
    (14, "moderate"),
    (15, "severe"),
    (21, "severe"),
]


@pytest.mark.parametrize(("total", "band"), PHQ9_BANDS)
def test_phq9_band_boundaries(total, band):
    # Item 9 stays 0 up to 24 so the band alone decides; 25-27 need item 9 above 0.
    last = max(0, total - 24)
    result = score("phq9", answers_totalling(total, 9, last=last))

    assert result.score == total
    assert result.band == band
    assert result.max_score == 27
    assert result.crisis is (last > 0)


@pytest.mark.parametrize(("total", "band"), GAD7_BANDS)
def test_gad7_band_boundaries(total, band):
    result = score(GAD7, answers_totalling(total, 7, last=min(3, total)))

    assert result.score == total
    assert result.band == band
    assert result.max_score == 21
    # GAD-7 has no crisis item: only the severe band brings the help card.
    assert result.crisis is False
    assert result.show_help is (band == "severe")


def test_professional_suggested_from_moderate_up_and_help_only_when_severe():
    seen = {}
    for total, band in PHQ9_BANDS:
        result = score(PHQ9, answers_totalling(total, 9, last=max(0, total - 24)))
        seen[band] = (result.see_professional, result.severe)
    assert seen == {
        "minimal": (False, False),
        "mild": (False, False),
        "moderate": (True, False),
        "moderately_severe": (True, False),
        "severe": (True, True),
    }


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_item9_above_zero_is_a_crisis_whatever_the_total(item9):
    result = score("phq9", [0, 0, 0, 0, 0, 0, 0, 0, item9])

    assert result.score == item9
    assert result.band == "minimal"
    assert result.crisis is True
    assert result.show_help is True


def test_item9_zero_with_a_high_other_item_is_not_a_crisis():
    result = score("phq9", [3, 3, 0, 0, 0, 0, 0, 0, 0])

    assert result.band == "mild"
    assert result.crisis is False
    assert result.show_help is False


def test_guidance_is_the_bands_text_and_says_it_is_not_a_diagnosis():
    with translation.override("en"):
        mild = score("phq9", [1, 1, 1, 1, 1, 0, 0, 0, 0])
        moderate = score("gad7", [2, 2, 2, 2, 2, 0, 0])
    assert mild.band_label == "Mild"
    assert mild.guidance.startswith("Your answers show some signs of low mood.")
    assert "This is not a diagnosis" in mild.guidance
    assert moderate.band_label == "Moderate"
    assert "talk with a professional" in moderate.guidance
    assert "This is not a diagnosis" in moderate.guidance


def test_instruments_have_the_published_shape():
    assert [len(PHQ9.items), len(GAD7.items)] == [9, 7]
    assert [value for value, _label in OPTIONS] == [0, 1, 2, 3]
    with translation.override("en"):
        assert [str(label) for _value, label in OPTIONS] == [
            "Not at all",
            "Several days",
            "More than half the days",
            "Nearly every day",
        ]
        assert str(PHQ9.items[8]) == (
            "Thoughts that you would be better off dead or of hurting yourself in some way"
        )
        assert str(GAD7.items[0]) == "Feeling nervous, anxious, or on edge"
    assert set(INSTRUMENTS) == {"phq9", "gad7"}
    # Bands cover every possible total exactly once.
    for instrument in INSTRUMENTS.values():
        covered = [t for band in instrument.bands for t in range(band.minimum, band.maximum + 1)]
        assert covered == list(range(instrument.max_score + 1))


@pytest.mark.parametrize(
    ("instrument", "answers", "message"),
    [
        ("phq9", [0] * 8, "The PHQ-9 has 9 questions: send exactly 9 answers (got 8)."),
        ("phq9", [0] * 10, "The PHQ-9 has 9 questions: send exactly 9 answers (got 10)."),
        ("gad7", [0] * 9, "The GAD-7 has 7 questions: send exactly 7 answers (got 9)."),
        ("gad7", [], "The GAD-7 has 7 questions: send exactly 7 answers (got 0)."),
        ("gad7", [0, 0, 4, 0, 0, 0, 0], "Answer 3 is 4: each answer must be 0, 1, 2 or 3."),
        ("phq9", [0] * 8 + [-1], "Answer 9 is -1: each answer must be 0, 1, 2 or 3."),
        ("phq9", [0] * 8 + [1.5], "Answer 9 must be a whole number from 0 to 3."),
        ("phq9", [True] + [0] * 8, "Answer 1 must be a whole number from 0 to 3."),
        ("phq9", ["2"] + [0] * 8, "Answer 1 must be a whole number from 0 to 3."),
        ("phq9", "000000000", "Answers must be a list of numbers from 0 to 3"),
        ("phq9", None, "Answers must be a list of numbers from 0 to 3"),
        ("bdi", [0] * 9, "Unknown questionnaire: choose one of phq9, gad7."),
    ],
)
def test_malformed_answers_are_refused_with_a_clear_message(instrument, answers, message):
    with translation.override("en"), pytest.raises(ValidationError) as raised:
        score(instrument, answers)

    assert message in raised.value.messages[0]


def test_parse_answers_turns_whole_number_strings_into_numbers_only():
    assert parse_answers(["0", " 3 ", "-1", "x", "1.5", 2]) == [0, 3, -1, "x", "1.5", 2]
    # Other scripts' digits and endless numbers stay text (int() would fail on them).
    assert parse_answers(["¹", "٣", "9" * 5000]) == ["¹", "٣", "9" * 5000]
    with pytest.raises(ValidationError):
        score("phq9", parse_answers(["¹"] * 9))
    assert score("gad7", parse_answers(["1"] * 7)).score == 7
