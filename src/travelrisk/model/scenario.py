"""The lawyer's checklist (``rules/scenarios.toml``): realistic people, the destinations that
matter to them, and the answer the rulebook must give, with the fact that justifies it.

Scenarios travel with the rulebook: ``travelrisk rules test`` runs them beside every rule's
worked examples, and a rulebook whose examples or scenarios fail is neither signed nor
imported. ``rules diff`` uses their profiles to show which answers an update moves.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field

from .iso import CountryCode
from .levels import Level
from .base import Model
from .profile import Profile


class Expectation(Model):
    to: CountryCode
    level: Level
    ceiling: Level | None = None  # the worst case the rulebook must give, where it matters
    rule: str | None = None  # the rule whose finding must set the level
    shows: list[str] = Field(default=[])  # rules that must appear as findings
    because: str = Field(min_length=1)


class Scenario(Model):
    name: str = Field(min_length=1)
    profile: Profile
    on: date | None = None  # default: the file's ``on``
    expect: list[Expectation] = Field(min_length=1)


class Scenarios(Model):
    """``rules/scenarios.toml``."""

    on: date
    scenarios: list[Scenario] = Field(default=[], alias="scenario")
