"""Rulebook > Import update…: check a rule pack, show what it holds and who signed it, and
install it through the core (:func:`travelrisk.vault.rulepack.inspect_pack`, :func:`~travelrisk.engine.updates.import_pack`).

The core checks the Ed25519 signature against the keys pinned in the package before it
reads the archive; this dialog only shows its answer. The path is typed into a plain field,
as in the export dialog: Qt's file dialog would remember the folder in ``QtProject.conf``.
Unsigned data is refused unless the person ticks a box that is off by default and says
plainly what it means; every level is then marked "unsigned data".
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from travelrisk.vault.rulepack import Installed, OlderPack, PackError, PackInfo, inspect_pack
from travelrisk.engine.updates import import_pack

from .saved_profiles import ERROR_STYLE, MUTED_STYLE, WARNING_STYLE, _label, busy


def _shown(text: str, limit: int = 60) -> str:
    """A value read from a pack, made safe to show on one line: control and layout characters
    (newlines, bidirectional overrides) become spaces, and a long value is cut."""
    plain = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in str(text))
    plain = " ".join(plain.split())
    return plain if len(plain) <= limit else plain[: limit - 1] + "…"


def _path(text: str) -> Path:
    path = Path(text.strip()).expanduser()
    return path if path.is_absolute() else Path.home() / path


class ImportDialog(QDialog):
    """A path, a preview, then the import. On success ``installed`` is the core's answer."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a rulebook update"))
        self.info: PackInfo | None = None
        self.installed: Installed | None = None

        self.intro = _label(self.tr(
            "A rulebook update is a .trpack file (from a USB stick or a messenger). travelrisk installs it "
            "only if it is signed by the travelrisk maintainers' key, which is built into this program. "
            "Nothing is sent anywhere."), self)
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.path.setAccessibleName(self.tr("Rule pack file to import"))
        self.path.setPlaceholderText(str(Path.home() / "update.trpack"))
        self.path.textEdited.connect(lambda *_: self._forget_preview())
        self.path.returnPressed.connect(self.preview)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.clicked.connect(self.preview)
        row = QHBoxLayout()
        path_label = QLabel(self.tr("&File:"), self)
        path_label.setBuddy(self.path)
        row.addWidget(path_label)
        row.addWidget(self.path, 1)
        row.addWidget(self.check_button)
        self.path_help = _label(self.tr("Type the full path. travelrisk remembers no folders."), self, MUTED_STYLE)
        self.summary = _label("", self, None, "importSummary")
        self.allow_unsigned = QCheckBox(self.tr("&Install it although it is not signed by a key I trust"), self)
        self.allow_unsigned.setObjectName("allowUnsigned")
        self.allow_unsigned.setChecked(False)
        self.unsigned_warning = _label(self.tr(
            "⚠ Anyone who handled this file could have changed it: a country that hands people over could "
            "be made to look safe. Install it only if you trust where it came from. Every level from it will "
            "be marked “unsigned data”."), self, WARNING_STYLE, "unsignedWarning")
        self.allow_older = QCheckBox(self.tr("Install it although it is &older than the rulebook in use"), self)
        self.allow_older.setObjectName("allowOlder")
        self.status = _label("", self, MUTED_STYLE)
        self.status.setVisible(False)
        self.error = _label("", self, ERROR_STYLE, "importError")
        self.error.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.install)
        self.buttons.rejected.connect(self.reject)
        self.allow_unsigned.toggled.connect(lambda *_: self._update())

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.path_help)
        layout.addWidget(self.summary)
        layout.addWidget(self.allow_unsigned)
        layout.addWidget(self.unsigned_warning)
        layout.addWidget(self.allow_older)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._forget_preview()
        self.resize(600, self.sizeHint().height())

    def _forget_preview(self) -> None:
        self.info = None
        self.summary.setText("")
        self.summary.setVisible(False)
        self.allow_unsigned.setChecked(False)
        self.allow_older.setChecked(False)
        self.allow_older.setVisible(False)
        self.error.setVisible(False)
        self._update()

    def _update(self) -> None:
        unsigned = self.info is not None and not self.info.signed
        self.allow_unsigned.setVisible(unsigned)
        self.unsigned_warning.setVisible(unsigned)
        self.import_button.setEnabled(self.info is not None and (self.info.signed or self.allow_unsigned.isChecked()))

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def preview(self) -> bool:
        """What the pack holds and its signature status, without installing anything."""
        self._forget_preview()
        if not self.path.text().strip():
            self._fail(self.tr("Type the path of the .trpack file."))
            return False
        try:
            info = inspect_pack(_path(self.path.text()))
        except PackError as exc:
            self._fail(self.tr("This file cannot be used: {reason}").format(reason=str(exc)))
            return False
        self.info = info
        who = {
            "signed": self.tr("Signed by the travelrisk maintainers' key ({key}); the signature checks out."),
            "unsigned": self.tr("⚠ Not signed: nobody can tell who made it or whether it was changed on the way."),
            "foreign-key": self.tr("⚠ Signed by key {key}, which this travelrisk does not trust: it may be someone's "
                                   "own edition, or a forgery."),
        }.get(info.status, self.tr("⚠ Not signed.")).format(key=_shown(info.key_id or ""))
        if info.status == "signed":  # the manifest is covered by the signature: its words are the maintainers'
            what = self.tr("Rulebook {version}{name}, reviewed {reviewed}, %n files.", None, info.files).format(
                version=_shown(info.version), name=f" ({_shown(info.name)})" if info.name else "",
                reviewed=info.reviewed.isoformat())
        else:  # anyone could have written it: the signature line first, no free text, marked as a claim
            what = self.tr("The file calls itself rulebook {version}, reviewed {reviewed} (%n files); without a "
                           "trusted signature none of that can be checked.", None, info.files).format(
                version=_shown(info.version), reviewed=info.reviewed.isoformat())
        self.summary.setText(who + "\n" + what)
        self.summary.setVisible(True)
        self._update()
        return True

    def install(self) -> bool:
        """Install the previewed pack; on success the dialog is accepted."""
        if self.info is None and not self.preview():
            return False
        if self.info is None:
            return False
        self.error.setVisible(False)
        try:
            with busy(self.status, self.tr("Checking and installing…")):
                done = import_pack(_path(self.path.text()), allow_unsigned=self.allow_unsigned.isChecked(),
                                   allow_older=self.allow_older.isChecked())
        except OlderPack as exc:
            self.allow_older.setVisible(True)
            self._fail(self.tr("Not installed: {reason}").format(reason=str(exc)))
            return False
        except (PackError, OSError) as exc:
            self._fail(self.tr("Not installed: {reason}").format(reason=str(exc)))
            return False
        self.installed = done
        self.accept()
        return True

