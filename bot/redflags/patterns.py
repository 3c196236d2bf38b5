"""Per-language warning-sign patterns (data/knowledge/red_flags/patterns/<lang>.yml)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.errors import SafeRouteError
from bot.settings import PROJECT_ROOT

PATTERNS_DIR = PROJECT_ROOT / "data" / "knowledge" / "red_flags" / "patterns"
URGENT_KINDS = ("locked_in_now", "violence_now", "threat_to_life", "child_at_risk")


class PatternError(SafeRouteError):
    """A pattern file is malformed, names an unknown code or has a bad expression."""


@dataclass(frozen=True)
class LanguagePatterns:
    language: str
    negation_cues: tuple[str, ...]
    window: int
    codes: Mapping[str, tuple[re.Pattern[str], ...]]
    urgent: Mapping[str, tuple[re.Pattern[str], ...]]
    # a child or someone under 18 named in the message ("my daughter", "j'ai 15 ans", "قاصر"):
    # danger that only the urgency model reads is then danger to a child (child helpline)
    minors: tuple[re.Pattern[str], ...] = ()
    # a general or hypothetical question ("is it legal for an employer to keep the passport?"),
    # unless the message also speaks of the writer's or a known person's own case ("my", "we")
    asking: tuple[re.Pattern[str], ...] = ()
    own_case: tuple[re.Pattern[str], ...] = ()


def _compile(path: Path, name: str, raw: object) -> tuple[re.Pattern[str], ...]:
    if not isinstance(raw, list) or not raw:
        raise PatternError(f"{path.name}: '{name}' needs a non-empty list of patterns")
    try:
        return tuple(re.compile(str(p)) for p in raw)
    except re.error as exc:
        raise PatternError(f"{path.name}: '{name}': {exc}") from exc


def load_language(path: Path, known_codes: set[str]) -> LanguagePatterns:
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    if data.get("language") != path.stem:
        raise PatternError(f"{path.name}: language must be '{path.stem}'")
    codes = data.get("codes") or {}
    unknown = set(codes) - known_codes
    if unknown:
        raise PatternError(f"{path.name}: unknown codes {sorted(unknown)}")
    urgent = data.get("urgent") or {}
    if set(urgent) - set(URGENT_KINDS):
        raise PatternError(f"{path.name}: urgent kinds are {URGENT_KINDS}")
    minors = _compile(path, "minors", data["minors"]) if "minors" in data else ()
    general = data.get("general_questions") or {}
    if general and set(general) != {"asking", "own_case"}:
        raise PatternError(f"{path.name}: general_questions needs 'asking' and 'own_case'")
    asking = _compile(path, "asking", general["asking"]) if general else ()
    own_case = _compile(path, "own_case", general["own_case"]) if general else ()
    negation = data.get("negation") or {}
    cues = negation.get("cues") or []
    not_text = [c for c in cues if not isinstance(c, str)]
    if not_text:  # YAML reads a bare no / off / yes as a boolean: quote the cue
        raise PatternError(f"{path.name}: negation cues must be quoted text, got {not_text}")
    return LanguagePatterns(
        language=path.stem,
        negation_cues=tuple(cues),
        window=int(negation.get("window", 3)),
        codes={code: _compile(path, code, raw) for code, raw in codes.items()},
        urgent={kind: _compile(path, kind, raw) for kind, raw in urgent.items()},
        minors=minors,
        asking=asking,
        own_case=own_case,
    )


def load_all(known_codes: set[str], directory: Path = PATTERNS_DIR) -> dict[str, LanguagePatterns]:
    return {p.stem: load_language(p, known_codes) for p in sorted(directory.glob("*.yml"))}
