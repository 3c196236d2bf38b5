"""Migrant Resource Centres in countries of origin and transit, from
data/knowledge/centres/<cc>.yml: what each offers and how a person can reach it.

Like the hotlines, every service list and every contact carries the official page where it
was seen, a verbatim quote, the day it was checked and its expiry date (bot.sourced); what has
expired is never given. A centre with neither current services nor a current contact is not
offered at all. The README in that folder gives the format and the sourcing rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.errors import KnowledgeError
from bot.settings import PROJECT_ROOT
from bot.sourced import Provenance, names_by_language, parse_provenance, required_text

CENTRES_DIR = PROJECT_ROOT / "data" / "knowledge" / "centres"
DEFAULT_LANGUAGE = "en"
SERVICES = (
    "regular_pathways",
    "pre_departure",
    "counselling",
    "recognition",
    "language",
    "awareness",
    "reintegration",
    "referral",
)
CONTACT_KINDS = ("address", "phone", "whatsapp", "email", "website", "facebook")  # order given
_PHONE = re.compile(r"^\+?[\d ()-]{5,}$")
_ID = re.compile(r"^[a-z]{2}_[a-z0-9_]+$")
_SOURCED = {"source", "evidence", "last_checked", "expires"}


@dataclass(frozen=True)
class Sourced:
    provenance: Provenance
    evidence: str

    def is_current(self, today: date) -> bool:
        return self.provenance.is_current(today)


@dataclass(frozen=True)
class Contact(Sourced):
    kind: str = ""
    value: str = ""


@dataclass(frozen=True)
class Services(Sourced):
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Centre:
    id: str
    country: str
    names: Mapping[str, str] = field(hash=False)
    services: Services | None
    contacts: tuple[Contact, ...]
    run_by: str | None = None

    def name(self, language: str | None) -> str:
        return self.names.get(language or DEFAULT_LANGUAGE) or self.names[DEFAULT_LANGUAGE]

    def current_services(self, today: date) -> tuple[str, ...]:
        return self.services.codes if self.services and self.services.is_current(today) else ()

    def current_contacts(self, today: date) -> list[Contact]:
        live = [c for c in self.contacts if c.is_current(today)]
        return sorted(live, key=lambda c: CONTACT_KINDS.index(c.kind))

    def sources(self, today: date) -> list[Sourced]:
        """The current records behind what is said, services first."""
        found: list[Sourced] = [self.services] if self.services and self.services.is_current(today) else []
        return found + list(self.current_contacts(today))


def _sourced(raw: Any, where: str, allowed: set[str], today: date | None) -> Sourced:
    """The provenance and quote of a record whose other fields are `allowed`."""
    if not isinstance(raw, Mapping):
        raise KnowledgeError(f"{where}: must be a mapping")
    unknown = set(raw) - allowed - _SOURCED
    if unknown:
        raise KnowledgeError(f"{where}: unknown fields {sorted(unknown)}")
    evidence = required_text(raw.get("evidence"), where, "evidence")
    return Sourced(parse_provenance(raw, where, today=today), evidence)


def parse_contact(raw: Any, where: str, *, today: date | None = None) -> Contact:
    base = _sourced(raw, where, {"kind", "value"}, today)
    kind = raw.get("kind")
    if kind not in CONTACT_KINDS:
        raise KnowledgeError(f"{where}: 'kind' must be one of {CONTACT_KINDS}, got {kind!r}")
    value = required_text(raw.get("value"), where, "value")
    if kind in ("phone", "whatsapp") and not _PHONE.match(value):
        raise KnowledgeError(f"{where}: a {kind} must be digits, spaces, +, - and parentheses, got {value!r}")
    if kind in ("website", "facebook") and not value.startswith("https://"):
        raise KnowledgeError(f"{where}: a {kind} must be an https:// address, got {value!r}")
    if kind == "email" and not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", value):
        raise KnowledgeError(f"{where}: not an e-mail address: {value!r}")
    return Contact(base.provenance, base.evidence, kind=kind, value=value)


def parse_services(raw: Any, where: str, *, today: date | None = None) -> Services:
    base = _sourced(raw, where, {"codes"}, today)
    codes = raw.get("codes")
    if not isinstance(codes, list) or not codes or any(c not in SERVICES for c in codes):
        raise KnowledgeError(f"{where}: 'codes' must list services among {SERVICES}, got {codes!r}")
    return Services(base.provenance, base.evidence, codes=tuple(dict.fromkeys(codes)))


def parse_centre(raw: Any, country: str, where: str, *, today: date | None = None) -> Centre:
    if not isinstance(raw, Mapping):
        raise KnowledgeError(f"{where}: a centre must be a mapping")
    unknown = set(raw) - {"id", "name", "run_by", "services", "contacts"}
    if unknown:
        raise KnowledgeError(f"{where}: unknown fields {sorted(unknown)}")
    centre_id = raw.get("id")
    if not isinstance(centre_id, str) or not _ID.match(centre_id) or not centre_id.startswith(f"{country}_"):
        raise KnowledgeError(f"{where}: 'id' must look like '{country}_<place>', got {centre_id!r}")
    contacts = raw.get("contacts", [])
    if not isinstance(contacts, list):
        raise KnowledgeError(f"{where}: 'contacts' must be a list")
    services = raw.get("services")
    run_by = raw.get("run_by")
    return Centre(
        id=centre_id,
        country=country,
        names=names_by_language(raw.get("name"), where, DEFAULT_LANGUAGE),
        services=None if services is None else parse_services(services, f"{where}, services", today=today),
        contacts=tuple(
            parse_contact(c, f"{where}, contact {i}", today=today) for i, c in enumerate(contacts, start=1)
        ),
        run_by=None if run_by is None else required_text(run_by, where, "run_by"),
    )


def load_file(path: Path, *, today: date | None = None) -> tuple[Centre, ...]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"cannot read {path}: {exc}") from exc
    if (
        not isinstance(data, dict)
        or data.get("country") != path.stem
        or not re.match(r"^[a-z]{2}$", path.stem)
    ):
        raise KnowledgeError(
            f"{path.name}: must be a mapping whose 'country' is the file's code '{path.stem}'"
        )
    raw = data.get("centres")
    if not isinstance(raw, list):
        raise KnowledgeError(f"{path.name}: 'centres' must be a list (use [] when none is verified)")
    return tuple(
        parse_centre(c, path.stem, f"{path.name}, centre {i}", today=today) for i, c in enumerate(raw, 1)
    )


@dataclass(frozen=True)
class CentreDirectory:
    centres: tuple[Centre, ...]
    searched: frozenset[str]  # countries with a file (searched), with or without a centre

    @classmethod
    def load(cls, directory: Path = CENTRES_DIR, *, today: date | None = None) -> CentreDirectory:
        files = sorted(directory.glob("*.yml")) if directory.is_dir() else []
        centres = [c for path in files for c in load_file(path, today=today)]
        ids = [c.id for c in centres]
        if len(ids) != len(set(ids)):
            raise KnowledgeError(f"centres: an id is used twice in {directory}")
        return cls(tuple(centres), frozenset(p.stem for p in files))

    def for_country(self, country: str | None, today: date) -> list[Centre]:
        """The centres of a country that have something current to say."""
        return [
            c
            for c in self.centres
            if c.country == country and (c.current_services(today) or c.current_contacts(today))
        ]

    def records(self) -> list[tuple[Centre, Sourced]]:
        """Every sourced record (for the content report and the expiry check)."""
        return [(c, s) for c in self.centres for s in ([c.services] if c.services else []) + list(c.contacts)]
