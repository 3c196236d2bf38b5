"""Trafficking and exploitation warning signs: taxonomy, multilingual patterns, risk level.

Plain Python; the Rasa action that calls it lives in actions/.
"""
