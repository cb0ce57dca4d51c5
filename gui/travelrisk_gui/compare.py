"""Tables of destinations with their level and main reason: the compare table, and the
list of every country (the keyboard's way to every state, however small on the map)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .level_table import CEILING, COUNTRY, LEVEL, REASON, LevelTableModel
from .world_state import WorldState


class LevelTable(QTableView):
    """A sortable table over a :class:`LevelTableModel`; Enter or a click chooses a row."""

    chosen = Signal(str)
    deletePressed = Signal()

    def __init__(self, model: LevelTableModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COUNTRY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CEILING, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.activated.connect(self._chosen)
        self.clicked.connect(self._chosen)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deletePressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _chosen(self, index) -> None:
        code = self.model().code_at(index.row())
        if code:
            self.chosen.emit(code)

    def current_code(self) -> str | None:
        idx = self.currentIndex()
        return self.model().code_at(idx.row()) if idx.isValid() else None

    def show_code(self, code: str | None) -> None:
        row = self.model().row_of(code) if code else -1
        if row < 0:
            self.clearSelection()
            return
        idx = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.scrollTo(idx)


class _LevelPanel(QWidget):
    """A table of destinations over the world state: most dangerous first, kept up to date."""

    chosen = Signal(str)

    def __init__(self, state: WorldState, name: str, parent=None):
        super().__init__(parent)
        self.state = state
        self.model = LevelTableModel(state.assessment, self)
        self.table = LevelTable(self.model, self)
        self.table.setObjectName(name)
        self.table.sortByColumn(LEVEL, Qt.SortOrder.DescendingOrder)  # the most dangerous first
        self.table.chosen.connect(self.chosen)
        state.assessed.connect(self.model.refresh)


class ComparePanel(_LevelPanel):
    """The destinations a person chose to compare."""

    def __init__(self, state: WorldState, parent=None):
        super().__init__(state, "compareTable", parent)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self._add_selected)
        self.remove_button.clicked.connect(self._remove_current)
        self.table.deletePressed.connect(self._remove_current)
        state.compareChanged.connect(self._rows_changed)
        state.selected.connect(self._selection_changed)
        self.retranslate()
        self._rows_changed()

    def _rows_changed(self) -> None:
        self.model.set_codes(self.state.compared)
        self._selection_changed(self.state.selection or "")

    def _add_selected(self) -> None:
        if self.state.selection:
            self.state.add_to_compare(self.state.selection)

    def _remove_current(self) -> None:
        code = self.table.current_code()
        if code:
            self.state.remove_from_compare(code)

    def _selection_changed(self, code: str) -> None:
        self.add_button.setEnabled(bool(code) and code not in self.state.compared)
        self.remove_button.setEnabled(bool(self.state.compared))
        self.table.show_code(code or None)

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "Choose a destination on the map or with Find (Ctrl+F), then add it here (Ctrl+K). "
            "Click a column title to sort; by level, unknown always comes last."
        ))
        self.add_button.setText(self.tr("&Add the selected destination"))
        self.remove_button.setText(self.tr("&Remove from the list"))
        self.table.setAccessibleName(self.tr("Destinations compared: level and main reason"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AllCountriesPanel(_LevelPanel):
    """Every ISO country with its level, the most dangerous first."""

    def __init__(self, state: WorldState, parent=None):
        super().__init__(state, "allCountriesTable", parent)
        self.model.set_codes(sorted(state.world))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        state.selected.connect(lambda code: self.table.show_code(code or None))
        self.table.setAccessibleName(self.tr("Every country with its level"))
