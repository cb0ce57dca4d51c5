"""Core speed: the core rows of issue #15's table, each beside the baseline it is judged by.

    python benchmarks/bench_core.py [--runs N] [--rounds N] [--rules DIR]

Figures only: nothing here asserts. Every figure is measured in alternating turns with its
baseline (A B A B ..., or one turn of each contender per round in one process), and each
ratio is the median of the ratios of the turns taken side by side, so a noisy, shared machine
slows both alike. Targets (issue #15):

- ``assess_world``, example profile, warm: < 20 ms (then 5 ms); ``world_levels`` beside it;
- ``assess_world``, a heavy profile (3 citizenships, 6 listings, all exposures): < 40 ms;
- cold ``travelrisk check --json`` ÷ cold ``python -c "from pydantic import BaseModel"``:
  <= 1.5x with the compiled-rulebook cache warm, <= 2.5x with it cleared. Printed beside it,
  the edges alone: a process that only imports the profile and assessment models, validates
  the sample profile and builds the assessment model's schema (which printing one needs), with
  no rulebook and no engine: the floor of any design that keeps pydantic at those edges; and
  below it, one trivial pydantic model validated once: the least any command that validates
  its input with pydantic costs against that baseline (defining a first model imports what
  the bare ``BaseModel`` import leaves out).

The in-process figures are in milliseconds, so their baseline is a fixed pure-Python
workload timed in the same rounds: its ratio says how the figure would read on a machine that
is not busy. Cold processes get their own cache folders (XDG_CACHE_HOME under a temporary
folder): the user's compiled rulebook is neither read nor touched. Bytecode is compiled once
into a temporary folder (PYTHONPYCACHEPREFIX), as an installed program has it.
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

#: 3 citizenships, 6 listings, every exposure (the same person as tests/core/test_world_levels.py).
HEAVY = json.loads((ROOT / "tests" / "fixtures" / "heavy-profile.json").read_text())  # 3 citizenships, 6 listings, all exposures

# One warm process: every contender once per round, in a fixed order; prints the times (ms)
# as JSON, one list per contender.
IN_PROCESS = """
import json, sys, time
from travelrisk import Profile, assess_world, load_rulebook, world_levels
book = load_rulebook({rules!r})
example = Profile.model_validate(json.load(open({profile!r})))
heavy = Profile.model_validate({heavy!r})

def reference():
    # A fixed pure-Python workload (small dicts, tuples, sorting): the machine's speed now.
    d = {{}}
    for i in range(20000):
        d[(i % 997, str(i))] = i
    return sorted(d, key=lambda k: k[1])

contenders = {{
    "reference": reference,
    "assess_world example": lambda: assess_world(example, rulebook=book),
    "world_levels example": lambda: world_levels(example, rulebook=book),
    "assess_world heavy": lambda: assess_world(heavy, rulebook=book),
    "world_levels heavy": lambda: world_levels(heavy, rulebook=book),
}}
first = {{}}
for name, run in contenders.items():  # the first call fills the caches: timed, then warm
    t = time.perf_counter(); run(); first[name] = (time.perf_counter() - t) * 1000
times = {{name: [] for name in contenders}}
for _ in range({rounds}):
    for name, run in contenders.items():
        t = time.perf_counter(); run(); times[name].append((time.perf_counter() - t) * 1000)
print(json.dumps({{"first": first, "times": times}}))
"""


# The edges alone: pydantic's share of ``check --json`` that no rulebook format can remove
# (with pydantic's plugin scan switched off, as the ``travelrisk`` program does).
EDGES = """
import json, sys
from travelrisk import plugins
plugins.disable()
from travelrisk.model.assessment import Assessment
from travelrisk.model.profile import Profile
Profile.model_validate(json.load(open({profile!r}, encoding="utf-8")))
Assessment.model_rebuild(force=True)  # its schema, which printing one needs, and nothing more
"""


# Any use of pydantic at all: one model of one field, validated once (plugin scan off as above).
# Defining a first model imports what ``from pydantic import BaseModel`` leaves out (pydantic's
# field and type modules, its validator machinery), so this is the least any command that
# validates its input with pydantic can cost against that baseline.
TRIVIAL = """
from travelrisk import plugins
plugins.disable()
from pydantic import BaseModel
class One(BaseModel):
    x: int = 0
One(x=1)
"""


def environment(tmp: Path, cache: str) -> dict[str, str]:
    """A fresh process's environment: its own caches and folders, bytecode kept in ``tmp``."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state")):
        env[var] = str(tmp / sub)
    env["XDG_CACHE_HOME"] = cache
    env["LANG"] = "C.UTF-8"
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(var, None)
    return env


def timed(cmd: list[str], env: dict[str, str]) -> float:
    """Wall time of one fresh process, in milliseconds."""
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - t) * 1000


def alternate(a, b, runs: int) -> tuple[float, float, float]:
    """``a`` and ``b`` (callables giving ms) in turns, A B A B ...: the median of each and the
    median of the ratios of the turns taken side by side."""
    pairs = [(a(), b()) for _ in range(runs)]
    return (statistics.median(x for x, _ in pairs), statistics.median(y for _, y in pairs),
            statistics.median(x / y for x, y in pairs))


def paired(times: dict[str, list[float]], a: str, b: str) -> tuple[float, float, float]:
    xs, ys = times[a], times[b]
    return statistics.median(xs), statistics.median(ys), statistics.median(x / y for x, y in zip(xs, ys))


def shipped_note() -> str:
    """Whether the travelrisk measured ships its bundled rulebook compiled: an installed wheel
    does (README's install), a source checkout does not, so its cleared-cache row reads and
    validates every file."""
    from travelrisk.language import compiled

    folder = Path(compiled.__file__).resolve().parents[1] / compiled.SHIPPED
    if any(folder.glob("rulebook-*.pickle")):
        return "a built package, with the bundled rulebook shipped compiled"
    return ("a source checkout, which ships no compiled rulebook: with the cache cleared every file is "
            "read and validated (an installed wheel starts from its shipped copy)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15, help="pairs of cold processes per row (default 15)")
    ap.add_argument("--rounds", type=int, default=41, help="rounds in the warm process (default 41)")
    ap.add_argument("--rules", help="rulebook folder (default: the bundled one)")
    args = ap.parse_args()
    py = sys.executable
    tmp = Path(tempfile.mkdtemp(prefix="travelrisk-bench-"))
    try:
        warm = environment(tmp, str(tmp / "cache"))
        script = shutil.which("travelrisk")
        check = ([script] if script else [py, "-m", "travelrisk"]) + [
            "check", "--json", "--profile", str(PROFILE), "--to", "KZ"]
        if args.rules:
            check += ["--rules", args.rules]
        floor = [py, "-c", "from pydantic import BaseModel"]
        # Warm-up, outside the timings: bytecode, the OS file cache, the compiled rulebook.
        for cmd in (check, floor):
            subprocess.run(cmd, check=True, env=warm, stdout=subprocess.DEVNULL)
        edges = [py, "-c", EDGES.format(profile=str(PROFILE))]
        subprocess.run(edges, check=True, env=warm, stdout=subprocess.DEVNULL)

        out = subprocess.run(
            [py, "-c", IN_PROCESS.format(rules=args.rules, profile=str(PROFILE), heavy=HEAVY, rounds=args.rounds)],
            check=True, env=warm, capture_output=True, text=True)
        measured = json.loads(out.stdout)
        times, first = measured["times"], measured["first"]

        check_warm = alternate(lambda: timed(check, warm), lambda: timed(floor, warm), args.runs)
        edges_only = alternate(lambda: timed(edges, warm), lambda: timed(floor, warm), args.runs)
        trivial = [py, "-c", TRIVIAL]
        subprocess.run(trivial, check=True, env=warm, stdout=subprocess.DEVNULL)
        any_model = alternate(lambda: timed(trivial, warm), lambda: timed(floor, warm), args.runs)
        fresh = iter(range(10**6))

        def cleared() -> float:
            # A new, empty cache folder each time: the rulebook is read, validated, compiled.
            return timed(check, environment(tmp, str(tmp / f"cold-cache-{next(fresh)}")))

        check_cold = alternate(cleared, lambda: timed(floor, warm), args.runs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    ref = "reference"
    rows = [
        ("assess_world, example profile, warm", "ms", paired(times, "assess_world example", ref),
         "reference", "< 20 ms (then 5 ms)"),
        ("world_levels, example profile, warm", "ms", paired(times, "world_levels example", "assess_world example"),
         "assess_world", "(feeds the map and the glance)"),
        ("assess_world, heavy profile, warm", "ms", paired(times, "assess_world heavy", ref),
         "reference", "< 40 ms"),
        ("world_levels, heavy profile, warm", "ms", paired(times, "world_levels heavy", "assess_world heavy"),
         "assess_world", ""),
        ("cold `travelrisk check --json`, cache warm", "ms", check_warm, "pydantic", "<= 1.5x"),
        ("  its floor: profile and assessment models alone", "ms", edges_only, "pydantic", "(no rulebook, no engine)"),
        ("  and any pydantic model: one field, validated once", "ms", any_model, "pydantic", "(the least a validating command costs)"),
        ("cold `travelrisk check --json`, cache cleared", "ms", check_cold, "pydantic", "<= 2.5x"),
    ]
    print(f"travelrisk core benchmark: {args.rounds} warm rounds, {args.runs} cold pairs, medians; "
          f"rulebook: {args.rules or 'bundled'}; {Path(py).name} {sys.version.split()[0]}")
    print("baselines: reference = a fixed pure-Python workload in the same rounds; "
          "pydantic = cold `python -c \"from pydantic import BaseModel\"`")
    print(f"install: {shipped_note()}")
    width = max(len(r[0]) for r in rows)
    print(f"  {'figure':<{width}}  {'measured':>10}  {'baseline':>21}  {'ratio':>7}  target")
    for label, unit, (a, b, ratio), base, target in rows:
        print(f"  {label:<{width}}  {a:7.1f} {unit}  {base:>12} {b:5.1f} ms  {ratio:6.2f}x  {target}")
    print("first calls in a fresh process, in this order (each fills caches the next may use): " + ", ".join(
        f"{name} {ms:.0f} ms" for name, ms in first.items() if name != ref))
    sys.stdout.flush()
    json.dump({label: {"ms": round(a, 2), "baseline_ms": round(b, 2), "ratio": round(r, 3)}
               for label, _, (a, b, r), _, _ in rows}, sys.stderr)
    print(file=sys.stderr)


if __name__ == "__main__":
    main()
