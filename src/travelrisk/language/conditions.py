"""The rule language: a typed condition tree with three-valued (Kleene) semantics.

A condition is a TOML table with exactly one key, the predicate's name, e.g.
``{ party_to = { instrument = "cis-search-2010", parties = ["destination", "requester"] } }``.
Predicates over facts the rulebook does not hold answer *unknown* (``None``), never false,
so missing research surfaces as an open question instead of passing for safety.
There is no ``eval`` and no expression string anywhere.
"""

# No ``from __future__ import annotations``: annotations written as objects spare pydantic
# parsing each one from a string when the class is defined (see model/base.py).

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, NamedTuple, Union

from pydantic import Discriminator, Field, Tag

from ..model.country import Country, Outcome, Precedent, PrecedentMechanism
from ..model.instrument import InstrumentKind, Mechanism
from ..model.iso import name as country_name
from ..model.base import Model
from ..model.profile import ListingKind, Profile, ProtectionKind
from ..model.sources import Confidence
from .report_words import FACTS, MISSING

if TYPE_CHECKING:
    from .rulebook import Rulebook

Truth = bool | None  # None is "unknown"

LEG_KINDS = ("departure", "entry", "transit", "overflight", "land_crossing")
LegKind = Literal["departure", "entry", "transit", "overflight", "land_crossing"]


class Fact(NamedTuple):
    """A rulebook fact a condition relied on, with its sources."""

    text: str
    sources: tuple[str, ...]
    confidence: Confidence


class Result:
    """A three-valued truth with what it rests on: facts when true, missing facts when unknown."""

    # A plain class, not a dataclass: generated methods cost a cold command time at import.
    __slots__ = ("truth", "facts", "missing", "instruments", "shared", "precedents")

    def __init__(
        self,
        truth: Truth,
        facts: list[Fact] | None = None,
        missing: list[str] | None = None,
        instruments: list[str] | None = None,
        precedents: list[Precedent] | None = None,
        shared: list[str] | None = None,
    ):
        self.truth = truth
        self.facts = facts if facts is not None else []
        self.missing = missing if missing is not None else []
        self.instruments = instruments if instruments is not None else []
        self.precedents = precedents if precedents is not None else []
        self.shared = shared if shared is not None else []  # found by shares_instrument

    def absorb(self, other: "Result") -> None:
        self.facts.extend(other.facts)
        self.missing.extend(other.missing)
        self.instruments.extend(other.instruments)
        self.precedents.extend(other.precedents)
        self.shared.extend(other.shared)

    def __repr__(self) -> str:
        return f"Result({self.truth!r}, facts={len(self.facts)}, missing={self.missing!r})"


TRUE = Result(True)
FALSE = Result(False)

Evaluator = Callable[["Context"], Result]


class Context:
    """What a condition may read: one person, one destination, one requester, one date."""

    __slots__ = ("book", "profile", "destination", "country", "requester", "on", "leg_kind")

    def __init__(
        self,
        book: "Rulebook",
        profile: Profile,
        destination: str,
        country: Country | None,
        requester: str | None,
        on: date,
        leg_kind: str = "entry",
    ):
        self.book = book
        self.profile = profile
        self.destination = destination
        self.country = country
        self.requester = requester
        self.on = on
        self.leg_kind = leg_kind


# --- predicates -------------------------------------------------------------------------


class ListedArgs(Model):
    kinds: list[ListingKind] = Field(default=[])
    certainty: Literal["known", "suspected", "any"] = "known"


class Listed(Model):
    listed: ListedArgs
    cost: ClassVar[int] = 0  # evaluation order inside all/any: cheap, profile-only first

    def evaluate(self, ctx: Context) -> Result:
        a = self.listed
        if ctx.requester is None:
            return FALSE
        for listing in ctx.profile.listings:
            if listing.state != ctx.requester:
                continue
            if a.kinds and listing.kind not in a.kinds:
                continue
            if a.certainty == "any" or listing.certainty.value == a.certainty:
                return TRUE
        return FALSE


class ExposureArgs(Model):
    any: list[str] = Field(default=[])


class HasExposure(Model):
    exposure: ExposureArgs
    cost: ClassVar[int] = 0  # evaluation order inside all/any: cheap, profile-only first

    def evaluate(self, ctx: Context) -> Result:
        wanted = self.exposure.any
        have = ctx.profile.exposure
        if not wanted:
            return TRUE if have else FALSE
        return TRUE if any(e.value in wanted for e in have) else FALSE


Role = Literal["destination", "requester", "citizenship", "residence"]


class PartyToArgs(Model):
    instrument: str
    parties: list[Role] = Field(min_length=1)


def _role_states(ctx: Context, role: str) -> list[str]:
    if role == "destination":
        return [ctx.destination]
    if role == "requester":
        return [ctx.requester] if ctx.requester else []
    if role == "citizenship":
        return list(ctx.profile.citizenships)
    return [ctx.profile.residence] if ctx.profile.residence else []


def _membership(ctx: Context, instrument_id: str, roles: list[str]) -> Result:
    """Are the states in these roles all parties on the date? (hot path of a world assessment)"""
    member = ctx.book.membership
    found: list[Result] = []
    unknown = False
    for role in roles:
        best: Result | None = None
        for state in _role_states(ctx, role):
            r = member(instrument_id, state, ctx.on)
            if r.truth:
                best = r
                break
            if r.truth is None:
                best = r
        if best is None:
            return FALSE
        if best.truth is None:
            unknown = True
        found.append(best)
    if unknown:
        return Result(None, missing=[m for r in found for m in r.missing])
    return Result(True, facts=[f for r in found for f in r.facts], instruments=[instrument_id])


class PartyTo(Model):
    party_to: PartyToArgs

    @property
    def per_destination(self) -> bool:
        return "destination" in self.party_to.parties
    cost: ClassVar[int] = 2  # evaluation order inside all/any: cheap, profile-only first

    def evaluate(self, ctx: Context) -> Result:
        return _membership(ctx, self.party_to.instrument, self.party_to.parties)


class SharesArgs(Model):
    mechanisms: list[Mechanism] = Field(default=[])
    kinds: list[InstrumentKind] = Field(default=[])


class SharesInstrument(Model):
    shares_instrument: SharesArgs
    per_destination: ClassVar[bool] = True
    cost: ClassVar[int] = 4  # evaluation order inside all/any: cheap, profile-only first

    def evaluate(self, ctx: Context) -> Result:
        if ctx.requester is None:
            return FALSE
        a = self.shares_instrument
        book, on = ctx.book, ctx.on
        # The requester's side is the same for every destination: found once per requester
        # and date. Each destination's answer is then kept for the other rules that ask.
        key = ("shares", tuple(a.mechanisms), tuple(a.kinds), ctx.requester, on)
        candidates = book.memo.get(key)
        if candidates is None:
            candidates = book.memo[key] = [
                (inst.id, r)
                for inst in book.instruments_matching(tuple(a.mechanisms), tuple(a.kinds))
                if (r := book.membership(inst.id, ctx.requester, on)).truth is not False
            ]
        dkey = (*key, ctx.destination)
        hit = book.memo.get(dkey)
        if hit is None:
            hit = _shared(book, _candidates_for(book, key, candidates, ctx.destination), ctx.destination, on)
            if hit.truth is not True and ctx.destination != ctx.requester:
                # No shared instrument on file: a fact only where the research record says
                # someone looked for a bilateral treaty with this requester, and, where they
                # found some, that the list they read would show one of this kind too.
                gaps = _gaps(ctx, "shares_instrument") or _kinds_not_found(ctx, a.mechanisms)
                if gaps:
                    hit = Result(None, missing=[*hit.missing, *gaps])
            book.memo[dkey] = hit
        return hit


def _kinds_not_found(ctx: Context, mechanisms: list[Mechanism]) -> list[str]:
    """For a treaty answer 'yes' that is not complete: the kinds of treaty asked for that the
    treaties found do not provide are still open (finding an extradition treaty says nothing
    of a police agreement)."""
    items = _items(ctx.book, "shares_instrument")
    for item in items:
        ans = ctx.country.answer(ctx.requester, item.id) if ctx.country and ctx.requester else None
        if ans is None or ans.answer.value != "yes" or ans.complete:
            continue
        if not mechanisms:
            return []  # any kind of treaty will do, and one was found
        found = {m for i in ans.instruments if i in ctx.book.instruments for m in ctx.book.instruments[i].mechanisms}
        wanted = set(mechanisms)
        if not wanted & found:
            kinds = f" {MISSING['or']} ".join(sorted(MISSING[f"kind_{m.value}"] for m in wanted))
            return [MISSING["treaty_kind"].format(destination=country_name(ctx.destination),
                                                  requester=country_name(ctx.requester), kinds=kinds)]
    return []


def _candidates_for(book: "Rulebook", key: tuple, candidates: list[tuple[str, Result]],
                    destination: str) -> list[tuple[str, Result]]:
    """The candidates this destination can be a party to (in their order): most instruments
    name their parties in full, and a world assessment would ask every one of them about
    every country. Which those are is found once per candidates list."""
    index_key = ("shares-index", *key)
    index = book.memo.get(index_key)
    if index is None:
        anyone: list[int] = []
        named: dict[str, list[int]] = {}
        for n, (inst_id, _) in enumerate(candidates):
            states = book.may_be_party(inst_id)
            if states is None:
                anyone.append(n)
            else:
                for state in states:
                    named.setdefault(state, []).append(n)
        index = book.memo[index_key] = (anyone, named)
    anyone, named = index
    here = named.get(destination, [])
    picked = sorted([*anyone, *here]) if anyone and here else anyone or here
    return [candidates[n] for n in picked]


def _shared(book: "Rulebook", candidates: list[tuple[str, Result]], destination: str, on: date) -> Result:
    facts: list[Fact] = []
    instruments: list[str] = []
    missing: list[str] = []
    for inst_id, requester_side in candidates:
        here = book.membership(inst_id, destination, on)
        if here.truth is False:
            continue
        if here.truth and requester_side.truth:
            facts += here.facts + requester_side.facts
            instruments.append(inst_id)
        else:
            missing += here.missing + requester_side.missing
    if instruments:
        return Result(True, facts=facts, instruments=instruments, shared=list(instruments))
    return Result(None, missing=missing) if missing else FALSE


class StanceArgs(Model):
    stance: list[str] = Field(min_length=1)


class InterpolStanceIs(Model):
    interpol_stance: StanceArgs
    cost: ClassVar[int] = 1  # evaluation order inside all/any: cheap, profile-only first

    def evaluate(self, ctx: Context) -> Result:
        if ctx.requester is None:
            return FALSE
        req = ctx.book.requesters.get(ctx.requester)
        stance = req.stance_on(ctx.on) if req else None
        if stance is None:
            who = country_name(ctx.requester)
            return Result(None, missing=[MISSING["stance"].format(requester=who, date=ctx.on)])
        if stance.confidence is Confidence.UNVERIFIED:
            return Result(None, missing=[MISSING["stance_lead"].format(requester=country_name(ctx.requester))])
        if stance.stance.value in self.interpol_stance.stance:
            text = FACTS["stance"].format(requester=country_name(ctx.requester),
                                          summary=stance.summary or stance.stance.value)
            return Result(True, facts=[Fact(text, tuple(stance.sources), stance.confidence)])
        return FALSE


class PracticeArgs(Model):
    arrests_on: Literal["red_notice", "diffusion"]


class InterpolPracticeIs(Model):
    interpol_practice: PracticeArgs
    per_destination: ClassVar[bool] = True
    cost: ClassVar[int] = 1  # evaluation order inside all/any: cheap, profile-only first

    def evaluate(self, ctx: Context) -> Result:
        kind = self.interpol_practice.arrests_on
        what = "a red notice" if kind == "red_notice" else "an Interpol diffusion"
        question = MISSING[f"detains_{kind}"].format(destination=country_name(ctx.destination))
        if ctx.country is None:
            return Result(None, missing=[question])
        practice = ctx.country.interpol
        answer = practice.arrests_on_red_notice if kind == "red_notice" else practice.arrests_on_diffusion
        note, sources, conf = practice.note, tuple(practice.sources), practice.confidence
        # The research record may say how this requester's notices fare here in particular.
        record = _notices_record(ctx)
        own = _own_practice(record, kind, answer)
        inferred = own is not None and answer is None and kind == "red_notice" and record.red_notice is None
        if own is not None:
            answer, note, sources, conf = own, record.text, tuple(record.sources), record.confidence
        if answer is None:
            return Result(None, missing=[question])
        if conf is Confidence.UNVERIFIED:
            return Result(None, missing=[MISSING[f"detains_{kind}_lead"].format(destination=country_name(ctx.destination))])
        if not answer:
            # A general "does not detain" is a fact for this requester only where someone
            # looked at what this requester's notices lead to here.
            gaps = _gaps(ctx, "interpol_practice")
            return Result(None, missing=gaps) if gaps else FALSE
        # A note from the general practice is quoted as such: its cases may be another state's.
        key = (f"detains_{kind}_inferred" if inferred and note else f"detains_{kind}_general" if note and own is None
               else f"detains_{kind}_note" if note else f"detains_{kind}")
        text = FACTS[key].format(destination=country_name(ctx.destination), note=note,
                                 requester=country_name(ctx.requester) if ctx.requester else "")
        return Result(True, facts=[Fact(text, sources, conf or Confidence.UNVERIFIED)])


def _notices_record(ctx: Context):
    """The research record's answer on how this requester's notices fare here, if any."""
    if ctx.requester is None or ctx.country is None:
        return None
    items = _items(ctx.book, "interpol_practice")
    for item in items:
        ans = ctx.country.answer(ctx.requester, item.id)
        if ans is not None and ans.answered:
            return ans
    return None


def _own_practice(record, kind: str, general: bool | None) -> bool | None:
    """What a record says of this requester's notices, where it decides anything: its explicit
    answer for the kind of notice (``red_notice = false``: this requester's notices are not
    acted on, whatever the general practice), else, only where the general practice is not
    known, 'yes' (people were detained on its notices) as a red-notice practice. A bare 'no'
    (no case found) decides nothing: that nobody was found held on a requester's notices does
    not show that the police would not hold someone, so the practice stays unknown unless a
    source says so (``red_notice = false``)."""
    if record is None:
        return None
    explicit = record.red_notice if kind == "red_notice" else record.diffusion
    if explicit is not None:
        return explicit
    if general is not None or record.answer.value == "no":
        return None
    return True if kind == "red_notice" else None


def _items(book: "Rulebook", answers: str, outcomes: list[Outcome] | tuple[Outcome, ...] = ()) -> list:
    """``checklist.for_predicate``, kept for the run: a world assessment asks it thousands of times."""
    key = ("checklist-items", answers, tuple(outcomes))
    hit = book.memo.get(key)
    if hit is None:
        hit = book.memo[key] = book.checklist.for_predicate(answers, outcomes)
    return hit


def _gaps(
    ctx: Context, answers: str, outcomes: list[Outcome] | tuple[Outcome, ...] = (), since: date | None = None,
    requesters: list[str] | None = None,
) -> list[str]:
    """What the research record leaves open for a negative of this predicate (see checklist)."""
    checklist = ctx.book.checklist
    items = _items(ctx.book, answers, outcomes)
    if not items or ctx.country is None:
        return []
    who = requesters if requesters is not None else ([ctx.requester] if ctx.requester else [])
    return [gap for r in who for gap in checklist.gaps(items, ctx.country, r, ctx.on, since)]


class PrecedentArgs(Model):
    outcomes: list[Outcome] = Field(default=[])
    mechanisms: list[PrecedentMechanism] = Field(default=[])
    within_years: int | None = Field(default=None, ge=1)
    requester: Literal["requester", "any"] = "requester"
    # What the person handed over was accused of; "unrecorded" where the file does not say.
    charges: list[Literal["political", "ordinary", "terrorism", "unrecorded"]] = Field(default=[])


class HasPrecedent(Model):
    precedent: PrecedentArgs
    per_destination: ClassVar[bool] = True
    cost: ClassVar[int] = 3  # evaluation order inside all/any: cheap, profile-only first

    def evaluate(self, ctx: Context) -> Result:
        a = self.precedent
        if ctx.country is None:
            return Result(None, missing=[MISSING["practice"].format(destination=country_name(ctx.destination))])
        if a.requester == "requester" and ctx.requester is None:
            return FALSE
        since = ctx.on - timedelta(days=round(365.25 * a.within_years)) if a.within_years else None
        earliest = since or date.min
        hits = [
            p
            for p in ctx.country.precedents
            if earliest <= p.date <= ctx.on
            and (not a.outcomes or p.outcome in a.outcomes)
            and (not a.mechanisms or p.mechanism in a.mechanisms)
            and (a.requester == "any" or p.requester == ctx.requester)
            and (not a.charges or (p.charge.value if p.charge else "unrecorded") in a.charges)
        ]
        if not hits:
            # No precedent on file is a fact only for the period someone searched.
            who = sorted(ctx.book.requesters) if a.requester == "any" else None
            gaps = _gaps(ctx, "precedent", a.outcomes, since, who)
            return Result(None, missing=gaps) if gaps else FALSE
        verified = [p for p in hits if p.confidence is not Confidence.UNVERIFIED]
        if not verified:
            return Result(None, missing=[MISSING["precedent"].format(who=h.who, date=h.date) for h in hits])
        hits = verified
        facts = [Fact(precedent_line(p), tuple(p.sources), p.confidence) for p in hits]
        return Result(True, facts=facts, precedents=hits)


# How a precedent relates to its requesting state, by the way it came about: only a request
# is "requested by"; a deportation or a refusal of entry need not have been asked for.
_RELATION = {  # how a precedent's mechanism relates the person to the requesting state
    "interstate_search": "rel_request",
    "red_notice": "rel_request",
    "diffusion": "rel_request",
    "interpol_alert": "rel_request",
    "wanted_listing": "rel_request",
    "extradition_request": "rel_request",
    "deportation": "rel_sent",
    "rendition": "rel_handed",
    "abduction": "rel_seized",
    "forced_landing": "rel_by",
}

# The mechanisms by which the requesting state itself asked for the person.
REQUESTED = frozenset(m for m, rel in _RELATION.items() if rel == "rel_request")


# A removal or a handover says the person was "sent" or "handed" to the state only where it
# happened; an attempt that ended otherwise (released, refused) is only "concerning" it.
_CARRIED_OUT = frozenset({Outcome.EXTRADITED, Outcome.DEPORTED, Outcome.RENDERED, Outcome.HANDED_OVER})


def precedent_line(p: Precedent) -> str:
    """A precedent in one line, saying who did what to whom without claiming more."""
    outcome = FACTS[f"outcome_{p.outcome.value}"]
    relation = _RELATION.get(p.mechanism.value, "rel_concerning")
    if p.outcome is Outcome.REFUSED_ENTRY or (relation in ("rel_sent", "rel_handed") and p.outcome not in _CARRIED_OUT):
        relation = "rel_concerning"  # a refusal of entry says nothing of what the state wanted
    return FACTS["precedent"].format(date=p.date, who=p.who, outcome=outcome,
                                     relation=FACTS[relation].format(state=country_name(p.requester)))


class Empty(Model):
    pass


class CitizenArgs(Model):
    state: Literal["requester", "destination"]


class CitizenOf(Model):
    citizen_of: CitizenArgs
    cost: ClassVar[int] = 0  # evaluation order inside all/any: cheap, profile-only first

    @property
    def per_destination(self) -> bool:
        # "a citizen of the destination" is asked of each destination, not once per person
        return self.citizen_of.state == "destination"

    def evaluate(self, ctx: Context) -> Result:
        state = ctx.requester if self.citizen_of.state == "requester" else ctx.destination
        return TRUE if state is not None and state in ctx.profile.citizenships else FALSE


class DestinationIsRequester(Model):
    destination_is_requester: Empty
    per_destination: ClassVar[bool] = True
    cost: ClassVar[int] = 0  # evaluation order inside all/any: cheap, profile-only first

    def evaluate(self, ctx: Context) -> Result:
        return TRUE if ctx.requester is not None and ctx.requester == ctx.destination else FALSE


class ProtectedArgs(Model):
    kinds: list[ProtectionKind] = Field(default=[])


class ProtectedBy(Model):
    protected_by: ProtectedArgs
    per_destination: ClassVar[bool] = True
    cost: ClassVar[int] = 0  # evaluation order inside all/any: cheap, profile-only first

    def evaluate(self, ctx: Context) -> Result:
        kinds = self.protected_by.kinds
        for p in ctx.profile.protections:
            if p.state == ctx.destination and (not kinds or p.kind in kinds):
                return TRUE
        return FALSE


class LegKindArgs(Model):
    kinds: list[LegKind] = Field(min_length=1)


class LegKindIs(Model):
    leg_kind: LegKindArgs
    cost: ClassVar[int] = 0  # evaluation order inside all/any: cheap, profile-only first

    def evaluate(self, ctx: Context) -> Result:
        return TRUE if ctx.leg_kind in self.leg_kind.kinds else FALSE


class PassportArgs(Model):
    within_days: int = Field(default=0, ge=0, le=3660)
    issuer: Literal["requester", "any"] = "requester"
    expired: Literal["no", "yes", "any"] = "any"


class PassportExpires(Model):
    """A passport that runs out within ``within_days`` of the date (``expired = "no"``), has
    already run out (``"yes"``), or either (``"any"``)."""

    passport_expires: PassportArgs
    cost: ClassVar[int] = 0  # evaluation order inside all/any: cheap, profile-only first

    def evaluate(self, ctx: Context) -> Result:
        a = self.passport_expires
        limit = ctx.on + timedelta(days=a.within_days)
        for doc in ctx.profile.documents:
            if doc.kind.value != "passport" or doc.expires is None:
                continue
            if a.issuer == "requester" and doc.issuer != ctx.requester:
                continue
            expired = doc.expires < ctx.on
            if (a.expired == "yes" and not expired) or (a.expired == "no" and (expired or doc.expires > limit)):
                continue
            if a.expired == "any" and doc.expires > limit:
                continue
            text = FACTS["passport_expired" if expired else "passport_expires"].format(
                state=country_name(doc.issuer), date=doc.expires)
            return Result(True, facts=[Fact(text, (), Confidence.ESTABLISHED)])
        return FALSE


class RenewalArgs(Model):
    answer: bool


class RenewsPassportsAbroad(Model):
    """True when the rulebook's answer to "does the requester renew its citizens' passports
    at its consulates abroad?" is ``answer`` (with the fact it rests on); unknown where the
    rulebook has no answer for the date."""

    renews_passports_abroad: RenewalArgs
    cost: ClassVar[int] = 1  # evaluation order inside all/any: cheap, profile-only first

    def evaluate(self, ctx: Context) -> Result:
        if ctx.requester is None:
            return FALSE
        req = ctx.book.requesters.get(ctx.requester)
        entry = req.passports_on(ctx.on) if req else None
        if entry is None:
            return Result(None, missing=[MISSING["renews"].format(requester=country_name(ctx.requester))])
        if entry.confidence is Confidence.UNVERIFIED:
            return Result(None, missing=[MISSING["renews_lead"].format(requester=country_name(ctx.requester))])
        if entry.renewed_abroad is not self.renews_passports_abroad.answer:
            return FALSE
        return Result(True, facts=[Fact(entry.text, tuple(entry.sources), entry.confidence)])


class LivesIn(Model):
    """The person lives in the destination (their profile's residence)."""

    lives_in: Empty
    per_destination: ClassVar[bool] = True
    cost: ClassVar[int] = 0  # evaluation order inside all/any: cheap, profile-only first

    def evaluate(self, ctx: Context) -> Result:
        return TRUE if ctx.profile.residence is not None and ctx.profile.residence == ctx.destination else FALSE


class Researched(Model):
    researched: Empty
    per_destination: ClassVar[bool] = True
    cost: ClassVar[int] = 0  # evaluation order inside all/any: cheap, profile-only first

    def evaluate(self, ctx: Context) -> Result:
        return TRUE if ctx.country is not None else FALSE


# --- combinators ------------------------------------------------------------------------


def _weight(node: Any) -> int:
    children = _children(node)
    return max(map(_weight, children)) if children else node.cost


def _by_cost(children: list[Any]) -> list[Any]:
    return sorted(children, key=_weight)


class All(Model):
    all: list["Condition"] = Field(min_length=1)

    def evaluate(self, ctx: Context) -> Result:
        return _all(ctx, [c.evaluate for c in self.all])


def _all(ctx: Context, children: list[Evaluator]) -> Result:
    out: Result | None = None
    unknown = False
    for child in children:
        r = child(ctx)
        if r.truth is False:
            return FALSE
        if r.truth is None:
            unknown = True
        if r is not TRUE:
            if out is None:
                out = Result(True)
            out.absorb(r)
    if out is None:
        return Result(None) if unknown else TRUE
    if unknown:
        out.truth = None
    return out


class AnyOf(Model):
    any: list["Condition"] = Field(min_length=1)

    def evaluate(self, ctx: Context) -> Result:
        return _any(ctx, [c.evaluate for c in self.any])


def _any(ctx: Context, children: list[Evaluator]) -> Result:
    found = Result(False)
    unknown = Result(None)
    saw_unknown = False
    for child in children:
        r = child(ctx)
        if r.truth:
            found.truth = True
            found.absorb(r)
        elif r.truth is None:
            saw_unknown = True
            unknown.missing.extend(r.missing)
    if found.truth:
        return found
    return unknown if saw_unknown else FALSE


class Not(Model):
    not_: "Condition" = Field(alias="not")

    def evaluate(self, ctx: Context) -> Result:
        return _not(self.not_.evaluate(ctx))


def _not(r: Result) -> Result:
    if r.truth is None:
        return Result(None, missing=list(r.missing))
    return FALSE if r.truth else TRUE


PREDICATES: dict[str, type[Model]] = {
    "all": All,
    "any": AnyOf,
    "not": Not,
    "listed": Listed,
    "exposure": HasExposure,
    "party_to": PartyTo,
    "shares_instrument": SharesInstrument,
    "interpol_stance": InterpolStanceIs,
    "interpol_practice": InterpolPracticeIs,
    "precedent": HasPrecedent,
    "destination_is_requester": DestinationIsRequester,
    "citizen_of": CitizenOf,
    "protected_by": ProtectedBy,
    "leg_kind": LegKindIs,
    "passport_expires": PassportExpires,
    "renews_passports_abroad": RenewsPassportsAbroad,
    "researched": Researched,
    "lives_in": LivesIn,
}


def _tag(value: Any) -> str | None:
    if isinstance(value, dict):
        return next(iter(value)) if len(value) == 1 else None
    for tag, cls in PREDICATES.items():
        if type(value) is cls:
            return tag
    return None


Condition = Annotated[
    Union[tuple(Annotated[cls, Tag(tag)] for tag, cls in PREDICATES.items())],  # type: ignore[misc]
    Discriminator(
        _tag,
        custom_error_type="condition",
        custom_error_message="a condition needs exactly one key, one of: " + ", ".join(PREDICATES),
    ),
]


def instruments_named(node: Any) -> list[str]:
    """Every instrument id a condition names (for the loader's cross-check)."""
    out: list[str] = []
    if isinstance(node, PartyTo):
        out.append(node.party_to.instrument)
    for child in _children(node):
        out.extend(instruments_named(child))
    return out


# A combinator's operands, by the node's own class (asked for every node of every rule each
# time a rulebook is loaded; three isinstance checks a node cost more than the rest of it).
_OPERANDS: dict[type, Callable[[Any], list[Any]]] = {
    All: lambda node: list(node.all),
    AnyOf: lambda node: list(node.any),
    Not: lambda node: [node.not_],
}


def _children(node: Any) -> list[Any]:
    operands = _OPERANDS.get(type(node))
    return operands(node) if operands is not None else []


def compile_condition(node: Any) -> Evaluator:
    """A condition as one function, with cheap definite checks first inside all / any.

    Kleene's all / any do not depend on the order of their operands, so a false profile
    check can end the work before any treaty or precedent is looked up."""
    if isinstance(node, All):
        return _conjunction([compile_condition(c) for c in _by_cost(node.all)])
    if isinstance(node, AnyOf):
        children = [compile_condition(c) for c in _by_cost(node.any)]
        return children[0] if len(children) == 1 else (lambda ctx: _any(ctx, children))
    if isinstance(node, Not):
        if isinstance(node.not_, DestinationIsRequester):  # the commonest guard, asked most
            return lambda ctx: FALSE if ctx.requester is not None and ctx.requester == ctx.destination else TRUE
        inner = compile_condition(node.not_)
        return lambda ctx: _not(inner(ctx))
    return node.evaluate


def _conjunction(children: list[Evaluator]) -> Evaluator:
    if len(children) == 1:
        return children[0]
    return lambda ctx: _all(ctx, children)


def _per_destination(node: Any) -> bool:
    children = _children(node)
    if children:
        return any(map(_per_destination, children))
    # Read from the class: on a predicate that lacks it, ``getattr`` on the instance would
    # take pydantic's slow path for a missing attribute. A property answers per node.
    flag = type(node).__dict__.get("per_destination", False)
    return bool(flag.__get__(node) if isinstance(flag, property) else flag)


def _reads_profile(node: Any) -> bool:
    """Whether a per-destination part reads the person (their citizenships, residence or
    protections), so its answer for a destination cannot be shared between people."""
    children = _children(node)
    if children:
        return any(map(_reads_profile, children))
    if isinstance(node, PartyTo):
        return bool({"citizenship", "residence"} & set(node.party_to.parties))
    return isinstance(node, (ProtectedBy, LivesIn)) or (isinstance(node, CitizenOf) and node.per_destination)


def split_condition(node: Any) -> tuple[Evaluator | None, Evaluator | None, bool]:
    """Split a condition into the part that reads only the person, the requester and the
    date (the gate) and the part that reads the destination (the rest); either may be None.
    The third value says whether the rest reads nothing of the person (so its answer for a
    destination, requester, date and kind of leg can be kept and shared).

    If the gate is false for a requester, the rule cannot match any destination, so a world
    assessment skips it instead of asking 249 times; if it is true, only the rest is asked."""
    parts = _by_cost(node.all if isinstance(node, All) else [node])
    fixed = [compile_condition(c) for c in parts if not _per_destination(c)]
    moving_nodes = [c for c in parts if _per_destination(c)]
    moving = [compile_condition(c) for c in moving_nodes]
    shared = not any(map(_reads_profile, moving_nodes))
    return (_conjunction(fixed) if fixed else None), (_conjunction(moving) if moving else None), shared


def combine(known: Result, rest: Result) -> Result:
    """``known AND rest``, where ``known`` is an already evaluated, true-or-unknown gate."""
    if rest.truth is False:
        return FALSE
    if known is TRUE:
        return rest
    out = Result(None if known.truth is None or rest.truth is None else True)
    out.absorb(known)
    out.absorb(rest)
    return out
