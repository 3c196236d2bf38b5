"""Does a statistical multi-label classifier COMBINED with the regex engine generalise better?

Experiment only: nothing here is wired into the bot. Data: dev_narratives.yml and
narratives.yml in data/knowledge/red_flags/narratives/ (the blind set is never read). Both sets
were used to tune the engine's patterns, so the engine's figures here are optimistic; the
classifier-alone figures are an honest estimate for unseen text (same writers and style, though).

Protocol
  * Groups: near-duplicate items (same language, char 3-5-gram TF-IDF cosine >= GROUP_COSINE)
    are linked into one group so that a paraphrase never sits on both sides of a split.
  * Outer loop: StratifiedGroupKFold (5 folds, stratified on language x has-a-code), repeated
    with several seeds. The classifier is trained on 4 folds and scored on the 5th.
  * Thresholds are tuned INSIDE the training folds only, on out-of-fold scores of an inner
    4-fold grouped CV of the training part.
  * Cross-set check: train on dev_narratives.yml (thresholds by inner CV), test on narratives.yml.
  * Probes: hand-written negated and benign messages (not from any bench set) scored by a model
    trained on everything.

Metrics per language: micro precision / recall / F1 over codes; false alarms = share of the
items with no gold code (and not urgent, as in bench/red_flags/run.py) where the variant
outputs at least one code (the engine's urgent flag is not counted here).

Run: ./saferoute python tools/redflag_ml/experiment.py [--repeats 3] [--model lr|svm]
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics.pairwise import cosine_similarity
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: make `bot` importable
    sys.path.insert(0, str(ROOT))

from bot.keywords import normalize  # noqa: E402
from bot.redflags.engine import RedFlagEngine, _negated, normalize_clauses  # noqa: E402
from bot.redflags.patterns import PATTERNS_DIR, load_all  # noqa: E402
from bot.redflags.taxonomy import Taxonomy  # noqa: E402
from bot.redflags.urgency import NARRATIVES_DIR  # noqa: E402

BENCH = ROOT / "bench" / "red_flags"
SETS = {"dev": NARRATIVES_DIR / "dev_narratives.yml", "test": NARRATIVES_DIR / "narratives.yml"}
OLD_DEV = BENCH / "dev_narratives.yml"  # where the dev set lived at FROZEN_COMMIT
LANGS = ("ar", "en", "fr")
GROUP_COSINE = 0.5
GRID = np.round(np.arange(0.05, 0.96, 0.025), 3)
HIGH_PRECISION = 0.90  # "high threshold": lowest t whose inner-CV precision reaches this
MIN_CODE_SUPPORT = 8  # per-code thresholds only for codes with this many training positives
# Patterns as committed before the 246 "additional dev narratives" were written (commit
# 1396455 added them and retuned the patterns on them): an engine that has never seen them.
FROZEN_COMMIT = "0bb104f"
_MARKER = re.compile(r"^- id:\s*(\S+)\s*#\s*(.+)$", re.MULTILINE)

Matrix = np.ndarray  # (items, codes), bool or float


# ----------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Item:
    id: str
    source: str
    lang: str
    text: str
    codes: frozenset[str]
    urgent: bool
    markers: frozenset[str]

    @property
    def negative(self) -> bool:
        return not self.codes and not self.urgent


def load_items() -> list[Item]:
    items: list[Item] = []
    for source, path in SETS.items():
        raw = path.read_text("utf-8")
        markers = {m.group(1): frozenset(m.group(2).split()) for m in _MARKER.finditer(raw)}
        for entry in yaml.safe_load(raw):
            items.append(
                Item(
                    id=entry["id"],
                    source=source,
                    lang=entry["lang"],
                    text=entry["text"],
                    codes=frozenset(entry["codes"] or ()),
                    urgent=bool(entry.get("urgent")),
                    markers=markers.get(entry["id"], frozenset()),
                )
            )
    return items


def label_matrix(sets: list[frozenset[str]], codes: list[str]) -> Matrix:
    return np.array([[c in s for c in codes] for s in sets], dtype=bool)


# ----------------------------------------------------------------------------- engine


def _git_show(commit: str, path: Path) -> str:
    rel = path.relative_to(ROOT).as_posix()
    return subprocess.run(
        ["git", "show", f"{commit}:{rel}"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def frozen_engine(commit: str = FROZEN_COMMIT) -> RedFlagEngine:
    """Today's engine code with the pattern files of `commit` (read from git, never written to
    the checkout). That commit's English cue `no` was parsed by YAML as False; it is restored
    as the text "no" (a loader bug, fixed since, not tuning)."""
    taxonomy = Taxonomy.load()
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            data = yaml.safe_load(_git_show(commit, PATTERNS_DIR / f"{lang}.yml"))
            cues = data.get("negation", {}).get("cues") or []
            data["negation"]["cues"] = [
                c if isinstance(c, str) else ("no" if c is False else "yes") for c in cues
            ]
            (Path(tmp) / f"{lang}.yml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
        return RedFlagEngine(taxonomy, load_all(taxonomy.codes(), Path(tmp)))


def seen_by_frozen_engine(commit: str = FROZEN_COMMIT) -> set[str]:
    """Ids of the dev narratives that existed at `commit` (the engine was tuned on them)."""
    return {entry["id"] for entry in yaml.safe_load(_git_show(commit, OLD_DEV))}


def negated_codes(engine: RedFlagEngine, text: str) -> frozenset[str]:
    """Codes the engine's patterns match in this text, but only in negated positions."""
    norm = normalize_clauses(text)
    found: set[str] = set()
    for lang in engine.languages.values():
        for code, patterns in lang.codes.items():
            starts = [m.start() for p in patterns for m in p.finditer(norm.text)]
            if starts and all(_negated(norm, s, lang.negation_cues, lang.window) for s in starts):
                found.add(code)
    return frozenset(found) - engine.detect(text).codes


def has_negation_cue(engine: RedFlagEngine, text: str) -> bool:
    padded = f" {normalize(text)} "
    return any(f" {cue} " in padded for lang in engine.languages.values() for cue in lang.negation_cues)


# ----------------------------------------------------------------------------- groups


def near_duplicate_groups(items: list[Item], texts: list[str]) -> np.ndarray:
    """Union-find over same-language pairs whose char 3-5-gram cosine is >= GROUP_COSINE."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit_transform(texts)
    sims = cosine_similarity(vectors)
    langs = np.array([it.lang for it in items])
    for i, j in zip(*np.nonzero(np.triu(sims >= GROUP_COSINE, k=1)), strict=True):
        if langs[i] == langs[j]:
            parent[find(i)] = find(j)
    return np.array([find(i) for i in range(len(items))])


def strata(items: list[Item]) -> np.ndarray:
    return np.array([f"{it.lang}-{bool(it.codes)}" for it in items])


def grouped_folds(
    idx: np.ndarray, items: list[Item], groups: np.ndarray, n_splits: int, seed: int
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    sub = [items[i] for i in idx]
    for train, test in splitter.split(idx, strata(sub), groups[idx]):
        yield idx[train], idx[test]


# ----------------------------------------------------------------------------- classifier


def make_model(kind: str) -> Pipeline:
    features = FeatureUnion(
        [
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
            (
                "word",
                TfidfVectorizer(
                    analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"
                ),
            ),
        ]
    )
    if kind == "svm":
        base = LinearSVC(C=0.5, class_weight="balanced")
    else:
        base = LogisticRegression(C=10.0, class_weight="balanced", solver="liblinear", max_iter=2000)
    return Pipeline([("features", features), ("clf", OneVsRestClassifier(base))])


def scores(model: Pipeline, texts: list[str]) -> Matrix:
    """Per-code scores in (0, 1); an SVM margin goes through a logistic so one grid fits both."""
    clf = model.named_steps["clf"]
    if hasattr(clf.estimators_[0], "predict_proba"):
        return model.predict_proba(texts)
    return 1.0 / (1.0 + np.exp(-2.0 * model.decision_function(texts)))


def fit_scores(kind: str, texts: list[str], y: Matrix, train: np.ndarray, test: np.ndarray) -> Matrix:
    """Scores for `test` from a model fitted on `train`; a code absent from `train` scores 0."""
    present = y[train].any(axis=0) & ~y[train].all(axis=0)
    out = np.zeros((len(test), y.shape[1]))
    model = make_model(kind).fit([texts[i] for i in train], y[train][:, present])
    out[:, present] = scores(model, [texts[i] for i in test])
    return out


# ----------------------------------------------------------------------------- metrics


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    negatives: int = 0
    false_alarms: int = 0

    def add(self, gold: Matrix, pred: Matrix, negative: np.ndarray) -> None:
        self.tp += int((gold & pred).sum())
        self.fp += int((~gold & pred).sum())
        self.fn += int((gold & ~pred).sum())
        self.negatives += int(negative.sum())
        self.false_alarms += int((pred.any(axis=1) & negative).sum())

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def fa_rate(self) -> float:
        return self.false_alarms / self.negatives if self.negatives else 0.0


def micro_f1(gold: Matrix, pred: Matrix) -> float:
    c = Counts()
    c.add(gold, pred, np.zeros(len(gold), dtype=bool))
    return c.prf()[2]


def precision(gold: Matrix, pred: Matrix) -> float:
    tp, fp = int((gold & pred).sum()), int((~gold & pred).sum())
    return tp / (tp + fp) if tp + fp else 1.0


# ----------------------------------------------------------------------------- thresholds


@dataclass(frozen=True)
class Thresholds:
    clf: float  # best micro-F1 of the classifier alone
    union: float  # best micro-F1 of engine OR classifier
    high: float  # lowest t where the classifier alone reaches HIGH_PRECISION
    per_code: np.ndarray  # per-code best F1 of the classifier alone
    per_code_union: np.ndarray  # per-code best F1 of engine OR classifier


def _best(candidates: np.ndarray, objective: Callable[[float], float]) -> float:
    values = [objective(t) for t in candidates]
    best = max(values)
    return float(candidates[values.index(best)])  # lowest t among ties


def _f1_at(gold: Matrix, s: Matrix, base: Matrix) -> Callable[[float], float]:
    return lambda t: micro_f1(gold, base | (s >= t))


def _per_code(gold: Matrix, s: Matrix, base: Matrix, fallback: float) -> np.ndarray:
    out = np.full(gold.shape[1], fallback)
    for c in range(gold.shape[1]):
        if gold[:, c].sum() >= MIN_CODE_SUPPORT:
            out[c] = _best(GRID, _f1_at(gold[:, [c]], s[:, [c]], base[:, [c]]))
    return out


def tune(gold: Matrix, s: Matrix, engine: Matrix) -> Thresholds:
    """Thresholds from out-of-fold scores `s` of training items only."""
    none = np.zeros_like(gold)
    t_clf = _best(GRID, lambda t: micro_f1(gold, s >= t))
    t_union = _best(GRID, lambda t: micro_f1(gold, engine | (s >= t)))
    reaching = [t for t in GRID if precision(gold, s >= t) >= HIGH_PRECISION]
    t_high = float(min(reaching)) if reaching else float(GRID[-1])
    return Thresholds(
        clf=t_clf,
        union=t_union,
        high=t_high,
        per_code=_per_code(gold, s, none, t_clf),
        per_code_union=_per_code(gold, s, engine, t_union),
    )


# ----------------------------------------------------------------------------- variants


@dataclass(frozen=True)
class Context:
    engine: Matrix  # engine codes
    negated: Matrix  # codes the engine saw only negated
    cue: np.ndarray  # message has any negation cue


VARIANTS: dict[str, Callable[[Matrix, Thresholds, Context], Matrix]] = {
    "engine alone": lambda s, t, x: x.engine,
    "clf alone (global t)": lambda s, t, x: s >= t.clf,
    "clf alone (per-code t)": lambda s, t, x: s >= t.per_code,
    "clf vetoed by engine negation": lambda s, t, x: (s >= t.clf) & ~x.negated,
    "clf alone @high": lambda s, t, x: s >= t.high,
    "engine OR clf (t tuned for union)": lambda s, t, x: x.engine | (s >= t.union),
    "engine OR clf (per-code t, union)": lambda s, t, x: x.engine | (s >= t.per_code_union),
    "engine OR clf@high": lambda s, t, x: x.engine | (s >= t.high),
    "engine OR clf@high, neg-vetoed": lambda s, t, x: x.engine | ((s >= t.high) & ~x.negated),
    "engine OR clf@high, cue-vetoed": lambda s, t, x: x.engine | ((s >= t.high) & ~x.cue[:, None]),
    "engine OR clf (clf t), neg-vetoed": lambda s, t, x: x.engine | ((s >= t.clf) & ~x.negated),
}


@dataclass
class Experiment:
    items: list[Item]
    texts: list[str]
    codes: list[str]
    gold: Matrix
    context: Context
    groups: np.ndarray
    kind: str

    def sub(self, idx: np.ndarray) -> Context:
        return Context(self.context.engine[idx], self.context.negated[idx], self.context.cue[idx])

    def inner_scores(self, train: np.ndarray, seed: int) -> Matrix:
        out = np.zeros((len(train), len(self.codes)))
        position = {i: k for k, i in enumerate(train)}
        for inner_train, inner_test in grouped_folds(train, self.items, self.groups, 4, seed):
            rows = [position[i] for i in inner_test]
            out[rows] = fit_scores(self.kind, self.texts, self.gold, inner_train, inner_test)
        return out

    def thresholds(self, train: np.ndarray, seed: int) -> Thresholds:
        s = self.inner_scores(train, seed)
        return tune(self.gold[train], s, self.context.engine[train])

    def evaluate(
        self, train: np.ndarray, test: np.ndarray, seed: int
    ) -> tuple[dict[str, Matrix], Thresholds]:
        t = self.thresholds(train, seed)
        s = fit_scores(self.kind, self.texts, self.gold, train, test)
        ctx = self.sub(test)
        return {name: variant(s, t, ctx) for name, variant in VARIANTS.items()}, t


def engine_context(engine: RedFlagEngine, items: list[Item], codes: list[str]) -> Context:
    return Context(
        engine=label_matrix([engine.detect(it.text).codes for it in items], codes),
        negated=label_matrix([negated_codes(engine, it.text) for it in items], codes),
        cue=np.array([has_negation_cue(engine, it.text) for it in items]),
    )


def build(kind: str) -> Experiment:
    items = load_items()
    engine = RedFlagEngine.load()
    codes = sorted(engine.taxonomy.codes())
    texts = [normalize(it.text) for it in items]
    gold = label_matrix([it.codes for it in items], codes)
    groups = near_duplicate_groups(items, texts)
    return Experiment(items, texts, codes, gold, engine_context(engine, items, codes), groups, kind)


# ----------------------------------------------------------------------------- reports

Table = dict[str, dict[str, Counts]]  # variant -> lang ("all" too) -> counts


def accumulate(table: Table, exp: Experiment, test: np.ndarray, preds: dict[str, Matrix]) -> None:
    langs = np.array([exp.items[i].lang for i in test])
    negative = np.array([exp.items[i].negative for i in test])
    for name, pred in preds.items():
        for lang in (*LANGS, "all"):
            mask = langs == lang if lang != "all" else np.ones(len(test), dtype=bool)
            table.setdefault(name, {}).setdefault(lang, Counts()).add(
                exp.gold[test][mask], pred[mask], negative[mask]
            )


def print_table(title: str, table: Table, f1_sd: dict[str, dict[str, float]] | None = None) -> None:
    print(f"\n## {title}\n")
    print("| variant | lang | P | R | micro-F1 | false alarms |")
    print("|---|---|---:|---:|---:|---:|")
    for name, per_lang in table.items():
        for lang in (*LANGS, "all"):
            c = per_lang[lang]
            p, r, f = c.prf()
            sd = f" ±{f1_sd[name][lang]:.3f}" if f1_sd else ""
            print(
                f"| {name} | {lang} | {p:.3f} | {r:.3f} | {f:.3f}{sd} | "
                f"{c.fa_rate():.1%} ({c.false_alarms}/{c.negatives}) |"
            )


def cross_validation(exp: Experiment, repeats: int, folds: int) -> None:
    pooled: Table = {}
    per_repeat: list[Table] = []
    thresholds: list[Thresholds] = []
    per_code: dict[str, Counts] = {}
    everything = np.arange(len(exp.items))
    for seed in range(repeats):
        table: Table = {}
        for train, test in grouped_folds(everything, exp.items, exp.groups, folds, seed):
            preds, chosen = exp.evaluate(train, test, seed)
            thresholds.append(chosen)
            accumulate(pooled, exp, test, preds)
            accumulate(table, exp, test, preds)
            accumulate_per_code(per_code, exp, test, preds["clf alone (global t)"], preds["engine alone"])
        per_repeat.append(table)
    sd = {
        name: {lang: float(np.std([t[name][lang].prf()[2] for t in per_repeat])) for lang in (*LANGS, "all")}
        for name in pooled
    }
    print_table(
        f"{folds}-fold grouped CV x {repeats} repeats, model={exp.kind} "
        f"(counts pooled over repeats; ± = sd of micro-F1 across repeats)",
        pooled,
        sd,
    )
    print_thresholds(thresholds)
    print_per_code(per_code, exp)


def accumulate_per_code(
    table: dict[str, Counts], exp: Experiment, test: np.ndarray, clf: Matrix, eng: Matrix
) -> None:
    gold = exp.gold[test]
    for c, code in enumerate(exp.codes):
        for tag, pred in (("clf", clf), ("engine", eng)):
            table.setdefault(f"{code}|{tag}", Counts()).add(
                gold[:, [c]], pred[:, [c]], np.zeros(len(test), dtype=bool)
            )


def print_thresholds(ts: list[Thresholds]) -> None:
    def span(values: list[float]) -> str:
        return f"median {np.median(values):.3f} (range {min(values):.3f}-{max(values):.3f})"

    print("\nThresholds chosen inside the training folds:")
    print(f"  clf alone (global): {span([t.clf for t in ts])}")
    print(f"  union-tuned:        {span([t.union for t in ts])}")
    print(f"  high (P>={HIGH_PRECISION}):     {span([t.high for t in ts])}")


def print_per_code(table: dict[str, Counts], exp: Experiment) -> None:
    support = exp.gold.sum(axis=0)
    print("\n### Per code (CV, pooled): classifier alone (global t) vs engine\n")
    print("| code | items (all langs) | clf P | clf R | clf F1 | engine F1 |")
    print("|---|---:|---:|---:|---:|---:|")
    for c, code in sorted(enumerate(exp.codes), key=lambda x: -support[x[0]]):
        p, r, f = table[f"{code}|clf"].prf()
        fe = table[f"{code}|engine"].prf()[2]
        print(f"| {code} | {support[c]} | {p:.2f} | {r:.2f} | {f:.2f} | {fe:.2f} |")


def cross_set(exp: Experiment) -> None:
    train = np.array([i for i, it in enumerate(exp.items) if it.source == "dev"])
    test = np.array([i for i, it in enumerate(exp.items) if it.source == "test"])
    table: Table = {}
    preds, _ = exp.evaluate(train, test, seed=0)
    accumulate(table, exp, test, preds)
    print_table(
        f"Cross-set: train on dev_narratives.yml ({len(train)}), test on narratives.yml ({len(test)})", table
    )
    negated = np.array([("negated" in exp.items[i].markers) for i in test])
    print(
        f"\nnarratives.yml items marked 'negated' ({int(negated.sum())}): "
        "items with any WRONG code per variant"
    )
    for name, pred in preds.items():
        wrong = (pred & ~exp.gold[test]).any(axis=1) & negated
        print(f"  {name:38} {int(wrong.sum())}")


def per_item_counts(gold: Matrix, pred: Matrix) -> np.ndarray:
    """(items, 3): tp, fp, fn per item, for the paired bootstrap."""
    return np.stack([(gold & pred).sum(1), (~gold & pred).sum(1), (gold & ~pred).sum(1)], axis=1)


def f1_of(counts: np.ndarray) -> float:
    tp, fp, fn = counts.sum(axis=0)
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def bootstrap_delta(
    gold: Matrix, base: Matrix, other: Matrix, rounds: int = 2000
) -> tuple[float, float, float]:
    """micro-F1(other) - micro-F1(base), with a paired 95 % bootstrap interval over items."""
    a, b = per_item_counts(gold, base), per_item_counts(gold, other)
    rng = np.random.default_rng(0)
    deltas = []
    for _ in range(rounds):
        pick = rng.integers(0, len(gold), len(gold))
        deltas.append(f1_of(b[pick]) - f1_of(a[pick]))
    low, high = np.percentile(deltas, [2.5, 97.5])
    return f1_of(b) - f1_of(a), float(low), float(high)


def historical_holdout(exp: Experiment) -> None:
    """The honest engine-vs-combination comparison: engine frozen before the holdout existed."""
    seen = seen_by_frozen_engine()
    frozen = dataclasses.replace(exp, context=engine_context(frozen_engine(), exp.items, exp.codes))
    holdout = np.array([i for i, it in enumerate(exp.items) if it.source == "dev" and it.id not in seen])
    train = np.array([i for i, it in enumerate(exp.items) if not (it.source == "dev" and it.id not in seen)])
    preds, t = frozen.evaluate(train, holdout, seed=0)
    preds["engine alone (TODAY's patterns, tuned on these: inflated)"] = exp.context.engine[holdout]
    table: Table = {}
    accumulate(table, frozen, holdout, preds)
    print_table(
        f"Historical hold-out: engine = patterns of {FROZEN_COMMIT} (never saw these items); classifier "
        f"trained on the {len(train)} items that engine was tuned on; test = the {len(holdout)} dev items "
        f"added later (t_clf={t.clf:.3f}, t_union={t.union:.3f}, t_high={t.high:.3f})",
        table,
    )
    print("\nPaired bootstrap, micro-F1 delta vs frozen engine alone (95 % interval):")
    langs = np.array([exp.items[i].lang for i in holdout])
    gold = exp.gold[holdout]
    for name, pred in preds.items():
        if name.startswith("engine alone"):
            continue
        cells = []
        for lang in (*LANGS, "all"):
            mask = langs == lang if lang != "all" else np.ones(len(holdout), dtype=bool)
            d, lo, hi = bootstrap_delta(gold[mask], preds["engine alone"][mask], pred[mask])
            cells.append(f"{lang} {d:+.3f} [{lo:+.3f},{hi:+.3f}]")
        print(f"  {name:38} " + "  ".join(cells))


# ----------------------------------------------------------------------------- probes

PROBES: dict[str, list[str]] = {
    "negated": [
        "they did not take my passport, I keep it with me",
        "my boss never hit me, he is respectful",
        "I was not asked to pay any fee for the job",
        "we are free to go out on our day off, nobody locks the door",
        "I have not been threatened, I just want to change job",
        "my salary is paid on time every month, no problem",
        "ils ne m'ont pas pris mon passeport, je l'ai avec moi",
        "mon patron ne me frappe pas, il est correct",
        "on ne m'a demandé aucun frais pour le travail",
        "je peux sortir quand je veux, personne ne m'enferme",
        "mon salaire est payé chaque mois sans retard",
        "لم يأخذوا جواز سفري، هو معي",
        "الكفيل لا يضربني وهو محترم",
        "لم يطلبوا مني أي رسوم مقابل العمل",
        "أستطيع الخروج متى أريد، لا أحد يقفل الباب",
        "راتبي يصلني كل شهر في وقته",
    ],
    "benign": [
        "how do I renew my passport at the embassy?",
        "what is the minimum wage for domestic workers in Qatar?",
        "I want to send money to my family, which app is cheapest?",
        "can I change employer after two years?",
        "comment renouveler mon passeport au consulat ?",
        "quel est le salaire minimum en France pour un cuisinier ?",
        "je cherche un cours de français gratuit",
        "كيف أجدد جواز السفر في السفارة؟",
        "ما هو الحد الأدنى للأجور للعمال في الإمارات؟",
        "أريد أن أتعلم اللغة الإنجليزية",
    ],
}


def probes(exp: Experiment) -> None:
    everything = np.arange(len(exp.items))
    t = exp.thresholds(everything, seed=0)
    model = make_model(exp.kind).fit(exp.texts, exp.gold)
    engine = RedFlagEngine.load()
    print(
        f"\n## Probes (model trained on all {len(exp.items)} items; t_clf={t.clf:.3f}, t_high={t.high:.3f})\n"
    )
    for kind, texts in PROBES.items():
        s = scores(model, [normalize(x) for x in texts])
        fired: dict[str, int] = {
            "engine": 0,
            "clf": 0,
            "clf@high": 0,
            "clf@high neg-vetoed": 0,
            "clf@high cue-vetoed": 0,
        }
        for text, row in zip(texts, s, strict=True):
            neg = label_matrix([negated_codes(engine, text)], exp.codes)[0]
            cue = has_negation_cue(engine, text)
            found = {
                "engine": sorted(engine.detect(text).codes),
                "clf": [exp.codes[c] for c in np.nonzero(row >= t.clf)[0]],
                "clf@high": [exp.codes[c] for c in np.nonzero(row >= t.high)[0]],
                "clf@high neg-vetoed": [exp.codes[c] for c in np.nonzero((row >= t.high) & ~neg)[0]],
                "clf@high cue-vetoed": [] if cue else [exp.codes[c] for c in np.nonzero(row >= t.high)[0]],
            }
            for name, codes in found.items():
                fired[name] += bool(codes)
            top = exp.codes[int(row.argmax())]
            shown = " ".join(f"{k}={v}" for k, v in found.items() if v)
            print(f"  [{kind}] top={top}:{row.max():.2f} {shown} | {text}")
        summary = ", ".join(f"{k} {v}/{len(texts)}" for k, v in fired.items())
        print(f"  => {kind} messages that fired: {summary}\n")


# ----------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", choices=("lr", "svm"), default="lr")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--skip", nargs="*", default=(), choices=("cv", "cross-set", "holdout", "probes"))
    args = parser.parse_args()
    exp = build(args.model)
    n_groups = len(set(exp.groups.tolist()))
    print(
        f"{len(exp.items)} items, {len(exp.codes)} codes, "
        f"{n_groups} near-duplicate groups (cosine >= {GROUP_COSINE})"
    )
    if "cv" not in args.skip:
        cross_validation(exp, args.repeats, args.folds)
    if "cross-set" not in args.skip:
        cross_set(exp)
    if "holdout" not in args.skip:
        historical_holdout(exp)
    if "probes" not in args.skip:
        probes(exp)


if __name__ == "__main__":
    main()
