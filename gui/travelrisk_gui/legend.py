"""The map's legend: each level's colour, its name in words, and how many countries have it;
and what the stripes mean (an answer that could be worse than its level)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from travelrisk.model.levels import Level

from . import level_style


class Swatch(QWidget):
    """A square of a level's colour, striped in ``ceiling``'s colour when given (as an
    unsettled answer is on the map), sized from the font."""

    def __init__(self, level: Level, parent=None, ceiling: Level | None = None):
        super().__init__(parent)
        self.level = level
        self.ceiling = ceiling
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(int(h * 1.6), h)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        r = self.rect().adjusted(0, 0, -1, -1)
        if self.ceiling is not None:
            p.fillRect(r, level_style.range_fill(self.level, self.ceiling))
        else:
            p.fillRect(r, level_style.fill(self.level))
        p.setPen(QPen(QColor("#555555"), 1))
        p.drawRect(r)
        p.end()


class Legend(QWidget):
    """Each level's swatch and meaning, in level order, row by row: three to a row when the
    width allows, else two, else one (a narrow window, 200% text), never clipped; and last,
    the stripes."""

    RANGE = "range"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("legend")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(4, 2, 4, 2)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._labels: dict[Level | str, QLabel] = {}
        self._counts: dict[Level, int] = {}
        self._striped: dict[Level, int] = {}
        self._unsettled = 0
        self._nobody = False
        self._items: list[tuple[Swatch, QLabel]] = []
        for level in level_style.LEVELS_SHOWN:
            lab = QLabel(self)
            lab.setTextFormat(Qt.TextFormat.PlainText)
            ceiling = Level.SEVERE if level is Level.UNKNOWN else None
            self._items.append((Swatch(level, self, ceiling), lab))
            self._labels[level] = lab
        # The stripes: an answer that could be worse than its level (here, low that could be severe).
        lab = QLabel(self)
        lab.setTextFormat(Qt.TextFormat.PlainText)
        lab.setWordWrap(False)
        self._items.append((Swatch(Level.LOW, self, Level.SEVERE), lab))
        self._labels[self.RANGE] = lab
        self.columns = 0
        self._arrange(3)
        self.retranslate()

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        grid = self._grid
        for sw, lab in self._items:
            grid.removeWidget(sw)
            grid.removeWidget(lab)
        for c in range(3):
            grid.setColumnStretch(c * 2 + 1, 0)
        for i, (sw, lab) in enumerate(self._items):
            row, col = divmod(i, columns)
            grid.addWidget(sw, row, col * 2, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(lab, row, col * 2 + 1)
        for c in range(columns):
            grid.setColumnStretch(c * 2 + 1, 1)
        self.columns = columns
        self.updateGeometry()

    def _width_for(self, columns: int) -> int:
        """The width ``columns`` entries to a row need."""
        m = self._grid.contentsMargins()
        spacing = self._grid.horizontalSpacing()
        width = m.left() + m.right() + spacing * (2 * columns - 1)
        for c in range(columns):
            entries = self._items[c::columns]
            width += max(sw.sizeHint().width() for sw, _ in entries)
            width += max(lab.sizeHint().width() for _, lab in entries)
        return width

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._width_for(1), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        width = event.size().width()
        self._arrange(next((n for n in (3, 2) if self._width_for(n) <= width), 1))
        super().resizeEvent(event)

    def set_counts(self, counts: dict[Level, int], unsettled: int = 0, *, nobody: bool = False,
                   striped: dict[Level, int] | None = None) -> None:
        """How many countries the map draws in each plain colour, and how many could be worse
        than their level (striped; ``striped``: those by the level beneath the stripes, so
        that each level's entry adds up to the count the glance gives for it); ``nobody``: the
        profile names no state that pursues the person (a first run)."""
        self._counts = dict(counts)
        self._striped = dict(striped or {})
        self._unsettled = unsettled
        self._nobody = nobody
        self.retranslate()

    def text(self) -> str:
        return "\n".join(lab.text() for lab in self._labels.values())

    def retranslate(self) -> None:
        for level, lab in self._labels.items():
            if level == self.RANGE:
                lab.setText(self.tr("Striped: could be as bad as its stripes ({n})")
                            .format(n=self._unsettled))
                continue
            n = self._counts.get(level, 0)
            if level is Level.UNKNOWN:
                # as the map draws it: plain grey before the profile names anyone, hatched after
                swatch = next(sw for sw, la in self._items if la is lab)
                ceiling = None if self._nobody else Level.SEVERE
                if swatch.ceiling is not ceiling:
                    swatch.ceiling = ceiling
                    swatch.update()
                if self._nobody:
                    lab.setText(self.tr("No answer yet: fill in your profile ({n})").format(n=n))
                    continue
            striped = self._striped.get(level, 0)
            if striped:  # "High (20 + 11 striped)": the glance beside it counts all 31
                lab.setText(self.tr("{meaning} ({n} + {striped} striped)").format(
                    meaning=level_style.meaning(level), n=n, striped=striped))
            else:
                lab.setText(self.tr("{meaning} ({n})").format(meaning=level_style.meaning(level), n=n))
        self.setAccessibleName(self.tr("Legend: ") + "; ".join(lab.text() for lab in self._labels.values()))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
