"""Reading Rasa NLU example files (training data and held-out sets) as plain rows."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
HELDOUT_DIR = ROOT / "tests" / "nlu"


def examples(path: Path) -> list[tuple[str, str]]:
    """(text, intent) for every example of a Rasa NLU YAML file."""
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    rows = []
    for block in data.get("nlu", []):
        for line in block["examples"].splitlines():
            text = line.strip()[2:].strip()
            if text:
                rows.append((text, block["intent"]))
    return rows


def heldout(directory: Path = HELDOUT_DIR) -> dict[str, list[tuple[str, str]]]:
    """Language code -> (text, intent) rows of tests/nlu/<lang>.yml."""
    return {path.stem: examples(path) for path in sorted(directory.glob("*.yml"))}
