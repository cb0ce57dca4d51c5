"""A state that pursues people abroad: its lists and Interpol's stance on its requests."""

# No ``from __future__ import annotations``: annotations written as objects spare pydantic
# parsing each one from a string when the class is defined (see model/base.py).

from datetime import date
from enum import Enum

from pydantic import Field, model_validator

from .instrument import Question
from .iso import CountryCode
from .profile import ListingKind
from .sources import Cited, Dated


class WantedList(Cited):
    kind: ListingKind
    name: str = Field(min_length=1)
    size: int | None = Field(default=None, ge=0)
    size_date: date | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _size_is_dated(self) -> "WantedList":
        if self.size is not None and self.size_date is None:
            raise ValueError("size needs size_date: a list's size is only true on a date")
        return self


class Stance(str, Enum):
    """How Interpol treats this state's requests."""

    COOPERATES = "cooperates"
    REFUSES_POLITICAL = "refuses_political"
    RESTRICTED = "restricted"
    SUSPENDED = "suspended"


class InterpolStance(Cited, Dated):
    stance: Stance
    summary: str = ""


class PassportService(Cited, Dated):
    """Whether the state renews its citizens' passports at its consulates abroad, from when.

    An exile whose passport runs out cannot renew it where they live if it does not: they
    must go back, or find another travel document."""

    renewed_abroad: bool
    text: str = Field(min_length=1)


class Offence(Cited):
    name: str = Field(min_length=1)
    note: str | None = None


class Requester(Cited):
    state: CountryCode
    reviewed: date
    summary: str = ""
    lists: list[WantedList] = Field(default=[])
    interpol: list[InterpolStance] = Field(default=[])
    passports: list[PassportService] = Field(default=[])
    offences: list[Offence] = Field(default=[])
    questions: list[Question] = Field(default=[])

    def passports_on(self, on: date) -> PassportService | None:
        for entry in self.passports:
            if entry.valid_on(on):
                return entry
        return None

    def stance_on(self, on: date) -> InterpolStance | None:
        for stance in self.interpol:
            if stance.valid_on(on):
                return stance
        return None
