"""Running the worked examples that live with each rule in ``rules/logic/``, and the
lawyer's checklist in ``rules/scenarios.toml``."""

from __future__ import annotations

from dataclasses import dataclass

from .core import assess
from ..model.levels import Level
from ..language.rulebook import Rulebook


@dataclass(frozen=True)
class RuleTestResult:
    rule_id: str  # the rule whose example this is ("scenario" for the checklist)
    name: str
    destination: str
    expected: Level
    got: Level
    problem: str | None = None  # what else is wrong (a ceiling, the rule that sets the level)

    @property
    def passed(self) -> bool:
        return self.expected == self.got and self.problem is None


def describe(r: RuleTestResult) -> str:
    """A failed example or scenario in one line."""
    got = f"got {r.got.value}" + (f"; {r.problem}" if r.problem else "")
    return f"{r.rule_id}: {r.name}: expected {r.expected.value}, {got}"


def failures(book: Rulebook) -> list[str]:
    """Every worked example and scenario that fails, in one line each (empty: all pass)."""
    return [describe(r) for r in run_rule_tests(book) if not r.passed]


def run_rule_tests(book: Rulebook) -> list[RuleTestResult]:
    """Every worked example, then every scenario."""
    out = []
    for rule in book.rules:
        for case in rule.tests:
            a = assess(case.profile, case.destination, on=case.on, rulebook=book, leg_kind=case.leg_kind)
            out.append(RuleTestResult(rule.id, case.name, case.destination, case.expect, a.level))
    return out + run_scenarios(book)


def run_scenarios(book: Rulebook) -> list[RuleTestResult]:
    out = []
    checklist = book.scenarios
    if checklist is None:
        return out
    for scenario in checklist.scenarios:
        for e in scenario.expect:
            a = assess(scenario.profile, e.to, on=scenario.on or checklist.on, rulebook=book)
            problem = None
            if e.ceiling is not None and a.ceiling is not e.ceiling:
                problem = f"ceiling {a.ceiling.value}, expected {e.ceiling.value}"
            setting = {f.rule_id for f in a.findings if f.level is a.level}
            if e.rule and e.rule not in setting:
                problem = f"the level is set by {sorted(setting) or 'no rule'}, not {e.rule}"
            missing = [r for r in e.shows if r not in {f.rule_id for f in a.findings}]
            if missing:
                problem = f"{', '.join(missing)} not among the findings"
            out.append(RuleTestResult("scenario", f"{scenario.name} -> {e.to}", e.to, e.level, a.level, problem))
    return out
