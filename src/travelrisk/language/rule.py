"""A rule: a condition over a person, a destination and a requester, with a level and a
plain-language explanation, and worked examples that test it."""

# No ``from __future__ import annotations``: annotations written as objects spare pydantic
# parsing each one from a string when the class is defined (see model/base.py).

import string
from datetime import date
from enum import Enum

from pydantic import Field, field_validator, model_validator

from .conditions import Condition, LegKind
from ..model.iso import CountryCode
from ..model.levels import Effect, Level
from ..model.base import Model
from ..model.profile import Profile



PLACEHOLDERS = frozenset(
    {
        "destination",
        "destination_name",
        "requester",
        "requester_name",
        "as_of",
        "leg_kind",
        "instruments",
        "shared_instruments",
        "precedents",
    }
)


def placeholders_in(template: str) -> list[str]:
    """The ``{names}`` a template uses (a malformed brace raises ValueError)."""
    return [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]


class RuleTest(Model):
    """A worked example: this person, this destination, this date, this level."""

    name: str = Field(min_length=1)
    profile: Profile
    destination: CountryCode
    on: date
    leg_kind: LegKind = "entry"
    expect: Level
    why: str | None = None


class Rule(Model):
    id: str
    title: str = Field(min_length=1)
    level: Level | None = None
    effect: Effect = Effect.RAISES
    harm: str = Field(min_length=1)  # an id from rules/harms.toml: what the finding risks
    text: str = Field(min_length=1)
    sources: list[str] = Field(default=[])
    not_formalised: str | None = None
    when: Condition
    tests: list[RuleTest] = Field(min_length=1)

    @field_validator("text")
    @classmethod
    def _known_placeholders(cls, v: str) -> str:
        try:
            names = placeholders_in(v)
        except ValueError as exc:
            raise ValueError(f"malformed template: {exc}") from None
        unknown = sorted({n for n in names if n not in PLACEHOLDERS})
        if unknown:
            raise ValueError(
                f"unknown placeholder {{{unknown[0]}}}; allowed: "
                + ", ".join("{" + p + "}" for p in sorted(PLACEHOLDERS))
            )
        return v

    @field_validator("not_formalised")
    @classmethod
    def _shown_as_written(cls, v: str | None) -> str | None:
        if v and ("{" in v or "}" in v):
            raise ValueError("shown as written, for every destination: it takes no {placeholders}")
        return v

    @model_validator(mode="after")
    def _raises_has_level(self) -> "Rule":
        if self.effect is Effect.RAISES and self.level is None:
            raise ValueError("a rule that raises needs a level")
        if self.level is Level.UNKNOWN:
            raise ValueError("a rule cannot assign 'unknown': it is what no finding means")
        return self
