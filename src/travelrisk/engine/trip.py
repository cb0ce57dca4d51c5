"""Trips: an ordered list of legs, each assessed on its own date and by its own kind.

A journey is rarely direct. A flight from Vilnius to Tbilisi may change planes in Istanbul
or Moscow, a bus to Armenia crosses Georgia, and a flight may cross the airspace of a state
that once forced a plane down to arrest a passenger. Each leg gets its own ``Assessment``;
what a kind of leg changes is data, in ``rules/logic/`` (the ``leg_kind`` predicate):

- ``departure``: where the trip starts. You pass that state's exit control, so every rule
  that rests on arrest applies, and leaving the state that lists you has its own rules.
- ``entry``: passport control on the way in; every rule applies (a plain check is an entry).
- ``transit``: changing planes airside, without passport control. Arrest still reaches you
  (Almaty 2025, Copenhagen 2017, Sheremetyevo 2019); refusal of entry, the passport's
  validity for a stay and information exchanges, which act only at passport control, do not.
- ``overflight``: no police contact unless the plane lands; only the forced-landing and
  airspace rules apply.
- ``land_crossing``: crossing a state overland, checked on the way in and on the way out;
  every rule applies, plus the land-border rules.

The trip's range: its ``level`` is the highest established level of its legs, its
``ceiling`` the highest of their ceilings (a leg nobody researched has the ceiling
``severe``: unknown is not safe). ``worst_leg`` is the 0-based index of the leg with the
highest ceiling, then the highest level, then the one that most rules raise to it, then the
first; ``worst_known_leg`` is the leg with the highest established level, so the memo can
name both where they differ.

    from travelrisk import Trip, assess_trip
    result = assess_trip(profile, Trip.parse("LT>TR:transit>GE@2026-12-03"))
"""

from __future__ import annotations

import re
from datetime import date

from pydantic import Field, field_validator, model_validator

from ..model.assessment import Assessment
from ..language.conditions import LEG_KINDS, LegKind
from .core import _active_rules, _assess, _book, check_date
from ..model.iso import CountryCode
from ..model.country_names import code_of, country_problem
from ..model.levels import Level
from ..model.base import Model
from ..model.profile import Profile
from ..language.rule import Effect
from ..language.rulebook import Rulebook

#: Other spellings accepted in ``--legs`` for a kind of leg.
KIND_ALIASES: dict[str, str] = {"land": "land_crossing", "land-crossing": "land_crossing"}
LEGS_EXAMPLE = "LT>TR:transit>GE@2026-12-03"

_LEG = re.compile(r"^(?P<country>[^:@]*)(?::(?P<kind>[^:@]*))?(?:@(?P<on>[^:@]*))?$")


class Leg(Model):
    """One country on the way, how the trip touches it, and (optionally) when."""

    country: CountryCode
    kind: LegKind = "entry"
    on: date | None = None

    @field_validator("on")
    @classmethod
    def _answerable(cls, v: date | None) -> date | None:
        return check_date(v) if v is not None else None

    @property
    def label(self) -> str:
        """The leg in ``--legs`` syntax, e.g. ``TR:transit@2026-12-03``."""
        kind = f":{self.kind}" if self.kind not in ("entry", "departure") else ""
        when = f"@{self.on.isoformat()}" if self.on else ""
        return f"{self.country}{kind}{when}"


class Trip(Model):
    """An ordered journey: at least one leg; only the first may be a departure."""

    legs: list[Leg] = Field(min_length=1)

    @model_validator(mode="after")
    def _legs_in_order(self) -> "Trip":
        problem = _order_problem(self.legs)
        if problem:
            raise ValueError(problem)
        return self

    @classmethod
    def parse(cls, text: str) -> "Trip":
        """A trip from ``--legs`` syntax; see ``parse_legs``."""
        return cls(legs=parse_legs(text))

    @property
    def text(self) -> str:
        """The trip in ``--legs`` syntax (``parse_legs`` reads it back)."""
        return ">".join(leg.label for leg in self.legs)


class TripAssessment(Model):
    """Every leg's assessment, the trip's range and the leg that sets it."""

    level: Level
    ceiling: Level
    settled: bool
    legs: list[Assessment]
    worst_leg: int = Field(ge=0, description="0-based index of the leg with the highest ceiling, then level")
    worst_known_leg: int | None = Field(
        default=None, description="0-based index of the leg with the highest established level (None if none)"
    )
    trip: Trip

    @property
    def worst(self) -> Assessment:
        return self.legs[self.worst_leg]

    @property
    def unknown_legs(self) -> list[int]:
        return [i for i, a in enumerate(self.legs) if a.level is Level.UNKNOWN]


def parse_legs(text: str) -> list[Leg]:
    """Legs from ``"LT>TR:transit>GE@2026-12-03"``: countries in order, separated by ``>``.

    Each leg is ``COUNTRY[:KIND][@DATE]``, the country by its ISO code or its name
    (``Turkey:transit``). The first leg is where the trip starts (kind
    ``departure``); a later leg without a kind is an ``entry``. A ``ValueError`` names the
    wrong leg by its position and text."""
    if not text or not text.strip():
        raise ValueError(f"no legs given; write them like {LEGS_EXAMPLE}")
    legs = [_parse_leg(i, raw.strip()) for i, raw in enumerate(text.split(">"), start=1)]
    problem = _order_problem(legs, [raw.strip() for raw in text.split(">")])
    if problem:
        raise ValueError(problem)
    return legs


def _parse_leg(position: int, raw: str) -> Leg:
    where = f"leg {position} {raw!r}"
    if not raw:
        raise ValueError(f"leg {position} is empty (two '>' in a row, or one at an end?); write legs like {LEGS_EXAMPLE}")
    m = _LEG.match(raw)
    if m is None:
        raise ValueError(f"{where}: write a leg as CODE, CODE:KIND or CODE:KIND@YYYY-MM-DD")
    typed = m["country"].strip()
    code = code_of(typed)
    if code is None:
        raise ValueError(f"{where}: {country_problem(typed)}")
    kind = _kind(where, m["kind"], first=position == 1)
    on = None
    if m["on"] is not None:
        try:
            on = date.fromisoformat(m["on"].strip())
        except ValueError:
            raise ValueError(f"{where}: {m['on']!r} is not a date (use YYYY-MM-DD)") from None
        try:
            check_date(on)
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
    return Leg(country=code, kind=kind, on=on)


def _kind(where: str, given: str | None, *, first: bool) -> LegKind:
    if given is None:
        return "departure" if first else "entry"
    name = given.strip().lower()
    name = KIND_ALIASES.get(name, name)
    later = [k for k in LEG_KINDS if k != "departure"]
    if name not in LEG_KINDS:
        shown = ", ".join("land (land_crossing)" if k == "land_crossing" else k for k in later)
        raise ValueError(f"{where}: unknown kind {given!r}; use one of {shown}")
    if first and name != "departure":
        raise ValueError(f"{where}: the first leg is where the trip starts (a departure); give it no kind")
    return name  # type: ignore[return-value]


def _order_problem(legs: list[Leg], raws: list[str] | None = None) -> str | None:
    """Why these legs are not a journey in order (a departure after the start, or a date
    before an earlier leg's), naming the leg; None if they are."""

    def name(i: int) -> str:
        text = raws[i] if raws else legs[i].label
        return f"leg {i + 1} {text!r}"

    last: tuple[int, date] | None = None
    for i, leg in enumerate(legs):
        if leg.kind == "departure" and i > 0:
            return f"{name(i)}: only the first leg is a departure"
        if leg.on is not None:
            if last is not None and leg.on < last[1]:
                return f"{name(i)}: its date {leg.on} is before {last[1]}, the date of {name(last[0])}"
            last = (i, leg.on)
    return None


def trip_level(
    levels: list[Level], ceilings: list[Level] | None = None, weights: list[int] | None = None
) -> tuple[Level, Level, int, int | None]:
    """The trip's level and ceiling, the worst leg, and the leg with the highest level.

    The worst leg is the one with the highest ceiling, then the highest level, then the
    greater weight (the number of findings that raise it to its level), then the earlier.
    A level of ``unknown`` (nothing known) ranks below ``low``."""
    ceilings = ceilings or levels
    weight = weights or [0] * len(levels)

    def rank(level: Level) -> int:
        return level.rank if level is not Level.UNKNOWN else -1

    known = [i for i, lv in enumerate(levels) if lv is not Level.UNKNOWN]
    worst_known = max(known, key=lambda i: (levels[i].rank, weight[i], -i)) if known else None
    worst = max(range(len(levels)), key=lambda i: (rank(ceilings[i]), rank(levels[i]), weight[i], -i))
    level = levels[worst_known] if worst_known is not None else Level.UNKNOWN
    top = max(ceilings, key=rank)
    ceiling = top if top is not Level.UNKNOWN else Level.SEVERE
    return level, ceiling, worst, worst_known


def assess_trip(
    profile: Profile,
    trip: Trip | str,
    *,
    on: date | None = None,
    rulebook: Rulebook | None = None,
) -> TripAssessment:
    """Assess every leg of a trip: each on its own date (the leg's, else ``on``, else today)
    and as its own kind of leg; the trip is as dangerous as its worst leg."""
    if isinstance(trip, str):
        trip = Trip.parse(trip)
    book = _book(rulebook)
    default = check_date(on or date.today())
    requesters = profile.requesters(book.requesters)
    active: dict[tuple[str, date], dict] = {}  # the person-and-date part, once per kind and date
    legs: list[Assessment] = []
    for leg in trip.legs:
        day = leg.on or default
        key = (leg.kind, day)
        if key not in active:
            active[key] = _active_rules(book, profile, requesters, day, leg.kind)
        legs.append(_assess(book, profile, leg.country, day, leg.kind, requesters, active[key]))
    level, ceiling, worst, worst_known = trip_level(
        [a.level for a in legs], [a.ceiling for a in legs], [_setting(a) for a in legs]
    )
    return TripAssessment(
        level=level, ceiling=ceiling, settled=level is ceiling, legs=legs, worst_leg=worst,
        worst_known_leg=worst_known, trip=trip,
    )


def _setting(a: Assessment) -> int:
    """How many findings raise a leg to its level (the tie-breaker between equal legs)."""
    return sum(1 for f in a.findings if f.effect is Effect.RAISES and f.level == a.level)
