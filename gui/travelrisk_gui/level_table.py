"""A table model over the core's assessments: destination, level, ceiling, main reason.

Used twice: the compare table (destinations the person chose) and the list of every country
(so tiny states the map barely shows are one keystroke away). Sorting by level follows the
core's :class:`~travelrisk.model.levels.Level` order, and ``unknown`` stays last either way:
an unresearched place is never sorted in among the safe ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from travelrisk.model.assessment import Assessment

from . import i18n, level_style

COUNTRY, LEVEL, CEILING, REASON = range(4)
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


#: ``translate("LevelTable", "text")``: the form pyside6-lupdate reads.
translate = QCoreApplication.translate


class LevelTableModel(QAbstractTableModel):
    """Rows are ISO codes; each row reads its assessment from ``lookup`` (the view-model)."""

    def __init__(self, lookup: Callable[[str], Assessment | None], parent=None):
        super().__init__(parent)
        self._lookup = lookup
        self._codes: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- contents -------------------------------------------------------------------------

    @property
    def codes(self) -> list[str]:
        return list(self._codes)

    def set_codes(self, codes: list[str]) -> None:
        self.beginResetModel()
        self._codes = [c for c in codes if self._lookup(c) is not None]
        self._apply_sort()
        self.endResetModel()

    def refresh(self) -> None:
        """The assessments changed (new profile or date): same rows, new levels."""
        self.set_codes(self._codes)

    def code_at(self, row: int) -> str | None:
        return self._codes[row] if 0 <= row < len(self._codes) else None

    def row_of(self, code: str) -> int:
        return self._codes.index(code) if code in self._codes else -1

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._codes)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("LevelTable", "Destination"), translate("LevelTable", "Level"),
                    translate("LevelTable", "Could be"), translate("LevelTable", "Main reason"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code = self._codes[index.row()]
        a = self._lookup(code)
        if a is None:
            return None
        col = index.column()
        if role == CODE_ROLE:
            return code
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COUNTRY:
                return f"{a.destination_name} ({code})"
            if col == LEVEL:
                return level_style.label(a.level)
            if col == CEILING:
                return translate("LevelTable", "settled") if a.settled else level_style.label(a.ceiling)
            return i18n.main_reason(a)
        if role == Qt.ItemDataRole.DecorationRole and col == LEVEL:
            return level_style.fill(a.level)
        if role == Qt.ItemDataRole.DecorationRole and col == CEILING and not a.settled:
            return level_style.fill(a.ceiling)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("LevelTable", "{name}: {level}. {reason}").format(
                name=a.destination_name, level=level_style.range_label(a.level, a.ceiling),
                reason=i18n.main_reason(a)
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        rows = [(c, self._lookup(c)) for c in self._codes]
        if column == LEVEL:
            # Ties by ceiling, then name; unknown last whichever way (sort_key puts it after every level).
            rows.sort(key=lambda r: (level_style.sort_key(r[1].level, descending),
                                     level_style.sort_key(r[1].ceiling, descending),
                                     i18n.sort_key(r[1].destination_name)))
        elif column == CEILING:
            rows.sort(key=lambda r: (level_style.sort_key(r[1].ceiling, descending),
                                     level_style.sort_key(r[1].level, descending),
                                     i18n.sort_key(r[1].destination_name)))
        elif column == COUNTRY:  # in the reader's alphabet
            rows.sort(key=lambda r: i18n.sort_key(r[1].destination_name), reverse=descending)
        else:
            rows.sort(key=lambda r: i18n.main_reason(r[1]).casefold(), reverse=descending)
        self._codes = [c for c, _ in rows]
