from __future__ import annotations

from pathlib import Path

import pytest

from bot.i18n import Catalog
from bot.keywords import KeywordMatcher

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "fr", "ar")


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return Catalog.load(ROOT / "locales", "en")


@pytest.fixture(scope="session")
def matcher(catalog: Catalog) -> KeywordMatcher:
    return KeywordMatcher.from_catalog(catalog)
