"""Build hook: a wheel carries its bundled rulebook compiled, as it carries its code.

The rulebook under rules/ is read and checked in full (a broken rulebook fails the build) and
its compiled form (see travelrisk/language/compiled.py) is installed as the package's
``compiled/`` folder, so an installed program's first start, or one after its cache was
emptied, reads no rule file. Editable installs get none: their code changes under them.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompiledRulebook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        sys.path.insert(0, str(root / "src"))
        try:
            from travelrisk.language import compiled, loader

            self._out = Path(tempfile.mkdtemp(prefix="travelrisk-compiled-"))
            made = loader.build_shipped(root / "rules", self._out)
        finally:
            sys.path.remove(str(root / "src"))
        build_data["force_include"][str(made)] = f"travelrisk/{compiled.SHIPPED}/{made.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:  # the wheel holds its copy now
            shutil.rmtree(out, ignore_errors=True)
