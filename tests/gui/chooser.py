"""Working the export's file chooser (Qt's own, opened modally) as a person does: a timer
waits for it to open, then types into it; whatever happens, it does not stay open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit


def when_chooser_opens(act: Callable[[QFileDialog], None], tries: int = 500) -> list[BaseException]:
    """Call ``act(chooser)`` once the chooser is open (polling for ``tries`` × 10 ms). The
    list returned collects what ``act`` raised (a failed assertion must not leave a modal
    chooser blocking the test); a chooser still open afterwards is cancelled."""
    errors: list[BaseException] = []

    def poll(left: int) -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            if left > 0:
                QTimer.singleShot(10, lambda: poll(left - 1))
            return
        try:
            act(chooser)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            errors.append(exc)
        finally:
            if chooser.isVisible():
                chooser.reject()

    QTimer.singleShot(0, lambda: poll(tries))
    return errors


def name_field(chooser: QFileDialog) -> QLineEdit:
    return chooser.findChild(QLineEdit, "fileNameEdit")


def type_and_save(chooser: QFileDialog, text: str | Path) -> None:
    """Type a name (or a whole path) into the chooser's name field and press Enter."""
    field = name_field(chooser)
    chooser.activateWindow()
    field.setFocus()
    QApplication.processEvents()
    field.selectAll()
    QTest.keyClicks(field, str(text))
    QTest.keyClick(field, Qt.Key.Key_Return)
