"""Training data: the same intents in every language, held-out sets never trained on."""

from __future__ import annotations

import pytest
import yaml

from bench.nludata import examples as nlu_examples
from bot.keywords import normalize
from tests.conftest import LANGS, ROOT


def examples(path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for text, intent in nlu_examples(path):
        out.setdefault(intent, []).append(text)
    return out


def training(lang: str) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for path in sorted((ROOT / "data" / "nlu" / lang).glob("*.yml")):
        for intent, lines in examples(path).items():
            merged.setdefault(intent, []).extend(lines)
    return merged


DOMAIN_INTENTS = set(yaml.safe_load((ROOT / "domain.yml").read_text("utf-8"))["intents"])


@pytest.mark.parametrize("lang", LANGS)
def test_every_intent_is_trained_in_every_language(lang: str) -> None:
    data = training(lang)
    assert set(data) == DOMAIN_INTENTS
    for intent, lines in data.items():
        assert len(lines) >= 25, f"{lang}/{intent}: {len(lines)} examples"


@pytest.mark.parametrize("lang", LANGS)
def test_heldout_covers_every_intent_and_is_never_trained_on(lang: str) -> None:
    heldout = examples(ROOT / "tests" / "nlu" / f"{lang}.yml")
    assert set(heldout) == DOMAIN_INTENTS
    trained = {normalize(t) for lang_ in LANGS for lines in training(lang_).values() for t in lines}
    leaked = [t for lines in heldout.values() for t in lines if normalize(t) in trained]
    assert leaked == []


@pytest.mark.parametrize("lang", LANGS)
def test_no_example_is_listed_under_two_intents(lang: str) -> None:
    owner: dict[str, str] = {}
    for intent, lines in training(lang).items():
        for text in lines:
            assert owner.setdefault(normalize(text), intent) == intent, text


def test_no_rule_needs_the_conversation_start() -> None:
    # bot.rasa_plugins.policies predicts from the last turns only: a conversation_start
    # rule could match a condensed tracker in the middle of a conversation.
    for path in (ROOT / "data").rglob("*.yml"):
        data = yaml.safe_load(path.read_text("utf-8"))
        if not isinstance(data, dict):  # narratives (data/knowledge/red_flags/narratives) are lists
            continue
        for rule in data.get("rules", []) or []:
            assert not rule.get("conversation_start"), f"{path.name}: {rule.get('rule')}"


@pytest.mark.parametrize("lang", LANGS)
def test_heldout_has_enough_examples_per_intent(lang: str) -> None:
    heldout = examples(ROOT / "tests" / "nlu" / f"{lang}.yml")
    thin = {intent: len(lines) for intent, lines in heldout.items() if len(lines) < 6}
    assert thin == {}
