"""Running the worked examples that live with each rule in ``rules/logic/``."""

from __future__ import annotations

from dataclasses import dataclass

from .engine import assess
from .levels import Level
from .rulebook import Rulebook


@dataclass(frozen=True)
class RuleTestResult:
    rule_id: str
    name: str
    destination: str
    expected: Level
    got: Level

    @property
    def passed(self) -> bool:
        return self.expected == self.got


def run_rule_tests(book: Rulebook) -> list[RuleTestResult]:
    out = []
    for rule in book.rules:
        for case in rule.tests:
            a = assess(case.profile, case.destination, on=case.on, rulebook=book, leg_kind=case.leg_kind)
            out.append(RuleTestResult(rule.id, case.name, case.destination, case.expect, a.level))
    return out
