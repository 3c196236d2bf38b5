"""A learned second opinion on whether signs the patterns found are the writer's own case.

The engine's `general_questions` patterns tell "is it legal for an employer to keep the
passport?" from "my employer keeps my passport, is that legal?", but only in the forms written
down: on held-out questions (dev batch 10, even items) a quarter of the general questions still
had their signs recorded as the person's. This model reads the whole message as the urgency
model does (bot/redflags/urgency.py: character n-grams beside a multilingual sentence
embedding, one logistic regression) and scores how likely it is that the signs found are NOT
the writer's or a known person's case: a general or hypothetical question, or a message with no
sign at all that a pattern misread.

It learns from the labelled narratives the patterns find a sign in (danger excluded): those
labelled with codes are own cases, those labelled with none are not. WarningSigns asks it only
when the patterns found signs, nobody found danger and no `own_case` pattern speaks of the
writer's or a known person's case ("my passport", "جوازي", "on m'a pris": trained without that
gate, it took "الكفيل ماخذ جوازي من سنة هل هذا قانوني؟" for a question). Its threshold is the
lowest score at which at most `max_lost` of the own cases, out of fold and through that gate,
would be taken for questions. A message above it gets its signs explained (`sign_asked`), not
recorded: a wrong call loses a sign from `red_flags` but still names and explains it, with a
counsellor offered.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from bot.keywords import normalize
from bot.redflags.engine import RedFlagEngine
from bot.redflags.urgency import (
    MAX_CHARS,
    LearnedScore,
    Narrative,
    embed,
    features,
    lowest_threshold,
    out_of_fold_scores,
)

MIN_EACH = 10  # examples of each side needed to learn anything


def candidates(narratives: Iterable[Narrative], engine: RedFlagEngine) -> tuple[list[Narrative], np.ndarray]:
    """The narratives the model decides on (the patterns find a sign, nobody labelled danger)
    and whether each is NOT an own case (labelled with no code)."""
    chosen = []
    for narrative in narratives:
        if narrative.urgent:
            continue
        detection = engine.detect(narrative.text)  # nothing for a text with nothing to read
        if (detection.codes or detection.asked) and not detection.urgent:
            chosen.append(narrative)
    return chosen, np.array([not n.codes for n in chosen], dtype=bool)


class QuestionModel(LearnedScore):
    @classmethod
    def train(
        cls, narratives: Iterable[Narrative], engine: RedFlagEngine, c: float = 4.0, max_lost: float = 0.005
    ) -> QuestionModel:
        items, labels = candidates(narratives, engine)
        if labels.sum() < MIN_EACH or (~labels).sum() < MIN_EACH:
            raise ValueError(f"the question model needs {MIN_EACH} own cases and {MIN_EACH} other messages")
        texts = [n.text[:MAX_CHARS] for n in items]
        embedded = embed(texts)
        normalised = [normalize(t) for t in texts]

        def fit(idx: np.ndarray) -> tuple[Any, Any]:
            vectorizer, classifier = cls._new(c)
            x = features(vectorizer, [normalised[i] for i in idx], embedded[idx], fit=True)
            classifier.fit(x, labels[idx])
            return vectorizer, classifier

        strata = [f"{n.lang}{label}" for n, label in zip(items, labels, strict=True)]
        scores = out_of_fold_scores(fit, normalised, embedded, labels, strata)
        asked = np.array([not engine.own_case(n.text) for n in items])  # the gate: see above
        threshold = lowest_threshold(scores, ~labels & asked, max_lost * (~labels).sum())
        return cls(*fit(np.arange(len(items))), threshold)

    def not_own_case(self, text: str) -> bool:
        return self.above(text)
