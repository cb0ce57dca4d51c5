"""The standalone build beside the pip-installed programs: start-up time and size on disk.

    python benchmarks/bench_build.py [--built dist/travelrisk] [--runs N]

Figures only: nothing here asserts. Target (issue #16): the built app's screenshot run no
slower than 1.5x the installed one's.

Each program runs as a person starts it, a fresh process timed from outside (wall clock),
``travelrisk-gui --screenshot`` with the sample profile (offscreen) and ``travelrisk check``.
The built (A) and the installed (B) runs alternate, A B A B ..., so that a machine busy for
a moment slows both alike; medians of ``--runs`` each. Each side has a home of its own, warmed
by one run first: an installed app has its bytecode compiled and its caches (the compiled
rulebook, the parsed world map) filled after its first start, and so has the built one.
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


def installed_gui() -> list[str]:
    script = Path(sys.executable).with_name("travelrisk-gui")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "travelrisk_gui.app"]


def installed_cli() -> list[str]:
    script = Path(sys.executable).with_name("travelrisk")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "travelrisk"]


def environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k != "LD_LIBRARY_PATH"}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    return env


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    took = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stderr}")
    return took


def files_size(folder: Path) -> tuple[int, int, int]:
    """(bytes in files, bytes on disk in blocks, number of files), symbolic links not followed."""
    size = blocks = count = 0
    for p in folder.rglob("*"):
        if p.is_file() and not p.is_symlink():
            st = p.stat()
            size += st.st_size
            blocks += st.st_blocks * 512
            count += 1
    return size, blocks, count


def compare(name: str, a: list[str], b: list[str], env_a, env_b, runs: int) -> None:
    timed(a, env_a)  # warm-up: caches filled, as after a first start
    timed(b, env_b)
    ta, tb = [], []
    for _ in range(runs):
        ta.append(timed(a, env_a))
        tb.append(timed(b, env_b))
    ma, mb = statistics.median(ta), statistics.median(tb)
    print(f"{name:<34} built {ma * 1000:7.0f} ms   installed {mb * 1000:7.0f} ms   ratio {ma / mb:5.2f}x"
          f"   (min {min(ta) * 1000:.0f} / {min(tb) * 1000:.0f} ms)")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--built", default=os.environ.get("TRAVELRISK_BUILT", str(ROOT / "dist" / "travelrisk")),
                   help="the built folder (default: $TRAVELRISK_BUILT or dist/travelrisk)")
    p.add_argument("--runs", type=int, default=7, help="timed runs of each, after one warm-up (default 7)")
    args = p.parse_args()
    built = Path(args.built).resolve()
    if not (built / "travelrisk-gui").is_file():
        sys.exit(f"no build in {built}: run packaging/build first")

    size, blocks, count = files_size(built)
    print(f"built folder {built}: {size / 1e6:.1f} MB in {count} files ({blocks / 1e6:.1f} MB on disk)")
    for archive in sorted(built.parent.glob("travelrisk-*.tar.gz")):
        print(f"archive {archive.name}: {archive.stat().st_size / 1e6:.1f} MB")
    internal = built / "_internal"
    parts = sorted(((files_size(d)[0] if d.is_dir() else d.stat().st_size, d.name)
                    for d in internal.iterdir() if not d.is_symlink()), reverse=True)[:6]
    print("largest in _internal: " + ", ".join(f"{n} {s / 1e6:.1f} MB" for s, n in parts))
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, {args.runs} runs each, A B A B, medians")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env_a, env_b = environment(tmp / "built"), environment(tmp / "installed")
        for home in (tmp / "built", tmp / "installed"):
            home.mkdir()
        shot = ["--screenshot", str(tmp / "shot.png"), "--profile", str(PROFILE)]
        compare("travelrisk-gui --screenshot", [str(built / "travelrisk-gui"), *shot], installed_gui() + shot,
                env_a, env_b, args.runs)
        check = ["check", "--profile", str(PROFILE), "--to", "RU"]
        compare("travelrisk check --to RU", [str(built / "travelrisk"), *check], installed_cli() + check,
                env_a, env_b, args.runs)
        shutil.rmtree(tmp, ignore_errors=True)
    print("target: the built screenshot run within 1.5x the installed one (issue #16)")


if __name__ == "__main__":
    main()
