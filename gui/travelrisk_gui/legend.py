"""The map's legend: each level's colour, its name in words, and how many countries have it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from travelrisk.levels import Level

from . import level_style


class Swatch(QWidget):
    """A square of a level's colour (hatched for unknown), sized from the font."""

    def __init__(self, level: Level, parent=None):
        super().__init__(parent)
        self.level = level
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(int(h * 1.6), h)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        r = self.rect().adjusted(0, 0, -1, -1)
        p.fillRect(r, level_style.fill(self.level))
        if self.level is Level.UNKNOWN:
            p.fillRect(r, level_style.hatch_brush())
        p.setPen(QPen(QColor("#555555"), 1))
        p.drawRect(r)
        p.end()


class Legend(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("legend")
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        self._labels: dict[Level, QLabel] = {}
        self._counts: dict[Level, int] = {}
        # Two rows of three, in level order: readable at 200% without a scroll bar.
        for i, level in enumerate(level_style.LEVELS_SHOWN):
            row, col = divmod(i, 3)
            sw = Swatch(level, self)
            lab = QLabel(self)
            lab.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(sw, row, col * 2, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(lab, row, col * 2 + 1)
            self._labels[level] = lab
        for c in range(3):
            grid.setColumnStretch(c * 2 + 1, 1)
        self.retranslate()

    def set_counts(self, counts: dict[Level, int]) -> None:
        self._counts = dict(counts)
        self.retranslate()

    def text(self) -> str:
        return "\n".join(lab.text() for lab in self._labels.values())

    def retranslate(self) -> None:
        for level, lab in self._labels.items():
            n = self._counts.get(level, 0)
            lab.setText(self.tr("{meaning} ({n})").format(meaning=level_style.meaning(level), n=n))
        self.setAccessibleName(self.tr("Legend: ") + "; ".join(lab.text() for lab in self._labels.values()))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
