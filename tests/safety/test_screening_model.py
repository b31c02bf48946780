"""The learned crisis model behind the rules: shipped weights match the data, training is
deterministic, and the combination only fills gaps the rules leave. Sentences are written
for these tests, not copied from the evaluation splits."""

import json
import time

import pytest

from teduh.safety.screening import ScreeningResult, screen_text
from teduh.safety.screening.engine import HybridScreener, RuleScreener, combine
from teduh.safety.screening.evaluation import EVALUATION_DIR
from teduh.safety.screening.model import (
    BACKGROUND_PATH,
    MODEL_PATH,
    CrisisModel,
    features,
    load_model,
    sha256_of,
    stratified_folds,
    train,
)
from teduh.safety.screening.rules import Judgement, screen_in_context


def test_shipped_model_matches_the_data_it_was_trained_on():
    meta = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["meta"]
    # Retrain with `python scripts/train_screener.py` whenever dev.jsonl or background.txt change.
    assert meta["dev_sha256"] == sha256_of(EVALUATION_DIR / "dev.jsonl")
    assert meta["background_sha256"] == sha256_of(BACKGROUND_PATH)
    cv = meta["cross_validation"]
    assert cv["folds"] == 5
    assert cv["combined"]["all"]["crisis"]["precision"] >= 0.90


def test_shipped_model_is_small_and_loads_fast():
    assert MODEL_PATH.stat().st_size < 2_000_000
    load_model.cache_clear()
    started = time.perf_counter()
    model = load_model()
    assert time.perf_counter() - started < 1.0
    assert model is load_model()  # loaded once per process
    assert 0.0 < model.threshold < 1.0
    assert "negated" in model.gate and "education" in model.gate


FIXTURE = [
    ("aku pengen mati aja malam ini", 1),
    ("rasanya pengen mengakhiri semuanya", 1),
    ("i want to end it all tonight", 1),
    ("i do not want to live anymore", 1),
    ("makan siang enak banget hari ini", 0),
    ("nonton film bareng temen, seru", 0),
    ("the weather is lovely this morning", 0),
    ("just finished a great book", 0),
]


def test_training_is_deterministic_and_separates_a_tiny_fixture():
    texts = [t for t, _ in FIXTURE]
    labels = [y for _, y in FIXTURE]
    first = train(texts, labels, min_df=1, epochs=20)
    second = train(texts, labels, min_df=1, epochs=20)
    assert first.to_json() == second.to_json()
    assert first.probability("aku pengen mati aja") > 0.5
    assert first.probability("makan siang bareng temen") < 0.5


def test_model_round_trips_through_json():
    model = CrisisModel(
        {"w:mati": 1.5, "c:mat": 0.25, "r:past": -2.0},
        -0.5,
        threshold=0.4,
        veto=0.1,
        override=0.7,
        strong=0.9,
        floor=0.05,
        gate=frozenset({"negated"}),
    )
    again = CrisisModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again.probability("mati") == pytest.approx(model.probability("mati"))
    assert again.probability("mati", ["past"]) == pytest.approx(model.probability("mati", ["past"]))
    assert again.probability("mati", ["past"]) < again.probability("mati")
    assert again.threshold == 0.4 and again.veto == 0.1 and again.strong == 0.9
    assert again.floor == 0.05 and again.override == 0.7
    assert again.gate == {"negated"}
    with pytest.raises(ValueError):
        CrisisModel.from_json({"format": 99})


def test_features_are_words_pairs_character_grams_and_rule_cues():
    feats = features("pengen mati , aja", ["level:concern", "past"])
    assert "w:pengen" in feats and "b:pengen mati" in feats and "b:mati aja" in feats
    assert "c: mat" in feats and "c:engen" in feats
    assert "r:level:concern" in feats and "r:past" in feats
    assert not any("," in f for f in feats)
    assert feats == sorted(set(feats))


def test_the_model_learns_how_far_to_trust_a_rule_cue():
    # The same words, labelled by whether the rules' framing cue was right.
    texts = ["dulu pengen mati", "pengen mati", "dulu pengen mati", "pengen mati"] * 4
    cues = [["past"], [], ["past"], []] * 4
    labels = [0, 1, 0, 1] * 4
    model = train(texts, labels, cues, min_df=1, epochs=20)
    assert model.probability("dulu pengen mati", ["past"]) < 0.5 < model.probability("pengen mati")


def test_folds_are_stratified_by_level():
    levels = ["crisis"] * 10 + ["none"] * 5
    folds = stratified_folds(levels, 5)
    assert sorted(folds[:10]) == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
    assert sorted(folds[10:]) == [0, 1, 2, 3, 4]


# --- the combination ----------------------------------------------------------------------------

GATE = frozenset({"negated", "not_self", "past", "education", "support", "idiom"})
NONE = Judgement("none", (), False)
CONCERN = Judgement("concern", ("hopelessness",), False)
CRISIS = Judgement("crisis", ("suicidal_ideation",), True)


def _combine(judgement, cues, p, veto=0.1, strong=1.0):
    return combine(judgement, cues, p, threshold=0.5, veto=veto, gate=GATE, strong=strong)


def test_model_raises_an_on_topic_text_the_rules_missed():
    result = _combine(NONE, {"risk_topic"}, 0.8)
    assert result == ScreeningResult("crisis", ("model",), False)
    assert _combine(CONCERN, set(), 0.8).level == "crisis"  # the rules saw distress
    assert _combine(CONCERN, set(), 0.8).signals == ("hopelessness", "model")


def test_model_does_not_raise_off_topic_framed_or_unsure_texts():
    assert _combine(NONE, set(), 0.99).level == "none"  # nothing about dying or harm
    assert _combine(NONE, {"risk_topic", "negated"}, 0.99).level == "none"
    assert _combine(CONCERN, {"not_self"}, 0.99).level == "concern"
    assert _combine(CONCERN, {"education"}, 0.99).level == "concern"
    assert _combine(NONE, {"risk_topic"}, 0.3) == ScreeningResult("none", (), False)


def test_a_surer_model_overrides_framing_on_topic_only_above_override():
    framed = ({"risk_topic", "past"}, 0.75)
    assert combine(CONCERN, framed[0], framed[1], threshold=0.5, veto=0.1, gate=GATE).level == (
        "concern"
    )
    raised = combine(
        CONCERN, framed[0], framed[1], threshold=0.5, veto=0.1, gate=GATE, override=0.7
    )
    assert raised.level == "crisis" and raised.signals == ("hopelessness", "model")
    # A denial, or someone else as the speaker, is overruled only by `strong`.
    for cue in ("negated", "not_self"):
        kept = combine(
            CONCERN, {"risk_topic", cue}, 0.75, threshold=0.5, veto=0.1, gate=GATE, override=0.7
        )
        assert kept.level == "concern"
    denied = combine(
        NONE, {"risk_topic", "negated"}, 0.75, threshold=0.5, veto=0.1, gate=GATE, override=0.7
    )
    assert denied.level == "none"
    # Off topic (no risk word, no distress) the override does not apply; only `strong` does.
    assert combine(NONE, set(), 0.75, threshold=0.5, veto=0.1, gate=GATE, override=0.7).level == (
        "none"
    )


def test_a_very_sure_model_overrides_framing_only_above_strong():
    assert _combine(NONE, {"risk_topic", "negated"}, 0.95, strong=0.9).level == "crisis"
    assert _combine(CONCERN, {"not_self"}, 0.95, strong=0.9).signals == ("hopelessness", "model")
    assert _combine(NONE, set(), 0.95, strong=0.9).level == "crisis"
    assert _combine(NONE, {"risk_topic", "negated"}, 0.85, strong=0.9).level == "none"


def test_model_only_vetoes_a_rule_crisis_with_a_framing_cue():
    assert _combine(CRISIS, set(), 0.01).level == "crisis"
    lowered = _combine(CRISIS, {"past"}, 0.01)
    assert lowered.level == "concern" and "model" in lowered.signals
    assert lowered.method_details is True  # method details stay the rules'
    assert _combine(CRISIS, {"past"}, 0.01, veto=0.0).level == "crisis"


def test_a_floor_lowers_an_unframed_rule_crisis_only_when_the_model_is_surer_still():
    floored = combine(CRISIS, set(), 0.03, threshold=0.5, veto=0.1, gate=GATE, floor=0.05)
    assert floored.level == "concern" and floored.method_details is True
    kept = combine(CRISIS, set(), 0.08, threshold=0.5, veto=0.1, gate=GATE, floor=0.05)
    assert kept.level == "crisis"


def test_default_engine_is_the_hybrid_and_keeps_clear_cases():
    assert screen_text("aku pengen bundir").level == "crisis"
    assert screen_text("mati lampu lagi").level == "none"
    assert screen_text("pencegahan bunuh diri dimulai dari mendengarkan").level == "none"
    assert screen_text("kalau kamu kepikiran bunuh diri, hubungi 119 ext 8").level == "none"
    for text in ("aku lapar banget pengen seblak", "good morning, ready for work", "kill time"):
        assert screen_text(text).level == "none", text


def test_hybrid_matches_rules_when_the_model_is_unsure():
    hybrid, rules = HybridScreener(), RuleScreener()
    for text in ("temanku bilang mau bunuh diri, aku harus gimana?", "i feel so hopeless lately"):
        assert hybrid.screen(text) == rules.screen(text)
    judgement, context = screen_in_context("gak kuat lagi hidup")
    assert judgement.level == "crisis" and "risk_topic" in context.cues
