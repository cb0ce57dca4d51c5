"""The lawyer's checklist in scenarios.toml, against the bundled rulebook."""

import tomllib
from datetime import date
from pathlib import Path

import pytest

from travelrisk import Level, Profile, assess

DEFAULT_ON = date(2026, 11, 25)
SCENARIOS = tomllib.loads((Path(__file__).parent / "scenarios.toml").read_text())["scenario"]
CASES = [(s, e) for s in SCENARIOS for e in s["expect"]]


def test_the_checklist_is_large_enough():
    assert len(SCENARIOS) >= 25
    assert all(e.get("because") for _, e in CASES)


@pytest.mark.parametrize("scenario, expect", CASES, ids=[f"{s['name']} -> {e['to']}" for s, e in CASES])
def test_scenario(book, scenario, expect):
    profile = Profile.model_validate(scenario["profile"])
    a = assess(profile, expect["to"], on=scenario.get("on", DEFAULT_ON), rulebook=book)
    found = "\n".join(f"  {f.level} {f.rule_id}: {f.text}" for f in a.findings)
    assert a.level is Level(expect["level"]), f"{expect['because']}\n{found}"
    if "rule" in expect:
        setting = [f.rule_id for f in a.findings if f.level is a.level]
        assert expect["rule"] in setting, f"expected {expect['rule']} among {setting}\n{found}"
        assert all(s.title for f in a.findings if f.rule_id == expect["rule"] for s in f.sources)
    for rule_id in expect.get("shows", []):
        assert rule_id in {f.rule_id for f in a.findings}, f"{rule_id} not among the findings\n{found}"
