"""The first window, drawn from a glance computed in a child process, then the core attached.

What these show: the glance window is the same window, pixel for pixel, as one built with the
core in hand, with a destination chosen (``--select``: the child explains it too) or not; the
process that draws it has not loaded pydantic; once the core is attached, everything answers
as before; and a broken profile or rulebook is still reported by name.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from travelrisk.engine.glance import compute_glance

REPO = Path(__file__).resolve().parents[2]
MINI = REPO / "tests" / "fixtures" / "mini"
EXAMPLE = REPO / "examples" / "journalist-by.json"
ON = date(2026, 1, 2)  # the fixture rulebook's precedent counts on this date


def gui(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "travelrisk_gui.app", *args], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def _refusing_fork(argv: list[str]) -> subprocess.CompletedProcess:
    """The app with ``argv``, in a process that cannot fork: the core is loaded here and
    computes everything the first window shows."""
    script = f"""
import os, sys
def refuse():
    raise OSError(11, "Resource temporarily unavailable")
os.fork = refuse
from travelrisk_gui import app
sys.exit(app.main({argv!r}))
"""
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


@pytest.mark.parametrize("rules", [None, MINI], ids=["bundled", "mini"])
def test_the_glance_window_is_the_window_the_core_draws(tmp_path, rules):
    extra = ["--rules", str(rules)] if rules else []
    common = ["--profile", str(EXAMPLE), "--on", "2026-06-01", "--size", "1200x800", *extra]
    glance, full = tmp_path / "glance.png", tmp_path / "full.png"
    # A profile alone: the first window comes from the child's glance. "--tab map" asks
    # for the same window, but through the core in this process, which (fork refused)
    # computes every level itself.
    p = gui("--screenshot", str(glance), *common)
    assert p.returncode == 0, p.stderr
    p = _refusing_fork(["--screenshot", str(full), "--tab", "map", *common])
    assert p.returncode == 0, p.stderr
    assert glance.read_bytes() == full.read_bytes()


@pytest.mark.parametrize("chosen", [["--select", "KZ"], ["--select", "united arab emirates", "--lang", "ru"],
                                    ["--select", "TR", "--lang", "be", "--rules", str(MINI)]],
                         ids=["kz", "ae-ru", "tr-be-mini"])
def test_a_destination_chosen_at_start_is_explained_as_the_core_explains_it(tmp_path, chosen):
    common = ["--profile", str(EXAMPLE), "--on", "2026-06-01", "--size", "1200x800", *chosen]
    early, full = tmp_path / "early.png", tmp_path / "full.png"
    p = gui("--screenshot", str(early), *common)  # the explanation from the child's document
    assert p.returncode == 0, p.stderr
    p = _refusing_fork(["--screenshot", str(full), *common])  # from the core's answer, here
    assert p.returncode == 0, p.stderr
    assert early.read_bytes() == full.read_bytes()


@pytest.mark.parametrize("chosen", [[], ["--select", "KZ"]], ids=["glance", "selected"])
def test_the_first_window_is_drawn_without_loading_the_core_here(tmp_path, chosen):
    script = f"""
import gc, json, sys
from travelrisk_gui import app
code = app.main(["--screenshot", {str(tmp_path / "x.png")!r}, "--profile", {str(EXAMPLE)!r}, *{chosen!r}])
print(json.dumps({{"code": code, "pydantic": "pydantic" in sys.modules,
                   "engine": "travelrisk.engine.core" in sys.modules, "collecting": gc.isenabled()}}))
"""
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert p.returncode == 0, p.stderr
    seen = json.loads(p.stdout.strip().splitlines()[-1])
    assert seen == {"code": 0, "pydantic": False, "engine": False, "collecting": True}  # paused for start-up only
    assert (tmp_path / "x.png").stat().st_size > 10_000


@pytest.mark.parametrize("content, named", [
    ('{"citizenships": ["XX"]}', "citizenships[0]"),
    ("{not json", "not valid JSON"),
])
def test_a_broken_profile_is_still_named_when_the_child_cannot_glance(tmp_path, content, named):
    bad = tmp_path / "me.json"
    bad.write_text(content, encoding="utf-8")
    p = gui("--screenshot", str(tmp_path / "x.png"), "--profile", str(bad), "--rules", str(MINI))
    assert p.returncode == 2
    assert "--profile" in p.stderr and named in p.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_broken_rulebook_is_still_named(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "rulebook.toml").write_text("version = [", encoding="utf-8")
    p = gui("--screenshot", str(tmp_path / "x.png"), "--profile", str(EXAMPLE), "--rules", str(tmp_path / "rules"))
    assert p.returncode == 2
    assert "rulebook.toml" in p.stderr


def test_attaching_the_core_after_the_first_paint(qtbot, tmp_path, mini_book, listed_by_belarus):
    from travelrisk_gui import level_style
    from travelrisk_gui.main_window import MainWindow

    person = tmp_path / "me.json"
    person.write_text(listed_by_belarus.model_dump_json(), encoding="utf-8")
    glance = compute_glance(str(MINI), str(person), ON)

    w = MainWindow(on=ON)
    qtbot.addWidget(w)
    w.show_glance(glance)
    # Before the core: the levels and the overview are the glance's, nothing else answers.
    assert not w.state.ready and w.trip_state is None
    assert w.state.level("KZ") is glance.levels["KZ"]
    assert "States that pursue you" in w.explanation.toPlainText()
    assert "test-1" in w.rulebook_label.text()
    w.state.select("KZ")
    assert w.state.selection is None  # no assessment yet: nothing is explained from a glance
    w.left_tabs.hover("KZ")
    assert "Kazakhstan (KZ): " + level_style.label(glance.levels["KZ"]) in w.statusBar().currentMessage()

    w.when_painted(lambda: w.attach(mini_book, listed_by_belarus))
    w.show()
    qtbot.waitUntil(lambda: w.state.ready, timeout=5000)
    assert {c: w.state.level(c) for c in glance.levels} == glance.levels
    assert w.trip_state is not None and w.search.completer().model().rowCount() == len(glance.names)
    w.state.select("KZ")
    assert w.explanation.assessment is not None and w.explanation.assessment.destination == "KZ"
    assert "Kazakhstan" in w.explanation.toPlainText()


def test_a_destination_chosen_before_the_core_is_explained_again_by_it(qtbot, tmp_path, monkeypatch, mini_book,
                                                                      listed_by_belarus):
    from travelrisk.engine.glance import Glance
    from travelrisk_gui import glance_child, i18n
    from travelrisk_gui.main_window import MainWindow
    from travelrisk_gui.side_panel import EXPLANATION_TAB

    for name in ("_book", "_current", "_words"):  # the child's words, said here: put back after
        monkeypatch.setattr(i18n, name, getattr(i18n, name))
    person = tmp_path / "me.json"
    person.write_text(listed_by_belarus.model_dump_json(), encoding="utf-8")
    line, _, extra = glance_child._glance(str(MINI), str(person), ON, "en", "Kazakhstan").partition(b"\n")
    selection = json.loads(extra)["selection"]
    assert selection["code"] == "KZ" and json.loads(json.dumps(selection["document"])) == selection["document"]
    assert json.loads(glance_child._glance(str(MINI), str(person), ON, "en", "Atlantis").partition(b"\n")[2]) == {
        "selection": {"unknown": True}}

    w = MainWindow(on=ON)
    qtbot.addWidget(w)
    w.show_glance(Glance.from_json(line.decode("utf-8")))
    w.state.show_selection(selection["code"], selection["document"])
    early = w.explanation.toHtml()
    assert w.explanation.assessment is None and w.state.selection == "KZ"
    assert "Kazakhstan (KZ)" in w.explanation.toPlainText() and w.right_tabs.currentIndex() == EXPLANATION_TAB
    assert "Kazakhstan: " in w.statusBar().currentMessage()
    w.attach(mini_book, listed_by_belarus)
    assert w.state.early_document("KZ") is None
    assert w.explanation.assessment is not None and w.explanation.assessment.destination == "KZ"
    assert w.explanation.toHtml() == early  # the core's own answer, the same words


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_the_start_up_child_opens_no_socket_and_writes_nothing_about_the_person(tmp_path):
    trace, shot = tmp_path / "strace.txt", tmp_path / "x.png"
    run = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket,connect,openat,open,creat", "-o", str(trace),
         sys.executable, "-m", "travelrisk_gui.app", "--screenshot", str(shot), "--profile", str(EXAMPLE),
         "--rules", str(MINI)],
        capture_output=True, text=True, timeout=180, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    if run.returncode != 0 and "ptrace" in run.stderr:
        pytest.skip(f"strace cannot trace here: {run.stderr.strip()}")
    assert run.returncode == 0, run.stderr
    lines = trace.read_text().splitlines()
    pids = {line.split()[0] for line in lines}
    reads_profile = {line.split()[0] for line in lines if str(EXAMPLE) in line}
    assert len(pids) >= 2 and reads_profile and reads_profile != pids  # a child read it, traced too
    assert [line for line in lines if "socket(AF_INET" in line or ("connect(" in line and "AF_UNIX" not in line)] == []
    writes = [line for line in lines if ("O_WRONLY" in line or "O_RDWR" in line or "creat(" in line)
              and "ENOENT" not in line and "/dev/" not in line]
    for line in writes:  # the screenshot asked for, and public caches under the test's folders
        assert str(shot) in line or str(tmp_path / "xdg" / "cache" / "travelrisk") in line, line


def test_where_fork_fails_the_app_loads_everything_itself(tmp_path):
    script = f"""
import json, os, sys
def refuse():
    raise OSError(11, "Resource temporarily unavailable")
os.fork = refuse
from travelrisk_gui import app
code = app.main(["--screenshot", {str(tmp_path / "x.png")!r}, "--profile", {str(EXAMPLE)!r}])
print(json.dumps({{"code": code, "engine": "travelrisk.engine.core" in sys.modules}}))
"""
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout.strip().splitlines()[-1]) == {"code": 0, "engine": True}
    assert (tmp_path / "x.png").stat().st_size > 10_000
