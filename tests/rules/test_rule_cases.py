"""Every worked example in rules/logic/ runs here: the profile, destination and date it
names must give the level it expects, under the whole bundled rulebook."""

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
