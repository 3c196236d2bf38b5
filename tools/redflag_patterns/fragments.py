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


def put_all(entries: list[tuple[dict[str, list[tuple[str, str]]], str, str, str]]) -> None:
    """Appends a batch of (table, code, comment, pattern)."""
    for table, code, comment, pattern in entries:
        put(table, code, None, comment, pattern)


def edit(table: dict[str, list[tuple[str, str]]], code: str, index: int, old: str, new: str) -> None:
    """Rewrites part of pattern `index` of `code` (the edited text must be there once)."""
    comment, pat = table[code][index]
    assert pat.count(old) == 1, (code, index, old)
    table[code][index] = (comment, pat.replace(old, new))
