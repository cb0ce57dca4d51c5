"""The research checklist: the questions every destination's research record answers for
each requesting state, defined once as data (``rules/checklist.toml``).

An empty list is not evidence. A predicate that finds nothing (no precedent, no bilateral
treaty, no practice of arresting on notices) answers *false* only where the destination's
research record says someone looked for that requester, when, and over which period; where
the item is open, it answers *unknown*, and the rule becomes an open question.
"""

# No ``from __future__ import annotations``: annotations written as objects spare pydantic
# parsing each one from a string when the class is defined (see model/base.py).

from datetime import date, timedelta
from typing import Literal

from pydantic import Field, model_validator

from .country import Answer, Country, Outcome, ResearchAnswer
from .iso import name as country_name
from .base import Model

#: The predicates whose negatives an item can answer (see ``conditions``).
Answers = Literal["shares_instrument", "precedent", "interpol_practice"]


class ChecklistItem(Model):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str = Field(min_length=1)
    question: str = Field(min_length=1)
    missing: str = Field(min_length=1)
    answers: Answers
    outcomes: list[Outcome] = Field(default=[])
    period: bool = False

    @model_validator(mode="after")
    def _no_research_state(self) -> "ChecklistItem":
        # An older rulebook's template ends in "(not yet researched)", which the engine now
        # adds itself only where it is true (see Checklist.gaps).
        if self.missing.endswith(GAP_OPEN):
            self.missing = self.missing[: -len(GAP_OPEN)]
        return self

    @model_validator(mode="after")
    def _outcomes_only_for_precedents(self) -> "ChecklistItem":
        if self.outcomes and self.answers != "precedent":
            raise ValueError("outcomes are only for an item that answers 'precedent'")
        if self.answers == "precedent" and not self.outcomes:
            raise ValueError("an item that answers 'precedent' lists the outcomes it covers")
        return self

    def ask(self, template: str, destination: str, requester: str, **extra: str) -> str:
        return template.format(
            destination_name=country_name(destination), requester_name=country_name(requester), **extra
        )


#: What a gap adds to an item's question: that nobody has looked, that what was found is not
#: confirmed, or that the research does not reach (past its last search, or before the start
#: of the period searched); the memo's translations say the same in the reader's language
#: (see report_words.MISSING).
GAP_OPEN = " (not yet researched)"
GAP_UNCONFIRMED = " (searched, but the answer is not confirmed)"  # a yes or a no: either way unconfirmed
GAP_AFTER = " after {date} (the last search reached no further)"
GAP_UNRECORDED = " (the period searched is not recorded)"
GAP_BEFORE = " before {date} (not searched)"


class Checklist(Model):
    """``rules/checklist.toml``."""

    valid_for_days: int = Field(ge=1)
    #: The requesting states a ``thorough`` country file answers every item for.
    thorough_for: list[str] = Field(default=[])
    items: list[ChecklistItem] = Field(min_length=1, alias="item")

    @model_validator(mode="after")
    def _unique_ids(self) -> "Checklist":
        ids = [i.id for i in self.items]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"item id {dupes[0]!r} is used twice")
        return self

    @property
    def ids(self) -> list[str]:
        return [i.id for i in self.items]

    def for_predicate(self, answers: str, outcomes: list[Outcome] | tuple[Outcome, ...] = ()) -> list[ChecklistItem]:
        """The items whose answers decide a negative of this predicate (and these outcomes;
        none named means every outcome)."""
        wanted = set(outcomes) if outcomes else None
        return [
            i for i in self.items
            if i.answers == answers and (answers != "precedent" or wanted is None or wanted & set(i.outcomes))
        ]

    def gaps(
        self,
        items: list[ChecklistItem],
        country: Country,
        requester: str,
        on: date,
        since: date | None = None,
    ) -> list[str]:
        """What is not known for a negative of these items, for dates from ``since`` to ``on``
        (empty: the negative is a fact). Each gap reads as a 'whether ...' clause."""
        out: list[str] = []
        for item in items:
            ans = country.answer(requester, item.id)
            gap = self._gap(item, ans, country.country, requester, on, since)
            if gap:
                out.append(gap)
        return out

    def _gap(
        self, item: ChecklistItem, ans: ResearchAnswer | None, destination: str, requester: str,
        on: date, since: date | None,
    ) -> str | None:
        if ans is None or ans.answer is Answer.OPEN:
            return item.ask(item.missing, destination, requester) + GAP_OPEN
        if not ans.answered:  # an unverified yes or no: looked for, not confirmed
            return item.ask(item.missing, destination, requester) + GAP_UNCONFIRMED
        end = ans.covered_until
        assert end is not None  # an answered item always says when
        if on > end + timedelta(days=self.valid_for_days):
            return item.ask(item.missing, destination, requester) + GAP_AFTER.format(date=end)
        if item.period:
            asked = item.ask(item.missing, destination, requester)
            if ans.searched_from is None:
                return asked + GAP_UNRECORDED
            if since is None or since < ans.searched_from:
                return asked + GAP_BEFORE.format(date=ans.searched_from)
        return None

    def unconfirmed(self, country: Country, requester: str) -> list[str]:
        """The items a research record answers yes or no, but ``unverified``."""
        return [i.id for i in self.items
                if (a := country.answer(requester, i.id)) is not None and a.answer is not Answer.OPEN
                and not a.answered]

    def unanswered(self, country: Country, requester: str) -> list[str]:
        """The items a research record leaves ``open`` for ``requester``, or does not hold. An
        ``unverified`` yes or no was still searched for; the engine keeps it an open question."""
        return [i.id for i in self.items
                if (a := country.answer(requester, i.id)) is None or a.answer.value == "open"]

    def answered(self, country: Country | None, requester: str) -> int:
        if country is None:
            return 0
        return sum(1 for i in self.items if (a := country.answer(requester, i.id)) is not None and a.answered)
