"""Private by default: no socket, no network module, nothing about the person on disk.

The suite-wide guard in tests/conftest.py refuses internet sockets from Python; Qt's C++
would not pass through it, so a whole session is also run in a child process under strace,
which sees every system call. A session builds a trip and exports a report: the report is
the one file written about the person (where they chose, in Qt's own file chooser), and no
settings file (Qt's ``QtProject.conf``, which that chooser fills with recent folders unless
pointed away) appears anywhere."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from chooser import type_and_save, when_chooser_opens
from PySide6.QtCore import QDate, QUrl

REPO = Path(__file__).resolve().parents[2]
MINI = REPO / "tests" / "fixtures" / "mini"

SESSION = r'''
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from datetime import date
from PySide6.QtCore import QDate, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
import travelrisk_gui
from travelrisk import load_rulebook
from travelrisk_gui.main_window import MainWindow
app = QApplication([])
w = MainWindow(load_rulebook(sys.argv[1]), None, on=date(2026, 1, 2))
w.show(); app.processEvents()
f = w.form
f.fields["citizenships[0]"].setText("Belarus"); f.fields["citizenships[0]"].editingFinished.emit()
f.go_next(); f.choice_buttons[("exposure", "journalist")].setChecked(True); f.go_next()
f.choice_buttons[("listed", "yes")].setChecked(True); f.go_next()
f.fields["listings[0].state"].setText("BY"); f.fields["listings[0].state"].editingFinished.emit()
app.processEvents()
w.state.select("KZ"); w.add_selection_to_compare(); w.countries
w.date_edit.setDate(QDate(2029, 1, 1))
w.explanation.anchorClicked.emit(QUrl("copy:0"))
w.search.setText("Turkey"); w.search.returnPressed.emit()
while not f.interview.is_last:
    f.go_next()
f.go_next()
app.processEvents()
w.menus.act_trip.trigger(); t = w.trip_panel
for typed in ("TR", "RU", "KZ"):
    t.add_leg(); t.country.setText(typed); t.country.returnPressed.emit()
app.processEvents()
def save_in_chooser():  # Qt's own file chooser, as a person types the path into it
    c = app.activeModalWidget()
    if not isinstance(c, QFileDialog):
        return QTimer.singleShot(10, save_in_chooser)
    c.findChild(QLineEdit, "fileNameEdit").setText(sys.argv[2]); c.accept()
QTimer.singleShot(0, save_in_chooser)
d = w.export_dialog(); d.choose(fmt="pdf")
assert d.export(), d.error.text()
app.processEvents()
s = w.files.save_dialog(); s.label_edit.setText("Anna Petrova")
s.passphrase.setText("four random words here"); s.repeat.setText("four random words here")
assert s.save(), s.error.text()
o = w.files.open_dialog(); o.passphrase.setText("four random words here")
assert o.unlock(), o.error.text(); o.choose("Anna Petrova"); assert o.open_chosen()
w.load_saved(o.chosen.label, o.chosen.profile)
app.processEvents()
print("saved and opened", w.privacy.text())
print("levels", w.state.level("KZ").value, w.state.level("BY").value)
print("trip", w.trip_state.result.level.value, w.trip_state.worst)
network = {"PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "ssl",
           "http.client", "urllib.request", "requests", "httpx"}
print("network modules:", sorted(network & set(sys.modules)))
'''


def _session(window, qtbot, export_to=None):
    """What a person does in one sitting (and, given a path, the reports they export)."""
    form = window.form
    form.fields["citizenships[0]"].setText("Belarus")
    form.fields["citizenships[0]"].editingFinished.emit()
    form.go_next()
    form.choice_buttons[("exposure", "journalist")].setChecked(True)
    form.go_next()
    form.choice_buttons[("listed", "yes")].setChecked(True)
    form.go_next()
    form.fields["listings[0].state"].setText("BY")
    form.fields["listings[0].state"].editingFinished.emit()
    qtbot.waitUntil(lambda: window.state.level("KZ").value == "severe", timeout=2000)
    window.state.select("KZ")
    window.add_selection_to_compare()
    window.countries  # noqa: B018 - opens the list of all countries
    window.date_edit.setDate(QDate(2029, 1, 1))
    window.explanation.anchorClicked.emit(QUrl("copy:0"))
    window.search.setText("Turkey")
    window.search.returnPressed.emit()
    while not form.interview.is_last:
        form.go_next()
    form.go_next()
    window.menus.act_trip.trigger()
    trip = window.trip_panel
    for typed in ("TR", "RU", "KZ"):
        trip.add_leg()
        trip.country.setText(typed)
        trip.country.returnPressed.emit()
    trip.move_leg(-1)
    assert window.trip_state.result is not None and window.map.trip.markers
    if export_to is not None:
        for fmt in ("pdf", "html", "md"):
            dialog = window.export_dialog()
            dialog.choose(fmt=fmt)
            errors = when_chooser_opens(lambda chooser: type_and_save(chooser, export_to.with_suffix("." + fmt)))
            assert dialog.export(), dialog.error.text()
            assert errors == []


def test_a_whole_session_opens_no_socket_and_loads_no_network_module(make_window, qtbot, monkeypatch):
    created = []
    real = socket.socket

    class Spy(real):
        def __init__(self, *args, **kwargs):
            created.append(args)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(socket, "socket", Spy)
    w = make_window()
    _session(w, qtbot)
    assert created == []
    # Other tests in this process may import the standard library's network modules; the
    # child-process session below checks those. No test imports Qt's network modules.
    assert not {"PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets"} & set(sys.modules)


def test_a_whole_session_in_its_own_process_loads_no_network_module(tmp_path):
    script = tmp_path / "session.py"
    script.write_text(SESSION)
    memo = tmp_path / "memo.pdf"
    run = subprocess.run([sys.executable, str(script), str(MINI), str(memo)], capture_output=True, text=True,
                         timeout=180)
    assert run.returncode == 0, run.stderr
    assert "levels high severe" in run.stdout
    assert "trip high 1" in run.stdout  # Russia, in 2029 (the Kazakh precedent is then too old)
    assert "network modules: []" in run.stdout
    assert "saved and opened Saved encrypted as ‘Anna Petrova’" in run.stdout
    assert memo.read_bytes().startswith(b"%PDF")


def test_a_whole_session_writes_nothing_about_the_person(make_window, qtbot, tmp_path):
    w = make_window()
    assert w.privacy.text() == "Private mode: nothing is saved" and w.privacy.isVisible()
    exports = tmp_path / "exports"
    exports.mkdir()
    _session(w, qtbot, export_to=exports / "memo")
    w.close()
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    # The reports exported, where the person asked; besides them only the public caches (the
    # compiled rulebook, the parsed world map): no settings, no recent files, no profile.
    assert [p for p in written if p.startswith("exports/")] == ["exports/memo.html", "exports/memo.md",
                                                                  "exports/memo.pdf"]
    assert not [p for p in written if p.endswith(".conf") or "QtProject" in p or "recently-used" in p]
    for path in written:
        if path.startswith("exports/"):
            continue
        assert path.startswith("xdg/cache/travelrisk/"), path
        name = path.rsplit("/", 1)[-1]
        assert name.startswith(("rulebook-", "worldmap-")), path


def test_a_session_that_saves_and_opens_writes_only_the_encrypted_file(make_window, qtbot, tmp_path):
    """Saving is the one thing that writes about the person: one file, encrypted, under a
    random name in the data folder. No settings (``.conf``, QSettings), no recent files."""
    from travelrisk.vault.storage import (
        Argon2idParams,
        ProfileStore,
        ScryptParams,
        argon2id_available,
    )

    fast = Argon2idParams(1, 64, 1) if argon2id_available() else ScryptParams(16, 1, 1)
    w = make_window()
    w.files.store_factory = lambda: ProfileStore(kdf=fast)
    _session(w, qtbot)
    profile = w.state.profile
    for label in ("Anna Petrova", "work"):
        d = w.files.save_dialog()
        d.label_edit.setText(label)
        d.passphrase.setText("four random words here")
        d.repeat.setText("four random words here")
        assert d.save(), d.error.text()
        assert d.passphrase.text() == d.repeat.text() == ""
    w.start_over()
    o = w.files.open_dialog()
    o.passphrase.setText("four random words here")
    assert o.unlock()
    o.choose("Anna Petrova")
    assert o.open_chosen()
    w.load_saved(o.chosen.label, o.chosen.profile)
    assert w.state.profile == profile
    w.close()
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert not [p for p in written if p.endswith((".conf", ".ini")) or "QtProject" in p or "recently-used" in p
                or "Trolltech" in p]
    saved = [p for p in written if p.startswith("xdg/data/")]
    assert len(saved) == 2, saved
    for path in saved:
        assert re.fullmatch(r"xdg/data/travelrisk/profiles/[0-9a-f]{32}\.trp", path), path
    for path in written:
        if path.startswith("xdg/data/"):
            continue
        assert path.startswith("xdg/cache/travelrisk/"), path
        assert path.rsplit("/", 1)[-1].startswith(("rulebook-", "worldmap-")), path
    assert not (tmp_path / "xdg" / "config").exists() and not (tmp_path / "xdg" / "state").exists()


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_a_whole_session_makes_no_network_system_call(tmp_path):
    trace = tmp_path / "strace.txt"
    script = tmp_path / "session.py"
    script.write_text(SESSION)
    memo = tmp_path / "exported" / "memo.pdf"
    memo.parent.mkdir()
    run = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket,connect,openat,open,creat",
         "-o", str(trace), sys.executable, str(script), str(MINI), str(memo)],
        capture_output=True, text=True, timeout=180,
    )
    if run.returncode != 0 and "ptrace" in run.stderr:
        pytest.skip(f"strace cannot trace here: {run.stderr.strip()}")
    assert run.returncode == 0, run.stderr
    assert "levels high severe" in run.stdout
    lines = trace.read_text().splitlines()
    network = [line for line in lines if "socket(AF_INET" in line or "socket(AF_PACKET" in line
               or ("connect(" in line and "AF_UNIX" not in line)]
    assert network == [], network
    # Files opened for writing: only the public caches under the test's own folders, the
    # one report the person exported, and the encrypted profile they saved (random name).
    writes = [line for line in lines if ("O_WRONLY" in line or "O_RDWR" in line or "creat(" in line)
              and "ENOENT" not in line and "/dev/" not in line]
    assert [line for line in writes if str(memo) in line], "the export was not seen"
    profiles = str(tmp_path / "xdg" / "data" / "travelrisk" / "profiles")
    assert [line for line in writes if profiles in line], "the save was not seen"
    for line in writes:
        if profiles in line:
            assert re.search(re.escape(profiles) + r'/(\.tmp-[^"]+|[0-9a-f]{32}\.trp)"', line), line
            continue
        assert str(tmp_path / "xdg" / "cache" / "travelrisk") in line or f'"{memo}"' in line, line
