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

    # A compact pickled state: the compiled rulebook holds thousands of models, and
    # pydantic's own state (a dict of four, the set of fields given among them) costs a
    # cold command time to restore, and memory. Here: the fields alone when every one was
    # given (the usual case), else the fields and the names given; pydantic's state where a
    # model has private attributes. Models restored with every field given share one set of
    # given names per list of fields: pydantic only ever adds a field's name to that set
    # (when the field is assigned), and it holds every name already.
    def __getstate__(self) -> Any:
        if self.__pydantic_private__:
            return super().__getstate__()
        fields, given = self.__dict__, self.__pydantic_fields_set__
        return fields if len(given) == len(fields) else (fields, given)

    def __setstate__(self, state: Any) -> None:
        if type(state) is tuple:
            fields, given = state
        elif "__dict__" in state:  # pydantic's own (no field's name starts with "_")
            super().__setstate__(state)
            return
        else:
            fields = state
            names = tuple(state)
            given = _ALL_GIVEN.get(names)
            if given is None:
                given = _ALL_GIVEN[names] = set(names)
        _set(self, "__dict__", fields)
        _set(self, "__pydantic_fields_set__", given)
        _set(self, "__pydantic_extra__", None)
        _set(self, "__pydantic_private__", None)


M = TypeVar("M", bound=Model)
_set = object.__setattr__
_ALL_GIVEN: dict[tuple[str, ...], set[str]] = {}  # see Model.__setstate__


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
