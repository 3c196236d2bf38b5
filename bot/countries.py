"""Which country a free-text message names ("where are you?" -> "in libya" -> ly).

The names come from data/knowledge/countries.yml: per country code, per language, `names`
(the country and its spellings) and `demonyms` (libyan, ليبي). Matching works on text
normalised by `bot.keywords.normalize` and on whole words or phrases; Arabic names also
match with an attached و ف ب ل ك (بليبيا, فالمغرب, للعراق). A name beats a demonym
("I'm Nigerian, now in Libya" -> ly). Two different countries at the same level -> None.
`only_location` tells a message that is only an answer to "where are you?" ("Libya", "I'm in
Libya now", "أنا في ليبيا") from one that names a country inside a question or a story: its
other words must all be the file's `location_words`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.errors import KnowledgeError
from bot.keywords import normalize
from bot.settings import PROJECT_ROOT

COUNTRIES_FILE = PROJECT_ROOT / "data" / "knowledge" / "countries.yml"
REQUIRED_LANGUAGES = ("en", "fr", "ar")

# Arabic proclitics written attached to the next word: and, so/in (Darija), in/with, to, like.
_PREFIXES = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
_ARTICLE = "ال"


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def with_proclitics(phrase: str) -> set[str]:
    """The phrase as written, plus its first word with an attached Arabic proclitic."""
    first, _, rest = phrase.partition(" ")
    if not _is_arabic(first):
        return {phrase}
    tail = f" {rest}" if rest else ""
    forms = {phrase} | {f"{p}{first}{tail}" for p in _PREFIXES}
    if first.startswith(_ARTICLE):  # ل + المغرب is written للمغرب
        bare = first[len(_ARTICLE) :]
        forms |= {f"{p}ل{bare}{tail}" for p in ("ل", "ول", "فل")}
    return forms


@dataclass(frozen=True)
class CountryNames:
    names: Mapping[str, str]  # normalised phrase -> country code
    demonyms: Mapping[str, str]
    max_words: int
    location_words: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path = COUNTRIES_FILE) -> CountryNames:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise KnowledgeError(f"cannot read {path}: {exc}") from exc
        countries = data.get("countries") if isinstance(data, dict) else None
        if not isinstance(countries, dict) or not countries:
            raise KnowledgeError(f"{path.name}: 'countries' must map country codes to names")
        names: dict[str, str] = {}
        demonyms: dict[str, str] = {}
        for code, by_language in countries.items():
            where = f"{path.name}: {code}"
            if not (isinstance(code, str) and len(code) == 2 and code.isascii() and code.islower()):
                raise KnowledgeError(f"{where}: keys must be lower-case ISO 3166-1 alpha-2 codes")
            if not isinstance(by_language, dict):
                raise KnowledgeError(f"{where}: must map languages to names and demonyms")
            missing = [lang for lang in REQUIRED_LANGUAGES if not (by_language.get(lang) or {}).get("names")]
            if missing:
                raise KnowledgeError(f"{where}: needs names in {missing}")
            for lang, entry in by_language.items():
                if not isinstance(entry, dict) or set(entry) - {"names", "demonyms"}:
                    raise KnowledgeError(f"{where}.{lang}: only 'names' and 'demonyms' lists")
                _add(names, entry.get("names"), code, f"{where}.{lang}.names", arabic_prefixes=True)
                _add(demonyms, entry.get("demonyms"), code, f"{where}.{lang}.demonyms")
        clash = {p: (names[p], demonyms[p]) for p in set(names) & set(demonyms) if names[p] != demonyms[p]}
        if clash:
            raise KnowledgeError(f"{path.name}: phrases used for two countries: {clash}")
        longest = max(len(p.split()) for p in (*names, *demonyms))
        raw_words = data.get("location_words") or {}
        if not isinstance(raw_words, dict) or not all(isinstance(w, list) for w in raw_words.values()):
            raise KnowledgeError(f"{path.name}: 'location_words' must map languages to word lists")
        location = frozenset(
            w for words in raw_words.values() for item in words for w in normalize(str(item)).split()
        )
        return cls(names=names, demonyms=demonyms, max_words=longest, location_words=location)

    def mentioned(self, text: str) -> tuple[set[str], set[str]]:
        """(countries named, countries only given by a demonym) in a message."""
        words = normalize(text).split()
        by_name: set[str] = set()
        by_demonym: set[str] = set()
        for start in range(len(words)):
            for size in range(1, min(self.max_words, len(words) - start) + 1):
                phrase = " ".join(words[start : start + size])
                if phrase in self.names:
                    by_name.add(self.names[phrase])
                if phrase in self.demonyms:
                    by_demonym.add(self.demonyms[phrase])
        return by_name, by_demonym

    def only_location(self, text: str) -> str | None:
        """The country of a message that only says where the writer is, else None."""
        words = normalize(text).split()
        if not words or len(words) > 8:
            return None
        rest: list[str] = []
        found: set[str] = set()
        start = 0
        while start < len(words):
            for size in range(min(self.max_words, len(words) - start), 0, -1):
                phrase = " ".join(words[start : start + size])
                if phrase in self.names:
                    found.add(self.names[phrase])
                    start += size
                    break
            else:
                rest.append(words[start])
                start += 1
        if len(found) != 1 or any(w not in self.location_words for w in rest):
            return None
        return next(iter(found))

    def find(self, text: str) -> str | None:
        """The one country the message names, else None (none, or two different ones)."""
        by_name, by_demonym = self.mentioned(text)
        found = by_name or by_demonym
        return next(iter(found)) if len(found) == 1 else None

    def codes(self) -> set[str]:
        return set(self.names.values())


def _add(table: dict[str, str], raw: Any, code: str, where: str, *, arabic_prefixes: bool = False) -> None:
    if raw is None:
        return
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise KnowledgeError(f"{where}: must be a list of quoted text")
    for item in raw:
        phrase = normalize(item)
        if not phrase:
            raise KnowledgeError(f"{where}: {item!r} is empty once normalised")
        forms: Iterable[str] = with_proclitics(phrase) if arabic_prefixes else (phrase,)
        for form in forms:
            if table.setdefault(form, code) != code:
                raise KnowledgeError(f"{where}: {item!r} already names {table[form]}")


@lru_cache(maxsize=1)
def default_names() -> CountryNames:
    """The names of COUNTRIES_FILE, read on first use."""
    return CountryNames.load()


def only_location(text: str, names: CountryNames | None = None) -> str | None:
    """The country code of a message that is only a location ("I'm in Libya"), else None."""
    return (names or default_names()).only_location(text)


def find_country(text: str, names: CountryNames | None = None) -> str | None:
    """The ISO 3166-1 alpha-2 code (lower case) of the one country `text` names, else None."""
    return (names or default_names()).find(text)
