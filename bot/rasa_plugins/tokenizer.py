"""Whitespace tokenizer whose tokens are spelling-normalised (bot.keywords.normalize).

SMS users write the same word many ways: with or without accents ("deja"/"déjà"), with
Arabic letter variants (أ/إ/ا, ة/ه, ى/ي) and elongation (عـــربي). Folding these before the
n-gram featurizers lets one training example stand for all its spellings. Token offsets
still point into the original text.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message

import bot.keywords
from bot.keywords import normalize


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class NormalizingTokenizer(WhitespaceTokenizer):
    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """Rasa's training cache fingerprints this class's source, not normalize()'s: without
        this, a change to bot/keywords.py would reuse features built on the old spellings."""
        return hashlib.sha256(Path(bot.keywords.__file__).read_bytes()).hexdigest()

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        tokens = super().tokenize(message, attribute)
        for token in tokens:
            folded = normalize(token.text).replace(" ", "") or token.text
            token.text = folded
            token.lemma = folded
        return tokens
