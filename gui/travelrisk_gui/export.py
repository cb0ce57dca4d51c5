"""Export a report: the chosen destination, the compare table or the trip, as PDF, HTML or
Markdown, with the person's details left out unless they ask for them.

The memo is the core's (:func:`travelrisk.report.memo_for`, :func:`~travelrisk.report.memo_for_trip`),
rendered by the core, or printed by :mod:`travelrisk_gui.pdf`. The file name is typed into a
plain field: Qt's file dialog would remember the folder in ``QtProject.conf`` (and a desktop's
own dialog adds the file to its recent documents), which would leave a trace of the export on
disk. The file is written readable by its owner only, and the dialog says plainly that it is
not encrypted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from travelrisk import iso
from travelrisk.report import Memo, memo_for, memo_for_trip, render_memo
from travelrisk.report_redaction import redaction_warnings

from .trip_state import TripState
from .world_state import WorldState

DESTINATION, COMPARISON, TRIP = "destination", "comparison", "trip"
SUBJECTS = (DESTINATION, COMPARISON, TRIP)
#: Formats offered, with the file suffix each is written with.
SUFFIXES = {"pdf": ".pdf", "html": ".html", "md": ".md", "json": ".json"}
DEFAULT_NAME = "memo"  # neutral: a file name should not say what the memo is about


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def format_name(fmt: str) -> str:
    """The format's choice in the dialog, with its mnemonic."""
    return {
        "pdf": _tr("&PDF (to print, or to give a lawyer)"),
        "html": _tr("&HTML (opens in a web browser)"),
        "md": _tr("Mar&kdown (plain text)"),
        "json": _tr("&JSON (data, for other programs)"),
    }[fmt]


class ExportError(Exception):
    """What is wrong with the export asked for, in words for the person."""


@dataclass
class Subject:
    """What can be exported now: its kind, how the dialog names it, and the destinations in it."""

    kind: str
    codes: list[str]
    names: list[str]

    @property
    def available(self) -> bool:
        return bool(self.codes)


def subjects(world: WorldState, trip: TripState, compared: list[str]) -> dict[str, Subject]:
    """The destination chosen, the compare table's rows (in the order shown) and the trip
    (only once every leg has a country and the core accepts it)."""
    out: dict[str, Subject] = {}
    sel = world.assessment(world.selection)
    out[DESTINATION] = Subject(DESTINATION, [sel.destination] if sel else [], [sel.destination_name] if sel else [])
    rows = [world.assessment(c) for c in compared]
    rows = [a for a in rows if a is not None]
    out[COMPARISON] = Subject(COMPARISON, [a.destination for a in rows], [a.destination_name for a in rows])
    whole = trip.result is not None and trip.complete
    legs = trip.result.legs if whole else []
    out[TRIP] = Subject(TRIP, [a.destination for a in legs], [a.destination_name for a in legs])
    return out


def build_memo(world: WorldState, trip: TripState, subject: Subject, *, redact: bool) -> Memo:
    """The core's memo for what was chosen (the assessments the app already shows)."""
    if not subject.available:
        raise ExportError(_tr("There is nothing to export for this choice yet."))
    if subject.kind == TRIP:
        return memo_for_trip(world.profile, trip.result, redact=redact, rulebook=world.rulebook)
    assessments = [world.assessment(c) for c in subject.codes]
    return memo_for(world.profile, assessments, redact=redact, rulebook=world.rulebook)


def memo_bytes(memo: Memo, fmt: str) -> bytes:
    if fmt == "pdf":
        from .pdf import memo_pdf

        return memo_pdf(memo)
    return render_memo(memo, fmt).encode("utf-8")


def unprintable(memo: Memo) -> list[str]:
    """Characters of the memo that no font here can put into a PDF."""
    from .pdf import memo_unprintable

    return memo_unprintable(memo)


def target_path(text: str) -> Path:
    """The file to write, from what was typed: ``~`` expanded, a relative name under the home
    folder. An :class:`ExportError` says what is wrong with it."""
    text = text.strip()
    if not text:
        raise ExportError(_tr("Type where to save the file, e.g. {example}.").format(
            example=str(Path.home() / "memo.pdf")))
    path = Path(text).expanduser()
    if not path.is_absolute():
        path = Path.home() / path
    if path.is_dir():
        raise ExportError(_tr("{path} is a folder: add a file name, e.g. {example}.").format(
            path=str(path), example=str(path / "memo.pdf")))
    if not path.parent.is_dir():
        raise ExportError(_tr("The folder {folder} does not exist.").format(folder=str(path.parent)))
    return path


def write_private(path: Path, data: bytes) -> None:
    """Write the file readable by its owner only (it can name the person and their lists)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.fchmod(fd, 0o600)  # an older file of that name keeps no wider permissions
        except OSError:
            pass
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise ExportError(_tr("{path} could not be written: {reason}").format(
            path=str(path), reason=exc.strerror or str(exc))) from None


def with_suffix(text: str, fmt: str) -> str:
    """The typed name with the format's suffix (a known suffix is swapped, none is added)."""
    path = Path(text.strip() or DEFAULT_NAME)
    known = {s for s in SUFFIXES.values()} | {".markdown", ".htm"}
    if path.suffix.lower() in known:
        path = path.with_suffix(SUFFIXES[fmt])
    elif not path.suffix:
        path = path.with_name(path.name + SUFFIXES[fmt])
    return str(path)


class ExportDialog(QDialog):
    """Asks what, in which format, with or without the person's details, and where."""

    def __init__(self, world: WorldState, trip: TripState, compared: list[str], subject: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.world, self.trip = world, trip
        self.subjects = subjects(world, trip, compared)
        self.written: Path | None = None
        self.written_format: str | None = None

        self.what_box = QGroupBox(self)
        self.subject_group = QButtonGroup(self)
        self.subject_buttons: dict[str, QRadioButton] = {}
        what = QVBoxLayout(self.what_box)
        for kind in SUBJECTS:
            b = QRadioButton(self.what_box)
            b.setEnabled(self.subjects[kind].available)
            self.subject_group.addButton(b)
            self.subject_buttons[kind] = b
            what.addWidget(b)

        self.format_box = QGroupBox(self)
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        formats = QVBoxLayout(self.format_box)
        for fmt in SUFFIXES:
            b = QRadioButton(self.format_box)
            self.format_group.addButton(b)
            self.format_buttons[fmt] = b
            formats.addWidget(b)
        self.format_buttons["pdf"].setChecked(True)

        self.redact = QCheckBox(self)
        self.redact.setObjectName("redact")
        self.redact.setChecked(True)  # private by default
        self.redact_help = QLabel(self)
        self.redact_help.setWordWrap(True)
        self.redact_help.setStyleSheet("QLabel { color: #3d3d3d; }")
        self.redact_warnings = QLabel(self)
        self.redact_warnings.setWordWrap(True)
        self.redact_warnings.setStyleSheet("QLabel { color: #6b4400; }")

        self.path_label = QLabel(self)
        self.path = QLineEdit(str(Path.home() / (DEFAULT_NAME + SUFFIXES["pdf"])), self)
        self.path.setObjectName("exportPath")
        self.path_label.setBuddy(self.path)
        self.path_help = QLabel(self)
        self.path_help.setWordWrap(True)
        self.path_help.setStyleSheet("QLabel { color: #3d3d3d; }")
        self.error = QLabel(self)
        self.error.setObjectName("exportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        self.error.setVisible(False)
        self.unencrypted = QLabel(self)
        self.unencrypted.setObjectName("notEncrypted")
        self.unencrypted.setWordWrap(True)
        self.unencrypted.setStyleSheet(
            "QLabel { background: #fff1c2; border: 1px solid #a87a00; color: #3d2c00; padding: 4px; }")

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        choices = QHBoxLayout()
        choices.addWidget(self.what_box, 3)
        choices.addWidget(self.format_box, 2)
        where = QFormLayout()
        where.addRow(self.path_label, self.path)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.redact)
        layout.addWidget(self.redact_help)
        layout.addWidget(self.redact_warnings)
        layout.addLayout(where)
        layout.addWidget(self.path_help)
        layout.addWidget(self.unencrypted)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.subject_group.buttonToggled.connect(lambda *_: self._update())
        self.format_group.buttonToggled.connect(self._format_toggled)
        self.redact.toggled.connect(lambda *_: self._update())

        chosen = subject if subject in SUBJECTS and self.subjects[subject].available else None
        chosen = chosen or next((k for k in SUBJECTS if self.subjects[k].available), None)
        if chosen is not None:
            self.subject_buttons[chosen].setChecked(True)
        self.retranslate()
        self.resize(640, self.sizeHint().height())

    # --- state of the choices -------------------------------------------------------------

    @property
    def subject(self) -> Subject | None:
        return next((self.subjects[k] for k, b in self.subject_buttons.items() if b.isChecked()), None)

    @property
    def format(self) -> str:
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def choose(self, subject: str | None = None, fmt: str | None = None, redact: bool | None = None,
               path: str | None = None) -> None:
        """Set choices as a person would (tests and scripts)."""
        if subject is not None:
            self.subject_buttons[subject].setChecked(True)
        if fmt is not None:
            self.format_buttons[fmt].setChecked(True)
        if redact is not None:
            self.redact.setChecked(redact)
        if path is not None:
            self.path.setText(path)

    def _format_toggled(self, button, checked: bool) -> None:
        if checked:
            self.path.setText(with_suffix(self.path.text(), self.format))
            self._update()

    def _update(self) -> None:
        subject = self.subject
        self.export_button.setEnabled(subject is not None and subject.available)
        mine: list[str] = []
        if self.redact.isChecked() and subject is not None:
            # The core's rule for what redaction cannot hide: a destination that is one of the
            # person's own states stays named.
            mine = [code for code in dict.fromkeys(subject.codes) if redaction_warnings(self.world.profile, [code])]
        if mine:
            names = ", ".join(iso.name(code) for code in mine)
            self.redact_warnings.setText(self.tr(
                "What cannot be left out: {names} — tied to you in your profile, and a destination in this "
                "report. The report names it as a destination, and its findings can show how it is tied to "
                "you.").format(names=names))
        self.redact_warnings.setVisible(bool(mine))
        if self.redact.isChecked():
            self.unencrypted.setText(self.tr(
                "⚠ The file is not encrypted. Anyone who can open it can read it: the places, their levels "
                "and why. Your details are left out, but the reasons can still hint at who you are. "
                "Keep it only as long as you need it."))
        else:
            self.unencrypted.setText(self.tr(
                "⚠ The file is not encrypted, and it names you: your citizenship, where you live, the lists "
                "you are on, your documents. Anyone who can open it can read all of this. Send it only to "
                "someone you trust, and delete it when you no longer need it."))

    # --- exporting ------------------------------------------------------------------------

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def export(self) -> bool:
        """Write the file; on success the dialog closes and ``written`` is its path."""
        self.error.setVisible(False)
        subject, fmt = self.subject, self.format
        try:
            if subject is None:
                raise ExportError(self.tr("Choose what to export."))
            path = target_path(self.path.text())
            memo = build_memo(self.world, self.trip, subject, redact=self.redact.isChecked())
            if fmt == "pdf":
                missing = unprintable(memo)
                if missing and not self._ask(self.tr("Some characters cannot be printed"), self.tr(
                        "No font on this computer can draw these characters: {chars}\n\nIn the PDF they will "
                        "show as empty boxes. HTML and Markdown keep every character.\n\n"
                        "Export the PDF anyway?").format(chars=" ".join(missing[:24]) + (" …" if len(missing) > 24 else ""))):
                    return False
            if path.exists() and not self._ask(self.tr("Replace the file?"), self.tr(
                    "{path} already exists. Replace it?").format(path=str(path))):
                return False
            write_private(path, memo_bytes(memo, fmt))
        except ExportError as exc:
            self._fail(str(exc))
            return False
        self.written, self.written_format = path, fmt
        self.accept()
        return True

    # --- words ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export a report"))
        self.what_box.setTitle(self.tr("What"))
        s = self.subjects
        dest = s[DESTINATION]
        self.subject_buttons[DESTINATION].setText(
            self.tr("The &chosen destination: {name}").format(name=dest.names[0]) if dest.available
            else self.tr("The &chosen destination (none chosen: click the map or use Find)"))
        comp = s[COMPARISON]
        self.subject_buttons[COMPARISON].setText(
            self.tr("The c&ompare table: {names}").format(names=", ".join(comp.names)) if comp.available
            else self.tr("The c&ompare table (empty)"))
        trip = s[TRIP]
        self.subject_buttons[TRIP].setText(
            self.tr("The &trip: {names}").format(names=" → ".join(trip.names)) if trip.available
            else self.tr("The &trip (not ready: every leg needs a country, in date order)"))
        self.format_box.setTitle(self.tr("Format"))
        for fmt, b in self.format_buttons.items():
            b.setText(format_name(fmt))
        self.redact.setText(self.tr("&Leave out my personal details"))
        self.redact_help.setText(self.tr(
            "Leaves out your citizenship, where you live, your lists, documents and protections, and puts "
            "“the requesting state” where a finding would name a state you are tied to. The levels, findings "
            "and sources stay."))
        self.path_label.setText(self.tr("&Save as:"))
        self.path.setAccessibleName(self.tr("File to save the report as"))
        self.path_help.setText(self.tr(
            "Type the full path. travelrisk remembers no folders and keeps no list of recent files."))
        self.export_button.setText(self.tr("&Export"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()


    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def describe(path: Path, fmt: str, redacted: bool) -> str:
    """The status line after an export."""
    what = _tr("your details are left out") if redacted else _tr("it names you")
    return _tr("Wrote {path} ({format}). It is not encrypted; {what}.").format(
        path=str(path), format={"md": "Markdown"}.get(fmt, fmt.upper()), what=what)

