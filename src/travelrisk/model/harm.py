"""What kind of harm a finding risks (``rules/harms.toml``): a lawyer advises differently on
a week in detention than on a handover, so findings are grouped by it."""

# No ``from __future__ import annotations``: annotations written as objects spare pydantic
# parsing each one from a string when the class is defined (see model/base.py).

from pydantic import Field

from .base import Model


class Harm(Model):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    text: str = Field(min_length=1)


class Harms(Model):
    """``rules/harms.toml``: the fixed list, in the order findings are grouped."""

    harms: list[Harm] = Field(min_length=1, alias="harm")

    def by_id(self) -> dict[str, Harm]:
        return {h.id: h for h in self.harms}
