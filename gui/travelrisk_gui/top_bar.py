"""The row above the map: find a country, add it to compare, and the travel date."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from .country_search import CountrySearch

if TYPE_CHECKING:
    from .world_state import WorldState


class TopBar(QWidget):
    """The search box (its ``found``/``notFound`` are the window's to act on), the compare
    button, and the travel date, which sets the view-model's date. :meth:`add_end` puts a
    widget at the row's right end (the privacy indicator)."""

    def __init__(self, state: WorldState, parent=None):
        super().__init__(parent)
        self.search_label = QLabel(self)
        self.search = CountrySearch(self)
        self.search_label.setBuddy(self.search)
        self.compare_button = QPushButton(self)
        self.date_label = QLabel(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("travelDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
        self.set_date(state.on)
        self.date_label.setBuddy(self.date_edit)
        self.date_edit.dateChanged.connect(lambda d: state.set_on(d.toPython()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search_label)
        row.addWidget(self.search, 2)
        row.addWidget(self.compare_button)
        row.addSpacing(12)
        row.addWidget(self.date_label)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        self.retranslate()

    def add_end(self, widget: QWidget) -> None:
        self.layout().addWidget(widget)

    def set_date(self, on: date) -> None:
        self.date_edit.setDate(QDate(on.year, on.month, on.day))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_date(self) -> None:
        self.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Find a country:"))
        self.search.setPlaceholderText(self.tr("name or code, e.g. Kazakhstan or KZ"))
        self.search.setAccessibleName(self.tr("Find a country"))
        self.compare_button.setText(self.tr("Add to compare"))
        self.compare_button.setToolTip(self.tr("Add the selected destination to the compare table (Ctrl+K)"))
        self.date_label.setText(self.tr("&Travel date:"))
        self.date_edit.setToolTip(self.tr("Levels are worked out as of this date (Ctrl+D)"))
        self.date_edit.setAccessibleName(self.tr("Travel date"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
