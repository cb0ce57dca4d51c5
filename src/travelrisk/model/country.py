"""A researched destination: its practice, entry rules and precedents."""

# No ``from __future__ import annotations``: annotations written as objects spare pydantic
# parsing each one from a string when the class is defined (see model/base.py).

from datetime import date
from enum import Enum
from typing import Any

from pydantic import Field, model_validator

from .instrument import Question
from .iso import CountryCode
from .base import Model
from .sources import Cited, Confidence, Dated


class Depth(str, Enum):
    BASIC = "basic"
    THOROUGH = "thorough"


class PrecedentMechanism(str, Enum):
    INTERSTATE_SEARCH = "interstate_search"
    RED_NOTICE = "red_notice"
    DIFFUSION = "diffusion"
    INTERPOL_ALERT = "interpol_alert"  # a red notice or a diffusion: the sources do not say which
    # held as wanted by the requesting state: the sources do not say through which channel
    # (its interstate search, Interpol or a request of its own)
    WANTED_LISTING = "wanted_listing"
    EXTRADITION_REQUEST = "extradition_request"
    DEPORTATION = "deportation"
    RENDITION = "rendition"
    FORCED_LANDING = "forced_landing"
    ABDUCTION = "abduction"


class Outcome(str, Enum):
    EXTRADITED = "extradited"
    DEPORTED = "deported"
    RENDERED = "rendered"
    # handed to the requesting state, but the sources do not say in what legal form
    # (extradition, deportation or otherwise)
    HANDED_OVER = "handed_over"
    DETAINED_RELEASED = "detained_released"
    DETAINED_PENDING = "detained_pending"
    # a court (or the government) approved the extradition; that it was carried out is not known
    EXTRADITION_APPROVED = "extradition_approved"
    EXTRADITION_REFUSED = "extradition_refused"  # held, then extradition refused
    REQUEST_REFUSED = "request_refused"  # a request refused while the person was not held
    # extradition refused, and the sources do not say whether the person was held meanwhile:
    # neither a detention nor its absence is claimed
    REFUSED_CUSTODY_UNKNOWN = "refused_custody_unknown"
    ASYLUM_GRANTED = "asylum_granted"
    REFUSED_ENTRY = "refused_entry"


class Charge(str, Enum):
    """What the requesting state accused the person of, as the sources describe the case."""

    POLITICAL = "political"  # dissent, journalism, protest, desertion, "extremism": a case rights groups call political
    ORDINARY = "ordinary"  # an ordinary crime (fraud, violence, drugs, organised crime) with no political side on record
    # A terrorist act, financing terrorism, or taking part in a terrorist organisation or an
    # armed group, with no political side on record. Kept apart from ordinary crimes: the states
    # that pursue dissent also charge it as terrorism and list dissenters as terrorists, so such
    # a handover weighs most for a person on those lists.
    TERRORISM = "terrorism"


class Precedent(Cited):
    date: date
    requester: CountryCode
    who: str = Field(min_length=1)
    mechanism: PrecedentMechanism
    outcome: Outcome
    # Left out when the sources do not make it clear; rules then treat the case as if it
    # could have been political (never falsely reassuring).
    charge: Charge | None = None
    summary: str = ""


class InterpolPractice(Model):
    """Whether the destination detains on an Interpol notice alone. A missing answer is unknown."""

    arrests_on_red_notice: bool | None = None
    arrests_on_diffusion: bool | None = None
    note: str | None = None
    sources: list[str] = Field(default=[])
    confidence: Confidence | None = None

    @model_validator(mode="after")
    def _answers_are_cited(self) -> "InterpolPractice":
        answered = self.arrests_on_red_notice is not None or self.arrests_on_diffusion is not None
        if answered and (not self.sources or self.confidence is None):
            raise ValueError("an answer about arrests needs sources and a confidence")
        return self


class EntryNote(Cited, Dated):
    passports: list[CountryCode] = Field(default=[])
    text: str = Field(min_length=1)


class Answer(str, Enum):
    """An answer to one question of the research checklist (``rules/checklist.toml``)."""

    YES = "yes"
    NO = "no"
    OPEN = "open"


class ResearchAnswer(Model):
    """What someone found when they looked, when they looked, and where.

    ``yes`` states what was found, with sources; ``no`` states what was searched and when (a
    source where one exists); ``open`` means nobody has looked yet. An item's negative is a
    fact only for the period its search covers: from ``searched_from`` to ``searched_until``
    (the newest material the search could see; by default the day of the search,
    ``searched_on``), and for travel dates up to the checklist's ``valid_for_days`` after it."""

    answer: Answer
    text: str = ""
    searched_from: date | None = None
    searched_until: date | None = None
    searched_on: date | None = None
    instruments: list[str] = Field(default=[])
    # For a 'yes' on treaties: true only where the list read would show every such treaty,
    # so kinds of treaty not found are known absent; false, they stay open questions.
    complete: bool = False
    red_notice: bool | None = None
    diffusion: bool | None = None
    sources: list[str] = Field(default=[])
    confidence: Confidence | None = None

    @property
    def answered(self) -> bool:
        """Someone looked and the answer stands: an ``unverified`` answer is still open."""
        return self.answer is not Answer.OPEN and self.confidence is not Confidence.UNVERIFIED

    @property
    def covered_until(self) -> date | None:
        """The newest date the search could see."""
        return self.searched_until or self.searched_on

    @model_validator(mode="after")
    def _answers_say_what_and_when(self) -> "ResearchAnswer":
        if self.answer is Answer.OPEN:
            return self
        if not self.text.strip():
            raise ValueError(f"an answer '{self.answer.value}' needs text: what was found, or what was searched")
        if self.searched_on is None:
            raise ValueError(f"an answer '{self.answer.value}' needs searched_on: the date someone looked")
        end = self.searched_until or self.searched_on
        if self.searched_until and self.searched_until > self.searched_on:
            raise ValueError(f"searched_until ({self.searched_until}) is after searched_on ({self.searched_on})")
        if self.searched_from and self.searched_from > end:
            raise ValueError(f"searched_from ({self.searched_from}) is after the end of the search ({end})")
        if self.answer is Answer.YES and (not self.sources or self.confidence is None):
            raise ValueError("an answer 'yes' needs sources and a confidence")
        if self.sources and self.confidence is None:
            raise ValueError("an answer that cites sources needs a confidence")
        return self


class ResearchRecord(Model):
    """One requesting state's research record at one destination: the checklist's answers.

    In TOML, ``[research.BY]`` holds ``reviewed`` and one table per checklist item
    (``[research.BY.treaty]``, ...); an item left out is open."""

    reviewed: date
    answers: dict[str, ResearchAnswer] = Field(default={})

    @model_validator(mode="before")
    @classmethod
    def _items_are_answers(cls, data: Any) -> Any:
        if isinstance(data, dict) and "answers" not in data:
            data = dict(data)
            answers = {k: data.pop(k) for k in list(data) if k != "reviewed"}
            data["answers"] = answers
        return data

    def get(self, item: str) -> ResearchAnswer | None:
        return self.answers.get(item)


class Country(Model):
    country: CountryCode
    reviewed: date
    depth: Depth = Depth.BASIC
    summary: str = ""
    searched: str | None = None
    sources: list[str] = Field(default=[])
    interpol: InterpolPractice = Field(default_factory=InterpolPractice)
    entry: list[EntryNote] = Field(default=[])
    precedents: list[Precedent] = Field(default=[])
    research: dict[CountryCode, ResearchRecord] = Field(default={})
    questions: list[Question] = Field(default=[])

    def answer(self, requester: str, item: str) -> ResearchAnswer | None:
        """The research record's answer to one checklist item for one requester, if any."""
        record = self.research.get(requester)
        return record.answers.get(item) if record is not None else None
