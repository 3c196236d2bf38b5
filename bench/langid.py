"""Compare offline language-identification libraries on short, SMS-style messages.

Data: the held-out NLU sets tests/nlu/<lang>.yml (written apart from the training data),
labelled by file. Every candidate is restricted to the supported languages where the library
allows it. Prints accuracy on all messages and on short ones (<= 3 words), abstentions, and
microseconds per message. Run: ./saferoute python -m bench.langid
"""

from __future__ import annotations

import time
from collections.abc import Callable

from bench.nludata import heldout
from bot.language import ARABIC_SHARE, arabic_share

LANGS = ("en", "fr", "ar")


def load_messages() -> list[tuple[str, str]]:
    """(text, language) for every held-out message."""
    return [(text, lang) for lang, rows in heldout().items() if lang in LANGS for text, _ in rows]


def make_candidates() -> dict[str, Callable[[str], str | None]]:
    import langdetect
    import langid.langid as langid_mod
    import py3langid.langid as py3_mod
    from lingua import Language, LanguageDetectorBuilder

    lid = langid_mod.LanguageIdentifier.from_modelstring(langid_mod.model, norm_probs=True)
    lid.set_languages(list(LANGS))
    py3 = py3_mod.LanguageIdentifier.from_pickled_model(py3_mod.MODEL_FILE, norm_probs=True)
    py3.set_languages(list(LANGS))
    langdetect.DetectorFactory.seed = 0
    lingua_det = LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.FRENCH, Language.ARABIC
    ).build()
    codes = {Language.ENGLISH: "en", Language.FRENCH: "fr", Language.ARABIC: "ar"}

    def ld(text: str) -> str | None:
        try:
            for guess in langdetect.detect_langs(text):
                if guess.lang in LANGS:
                    return guess.lang
        except langdetect.LangDetectException:
            return None
        return None

    def lg(text: str) -> str | None:
        found = lingua_det.detect_language_of(text)
        return codes.get(found) if found else None

    return {
        "langid (en/fr/ar)": lambda t: lid.classify(t)[0],
        "py3langid (en/fr/ar)": lambda t: py3.classify(t)[0],
        "langdetect": ld,
        "lingua (en/fr/ar)": lg,
    }


def with_script_rule(fn: Callable[[str], str | None]) -> Callable[[str], str | None]:
    def wrapped(text: str) -> str | None:
        if arabic_share(text) >= ARABIC_SHARE:
            return "ar"
        return fn(text)

    return wrapped


def main() -> None:
    rows = load_messages()
    short = [(t, lang) for t, lang in rows if len(t.split()) <= 3]
    cands = make_candidates()
    from bot.language import LanguageDetector

    det = LanguageDetector()
    table = {f"{k} + Arabic-script rule": with_script_rule(v) for k, v in cands.items()}
    table.update(cands)
    table["bot.language.LanguageDetector (no abstain)"] = lambda t: det.guess(t)[0]

    print(f"{len(rows)} messages ({len(short)} of <= 3 words) from tests/nlu/*.yml\n")
    print(f"{'candidate':48} {'all':>7} {'short':>7} {'en':>6} {'fr':>6} {'ar':>6} {'us/msg':>8}")
    for name, fn in table.items():
        t0 = time.perf_counter()
        preds = [fn(t) for t, _ in rows]
        per = (time.perf_counter() - t0) / len(rows) * 1e6
        acc = sum(p == g for p, (_, g) in zip(preds, rows, strict=True)) / len(rows)
        sacc = sum(fn(t) == g for t, g in short) / max(1, len(short))
        by = {
            lang: sum(p == g for p, (_, g) in zip(preds, rows, strict=True) if g == lang)
            / sum(1 for _, g in rows if g == lang)
            for lang in LANGS
        }
        print(f"{name:48} {acc:7.1%} {sacc:7.1%} {by['en']:6.1%} {by['fr']:6.1%} {by['ar']:6.1%} {per:8.0f}")
    # what the assistant actually does: abstain when unsure (keeps the current language)
    decided = [(det.detect(t), g) for t, g in rows]
    made = [(p, g) for p, g in decided if p is not None]
    wrong = sum(p != g for p, g in made)
    print(
        f"\nLanguageDetector.detect (abstains when unsure): decided {len(made)}/{len(rows)}"
        f" ({len(made) / len(rows):.1%}), wrong when decided {wrong} "
        f"({wrong / max(1, len(made)):.1%})"
    )


if __name__ == "__main__":
    main()
