"""A glance at the world for one person: each country's level, the states that pursue the
person, and what must be said about the rulebook, as plain data.

It is what a first window shows before anything is chosen, so it is built from the core's
answers (:func:`glance_of`: the levels-only pass's ranges, or full assessments) and nowhere
else. It holds no pydantic model and importing this module imports none: the desktop app
computes a glance in a child process (:func:`compute_glance`) while Qt starts, receives it as
JSON (:meth:`Glance.to_json`, :meth:`Glance.from_json`), draws the first window from it, and
loads the core afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Protocol

from ..model.levels import Level

if TYPE_CHECKING:
    from ..model.assessment import Assessment
    from ..language.rulebook import Rulebook


class Ranged(Protocol):
    """A country's answer as far as a glance reads it."""

    level: Level
    ceiling: Level


class Pursuing(Protocol):
    """A state that pursues the person, as far as a glance reads it."""

    name: str
    reasons: list[str] | tuple[str, ...]


class GlanceError(ValueError):
    """A glance could not be made (a broken rulebook or profile) or read back."""


@dataclass(frozen=True)
class Pursuer:
    """A state that pursues the person, and why it counts."""

    name: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Glance:
    on: date
    #: Every ISO 3166-1 country, by alpha-2 code: its English short name, level and ceiling.
    names: dict[str, str]
    levels: dict[str, Level]
    ceilings: dict[str, Level]
    pursuers: tuple[Pursuer, ...]
    rulebook_version: str
    rulebook_reviewed: date
    rulebook_age_days: int
    rulebook_stale: bool
    rulebook_unsigned: bool
    #: What must be said beside any level (the core's ``rulebook_notices``).
    notices: tuple[str, ...] = field(default=())
    #: The :attr:`~travelrisk.engine.world.World.key` of the world it was taken of ("" if
    #: unknown): a world made for the same key takes these levels instead of computing them.
    #: Where a glance came from, not what it says: two glances that say the same are equal.
    key: str = field(default="", compare=False)

    def counts(self) -> dict[Level, int]:
        return self._tally(lambda code: True)

    def ceiling(self, code: str) -> Level | None:
        return self.ceilings.get(code, self.levels.get(code))

    def settled(self, code: str) -> bool:
        return self.ceiling(code) is self.levels.get(code)

    def _striped(self, code: str) -> bool:
        """Whether the map stripes this country: researched, and it could be worse than its level."""
        return self.levels.get(code) is not Level.UNKNOWN and not self.settled(code)

    def unsettled(self) -> int:
        """How many researched countries could be worse than their level (open questions)."""
        return sum(self.striped_counts().values())

    def striped_counts(self) -> dict[Level, int]:
        """How many researched countries the map stripes, by the level drawn beneath the
        stripes (:meth:`legend_counts` and these add up to :meth:`counts`)."""
        return self._tally(self._striped)

    def legend_counts(self) -> dict[Level, int]:
        """How many countries the map draws in each plain colour: settled answers by level,
        and every ``unknown`` (the unsettled rest are striped: :meth:`unsettled`)."""
        return self._tally(lambda code: not self._striped(code))

    def _tally(self, counted: Callable[[str], bool]) -> dict[Level, int]:
        """How many countries ``counted`` picks, by level."""
        out: dict[Level, int] = {}
        for code, level in self.levels.items():
            if counted(code):
                out[level] = out.get(level, 0) + 1
        return out

    def to_json(self) -> str:
        return json.dumps({
            "on": self.on.isoformat(),
            "names": self.names,
            "levels": {code: level.value for code, level in self.levels.items()},
            "ceilings": {code: level.value for code, level in self.ceilings.items()},
            "pursuers": [[p.name, list(p.reasons)] for p in self.pursuers],
            "rulebook_version": self.rulebook_version,
            "rulebook_reviewed": self.rulebook_reviewed.isoformat(),
            "rulebook_age_days": self.rulebook_age_days,
            "rulebook_stale": self.rulebook_stale,
            "rulebook_unsigned": self.rulebook_unsigned,
            "notices": list(self.notices),
            "key": self.key,
        }, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Glance:
        try:
            d = json.loads(text)
            return cls(
                on=date.fromisoformat(d["on"]),
                names={str(k): str(v) for k, v in d["names"].items()},
                levels={str(k): Level(v) for k, v in d["levels"].items()},
                ceilings={str(k): Level(v) for k, v in d["ceilings"].items()},
                pursuers=tuple(Pursuer(str(n), tuple(str(r) for r in reasons)) for n, reasons in d["pursuers"]),
                rulebook_version=str(d["rulebook_version"]),
                rulebook_reviewed=date.fromisoformat(d["rulebook_reviewed"]),
                rulebook_age_days=int(d["rulebook_age_days"]),
                rulebook_stale=bool(d["rulebook_stale"]),
                rulebook_unsigned=bool(d["rulebook_unsigned"]),
                notices=tuple(str(n) for n in d["notices"]),
                key=str(d.get("key", "")),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise GlanceError(f"not a glance: {exc}") from exc


def glance_of(world: Mapping[str, Assessment], rulebook: Rulebook, on: date, today: date | None = None) -> Glance:
    """The glance at ``world`` (the core's :func:`~travelrisk.engine.core.assess_world` answer,
    or a :class:`~travelrisk.engine.world.World`, whose answers it does not build)."""
    levels = getattr(world, "levels", None)  # a World: its level ranges, made without reasons
    if levels is not None:
        from ..model.iso import name

        return glance_from(levels, {code: name(code) for code in levels}, world.requesters, rulebook, on, today,
                           key=world.key)
    some = next(iter(world.values()), None)
    return glance_from(world, {code: a.destination_name for code, a in world.items()},
                       some.requesters if some else [], rulebook, on, today)


def glance_from(levels: Mapping[str, Ranged], names: Mapping[str, str], pursuers: Iterable[Pursuing],
                rulebook: Rulebook, on: date, today: date | None = None, *, key: str = "") -> Glance:
    """A glance made of its parts: every country's ``level`` and ``ceiling`` (an assessment's
    or a :class:`~travelrisk.engine.ranges.LevelRange`), the names to show, and who pursues
    the person (anything with a ``name`` and ``reasons``); ``key``: the world's, if it is one."""
    # deferred: the app imports this module before pydantic (see above)
    from .core import STALE_AFTER_DAYS, rulebook_age_days, rulebook_notices

    age = rulebook_age_days(rulebook, today)
    return Glance(
        on=on,
        names=dict(names),
        levels={code: r.level for code, r in levels.items()},
        ceilings={code: r.ceiling for code, r in levels.items()},
        pursuers=tuple(Pursuer(p.name, tuple(p.reasons)) for p in pursuers),
        rulebook_version=rulebook.info.version,
        rulebook_reviewed=rulebook.info.reviewed,
        rulebook_age_days=age,
        rulebook_stale=age > STALE_AFTER_DAYS,
        rulebook_unsigned=rulebook.signed is False,
        notices=tuple(rulebook_notices(rulebook, today)),
        key=key,
    )


def compute_glance(rules: str | None, profile_path: str | None, on: date | None = None) -> Glance:
    """Load the rulebook and the profile, take the world's levels, and glance at them.

    Raises :class:`GlanceError` for a broken rulebook or profile; the caller then loads them
    itself, to report the problem where the person can see it."""
    # deferred: the app imports this module before pydantic (see above)
    from .world import World
    from ..language.loader import RulebookError, load_rulebook
    from ..model.profile import Profile, ProfileError, load_profile

    try:
        book = load_rulebook(rules)
        profile = load_profile(profile_path) if profile_path else Profile()
    except (RulebookError, ProfileError) as exc:
        raise GlanceError(str(exc)) from exc
    day = on or date.today()
    return glance_of(World(profile, on=day, rulebook=book), book, day)
