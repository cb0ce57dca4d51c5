"""The world's level ranges alone: what the map and the glance draw, without the reasons.

:func:`world_levels` gives, for every ISO 3166-1 country, the ``level``, ``ceiling`` and
``settled`` that :func:`~travelrisk.engine.core.assess_world` would give, by the same rules and
the same caches, but builds no findings, open questions, caveats or models. Only a rule that
raises the level can move either bound (a finding that informs or lowers, and a question
that could only inform, change neither), so only those rules are asked, highest level first,
and no further than a rule could still change the answer.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from ..language.conditions import Context
from .core import Active, ActiveRules, _active_rules, _answer, _book, check_date
from ..model.iso import all_codes
from ..model.levels import ORDERED_LEVELS, Level
from ..model.profile import Profile
from ..language.rule import Effect
from ..language.rulebook import Rulebook


class LevelRange(NamedTuple):
    """One destination's answer, as the map shows it: ``level`` from the established facts,
    ``ceiling`` if every open question went against the person, ``settled`` when they meet
    (the same three fields as an :class:`~travelrisk.model.assessment.Assessment`)."""

    level: Level
    ceiling: Level
    settled: bool


_NOBODY = LevelRange(Level.UNKNOWN, Level.UNKNOWN, False)

# A rule that can raise the level, with its level's rank: the list is sorted highest first.
_Raiser = tuple[int, Active]


def world_levels(
    profile: Profile,
    *,
    on: date | None = None,
    rulebook: Rulebook | None = None,
    leg_kind: str = "entry",
) -> dict[str, LevelRange]:
    """Every ISO 3166-1 country's level range for one person, keyed by alpha-2 code: what
    ``assess_world`` (or ``assess`` with this ``leg_kind``) answers for ``level``,
    ``ceiling`` and ``settled``, computed without the findings behind them."""
    book = _book(rulebook)
    day = check_date(on or date.today())
    requesters = profile.requesters(book.requesters)
    if not requesters:
        # Nobody pursues the person, as far as the profile says: no level means anything.
        return dict.fromkeys(all_codes(), _NOBODY)
    active = _active_rules(book, profile, requesters, day, leg_kind)
    plans = [(requester, rules, _raisers(rules.shared), _raisers(rules.own)) for requester, rules in active.items()]
    cache = book.answers
    out: dict[str, LevelRange] = {}
    for code in all_codes():
        country = book.countries.get(code)
        raised = possible = -1  # ranks: the highest raising finding, the highest open question
        for requester, rules, shared, own in plans:
            ctx = Context(book, profile, code, country, requester, day, leg_kind)
            r, p = _shared_bounds(cache, code, rules, shared, ctx)
            raised, possible = max(raised, r), max(possible, p)
            if own:
                r, p = _bounds(cache, own, ctx, raised)
                raised, possible = max(raised, r), max(possible, p)
        out[code] = _RANGES[raised, possible, country is not None]
    return out


def _raisers(rules: list[Active]) -> list[_Raiser]:
    """The rules that can set a level or a ceiling, highest level first."""
    found = [(entry[0].level.rank, entry) for entry in rules  # type: ignore[union-attr]
             if entry[0].effect is Effect.RAISES and entry[0].level is not None]
    found.sort(key=lambda item: -item[0])
    return found


def _shared_bounds(cache: dict, code: str, rules: ActiveRules, raisers: list[_Raiser], ctx: Context) -> tuple[int, int]:
    """``_bounds`` of the rules whose answer reads nothing of the person beyond the gates:
    the same for everyone with the same gates' answers (``rules.key``), so it is kept."""
    key = ("levels", code, rules.key)
    hit = cache.get(key)
    if hit is None:
        hit = cache[key] = _bounds(cache, raisers, ctx, -1)
    return hit


def _bounds(cache: dict, raisers: list[_Raiser], ctx: Context, floor: int) -> tuple[int, int]:
    """The ranks of the highest matching rule and of the highest rule left open, counting
    only those above ``floor`` (a level already reached: nothing at or below it can change
    the answer); -1 for none."""
    possible = -1
    for rank, entry in raisers:
        if rank <= floor:
            break  # highest first: no later rule can change the level or the ceiling
        truth = _answer(cache, entry, ctx).truth
        if truth:
            return rank, possible  # the highest rule that matches: every later one is lower
        if truth is None and rank > possible:
            possible = rank
    return -1, possible


def _make_range(raised: int, possible: int, researched: bool) -> LevelRange:
    """The range the engine gives for these ranks (see ``engine._assess`` and ``_ceiling``)."""
    if raised >= 0:
        level = ORDERED_LEVELS[raised]
    else:
        level = Level.LOW if researched else Level.UNKNOWN
    if not researched:
        ceiling = Level.SEVERE  # nobody researched it: anything up to severe is possible
    else:
        ceiling = ORDERED_LEVELS[max(level.rank, possible)]
    return LevelRange(level, ceiling, ceiling is level and level is not Level.UNKNOWN)


# Few ranges exist: each is made once and shared, by (raised, possible, researched).
_RANGES = {
    (r, p, researched): _make_range(r, p, researched)
    for r in range(-1, len(ORDERED_LEVELS))
    for p in range(-1, len(ORDERED_LEVELS))
    for researched in (True, False)
}
