"""Treaties, agreements and organisations, and who is a party to them on which dates."""

# No ``from __future__ import annotations``: annotations written as objects spare pydantic
# parsing each one from a string when the class is defined (see model/base.py).

from datetime import date
from enum import Enum

from pydantic import Field

from .iso import CountryCode
from .base import Model
from .sources import Cited, Dated


class InstrumentKind(str, Enum):
    INTERSTATE_SEARCH = "interstate_search"
    EXTRADITION = "extradition"
    LEGAL_ASSISTANCE = "legal_assistance"
    SECURITY = "security"
    ORGANISATION = "organisation"
    UNION = "union"
    PROTECTION = "protection"


class Mechanism(str, Enum):
    """What an instrument lets one party do to a person another party pursues."""

    INTERSTATE_SEARCH = "interstate_search"
    EXTRADITION = "extradition"
    LEGAL_ASSISTANCE = "legal_assistance"
    DEPORTATION = "deportation"
    INFORMATION_EXCHANGE = "information_exchange"
    DETENTION = "detention"
    PROTECTION = "protection"


class Party(Cited, Dated):
    state: CountryCode
    note: str | None = None


class NonParty(Cited):
    state: CountryCode
    note: str | None = None


class Signatories(Cited):
    """The states that signed a closed instrument: a state outside this list is not a party."""

    states: list[CountryCode] = Field(min_length=1)
    note: str | None = None


class Instrument(Cited):
    id: str
    title: str = Field(min_length=1)
    short: str | None = None
    kind: InstrumentKind
    signed: date | None = None
    mechanisms: list[Mechanism] = Field(default=[])
    summary: str = ""
    parties_complete: bool = False
    parties: list[Party] = Field(default=[])
    non_parties: list[NonParty] = Field(default=[])
    signatories: Signatories | None = None
    questions: list["Question"] = Field(default=[])

    @property
    def name(self) -> str:
        return self.short or self.title


class Question(Model):
    """Something deliberately left open: it needs research or a lawyer's judgment.

    ``sources``: what the question itself rests on (a case whose outcome is not known, a
    report that could not be confirmed), for a reviewer to follow."""

    text: str = Field(min_length=1)
    sources: list[str] = Field(default=[])
