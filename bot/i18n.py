"""Every sentence the assistant says, by key, from `locales/<lang>.yml`.

A locale file has three parts:
  language:  code, name (as shown in the language menu), direction (ltr/rtl),
             list_separator (joins lists in texts; default ", ")
  keywords:  language_names (words that select this language), commands (intent -> words
             that alone trigger it: STOP, DELETE, MENU...), session_words (with a code, they
             enter a class's awareness session: "SCHOOL 4821")
  responses: key -> {text, buttons: [{title, payload}], child: {text, buttons}}; `child` is
             the variant said when the conversation's `audience` is child (simpler words)
Adding a language is adding a file (and its NLU data); nothing in code names a language.

A variable whose value is a list of response keys (`signs=["msg_sign_name_deception", ...]`)
is rendered key by key in the same language and joined with the locale's list separator (one
per line when the variable's name ends in `_lines`), so actions send keys, never prose. A list
of other texts (route names) is joined the same way; an empty list reads "—".
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.errors import LocaleError


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class Response:
    text: str
    buttons: tuple[Button, ...] = ()
    child: Response | None = None  # the variant for children (`audience` = child), if any

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text}
        if self.buttons:
            out["buttons"] = [{"title": b.title, "payload": b.payload} for b in self.buttons]
        return out


@dataclass(frozen=True)
class Locale:
    code: str
    name: str
    direction: str
    language_names: tuple[str, ...]
    commands: Mapping[str, tuple[str, ...]]
    responses: Mapping[str, Response] = field(default_factory=dict)
    # words the channels understand without the assistant (e.g. "more" on SMS)
    channel_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    list_separator: str = ", "
    # words that, with a 4-6 digit code, enter a class's awareness session ("SCHOOL 4821")
    session_words: tuple[str, ...] = ()


class _Blank(dict[str, Any]):
    """format_map helper: unknown placeholders render as empty strings."""

    def __missing__(self, key: str) -> str:
        return ""


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _parse_response(key: str, raw: Any, path: Path) -> Response:
    if isinstance(raw, str):
        return Response(text=raw.strip())
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise LocaleError(f"{path.name}: response '{key}' needs a 'text'")
    child = _parse_response(f"{key}.child", raw["child"], path) if raw.get("child") else None
    buttons = []
    for item in raw.get("buttons") or []:
        if not isinstance(item, dict) or not {"title", "payload"} <= item.keys():
            raise LocaleError(f"{path.name}: a button of '{key}' needs title and payload")
        buttons.append(Button(title=str(item["title"]), payload=str(item["payload"])))
    return Response(text=raw["text"].strip(), buttons=tuple(buttons), child=child)


def load_locale(path: Path) -> Locale:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LocaleError(f"cannot read {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise LocaleError(f"{path.name}: not a mapping")
    meta = data.get("language") or {}
    code = meta.get("code")
    if code != path.stem:
        raise LocaleError(f"{path.name}: language.code must be '{path.stem}'")
    keywords = data.get("keywords") or {}
    commands = keywords.get("commands") or {}
    if not isinstance(commands, dict):
        raise LocaleError(f"{path.name}: 'keywords.commands' must map intents to word lists")
    responses = data.get("responses") or {}
    if not isinstance(responses, dict):
        raise LocaleError(f"{path.name}: 'responses' must be a mapping")
    return Locale(
        code=code,
        name=str(meta.get("name") or code),
        direction=str(meta.get("direction") or "ltr"),
        list_separator=str(meta.get("list_separator") or ", "),
        session_words=tuple(str(w) for w in keywords.get("session_words") or ()),
        language_names=tuple(str(w) for w in keywords.get("language_names") or ()),
        commands={intent: tuple(str(w) for w in words or ()) for intent, words in commands.items()},
        responses={k: _parse_response(k, v, path) for k, v in responses.items()},
        channel_words={
            name: tuple(str(w) for w in words or ())
            for name, words in (keywords.get("channel_words") or {}).items()
        },
    )


class Catalog:
    """All locales; renders a response key in a language, falling back to the default."""

    def __init__(self, locales: Mapping[str, Locale], default_language: str) -> None:
        if default_language not in locales:
            raise LocaleError(f"default language '{default_language}' has no locale file")
        self.locales = dict(locales)
        self.default_language = default_language

    @classmethod
    def load(cls, directory: Path, default_language: str) -> Catalog:
        files = sorted(directory.glob("*.yml"))
        if not files:
            raise LocaleError(f"no locale files in {directory}")
        return cls({p.stem: load_locale(p) for p in files}, default_language)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.locales)

    def resolve_language(self, language: str | None) -> str:
        return language if language in self.locales else self.default_language

    def response(self, key: str, language: str | None) -> Response | None:
        lang = self.resolve_language(language)
        found = self.locales[lang].responses.get(key)
        if found is None:
            found = self.locales[self.default_language].responses.get(key)
        return found

    def render(
        self, key: str, language: str | None, variables: Mapping[str, Any] | None = None
    ) -> dict[str, Any] | None:
        """The response as Rasa's NLG returns it ({"text", "buttons"}), or None."""
        found = self.response(key, language)
        if found is None:
            return None
        if found.child is not None and (variables or {}).get("audience") == "child":
            found = found.child
        lang = self.resolve_language(language)
        values = _Blank({k: self._value(v, lang, k.endswith("_lines")) for k, v in (variables or {}).items()})
        values.setdefault("languages_list", self.language_menu_text())
        out = found.as_dict()
        out["text"] = found.text.format_map(values)
        return out

    def _value(self, value: Any, language: str, one_per_line: bool) -> Any:
        """A variable as it goes into a text: None as blank, a list of keys as their texts."""
        if value is None:
            return ""
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            if not value:
                return "—"
            found = [self.response(v, language) for v in value]
            texts = [r.text for r in found if r] if all(found) else list(value)
            separator = "\n" if one_per_line else self.locales[language].list_separator
            return separator.join(texts)
        return value

    def language_menu_text(self) -> str:
        return " · ".join(loc.name for loc in self.locales.values())

    def missing_keys(self) -> dict[str, set[str]]:
        """Per language, the keys some other locale has and it lacks."""
        every = set().union(*(set(loc.responses) for loc in self.locales.values()))
        return {
            code: every - set(loc.responses)
            for code, loc in self.locales.items()
            if every - set(loc.responses)
        }
