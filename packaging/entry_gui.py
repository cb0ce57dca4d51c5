"""The built ``travelrisk-gui`` program: what the ``travelrisk-gui`` console script runs (pyproject.toml)."""

import sys

from travelrisk_gui.app import main

sys.exit(main())
