"""The main window: the map and the lists on the left, the explanation, the profile and the
trip builder on the right, the travel date and search on top, and the privacy state always
in sight.

Each of those is a panel that owns its widgets, its wiring to the view-model
(:class:`~travelrisk_gui.world_state.WorldState`, the single source of answers) and its
words: :mod:`top_bar`, :mod:`notices`, :mod:`map_area`, :mod:`side_panel`, :mod:`menus`;
:mod:`on_disk` keeps the dialogs that touch files, :mod:`idle_guard` the idle lock. The window
composes them and does what spans several: a click on the map that fills a trip's leg,
clearing everything about the person, the tab a finished form leads to.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QDialog, QMainWindow, QSplitter, QVBoxLayout, QWidget

from . import i18n
from .idle_guard import IdleGuard
from .map_area import COMPARE_TAB, COUNTRIES_TAB, MAP_TAB, MapArea
from .menus import MenuBar
from .notices import LockNote, PrivacyIndicator, RulebookLine
from .on_disk import OnDisk, blank
from .pyside_guard import guard_none_refcount
from .side_panel import EXPLANATION_TAB, PROFILE_TAB, TRIP_TAB, SidePanel
from .top_bar import TopBar
from .world_state import WorldState

if TYPE_CHECKING:
    from travelrisk.engine.glance import Glance
    from travelrisk.language.rulebook import Rulebook
    from travelrisk.model.profile import Profile

    from .trip_state import TripState

guard_none_refcount()


def _forwarded(panel: str, name: str) -> property:
    """A panel's attribute, reached from the window by the name it had before the split."""
    return property(lambda self: getattr(getattr(self, panel), name), doc=f"``{panel}.{name}``")


class MainWindow(QMainWindow):
    """The window over a rulebook and a profile (None: a first run, the form comes first).

    Without a rulebook it starts empty and waits: :meth:`show_glance` draws the world from
    a glance, and :meth:`attach` brings in the core (see :mod:`travelrisk_gui.glance_child`).
    """

    # The panels' widgets the app and the tests reach by their names on the window.
    search = _forwarded("top", "search")
    search_label = _forwarded("top", "search_label")
    date_edit = _forwarded("top", "date_edit")
    date_label = _forwarded("top", "date_label")
    map = _forwarded("left_tabs", "map")
    legend = _forwarded("left_tabs", "legend")
    map_missing = _forwarded("left_tabs", "map_missing")
    compare = _forwarded("left_tabs", "compare")
    countries = _forwarded("left_tabs", "countries")
    countries_page = _forwarded("left_tabs", "countries_page")
    explanation = _forwarded("right_tabs", "explanation")
    form = _forwarded("right_tabs", "form")
    trip_panel = _forwarded("right_tabs", "trip_panel")
    profile_page = _forwarded("right_tabs", "profile_page")
    first_run = property(lambda self: self.right_tabs.first_run,
                         lambda self, value: setattr(self.right_tabs, "first_run", value),
                         doc="A first run: the form comes first, and starts empty.")

    def __init__(self, rulebook: Rulebook | None = None, profile: Profile | None = None, *,
                 on: date | None = None, glance: Glance | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._initial_on = on
        self.state = WorldState(on=on, parent=self)
        self.trip_state: TripState | None = None  # made by attach()
        self._on_painted: Callable[[], None] | None = None
        self._painted = False
        self.files = OnDisk(self.state, self)
        self.idle = IdleGuard(self._personal_in_memory, self)

        self.top = TopBar(self.state, self)
        self.privacy = PrivacyIndicator(self.state, self.files, self.top)
        self.top.add_end(self.privacy)
        self.rulebook_label = RulebookLine(self.state, self)
        self.lock_note = LockNote(self)
        # The status bar is there from the start: made on its first message, it would push
        # the map up under the pointer, and the first click would land on the wrong country.
        self.statusBar().setSizeGripEnabled(True)
        self.left_tabs = MapArea(self.state, self)
        self.right_tabs = SidePanel(self.state, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(self.right_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._splitter_moved = False
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_splitter_moved", True))
        self.splitter.installEventFilter(self)
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.addWidget(self.top)
        box.addWidget(self.rulebook_label)
        box.addWidget(self.lock_note)
        box.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.menus = MenuBar(self)
        self.setMenuBar(self.menus)

        self._connect()
        self.setWindowTitle(self.tr("Where you can travel, and why"))  # the system adds " — travelrisk"
        self.resize(1280, 800)
        if rulebook is not None:
            self.attach(rulebook, profile, glance)

    def show_glance(self, glance: Glance, english: dict[str, str] | None = None) -> None:
        """Draw the world from a glance, before the core is attached; ``english``: the
        countries' English names, when the glance is said in another language."""
        from travelrisk.model import iso

        iso.prime(english or glance.names)
        self.top.set_date(glance.on)
        self.state.show_glance(glance)

    def attach(self, rulebook: Rulebook, profile: Profile | None = None, glance: Glance | None = None) -> None:
        """Bring in the core: every level is assessed, and everything in the window works
        (``glance``: one already taken of this person's world, whose levels are then used)."""
        from .trip_state import TripState

        if self.trip_state is not None:
            raise RuntimeError("the core is already attached to this window")
        # An empty profile is a first run too: nothing says who pursues the person yet.
        self.first_run = profile is None or not profile.requesters(rulebook.requesters)
        self.trip_state = self.right_tabs.trip_state = TripState(self.state, self)
        self.left_tabs.follow_trip(self.trip_state)
        self.trip_state.legsChanged.connect(self.idle.refresh)
        self.state.attach(rulebook, profile, glance)
        self.search.completer().ensure_entries()
        if self.first_run:
            self.right_tabs.setCurrentIndex(PROFILE_TAB)

    def when_painted(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once, as soon as the window has been painted for the first time."""
        self._on_painted = callback

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:  # the idle lock watches and ticks once the first frame is done
            self._painted = True
            # Not now: an application-wide filter would see every paint event of this frame.
            QTimer.singleShot(0, self.idle.start)
        if self._on_painted is not None:
            QTimer.singleShot(0, self._on_painted)
            self._on_painted = None

    # --- wiring across the panels -----------------------------------------------------------

    def _connect(self) -> None:
        say = self.statusBar().showMessage
        for panel in (self.left_tabs, self.right_tabs, self.menus, self.files):
            panel.message.connect(say)
        self.state.assessed.connect(self.idle.refresh)
        self.state.compareChanged.connect(self.idle.refresh)
        self.left_tabs.map.clicked.connect(self._map_clicked)
        self.search.found.connect(self._found)
        self.search.notFound.connect(
            lambda text: say(self.tr("No country matches “{text}”.").format(text=text), 5000))
        self.top.compare_button.clicked.connect(self.add_selection_to_compare)
        self.right_tabs.profileFinished.connect(self._profile_finished)
        self.right_tabs.showOnMap.connect(self._show_trip_on_map)
        self.files.savedChanged.connect(self._saved_changed)
        self.idle.locked.connect(self._idle_locked)
        self.idle.minutesChanged.connect(self.menus.show_idle_minutes)
        self.menus.idleChosen.connect(self.idle.set_minutes)
        self.menus.connect_actions(
            act_edit_profile=self.show_profile, act_start_over=self.start_over, act_save=self.files.save,
            act_open=self.open_profile, act_lock=self.lock_now, act_export=self.export_report,
            act_forget=self.forget_everything, act_quit=self.close, act_import=self.files.import_update,
            act_map=lambda: self.left_tabs.show_tab(MAP_TAB),
            act_compare=lambda: self.left_tabs.show_tab(COMPARE_TAB),
            act_countries=lambda: self.left_tabs.show_tab(COUNTRIES_TAB),
            act_explanation=lambda: self.right_tabs.show_tab(EXPLANATION_TAB),
            act_trip=lambda: self.right_tabs.show_tab(TRIP_TAB),
            act_find=self.top.focus_search, act_date=self.top.focus_date, act_add=self.add_selection_to_compare)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Sent to the window before its panels, which then say their own words again.
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Where you can travel, and why"))
            if self.state.language != i18n.current():
                self.state.set_language(i18n.current())  # the core's answers said again: every view redraws
            else:
                self.state.assessed.emit()  # tooltips and legend carry translated words too
            self.left_tabs.draw_trip()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.splitter and event.type() == QEvent.Type.Resize and not self._splitter_moved:
            # Until the person drags it: 58% for the map, 42% for the explanation.
            width = event.size().width()
            self.splitter.setSizes([int(width * 0.58), width - int(width * 0.58)])
        return super().eventFilter(watched, event)

    def _map_clicked(self, code: str) -> None:
        """A click selects a country; while a trip is being built, it also fills the chosen
        leg if that leg has no country yet."""
        leg = self.right_tabs.building_trip()
        if leg is not None and not self.trip_state.legs[leg].country and self.state.assessment(code) is not None:
            self.trip_state.set_country(leg, code)
        self.state.select(code)

    def _found(self, code: str) -> None:
        self.state.select(code)
        self.map.centre_on(code)

    def _show_trip_on_map(self) -> None:
        self.left_tabs.show_tab(MAP_TAB, focus=False)
        self.map.fit_trip()

    def add_selection_to_compare(self) -> None:
        if self.state.selection:
            self.state.add_to_compare(self.state.selection)
            self.left_tabs.show_tab(COMPARE_TAB, focus=False)
        else:
            self.statusBar().showMessage(self.tr("Choose a destination first (click the map or press Ctrl+F)."), 5000)

    def export_dialog(self, subject: str | None = None):
        """The export dialog, set to what is in front of the person (not yet shown)."""
        from .export import COMPARISON, DESTINATION, TRIP

        if subject is None:
            subject = (TRIP if self.right_tabs.currentIndex() == TRIP_TAB
                       else COMPARISON if self.left_tabs.currentIndex() == COMPARE_TAB else DESTINATION)
        return self.files.export_dialog(self.trip_state, self.left_tabs.compared(), subject)

    def export_report(self, subject: str | None = None) -> None:
        self.files.export(self.export_dialog(subject))

    # --- the profile in memory ------------------------------------------------------------

    def show_profile(self) -> None:
        self.right_tabs.show_tab(PROFILE_TAB)

    def _profile_finished(self) -> None:
        self.first_run = False
        self.left_tabs.show_tab(MAP_TAB)
        self.right_tabs.show_tab(EXPLANATION_TAB, focus=False)
        self.statusBar().showMessage(self.tr("Your map is ready. Nothing was saved."), 8000)

    def start_over(self) -> None:
        self.right_tabs.drop_form()
        self.first_run = True
        self.files.mark_saved(None, None)  # a new profile: not saved
        self.state.set_profile(blank())
        self.state.select(None)
        self.right_tabs.show_tab(PROFILE_TAB)

    def open_profile(self) -> bool:
        """Profile > Open saved…: a passphrase, then the labels it unlocks; choose one."""
        chosen = self.files.choose_saved()
        if chosen is not None:
            self.load_saved(chosen.label, chosen.profile)
        return chosen is not None

    def load_saved(self, label: str, profile: Profile) -> None:
        """Show a profile opened from the store (its label is what the indicator names)."""
        self.right_tabs.drop_form()
        self.first_run = False
        self.files.mark_saved(label, profile)
        self.state.set_profile(profile)
        self.left_tabs.show_tab(MAP_TAB, focus=False)
        self.right_tabs.show_tab(EXPLANATION_TAB, focus=False)
        self.statusBar().showMessage(self.tr("Opened ‘{label}’. Your map is ready.").format(label=label), 8000)

    def _saved_changed(self) -> None:
        if self.files.saved_label is not None:  # saved or opened: the lock's note is over
            self.lock_note.dismiss()

    def _personal_in_memory(self) -> bool:
        """Anything about the person in this window: answers, a trip, compared destinations."""
        if not self.state.ready:
            return False
        return self.state.profile != blank() or bool(self.trip_state.legs) or bool(self.state.compared)

    def _clear_person(self) -> None:
        """Drop the profile, the trip, the compare table, the selection and the search from
        memory, and return to the first-run form (with the travel date it started with)."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()  # a save or open dialog may hold typed text
        if self.trip_state is not None:
            self.trip_state.clear()
        self.state.clear_compare()
        self.state.select(None)
        self.search.clear()
        self.top.set_date(self._initial_on or date.today())
        self.start_over()
        self.statusBar().clearMessage()

    def forget_everything(self) -> bool:
        """Delete every file travelrisk has written, after saying what that is; then say what
        was deleted, and start again from an empty form."""
        gone = self.files.forget()
        if gone is None:
            return False
        self._clear_person()
        self.lock_note.dismiss()
        self.forgotten = gone
        self.files.tell_forgotten(gone)
        return True

    def lock_now(self) -> None:
        if not self.idle.lock_now():
            self.statusBar().showMessage(self.tr("Nothing to lock: no profile is open."), 5000)

    def _idle_locked(self, reason: str) -> None:
        """The lock engaged: clear the profile from memory and say how to get it back."""
        was_saved = self.files.saved_label is not None
        self._clear_person()
        self.lock_note.show_locked(reason, self.idle.minutes, was_saved)
