"""The trip builder: legs in order (add, move, remove), the leg being edited, the trip's level
with its most dangerous leg named, and that leg (or the chosen one) explained.

Every level and reason comes from :class:`~travelrisk_gui.trip_state.TripState`, which asks
the core. Everything works from the keyboard: in the list, Alt+Up and Alt+Down move the
current leg, Delete removes it and Insert adds one; every button has a mnemonic (Alt+U and
Alt+W move the chosen leg from anywhere in the tab).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from travelrisk.model.levels import Level

from . import i18n, leg_kinds, level_style
from .country_search import CountrySearch
from .explanation import ExplanationPane, badge, range_badges, trust_tags, warning_badge
from .trip_state import DEPARTURE, LATER_KINDS, TripState

NUMBER, COUNTRY, LEVEL, KIND, DATE, REASON = range(6)


#: ``translate("Trip", "text")``: the form pyside6-lupdate reads.
translate = QCoreApplication.translate


class TripModel(QAbstractTableModel):
    """One row a leg, in the trip's order: number, country, kind, date, level, main reason."""

    def __init__(self, state: TripState, parent=None):
        super().__init__(parent)
        self.state = state

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.state.legs)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("Trip", "#"), translate("Trip", "Country"), translate("Trip", "Level"),
                    translate("Trip", "How"), translate("Trip", "Date"), translate("Trip", "Main reason"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.state.legs):
            return None
        row, col = index.row(), index.column()
        leg = self.state.legs[row]
        a = self.state.assessment(row)
        worst = row == self.state.worst
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NUMBER:
                return str(row + 1)
            if col == COUNTRY:
                return f"{i18n.country(leg.country)} ({leg.country})" if leg.country else translate(
                    "Trip", "(choose a country)")
            if col == KIND:
                return leg_kinds.short(self.state.kind(row))
            if col == DATE:
                return self.state.day(row).isoformat()
            if col == LEVEL:
                if a is None:
                    return ""
                text = level_style.range_label(a.level, a.ceiling)
                return translate("Trip", "⚠ {level} (worst)").format(level=text) if worst else text
            if col == REASON:
                return i18n.main_reason(a) if a is not None else ""
        if role == Qt.ItemDataRole.DecorationRole and col == LEVEL and a is not None:
            return level_style.fill(a.level)
        if role == Qt.ItemDataRole.FontRole and worst:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == KIND:
                return leg_kinds.name(self.state.kind(row)) + ": " + leg_kinds.explanation(self.state.kind(row))
            if col == DATE and not leg.on:
                return translate("Trip", "The travel date (change it at the top of the window, or give this leg "
                                 "its own)")
            if a is not None:
                return translate("Trip", "Leg {n}: {name}, {kind}: {level}. {reason}").format(
                    n=row + 1, name=a.destination_name, kind=leg_kinds.name(self.state.kind(row)),
                    level=level_style.range_label(a.level, a.ceiling), reason=i18n.main_reason(a))
        return None


class LegTable(QTableView):
    """The legs; Alt+Up / Alt+Down move the current one, Delete removes it, Insert adds one.
    As tall as its rows (three to eight), so the explanation below gets the rest. Country,
    level, how and date always fit; the main reason (also in the summary, the explanation and
    each row's tooltip) is shown only where there is room for it, never behind a scroll bar."""

    moveRequested = Signal(int)
    deletePressed = Signal()
    insertPressed = Signal()

    REASON_MIN_CHARS = 16  # narrower than this, the main reason column is left out

    def _column_need(self, column: int) -> int:
        return max(self.sizeHintForColumn(column), self.horizontalHeader().sectionSizeHint(column))

    def fit_columns(self) -> None:
        """Show the main reason column only if it gets room beside the others."""
        if self.model() is None:
            return
        header = self.horizontalHeader()
        need = sum(self._column_need(c) for c in (NUMBER, COUNTRY, LEVEL, KIND, DATE))
        hide = need + self.fontMetrics().averageCharWidth() * self.REASON_MIN_CHARS > self.viewport().width()
        if header.isSectionHidden(REASON) != hide:
            header.setSectionHidden(REASON, hide)
            # The country takes what is left when the reason is out (shortened only on a very
            # narrow window); beside the reason, it is as wide as its names.
            header.setSectionResizeMode(COUNTRY, QHeaderView.ResizeMode.Stretch if hide
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def minimumSizeHint(self):
        """Tall enough for its rows (see sizeHint), wide enough for a long leg, whatever the legs
        are: the pane is sized once, and does not move the buttons as legs come and go."""
        hint = super().minimumSizeHint()
        hint.setHeight(self.sizeHint().height())
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        pad = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 4
        longest_level = translate("Trip", "⚠ {level} (worst)").format(
            level=level_style.range_label(Level.ELEVATED, Level.SEVERE))
        texts = ("88", "Kazakhstan (KZ)", longest_level,  # a longer name is shortened, on a narrow window
                 max((leg_kinds.short(k) for k in (DEPARTURE, *LATER_KINDS)), key=metrics.horizontalAdvance),
                 "2026-12-31")
        width = sum(metrics.horizontalAdvance(t) + pad for t in texts) + self.iconSize().width() + 4
        width += 2 * self.frameWidth() + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        hint.setWidth(max(hint.width(), width))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def sizeHint(self):
        hint = super().sizeHint()
        rows = min(max(self.model().rowCount() if self.model() else 0, 3), 8)
        height = self.horizontalHeader().height() + rows * self.verticalHeader().defaultSectionSize()
        height += 2 * self.frameWidth() + (self.horizontalScrollBar().sizeHint().height()
                                          if self.horizontalScrollBar().isVisible() else 0)
        hint.setHeight(height)
        return hint

    def keyPressEvent(self, event) -> None:
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deletePressed.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Insert:
            self.insertPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class TripPanel(QWidget):
    """The Trip tab. ``showOnMap`` asks the window to zoom the map to the trip."""

    showOnMap = Signal()

    def __init__(self, state: TripState, parent=None):
        super().__init__(parent)
        self.setObjectName("tripPanel")
        self.state = state
        self.current: int | None = None

        self.summary = QLabel(self)
        self.summary.setObjectName("tripSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explain_worst_button = QPushButton(self)

        self.model = TripModel(state, self)
        self.table = LegTable(self)
        self.table.setObjectName("legTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.table.horizontalHeader()
        for col in (NUMBER, COUNTRY, KIND, DATE, LEVEL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)  # shown where there is room

        self.add_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.map_button = QPushButton(self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.map_button)

        # --- the leg being edited -----------------------------------------------------------
        self.editor = QGroupBox(self)
        self.country_label = QLabel(self.editor)
        self.country = CountrySearch(self.editor)
        self.country.setObjectName("legCountry")
        self.country_label.setBuddy(self.country)
        self.country_error = QLabel(self.editor)
        self.country_error.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        self.country_error.setWordWrap(True)
        self.country_error.setVisible(False)
        self.kind_label = QLabel(self.editor)
        self.kind = QComboBox(self.editor)
        self.kind.setObjectName("legKind")
        self.kind_label.setBuddy(self.kind)
        self.kind_help = QLabel(self.editor)
        self.kind_help.setWordWrap(True)
        self.kind_help.setStyleSheet("QLabel { color: #3d3d3d; }")
        self.date_label = QLabel(self.editor)
        self.same_date = QCheckBox(self.editor)
        self.date = QDateEdit(self.editor)
        self.date.setObjectName("legDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
        self.date_label.setBuddy(self.same_date)
        date_row = QHBoxLayout()
        date_row.addWidget(self.same_date)
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        country_box = QVBoxLayout()
        country_box.addWidget(self.country)
        country_box.addWidget(self.country_error)
        kind_box = QVBoxLayout()
        kind_box.addWidget(self.kind)
        kind_box.addWidget(self.kind_help)
        form = QFormLayout(self.editor)
        form.addRow(self.country_label, country_box)
        form.addRow(self.kind_label, kind_box)
        form.addRow(self.date_label, date_row)

        self.explanation = ExplanationPane(self)
        self.explanation.trust = lambda: (state.world.tags(), state.world.notices())
        self.explanation.setObjectName("legExplanation")
        self.explanation.setMinimumHeight(self.fontMetrics().height() * 10)
        # The buttons first: the summary and the table below them grow with the trip, and
        # "Add a leg" must stay under the pointer from one leg to the next. The builder is as
        # tall as it needs; the explanation (which scrolls) gets the rest.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.explain_worst_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table)
        layout.addWidget(self.editor)
        layout.addWidget(self.explanation, 1)

        self.setTabOrder(self.add_button, self.up_button)
        self.setTabOrder(self.up_button, self.down_button)
        self.setTabOrder(self.down_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.map_button)
        self.setTabOrder(self.map_button, self.explain_worst_button)
        self.setTabOrder(self.explain_worst_button, self.table)
        self.setTabOrder(self.table, self.country)
        self.setTabOrder(self.country, self.kind)
        self.setTabOrder(self.kind, self.same_date)
        self.setTabOrder(self.same_date, self.date)
        self.setTabOrder(self.date, self.explanation)

        # --- wiring ---------------------------------------------------------------------------
        self.add_button.clicked.connect(self.add_leg)
        self.up_button.clicked.connect(lambda: self.move_leg(-1))
        self.down_button.clicked.connect(lambda: self.move_leg(1))
        self.remove_button.clicked.connect(self.remove_leg)
        self.map_button.clicked.connect(self.showOnMap)
        self.explain_worst_button.clicked.connect(self.explain_worst)
        self.table.moveRequested.connect(self.move_leg)
        self.table.deletePressed.connect(self.remove_leg)
        self.table.insertPressed.connect(self.add_leg)
        self.country.found.connect(self._country_found)
        self.country.notFound.connect(self._country_not_found)
        self.country.editingFinished.connect(self._country_left)
        self.kind.activated.connect(self._kind_chosen)
        self.same_date.toggled.connect(self._same_date_toggled)
        self.date.dateChanged.connect(self._date_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        state.assessed.connect(self._assessed)  # after a leg, the profile or the travel date changed
        self.retranslate()
        self._assessed()

    # --- actions --------------------------------------------------------------------------

    def add_leg(self) -> None:
        """A new leg at the end, dated as the last one; the country field takes the focus."""
        on = self.state.legs[-1].on if self.state.legs else None
        index = self.state.add(None, "entry", on)
        self.set_current(index)
        self.country.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_leg(self) -> None:
        if self.current is None:
            return
        index = self.current
        self.state.remove(index)
        self.set_current(min(index, len(self.state.legs) - 1) if self.state.legs else None)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_leg(self, step: int) -> None:
        if self.current is None:
            return
        focus = self.focusWidget()
        self.set_current(self.state.move(self.current, step))
        (focus or self.table).setFocus(Qt.FocusReason.OtherFocusReason)

    def explain_worst(self) -> None:
        if self.state.worst is not None:
            self.set_current(self.state.worst)
            self.explanation.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_current(self, index: int | None) -> None:
        self.current = index if index is not None and 0 <= index < len(self.state.legs) else None
        sel = self.table.selectionModel()
        if self.current is None:
            sel.clearSelection()
        else:
            sel.setCurrentIndex(self.model.index(self.current, COUNTRY),
                                QItemSelectionModel.SelectionFlag.ClearAndSelect
                                | QItemSelectionModel.SelectionFlag.Rows)
        self._load_editor()
        self._show_explanation()
        self._enable()

    # --- reacting to the state ------------------------------------------------------------

    def _assessed(self) -> None:
        current = self.current
        self.model.refresh()  # clears the view's selection; set_current puts it back
        self.table.updateGeometry()  # its height follows the number of legs
        self.table.fit_columns()  # and the room for the main reason, their texts
        if current is not None and current >= len(self.state.legs):
            current = len(self.state.legs) - 1
        if current is None and self.state.legs:
            current = self.state.worst if self.state.worst is not None else 0
        self.set_current(current)
        self._summarise()

    def _row_changed(self, index: QModelIndex, _previous=None) -> None:
        if index.isValid() and index.row() != self.current:
            self.current = index.row()
            self._load_editor()
            self._show_explanation()
            self._enable()

    def _enable(self) -> None:
        n, i = len(self.state.legs), self.current
        self.up_button.setEnabled(i is not None and i > 0)
        self.down_button.setEnabled(i is not None and i < n - 1)
        self.remove_button.setEnabled(i is not None)
        self.map_button.setEnabled(any(leg.country for leg in self.state.legs))
        self.editor.setVisible(i is not None)
        self.explain_worst_button.setVisible(self.state.worst is not None and self.state.worst != i)

    def _load_editor(self) -> None:
        i = self.current
        widgets = (self.country, self.kind, self.same_date, self.date)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.kind.clear()
            if i is None:
                self.editor.setTitle(self.tr("Leg"))
                self.country.show_code(None)
                self.kind_help.setText("")
                self.same_date.setChecked(True)
                self.date.setEnabled(False)
                self.same_date.setText(self.tr("On the &travel date"))
                return
            leg = self.state.legs[i]
            self.editor.setTitle(self.tr("Leg {n} of {total}").format(n=i + 1, total=len(self.state.legs)))
            self.country.show_code(leg.country)
            self.country_error.setVisible(False)
            kinds = (DEPARTURE,) if i == 0 else LATER_KINDS
            for kind in kinds:
                self.kind.addItem(leg_kinds.name(kind), kind)
                self.kind.setItemData(self.kind.count() - 1, leg_kinds.explanation(kind), Qt.ItemDataRole.ToolTipRole)
            kind = self.state.kind(i)
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
            self.kind.setEnabled(i > 0)
            self.kind.setToolTip(self.tr("The first leg is where you start.") if i == 0 else "")
            self.kind_help.setText(leg_kinds.explanation(kind))
            self.same_date.setText(self.tr("On the &travel date ({day})").format(day=self.state.world.on.isoformat()))
            self.same_date.setChecked(leg.on is None)
            day = self.state.day(i)
            self.date.setDate(QDate(day.year, day.month, day.day))
            self.date.setEnabled(leg.on is not None)
        finally:
            for w in widgets:
                w.blockSignals(False)

    def _show_explanation(self) -> None:
        i = self.current
        if i is None:
            self.explanation.show_html(
                "<h3>" + escape(self.tr("Plan a trip")) + "</h3><p>"
                + escape(self.tr("Add each country on the way, in order: where you start, where you change planes, "
                                 "what you fly over or cross by land, and where you arrive. Each leg is checked "
                                 "for how you pass through it and on its date; the trip is as dangerous as its "
                                 "most dangerous leg.")) + "</p>")
            return
        a = self.state.assessment(i)
        if a is None:
            why = (self.tr("Choose the country of leg {n}.").format(n=i + 1) if not self.state.legs[i].country
                   else self.state.problem or "")
            self.explanation.show_html("<h3>" + escape(self.tr("Leg {n}").format(n=i + 1)) + "</h3><p>"
                                       + escape(why) + "</p>")
            return
        context = self.tr("Leg {n} of {total}").format(n=i + 1, total=len(self.state.legs))
        if i == self.state.worst:
            context += " — " + self.tr("the most dangerous leg of this trip")
        self.explanation.show_assessment(a, context)

    def _summarise(self) -> None:
        s = self.state
        h: list[str] = []
        if not s.legs:
            h.append("<b>" + escape(self.tr("No trip yet.")) + "</b> ")
            h.append(escape(self.tr("Press “Add a leg” and choose where you start.")))
        elif s.problem:
            h.append("<b>" + escape(self.tr("These legs cannot be checked yet:")) + "</b> " + escape(s.problem))
        elif not s.complete:
            missing = ", ".join(str(i + 1) for i in s.missing)
            h.append("<b>" + escape(self.tr("Choose a country for leg {n}.").format(n=missing)) + "</b> ")
            h.append(escape(self.tr("The trip's level appears when every leg has a country.")))
        else:
            r = s.result
            assert r is not None
            worst = s.worst
            a = s.assessment(worst)
            warn = "".join("&nbsp;" + warning_badge(t) for t in trust_tags(a, s.world.tags()))
            h.append("<p style='font-size:large'>" + escape(self.tr("Trip level:")) + "&nbsp;"
                     + range_badges(r.level, r.ceiling)
                     + warn + "&nbsp; " + escape(self.tr("a trip is as dangerous as its most dangerous leg."))
                     + "</p>")
            where = self.tr("leg {n}, {name}, {kind}").format(
                n=worst + 1, name=a.destination_name, kind=leg_kinds.name(s.kind(worst)))
            if a.level is Level.UNKNOWN:
                h.append("<p><b>" + escape(self.tr("Most dangerous: {where}: not researched, it could be anything "
                                                   "up to {ceiling}. Unknown does not mean safe.")
                                           .format(where=where, ceiling=level_style.label(a.ceiling))) + "</b></p>")
            elif not a.settled:
                could = self.tr("it could be {ceiling} (open questions).").format(ceiling=level_style.label(a.ceiling))
                h.append("<p><b>" + escape(self.tr("Most dangerous: {where}.").format(where=where)) + "</b> "
                         + escape(i18n.main_reason(a)) + "; " + escape(could) + "</p>")
            else:
                h.append("<p><b>" + escape(self.tr("Most dangerous: {where}.").format(where=where)) + "</b> "
                         + escape(i18n.main_reason(a)) + "</p>")
            known = s.worst_known
            if known is not None and known != worst:
                k = s.assessment(known)
                h.append("<p>" + escape(self.tr("Highest established level: leg {n}, {name}:").format(
                    n=known + 1, name=k.destination_name)) + " " + badge(k.level) + " "
                    + escape(i18n.main_reason(k)) + "</p>")
        self.summary.setText("".join(h))
        self.summary.setAccessibleName(self.summary_text())

    def summary_text(self) -> str:
        """The summary as plain text (what a screen reader reads)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.summary.text())
        lines = doc.toPlainText().replace("\u00a0", " ").splitlines()
        return "\n".join(" ".join(line.split()) for line in lines).strip()

    # --- editing the current leg ----------------------------------------------------------

    def _country_found(self, code: str) -> None:
        self.country_error.setVisible(False)
        if self.current is not None:
            self.state.set_country(self.current, code)

    def _country_not_found(self, text: str) -> None:
        self.country_error.setText(self.tr("No country matches “{text}”.").format(text=text))
        self.country_error.setVisible(True)

    def _country_left(self) -> None:
        if self.current is None:
            return
        if not self.country.text().strip():
            self.country_error.setVisible(False)
            self.state.set_country(self.current, None)
        else:
            self.country.submit()

    def _kind_chosen(self, row: int) -> None:
        kind = self.kind.itemData(row)
        if self.current is not None and kind:
            self.state.set_kind(self.current, kind)

    def _same_date_toggled(self, same: bool) -> None:
        if self.current is None:
            return
        self.date.setEnabled(not same)
        self.state.set_on(self.current, None if same else self.date.date().toPython())

    def _date_changed(self, day: QDate) -> None:
        if self.current is not None and not self.same_date.isChecked():
            self.state.set_on(self.current, day.toPython())

    # --- words ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.explain_worst_button.setText(self.tr("E&xplain the most dangerous leg"))
        self.add_button.setText(self.tr("&Add a leg"))
        self.add_button.setToolTip(self.tr("Add a leg at the end of the trip (Insert in the list)"))
        self.up_button.setText(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the chosen leg earlier in the trip (Alt+Up)"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Move the chosen leg later in the trip (Alt+Down)"))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the chosen leg (Delete in the list)"))
        self.map_button.setText(self.tr("Show on &map"))
        self.map_button.setToolTip(self.tr("Zoom the world map to this trip"))
        self.country_label.setText(self.tr("&Country:"))
        self.country.setPlaceholderText(self.tr("name or code (e.g. Türkiye or TR), or click the map"))
        self.kind_label.setText(self.tr("&How you pass:"))
        self.date_label.setText(self.tr("&Date:"))
        self.table.setAccessibleName(self.tr("Legs of the trip, in order: country, how, date, level and main reason"))
        self.country.setAccessibleName(self.tr("Country of this leg"))
        self.kind.setAccessibleName(self.tr("How you pass through this country"))
        self.date.setAccessibleName(self.tr("Date of this leg"))
        self.explanation.setAccessibleName(self.tr("Explanation of the chosen leg"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self.model.refresh()
        self.set_current(self.current)
        self._summarise()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
