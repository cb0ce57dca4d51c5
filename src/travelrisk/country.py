"""A researched destination: its practice, entry rules and precedents."""

from __future__ import annotations

from datetime import date
from enum import Enum

from pydantic import Field, model_validator

from .instrument import Question
from .iso import CountryCode
from .model import Model
from .sources import Cited, Confidence, Dated


class Depth(str, Enum):
    BASIC = "basic"
    THOROUGH = "thorough"


class PrecedentMechanism(str, Enum):
    INTERSTATE_SEARCH = "interstate_search"
    RED_NOTICE = "red_notice"
    DIFFUSION = "diffusion"
    EXTRADITION_REQUEST = "extradition_request"
    DEPORTATION = "deportation"
    RENDITION = "rendition"
    FORCED_LANDING = "forced_landing"
    ABDUCTION = "abduction"


class Outcome(str, Enum):
    EXTRADITED = "extradited"
    DEPORTED = "deported"
    RENDERED = "rendered"
    DETAINED_RELEASED = "detained_released"
    DETAINED_PENDING = "detained_pending"
    EXTRADITION_REFUSED = "extradition_refused"
    ASYLUM_GRANTED = "asylum_granted"


class Precedent(Cited):
    date: date
    requester: CountryCode
    who: str = Field(min_length=1)
    mechanism: PrecedentMechanism
    outcome: Outcome
    summary: str = ""


class InterpolPractice(Model):
    """Whether the destination detains on an Interpol notice alone. A missing answer is unknown."""

    arrests_on_red_notice: bool | None = None
    arrests_on_diffusion: bool | None = None
    note: str | None = None
    sources: list[str] = Field(default_factory=list)
    confidence: Confidence | None = None

    @model_validator(mode="after")
    def _answers_are_cited(self) -> "InterpolPractice":
        answered = self.arrests_on_red_notice is not None or self.arrests_on_diffusion is not None
        if answered and (not self.sources or self.confidence is None):
            raise ValueError("an answer about arrests needs sources and a confidence")
        return self


class EntryNote(Cited, Dated):
    passports: list[CountryCode] = Field(default_factory=list)
    text: str = Field(min_length=1)


class Country(Model):
    country: CountryCode
    reviewed: date
    depth: Depth = Depth.BASIC
    summary: str = ""
    searched: str | None = None
    sources: list[str] = Field(default_factory=list)
    interpol: InterpolPractice = Field(default_factory=InterpolPractice)
    entry: list[EntryNote] = Field(default_factory=list)
    precedents: list[Precedent] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
