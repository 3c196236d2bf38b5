"""Expand the fragments and write fr.yml / ar.yml (single-quoted YAML strings)."""
import importlib
import re
import sys

OUT = str(__import__("pathlib").Path(__file__).resolve().parents[2] / "data" / "knowledge" / "red_flags" / "patterns")

HEAD = {
    "fr": """# French warning-sign patterns (SafeRoute red-flag engine).
# Matched against bot.keywords.normalize(text): lower case, no accents, punctuation -> spaces
# ("j'ai" -> "j ai", "m'a" -> "m a"); SMS spellings ("jai", "ma pris", "pa", "passepor", "ki") are
# written into the patterns. Negation: a match is ignored when a cue stands within `window` words
# before it. French puts "pas" AFTER a simple-tense verb ("il ne me paie pas"), so patterns never let a
# gap swallow a negation word, and single verbs carry a look-ahead that refuses a following "pas".
# Meanings that need a negation ("je suis pas paye", "pas de contrat") start AT the negation word.
# "ne"/"n" are not cues: they come with pas/jamais/rien, and "ne ... que" means "only".
# Window 2: a French negator sits right before the participle or the pattern's object pronoun
# ("il ne m'a pas frappe", "personne ne m'a menace"); a wider window would let the "pas" of a
# previous complaint cancel the next one ("il me paie pas et il me frappe").
# A child's age fires only with work, marriage, travel or abuse nearby ("j'ai 15 ans et on veut me
# marier"; not "j'ai 17 ans, visa etudiant ?"); "le visa coute combien" and "il faut payer 80 euros pour le visa" are not
# fees, a recruiter's demand is.
""",
    "ar": """# Arabic warning-sign patterns (SafeRoute red-flag engine): MSA + Darija, Egyptian, Levantine, Gulf.
# Matched against bot.keywords.normalize(text): no diacritics, no tatweel, أ/إ/آ -> ا, ة -> ه, ى -> ي,
# punctuation -> spaces. Clitics (و ف ب ل ال) and pronoun suffixes are written into the patterns, so
# first and third person both match (جوازي / جوازها, ضربني / ضربها).
# Negation: a match is ignored when a cue stands within `window` (3) words before it. ما / لا / مش are
# cues AND the core of many warning signs ("ما خلصوني", "ما نقدرش نخرج", "بلا عقد"): those patterns
# START at the negation (split "ما خلصوني" or joined "ماخلصونيش"), optionally after an interjection
# "لا" ("لا، ما خلصونيش"), so only the words before them are checked. Gaps inside patterns never
# swallow a negation word. Two openings keep a previous clause's negation from cancelling a sign:
# "بعد ما / اول ما / كل ما" (after / as soon as / whenever) are taken into the match, and when a
# negation stands at most 2 words before a clause opened by و ("ما خلصونيش وضربني",
# "ما خلصوني والكفيل اخذ جوازي") the match starts at that negation.
# Bare "فيزا سياحه" (a price question) is not a sign; it fires with work, a recruiter providing
# it, or travel on it. A child's age fires only with work, marriage, travel or abuse nearby ("عمري 15
# سنه وبغاو يزوجوني"; not "عمري 17 سنه، فيزا دراسه؟"). "ما" after قد / اد / مهما is not a negation.
""",
}


def q(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def build(lang: str) -> str:
    try:
        mod = importlib.import_module(f"patch_{lang}")
    except ModuleNotFoundError:
        mod = importlib.import_module(f"gen_{lang}")
    x = mod.x
    lines = [HEAD[lang].rstrip("\n"), f"language: {lang}", "negation:"]
    cues = ", ".join(q(c) for c in mod.NEGATION["cues"])
    lines.append(f"  cues: [{cues}]")
    lines.append(f"  window: {mod.NEGATION['window']}")
    for section, table in (("codes", mod.CODES), ("urgent", mod.URGENT)):
        lines.append(f"{section}:")
        for code, pats in table.items():
            lines.append(f"  {code}:")
            for comment, pat in pats:
                lines.append(f"    # {comment}")
                lines.append(f"    - {q(x(pat))}")
    if getattr(mod, "MINORS", None):  # written as is: no fragments
        lines += ["", *(f"# {c}" for c in mod.MINORS_COMMENT), "minors:"]
        lines += [f"  - {q(pat)}" for _, pat in mod.MINORS]
    if getattr(mod, "GENERAL_ASKING", None):  # written as is: no fragments
        lines += ["", *(f"# {c}" for c in mod.GENERAL_COMMENT), "general_questions:", "  asking:"]
        lines += [f"    - {q(pat)}" for pat in mod.GENERAL_ASKING]
        lines += ["  own_case:", *(f"    - {q(pat)}" for pat in mod.GENERAL_OWN)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
    for lang in sys.argv[1:] or ["fr", "ar"]:
        text = build(lang)
        with open(f"{OUT}/{lang}.yml", "w", encoding="utf-8") as fh:
            fh.write(text)
        print(lang, len(text), "chars")
