"""Choosing where to save a file: Qt's own file chooser, which leaves no trace.

Not the desktop's chooser (:attr:`QFileDialog.Option.DontUseNativeDialog`): GTK's and the
desktop portal's add every file saved to the desktop's list of recent documents. And Qt's
chooser, when it closes, writes the folders it visited, its sidebar and its layout into Qt's
shared settings (``~/.config/QtProject.conf``); those settings are pointed at a folder that
cannot exist (:data:`NOWHERE`) before a chooser is made, so it neither reads what other Qt
programs remembered nor writes anything. Where Qt's settings are not files (macOS, Windows),
what Qt's choosers had remembered before is put back once it has closed.

It starts in the Documents folder (home without one), proposes a name made from the memo's
title, and asks before replacing a file, in the chooser, so that "No" leaves the person there
to choose another name.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox, QSplitter, QWidget

#: Where Qt's settings are pointed: below a device file, no folder can be made.
NOWHERE = os.path.join(os.devnull, "travelrisk-remembers-nothing")
#: Qt's choosers keep what they remember in this group of the ``QtProject`` settings.
GROUP = "FileDialog"
MAX_NAME = 80  # characters of a proposed name, before its suffix
KINDS = {".pdf": "PDF", ".html": "HTML", ".md": "Markdown", ".json": "JSON"}  # the chooser's file types


#: ``translate("SaveAs", "text")``: the form pyside6-lupdate reads.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Choice:
    """The file chosen, and whether the person said to replace it (it existed)."""

    path: Path
    replace: bool = False


#: What asks where to save: (parent, proposed path, file suffix) -> the choice, or None when
#: the person cancels. The app's is :func:`choose_file`; tests give their own.
Chooser = Callable[[QWidget, Path, str], "Choice | None"]


def start_folder() -> Path:
    """The person's Documents folder (as the desktop names it), or home when there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def file_name(title: str, suffix: str, default: str = "memo") -> str:
    """A file name from a title: lower case, words joined by '-', accents dropped, at most
    :data:`MAX_NAME` characters (cut between words), then the suffix.

    ``Travel-risk memo: trip Türkiye → Kazakhstan`` gives ``travel-risk-memo-trip-turkiye-kazakhstan.pdf``."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", title) if not unicodedata.combining(c))
    words = re.findall(r"[^\W_]+", plain.lower())
    name = ""
    for word in words:
        longer = f"{name}-{word}" if name else word
        if len(longer) > MAX_NAME:
            break
        name = longer
    return (name or default) + suffix


def redirect_settings() -> bool:
    """Point Qt's user settings at :data:`NOWHERE`; whether that took (it does where Qt's
    settings are files: Linux, the BSDs)."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, NOWHERE)
    return QSettings(QSettings.Scope.UserScope, "QtProject").fileName().startswith(NOWHERE)


@contextmanager
def leaving_no_trace() -> Iterator[None]:
    """Around the life of a file chooser: nothing it remembers outlives it."""
    if redirect_settings():
        yield
        return
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")  # not files here: put it back after
    settings.beginGroup(GROUP)
    before = {key: settings.value(key) for key in settings.allKeys()}
    settings.endGroup()
    try:
        yield
    finally:
        settings.sync()  # what the chooser wrote, as it is now
        settings.remove(GROUP)
        for key, value in before.items():
            settings.setValue(f"{GROUP}/{key}", value)
        settings.sync()


def ask_replace(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        parent, translate("SaveAs", "Replace the file?"),
        translate("SaveAs", "{name} already exists in {folder}. Replace it?").format(
            name=path.name, folder=str(path.parent)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class SaveAsDialog(QFileDialog):
    """Qt's file chooser, set to save one file of one format."""

    def __init__(self, parent: QWidget | None, proposal: Path, suffix: str):
        super().__init__(parent)
        self.setObjectName("saveAs")
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # first: before anything else
        self.setOption(QFileDialog.Option.DontConfirmOverwrite, True)  # asked in :meth:`accept`
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setFileMode(QFileDialog.FileMode.AnyFile)
        self.setWindowTitle(self.tr("Save the report as"))
        self.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("&Save"))
        self.setLabelText(QFileDialog.DialogLabel.Reject, self.tr("Cancel"))
        self.setLabelText(QFileDialog.DialogLabel.LookIn, self.tr("Look in:"))
        self.setLabelText(QFileDialog.DialogLabel.FileName, self.tr("File &name:"))
        self.setLabelText(QFileDialog.DialogLabel.FileType, self.tr("Files of type:"))
        kind = KINDS.get(suffix, suffix.lstrip(".").upper())
        self.setNameFilters([f"{kind} (*{suffix})", self.tr("All files (*)")])
        self.setDefaultSuffix(suffix.lstrip("."))
        places = [Path.home(), start_folder()]
        self.setSidebarUrls([QUrl.fromLocalFile(str(p)) for p in dict.fromkeys(places) if p.is_dir()])
        self.setDirectory(str(proposal.parent))
        self.selectFile(proposal.name)
        self.replace = False
        # Qt's chooser would restore its size and sidebar from the settings it is kept from:
        # room for a long file name, and for the places' names.
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 125, metrics.height() * 32)
        splitter = self.findChild(QSplitter, "splitter")
        if splitter is not None:
            side = max(metrics.horizontalAdvance(p.name or str(p)) for p in places) + 6 * metrics.averageCharWidth()
            splitter.setSizes([side, self.width() - side])

    def chosen(self) -> Path | None:
        files = self.selectedFiles()
        return Path(files[0]) if files else None

    def accept(self) -> None:  # noqa: D102 - Qt's slot: the Save button, or Enter
        path = self.chosen()
        self.replace = False
        if path is not None and not path.is_dir():  # a folder: Qt opens it
            if not path.parent.is_dir():
                QMessageBox.warning(self, self.tr("No such folder"), self.tr(
                    "The folder {folder} does not exist. Choose a folder that does.").format(
                    folder=str(path.parent)))
                return
            if path.exists():
                if not ask_replace(self, path):
                    return  # the chooser stays open: choose another name
                self.replace = True
        super().accept()


def choose_file(parent: QWidget, proposal: Path, suffix: str) -> Choice | None:
    """Ask where to save, starting at ``proposal`` (its folder and name); None if cancelled."""
    with leaving_no_trace():
        dialog = SaveAsDialog(parent, proposal, suffix)
        try:
            if not dialog.exec():
                return None
            path = dialog.chosen()
            return Choice(path, dialog.replace) if path is not None else None
        finally:
            if shiboken6.isValid(dialog):
                shiboken6.delete(dialog)  # closed for good inside the block: what it saves goes nowhere
