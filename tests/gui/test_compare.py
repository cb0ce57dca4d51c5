"""The compare table: chosen destinations, their level and main reason, sorted by the
core's Level order with unknown always last."""

from __future__ import annotations

from PySide6.QtCore import Qt

from travelrisk.model.levels import Level
from travelrisk_gui.level_table import CODE_ROLE, COUNTRY, LEVEL, REASON


def rows(table):
    model = table.model()
    return [model.index(r, COUNTRY).data(CODE_ROLE) for r in range(model.rowCount())]


def test_compare_table_sorts_by_level_with_unknown_last(make_window, qtbot, listed_by_belarus):
    w = make_window(listed_by_belarus)
    for code in ("DE", "KZ", "TR", "RU", "BY", "FR"):
        w.state.add_to_compare(code)
    w.left_tabs.setCurrentIndex(1)
    table = w.compare.table
    assert set(rows(table)) == {"DE", "KZ", "TR", "RU", "BY", "FR"}
    levels = {c: w.state.level(c) for c in rows(table)}
    assert levels["KZ"] is Level.SEVERE and levels["RU"] is Level.HIGH and levels["TR"] is Level.LOW
    assert levels["DE"] is Level.UNKNOWN

    # Clicking the Level header sorts (the view asks the model; the model uses Level's order).
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, LEVEL))
    clicked = rows(table)
    table.sortByColumn(LEVEL, Qt.SortOrder.DescendingOrder)
    assert rows(table) == ["BY", "KZ", "RU", "TR", "FR", "DE"]  # severe, severe, high, low, unknown...
    table.sortByColumn(LEVEL, Qt.SortOrder.AscendingOrder)
    assert rows(table) == ["TR", "RU", "BY", "KZ", "FR", "DE"]  # ...and unknown last the other way too
    assert clicked in (rows(table), ["BY", "KZ", "RU", "TR", "FR", "DE"])

    model = table.model()
    row = rows(table).index("KZ")
    assert model.index(row, LEVEL).data() == "SEVERE"  # the level in words beside its colour
    assert model.index(row, LEVEL).data(Qt.ItemDataRole.DecorationRole).name() == "#a50026"
    assert model.index(row, REASON).data() == "Has extradited people to the requester"
    assert model.index(rows(table).index("DE"), REASON).data() == "not researched"

    table.sortByColumn(COUNTRY, Qt.SortOrder.AscendingOrder)
    assert rows(table) == ["BY", "FR", "DE", "KZ", "RU", "TR"]  # Belarus, France, Germany, ...


def _section_centre(header, section):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_compare_follows_the_date_and_keyboard(make_window, qtbot, listed_by_belarus):
    from datetime import date

    w = make_window(listed_by_belarus)
    w.state.select("KZ")
    w.add_selection_to_compare()  # what Ctrl+K and the button do
    assert w.left_tabs.currentIndex() == 1 and rows(w.compare.table) == ["KZ"]
    model = w.compare.table.model()
    assert model.index(0, LEVEL).data() == "SEVERE"
    w.state.set_on(date(2029, 1, 1))
    assert model.index(0, LEVEL).data() == "HIGH"
    w.compare.table.setCurrentIndex(model.index(0, 0))
    w.compare.table.setFocus()
    qtbot.keyClick(w.compare.table, Qt.Key.Key_Delete)
    assert rows(w.compare.table) == [] and w.state.compared == []


def test_choosing_a_row_selects_the_destination(make_window, qtbot, listed_by_belarus):
    w = make_window(listed_by_belarus)
    w.left_tabs.setCurrentIndex(2)
    table = w.countries.table
    assert rows(table)[0] in ("BY", "KZ")  # the most dangerous first
    assert rows(table)[-1] != "KZ"
    row = rows(table).index("TR")
    table.activated.emit(table.model().index(row, 0))
    assert w.state.selection == "TR"
    assert w.explanation.toPlainText().startswith("Turkey") or "(TR)" in w.explanation.toPlainText()
