"""The built ``travelrisk`` program: what the ``travelrisk`` console script runs (pyproject.toml)."""

from travelrisk.cli import run

run()
