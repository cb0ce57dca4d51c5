"""Export a report: the chosen destination, the compare table or the trip, as PDF, HTML or
Markdown, with the person's details left out unless they ask for them.

The memo is the core's (:func:`travelrisk.report.memo.memo_for`, :func:`~travelrisk.report.memo.memo_for_trip`),
rendered by the core, or printed by :mod:`travelrisk_gui.pdf`. Where to save it is asked with
Qt's own file chooser (:mod:`travelrisk_gui.save_as`), which remembers no folder and adds no
recent document; it starts in the Documents folder with a name made from the memo's title.
An existing file is replaced only when the person says so. The file is written readable by its
owner only, and the dialog says plainly that it is not encrypted.
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
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from travelrisk.report.memo import Memo, memo_for, memo_for_trip, render_memo
from travelrisk.report.redaction import redaction_warnings

from . import i18n
from .save_as import Choice, Chooser, choose_file, file_name, start_folder
from .trip_state import TripState
from .world_state import WorldState

DESTINATION, COMPARISON, TRIP = "destination", "comparison", "trip"
SUBJECTS = (DESTINATION, COMPARISON, TRIP)
#: Formats offered, with the file suffix each is written with.
SUFFIXES = {"pdf": ".pdf", "html": ".html", "md": ".md", "json": ".json"}
DEFAULT_NAME = "memo"  # the name proposed when a title gives none


#: ``translate("Export", "text")``: the form pyside6-lupdate reads.
translate = QCoreApplication.translate


def format_name(fmt: str) -> str:
    """The format's choice in the dialog, with its mnemonic."""
    return {
        "pdf": translate("Export", "&PDF (to print, or to give a lawyer)"),
        "html": translate("Export", "&HTML (opens in a web browser)"),
        "md": translate("Export", "Mar&kdown (plain text)"),
        "json": translate("Export", "&JSON (data, for other programs)"),
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
    sel = world.assessment(world.selection)  # names in the reader's language
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
        raise ExportError(translate("Export", "There is nothing to export for this choice yet."))
    lang = i18n.current()  # the memo speaks the app's language
    if subject.kind == TRIP:
        return memo_for_trip(world.profile, trip.result, redact=redact, rulebook=world.rulebook, lang=lang)
    assessments = [world.original(c) for c in subject.codes]  # the core's own: the memo says them in ``lang``
    return memo_for(world.profile, assessments, redact=redact, rulebook=world.rulebook, lang=lang)


def memo_bytes(memo: Memo, fmt: str) -> bytes:
    if fmt == "pdf":
        from .pdf import memo_pdf

        return memo_pdf(memo)
    return render_memo(memo, fmt).encode("utf-8")


def unprintable(memo: Memo) -> list[str]:
    """Characters of the memo that no font here can put into a PDF."""
    from .pdf import memo_unprintable

    return memo_unprintable(memo)


def proposed_path(memo: Memo, fmt: str) -> Path:
    """Where the chooser starts: the Documents folder (else home), a name from the memo's title."""
    return start_folder() / file_name(memo.title, SUFFIXES[fmt], DEFAULT_NAME)


def character_list(chars: list[str], most: int = 6) -> str:
    """Characters by their Unicode code point and name (no font here can draw them, so the
    character itself would be an empty box): ``U+4E2D (CJK UNIFIED IDEOGRAPH-4E2D), …``."""
    import unicodedata

    shown = [f"U+{ord(c):04X} ({unicodedata.name(c, '?')})" for c in chars[:most]]
    return ", ".join(shown) + (" …" if len(chars) > most else "")


def target_path(chosen: Path, fmt: str) -> Path:
    """The file to write, from the one chosen: the format's suffix added when it has none.
    An :class:`ExportError` says what is wrong with it."""
    path = Path(chosen).expanduser()
    if path.is_dir():
        raise ExportError(translate("Export", "{path} is a folder: choose a file name in it.").format(path=str(path)))
    if not path.suffix:
        path = path.with_name(path.name + SUFFIXES[fmt])
        if path.is_dir():
            raise ExportError(translate("Export", "{path} is a folder: choose a file name in it.").format(
                path=str(path)))
    if not path.parent.is_dir():
        raise ExportError(translate("Export", "The folder {folder} does not exist.").format(folder=str(path.parent)))
    return path


def write_private(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write the file readable by its owner only (it can name the person and their lists).
    Without ``replace``, a file already there is left alone (:class:`FileExistsError`)."""
    try:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if replace else os.O_EXCL)
        fd = os.open(path, flags, 0o600)
        try:
            os.fchmod(fd, 0o600)  # an older file of that name keeps no wider permissions
        except OSError:
            pass
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except FileExistsError:
        raise
    except OSError as exc:
        raise ExportError(translate("Export", "{path} could not be written: {reason}").format(
            path=str(path), reason=exc.strerror or str(exc))) from None


class ExportDialog(QDialog):
    """Asks what, in which format, and with or without the person's details; Export then asks
    where, with :attr:`chooser` (Qt's file chooser; tests give their own)."""

    def __init__(self, world: WorldState, trip: TripState, compared: list[str], subject: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.world, self.trip = world, trip
        self.subjects = subjects(world, trip, compared)
        self.written: Path | None = None
        self.written_format: str | None = None
        self.chooser: Chooser = choose_file

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

        self.where_help = QLabel(self)
        self.where_help.setObjectName("exportWhere")
        self.where_help.setWordWrap(True)
        self.where_help.setStyleSheet("QLabel { color: #3d3d3d; }")
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
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.redact)
        layout.addWidget(self.redact_help)
        layout.addWidget(self.redact_warnings)
        layout.addWidget(self.unencrypted)
        layout.addWidget(self.where_help)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.subject_group.buttonToggled.connect(lambda *_: self._update())
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
               path: str | os.PathLike | None = None) -> None:
        """Set choices as a person would (tests and scripts); ``path`` is the file they will
        pick in the chooser (without saying to replace it)."""
        if subject is not None:
            self.subject_buttons[subject].setChecked(True)
        if fmt is not None:
            self.format_buttons[fmt].setChecked(True)
        if redact is not None:
            self.redact.setChecked(redact)
        if path is not None:
            self.chooser = lambda parent, proposal, suffix: Choice(Path(path))

    def _update(self) -> None:
        subject = self.subject
        self.export_button.setEnabled(subject is not None and subject.available)
        mine: list[str] = []
        if self.redact.isChecked() and subject is not None:
            # The core's rule for what redaction cannot hide: a destination that is one of the
            # person's own states stays named.
            mine = [code for code in dict.fromkeys(subject.codes) if redaction_warnings(self.world.profile, [code])]
        if mine:
            names = ", ".join(i18n.country(code) for code in mine)
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
        """Ask where, then write the file; on success the dialog closes and ``written`` is its
        path. False when nothing was written (cancelled, or a problem the dialog now shows)."""
        self.error.setVisible(False)
        subject, fmt = self.subject, self.format
        try:
            if subject is None:
                raise ExportError(self.tr("Choose what to export."))
            memo = build_memo(self.world, self.trip, subject, redact=self.redact.isChecked())
            if fmt == "pdf":
                missing = unprintable(memo)
                if missing and not self._ask(self.tr("Some characters cannot be printed"), self.tr(
                        "No font on this computer can draw %n of the characters in this report, so this "
                        "window cannot show them either: {chars}\n\nIn the PDF they will show as empty boxes. "
                        "HTML and Markdown keep every character; a font that has them (for example one of the "
                        "Noto fonts) fixes the PDF.\n\nExport the PDF anyway?", None, len(missing)).format(
                        chars=character_list(missing))):
                    return False
            choice = self.chooser(self, proposed_path(memo, fmt), SUFFIXES[fmt])
            if choice is None:
                return False  # cancelled: back to the choices, nothing written
            path = target_path(choice.path, fmt)
            data = memo_bytes(memo, fmt)
            try:
                write_private(path, data, replace=choice.replace)
            except FileExistsError:  # not said to replace it (or it appeared since): ask now
                if not self._ask(self.tr("Replace the file?"), self.tr(
                        "{path} already exists. Replace it?").format(path=str(path))):
                    return False
                write_private(path, data, replace=True)
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
        self.where_help.setText(self.tr(
            "Export asks where to save the file. travelrisk remembers no folders and keeps no list of "
            "recent files."))
        self.export_button.setText(self.tr("&Export…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()


    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def describe(path: Path, fmt: str, redacted: bool) -> str:
    """The status line after an export."""
    what = translate("Export", "your details are left out") if redacted else translate("Export", "it names you")
    return translate("Export", "Wrote {path} ({format}). It is not encrypted; {what}.").format(
        path=str(path), format={"md": "Markdown"}.get(fmt, fmt.upper()), what=what)

