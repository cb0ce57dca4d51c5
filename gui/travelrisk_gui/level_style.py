"""How a level looks: its colour, its words, and the hatching that marks ``unknown``.

Colours follow ColorBrewer's colour-blind-safe RdYlBu scheme (blue for low, dark red for
severe); ``unknown`` is grey and hatched so it is never mistaken for a researched answer.
A level is always written beside its colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QTransform

from travelrisk.levels import Level

LEVELS_SHOWN: tuple[Level, ...] = (
    Level.SEVERE,
    Level.HIGH,
    Level.ELEVATED,
    Level.GUARDED,
    Level.LOW,
    Level.UNKNOWN,
)

_FILL = {
    Level.LOW: "#2c7bb6",
    Level.GUARDED: "#abd9e9",
    Level.ELEVATED: "#fee08b",
    Level.HIGH: "#f46d43",
    Level.SEVERE: "#a50026",
    Level.UNKNOWN: "#d4d4d4",
}
HATCH = "#8a8a8a"
NOT_ASSESSED = "#ececec"  # a shape on the map with no ISO code (no assessment at all)
OCEAN = "#f7f7f4"
BORDER = "#ffffff"
SELECTED = "#111111"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Level", text)


def fill(level: Level | None) -> QColor:
    return QColor(_FILL[level] if level is not None else NOT_ASSESSED)


def text_colour(level: Level | None) -> QColor:
    """Black or white, whichever reads better on the level's colour."""
    c = fill(level)
    luminance = 0.2126 * c.redF() ** 2.2 + 0.7152 * c.greenF() ** 2.2 + 0.0722 * c.blueF() ** 2.2
    return QColor("#000000" if luminance > 0.18 else "#ffffff")


def hatch_brush() -> QBrush:
    """The diagonal hatching drawn over ``unknown`` (lines only; fill the grey first)."""
    return QBrush(QColor(HATCH), Qt.BrushStyle.BDiagPattern)


_HATCH_TILE = 7  # pixels between hatch lines


def hatched_fill(scale: float = 1.0) -> QBrush:
    """``unknown``'s grey and its hatching in one brush, for a painter scaled by ``scale``:
    the lines stay a few screen pixels apart at any zoom."""
    tile = QImage(_HATCH_TILE, _HATCH_TILE, QImage.Format.Format_RGB32)
    tile.fill(fill(Level.UNKNOWN))
    line = QColor(HATCH)
    for i in range(_HATCH_TILE):
        tile.setPixelColor(_HATCH_TILE - 1 - i, i, line)
    brush = QBrush(tile)
    if scale > 0:
        brush.setTransform(QTransform.fromScale(1 / scale, 1 / scale))
    return brush


def label(level: Level | None) -> str:
    """The level in capitals, as it is written everywhere beside its colour."""
    if level is None:
        return _tr("NOT ASSESSED")
    return {
        Level.LOW: _tr("LOW"),
        Level.GUARDED: _tr("GUARDED"),
        Level.ELEVATED: _tr("ELEVATED"),
        Level.HIGH: _tr("HIGH"),
        Level.SEVERE: _tr("SEVERE"),
        Level.UNKNOWN: _tr("UNKNOWN"),
    }[level]


def meaning(level: Level) -> str:
    """One line for the legend: the rulebook's rules, not this text, say what each level means."""
    return {
        Level.SEVERE: _tr("Severe (highest)"),
        Level.HIGH: _tr("High"),
        Level.ELEVATED: _tr("Elevated"),
        Level.GUARDED: _tr("Guarded"),
        Level.LOW: _tr("Low: researched, no rule matched"),
        Level.UNKNOWN: _tr("Unknown: not researched — not safe"),
    }[level]


def sort_key(level: Level | None, descending: bool = False) -> tuple[int, int]:
    """Level order for sorting; ``unknown`` (and nothing) always last, whichever way."""
    if level is None or level is Level.UNKNOWN:
        return (1, 0)
    return (0, -level.rank if descending else level.rank)
