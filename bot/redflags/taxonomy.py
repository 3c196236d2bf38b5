"""The warning-sign codes and risk levels of data/knowledge/red_flags/taxonomy.yml.

The file is a copy of ../shared/spec/red_flags.yml, the observable contract; a test keeps
the two in step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.settings import PROJECT_ROOT

TAXONOMY_FILE = PROJECT_ROOT / "data" / "knowledge" / "red_flags" / "taxonomy.yml"
EXPLOITATION = "exploitation"
RECRUITMENT = "recruitment"


@dataclass(frozen=True)
class Sign:
    code: str
    group: str  # EXPLOITATION or RECRUITMENT
    dimension: str | None  # involuntary, coercion, context (exploitation only)


@dataclass(frozen=True)
class Taxonomy:
    signs: Mapping[str, Sign]
    risk_levels: tuple[str, ...]  # lowest to highest

    @classmethod
    def load(cls, path: Path = TAXONOMY_FILE) -> Taxonomy:
        data = yaml.safe_load(path.read_text("utf-8"))
        signs: dict[str, Sign] = {}
        for code, spec in (data.get(EXPLOITATION) or {}).items():
            signs[code] = Sign(code, EXPLOITATION, spec["dimension"])
        for code in data.get(RECRUITMENT) or {}:
            signs[code] = Sign(code, RECRUITMENT, None)
        return cls(signs=signs, risk_levels=tuple(data["risk_levels"]))

    def codes(self, group: str | None = None) -> set[str]:
        return {c for c, s in self.signs.items() if group is None or s.group == group}
