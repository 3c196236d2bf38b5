"""SMS arithmetic and formatting: GSM-7 vs UCS-2, sentence-boundary splitting, numbered options.

A message that fits one SMS segment arrives whole on every phone; a longer one is split by
the network into segments (153 GSM-7 or 67 UCS-2 characters each) that old phones may show
out of order or cut mid-word. So texts are split here, at sentence (then word) boundaries,
into parts that each fit one segment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# GSM 03.38 basic character set, and the extension table (each costs two septets)
GSM7_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = set("^{}\\[~]|€\f")

SINGLE = {"gsm7": 160, "ucs2": 70}
MULTI = {"gsm7": 153, "ucs2": 67}

# a sentence: up to and including its end mark (or a line break), with the spaces after it
_SENTENCE = re.compile(r"[^\n]*?(?:[.!?؟…](?=\s|$)|(?=\n)|$)\s*", re.S)


# Latin letters and typography outside GSM-7, and their closest GSM-7 spelling. French SMS
# are commonly written without these accents; one "ê" would otherwise halve every part (UCS-2).
_FOLD = str.maketrans(
    {
        "â": "a",
        "ê": "e",
        "î": "i",
        "ô": "o",
        "û": "u",
        "ë": "e",
        "ï": "i",
        "ÿ": "y",
        "ç": "c",
        "À": "A",
        "Â": "A",
        "È": "E",
        "Ê": "E",
        "Ë": "E",
        "Î": "I",
        "Ï": "I",
        "Ô": "O",
        "Û": "U",
        "Ù": "U",
        "á": "a",
        "í": "i",
        "ó": "o",
        "ú": "u",
        "Á": "A",
        "Í": "I",
        "Ó": "O",
        "Ú": "U",
        "œ": "oe",
        "Œ": "OE",
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "…": "...",
        "\u00a0": " ",
        "\u202f": " ",
    }
)


def fold_for_gsm(text: str) -> str:
    """`text` in GSM-7 letters when accents and typography are all that keep it out; else as is."""
    folded = text.translate(_FOLD)
    return folded if encoding(folded) == "gsm7" else text


def encoding(text: str) -> str:
    """'gsm7' when every character is in the GSM-7 alphabet, else 'ucs2'."""
    return "gsm7" if all(c in GSM7_BASIC or c in GSM7_EXTENDED for c in text) else "ucs2"


def units(text: str, enc: str | None = None) -> int:
    """Length as the network counts it: septets (GSM-7) or UTF-16 code units (UCS-2)."""
    enc = enc or encoding(text)
    if enc == "gsm7":
        return sum(2 if c in GSM7_EXTENDED else 1 for c in text)
    return len(text.encode("utf-16-le")) // 2


def segments(text: str) -> int:
    """How many SMS segments the network needs for `text`."""
    enc = encoding(text)
    n = units(text, enc)
    if n <= SINGLE[enc]:
        return 1
    return -(-n // MULTI[enc])


def _cut_words(piece: str, limit: int, enc: str) -> list[str]:
    parts: list[str] = []
    current = ""
    for word in piece.split():
        candidate = f"{current} {word}" if current else word
        if units(candidate, enc) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
        while units(word, enc) > limit:  # a single over-long "word" (a URL): hard cut
            cut = limit
            while units(word[:cut], enc) > limit:
                cut -= 1
            parts.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        parts.append(current)
    return parts


def split_for_sms(text: str, limit: int | None = None) -> list[str]:
    """Splits `text` into parts that each fit one SMS segment, at sentence then word ends.

    The encoding is decided on the whole text, so a French text with one "œ" is sized as
    UCS-2 throughout. `limit` overrides the per-part size (for tests and WhatsApp).
    """
    text = text.strip()
    if not text:
        return []
    enc = encoding(text)
    size = limit or SINGLE[enc]
    if units(text, enc) <= size:
        return [text]
    pieces = [m.group(0) for m in _SENTENCE.finditer(text) if m.group(0)]
    parts: list[str] = []
    current = ""  # keeps the original spaces and line breaks between sentences
    for piece in pieces:
        if units((current + piece).strip(), enc) <= size:
            current += piece
            continue
        if current.strip():
            parts.append(current.strip())
            current = ""
        if units(piece.strip(), enc) <= size:
            current = piece
        else:
            words = _cut_words(piece, size, enc)
            parts.extend(words[:-1])
            current = words[-1] + " "
    if current.strip():
        parts.append(current.strip())
    return parts


@dataclass(frozen=True)
class Option:
    title: str
    payload: str


def numbered(text: str, options: Sequence[Option]) -> str:
    """The message text followed by one numbered line per option ("1 Show the menu")."""
    lines = [text.rstrip()] if text.strip() else []
    lines += [f"{i} {option.title}" for i, option in enumerate(options, start=1)]
    return "\n".join(lines)


_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s*$")
# Arabic-Indic and Eastern Arabic-Indic digits, as typed on Arabic and Persian keyboards
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def pick(text: str, payloads: Sequence[str]) -> str | None:
    """The payload chosen by a reply that is only an option number, else None."""
    match = _NUMBER.match(text.translate(_DIGITS))
    if not match:
        return None
    index = int(match.group(1))
    return payloads[index - 1] if 1 <= index <= len(payloads) else None
