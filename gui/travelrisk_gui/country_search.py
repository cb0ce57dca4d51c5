"""Find a destination by typing its name or code: a completer over the ISO names pycountry gives.

Names come from :mod:`travelrisk.model.iso` (pycountry's short names); what a person typed is
turned into a code by the core's :func:`travelrisk.model.interview.parse_country`, which also
knows official names and three-letter codes.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from travelrisk.model import iso


def completion_entries() -> list[str]:
    """"Name (CODE)" for every ISO country, by name."""
    return sorted((f"{name} ({code})" for code, name in iso.table().items()), key=str.casefold)


class CountryCompleter(QCompleter):
    """Matches anywhere in "Name (CODE)", whatever the case: "kaz", "KZ" and "stan" all work.

    With ``lazy`` the names are filled in by :meth:`ensure_entries` (the search box does it
    when it gets the focus): a first window need not load pycountry to be drawn."""

    def __init__(self, parent=None, *, lazy: bool = False):
        super().__init__(parent)
        self.setModel(QStringListModel([] if lazy else completion_entries(), self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def ensure_entries(self) -> None:
        model = self.model()
        if not model.rowCount():
            model.setStringList(completion_entries())


class CountrySearch(QLineEdit):
    """Emits ``found(code)`` when Enter or a completion names a country, else ``notFound(text)``."""

    found = Signal(str)
    notFound = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("countrySearch")
        self.setStyleSheet('QLineEdit[invalid="true"] { border: 2px solid #b00020; padding: 1px; }')
        self.setClearButtonEnabled(True)
        self.setCompleter(CountryCompleter(self, lazy=True))
        self.completer().activated.connect(self._submit)
        self.returnPressed.connect(lambda: self._submit(self.text()))
        self.textEdited.connect(lambda _t: self._mark(False))

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.completer().ensure_entries()
        super().focusInEvent(event)

    def submit(self) -> None:
        """Look up what is typed now (as Enter does)."""
        self._submit(self.text())

    def show_code(self, code: str | None) -> None:
        """Show a country as a completion writes it, or nothing."""
        self._mark(False)
        self.setText(f"{iso.name(code)} ({code})" if code else "")

    def _submit(self, text: str) -> None:
        from travelrisk.model.interview import parse_country

        text = text.strip()
        if not text:
            return
        self.completer().ensure_entries()
        code = parse_country(text)
        if code is None:  # a part of a name: take the completer's first match
            completer = self.completer()
            completer.setCompletionPrefix(text)
            if completer.completionCount() > 0:
                code = parse_country(completer.currentCompletion())
        if code is None:
            self._mark(True)
            self.notFound.emit(text)
            return
        self._mark(False)
        self.setText(f"{iso.name(code)} ({code})")
        self.found.emit(code)

    def _mark(self, invalid: bool) -> None:
        if bool(self.property("invalid")) != invalid:
            self.setProperty("invalid", invalid)
            self.style().unpolish(self)
            self.style().polish(self)
