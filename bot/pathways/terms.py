"""What a question about legal pathways names: a kind of route, a fact, a purpose, an occupation.

The words are data (data/knowledge/pathway_terms.yml), matched on whole words of normalised
text, the longest phrase first, in every language at once (people mix languages); Arabic
phrases also match with an attached و ف ب ل ك ("للبطاقة الزرقاء").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.countries import with_proclitics
from bot.errors import KnowledgeError
from bot.keywords import normalize
from bot.settings import PROJECT_ROOT

TERMS_FILE = PROJECT_ROOT / "data" / "knowledge" / "pathway_terms.yml"
GROUPS = ("routes", "facts", "purposes", "occupations")


@dataclass(frozen=True)
class Named:
    route: str | None = None  # route-id suffix: blue_card, seasonal...
    fact: str | None = None  # fact key: min_salary, family...
    purpose: str | None = None  # work, study, seasonal, family
    occupation: str | None = None  # a code of bot.pathways.knowledge.OCCUPATIONS: agriculture, health...


@dataclass(frozen=True)
class PathwayTerms:
    tables: Mapping[str, Mapping[str, str]]  # group -> normalised phrase -> name

    @classmethod
    def load(cls, path: Path = TERMS_FILE) -> PathwayTerms:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise KnowledgeError(f"cannot read {path}: {exc}") from exc
        if not isinstance(data, dict) or set(data) != set(GROUPS):
            raise KnowledgeError(f"{path.name}: needs exactly {GROUPS}")
        tables: dict[str, dict[str, str]] = {}
        for group in GROUPS:
            table: dict[str, str] = {}
            for name, by_language in (data[group] or {}).items():
                for words in (by_language or {}).values():
                    for word in words or []:
                        for phrase in with_proclitics(normalize(str(word))):  # للبطاقة, بالعمل
                            if table.setdefault(phrase, name) != name:
                                raise KnowledgeError(f"{path.name}: '{word}' names two {group}")
            tables[group] = table
        return cls(tables)

    def first(self, group: str, text: str) -> str | None:
        """The name of the longest phrase of `group` in the text (earliest on a tie)."""
        words = normalize(text).split()
        table = self.tables[group]
        longest = max((len(p.split()) for p in table), default=0)
        best: tuple[int, int, str] | None = None
        for start in range(len(words)):
            for size in range(min(longest, len(words) - start), 0, -1):
                name = table.get(" ".join(words[start : start + size]))
                if name is not None:
                    if best is None or (size, -start) > (best[0], -best[1]):
                        best = (size, start, name)
                    break
        return best[2] if best else None

    def read(self, text: str) -> Named:
        return Named(
            self.first("routes", text),
            self.first("facts", text),
            self.first("purposes", text),
            self.first("occupations", text),
        )


@lru_cache(maxsize=1)
def default_terms() -> PathwayTerms:
    return PathwayTerms.load()
