"""Desktop app speed and memory: the GUI rows of issue #15's table, each beside its baseline.

    python benchmarks/bench_gui.py [--runs N] [--rounds N] [--rules DIR] [--size WxH]

Figures only: nothing here asserts. Every figure is measured in alternating turns with its
baseline (A B A B ...), and each ratio is the median of the ratios of the turns taken side by
side, so a noisy, shared machine slows both alike. Targets (issue #15):

- ``travelrisk-gui --screenshot ... --profile ... --select KZ`` ÷ a minimal PySide6 window
  that shows itself and is grabbed to a PNG (both cold processes, wall clock): <= 2x (then 1.5x);
  printed beside it, a real start (``--profile`` alone), timed in the same turns. Both draw
  the first frame from the glance a child process computes while Qt starts (with ``--select``,
  the child sends Kazakhstan's explanation too); a real start loads the core after that frame
  is painted;
- the map recoloured after a profile change (in one warm app: the core's answer, the map's
  new brushes, a full repaint of the map): < 50 ms, printed beside ``assess_world`` (every
  answer in full) and the app's own core part, a ``World`` (the levels-only pass; a country's
  findings are built when it is shown);
- peak memory of the app with a profile (the screenshot run) ÷ the minimal window's:
  <= 1.5x. Peak resident memory is the kernel's ``ru_maxrss`` for the process (the largest of
  it and any child it waited for).

One warm-up run first fills what an installed app has after its first start: compiled
bytecode (kept under a temporary folder, as the checkout is read with
PYTHONDONTWRITEBYTECODE), the compiled rulebook and the parsed world map, all in temporary
folders (XDG_CACHE_HOME and the others): the user's own are neither read nor touched.
"""

from __future__ import annotations

import argparse
import json
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

# Recolouring after a profile change, in one warm process, the two profiles in turn: the
# app's own path (the core's answer, the map's new brushes, a full synchronous repaint), then
# the core's part alone for the same profile: the app's own (a World: the levels-only pass,
# no findings until a country is shown) and, for scale, assess_world (every answer in full).
RECOLOUR = """
import json, os, time
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from travelrisk import Profile, World, assess_world
from travelrisk.language.loader import load_rulebook
from travelrisk.model.profile import load_profile
from travelrisk_gui.main_window import MainWindow
book = load_rulebook({rules!r})
a = load_profile({profile!r})
b = Profile.model_validate({{**a.model_dump(mode="json"), "listings": [], "exposure": ["donor", "protester"]}})
w = MainWindow(book, a)
w.resize({w}, {h})
w.show()
app.processEvents()
times = {{"recolour": [], "assess_world": [], "world": []}}
for i in range({rounds}):
    p = b if i % 2 == 0 else a
    t = time.perf_counter()
    w.state.set_profile(p)          # the core assesses the world; the map recolours
    w.map.viewport().repaint()      # and is painted again, synchronously
    times["recolour"].append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    assess_world(p, on=w.state.on, rulebook=book)
    times["assess_world"].append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    World(p, on=w.state.on, rulebook=book)
    times["world"].append((time.perf_counter() - t) * 1000)
print(json.dumps(times))
os._exit(0)
"""


def environment(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    for var, sub in (("XDG_CACHE_HOME", "cache"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state")):
        env[var] = str(tmp / sub)
    env["LANG"] = "C.UTF-8"
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(var, None)
    paths = [str(ROOT / "src"), str(ROOT / "gui")]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """One fresh process: its wall time (ms) and its peak resident memory (MiB)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    ms = (time.perf_counter() - t) * 1000
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise subprocess.CalledProcessError(code, cmd)
    return ms, usage.ru_maxrss / 1024  # KiB on Linux


def median_ratio(xs: list[float], ys: list[float]) -> float:
    return statistics.median(x / y for x, y in zip(xs, ys))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=11, help="pairs of cold processes (default 11)")
    ap.add_argument("--rounds", type=int, default=15, help="profile changes in the warm app (default 15)")
    ap.add_argument("--rules", help="rulebook folder (default: the bundled one)")
    ap.add_argument("--size", default="1400x900", help="window size for every run (default 1400x900)")
    args = ap.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    py = sys.executable
    tmp = Path(tempfile.mkdtemp(prefix="travelrisk-bench-"))
    try:
        env = environment(tmp)
        fmt = {"w": w, "h": h, "rules": args.rules, "profile": str(PROFILE), "out": str(tmp / "minimal.png"),
               "rounds": args.rounds}
        script = shutil.which("travelrisk-gui")
        shot = [script] if script else [py, "-m", "travelrisk_gui.app"]
        shot += ["--screenshot", str(tmp / "shot.png"), "--profile", str(PROFILE), "--select", "KZ",
                 "--size", args.size]
        if args.rules:
            shot += ["--rules", args.rules]
        minimal = [py, "-c", MINIMAL.format(**fmt)]
        # A real start: the profile alone, so the first frame is drawn from the glance a child
        # process computes while Qt starts, and the core is loaded after it.
        start = [part for part in shot if part not in ("--select", "KZ")]
        start[start.index(str(tmp / "shot.png"))] = str(tmp / "start.png")

        for cmd in (shot, minimal, start):  # warm-up: bytecode, compiled rulebook, world map
            measured(cmd, env)
        turns = [(measured(shot, env), measured(minimal, env), measured(start, env)) for _ in range(args.runs)]
        pairs = [(a, b) for a, b, _ in turns]
        starts = [c for _, _, c in turns]

        out = subprocess.run([py, "-c", RECOLOUR.format(**fmt)], env=env, capture_output=True, text=True)
        recolour = json.loads(out.stdout) if out.returncode == 0 else None
        failure = (out.stderr.strip().splitlines() or ["no output"])[-1] if recolour is None else ""
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    shot_ms = [s[0] for s, _ in pairs]
    min_ms = [m[0] for _, m in pairs]
    shot_mib = [s[1] for s, _ in pairs]
    min_mib = [m[1] for _, m in pairs]
    med = statistics.median

    print(f"travelrisk GUI benchmark: {args.runs} cold pairs, {args.rounds} profile changes, medians; "
          f"rulebook: {args.rules or 'bundled'}; window {args.size}")
    start_ms = [c[0] for c in starts]
    start_mib = [c[1] for c in starts]
    rows = [
        ("--screenshot --profile --select KZ ÷ minimal window grabbed to PNG",
         f"{med(shot_ms):7.0f} ms", f"{med(min_ms):7.0f} ms", median_ratio(shot_ms, min_ms), "<= 2x (then 1.5x)"),
        ("  a real start, --screenshot --profile (first frame from the glance) ÷ minimal",
         f"{med(start_ms):7.0f} ms", f"{med(min_ms):7.0f} ms", median_ratio(start_ms, min_ms), ""),
        ("peak memory, app with a profile ÷ minimal window",
         f"{med(shot_mib):6.1f} MiB", f"{med(min_mib):6.1f} MiB", median_ratio(shot_mib, min_mib), "<= 1.5x"),
        ("  a real start's first frame, the app and its glance child, ÷ minimal window",
         f"{med(start_mib):6.1f} MiB", f"{med(min_mib):6.1f} MiB", median_ratio(start_mib, min_mib), ""),
    ]
    if recolour is not None:
        total, full, core = recolour["recolour"], recolour["assess_world"], recolour["world"]
        rows += [
            ("map recolour after a profile change ÷ every answer in full (assess_world)",
             f"{med(total):7.1f} ms", f"{med(full):7.1f} ms", median_ratio(total, full), "< 50 ms"),
            ("  its core, a World (levels only) ÷ assess_world",
             f"{med(core):7.1f} ms", f"{med(full):7.1f} ms", median_ratio(core, full), ""),
        ]
    width = max(len(r[0]) for r in rows)
    print(f"  {'figure':<{width}}  {'measured':>10}  {'baseline':>10}  {'ratio':>7}  target")
    for label, a, b, ratio, target in rows:
        print(f"  {label:<{width}}  {a:>10}  {b:>10}  {ratio:6.2f}x  {target}")
    if recolour is None:
        print(f"  map recolour: the warm-app run failed ({failure})")


if __name__ == "__main__":
    main()
