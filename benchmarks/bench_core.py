"""Core speed, printed beside the floor of any pydantic program, measured in the same run.

    python benchmarks/bench_core.py [--runs N]

Figures only: nothing here asserts. Targets (issue #2): a cold `travelrisk check` within
2x a cold `python -c "from pydantic import BaseModel"`; `assess_world` under 20 ms.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "examples" / "journalist-by.json"


def cold(cmd: list[str], runs: int) -> float:
    """Median wall time of a fresh process, in milliseconds."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def in_process(snippet: str, runs: int) -> float:
    """Median of a figure (ms) a fresh interpreter measures about itself."""
    out = []
    for _ in range(runs):
        res = subprocess.run([sys.executable, "-c", snippet], check=True, capture_output=True, text=True)
        out.append(float(res.stdout.strip()))
    return statistics.median(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--rules", help="rulebook folder (default: the bundled one)")
    args = ap.parse_args()
    n = args.runs
    rules = repr(args.rules)
    py = sys.executable
    script = shutil.which("travelrisk")
    check_cmd = [script] if script else [py, "-m", "travelrisk"]
    check_cmd += ["check", "--profile", str(PROFILE), "--to", "KZ"]
    if args.rules:
        check_cmd += ["--rules", args.rules]

    # Warm the OS file cache (and any compiled-rulebook cache) once, outside the timings.
    subprocess.run(check_cmd, check=True, stdout=subprocess.DEVNULL)

    def in_process_rules(snippet: str) -> float:
        return in_process(snippet.replace("RULES", rules), n)

    floor = cold([py, "-c", "from pydantic import BaseModel"], n)
    bare = cold([py, "-c", "pass"], n)
    imp = cold([py, "-c", "import travelrisk"], n)
    load = in_process_rules(
        "import time; t=time.perf_counter(); from travelrisk import load_rulebook; load_rulebook(RULES); "
        "print((time.perf_counter()-t)*1000)",
    )
    world = in_process_rules(
        "import time, json; from travelrisk import load_rulebook, assess_world, Profile; b=load_rulebook(RULES); "
        f"p=Profile.model_validate(json.load(open({str(PROFILE)!r}))); assess_world(p, rulebook=b); "
        "ts=[]\n"
        "for _ in range(15):\n"
        "    t=time.perf_counter(); assess_world(p, rulebook=b); ts.append((time.perf_counter()-t)*1000)\n"
        "import statistics; print(statistics.median(ts))",
    )
    first_world = in_process_rules(
        "import time, json; from travelrisk import load_rulebook, assess_world, Profile; b=load_rulebook(RULES); "
        f"p=Profile.model_validate(json.load(open({str(PROFILE)!r}))); "
        "t=time.perf_counter(); assess_world(p, rulebook=b); print((time.perf_counter()-t)*1000)",
    )
    check = cold(check_cmd, n)

    rows = [
        ("python -c pass (interpreter alone)", bare),
        ('python -c "from pydantic import BaseModel" (floor)', floor),
        ("python -c 'import travelrisk'", imp),
        ("load_rulebook() in a fresh process", load),
        ("assess_world, first call (fills memo caches)", first_world),
        ("assess_world, warm (median of 15)", world),
        ("cold `travelrisk check --to KZ` process", check),
    ]
    print(f"travelrisk core benchmark, median of {n} runs, {Path(py).name} {sys.version.split()[0]}")
    for label, ms in rows:
        print(f"  {label:52} {ms:8.1f} ms")
    print(f"  cold check / pydantic floor: {check / floor:.2f}x (target <= 2x)")
    print(f"  assess_world warm: {world:.1f} ms (target < 20 ms)")
    json.dump({label: round(ms, 2) for label, ms in rows}, sys.stderr)
    print(file=sys.stderr)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory():
        main()
