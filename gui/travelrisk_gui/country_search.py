"""Find a destination by typing its name or code: a completer over the ISO countries.

Each country is listed as "Name (CODE)" in the reader's language (ISO 3166's own
translations, through the core), in that language's alphabetical order, and is found by
that name, its English name or its code. What a person typed is turned into a code by the
core's :func:`travelrisk.model.interview.parse_country`, which also knows official names,
three-letter codes and names in the neighbours' languages.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from travelrisk.model import iso

from . import i18n

#: The text a completion is matched against: the shown name, and the English one beside it.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def shown_name(code: str) -> str:
    """A country as the search box and the completions write it: "Name (CODE)"."""
    return f"{i18n.country(code)} ({code})"


def completion_entries() -> list[tuple[str, str]]:
    """(shown, searched) for every ISO country, in the reader's alphabetical order: shown is
    "Name (CODE)" in the reader's language; searched adds the English name."""
    out = []
    for code, english in iso.table().items():
        shown = shown_name(code)
        out.append((shown, shown if english in shown else f"{shown} {english}"))
    return sorted(out, key=lambda entry: i18n.sort_key(entry[0]))


class _Entries(QStringListModel):
    """The shown names (``stringList``), each with its searched text under :data:`SEARCH_ROLE`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._searched: list[str] = []

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        self._searched = [searched for _, searched in entries]
        self.setStringList([shown for shown, _ in entries])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == SEARCH_ROLE and index.isValid() and index.row() < len(self._searched):
            return self._searched[index.row()]
        return super().data(index, role)


class CountryCompleter(QCompleter):
    """Matches anywhere in "Name (CODE)" and the English name, whatever the case: "kaz", "KZ",
    "stan", "Каз" all work; a completion writes the shown name.

    With ``lazy`` the names are filled in by :meth:`ensure_entries` (the search box does it
    when it gets the focus): a first window need not load pycountry to be drawn."""

    def __init__(self, parent=None, *, lazy: bool = False):
        super().__init__(parent)
        model = _Entries(self)
        if not lazy:
            model.set_entries(completion_entries())
        self.setModel(model)
        self.setCompletionRole(SEARCH_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt's name
        return index.data(Qt.ItemDataRole.DisplayRole) or ""  # the shown name, not the searched text

    def ensure_entries(self) -> None:
        model = self.model()
        if not model.rowCount():
            model.set_entries(completion_entries())

    def reload(self) -> None:
        """The names again, in the language now chosen (when they were there at all)."""
        if self.model().rowCount():
            self.model().set_entries(completion_entries())


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
        self.setText(shown_name(code) if code else "")

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
        self.setText(shown_name(code))
        self.found.emit(code)

    def _mark(self, invalid: bool) -> None:
        if bool(self.property("invalid")) != invalid:
            self.setProperty("invalid", invalid)
            self.style().unpolish(self)
            self.style().polish(self)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.completer().reload()
        super().changeEvent(event)
