"""Erasure of everything the application stores about one sender.

The tracker (conversation events) is erased by the tracker store; this module erases the
application's own records. Each store registers an eraser here when it is created, so a
new store cannot be forgotten by the "delete my data" path.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

logger = logging.getLogger(__name__)

_erasers: list[Callable[[str], int]] = []


def register_eraser(eraser: Callable[[str], int]) -> None:
    """`eraser(sender_id)` deletes that sender's records and returns how many."""
    if eraser not in _erasers:
        _erasers.append(eraser)


def erase_sender(sender_id: str) -> int:
    """Runs every registered eraser; returns the number of records deleted."""
    total = 0
    for eraser in list(_erasers):
        total += eraser(sender_id)
    return total
