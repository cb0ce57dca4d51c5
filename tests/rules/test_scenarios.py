"""The lawyer's checklist in rules/scenarios.toml, against the bundled rulebook."""

import pytest

from travelrisk import Level, assess, load_rulebook
from travelrisk.language.loader import bundled_rules_path

# Read at collection (see test_rule_cases.py): the bundled folder, no compiled copy written.
CHECKLIST = load_rulebook(bundled_rules_path(), use_cache=False).scenarios
CASES = [(s, e) for s in CHECKLIST.scenarios for e in s.expect]


def test_the_checklist_is_large_enough():
    assert len(CHECKLIST.scenarios) >= 25
    assert all(e.because for _, e in CASES)


@pytest.mark.parametrize("scenario, expect", CASES, ids=[f"{s.name} -> {e.to}" for s, e in CASES])
def test_scenario(book, scenario, expect):
    a = assess(scenario.profile, expect.to, on=scenario.on or CHECKLIST.on, rulebook=book)
    found = "\n".join(f"  {f.level} {f.rule_id}: {f.text}" for f in a.findings)
    questions = "\n".join(f"  ? {c.text}" for c in a.open_questions)
    assert a.level is expect.level, f"{expect.because}\n{found}"
    if expect.ceiling is not None:
        assert a.ceiling is expect.ceiling, f"ceiling: {expect.because}\n{questions}"
    if expect.rule:
        setting = [f.rule_id for f in a.findings if f.level is a.level]
        assert expect.rule in setting, f"expected {expect.rule} among {setting}\n{found}"
        assert all(s.title for f in a.findings if f.rule_id == expect.rule for s in f.sources)
    for rule_id in expect.shows:
        assert rule_id in {f.rule_id for f in a.findings}, f"{rule_id} not among the findings\n{found}"
