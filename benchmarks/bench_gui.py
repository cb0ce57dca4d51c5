"""Desktop app speed, printed beside a minimal PySide6 window measured in the same run.

    python benchmarks/bench_gui.py [--runs N] [--rules DIR] [--size WxH]

Figures only: nothing here asserts. Targets (issue #4): a full ``travelrisk-gui --screenshot``
with a profile within 2x a minimal PySide6 window that shows and grabs itself; the map
recoloured within 100 ms of a profile change.

Every process is cold (a fresh interpreter) and timed from outside, wall clock, median of
``--runs``. One warm-up run first fills the caches an installed app has after its first
start: compiled bytecode (kept under a temporary folder here, as the checkout is read with
PYTHONDONTWRITEBYTECODE), the compiled rulebook and the parsed world map.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "examples" / "journalist-by.json"

MINIMAL = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("minimal")
w.resize({w}, {h})
w.show()
app.processEvents()
w.grab().save({out!r}, "PNG")
"""

# The app's own start-up, as travelrisk-gui does it (the first window drawn from a glance
# computed in a child process, then the core loaded here): the process ends at the first
# paint (start-to-first-window), or once the core is attached and everything in the window
# works (start-to-ready).
STARTUP = """
import os, sys
from travelrisk_gui import app  # imports no Qt: the app forks its child before Qt loads
attach = app._attach
def stop(window, args):
    if {ready}:
        attach(window, args)
        assert window.state.ready
    os._exit(0)
app._attach = stop
sys.argv = ["travelrisk-gui", "--profile", {profile!r}] + ([] if {rules!r} is None else ["--rules", {rules!r}])
app.main()
"""

# Recolouring after a profile change, in one warm process: the core's assess_world plus
# the map's new brushes and a full repaint of the map.
RECOLOUR = """
import os, statistics, time
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from travelrisk import Profile
from travelrisk.engine import assess_world
from travelrisk.loader import load_rulebook
from travelrisk.profile import load_profile
from travelrisk_gui.main_window import MainWindow
book = load_rulebook({rules!r})
a = load_profile({profile!r})
b = Profile.model_validate({{**a.model_dump(mode="json"), "listings": [], "exposure": ["donor", "protester"]}})
w = MainWindow(book, a)
w.resize({w}, {h})
w.show()
app.processEvents()
total, core = [], []
for i in range(15):
    p = b if i % 2 == 0 else a
    t = time.perf_counter()
    w.state.set_profile(p)          # the core assesses the world; the map recolours
    w.map.viewport().repaint()      # and is painted again, synchronously
    total.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    assess_world(p, rulebook=book)
    core.append((time.perf_counter() - t) * 1000)
print(statistics.median(total), statistics.median(core))
os._exit(0)
"""

CORE_FLOOR = """
from travelrisk.engine import assess_world
from travelrisk.loader import load_rulebook
from travelrisk.profile import load_profile
assess_world(load_profile({profile!r}), rulebook=load_rulebook({rules!r}))
"""


def environment(pycache: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache
    paths = [str(ROOT / "src"), str(ROOT / "gui")]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def cold(cmd: list[str], runs: int, env: dict[str, str]) -> float:
    """Median wall time of a fresh process, in milliseconds."""
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm-up
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--rules", help="rulebook folder (default: the bundled one)")
    ap.add_argument("--size", default="1400x900", help="window size for every run (default 1400x900)")
    args = ap.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    py = sys.executable
    tmp = Path(tempfile.mkdtemp(prefix="travelrisk-bench-"))
    try:
        env = environment(str(tmp / "pycache"))
        fmt = {"w": w, "h": h, "rules": args.rules, "profile": str(PROFILE), "out": str(tmp / "minimal.png")}
        script = shutil.which("travelrisk-gui")
        shot = [script] if script else [py, "-m", "travelrisk_gui.app"]
        shot += ["--screenshot", str(tmp / "shot.png"), "--profile", str(PROFILE), "--size", args.size]
        if args.rules:
            shot += ["--rules", args.rules]

        bare = cold([py, "-c", "pass"], args.runs, env)
        minimal = cold([py, "-c", MINIMAL.format(**fmt)], args.runs, env)
        floor = cold([py, "-c", CORE_FLOOR.format(**fmt)], args.runs, env)
        first = cold([py, "-c", STARTUP.format(ready=False, **fmt)], args.runs, env)
        ready = cold([py, "-c", STARTUP.format(ready=True, **fmt)], args.runs, env)
        screenshot = cold(shot, args.runs, env)
        out = subprocess.run([py, "-c", RECOLOUR.format(**fmt)], check=True, env=env, capture_output=True, text=True)
        recolour, core = (float(v) for v in out.stdout.split())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    rows = [
        ("python -c pass (interpreter alone)", bare),
        (f"minimal PySide6 window, shown, grabbed, saved ({args.size})", minimal),
        ("core alone: load rulebook + profile, assess_world", floor),
        ("travelrisk-gui start-to-first-window (shown, painted; its own size)", first),
        ("travelrisk-gui start-to-ready (the core attached: all works)", ready),
        ("travelrisk-gui --screenshot --profile (full run)", screenshot),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"runs: {args.runs} cold processes each, median; rulebook: {args.rules or 'bundled'}")
    for name, ms in rows:
        print(f"  {name:<{width}}  {ms:8.1f} ms")
    print(f"  {'screenshot / minimal window (target <= 2.0)':<{width}}  {screenshot / minimal:8.2f} x")
    print(f"  {'serial floor (core loaded before the window): minimal + core':<{width}}  "
          f"{(minimal + floor - bare) / minimal:8.2f} x")
    print(f"  {'map recolour after a profile change (target < 100)':<{width}}  {recolour:8.1f} ms")
    print(f"  {'  of which the core (assess_world)':<{width}}  {core:8.1f} ms")


if __name__ == "__main__":
    main()
