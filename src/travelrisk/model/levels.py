"""Risk levels: ordered ``low < guarded < elevated < high < severe``, plus ``unknown``.

``unknown`` is deliberately outside the order: a destination nobody has researched is not
safer or riskier than another, it is unanswered. Comparing it raises ``TypeError``.
"""

from __future__ import annotations

from enum import Enum


class Level(str, Enum):
    LOW = "low"
    GUARDED = "guarded"
    ELEVATED = "elevated"
    HIGH = "high"
    SEVERE = "severe"
    UNKNOWN = "unknown"

    @property
    def rank(self) -> int:
        """Position in the order; ``unknown`` has none."""
        if self is Level.UNKNOWN:
            raise TypeError("'unknown' is not ordered against other levels")
        return _RANK[self]

    def _cmp(self, other: object) -> tuple[int, int]:
        if not isinstance(other, Level):
            return NotImplemented  # type: ignore[return-value]
        return self.rank, other.rank

    def __lt__(self, other: object) -> bool:
        a, b = self._cmp(other)
        return a < b

    def __le__(self, other: object) -> bool:
        a, b = self._cmp(other)
        return a <= b

    def __gt__(self, other: object) -> bool:
        a, b = self._cmp(other)
        return a > b

    def __ge__(self, other: object) -> bool:
        a, b = self._cmp(other)
        return a >= b

    __hash__ = str.__hash__

    def __str__(self) -> str:
        return self.value


_RANK = {Level.LOW: 0, Level.GUARDED: 1, Level.ELEVATED: 2, Level.HIGH: 3, Level.SEVERE: 4}

ORDERED_LEVELS: tuple[Level, ...] = (
    Level.LOW,
    Level.GUARDED,
    Level.ELEVATED,
    Level.HIGH,
    Level.SEVERE,
)


def highest(levels: list[Level]) -> Level | None:
    """The highest of ordered levels, or None for an empty list."""
    return max(levels, key=lambda lv: lv.rank) if levels else None


class Effect(str, Enum):
    """``raises`` sets the level; ``informs`` and ``lowers`` (a safeguard) are shown beside it."""

    RAISES = "raises"
    INFORMS = "informs"
    LOWERS = "lowers"

    @property
    def label(self) -> str:
        """How a finding that does not raise is tagged, in the CLI, the memo and the app alike."""
        return {"raises": "RAISES", "informs": "GOOD TO KNOW", "lowers": "PROTECTS YOU"}[self.value]
