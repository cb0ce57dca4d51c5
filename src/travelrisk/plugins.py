"""travelrisk's programs load no pydantic plugins.

A pydantic plugin (an observability SDK, say) sees every object validated, and here that
means a person's profile. ``PYDANTIC_DISABLE_PLUGINS`` is pydantic's own switch; putting an
empty loader in place as well spares the scan of every installed package's entry points
(``importlib.metadata``), which pydantic would otherwise run at the first validation and
which costs a cold command about a tenth of its time. Library users keep pydantic's
behaviour: only the ``travelrisk`` and ``travelrisk-gui`` programs call this.
"""

from __future__ import annotations

import os
import sys
import types

_LOADER = "pydantic.plugin._loader"


def disable() -> None:
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    if _LOADER not in sys.modules:
        empty = types.ModuleType(_LOADER)
        empty.get_plugins = lambda: ()  # type: ignore[attr-defined]
        sys.modules[_LOADER] = empty
