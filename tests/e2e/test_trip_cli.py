"""``travelrisk trip`` as a user runs it: a real subprocess, real files, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
JOURNALIST = str(ROOT / "examples" / "journalist-by.json")  # Belarusian journalist on Russia's wanted list
MINI = ROOT / "tests" / "fixtures" / "mini"
ON = "2026-11-25"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "travelrisk", "trip", *args], capture_output=True, text=True, timeout=120
    )


def trip(legs: str, *more: str) -> subprocess.CompletedProcess:
    p = run("--profile", JOURNALIST, "--legs", legs, "--on", ON, *more)
    assert p.returncode == 0, p.stderr
    return p


def test_istanbul_and_moscow_transits_differ_and_the_moscow_leg_is_named_the_worst():
    istanbul = trip("LT>TR:transit>PL").stdout.splitlines()
    moscow = trip("LT>RU:transit>PL").stdout.splitlines()

    assert moscow[0].startswith("SEVERE") and "RU (transit)" in moscow[0]
    assert moscow[1].startswith("Worst leg: 2, ") and "(RU), transit" in moscow[1]
    assert "Changing planes in the state that lists you" in moscow[1]
    assert istanbul[0].startswith("HIGH") and "TR (transit)" in istanbul[0]  # below Moscow's SEVERE
    assert "(RU)" not in istanbul[1]
    # leg by leg, each with its level first and its findings
    legs = [line for line in moscow if line[:3] in ("1. ", "2. ", "3. ")]
    assert [line.split()[1] for line in legs] == ["ELEVATED", "SEVERE", "ELEVATED"]
    assert "◀ worst leg" in legs[1]
    text = "\n".join(moscow)
    assert "Sheremetyevo" in text and "Sources" in text and "[1] " in text
    assert text.rstrip().endswith("This is information, not legal advice.")


def test_json_gives_level_legs_and_worst_leg():
    data = json.loads(trip("LT>RU:transit>PL", "--json").stdout)
    assert {"level", "legs", "worst_leg"} <= set(data)
    assert data["level"] == "severe" and data["worst_leg"] == 1
    assert [(leg["destination"], leg["leg_kind"], leg["level"]) for leg in data["legs"]] == [
        ("LT", "departure", "elevated"), ("RU", "transit", "severe"), ("PL", "entry", "elevated"),
    ]


def test_per_leg_dates_override_on():
    data = json.loads(trip("LT>RU:transit@2026-12-01>GE@2026-12-02", "--json").stdout)
    assert [leg["as_of"] for leg in data["legs"]] == [ON, "2026-12-01", "2026-12-02"]


def test_detail_prints_every_leg_in_full():
    out = trip("LT>RU:transit>PL", "--detail").stdout
    assert out.count("in full") == 3
    assert "Open questions" in out or "Caveats" in out


@pytest.mark.parametrize(
    "legs, names",
    [
        ("LT>TR:trnsit>GE", ["leg 2", "TR:trnsit", "unknown kind"]),
        ("LT>XX>GE", ["leg 2", "'XX'", "ISO 3166-1"]),
        ("LT>TR:transit>GE@2026-02-30", ["leg 3", "GE@2026-02-30", "not a date"]),
        ("LT>>GE", ["leg 2", "empty"]),
    ],
)
def test_malformed_legs_exit_2_naming_the_flag_and_the_leg(legs, names):
    p = run("--profile", JOURNALIST, "--legs", legs, "--on", ON)
    assert p.returncode == 2
    assert p.stdout == ""
    assert p.stderr.startswith("travelrisk: --legs"), p.stderr
    for name in names:
        assert name in p.stderr, p.stderr


def test_missing_legs_is_a_usage_error():
    p = run("--profile", JOURNALIST)
    assert p.returncode == 2 and "--legs" in p.stderr


def test_a_broken_profile_exits_2_naming_the_flag(tmp_path):
    bad = tmp_path / "me.json"
    bad.write_text('{"citizenships": ["BY"], "nickname": "x"}')
    p = run("--profile", str(bad), "--legs", "LT>GE")
    assert p.returncode == 2 and "--profile" in p.stderr and "nickname" in p.stderr


def test_another_rulebook_folder_is_used(tmp_path):
    profile = tmp_path / "me.json"
    profile.write_text(json.dumps({"citizenships": ["BY"], "listings": [{"state": "BY", "kind": "wanted"}]}))
    p = run("--profile", str(profile), "--legs", "TR>KZ:transit", "--on", "2026-01-01", "--rules", str(MINI), "--json")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert data["legs"][0]["rulebook"]["version"] == "test-1"
    assert data["level"] == data["legs"][data["worst_leg"]]["level"]


def test_a_leg_you_enter_counts_its_entry_rules_and_a_transit_none(tmp_path):
    """The fixture's Türkiye has entry rules for Belarusian passports and for everyone: the
    summary counts them on the leg that enters it, not on one that changes planes there."""
    profile = tmp_path / "by.json"
    profile.write_text(json.dumps({"citizenships": ["BY"], "listings": [{"state": "BY", "kind": "wanted"}]}))

    def summary(legs: str) -> str:
        p = run("--profile", str(profile), "--legs", legs, "--on", "2026-01-01", "--rules", str(MINI))
        assert p.returncode == 0, p.stderr
        return p.stdout

    assert "! 2 entry rules for your passport (visas, documents, border); see --detail" in summary("KZ>TR")
    assert "entry rule" not in summary("KZ>TR:transit>KZ")
