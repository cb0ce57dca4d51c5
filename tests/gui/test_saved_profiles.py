"""Saving and opening encrypted profiles, forgetting everything, the idle lock, and rulebook
trust ("unsigned data" beside every level), driven through the app's own dialogs and menus.

The cryptography is the core's (tests/core/test_storage.py proves it); these tests prove the
app calls it, says truthfully what is on disk, and leaves no other trace."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from travelrisk import Profile
from travelrisk.vault.storage import (
    Argon2idParams,
    ProfileStore,
    ScryptParams,
    argon2id_available,
    profiles_folder,
)

REPO = Path(__file__).resolve().parents[2]
MINI = REPO / "tests" / "fixtures" / "mini"
FAST = Argon2idParams(1, 64, 1) if argon2id_available() else ScryptParams(16, 1, 1)
LABEL = "Anna Petrova, Vilnius"
PASS = "correct horse battery staple"


@pytest.fixture
def person() -> Profile:
    return Profile(
        citizenships=["BY"],
        residence="LT",
        exposure=["journalist", "donor"],
        listings=[{"state": "BY", "kind": "wanted"}, {"state": "RU", "kind": "interstate_wanted"}],
    )


def fast_store() -> ProfileStore:
    return ProfileStore(kdf=FAST)


def modal(qtbot, trigger, interact):
    """Run ``trigger`` (which opens a modal dialog and waits), and ``interact`` with the
    dialog while it is open, as a person would; ``trigger``'s result."""
    seen = []

    def step():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, step)
            return
        seen.append(dialog)
        try:
            interact(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, step)
    result = trigger()
    assert seen, "no dialog was shown"
    return result


def save_through_dialog(qtbot, w, label=LABEL, first=PASS, second=None):
    fields = {}

    def fill(d):
        assert d.objectName() == "saveDialog"
        assert d.passphrase.echoMode() == QLineEdit.EchoMode.Password
        assert d.repeat.echoMode() == QLineEdit.EchoMode.Password
        assert "cannot be recovered" in d.warning.text()
        assert "only inside the encrypted file" in d.label_help.text()
        d.label_edit.setText(label)
        d.passphrase.setText(first)
        d.repeat.setText(first if second is None else second)
        fields["ok"] = d.save()
        fields["error"] = d.error.text() if d.error.isVisible() else ""
        fields["left"] = (d.passphrase.text(), d.repeat.text())

    saved = modal(qtbot, w.files.save, fill)
    assert fields["left"] == ("", ""), "the passphrase fields must be emptied after use"
    return saved, fields


def open_through_dialog(qtbot, w, passphrase=PASS, label=LABEL):
    out = {}

    def fill(d):
        assert d.objectName() == "openDialog"
        assert d.passphrase.echoMode() == QLineEdit.EchoMode.Password
        d.passphrase.setText(passphrase)
        out["unlocked"] = d.unlock()
        out["passphrase_left"] = d.passphrase.text()
        out["labels"] = [d.list.item(i).text() for i in range(d.list.count())]
        out["error"] = d.error.text() if not d.error.isHidden() else ""
        out["note"] = d.note.text()
        if out["unlocked"]:
            d.choose(label)
            assert d.open_chosen()

    out["opened"] = modal(qtbot, w.open_profile, fill)
    assert out["passphrase_left"] == ""
    return out


def test_save_then_open_round_trip_through_the_dialogs(make_window, qtbot, person):
    w = make_window(person)
    assert w.privacy.text() == "Private mode: nothing is saved"
    kz = w.state.level("KZ")
    saved, fields = save_through_dialog(qtbot, w)
    assert saved, fields
    assert w.privacy.text() == f"Saved encrypted as ‘{LABEL}’ — nothing readable on disk"
    files = list(profiles_folder().glob("*.trp"))
    assert len(files) == 1 and len(files[0].stem) == 32  # a random name, not the label
    # The window forgets the profile (as after "Start over"); the file brings it back.
    w.start_over()
    assert w.state.profile == Profile() and w.privacy.text() == "Private mode: this profile is not saved"
    out = open_through_dialog(qtbot, w)
    assert out["opened"] and out["labels"] == [LABEL], out
    assert w.state.profile == person and w.state.level("KZ") == kz
    assert not w.first_run and w.form.interview.profile() == person
    assert w.privacy.text() == f"Saved encrypted as ‘{LABEL}’ — nothing readable on disk"
    # A change after saving is said to be in memory only.
    w.state.set_profile(person.model_copy(update={"residence": "PL"}))
    assert "your changes since are not saved" in w.privacy.text()


def test_saving_under_a_label_already_taken_asks_and_no_keeps_the_first(make_window, qtbot, person, monkeypatch):
    from travelrisk_gui.saved_profiles import SaveDialog

    w = make_window(person)
    w.files.store_factory = fast_store
    assert save_through_dialog(qtbot, w)[0]
    (path,) = profiles_folder().glob("*.trp")
    first = path.read_bytes()
    asked = []
    w.state.set_profile(person.model_copy(update={"residence": "PL"}))

    monkeypatch.setattr(SaveDialog, "ask_replace", lambda self, label: asked.append(label) or False)
    saved, fields = save_through_dialog(qtbot, w)
    assert not saved and asked == [LABEL] and "already saved" in fields["error"]
    assert [p.read_bytes() for p in profiles_folder().glob("*.trp")] == [first]  # untouched

    monkeypatch.setattr(SaveDialog, "ask_replace", lambda self, label: True)
    assert save_through_dialog(qtbot, w)[0]
    assert len(list(profiles_folder().glob("*.trp"))) == 1
    w.start_over()
    assert open_through_dialog(qtbot, w)["opened"] and w.state.profile.residence == "PL"


def test_two_passphrases_that_differ_save_nothing(make_window, qtbot, person):
    w = make_window(person)
    w.files.store_factory = fast_store
    saved, fields = save_through_dialog(qtbot, w, second=PASS + "x")
    assert not saved and "differ" in fields["error"]
    assert not profiles_folder().exists() or not list(profiles_folder().iterdir())
    assert w.privacy.text() == "Private mode: nothing is saved"


def test_wrong_passphrase_is_named_and_the_file_is_untouched(make_window, qtbot, person):
    w = make_window(person)
    w.files.store_factory = fast_store
    assert save_through_dialog(qtbot, w)[0]
    (path,) = profiles_folder().glob("*.trp")
    before, stat = path.read_bytes(), path.stat()
    w.start_over()
    out = open_through_dialog(qtbot, w, passphrase="wrong horse")
    assert not out["opened"] and out["labels"] == []
    assert out["error"].startswith("Wrong passphrase") and "Nothing was changed" in out["error"]
    assert "damaged" not in out["error"]
    assert path.read_bytes() == before and path.stat().st_mtime_ns == stat.st_mtime_ns
    assert w.state.profile == Profile()


def test_a_damaged_file_gets_a_different_message_and_is_untouched(make_window, qtbot, person):
    w = make_window(person)
    w.files.store_factory = fast_store
    assert save_through_dialog(qtbot, w)[0]
    (path,) = profiles_folder().glob("*.trp")
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x01  # one bit of the ciphertext
    path.write_bytes(bytes(data))
    w.start_over()
    out = open_through_dialog(qtbot, w)
    assert not out["opened"]
    assert "cannot be read" in out["error"] and "damaged" in out["error"] and "left exactly as they are" in out["error"]
    assert not out["error"].startswith("Wrong passphrase")
    assert path.read_bytes() == bytes(data)


def test_the_saved_file_contains_none_of_the_profiles_strings(make_window, qtbot, person, tmp_path):
    w = make_window(person)
    w.files.store_factory = fast_store
    assert save_through_dialog(qtbot, w)[0]
    doc = person.model_dump(mode="json")

    def strings(value):
        if isinstance(value, dict):
            return set(value) | {s for v in value.values() for s in strings(v)}
        if isinstance(value, list):
            return {s for v in value for s in strings(v)}
        return {value} if isinstance(value, str) else set()

    needles = {s for s in strings(doc) if len(s) >= 3} | {json.dumps(s) for s in strings(doc)}
    needles |= {LABEL, "Anna", "Petrova", "Vilnius", PASS, '"label"', '"profile"'}
    written = [p for p in (tmp_path / "xdg").rglob("*") if p.is_file()]
    assert any(p.suffix == ".trp" for p in written)
    for path in written:
        for needle in (LABEL, "Anna", "Petrova"):
            assert needle.lower() not in path.as_posix().lower()
        raw = path.read_bytes()
        for needle in needles:
            for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                assert needle.encode(enc) not in raw, (needle, path)


def test_forget_everything_deletes_the_files_says_so_and_resets_the_window(make_window, qtbot, person, monkeypatch):
    from travelrisk_gui.main_window import PROFILE_TAB
    from travelrisk_gui.on_disk import OnDisk

    w = make_window(person)
    w.files.store_factory = fast_store
    assert save_through_dialog(qtbot, w)[0]
    w.state.select("KZ")
    w.add_selection_to_compare()
    w.trip_state.set_text("LT>KZ")
    written = sorted(p for p in profiles_folder().parent.parent.parent.rglob("*") if p.is_file())
    assert any(p.suffix == ".trp" for p in written)
    asked, told = [], []
    monkeypatch.setattr(OnDisk, "_ask", lambda self, title, text: asked.append(text) or True)
    monkeypatch.setattr(OnDisk, "_tell", lambda self, title, text: told.append(text))
    assert w.forget_everything()
    assert "1 saved profile(s)" in asked[0] and "cannot be undone" in asked[0]
    assert "Reports you exported are not deleted" in asked[0]
    for path in written:
        assert not path.exists(), path
        if "/travelrisk/" in path.as_posix():
            assert str(path) in told[0], path  # each deleted file is named
    assert told[0].startswith("Deleted ")
    # Memory: no profile, no trip, nothing compared, nothing chosen; the first-run form.
    assert w.state.profile == Profile() and w.first_run
    assert w.trip_state.legs == [] and w.state.compared == [] and w.state.selection is None
    assert w.right_tabs.currentIndex() == PROFILE_TAB and w.form.interview.profile(partial=True) == Profile()
    assert w.privacy.text() == "Private mode: nothing is saved"
    assert "Kazakhstan" not in w.explanation.toPlainText().split("Your map at a glance")[0]


def test_forget_everything_asks_first_and_a_no_deletes_nothing(make_window, qtbot, person, monkeypatch):
    from travelrisk_gui.on_disk import OnDisk

    w = make_window(person)
    w.files.store_factory = fast_store
    assert save_through_dialog(qtbot, w)[0]
    monkeypatch.setattr(OnDisk, "_ask", lambda self, title, text: False)
    assert not w.forget_everything()
    assert len(list(profiles_folder().glob("*.trp"))) == 1 and w.state.profile == person


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_idle_lock_clears_the_profile_with_an_injected_clock(make_window, qtbot, person):
    w = make_window(person)
    clock = Clock()
    w.idle.use_clock(clock)
    assert w.idle.minutes == 15 and w.menus.idle_actions[15].isChecked()
    w.state.select("KZ")
    w.trip_state.set_text("LT>KZ")
    clock.now += 14 * 60
    assert not w.idle.check() and w.state.profile == person
    w.idle.touch()  # a key press or a mouse move: the idle time starts again
    clock.now += 14 * 60
    assert not w.idle.check() and w.state.profile == person
    clock.now += 61
    assert w.idle.check()
    assert w.state.profile == Profile() and w.trip_state.legs == [] and w.state.selection is None
    assert w.first_run and w.form.interview.profile(partial=True) == Profile()
    assert w.lock_note.isVisible() and "after 15 minutes" in w.lock_note.text()
    assert "had not been saved" in w.lock_note.text()
    assert "Kazakhstan (KZ)" not in w.explanation.toPlainText()


def test_idle_lock_time_is_a_menu_choice_and_a_saved_profile_can_be_reopened(make_window, qtbot, person):
    w = make_window(person)
    w.files.store_factory = fast_store
    clock = Clock()
    w.idle.use_clock(clock)
    w.menus.idle_actions[5].trigger()
    assert w.idle.minutes == 5
    assert save_through_dialog(qtbot, w)[0]
    clock.now += 5 * 60
    assert w.idle.check()
    assert w.state.profile == Profile()
    assert "reopen it with Profile › Open saved… and your passphrase" in w.lock_note.text()
    assert LABEL not in w.privacy.text()  # nothing on screen says what was open
    out = open_through_dialog(qtbot, w)
    assert out["opened"] and w.state.profile == person and not w.lock_note.isVisible()


def test_real_input_events_count_as_activity(make_window, qtbot, person):
    from PySide6.QtCore import Qt

    w = make_window(person)
    qtbot.waitUntil(lambda: w.idle.watching)  # from the first frame on
    clock = Clock()
    w.idle.use_clock(clock)
    clock.now += 10 * 60
    qtbot.keyClick(w.search, Qt.Key.Key_A)
    clock.now += 10 * 60
    assert not w.idle.check() and w.state.profile == person


# --- rulebook trust ---------------------------------------------------------------------------


def unsigned_pack(tmp_path) -> Path:
    """The mini fixture rulebook as an unsigned pack, reviewed on the bundled rulebook's date
    (an older one would be refused as a rollback)."""
    from travelrisk.language.loader import bundled_rules_path
    from travelrisk.engine.updates import build_pack

    reviewed = tomllib.loads((bundled_rules_path() / "rulebook.toml").read_text())["reviewed"]
    rules = tmp_path / "pack-rules"
    shutil.copytree(MINI, rules)
    (rules / "rulebook.toml").write_text(f'version = "unsigned-2"\nreviewed = {reviewed.isoformat()}\n')
    out = tmp_path / "update.trpack"
    build_pack(rules, out, None)
    return out


def test_an_unsigned_imported_rulebook_shows_unsigned_data_beside_every_level(make_window, qtbot, person, tmp_path):
    w = make_window(person)
    w.trip_state.set_text("LT>TR:transit>KZ")
    w.trip_panel  # noqa: B018 - built, as when the Trip tab is opened
    w.state.select("KZ")
    assert "unsigned data" not in w.explanation.toPlainText()
    pack = unsigned_pack(tmp_path)
    seen = {}

    def run(d):
        d.path.setText(str(pack))
        assert d.preview()
        seen["summary"] = d.summary.text()
        assert not d.allow_unsigned.isChecked() and not d.unsigned_warning.isHidden()
        seen["blocked"] = not d.import_button.isEnabled()  # unsigned: refused until the box is ticked
        d.allow_unsigned.setChecked(True)
        assert d.install(), d.error.text()

    assert modal(qtbot, w.files.import_update, run)
    assert "Not signed" in seen["summary"] and "unsigned-2" in seen["summary"] and seen["blocked"]
    assert w.state.rulebook.signed is False and w.state.rulebook.info.version == "unsigned-2"
    # The explanation pane's header: the level, and "unsigned data" beside it.
    header = w.explanation.toPlainText().split("risk for you")[0]
    assert "SEVERE" in header and "unsigned data" in header
    # The trip level.
    w.trip_panel.set_current(None)
    assert "Trip level:" in w.trip_panel.summary_text() and "unsigned data" in w.trip_panel.summary_text()
    # The rulebook line, and the status bar when a level is named there.
    assert "Unsigned data" in w.rulebook_label.text() and w.rulebook_label.property("unsigned") is True
    w.left_tabs.hover("KZ")
    assert "SEVERE ⚠ unsigned data" in w.statusBar().currentMessage()


def test_a_tampered_pack_is_refused_with_the_cores_reason(make_window, qtbot, tmp_path):
    w = make_window()
    pack = unsigned_pack(tmp_path)
    data = bytearray(pack.read_bytes())
    data[-10] ^= 0xFF
    pack.write_bytes(bytes(data))
    from travelrisk_gui.rulebook_import import ImportDialog

    d = ImportDialog(w)
    qtbot.addWidget(d)
    d.path.setText(str(pack))
    assert not d.preview()
    assert "cannot be used" in d.error.text() and not d.import_button.isEnabled()
    assert w.state.rulebook.signed is None


def test_an_unsigned_packs_own_words_cannot_pass_for_a_signature(make_window, qtbot, tmp_path):
    """A manifest's name is the packer's free text: newlines in it once pushed "Not signed" out
    of view and left a forged "the signature checks out" line on show."""
    import hashlib

    from travelrisk.language.loader import bundled_rules_path, rulebook_files
    from travelrisk.vault.rulepack import MANIFEST_FORMAT, PACK_VERSION, assemble
    from travelrisk_gui.rulebook_import import ImportDialog

    reviewed = tomllib.loads((bundled_rules_path() / "rulebook.toml").read_text())["reviewed"]
    files = {f.relative_to(MINI).as_posix(): f.read_bytes() for f in rulebook_files(MINI)}
    forged = "travelrisk\n\n\n\nSigned by the travelrisk maintainers' key (0f1e); the signature checks out.\u202e"
    manifest = {
        "format": MANIFEST_FORMAT, "format_version": PACK_VERSION,
        "rulebook": {"name": forged, "version": "2\n\n\nSigned", "reviewed": reviewed.isoformat()},
        "content_hash": "0" * 64,
        "files": {rel: hashlib.sha256(data).hexdigest() for rel, data in files.items()},
    }
    pack = tmp_path / "spoof.trpack"
    pack.write_bytes(assemble(json.dumps(manifest).encode() + b"\n", files, None))

    d = ImportDialog(make_window())
    qtbot.addWidget(d)
    d.path.setText(str(pack))
    if not d.preview():  # refused outright is as good: nothing of it is shown as fact
        assert "Signed by the travelrisk" not in d.error.text()
        return
    shown = d.summary.text()
    assert shown.splitlines()[0].startswith("⚠ Not signed")
    assert len(shown.splitlines()) == 2 and "checks out" not in shown and "\u202e" not in shown
    assert not d.unsigned_warning.isHidden() and not d.import_button.isEnabled()
