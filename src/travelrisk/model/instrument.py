"""Treaties, agreements and organisations, and who is a party to them on which dates."""

# No ``from __future__ import annotations``: annotations written as objects spare pydantic
# parsing each one from a string when the class is defined (see model/base.py).

from datetime import date
from enum import Enum

from pydantic import Field, model_validator

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
    #: ``from`` is only the earliest date the sources allow (a ratification law, an exchange
    #: of instruments), not the day the instrument took effect for the state: said so.
    from_is_earliest: bool = False

    @model_validator(mode="after")
    def _earliest_needs_a_date(self) -> "Party":
        if self.from_is_earliest and self.from_ is None:
            raise ValueError("from_is_earliest needs a from date")
        return self


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
    questions: list["InstrumentQuestion"] = Field(default=[])

    @property
    def name(self) -> str:
        return self.short or self.title

    def states(self) -> set[str]:
        """Every state the instrument's records name: parties, non-parties, signatories."""
        named = {p.state for p in self.parties} | {n.state for n in self.non_parties}
        return named | set(self.signatories.states if self.signatories is not None else ())

    @property
    def bilateral(self) -> bool:
        """A treaty between two states (and a successor of one): it names no more than three
        states and is not an organisation."""
        return len(self.states()) <= 3 and self.kind is not InstrumentKind.ORGANISATION

    def open_points(self, destination: str, requester: str) -> "list[InstrumentQuestion]":
        """The open points that bear on a person pursued by ``requester`` at ``destination``.

        A point that names its ``states`` bears where the destination is one of them, or where
        the requester is one of them and the destination is among the instrument's states. A
        point that names none concerns all the states of a bilateral instrument: between any
        two of them. On a wider instrument it is about the instrument as a whole (see
        :meth:`general_points`)."""
        if destination == requester or not self.questions:
            return []
        named = self.states()
        both = destination in named and requester in named
        return [q for q in self.questions if (
            destination in q.states or (requester in q.states and destination in named) if q.states
            else self.bilateral and both
        )]

    def general_points(self) -> "list[InstrumentQuestion]":
        """The open points about a wider instrument as a whole (no ``states`` named): they bear
        wherever a finding rests on the instrument."""
        return [] if self.bilateral else [q for q in self.questions if not q.states]


class Question(Model):
    """Something deliberately left open: it needs research or a lawyer's judgment.

    ``sources``: what the question itself rests on (a case whose outcome is not known, a
    report that could not be confirmed), for a reviewer to follow."""

    text: str = Field(min_length=1)
    sources: list[str] = Field(default=[])


class InstrumentQuestion(Question):
    """An instrument's open point. ``states``: the states it concerns where the instrument
    binds more than two (a party whose ratification was not found); see
    :meth:`Instrument.open_points`."""

    states: list[CountryCode] = Field(default=[])
