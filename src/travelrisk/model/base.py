"""The base every travelrisk model shares: unknown fields are an error, never ignored."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    # defer_build: a schema is compiled on first validation, not at import, so a command
    # that reads a compiled rulebook never pays for the rulebook schemas at all.
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
