from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.i18n import Catalog
from bot.keywords import KeywordMatcher
from bot.store.db import make_engine, session_factory
from bot.store.migrate import upgrade

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "fr", "ar")


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return Catalog.load(ROOT / "locales", "en")


@pytest.fixture(scope="session")
def matcher(catalog: Catalog) -> KeywordMatcher:
    return KeywordMatcher.from_catalog(catalog)


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    """Sessions on a new SQLite database in tmp_path, migrated to the latest revision."""
    engine = make_engine(f"sqlite:///{tmp_path / 'app.db'}")
    upgrade(engine)
    yield session_factory(engine)
    engine.dispose()
