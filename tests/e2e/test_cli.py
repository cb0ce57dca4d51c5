"""The command line as a user runs it: a real subprocess, real files."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

MINI = Path(__file__).parents[1] / "fixtures" / "mini"


def run(*args, check=None):
    p = subprocess.run([sys.executable, "-m", "travelrisk", *args], capture_output=True, text=True, timeout=120)
    if check is not None:
        assert p.returncode == check, p.stderr
    return p


@pytest.fixture
def profile(tmp_path):
    path = tmp_path / "me.json"
    path.write_text(json.dumps({"citizenships": ["BY"], "listings": [{"state": "BY", "kind": "wanted"}]}))
    return path


def test_profile_new_is_a_valid_empty_profile(tmp_path):
    out = run("profile", "new", check=0).stdout
    data = json.loads(out)
    assert set(data) == {"citizenships", "residence", "exposure", "listings", "documents", "protections"}
    example = json.loads(run("profile", "new", "--example", check=0).stdout)
    assert example["listings"]


def test_check_prints_level_first_then_findings_with_sources(profile):
    p = run("check", "--profile", str(profile), "--to", "kz", "--on", "2026-01-01", "--rules", str(MINI), check=0)
    first = p.stdout.splitlines()[0]
    assert first.startswith("SEVERE") and "Kazakhstan (KZ)" in first
    assert "Findings" in p.stdout and "Sources" in p.stdout
    assert "[1] Fixture" in p.stdout


@pytest.mark.parametrize("typed", ["Kazakhstan", "kazakhstan", "Казахстан", "KAZ"])
def test_check_takes_a_destination_by_name(profile, typed):
    p = run("check", "--profile", str(profile), "--to", typed, "--on", "2026-01-01", "--rules", str(MINI), check=0)
    assert p.stdout.splitlines()[0].startswith("SEVERE") and "Kazakhstan (KZ)" in p.stdout.splitlines()[0]


def test_report_counts_a_destination_named_twice_once(profile):
    out = run("report", "--profile", str(profile), "--to", "KZ", "--to", "Kazakhstan", "--format", "json",
              "--on", "2026-01-01", "--rules", str(MINI), check=0).stdout
    assert [s["destination"] for s in json.loads(out)["sections"]] == ["KZ"]


def test_check_json_carries_every_assessment_field(profile):
    out = run("check", "--profile", str(profile), "--to", "KZ", "--on", "2026-01-01", "--rules", str(MINI), "--json", check=0).stdout
    data = json.loads(out)
    assert set(data) >= {"destination", "as_of", "level", "requesters", "findings", "caveats", "rulebook"}
    assert data["level"] == "severe"
    assert data["rulebook"]["version"] == "test-1"
    assert data["findings"][0]["sources"][0]["title"]


def test_world_json_answers_every_country(profile):
    import pycountry

    out = run("world", "--profile", str(profile), "--rules", str(MINI), "--json", "--on", "2026-01-01", check=0).stdout
    data = json.loads(out)
    assert set(data) == {c.alpha_2 for c in pycountry.countries}
    assert data["FR"]["level"] == "unknown"


@pytest.mark.parametrize(
    "args, needle",
    [
        (["check", "--to", "KZ"], "--profile"),
        (["check", "--profile", "PROFILE", "--to", "XX"], "--to"),
        (["check", "--profile", "PROFILE", "--to", "Atlantis"], "--to 'Atlantis' is not a country"),
        (["check", "--profile", "PROFILE", "--to", "KZ", "--on", "tomorrow"], "--on"),
        (["check", "--profile", "MISSING", "--to", "KZ"], "--profile"),
        (["check", "--profile", "BADFIELD", "--to", "KZ"], "listings[0].kind"),
    ],
)
def test_bad_input_exits_2_naming_the_flag_or_field(tmp_path, profile, args, needle):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"listings": [{"state": "BY", "kind": "blacklisted"}]}))
    subst = {"PROFILE": str(profile), "MISSING": str(tmp_path / "nope.json"), "BADFIELD": str(bad)}
    p = run(*[subst.get(a, a) for a in args], "--rules", str(MINI))
    assert p.returncode == 2, p.stderr
    assert needle in p.stderr
    assert p.stdout == ""


def test_rules_validate_lists_every_mistake_and_exits_2(tmp_path):
    import shutil

    root = tmp_path / "rules"
    shutil.copytree(MINI, root)
    kz = root / "countries" / "kz.toml"
    kz.write_text(kz.read_text().replace('requester = "BY"', 'requester = "XX"'))
    rule = root / "logic" / "pact-listed.toml"
    rule.write_text(rule.read_text().replace("{destination_name}", "{where}"))
    p = run("rules", "validate", str(root))
    assert p.returncode == 2
    assert "rules/countries/kz.toml: precedents[0].requester:" in p.stderr
    assert "rules/logic/pact-listed.toml: text: unknown placeholder {where}" in p.stderr


def test_rules_validate_and_test_pass_on_the_fixture():
    assert "ok:" in run("rules", "validate", str(MINI), check=0).stderr
    assert "5 passed, 0 failed" in run("rules", "test", str(MINI), check=0).stderr


def test_bundled_rulebook_validates():
    p = run("rules", "validate", check=0)
    assert "ok:" in p.stderr


def test_rules_info_names_version_hash_and_trust():
    out = run("rules", "info", str(MINI), check=0).stdout
    assert "version test-1" in out and "reviewed 2026-01-01" in out
    assert re.search(r"sha256 [0-9a-f]{64}", out)
    assert "trust not an imported pack" in out
