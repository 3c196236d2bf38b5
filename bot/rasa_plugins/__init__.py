"""Adapters that plug bot/ into Rasa: NLU component, NLG and tracker store.

Only this subpackage (and bot.channels) imports Rasa; the rest of bot/ is plain Python.
"""
