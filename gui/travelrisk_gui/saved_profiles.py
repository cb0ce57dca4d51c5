"""Save the profile encrypted, and open a saved one: the dialogs over the core's
:class:`travelrisk.vault.storage.ProfileStore`.

The core does all the cryptography (Argon2id or scrypt, AES-256-GCM), names the files with
random ids and keeps the label inside the ciphertext; these dialogs only ask. A passphrase
is read from a masked field, handed to the core and the field is cleared at once, whether
the core succeeded or not; no passphrase is kept in an attribute. (Python cannot wipe a
string from memory: dropping every reference is what a program can do.) No file dialog is
used, and nothing is written but the encrypted file.

Key derivation takes a fraction of a second (Argon2id, 64 MiB): it runs on the GUI thread
under a busy cursor, after the dialog has painted "Unlocking…", so the person sees why the
window does not answer for that moment.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from travelrisk.model.profile import Profile
from travelrisk.vault.storage import LabelTaken, ProfileStore, StorageError, check_label

StoreFactory = Callable[[], ProfileStore]

ERROR_STYLE = "QLabel { color: #b00020; font-weight: bold; }"
WARNING_STYLE = "QLabel { background: #fff1c2; border: 1px solid #a87a00; color: #3d2c00; padding: 4px; }"
MUTED_STYLE = "QLabel { color: #3d3d3d; }"


@contextmanager
def busy(status: QLabel | None = None, text: str = ""):
    """A busy cursor (and a word in ``status``) while the core derives a key."""
    if status is not None:
        status.setText(text)
        status.setVisible(True)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents()  # paint the word before the window stops answering
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if status is not None:
            status.setVisible(False)


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    # No input method may learn or suggest what is typed here.
    field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
                              | Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhNoAutoUppercase)
    return field


def _label(text: str, parent: QWidget, style: str | None = None, name: str | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        label.setStyleSheet(style)
    if name:
        label.setObjectName(name)
    return label


def _clear(*fields: QLineEdit) -> None:
    for f in fields:
        f.clear()


class SaveDialog(QDialog):
    """A label in the person's own words and a passphrase typed twice. On success ``saved``
    is the file written and ``label`` the label; the passphrase fields are empty."""

    def __init__(self, profile: Profile, store: StoreFactory, label: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saveDialog")
        self.setWindowTitle(self.tr("Save your profile encrypted"))
        self._profile = profile
        self._store = store
        self.saved: Path | None = None
        self.label: str | None = None

        self.intro = _label(self.tr(
            "Your profile will be encrypted with a passphrase and saved on this computer. Without the "
            "passphrase nobody can read it, and the file's name is random: it says nothing about you."), self)
        self.label_edit = QLineEdit(label, self)
        self.label_edit.setObjectName("saveLabel")
        self.label_edit.setPlaceholderText(self.tr("e.g. a, work, 2"))
        self.label_edit.setMaxLength(200)
        self.label_help = _label(self.tr(
            "Your own name for this profile, so you can find it again. It is stored only inside the "
            "encrypted file, never in a file name. A neutral word is safest."), self, MUTED_STYLE)
        self.passphrase = _password_field(self, "savePassphrase")
        self.repeat = _password_field(self, "saveRepeat")
        self.passphrase_help = _label(self.tr(
            "Five or more random words make a strong passphrase. Saving again with the same label and "
            "passphrase asks before it replaces the earlier copy."), self, MUTED_STYLE)
        self.warning = _label(self.tr(
            "⚠ If you forget the passphrase, this profile cannot be recovered: not by you, not by anyone "
            "who made travelrisk. There is no reset."), self, WARNING_STYLE, "saveWarning")
        self.status = _label("", self, MUTED_STYLE)
        self.status.setVisible(False)
        self.error = _label("", self, ERROR_STYLE, "saveError")
        self.error.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&Label:"), self.label_edit)
        form.addRow("", self.label_help)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        form.addRow("", self.passphrase_help)
        for field, name in ((self.label_edit, self.tr("Label for the saved profile")),
                            (self.passphrase, self.tr("Passphrase")),
                            (self.repeat, self.tr("Repeat the passphrase"))):
            field.setAccessibleName(name)
            buddy = form.labelForField(field)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(field)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Save encrypted"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        (self.passphrase if label else self.label_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def _fail(self, message: str, focus: QLineEdit) -> bool:
        self.error.setText(message)
        self.error.setVisible(True)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def save(self) -> bool:
        """Encrypt and write; True (and the dialog accepted) on success. The passphrase fields
        are emptied either way."""
        self.error.setVisible(False)
        first, second = self.passphrase.text(), self.repeat.text()
        _clear(self.passphrase, self.repeat)
        try:
            label = check_label(self.label_edit.text().strip())
        except ValueError as exc:
            return self._fail(self.tr("The label: {problem}.").format(problem=str(exc)), self.label_edit)
        if not first:
            return self._fail(self.tr("Type a passphrase."), self.passphrase)
        if first != second:
            return self._fail(self.tr("The two passphrases differ. Type it again, twice. Nothing was saved."),
                              self.passphrase)
        try:
            try:
                with busy(self.status, self.tr("Encrypting… (this takes a moment)")):
                    path = self._store().save(label, self._profile, first, replace=False)
            except LabelTaken:
                if not self.ask_replace(label):
                    return self._fail(self.tr("Nothing was saved: a profile is already saved as ‘{label}’. "
                                              "Choose another label, or save again and say to replace it.").format(
                        label=label), self.label_edit)
                with busy(self.status, self.tr("Encrypting… (this takes a moment)")):
                    path = self._store().save(label, self._profile, first, replace=True)
        except (StorageError, OSError, ValueError) as exc:
            return self._fail(self.tr("Nothing was saved: {reason}").format(reason=str(exc)), self.passphrase)
        finally:
            del first, second
        self.saved, self.label = path, label
        self.accept()
        return True

    def ask_replace(self, label: str) -> bool:
        """Whether to replace the profile already saved under ``label`` (No is the default)."""
        answer = QMessageBox.question(
            self, self.tr("Replace the saved profile?"),
            self.tr("A profile is already saved as ‘{label}’ with this passphrase. Replace it with this one? "
                "The earlier copy cannot be recovered.").format(label=label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def done(self, result: int) -> None:
        _clear(self.passphrase, self.repeat)
        super().done(result)


@dataclass(frozen=True)
class Unlocked:
    """A saved profile the passphrase opened."""

    id: str
    label: str
    profile: Profile


class OpenDialog(QDialog):
    """The passphrase first, then the labels it unlocks; choose one. On success ``chosen``
    is the profile opened (with its label)."""

    def __init__(self, store: StoreFactory, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("openDialog")
        self.setWindowTitle(self.tr("Open a saved profile"))
        self._store = store
        self.unlocked: list[Unlocked] = []
        self.chosen: Unlocked | None = None
        count = len(store().files())
        self.saved_count = count

        self.intro = _label(
            self.tr("Type the passphrase you saved with. travelrisk then lists the profiles it opens; "
                "saved files are only read, never changed.") if count else
            self.tr("No profile is saved on this computer."), self)
        self.passphrase = _password_field(self, "openPassphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setEnabled(bool(count))
        self.passphrase.returnPressed.connect(self.unlock)
        self.buttons_unlock = QDialogButtonBox(self)
        self.unlock_button = self.buttons_unlock.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.ActionRole)
        self.unlock_button.setEnabled(bool(count))
        self.unlock_button.clicked.connect(self.unlock)
        self.list_label = _label(self.tr("Profiles this passphrase opens:"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("openList")
        self.list.setAccessibleName(self.tr("Profiles this passphrase opens"))
        self.list.itemActivated.connect(lambda *_: self.open_chosen())
        self.note = _label("", self, MUTED_STYLE, "openNote")
        self.status = _label("", self, MUTED_STYLE)
        self.status.setVisible(False)
        self.error = _label("", self, ERROR_STYLE, "openError")
        self.error.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        buddy = form.labelForField(self.passphrase)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(self.passphrase)

        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.open_chosen)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons_unlock)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._show_list(False)
        self.resize(520, self.sizeHint().height())

    def _show_list(self, shown: bool) -> None:
        for w in (self.list_label, self.list):
            w.setVisible(shown)
        self.open_button.setEnabled(shown and self.list.count() > 0)
        self.unlock_button.setDefault(not shown)
        self.open_button.setDefault(shown)
        if shown and self.height() < 360:
            self.resize(self.width(), 360)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def unlock(self) -> bool:
        """Decrypt every saved profile this passphrase opens and list their labels. The
        passphrase field is emptied; only the decrypted profiles stay, until the dialog closes."""
        self.error.setVisible(False)
        self.note.setText("")
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        self.unlocked = []
        self.list.clear()
        if not passphrase:
            self._fail(self.tr("Type the passphrase."))
            self._show_list(False)
            return False
        store = self._store()
        locked, damaged = 0, []
        try:
            with busy(self.status, self.tr("Unlocking… (this takes a moment)")):
                for entry in store.entries(passphrase):
                    if entry.state == "locked":
                        locked += 1
                    elif entry.state == "damaged":
                        damaged.append((entry.id, entry.problem or ""))
                    else:
                        try:
                            label, profile = store.open_file(entry.path, passphrase)
                        except StorageError as exc:
                            damaged.append((entry.id, str(exc)))
                            continue
                        self.unlocked.append(Unlocked(entry.id, label, profile))
        finally:
            del passphrase
        for u in self.unlocked:
            item = QListWidgetItem(u.label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, u.id)
        if self.unlocked:
            self.list.setCurrentRow(0)
        notes = []
        if damaged:
            detail = "; ".join(f"{i}: {p}" for i, p in damaged)
            text = self.tr("%n saved file(s) cannot be read: they are damaged or were changed ({detail}). "
                           "They were left exactly as they are.", None, len(damaged)).format(detail=detail)
            if self.unlocked:
                notes.append(text)
            else:
                self._fail(text)
        if not self.unlocked and not damaged:
            self._fail(self.tr("Wrong passphrase: it opens none of the %n saved profile(s). Check the keyboard "
                               "layout and Caps Lock, and try again. Nothing was changed.", None, locked))
        elif locked and self.unlocked:
            notes.append(self.tr("%n other saved profile(s) do not open with this passphrase.", None, locked))
        self.note.setText("\n".join(notes))
        self._show_list(bool(self.unlocked))
        if self.unlocked:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        return bool(self.unlocked)

    def choose(self, label: str) -> None:
        """Select the profile with this label (tests and scripts)."""
        for row in range(self.list.count()):
            if self.list.item(row).text() == label:
                self.list.setCurrentRow(row)
                return
        raise KeyError(label)

    def open_chosen(self) -> bool:
        row = self.list.currentRow()
        if not self.unlocked or row < 0:
            self._fail(self.tr("Unlock with your passphrase, then choose a profile."))
            return False
        self.chosen = self.unlocked[row]
        self.accept()
        return True

    def done(self, result: int) -> None:
        self.passphrase.clear()
        keep = self.chosen
        self.unlocked = [keep] if keep is not None else []  # the others are dropped now
        self.list.clear()
        super().done(result)
