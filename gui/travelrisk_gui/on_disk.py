"""What the window does with files, each behind its dialog: saving and opening encrypted
profiles (through the core's ProfileStore), forgetting everything travelrisk wrote,
importing a rulebook update, and exporting a report. What is in memory is the window's to clear; this says what is
on disk, and what the person chose."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from travelrisk.vault.folders import profile_files, profiles_folder

if TYPE_CHECKING:
    from travelrisk.model.profile import Profile
    from travelrisk.vault.storage import Forgotten, ProfileStore

    from .export import ExportDialog
    from .trip_state import TripState
    from .world_state import WorldState


def _profile_store() -> ProfileStore:
    """The store of saved profiles. Its cryptography (and the system's library behind it) is
    loaded when a profile is first saved or opened, not for the first window."""
    from travelrisk.vault.storage import ProfileStore

    return ProfileStore()


def blank() -> Profile:
    """The empty profile of a first run."""
    from travelrisk.model.profile import Profile

    return Profile()


class OnDisk(QObject):
    """The saved profile's label (None: not saved) and the profile as it was saved or opened;
    the dialogs that save, open, forget and import. ``message(text, ms)`` is for the status
    bar; ``savedChanged`` when what is saved (or its label) changes."""

    message = Signal(str, int)
    savedChanged = Signal()

    def __init__(self, state: WorldState, window: QWidget):
        super().__init__(window)
        self._state = state
        self._window = window
        #: Makes the store that saves and opens profiles (tests give it cheap key derivation);
        #: it keeps them in the person's profiles folder.
        self.store_factory: Callable[[], ProfileStore] = _profile_store
        self.saved_label: str | None = None
        self.saved_profile: Profile | None = None

    def mark_saved(self, label: str | None, profile: Profile | None) -> None:
        self.saved_label, self.saved_profile = label, profile
        self.savedChanged.emit()

    def saved_files(self) -> int:
        """How many encrypted profiles are in the profiles folder (listed, none opened)."""
        return len(profile_files(profiles_folder()))

    def unsaved_answers(self) -> bool:
        s = self._state
        return s.ready and s.profile != blank() and s.profile != self.saved_profile

    # --- saving and opening -----------------------------------------------------------------

    def save_dialog(self):
        """The save dialog over the profile in memory (not shown; tests drive it)."""
        from .saved_profiles import SaveDialog

        return SaveDialog(self._state.profile, self.store_factory, self.saved_label or "", self._window)

    def open_dialog(self):
        from .saved_profiles import OpenDialog

        return OpenDialog(self.store_factory, self._window)

    def save(self) -> bool:
        """Profile > Save encrypted…: the only thing that writes anything about the person."""
        dialog = self.save_dialog()
        saved = bool(dialog.exec()) and dialog.saved is not None
        if saved:
            self.mark_saved(dialog.label, self._state.profile)
            self.message.emit(self.tr(
                "Saved, encrypted, as ‘{label}’. Without your passphrase nothing in the file is readable.").format(
                label=dialog.label), 10000)
        dialog.deleteLater()
        return saved

    def choose_saved(self):
        """Profile > Open saved…: a passphrase, then the labels it unlocks; the one chosen
        (its ``label`` and ``profile``), or None."""
        if self.unsaved_answers() and not self._ask(self.tr("Replace your answers?"), self.tr(
                "The profile in this window is not saved. Opening a saved one replaces it, and your current "
                "answers are forgotten. Go on?")):
            return None
        dialog = self.open_dialog()
        chosen = dialog.chosen if dialog.exec() else None
        dialog.deleteLater()
        return chosen

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self._window, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _tell(self, title: str, text: str) -> None:
        QMessageBox.information(self._window, title, text)

    # --- forget everything ------------------------------------------------------------------

    def forget(self) -> Forgotten | None:
        """Delete every file travelrisk has written (the core's ``forget_all``), after saying
        what that is; what was deleted, or None when the person said no."""
        from travelrisk.vault.installed import installed_rules_path
        from travelrisk.vault.storage import app_folders, forget_all

        profiles = self.saved_files()
        imported = installed_rules_path() is not None
        folders = [str(f) for f in app_folders() if f.exists()]
        what = [self.tr("• %n saved profile(s), whatever their passphrase", None, profiles)]
        if imported:
            what.append(self.tr("• the imported rulebook (the one built into travelrisk is used again)"))
        what.append(self.tr("• the cache of public data (the compiled rulebook and the world map)"))
        text = self.tr(
            "This deletes every file travelrisk has written on this computer:\n{what}\n\nin these folders:\n"
            "{folders}\n\nIt cannot be undone: a forgotten profile cannot be opened again, even with its "
            "passphrase. The profile in this window is cleared too.\n\nReports you exported are not deleted: "
            "travelrisk keeps no list of them, so delete them yourself.").format(
            what="\n".join(what), folders="\n".join(folders) or self.tr("(none exist yet)"))
        if not self._ask(self.tr("Forget everything?"), text):
            return None
        gone = forget_all()
        if self._state.rulebook.signed is not None:  # it was the imported rulebook: now deleted
            from travelrisk.language.loader import load_rulebook

            self._state.set_rulebook(load_rulebook(use_cache=False))  # the bundled one; no cache written
        return gone

    def tell_forgotten(self, gone: Forgotten) -> None:
        """Say what :meth:`forget` deleted."""
        listing = [str(p) for p in gone.files] + [f"{p}/" for p in gone.folders]
        shown = listing[:40] + ([self.tr("… and {n} more").format(n=len(listing) - 40)] if len(listing) > 40 else [])
        self._tell(self.tr("Forgotten"), self.tr("Deleted {files} and {folders}:\n{listing}").format(
            files=self.tr("%n file(s)", None, len(gone.files)),
            folders=self.tr("%n folder(s)", None, len(gone.folders)),
            listing="\n".join(shown) or self.tr("(nothing)"))
            if listing else self.tr("travelrisk had written no files: there was nothing to delete."))
        self.message.emit(self.tr("Forgot everything: deleted %n file(s).", None, len(gone.files)), 15000)

    # --- reports ---------------------------------------------------------------------------

    def export_dialog(self, trip_state: TripState | None, compared: list[str], subject: str) -> ExportDialog:
        from .export import ExportDialog

        return ExportDialog(self._state, trip_state, compared, subject, self._window)

    def export(self, dialog: ExportDialog) -> None:
        """Show the export dialog, and say what was written."""
        from .export import describe

        if dialog.exec() and dialog.written is not None:
            self.message.emit(describe(dialog.written, dialog.written_format, dialog.redact.isChecked()), 15000)
        dialog.deleteLater()

    # --- rulebook updates -------------------------------------------------------------------

    def import_update(self) -> bool:
        """Rulebook > Import update…: preview, import through the core, reload and recolour."""
        from .rulebook_import import ImportDialog

        dialog = ImportDialog(self._window)
        done = bool(dialog.exec()) and dialog.installed is not None
        if done:
            self.use_installed(dialog.installed.path)
        dialog.deleteLater()
        return done

    def use_installed(self, path) -> None:
        """Load the rulebook just installed and work every level out again."""
        from travelrisk.language.loader import load_rulebook

        book = load_rulebook(path)
        self._state.set_rulebook(book)
        if book.signed:
            msg = self.tr("Installed rulebook {version} (signed). Every level was worked out again.")
        else:
            msg = self.tr("Installed rulebook {version} as unsigned data. Every level was worked out again, "
                          "and each is marked “unsigned data”.")
        self.message.emit(msg.format(version=book.info.version), 15000)
