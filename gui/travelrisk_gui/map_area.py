"""The left side: the world map with its legend, the compare table and the list of all
countries, as tabs. It draws what the view-model says (levels, the selection, the trip) and
says in the status bar (``message``) what the pointer is over and what was chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from . import i18n, level_style
from .compare import AllCountriesPanel, ComparePanel
from .legend import Legend
from .map_view import MapView, country_label
from .trip_layer import Stop
from .worldmap import MapMissing, WorldShapes, load_world

if TYPE_CHECKING:
    from .trip_state import TripState
    from .world_state import WorldState

MAP_TAB, COMPARE_TAB, COUNTRIES_TAB = range(3)


class MapArea(QTabWidget):
    """The map, compare and all-countries tabs; the compare table and the list are built
    when first shown."""

    message = Signal(str, int)  # for the status bar: text, milliseconds (0: until replaced)

    def __init__(self, state: WorldState, parent=None):
        super().__init__(parent)
        self._state = state
        self._trip_state: TripState | None = None
        self._trip_codes: list[str] = []  # the countries the map was last zoomed to
        try:
            shapes, missing = load_world(), None
        except MapMissing as exc:  # the app still works: search and the country list reach everything
            shapes, missing = WorldShapes({}, QRectF(0, 0, 200, 100)), str(exc)
        self.map = MapView(shapes, self)
        self.legend = Legend(self)
        map_page = QWidget(self)
        box = QVBoxLayout(map_page)
        box.setContentsMargins(0, 0, 0, 0)
        self.map_missing = QLabel(map_page)
        self.map_missing.setWordWrap(True)
        self.map_missing.setVisible(missing is not None)
        self._map_missing_detail = missing or ""
        box.addWidget(self.map_missing)
        box.addWidget(self.map, 1)
        box.addWidget(self.legend)
        self._compare: ComparePanel | None = None
        self._countries: AllCountriesPanel | None = None
        self.compare_page = QWidget(self)
        self.countries_page = QWidget(self)
        for page in (self.compare_page, self.countries_page):
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.addTab(map_page, "")
        self.addTab(self.compare_page, "")
        self.addTab(self.countries_page, "")
        self.currentChanged.connect(self._tab_changed)
        self.map.hovered.connect(self.hover)
        state.assessed.connect(self._assessed)
        state.selected.connect(self._selected)
        self.retranslate()

    @property
    def compare(self) -> ComparePanel:
        if self._compare is None:
            self._compare = ComparePanel(self._state, self.compare_page)
            self.compare_page.layout().addWidget(self._compare)
            self._compare.chosen.connect(self._state.select)
        return self._compare

    @property
    def countries(self) -> AllCountriesPanel:
        if self._countries is None:
            self._countries = AllCountriesPanel(self._state, self.countries_page)
            self.countries_page.layout().addWidget(self._countries)
            self._countries.chosen.connect(self._state.select)
        return self._countries

    def compared(self) -> list[str]:
        """The compared destinations in the order the table shows them."""
        return self._compare.model.codes if self._compare is not None else list(self._state.compared)

    def show_tab(self, index: int, focus: bool = True) -> None:
        self.setCurrentIndex(index)
        if focus:
            widget = {MAP_TAB: self.map, COMPARE_TAB: self.compare.table, COUNTRIES_TAB: self.countries.table}[index]
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _tab_changed(self, index: int) -> None:
        if index == COMPARE_TAB:
            self.compare  # noqa: B018 - builds it
        elif index == COUNTRIES_TAB:
            self.countries  # noqa: B018

    # --- what the view-model says ---------------------------------------------------------

    def _assessed(self) -> None:
        glance = self._state.glance
        self.map.recolour(dict(glance.levels) if glance is not None else {},
                          dict(glance.ceilings) if glance is not None else {})
        if glance is not None:
            self.legend.set_counts(glance.legend_counts(), glance.unsettled(), nobody=not glance.pursuers,
                                   striped=glance.striped_counts())
        else:
            self.legend.set_counts({})

    def _selected(self, code: str) -> None:
        self.map.show_selection(code or None)
        if code:
            a = self._state.assessment(code)
            if a is not None:
                name, level, ceiling = a.destination_name, a.level, a.ceiling
            else:  # chosen at start-up, before the core is here: the glance's name and levels
                name, level, ceiling = country_label(code), self._state.level(code), self._state.ceiling(code)
            self.message.emit(self.tr("{name}: {level}").format(
                name=name, level=self._level_words(level, ceiling)), 0)

    def follow_trip(self, trip_state: TripState) -> None:
        """Draw this trip on the map from now on."""
        self._trip_state = trip_state
        trip_state.assessed.connect(self.draw_trip)

    def draw_trip(self) -> None:
        """Draw the trip on the map (each leg's level is the core's), and zoom to it when its
        countries change."""
        t = self._trip_state
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

    def hover(self, code: str) -> None:
        """Say in the status bar what the pointer is over (nothing: clear it)."""
        if not code:
            self.message.emit("", 0)
            return
        a = self._state.assessment(code)
        level = self._state.level(code)
        if a is None and level is not None:  # the glance's level, until the core is attached
            text = self.tr("{name} ({code}): {level}").format(
                name=country_label(code), code=code, level=self._level_words(level, self._state.ceiling(code)))
        elif a is None:
            text = self.tr("{name}: not assessed").format(name=country_label(code))
        else:
            text = self.tr("{name} ({code}): {level} — {reason}").format(
                name=a.destination_name, code=code, level=self._level_words(a.level, a.ceiling),
                reason=i18n.main_reason(a))
        self.message.emit(text, 0)

    def _level_words(self, level, ceiling=None) -> str:
        """A level (and what it could be) as the status bar writes it, with the rulebook's
        warnings beside it."""
        tags = self._state.tags()
        return level_style.range_label(level, ceiling) + ("".join(f" ⚠ {t}" for t in tags) if tags else "")

    def retranslate(self) -> None:
        self.map_missing.setText(self.tr(
            "The world map could not be loaded ({detail}). Every country is still in “All countries” "
            "and in “Find a country”.").format(detail=self._map_missing_detail))
        self.setTabText(MAP_TAB, self.tr("World map"))
        self.setTabText(COMPARE_TAB, self.tr("Compare"))
        self.setTabText(COUNTRIES_TAB, self.tr("All countries"))
        self.map.setAccessibleName(self.tr("World map coloured by risk level"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
