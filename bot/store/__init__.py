"""The application's own records (SQLAlchemy 1.4 in 2.0 style), beside Rasa's tracker store.

`models.py` holds the tables, `db.py` the engine and session factory, `migrations/` the
Alembic history (`migrate.upgrade` brings any database to the head revision).
"""
