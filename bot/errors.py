"""The one small error hierarchy, caught at the boundaries (channels, actions, CLI)."""

from __future__ import annotations


class SafeRouteError(Exception):
    """Base class of every error the application raises on purpose."""


class ConfigError(SafeRouteError):
    """A setting is missing or invalid; raised at start, never mid-conversation."""


class LocaleError(SafeRouteError):
    """A locale file is malformed or a text key is missing."""


class KnowledgeError(SafeRouteError):
    """A knowledge-base file (sourced facts under data/knowledge) is malformed, unsourced or stale."""
