"""ISO 3166-1 alpha-2 country codes and names, from pycountry.

The table is built on first use only, from pycountry's ISO 3166-1 file (read directly: importing
pycountry costs some 70 ms); a compiled rulebook can prime the table so a command that has one
never reads even that.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

_names: dict[str, str] | None = None


def _table() -> dict[str, str]:
    global _names
    if _names is None:
        _names = _from_database()
        if _names is None:
            import pycountry

            _names = {
                c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries
            }
    return _names


def _from_database() -> dict[str, str] | None:
    """The same table from pycountry's own ISO 3166-1 file, read without importing pycountry:
    its import asks ``importlib.metadata`` for its version, which scans every installed
    package (some 60 ms, a tenth of reading a rulebook from its files). None if the file is
    not where pycountry keeps it; then pycountry is asked."""
    import json  # deferred, for start-up time: a primed table (the usual case) reads no file
    from importlib.util import find_spec

    spec = find_spec("pycountry")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        try:
            with open(os.path.join(folder, "databases", "iso3166-1.json"), "rb") as fh:
                entries = json.load(fh)["3166-1"]
            return {e["alpha_2"]: e.get("common_name") or e["name"] for e in entries}
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return None


def prime(table: dict[str, str]) -> None:
    """Use an already built code-to-name table (from a compiled rulebook)."""
    global _names
    if _names is None:
        _names = dict(table)


def table() -> dict[str, str]:
    """Every ISO 3166-1 alpha-2 code with its English short name."""
    return _table()


def all_codes() -> list[str]:
    """Every ISO 3166-1 alpha-2 code, sorted."""
    return sorted(_table())


def is_code(code: str) -> bool:
    return code in _table()


def name(code: str) -> str:
    """The country's English short name; the code itself if it is not an ISO code."""
    return _table().get(code, code)



def _check(code: str) -> str:
    if not isinstance(code, str) or len(code) != 2 or not code.isupper() or not is_code(code):
        raise ValueError("not a country: give its ISO 3166-1 alpha-2 code (e.g. BY) or its name (e.g. Belarus)")
    return code


def __getattr__(attr: str) -> Any:
    # ``CountryCode`` is built on first use, so that the code-to-name table can be read
    # without importing pydantic (the desktop app draws its first window that way).
    if attr == "CountryCode":
        global CountryCode
        from typing import Annotated

        from pydantic import AfterValidator

        CountryCode = Annotated[str, AfterValidator(_check)]
        return CountryCode
    raise AttributeError(f"module {__name__!r} has no attribute {attr!r}")


if TYPE_CHECKING:
    from typing import Annotated

    from pydantic import AfterValidator

    CountryCode = Annotated[str, AfterValidator(_check)]
    """A validated ISO 3166-1 alpha-2 code such as ``"BY"``."""
