"""The base every travelrisk model shares: unknown fields are an error, never ignored."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    # defer_build: a schema is compiled on first validation, not at import, so a command
    # that reads a compiled rulebook never pays for the rulebook schemas at all.
    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)
