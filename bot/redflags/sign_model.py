"""A learned second opinion on which warning signs a message describes, once one is raised.

The patterns (bot.redflags.engine) name a sign only in words somebody wrote down; the same
person often describes a second sign in words nobody did ("they told us the debt grows every
month" beside "the agent kept my passport"). This model reads the message as the urgency model
does (bot/redflags/urgency.py: character n-grams of the normalised text beside a multilingual
sentence embedding) with one logistic regression per taxonomy code, learned from the labelled
narratives in data/knowledge/red_flags/narratives/ (`codes:`).

It is gated: WarningSigns adds its codes only to a message in which the patterns already found
a sign or danger, so a message with no sign never gets one from it (false alarms stay the
patterns'). On narratives it never learned from (three held-out batches and dev batch 6),
that gate and a threshold of 0.8 added +0.01 to +0.07 micro-F1 per language (all 12 cases
up) for at most 6 points of precision (tools/redflag_ml/gated_codes.py; an ungated model
added more but tripled false alarms).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from bot.keywords import normalize
from bot.redflags.urgency import MAX_CHARS, Narrative, embed, features, message_features, new_vectorizer

MIN_POSITIVES = 5  # a code with fewer labelled narratives gets no classifier


class SignModel:
    """One logistic regression per code, kept as one weight matrix: a message is scored for
    every code in one sparse product (~0.3 ms), not in one call per code."""

    def __init__(
        self, vectorizer: Any, codes: tuple[str, ...], weights: np.ndarray, bias: np.ndarray, threshold: float
    ) -> None:
        self.vectorizer = vectorizer
        self.codes = codes
        self.weights = weights  # codes x features
        self.bias = bias
        self.threshold = threshold

    @classmethod
    def train(cls, narratives: Iterable[Narrative], c: float = 4.0, threshold: float = 0.8) -> SignModel:
        from sklearn.linear_model import LogisticRegression

        items = [n for n in narratives if normalize(n.text)]
        texts = [n.text[:MAX_CHARS] for n in items]
        vectorizer = new_vectorizer()
        x = features(vectorizer, [normalize(t) for t in texts], embed(texts), fit=True)
        codes, weights, bias = [], [], []
        for code in sorted({code for n in items for code in n.codes}):
            labels = np.array([code in n.codes for n in items])
            if labels.sum() >= MIN_POSITIVES:
                model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, random_state=0)
                model.fit(x, labels)
                codes.append(code)
                weights.append(model.coef_[0])
                bias.append(model.intercept_[0])
        if not codes:
            raise ValueError(f"the sign model needs codes with at least {MIN_POSITIVES} narratives each")
        return cls(vectorizer, tuple(codes), np.vstack(weights), np.array(bias), threshold)

    def scores(self, text: str) -> dict[str, float]:
        x = message_features(self.vectorizer, text)
        if x is None:
            return {}
        logits = np.asarray(x @ self.weights.T).ravel() + self.bias
        return dict(zip(self.codes, (1.0 / (1.0 + np.exp(-logits))).tolist(), strict=True))

    def signs(self, text: str) -> frozenset[str]:
        return frozenset(code for code, score in self.scores(text).items() if score >= self.threshold)

    def save(self, path: Path) -> None:
        import joblib

        saved = {
            "vectorizer": self.vectorizer,
            "codes": self.codes,
            "weights": self.weights,
            "bias": self.bias,
            "threshold": self.threshold,
        }
        joblib.dump(saved, path, compress=3)

    @classmethod
    def load(cls, path: Path) -> SignModel:
        import joblib

        saved = joblib.load(path)
        return cls(saved["vectorizer"], saved["codes"], saved["weights"], saved["bias"], saved["threshold"])
