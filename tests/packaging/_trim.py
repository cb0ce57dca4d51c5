"""packaging/trim.py (what the standalone build keeps and leaves out), loaded under a name of
its own for the packaging tests; they are skipped where there is no packaging/ (an sdist)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if not (REPO / "packaging" / "trim.py").is_file():  # an sdist carries no packaging/
    pytest.skip("no packaging/ folder here", allow_module_level=True)

_spec = importlib.util.spec_from_file_location("travelrisk_packaging_trim", REPO / "packaging" / "trim.py")
trim = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(trim)
