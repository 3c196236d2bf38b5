"""Whitespace tokenizer whose tokens are spelling-normalised (bot.keywords.normalize).

SMS users write the same word many ways: with or without accents ("deja"/"déjà"), with
Arabic letter variants (أ/إ/ا, ة/ه, ى/ي) and elongation (عـــربي). Folding these before the
n-gram featurizers lets one training example stand for all its spellings. Token offsets
still point into the original text.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message

from bot.keywords import normalize


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class NormalizingTokenizer(WhitespaceTokenizer):
    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        tokens = super().tokenize(message, attribute)
        for token in tokens:
            folded = normalize(token.text).replace(" ", "") or token.text
            token.text = folded
            token.lemma = folded
        return tokens
