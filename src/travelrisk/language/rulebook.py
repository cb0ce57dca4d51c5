"""The rulebook in memory: facts and rules, indexed for the engine."""

# No ``from __future__ import annotations``: annotations written as objects spare pydantic
# parsing each one from a string when the class is defined (see model/base.py).

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import Field

from ..model.assessment import RulebookStamp
from ..model.checklist import Checklist
from .conditions import FALSE, Evaluator, Fact, Result, compile_condition, split_condition
from ..model.country import Country
from ..model.harm import Harm
from ..model.instrument import Instrument, InstrumentKind, Mechanism, Party
from ..model.iso import name as country_name
from ..model.base import Model
from ..model.requester import Requester
from .rule import Rule
from ..model.sources import Confidence, Source
from .report_words import FACTS, MISSING

if TYPE_CHECKING:
    from .i18n import Catalogue, Glossary
    from ..model.scenario import Scenarios


class RulebookInfo(Model):
    """``rules/rulebook.toml``: the rulebook as a whole."""

    name: str = "travelrisk rulebook"
    version: str = Field(min_length=1)
    reviewed: date
    summary: str = ""


class _Deferred:
    """A field a compiled rulebook restores only when it is read (see ``Rulebook.defer``):
    a command that never reads the scenarios or the glossary never defines their classes."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return None  # the dataclass default
        value = obj.__dict__.get(self.name)
        if callable(value):  # deferred: a function that makes it (a model is not callable)
            value = obj.__dict__[self.name] = value()
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self.name] = value


@dataclass
class Rulebook:
    __compiled_ok__ = True  # may be restored from a compiled rulebook (see compiled.py)

    info: RulebookInfo
    content_hash: str
    path: Path | None
    sources: Mapping[str, Source]
    instruments: dict[str, Instrument]
    requesters: dict[str, Requester]
    countries: Mapping[str, Country]
    rules: list[Rule]
    checklist: Checklist
    harms: dict[str, Harm]
    scenarios: "Scenarios | None" = _Deferred()  # type: ignore[assignment]  # default None
    translations: "Mapping[str, Catalogue]" = field(default_factory=dict)  # by language: rules/i18n/
    glossary: "Glossary | None" = _Deferred()  # type: ignore[assignment]  # default None
    _parties: dict[tuple[str, str], list[Party]] = field(default_factory=dict, repr=False)
    _non_parties: set[tuple[str, str]] = field(default_factory=set, repr=False)
    _membership: dict[tuple[str, str, date], Result] = field(default_factory=dict, repr=False)
    _matching: dict[tuple, list[Instrument]] = field(default_factory=dict, repr=False)
    _compiled: dict[str, Evaluator] = field(default_factory=dict, repr=False)
    memo: dict = field(default_factory=dict, repr=False)  # per-run caches of derived values
    answers: dict = field(default_factory=dict, repr=False)  # destination answers (see engine._answer)
    _gates: dict[str, tuple[Evaluator | None, Evaluator | None, bool]] = field(default_factory=dict, repr=False)
    signed: bool | None = None  # an imported pack: signature verified? None: a plain folder

    def __post_init__(self) -> None:
        self._index()

    def _index(self) -> None:
        self._parties.clear()
        self._non_parties.clear()
        self._compiled = {}  # whole conditions, compiled when first asked for (see evaluator)
        self._gates = {rule.id: split_condition(rule.when) for rule in self.rules}
        for inst in self.instruments.values():
            for party in inst.parties:
                self._parties.setdefault((inst.id, party.state), []).append(party)
            for non in inst.non_parties:
                self._non_parties.add((inst.id, non.state))

    def defer(self, name: str, make: "Callable[[], Any] | None") -> None:
        """Set the field ``name`` (``scenarios`` or ``glossary``) to what ``make`` returns,
        called when the field is first read (None: the field is None)."""
        if not isinstance(type(self).__dict__.get(name), _Deferred):
            raise AttributeError(f"{name!r} cannot be deferred")
        self.__dict__[name] = make

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        for name, value in state.items():
            if callable(value) and isinstance(type(self).__dict__.get(name), _Deferred):
                state[name] = getattr(self, name)  # a deferred field is stored as its value
        state["_membership"] = {}  # memo caches are per run, never stored
        state["_matching"] = {}
        state["_compiled"] = {}  # indexes and functions are rebuilt on load
        state["_gates"] = {}
        state["memo"] = {}
        state["answers"] = {}
        state["_parties"] = {}
        state["_non_parties"] = set()
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._index()

    def evaluator(self, rule_id: str) -> Evaluator:
        """A rule's whole condition as one function. An assessment asks its parts (``split``);
        only a memo's re-check of one finding asks for the whole, so it is compiled then."""
        found = self._compiled.get(rule_id)
        if found is None:
            found = self._compiled[rule_id] = compile_condition(self._rule(rule_id).when)
        return found

    def _rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def split(self, rule_id: str) -> tuple[Evaluator | None, Evaluator | None, bool]:
        """A rule's condition as (person-and-date part, destination part, whether the
        destination part can be shared between people); see split_condition."""
        return self._gates[rule_id]

    @property
    def stamp(self) -> RulebookStamp:
        """Version, review date and content hash: shared by every assessment it makes."""
        stamp = self.__dict__.get("_stamp")
        if stamp is None or stamp.content_hash != self.content_hash or stamp.signed != self.signed:
            stamp = self.__dict__["_stamp"] = RulebookStamp(
                version=self.info.version, reviewed=self.info.reviewed, content_hash=self.content_hash,
                signed=self.signed,
            )
        return stamp

    def membership(self, instrument_id: str, state: str, on: date) -> Result:
        """Is ``state`` a party to the instrument on ``on``? Three-valued, memoised."""
        key = (instrument_id, state, on)
        hit = self._membership.get(key)
        if hit is None:
            hit = self._membership[key] = self._compute_membership(instrument_id, state, on)
        return hit

    def _compute_membership(self, instrument_id: str, state: str, on: date) -> Result:
        inst = self.instruments[instrument_id]
        entries = self._parties.get((instrument_id, state))
        if entries:
            for party in entries:
                if party.valid_on(on):
                    if party.confidence is Confidence.UNVERIFIED:
                        # a lead, not a fact: it makes the answer unknown, never true
                        return Result(None, missing=[
                            MISSING["party_lead"].format(state=country_name(state), instrument=inst.name)
                        ])
                    key = ("party_since_earliest" if party.from_is_earliest else "party_since") if party.from_ else "party"
                    text = FACTS[key].format(
                        state=country_name(state), instrument=inst.name, date=party.from_)
                    return Result(True, facts=[Fact(text, tuple(party.sources), party.confidence)])
            return FALSE
        if (instrument_id, state) in self._non_parties or inst.parties_complete:
            return FALSE
        if inst.signatories is not None and state not in inst.signatories.states:
            return FALSE  # never signed a closed instrument
        return Result(None, missing=[MISSING["party"].format(state=country_name(state), instrument=inst.name)])

    def may_be_party(self, instrument_id: str) -> frozenset[str] | None:
        """The states ``membership`` can find a party to this instrument on some date (those
        its entries name, and the signatories of a closed instrument whose list is not
        complete); None where any state may be (see ``_compute_membership``). Memoised."""
        key = ("may-be-party", instrument_id)
        if key in self.memo:
            return self.memo[key]
        inst = self.instruments[instrument_id]
        named = {party.state for party in inst.parties}
        if inst.parties_complete:
            found: frozenset[str] | None = frozenset(named)
        elif inst.signatories is not None:
            found = frozenset(named | set(inst.signatories.states))
        else:
            found = None
        self.memo[key] = found
        return found

    def instruments_matching(
        self, mechanisms: tuple[Mechanism, ...], kinds: tuple[InstrumentKind, ...]
    ) -> list[Instrument]:
        key = (mechanisms, kinds)
        hit = self._matching.get(key)
        if hit is None:
            hit = self._matching[key] = [
                i
                for i in self.instruments.values()
                if (not mechanisms or any(m in i.mechanisms for m in mechanisms))
                and (not kinds or i.kind in kinds)
            ]
        return hit
