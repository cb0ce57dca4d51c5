"""The base every travelrisk model shares: unknown fields are an error, never ignored."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    # defer_build: a schema is compiled on first validation, not at import, so a command
    # that reads a compiled rulebook never pays for the rulebook schemas at all.
    # The modules that define the models a command needs at start-up do without
    # ``from __future__ import annotations``: pydantic evaluates a string annotation by
    # compiling it, about a third of the cost of defining a model (some 3 ms for the
    # conditions alone). Their annotations must then name what is defined before them, or
    # be quoted.
    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)


M = TypeVar("M", bound=Model)


def build(cls: type[M], **values: Any) -> M:
    """Make a model from values the engine itself computed, skipping validation.

    Like ``model_construct`` but without its per-field default handling, which dominates
    the cost of an all-countries assessment; every field must be given."""
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", set(values))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


def field_path(loc: Iterable[Any]) -> str:
    """``('precedents', 2, 'date')`` -> ``precedents[2].date``; union tags are folded away."""
    parts = list(loc)
    # A research record's answers sit directly under [research.XX] in TOML.
    parts = [p for i, p in enumerate(parts) if not (p == "answers" and i >= 2 and parts[i - 2] == "research")]
    out = ""
    for i, part in enumerate(parts):
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        if i + 1 < len(parts) and parts[i + 1] == part:
            continue  # a discriminated-union tag followed by the same key
        if part == "not_":
            part = "not"
        out += ("." if out else "") + str(part)
    return out
