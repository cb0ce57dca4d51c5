"""What the engine answers: a level, the findings behind it, and what it could not know."""

# No ``from __future__ import annotations``: annotations written as objects spare pydantic
# parsing each one from a string when the class is defined (see model/base.py).

from datetime import date
from enum import Enum

from pydantic import Field

from .base import Model
from .levels import Effect, Level
from .sources import Confidence, Source


class RulebookStamp(Model):
    """The rulebook that made an assessment, so a memo can be reproduced against it."""

    version: str
    reviewed: date
    content_hash: str
    signed: bool | None = None


class RequesterBasis(Model):
    """A state that pursues the person, and why it counts."""

    state: str
    name: str
    reasons: list[str]


class Finding(Model):
    """A rule that matched, with the facts it matched and their sources."""

    rule_id: str
    title: str
    requester: str | None
    level: Level | None
    effect: Effect
    harm: str  # an id from the rulebook's harms: what this finding risks
    harm_name: str
    text: str
    facts: list[str] = Field(default=[])
    sources: list[Source] = Field(default=[])
    confidence: Confidence
    #: The ids of the instruments (treaties, organisations) the finding rests on.
    instruments: list[str] = Field(default=[])
    not_formalised: str | None = None
    # What the text was filled with, kept so it can be filled again in another language
    # (``i18n.localise``); never part of the JSON output.
    values: dict[str, str] = Field(default={}, exclude=True, repr=False)
    items: dict[str, list[str]] = Field(default={}, exclude=True, repr=False)


class CaveatKind(str, Enum):
    OPEN_QUESTION = "open_question"
    RESEARCH_DEPTH = "research_depth"
    DATA_AGE = "data_age"
    NOT_FORMALISED = "not_formalised"
    PROFILE = "profile"  # the profile says too little for any level to mean something
    ENTRY = "entry"  # what the destination asks of a traveller on the person's passports (visas, documents, border rules)
    SUMMARY = "summary"  # what the research found about the destination, in the rulebook's own words


class Caveat(Model):
    """What limits an answer. ``sources``: what an open point the rulebook records rests on
    (a case whose outcome is not known, a report nobody confirmed), for a reader to follow.
    ``about``: for an open point the rulebook records, the name of what it is about (the
    destination, a treaty, a pursuing state), which a reader sees before the text; None for the
    engine's own notes. ``instrument``: the treaty's id, for a point about a treaty;
    ``requester``: the pursuing state an open question, or an open point, is about.
    ``confidence``: where the note states one graded fact of the rulebook (an entry rule),
    that fact's confidence, which its sources carry in a memo; None for the rest (a summary
    in the rulebook's words, an open point, the engine's own notes), whose sources are not
    graded."""

    kind: CaveatKind
    text: str
    about: str | None = None
    rule_id: str | None = None
    instrument: str | None = None
    requester: str | None = None
    level: Level | None = None
    missing: list[str] = Field(default=[])
    sources: list[Source] = Field(default=[])
    confidence: Confidence | None = None


class ResearchSummary(Model):
    """How much of the research checklist this destination's records answer for the states
    that pursue the person: ``answered`` of ``total`` items; ``reviewed`` is the oldest review
    date among those records (None when there is none)."""

    answered: int
    total: int
    reviewed: date | None = None


class Assessment(Model):
    """A level and a ceiling: ``level`` is what the established facts alone give (every open
    question resolved in the traveller's favour); ``ceiling`` is the worst case (every open
    question resolved against them). ``settled`` when the two are equal. A destination nobody
    researched and no finding touches has the level ``unknown`` and the ceiling ``severe``.
    For a profile that names no state pursuing the person, both are ``unknown``: nothing is
    known of the person, so no level means anything yet."""

    destination: str
    destination_name: str
    as_of: date
    leg_kind: str = "entry"
    level: Level
    ceiling: Level
    settled: bool
    researched: bool
    residence: bool = False  # the person lives here: the answer holds every day, not only on a trip
    research: ResearchSummary
    requesters: list[RequesterBasis]
    findings: list[Finding]
    caveats: list[Caveat]
    rulebook: RulebookStamp

    @property
    def open_questions(self) -> list[Caveat]:
        return [c for c in self.caveats if c.kind is CaveatKind.OPEN_QUESTION]

    def by_harm(self) -> list[tuple[str, list[Finding]]]:
        """The findings grouped by the harm they risk (``harm_name``), in the order the
        engine sorted them: the gravest harm first."""
        groups: dict[str, list[Finding]] = {}
        for f in self.findings:
            groups.setdefault(f.harm_name, []).append(f)
        return list(groups.items())

    @property
    def range_text(self) -> str:
        """``LOW – could be HIGH (2 open questions)``, or the level alone when settled."""
        head = self.level.value.upper()
        if self.settled:
            return head
        if self.ceiling is Level.UNKNOWN:
            return f"{head} (your profile names no state that pursues you)"
        n = len(self.open_questions)
        tail = f" ({n} open question{'s' if n != 1 else ''})" if n else " (not researched)"
        return f"{head} – could be {self.ceiling.value.upper()}{tail}"

    @property
    def main_reason(self) -> str:
        """The title of the finding that set the level (or why there is none)."""
        for f in self.findings:
            if f.effect is Effect.RAISES and f.level == self.level:
                return f.title
        if self.level is Level.UNKNOWN:
            return "not researched"
        return "no rule matched"
