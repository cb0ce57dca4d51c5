"""The trip builder: legs added, moved and removed by mouse and keyboard change the trip's
level and its most dangerous leg (both the core's), the map draws the legs with the worst
emphasised, and the trip follows the profile and the travel date.

The fixture rulebook (tests/fixtures/mini) for a person Belarus lists: Türkiye low, Russia
high, Kazakhstan and Belarus severe, Germany not researched (unknown)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from map_points import point_in
from travelrisk_gui import leg_kinds
from travelrisk_gui.main_window import TRIP_TAB
from travelrisk_gui.trip_panel import COUNTRY, DATE, KIND, LEVEL, NUMBER, REASON

from travelrisk import Profile
from travelrisk.model.levels import Level

REPO = Path(__file__).resolve().parents[2]
MINI = REPO / "tests" / "fixtures" / "mini"
EXAMPLE = REPO / "examples" / "journalist-by.json"


def run_gui(*args):
    return subprocess.run([sys.executable, "-m", "travelrisk_gui.app", *args], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ), check=False)


@pytest.fixture
def panel(make_window, listed_by_belarus):
    window = make_window(listed_by_belarus)
    window.menus.act_trip.trigger()  # Ctrl+T
    return window.trip_panel


def add_leg(qtbot, panel, typed: str, kind: str | None = None) -> int:
    """Add a leg as a person does: the button, a country typed and Enter, a kind chosen."""
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.country.hasFocus() or panel.window().focusWidget() is panel.country
    panel.country.setText(typed)
    qtbot.keyClick(panel.country, Qt.Key.Key_Return)
    if kind is not None:
        panel.kind.setCurrentIndex(panel.kind.findData(kind))
        panel.kind.activated.emit(panel.kind.currentIndex())
    return panel.current


def table_rows(panel) -> list[tuple[str, str, str]]:
    m = panel.model
    return [(m.index(r, NUMBER).data(), m.index(r, COUNTRY).data(), m.index(r, LEVEL).data()) for r in range(m.rowCount())]


def test_the_trip_tab_starts_empty_and_says_what_to_do(panel):
    w = panel.window()
    assert w.right_tabs.currentIndex() == TRIP_TAB
    assert panel.state.legs == [] and panel.state.result is None
    assert "No trip yet" in panel.summary_text()
    assert "Add each country on the way" in panel.explanation.toPlainText()
    assert not panel.remove_button.isEnabled() and not panel.editor.isVisibleTo(panel)
    assert w.map.trip.markers == []


def test_adding_legs_raises_the_trip_level_and_names_the_worst_leg(panel, qtbot):
    add_leg(qtbot, panel, "TR")
    state = panel.state
    assert state.kind(0) == "departure" and not panel.kind.isEnabled()  # the first leg is the start
    assert state.result.level is Level.LOW and state.worst == 0
    add_leg(qtbot, panel, "RU", "transit")
    assert [state.kind(i) for i in range(2)] == ["departure", "transit"]
    assert state.result.level is Level.HIGH and state.worst == 1
    assert "Most dangerous: leg 2, Russian Federation, transit" in panel.summary_text()
    add_leg(qtbot, panel, "kazakh")  # a part of a name: the completer's first match
    assert state.legs[2].country == "KZ"
    assert state.result.level is Level.SEVERE and state.worst == 2
    assert table_rows(panel) == [
        ("1", "Türkiye (TR)", "LOW"),
        ("2", "Russian Federation (RU)", "HIGH – could be SEVERE"),  # not researched in the fixture
        ("3", "Kazakhstan (KZ)", "⚠ SEVERE (worst)"),
    ]
    summary = panel.summary_text()
    assert "Trip level: SEVERE" in summary and "leg 3, Kazakhstan" in summary
    assert "Has extradited people to the requester" in summary  # the worst leg's reason, from the core


def test_a_typo_is_marked_and_changes_nothing(panel, qtbot):
    add_leg(qtbot, panel, "TR")
    add_leg(qtbot, panel, "Atlantis")
    assert panel.country_error.isVisible() and "Atlantis" in panel.country_error.text()
    assert panel.state.legs[1].country is None
    assert "Choose a country for leg 2" in panel.summary_text()
    assert panel.state.worst is None  # no trip level until every leg has a country


def test_moving_a_leg_changes_the_worst_leg_and_the_first_is_always_the_start(panel, qtbot):
    panel.state.set_text("TR>KZ>BY")  # two severe legs: the earlier one is named
    state = panel.state
    assert state.result.level is Level.SEVERE and state.worst == 1
    panel.set_current(2)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # Belarus one up
    assert [leg.country for leg in state.legs] == ["TR", "BY", "KZ"]
    assert panel.current == 1 and state.worst == 1 and state.assessment(1).destination == "BY"
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)  # and to the start
    assert [leg.country for leg in state.legs] == ["BY", "TR", "KZ"]
    assert state.kind(0) == "departure" and state.kind(1) == "entry"  # Turkey is no longer the start
    assert state.result.trip.legs[0].kind == "departure"
    assert not panel.up_button.isEnabled() and panel.down_button.isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [leg.country for leg in state.legs] == ["TR", "BY", "KZ"] and panel.current == 1


def test_removing_legs_lowers_the_trip(panel, qtbot):
    panel.state.set_text("TR>RU:transit>KZ")
    panel.set_current(2)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert [leg.country for leg in panel.state.legs] == ["TR", "RU"]
    assert panel.state.result.level is Level.HIGH and panel.state.worst == 1
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)  # the current one: Russia
    assert panel.state.result.level is Level.LOW
    qtbot.keyClick(panel.table, Qt.Key.Key_Insert)  # Insert adds a leg, ready for its country
    assert len(panel.state.legs) == 2 and panel.current == 1 and panel.state.legs[1].country is None


def test_an_unresearched_leg_makes_the_trip_unsettled_never_safe(panel):
    panel.state.set_text("TR>DE")
    result = panel.state.result
    assert (result.level, result.ceiling, result.settled) == (Level.LOW, Level.SEVERE, False)
    assert panel.state.worst == 1  # Germany: nothing known, it could be severe
    summary = panel.summary_text()
    assert "LOW – could be SEVERE" in summary and "Unknown does not mean safe" in summary


def test_the_builder_is_reached_and_worked_by_keyboard(make_window, qtbot, listed_by_belarus, monkeypatch):
    w = make_window(listed_by_belarus)
    shortcuts = {a.shortcut().toString() for a in w.actions()}
    assert {"Ctrl+T", "Ctrl+Shift+E"} <= shortcuts
    w.menus.act_trip.trigger()
    panel = w.trip_panel
    assert w.focusWidget() is panel.add_button  # an empty trip: adding a leg is the first thing
    for button in (panel.add_button, panel.up_button, panel.down_button, panel.remove_button, panel.map_button):
        assert "&" in button.text()
    assert panel.country_label.buddy() is panel.country and panel.kind_label.buddy() is panel.kind
    assert panel.date_label.buddy() is panel.same_date
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    assert w.focusWidget() is panel.country
    qtbot.keyClicks(panel.country, "RU")
    qtbot.keyClick(panel.country, Qt.Key.Key_Return)
    assert panel.state.legs[0].country == "RU"
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    w.menus.show_keys()  # the keyboard help lists the trip's keys
    assert "Ctrl+T" in shown[0] and "Alt+Up" in shown[0] and "Ctrl+Shift+E" in shown[0]


def test_clicking_the_map_fills_a_new_leg(panel, qtbot):
    w = panel.window()
    add_leg(qtbot, panel, "TR")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.map.viewport(), Qt.MouseButton.LeftButton, pos=point_in(w, "KZ"))
    assert panel.state.legs[1].country == "KZ" and panel.country.text() == "Kazakhstan (KZ)"
    assert w.right_tabs.currentIndex() == TRIP_TAB  # building a trip: the builder stays in sight
    assert w.state.selection == "KZ"
    qtbot.mouseClick(w.map.viewport(), Qt.MouseButton.LeftButton, pos=point_in(w, "TR"))
    assert panel.state.legs[1].country == "KZ"  # a leg with a country is changed only in its field


def test_each_kind_is_explained_in_plain_words(panel, qtbot):
    add_leg(qtbot, panel, "TR")
    add_leg(qtbot, panel, "RU")
    kinds = [panel.kind.itemData(i) for i in range(panel.kind.count())]
    assert kinds == ["entry", "transit", "overflight", "land_crossing"]
    for i, kind in enumerate(kinds):
        panel.kind.setCurrentIndex(i)
        panel.kind.activated.emit(i)
        assert panel.kind_help.text() == leg_kinds.explanation(kind) != ""
        assert panel.kind.itemData(i, Qt.ItemDataRole.ToolTipRole) == leg_kinds.explanation(kind)
        assert panel.state.legs[1].kind == kind
    assert "passport control" in leg_kinds.explanation("transit")
    assert "How you pass through" in panel.explanation.toPlainText()


def test_the_chosen_leg_is_explained_and_the_worst_is_one_click_away(panel, qtbot):
    panel.state.set_text("TR>RU:transit>KZ")
    panel.set_current(0)
    text = panel.explanation.toPlainText()
    assert "Leg 1 of 3" in text and "Türkiye (TR)" in text and "start (departure)" in text
    assert panel.explain_worst_button.isVisibleTo(panel)
    qtbot.mouseClick(panel.explain_worst_button, Qt.MouseButton.LeftButton)
    assert panel.current == 2
    text = panel.explanation.toPlainText()
    assert "Leg 3 of 3 — the most dangerous leg of this trip" in text
    assert "Kazakhstan (KZ)" in text and "SEVERE" in text and "Fixture news report" in text  # with its sources
    assert not panel.explain_worst_button.isVisibleTo(panel)


def test_the_trip_follows_the_travel_date_the_leg_dates_and_the_profile(panel, qtbot):
    w = panel.window()
    panel.state.set_text("TR>KZ")
    assert panel.state.result.level is Level.SEVERE
    w.date_edit.setDate(QDate(2029, 1, 1))  # the fixture precedent is then more than five years old
    assert panel.state.result.level is Level.HIGH
    assert panel.state.result.legs[1].as_of == date(2029, 1, 1)
    # A leg's own date: Kazakhstan in 2026 again, while the travel date stays 2029.
    panel.set_current(1)
    panel.same_date.setChecked(False)
    assert panel.date.isEnabled()
    panel.date.setDate(QDate(2026, 1, 2))
    assert panel.state.legs[1].on == date(2026, 1, 2) and panel.state.result.level is Level.SEVERE
    # Dates out of order: the core's reason is shown, and no level.
    panel.set_current(0)
    panel.same_date.setChecked(False)
    panel.date.setDate(QDate(2026, 3, 1))
    assert panel.state.result is None and panel.state.problem
    assert "cannot be checked yet" in panel.summary_text() and "before" in panel.summary_text()
    assert panel.state.worst is None and panel.map_button.isEnabled()
    panel.same_date.setChecked(True)  # back to the travel date: the core orders only the dates given
    assert not panel.date.isEnabled()
    assert panel.state.problem is None and panel.state.result.level is Level.SEVERE
    panel.set_current(1)
    panel.same_date.setChecked(True)
    assert panel.state.legs[1].on is None and panel.state.result.level is Level.HIGH
    w.state.set_profile(Profile())  # the profile names nobody who pursues this person: no level
    assert panel.state.result.level is Level.UNKNOWN


def test_the_worst_leg_is_emphasised_on_the_map(panel, qtbot):
    w = panel.window()
    panel.state.set_text("TR>BY:overflight>KZ")  # Belarus first among two severe legs
    layer = w.map.trip
    assert [m.stop.number for m in layer.markers] == [1, 2, 3]
    assert [m.stop.code for m in layer.markers] == ["TR", "BY", "KZ"]
    worst = [m for m in layer.markers if m.stop.worst]
    assert len(worst) == 1 and worst[0].stop.code == "BY"
    assert worst[0].radius > max(m.radius for m in layer.markers if not m.stop.worst)
    labels = {label.stop.code: label.text for label in layer.labels}
    # The level in words beside its colour, and the worst leg said in words with its reason.
    assert labels["TR"] == "1. Türkiye, start LOW"
    assert "SEVERE" in labels["BY"] and "most dangerous leg" in labels["BY"]
    assert "Going to the state that lists you" in labels["BY"] or "overflight" in labels["BY"]
    assert layer.worst_outline is not None  # Belarus is small enough to be outlined
    assert layer.worst_outline.path() == w.map.items_by_code["BY"].path()
    # Every marker sits inside its own country.
    for marker, point in zip(layer.markers, layer.points):
        assert w.map.items_by_code[marker.stop.code].path().contains(point), marker.stop.code
    # The map was zoomed to the trip, and no two labels cover each other.
    assert w.map.transform().m11() > 1.5 * _fitted_scale(w.map)
    boxes = [QRectF(QPointF(w.map.mapFromScene(p)) + label.offset, label.size)
             for p, label in zip(layer.points, layer.labels)]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    # Moving Kazakhstan before Belarus makes it the worst leg on the map too.
    panel.set_current(2)
    panel.move_leg(-1)
    assert [m.stop.code for m in layer.markers if m.stop.worst] == ["KZ"]
    assert layer.worst_outline is None  # Kazakhstan is large: its marker and label carry it
    panel.state.clear()
    assert layer.markers == [] and layer.labels == []


def _fitted_scale(view) -> float:
    box = view._bounds
    vp = view.viewport().rect()
    return min(vp.width() / box.width(), vp.height() / box.height())


def test_a_transit_through_a_continent_is_drawn_where_the_route_meets_it(make_window, qtbot, book):
    """With the bundled rulebook: Vilnius → Moscow transit → Tbilisi for the example journalist."""
    import json

    me = Profile.model_validate(json.loads(EXAMPLE.read_text()))
    from travelrisk_gui.main_window import MainWindow

    w = MainWindow(book, me, on=date(2026, 11, 25))
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    w.trip_state.set_text("LT>RU:transit>GE")
    assert w.trip_state.result.level is Level.SEVERE and w.trip_state.worst == 1
    assert w.trip_state.assessment(1).leg_kind == "transit"
    ru = w.map.trip.points[1]
    centre = w.map.trip.anchors.centre("RU")
    assert ru.x() < centre.x()  # west of Russia's middle, towards Lithuania and Georgia
    assert "leg 2, Russian Federation, transit" in w.trip_panel.summary_text()
    w.trip_state.set_text("LT>TR:transit>GE")  # the same trip through Istanbul: a different answer
    assert w.trip_state.result.level.rank < Level.SEVERE.rank
    assert w.trip_state.assessment(1).level.rank < Level.SEVERE.rank


def test_screenshot_shows_a_trip(tmp_path):
    out = tmp_path / "trip.png"
    p = run_gui("--screenshot", str(out), "--profile", str(EXAMPLE), "--rules", str(MINI),
                "--legs", "TR>RU:transit>KZ", "--size", "1000x700")
    assert p.returncode == 0, p.stderr
    assert QImage(str(out)).width() == 1000
    p = run_gui("--screenshot", str(out), "--rules", str(MINI), "--legs", "TR>XX>KZ")
    assert p.returncode == 2 and "--legs" in p.stderr and "leg 2 'XX'" in p.stderr
    p = run_gui("--screenshot", str(out), "--rules", str(MINI), "--legs", "TR>KZ", "--leg", "3")
    assert p.returncode == 2 and "--leg 3" in p.stderr


def test_legs_option_is_documented():
    p = run_gui("--help")
    assert "--legs" in p.stdout and "trip" in p.stdout


def test_on_a_narrow_window_the_builder_is_not_cut_off(panel, qtbot):
    window = panel.window()
    for typed in ("TR", "RU", "KZ"):
        add_leg(qtbot, panel, typed, "transit")
    scroll = panel.parentWidget().parentWidget()  # the scroll area the builder sits in
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.right_tabs.width() >= window.right_tabs.minimumWidth() > 0, timeout=2000)
    qtbot.wait(10)
    assert not scroll.horizontalScrollBar().isVisible()
    for button in (panel.add_button, panel.up_button, panel.down_button, panel.remove_button, panel.map_button):
        assert button.width() >= button.minimumSizeHint().width()
    window.right_tabs.show_tab(0)  # the explanation needs no minimum: the map gets its room back
    assert window.right_tabs.minimumWidth() == 0


def test_the_add_button_stays_put_while_legs_are_added(panel, qtbot):
    """A person adds leg after leg with the same button: the summary, the explain-the-worst
    button and the table above it grow, and the button must not move under the pointer."""
    window = panel.window()

    def where():
        QApplication.processEvents()  # the layout settles as it would before the next click
        return panel.add_button.mapTo(window, QPoint(0, 0))

    before = where()
    for typed, kind in (("TR", None), ("RU", "transit"), ("KZ", None)):
        add_leg(qtbot, panel, typed, kind)
        panel.set_current(0)  # the first leg chosen: the summary and the explain button both show
        assert where() == before, typed
    assert panel.explain_worst_button.isVisible() and "Trip level: SEVERE" in panel.summary_text()
    for typed in ("TR", "GE", "AM", "AZ", "UZ", "KG"):  # more legs than the table shows rows
        add_leg(qtbot, panel, typed)
        assert where() == before, typed


def test_the_legs_fit_their_table_without_scrolling_sideways(panel, qtbot):
    """Country, level, how and date are always in sight; the main reason (in the summary,
    the explanation and each row's tooltip too) gets a column where there is room."""
    window = panel.window()
    panel.state.set_text("TR>RU:transit>KZ>DE")  # "HIGH – could be SEVERE", "UNKNOWN – could be SEVERE"
    table, header = panel.table, panel.table.horizontalHeader()

    def fits(columns) -> bool:
        QApplication.processEvents()
        right = table.viewport().width()
        return all(not header.isSectionHidden(c) and 0 <= table.columnViewportPosition(c)
                   and table.columnViewportPosition(c) + table.columnWidth(c) <= right for c in columns)

    shown = (NUMBER, COUNTRY, LEVEL, KIND, DATE)
    for width in (1200, 1000):
        window.resize(width, 800)
        qtbot.waitUntil(lambda: fits(shown), timeout=2000)
        assert not table.horizontalScrollBar().isVisible(), width
    window.resize(1900, 900)  # room for the reasons too
    qtbot.waitUntil(lambda: fits((*shown, REASON)), timeout=2000)
    assert not table.horizontalScrollBar().isVisible()
    assert table.model().index(1, REASON).data() in table.model().index(1, LEVEL).data(Qt.ItemDataRole.ToolTipRole)
