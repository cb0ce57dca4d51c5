"""Citations: every fact in the rulebook names its sources and how sure it is."""

from __future__ import annotations

from datetime import date
from enum import Enum

from pydantic import Field, model_validator

from .model import Model


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


class Source(Model):
    """Where a fact comes from. A URL is for a human reader; the program never fetches it."""

    id: str = ""
    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    date: date
    url: str | None = None
    note: str | None = None


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
