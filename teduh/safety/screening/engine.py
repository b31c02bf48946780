"""The screeners: the context rules alone, and the rules backed by the learned model."""

from __future__ import annotations

from collections.abc import Collection

from teduh.safety.screening import ScreeningResult
from teduh.safety.screening.model import load_model
from teduh.safety.screening.rules import Context, Judgement, screen, screen_in_context


class RuleScreener:
    """Rule-based screening in Indonesian and English. Stateless and thread-safe."""

    def screen(self, text: str) -> ScreeningResult:
        judgement = screen(text)
        return ScreeningResult(judgement.level, judgement.signals, judgement.method_details)


def combine(
    judgement: Judgement,
    cues: Collection[str],
    probability: float,
    *,
    threshold: float,
    veto: float,
    gate: Collection[str],
    override: float = 1.0,
    strong: float = 1.0,
    floor: float = 0.0,
) -> ScreeningResult:
    """Rules first; the model only fills the gaps the rules leave.

    - Raise to crisis when the rules did not, the text is on topic (the rules found distress,
      or a word about dying, ending, self-harm or a means: `risk_topic`), the model is
      confident (> threshold) and the rules saw no framing that makes the words not the
      speaker's own current risk (a `gate` cue: negation, someone else, the past, education,
      support, an idiom, a joke ...).
    - Raise an on-topic text to crisis whatever framing the rules saw, except a denial or
      someone else named as the speaker, when the model is surer (> override): it has read
      the same cues (they are among its features) and learned where they mislead; and raise
      any text at all when it is very sure (> strong).
    - Lower a rule crisis to concern only when the model is nearly sure it is not one
      (< veto) and such a framing is there: the rules read the words but missed the frame,
      or when it is surer still (< floor) without one (0.0: never).
    method_details always comes from the rules. "model" in the signals says the model decided.
    """
    level, signals = judgement.level, judgement.signals
    framed = any(c in gate for c in cues)
    # The speaker's own "no", or words about someone else: only a very sure model overrules.
    denied = "negated" in cues or "not_self" in cues
    relevant = level == "concern" or "risk_topic" in cues
    if level != "crisis" and (
        probability > strong
        or (relevant and probability > override and not denied)
        or (relevant and probability > threshold and not framed)
    ):
        level, signals = "crisis", (*signals, "model")
    elif level == "crisis" and (probability < floor or (probability < veto and framed)):
        level, signals = "concern", (*signals, "model")
    return ScreeningResult(level, signals, judgement.method_details)


class HybridScreener:
    """The default: the rules, with the shipped model (model.json) as a second reader. Falls
    back to the rules alone when no model is shipped. Thread-safe; the model loads once."""

    def screen(self, text: str) -> ScreeningResult:
        judgement, context = screen_in_context(text)
        model = load_model()
        if model is None:
            return ScreeningResult(judgement.level, judgement.signals, judgement.method_details)
        return combine(
            judgement,
            context.cues,
            model.probability(context.text, model_cues(judgement, context)),
            threshold=model.threshold,
            veto=model.veto,
            gate=model.gate,
            override=model.override,
            strong=model.strong,
            floor=model.floor,
        )


def model_cues(judgement: Judgement, context: Context) -> tuple[str, ...]:
    """What the model is told the rules saw: their level and framing cues."""
    return (f"level:{judgement.level}", *sorted(context.cues))
