"""The guided profile form: it renders the core's interview (:mod:`travelrisk.model.interview`)
one step at a time and never decides anything itself.

Questions, explanations, validation and the next step all come from the core. Each field
shows its own error beneath it (in words, with a marked border), a mistake never stops the
rest of the form, and the map follows the valid answers while the person types. Nothing
typed here is written anywhere.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from travelrisk.model.interview import STEPS, Interview, Kind, Message, Question
from travelrisk.model.profile import Profile

from . import i18n
from .country_search import CountryCompleter


def _t(text: str) -> str:
    """A text of the core's interview in the reader's language: the rulebook's translation
    of it (``messages`` in ``rules/i18n/<lang>.toml``), else the English."""
    return i18n.words().message(text) if text else text


def _value(v: object) -> str:
    """A message, or a value filled into one, in the reader's language: one of the
    interview's texts, or a country's English name; anything else (what the person typed)
    as it is."""
    if isinstance(v, Message):
        return translate_message(v)
    text = str(v)
    said = _t(text)
    if said != text or i18n.current() == i18n.SOURCE_LANGUAGE:
        return said
    code = _english_names().get(text)
    return i18n.country(code) if code is not None else text


_by_name: dict[str, str] | None = None


def _english_names() -> dict[str, str]:
    global _by_name
    if _by_name is None:
        from travelrisk.model import iso

        _by_name = {name: code for code, name in iso.table().items()}
    return _by_name


def translate_message(m: Message | str) -> str:
    """One of the interview's messages (with the values filled in) in the reader's language."""
    if not isinstance(m, Message):
        return _value(m)
    if not m.params:
        return _value(m.template)  # an interview text, or a country's name alone
    return _t(m.template).format(**{k: _value(v) for k, v in m.params.items()})


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", "explanation")
    return label


FORM_STYLE = """
QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 2px solid #b00020; padding: 1px; }
QCheckBox[invalid="true"], QRadioButton[invalid="true"] { color: #b00020; }
QLabel[role="error"] { color: #b00020; font-weight: bold; }
QLabel[role="warning"] { color: #6b4400; }
QLabel[role="explanation"] { color: #3d3d3d; }
"""


class ProfileForm(QWidget):
    """Renders the interview's current step; emits the (partial) profile as it changes."""

    profileEdited = Signal(object)  # travelrisk.Profile
    finished = Signal()

    def __init__(self, interview: Interview, parent=None):
        super().__init__(parent)
        self.setObjectName("profileForm")
        self.setStyleSheet(FORM_STYLE)
        self.interview = interview
        self.fields: dict[str, QWidget] = {}  # field path -> its input widget
        self.error_labels: dict[str, QLabel] = {}  # field path -> the message under it
        self.choice_buttons: dict[tuple[str, str], QWidget] = {}  # (question, value) -> its box
        self._touched: set[str] = set()
        self._show_all = False
        self._last_profile: Profile | None = None
        self._groups: list[QButtonGroup] = []

        self.progress = QLabel(self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(nav)
        self._emit_timer = QTimer(self)
        self._emit_timer.setSingleShot(True)
        self._emit_timer.setInterval(0)
        self._emit_timer.timeout.connect(self._emit_profile)
        self.render()

    # --- navigation -----------------------------------------------------------------------

    def go_next(self) -> None:
        if self.interview.is_last:
            check = self.interview.check()
            if check.ok:
                self._emit_profile()
                self.finished.emit()
            return
        check = self.interview.advance()
        if not check.ok:
            self._show_all = True
            self.show_messages()
            first = next((p for p in self.fields if p in check.errors), None)
            if first is not None:
                self.fields[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._show_all = False
        self.render()
        self._emit_profile()

    def go_back(self) -> None:
        self.interview.back()
        self._show_all = False
        self.render()
        self._emit_profile()

    def go_to(self, step: str) -> None:
        self.interview.go_to(step)
        self.render()

    # --- rendering ------------------------------------------------------------------------

    def render(self) -> None:
        """Build the current step's widgets from the core's description of it."""
        step = self.interview.step
        path = self.interview.path()
        self.fields.clear()
        self.error_labels.clear()
        self.choice_buttons.clear()
        self._groups.clear()
        self.progress.setText(self.tr("Step {n} of {total}").format(n=path.index(step.id) + 1, total=len(path)))
        self.title.setText(_t(step.title))
        self.intro.setText(_t(step.intro))
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(0, 0, 8, 0)
        for q in step.questions:
            box.addWidget(self._question(q, body))
        if step.id == "review":
            box.addWidget(self._review(body))
        box.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(body)
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setEnabled(not self.interview.is_first)
        self.next_button.setText(self.tr("&Finish: show my map") if self.interview.is_last else self.tr("&Next"))
        self.show_messages()
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        window = self.window()
        widgets = [  # completer pop-ups are windows of their own: not in the chain
            w for w in self.scroll.widget().findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is window
        ]
        chain = [*widgets, self.back_button, self.next_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def focus_first_field(self) -> None:
        if self.fields:
            next(iter(self.fields.values())).setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.next_button.setFocus(Qt.FocusReason.TabFocusReason)

    def _question(self, q: Question, parent: QWidget) -> QWidget:
        # A frame with a wrapping bold label, not a QGroupBox: a group box's title never
        # wraps, and a long question would push the form wider than its pane.
        group = QFrame(parent)
        group.setFrameShape(QFrame.Shape.StyledPanel)
        v = QVBoxLayout(group)
        question = QLabel(_t(q.label), group)
        question.setWordWrap(True)
        question.setTextFormat(Qt.TextFormat.PlainText)
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        v.addWidget(question)
        v.addWidget(_muted(_t(q.explanation), group))
        value = self.interview.answers.get(q.key)
        if q.kind is Kind.COUNTRIES:
            items = list(value or [])
            if not items:
                items = [""]
                self.interview.set(q.key, items)
            for i in range(len(items)):
                v.addLayout(self._country_row(q, i, group))
            add = QPushButton(self.tr("Add another citizenship"), group)
            add.clicked.connect(lambda: self._add_item(q.key, ""))
            v.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        elif q.kind is Kind.COUNTRY:
            edit = self._country_edit(q, q.key, str(value or ""), group, lambda t: self.interview.set(q.key, t))
            v.addWidget(edit)
            v.addWidget(self._error_label(q.key, group))
        elif q.kind is Kind.CHOICES:
            chosen = set(value or [])
            for c in q.choices:
                cb = QCheckBox(_t(c.label), group)
                cb.setChecked(c.value in chosen)
                cb.setToolTip(_t(c.explanation))
                cb.toggled.connect(lambda on, val=c.value: self._toggle(q.key, val, on))
                v.addWidget(cb)
                v.addWidget(self._indented(_muted(_t(c.explanation), group)))
                self.fields.setdefault(q.key, cb)
                self.choice_buttons[(q.key, c.value)] = cb
            v.addWidget(self._error_label(q.key, group))
        elif q.kind is Kind.CHOICE:
            buttons = QButtonGroup(group)
            self._groups.append(buttons)
            for c in q.choices:
                rb = QRadioButton(_t(c.label), group)
                rb.setChecked(value == c.value)
                rb.setToolTip(_t(c.explanation))
                buttons.addButton(rb)
                rb.toggled.connect(lambda on, val=c.value: on and self._changed(q.key, val, q.key))
                v.addWidget(rb)
                v.addWidget(self._indented(_muted(_t(c.explanation), group)))
                self.fields.setdefault(q.key, rb)
                self.choice_buttons[(q.key, c.value)] = rb
            v.addWidget(self._error_label(q.key, group))
        elif q.kind is Kind.ENTRIES:
            entries = value if isinstance(value, list) else []
            if not entries:
                entries = [self.interview.new_entry(q.key)]
                self.interview.set(q.key, entries)
            for i, entry in enumerate(entries):
                v.addWidget(self._entry(q, i, entry, group))
            add = QPushButton(_t(q.add_label) if q.add_label else self.tr("Add another"), group)
            add.clicked.connect(lambda: self._add_entry(q.key))
            v.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        return group

    def _indented(self, w: QWidget) -> QWidget:
        w.setContentsMargins(self.fontMetrics().height() + 8, 0, 0, 4)
        return w

    def _error_label(self, path: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setProperty("role", "error")
        label.setVisible(False)
        self.error_labels[path] = label
        return label

    def _country_edit(self, q: Question, path: str, text: str, parent: QWidget, store) -> QLineEdit:
        from travelrisk.model import iso

        code = text.strip()
        if len(code) == 2 and code.isupper() and iso.is_code(code):
            text = f"{i18n.country(code)} ({code})"  # a profile's codes, shown as the completer writes them
        edit = QLineEdit(text, parent)
        edit.setPlaceholderText(_t(q.placeholder))
        edit.setCompleter(CountryCompleter(edit))
        edit.setAccessibleName(_t(q.label))
        edit.textChanged.connect(store)
        edit.editingFinished.connect(lambda: self._touch(path))
        edit.completer().activated.connect(lambda _text: QTimer.singleShot(0, lambda: self._touch(path)))
        self.fields[path] = edit
        return edit

    def _country_row(self, q: Question, i: int, parent: QWidget) -> QVBoxLayout:
        path = f"{q.key}[{i}]"
        items = self.interview.answers[q.key]

        def store(text: str) -> None:
            items[i] = text

        row = QHBoxLayout()
        row.addWidget(self._country_edit(q, path, str(items[i] or ""), parent, store), 1)
        if len(items) > 1:
            remove = QPushButton(self.tr("Remove"), parent)
            remove.setAccessibleName(self.tr("Remove citizenship {n}").format(n=i + 1))
            remove.clicked.connect(lambda: self._remove_item(q.key, i))
            row.addWidget(remove)
        col = QVBoxLayout()
        col.addLayout(row)
        col.addWidget(self._error_label(path, parent))
        return col

    def _entry(self, q: Question, i: int, entry: dict[str, Any], parent: QWidget) -> QWidget:
        frame = QGroupBox(self.tr("Entry {n}").format(n=i + 1), parent)
        form = QFormLayout(frame)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for f in q.fields:
            path = f"{q.key}[{i}].{f.key}"
            cell = QVBoxLayout()
            if f.kind is Kind.CHOICE:
                combo = QComboBox(frame)
                for c in f.choices:
                    combo.addItem(_t(c.label), c.value)
                    combo.setItemData(combo.count() - 1, _t(c.explanation), Qt.ItemDataRole.ToolTipRole)
                current = entry.get(f.key, f.default)
                combo.setCurrentIndex(max(0, combo.findData(current)))
                if current != combo.currentData():
                    entry[f.key] = combo.currentData()
                combo.setAccessibleName(_t(f.label))
                explain = _muted(_t(f.choice(combo.currentData()).explanation) if f.choice(combo.currentData()) else "", frame)

                def chosen(index: int, combo=combo, f=f, explain=explain, path=path) -> None:
                    value = combo.itemData(index)
                    choice = f.choice(value)
                    explain.setText(_t(choice.explanation) if choice else "")
                    entry[f.key] = value
                    self._touch(path)

                combo.currentIndexChanged.connect(chosen)
                self.fields[path] = combo
                cell.addWidget(combo)
                cell.addWidget(explain)
            elif f.kind is Kind.COUNTRY:
                cell.addWidget(self._country_edit(f, path, str(entry.get(f.key) or ""), frame,
                                                  lambda t, f=f: entry.__setitem__(f.key, t)))
            else:  # DATE
                edit = QLineEdit(str(entry.get(f.key) or ""), frame)
                edit.setPlaceholderText(self.tr("YYYY-MM-DD") if f.placeholder == "YYYY-MM-DD" else _t(f.placeholder))
                edit.setAccessibleName(_t(f.label))
                edit.setToolTip(_t(f.explanation))
                edit.textChanged.connect(lambda t, f=f: entry.__setitem__(f.key, t))
                edit.editingFinished.connect(lambda path=path: self._touch(path))
                self.fields[path] = edit
                cell.addWidget(edit)
                cell.addWidget(_muted(_t(f.explanation), frame))
            cell.addWidget(self._error_label(path, frame))
            label = QLabel(_t(f.label), frame)
            label.setBuddy(self.fields[path])
            form.addRow(label, cell)
        remove = QPushButton(self.tr("Remove this entry"), frame)
        remove.clicked.connect(lambda: self._remove_entry(q.key, i))
        form.addRow(remove)
        return frame

    def _review(self, parent: QWidget) -> QWidget:
        # A grid, not a QFormLayout: a form layout gives a wrapped label in its first column
        # the height of one line or two, and a longer question was cut off.
        box = QGroupBox(self.tr("Your answers"), parent)
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        rows = self.interview.summary()
        for row, (question, answer) in enumerate(rows):
            q = QLabel(translate_message(question), box)
            a = QLabel(translate_message(answer), box)
            a.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for label, column in ((q, 0), (a, 1)):
                label.setWordWrap(True)
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                grid.addWidget(label, row, column)
        note = _muted(self.tr("Nothing is saved: closing the window forgets these answers."), box)
        grid.addWidget(note, len(rows), 0, 1, 2)
        return box

    # --- changes --------------------------------------------------------------------------

    def _changed(self, key: str, value: Any, path: str) -> None:
        self.interview.set(key, value)
        self._touch(path)
        if key == "listed":  # the path (and so the step count) may have changed
            path_now = self.interview.path()
            step = self.interview.step.id
            self.progress.setText(self.tr("Step {n} of {total}").format(n=path_now.index(step) + 1, total=len(path_now)))

    def _toggle(self, key: str, value: str, on: bool) -> None:
        chosen = [v for v in self.interview.answers.get(key) or [] if v != value]
        if on:
            chosen.append(value)
        self._changed(key, chosen, key)

    def _touch(self, path: str) -> None:
        self._touched.add(path)
        self.show_messages()
        self._emit_timer.start()

    def _add_item(self, key: str, value: str) -> None:
        self.interview.answers.setdefault(key, []).append(value)
        self._rerender_focus(f"{key}[{len(self.interview.answers[key]) - 1}]")

    def _remove_item(self, key: str, i: int) -> None:
        del self.interview.answers[key][i]
        self._touched = {p for p in self._touched if not p.startswith(f"{key}[")}
        self._rerender_focus(None)
        self._emit_timer.start()

    def _add_entry(self, key: str) -> None:
        entries = self.interview.answers.setdefault(key, [])
        entries.append(self.interview.new_entry(key))
        first = STEPS[self.interview.step.id].questions[0].fields[0].key
        self._rerender_focus(f"{key}[{len(entries) - 1}].{first}")

    def _remove_entry(self, key: str, i: int) -> None:
        del self.interview.answers[key][i]
        self._touched = {p for p in self._touched if not p.startswith(f"{key}[")}
        self._rerender_focus(None)
        self._emit_timer.start()

    def _rerender_focus(self, path: str | None) -> None:
        self.render()
        target = self.fields.get(path) if path else None
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_first_field()

    def show_messages(self) -> None:
        """Show each field's error (or warning) under it; only fields the person has left,
        unless they pressed Next."""
        check = self.interview.check()
        for path, label in self.error_labels.items():
            shown = self._show_all or path in self._touched
            error = check.errors.get(path) if shown else None
            warning = check.warnings.get(path) if shown else None
            widget = self.fields.get(path)
            if error:
                text = "⚠ " + translate_message(error)
                label.setProperty("role", "error")
            elif warning:
                text = self.tr("Note: ") + translate_message(warning)
                label.setProperty("role", "warning")
            else:
                text = ""
            label.style().unpolish(label)
            label.style().polish(label)
            label.setText(text)
            label.setVisible(bool(text))
            if widget is not None:
                _set_invalid(widget, bool(error))
                widget.setAccessibleDescription(text)

    def error_text(self, path: str) -> str:
        """The message shown under a field ('' when none is shown)."""
        label = self.error_labels.get(path)
        return label.text() if label is not None and not label.isHidden() else ""

    def _emit_profile(self) -> None:
        profile = self.interview.profile(partial=True)
        if profile != self._last_profile:
            self._last_profile = profile
            self.profileEdited.emit(profile)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.render()
        super().changeEvent(event)
