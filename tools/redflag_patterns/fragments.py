"""Shared by gen_*.py and patch_*.py: fragment expansion and pattern-table edits."""

from __future__ import annotations


def expand(s: str, fragments: dict[str, str], rounds: int) -> str:
    """Replaces <NAME> by fragments[NAME], `rounds` times (fragments may nest)."""
    for _ in range(rounds):
        for name, value in fragments.items():
            s = s.replace(f"<{name}>", value)
    assert "<" not in s.replace("(?<", ""), s
    return s


def put(table: dict[str, list[tuple[str, str]]], code: str, index: int | None, comment: str, pattern: str) -> None:
    """Replaces pattern `index` of `code`, or appends when index is None or past the end."""
    pats = table[code]
    if index is None or index >= len(pats):
        pats.append((comment, pattern))
    else:
        pats[index] = (comment, pattern)
