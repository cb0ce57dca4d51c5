"""What is wrong with a rulebook: each problem with its file and field, and the error that
lists them all."""

from __future__ import annotations

from dataclasses import dataclass

@dataclass(frozen=True)
class Problem:
    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}" if self.field else f"{self.file}: {self.message}"


class RulebookError(Exception):
    """A rulebook that cannot be used; ``problems`` lists every mistake found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(
            f"{len(problems)} problem(s) in the rulebook:\n" + "\n".join(str(p) for p in problems)
        )
