"""Deterministic keyword handling that must not depend on a statistical model.

One-word commands (STOP, EXIT, DELETE, MENU and each locale's equivalents) and language
names come from the locale files, so a new language brings its own words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from bot.i18n import Catalog

_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None})
_NON_WORD = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Casefolded, without accents, Arabic letter variants folded, punctuation removed."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFKC", text).translate(_ARABIC_FOLD)
    text = _NON_WORD.sub(" ", text).replace("_", " ")
    return _SPACES.sub(" ", text).strip()


class KeywordMatcher:
    def __init__(self, commands: Mapping[str, str], language_names: Mapping[str, str]) -> None:
        """`commands`: word -> intent; `language_names`: name -> language code."""
        self.commands = {normalize(k): v for k, v in commands.items() if normalize(k)}
        self.language_names = {normalize(k): v for k, v in language_names.items() if normalize(k)}

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> KeywordMatcher:
        commands: dict[str, str] = {}
        names: dict[str, str] = {}
        for code, locale in catalog.locales.items():
            for intent, words in locale.commands.items():
                commands.update(dict.fromkeys(words, intent))
            names.update(dict.fromkeys(locale.language_names, code))
        return cls(commands, names)

    def command(self, text: str) -> str | None:
        """The intent of a one-word command message ("STOP", "stop!!", "EXIT EXIT")."""
        norm = normalize(text)
        if not norm:
            return None
        if norm in self.commands:
            return self.commands[norm]
        found = {self.commands.get(tok) for tok in norm.split()}
        return found.pop() if len(found) == 1 and None not in found else None

    def named_language(self, text: str) -> str | None:
        """The language a message names ("in french please" -> fr), if exactly one."""
        norm = normalize(text)
        found = {code for name, code in self.language_names.items() if _contains(norm, name)}
        return found.pop() if len(found) == 1 else None

    def only_language_name(self, text: str) -> str | None:
        """The message is nothing but a language name ("français", "عربي")."""
        return self.language_names.get(normalize(text))


def _contains(haystack: str, needle: str) -> bool:
    return f" {needle} " in f" {haystack} "
