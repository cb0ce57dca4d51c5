"""Citations: every fact in the rulebook names its sources and how sure it is."""

# No ``from __future__ import annotations``: annotations written as objects spare pydantic
# parsing each one from a string when the class is defined (see model/base.py).

from datetime import date
from enum import Enum

from pydantic import Field, model_validator

from .base import Model


class Confidence(str, Enum):
    """How sure a fact is: ``established`` (treaty text, official record, court),
    ``reported`` (credible media or NGO), ``unverified`` (a lead nobody has confirmed)."""

    ESTABLISHED = "established"
    REPORTED = "reported"
    UNVERIFIED = "unverified"

    @property
    def strength(self) -> int:
        return {"established": 2, "reported": 1, "unverified": 0}[self.value]


def weakest(confidences: list[Confidence]) -> Confidence:
    """The least sure of several confidences (``established`` for none)."""
    return min(confidences, key=lambda c: c.strength, default=Confidence.ESTABLISHED)


def is_address(via: str) -> bool:
    """Whether a source's ``via`` is the copy's web address (shown as a link) rather than a
    description of the copy (an unattributed copy whose address was not shown)."""
    return via.startswith(("http://", "https://"))


class SourceKind(str, Enum):
    """What kind of publisher a source is; ``primary`` and ``legal-database`` can establish a
    fact, the others can only report it. ``mirror`` is a copy of an original nobody could find."""

    PRIMARY = "primary"  # a depositary, court, ministry, parliament, Interpol, the UN, UNHCR
    LEGAL_DATABASE = "legal-database"  # an official or professional database of legal texts
    PRESS = "press"
    STATE_MEDIA = "state-media"  # media a state controls (a requesting state's or another's)
    NGO = "ngo"
    ACADEMIC = "academic"
    MIRROR = "mirror"

    @property
    def can_establish(self) -> bool:
        return self in (SourceKind.PRIMARY, SourceKind.LEGAL_DATABASE)


class Source(Model):
    """Where a fact comes from. A URL is for a human reader; the program never fetches it.

    ``url`` is the original's address; ``via`` names the copy that was actually read when the
    original could not be (a fact resting on a copy is at most ``reported``). ``undated``: the
    source shows no date of its own, so ``date`` is the day it was read, and a reader is told so
    (a date inferred from the text, such as a lower bound, is a date: say how in the note)."""

    id: str = ""
    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    date: date
    undated: bool = False
    kind: SourceKind | None = None
    url: str | None = None
    via: str | None = None
    note: str | None = None

    @property
    def can_establish(self) -> bool:
        """Whether this source alone can make a fact ``established``."""
        return self.kind is not None and self.kind.can_establish and not self.via


class Cited(Model):
    """A fact: at least one source id and a confidence."""

    sources: list[str] = Field(min_length=1)
    confidence: Confidence


class Dated(Model):
    """A fact that holds from ``from`` (inclusive) until ``until`` (exclusive), either open."""

    from_: date | None = Field(default=None, alias="from")
    until: date | None = None

    @model_validator(mode="after")
    def _until_after_from(self) -> "Dated":
        if self.from_ and self.until and self.until < self.from_:
            raise ValueError(f"until ({self.until}) is before from ({self.from_})")
        return self

    def valid_on(self, on: date) -> bool:
        return (self.from_ is None or self.from_ <= on) and (self.until is None or on < self.until)
