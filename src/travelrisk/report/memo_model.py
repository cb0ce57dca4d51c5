"""The memo as data: what every report format shows, in the order it shows it.

:mod:`travelrisk.report.memo` builds it from assessments; :mod:`travelrisk.report.layout`
lays it out for Markdown and HTML; JSON is the model itself.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, PrivateAttr

from ..language.i18n import Words
from ..model.assessment import CaveatKind, RulebookStamp
from ..model.base import Model
from ..model.levels import Effect, Level
from ..model.sources import Confidence, SourceKind

TEXT_FORMATS: tuple[str, ...] = ("md", "html", "json")
FORMATS: tuple[str, ...] = ("md", "html", "pdf", "json")

NOT_ADVICE = "This is information, not legal advice."
DISCLAIMER = NOT_ADVICE + (
    " It sets out what the travelrisk rulebook holds "
    "about the states named here and how its rules apply to the profile it was given, as of "
    "the date stated. Laws, treaties and practice change, and the rulebook is incomplete: a "
    "lawyer should check the sources before anyone relies on this memo."
)


class MemoSource(Model):
    """One numbered entry of the memo's source list."""

    number: int
    title: str
    publisher: str
    date: date
    undated: bool = False  # the source shows no date: ``date`` is the day it was read
    url: str | None = None
    # Where it was read when not at its own address: a copy's URL, or what the copy was.
    via: str | None = None
    kind: SourceKind | None = None  # state media and mirrors are marked for the reader
    # The weakest confidence of the facts that cite it; None where only a rule's own wording
    # cites it (the rulebook grades facts, not the sources of a rule's explanation).
    confidence: Confidence | None
    ids: list[str] = Field(default=[])  # rulebook ids; empty in a redacted memo


class MemoFact(Model):
    """A rulebook fact a finding rests on, with its own citations where they are known."""

    text: str
    citations: list[int] = Field(default=[])
    confidence: Confidence | None = None


class MemoFinding(Model):
    rule_id: str
    title: str
    level: Level | None
    effect: Effect
    harm: str
    harm_name: str
    requester: str | None  # the state's name, or its neutral label in a redacted memo
    text: str
    citations: list[int]
    facts: list[MemoFact]
    confidence: Confidence


class MemoNote(Model):
    """A caveat or an open question: what limits the answer."""

    kind: CaveatKind
    text: str
    #: The numbers of the sources it rests on (an open point the rulebook records).
    citations: list[int] = Field(default=[])
    #: What an open point the rulebook records is about (the destination, a treaty, a pursuing
    #: state), named in the memo's language; None for the engine's own notes.
    about: str | None = None


class MemoSection(Model):
    """One destination, or one leg of a trip."""

    number: int
    destination: str
    destination_name: str
    leg_kind: str
    as_of: date
    level: Level
    ceiling: Level
    settled: bool
    research_answered: int
    research_total: int
    researched: bool
    main_reason: str
    worst: bool = False
    requesters: list[str]
    findings: list[MemoFinding]
    open_questions: list[MemoNote]
    caveats: list[MemoNote]


class ProfileLine(Model):
    label: str
    value: str


class Memo(Model):
    """Everything a report shows, in the order it shows it."""

    format: Literal["travelrisk-memo"] = "travelrisk-memo"
    version: int = 2
    kind: Literal["destinations", "trip"]
    title: str
    made_on: date
    as_of: list[date]
    rulebook: RulebookStamp
    redacted: bool
    redaction_note: str | None = None
    profile: list[ProfileLine]
    level: Level | None = None  # a trip's level (the highest of its legs' levels)
    ceiling: Level | None = None  # a trip's ceiling (the highest of its legs' ceilings)
    worst_leg: int | None = None  # the section number of a trip's worst leg
    worst_known_leg: int | None = None  # the worst researched leg, when an unknown leg sets the level
    sections: list[MemoSection]
    sources: list[MemoSource]
    disclaimer: str = DISCLAIMER
    language: str = "en"  # the language of the memo's text (its keys and values never change)
    _words: Words | None = PrivateAttr(default=None)

    @property
    def words(self) -> Words:
        """The words the memo is laid out with: its language's, else English."""
        return self._words or Words(None)
