"""Every worked example in rules/logic/ runs here: the profile, destination and date it
names must give the level it expects, under the whole bundled rulebook."""

import tomllib

import pytest

from travelrisk import assess, load_rulebook
from travelrisk.language.loader import bundled_rules_path

# Read at collection, before the fixtures that isolate the user's folders exist: so the
# bundled folder by path (never an imported pack) and no compiled copy written to a cache.
BOOK = load_rulebook(bundled_rules_path(), use_cache=False)
CASES = [(rule, case) for rule in BOOK.rules for case in rule.tests]


@pytest.mark.parametrize("rule, case", CASES, ids=[f"{r.id}: {c.name}" for r, c in CASES])
def test_rule_case(rule, case):
    a = assess(case.profile, case.destination, on=case.on, rulebook=BOOK, leg_kind=case.leg_kind)
    why = "\n".join(f"  {f.level} {f.rule_id}: {f.text}" for f in a.findings)
    assert a.level == case.expect, f"{case.destination} on {case.on}: got {a.level.value}\n{why}"


@pytest.mark.parametrize("rule", BOOK.rules, ids=[r.id for r in BOOK.rules])
def test_rule_fires_in_its_own_examples(rule):
    """A rule's examples must exercise it: at least one of them makes it a finding."""
    fired = False
    for case in rule.tests:
        a = assess(case.profile, case.destination, on=case.on, rulebook=BOOK, leg_kind=case.leg_kind)
        fired |= any(f.rule_id == rule.id for f in a.findings)
    assert fired, f"none of {rule.id}'s examples triggers it"


def _precedent_conditions(node):
    """Every ``precedent`` condition in a rule's ``[when]`` table, however deeply nested."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "precedent" and isinstance(value, dict):
                yield value
            else:
                yield from _precedent_conditions(value)
    elif isinstance(node, list):
        for item in node:
            yield from _precedent_conditions(item)


def test_a_handover_of_unknown_legal_form_counts_wherever_a_handover_does():
    """A precedent the sources record only as "handed over" (``handed_over``: no legal form
    given) must weigh in every rule that counts extraditions, never be skipped because the
    rulebook will not guess whether it was an extradition or a deportation."""
    checked = 0
    for path in sorted((bundled_rules_path() / "logic").glob("*.toml")):
        when = tomllib.loads(path.read_text(encoding="utf-8")).get("when", {})
        for condition in _precedent_conditions(when):
            outcomes = condition.get("outcomes", [])
            if "extradited" in outcomes:
                checked += 1
                assert "handed_over" in outcomes, f"{path.name}: counts extraditions but not handed_over"
    assert checked >= 6  # the handed-over rules
