"""The strip of notices always in sight: what is on disk about the person (the privacy
indicator), the rulebook's version, age and warnings, and the note left when the idle lock
cleared the window. Each is a label that says its own words, and says them again when the
language changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from .on_disk import OnDisk
    from .world_state import WorldState

# Style sheets are set on the few widgets that need them, not on the window: a window-wide
# sheet makes Qt restyle every widget, which costs more than the rest of the start-up.
PRIVACY_STYLE = (
    "QLabel { background: #e3efe3; border: 1px solid #3c6e3c; color: #173617; font-weight: bold; padding: 2px 8px; }"
)
RULEBOOK_STYLE = "QLabel { color: #333333; padding: 2px 8px; }"
STALE_STYLE = (
    "QLabel { background: #fff1c2; border: 1px solid #a87a00; color: #3d2c00; font-weight: bold; padding: 2px 8px; }"
)
LOCK_STYLE = (
    "QLabel { background: #e8eef7; border: 1px solid #3a5a8c; color: #10223f; padding: 4px 8px; }"
)


class PrivacyIndicator(QLabel):
    """Says truthfully what is on disk about the person: nothing, or an encrypted file (and
    whether the profile in the window still matches it)."""

    def __init__(self, state: WorldState, disk: OnDisk, parent=None):
        super().__init__(parent)
        self.setObjectName("privacy")
        self.setStyleSheet(PRIVACY_STYLE)
        self._state, self._disk = state, disk
        state.assessed.connect(self.refresh)
        disk.savedChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        disk = self._disk
        if disk.saved_label is not None:
            if disk.saved_profile == self._state.profile:
                text = self.tr("Saved encrypted as ‘{label}’ — nothing readable on disk").format(
                    label=disk.saved_label)
                tip = self.tr(
                    "Your profile is in an encrypted file with a random name; without your passphrase nobody can "
                    "read it, nor its label. Nothing else about you is written to disk, and nothing is sent "
                    "anywhere: this app never uses the network.")
            else:
                text = self.tr("Saved encrypted as ‘{label}’ — your changes since are not saved").format(
                    label=disk.saved_label)
                tip = self.tr(
                    "The encrypted file holds your profile as you saved or opened it. What you changed since "
                    "is in this window's memory only: save again (Ctrl+S) to keep it.")
        else:
            others = disk.saved_files()
            text = (self.tr("Private mode: this profile is not saved") if others
                    else self.tr("Private mode: nothing is saved"))
            tip = self.tr(
                "Your answers stay in this window's memory. Nothing about you is written to disk, "
                "and nothing is sent anywhere: this app never uses the network.")
            if others:
                tip += " " + self.tr(
                    "%n encrypted profile(s) saved earlier are on this computer; without the passphrase nothing "
                    "in them is readable.", None, others)
        self.setText(text)
        self.setToolTip(tip)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


class RulebookLine(QLabel):
    """The rulebook line: its version and age, and the core's notices ("unsigned data", more
    than 180 days old) whenever there are any."""

    def __init__(self, state: WorldState, parent=None):
        super().__init__(parent)
        self.setObjectName("rulebook")
        self.setWordWrap(True)
        self._state = state
        state.assessed.connect(self.refresh)

    def refresh(self) -> None:
        state = self._state
        glance = state.glance
        if glance is None:
            self.setText("")
            return
        age = state.rulebook_age_days()
        notices = state.notices()
        version, reviewed = glance.rulebook_version, glance.rulebook_reviewed.isoformat()
        if notices:
            text = "⚠ " + "  ⚠ ".join(n[:1].upper() + n[1:] + ("" if n.endswith(".") else ".") for n in notices)
            text += " " + self.tr("(Rulebook {version}, reviewed {reviewed}.)").format(
                version=version, reviewed=reviewed)
        else:
            when = (self.tr("today") if age == 0 else self.tr("yesterday") if age == 1
                    else self.tr("%n days ago", None, age))
            text = self.tr("Rulebook {version}, reviewed {reviewed} ({when}).").format(
                version=version, reviewed=reviewed, when=when)
        self.setText(text)
        self.setProperty("stale", state.rulebook_is_stale())
        self.setProperty("unsigned", state.unsigned)
        self.setStyleSheet(STALE_STYLE if notices else RULEBOOK_STYLE)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


class LockNote(QLabel):
    """What the idle lock did, and how to get the profile back; hidden until it locks."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("lockNote")
        self.setWordWrap(True)
        self.setStyleSheet(LOCK_STYLE)
        self.setVisible(False)
        self._said: tuple[str, int, bool] | None = None

    def show_locked(self, reason: str, minutes: int, was_saved: bool) -> None:
        """``reason``: "now" (Lock now) or "idle" (after ``minutes`` without use)."""
        self._said = (reason, minutes, was_saved)
        self._say()
        self.setVisible(True)

    def dismiss(self) -> None:
        self._said = None
        self.setVisible(False)

    def _say(self) -> None:
        if self._said is None:
            return
        reason, minutes, was_saved = self._said
        if reason == "now":
            head = self.tr("Locked: your profile was cleared from this window.")
        else:
            head = self.tr("Locked after %n minutes without use: your profile was cleared from this window.", None,
                           minutes)
        if was_saved:
            tail = self.tr("It is still saved, encrypted: reopen it with Profile › Open saved… and your passphrase.")
        else:
            tail = self.tr("It had not been saved, so it is gone; nothing about you is on disk.")
        self.setText(head + " " + tail)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._say()
        super().changeEvent(event)
