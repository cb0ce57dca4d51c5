"""How a level looks: its colour, its words, and the stripes that mark what is not known.

Colours follow ColorBrewer's colour-blind-safe RdYlBu scheme (blue for low, dark red for
severe). An answer that could be worse than its level (open questions) is filled with its
level's colour and striped with its ceiling's; ``unknown`` (not researched) is grey striped
with ``severe``. Only a settled ``low`` is plain blue. A level is always written beside its
colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QTransform

from travelrisk.model.levels import Level

from . import i18n

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


#: ``translate("Level", "text")``: the form pyside6-lupdate reads.
translate = QCoreApplication.translate


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


_RANGE_TILE = 8  # pixels between the stripes of an unsettled answer
_range_brushes: dict[tuple[Level | None, Level, float], QBrush] = {}


def range_fill(level: Level | None, ceiling: Level, scale: float = 1.0) -> QBrush:
    """An answer that could be worse than its level: the level's colour, striped in the
    ceiling's colour (``unknown``'s grey striped in ``severe`` for a country nobody
    researched), the stripes a few screen pixels apart at any zoom."""
    key = (level, ceiling, round(scale, 3))
    brush = _range_brushes.get(key)
    if brush is None:
        n = _RANGE_TILE
        tile = QImage(n, n, QImage.Format.Format_RGB32)
        tile.fill(fill(level))
        stripe = fill(ceiling)
        for i in range(n):
            for w in range(3):  # three pixels wide, so the stripe's colour can be told apart
                tile.setPixelColor((n - 1 - i + w) % n, i, stripe)
        brush = QBrush(tile)
        if scale > 0:
            brush.setTransform(QTransform.fromScale(1 / scale, 1 / scale))
        if len(_range_brushes) > 256:
            _range_brushes.clear()
        _range_brushes[key] = brush
    return brush


def range_label(level: Level | None, ceiling: Level | None) -> str:
    """``LOW`` when settled, ``LOW – could be SEVERE`` when open questions separate them."""
    if ceiling is None or ceiling is level:
        return label(level)
    return translate("Level", "{level} – could be {ceiling}").format(level=label(level), ceiling=label(ceiling))


def label(level: Level | None) -> str:
    """The level in capitals, as it is written everywhere beside its colour: the rulebook's
    name for it in the reader's language."""
    if level is None:
        return translate("Level", "NOT ASSESSED")
    return i18n.level_name(level.value)


def name(level: Level) -> str:
    """The level's name as a word in a sentence's first place (``Severe``)."""
    caps = label(level)
    return caps[:1] + caps[1:].lower()


def meaning(level: Level) -> str:
    """One line for the legend: the rulebook's rules, not this text, say what each level means."""
    if level is Level.SEVERE:
        return translate("Level", "{level} (highest)").format(level=name(level))
    if level is Level.LOW:
        return translate("Level", "{level}: all answered, no risk found").format(level=name(level))
    if level is Level.UNKNOWN:
        return translate("Level", "{level}: not researched").format(level=name(level))
    return name(level)


def sort_key(level: Level | None, descending: bool = False) -> tuple[int, int]:
    """Level order for sorting; ``unknown`` (and nothing) always last, whichever way."""
    if level is None or level is Level.UNKNOWN:
        return (1, 0)
    return (0, -level.rank if descending else level.rank)
