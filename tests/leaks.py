"""A person built from values that appear nowhere in the fixture rulebook, and a check for
any of them in a text: whatever a redacted memo shows of them can only come from the profile.

Shared by the core, command-line and app tests of redaction.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DISTINCT_PROFILE: dict = json.loads((Path(__file__).parent / "fixtures" / "distinct-profile.json").read_text())

# Every spelling of the profile's states (ISO names and codes), and every other value it holds.
IDENTIFYING_WORDS = ["BY", "BLR", "RU", "RUS", "UY", "URY", "IS", "ISL"]  # whole words, case-sensitive
IDENTIFYING_TEXT = [
    "Belarus", "Russia", "Uruguay", "Iceland", "volunteer", "fighter", "donor", "interstate_wanted",
    "interstate wanted", "extremist", "suspected", "refugee_travel", "refugee travel", "subsidiary",
    "passport", "2031-07-19", "2029-02-17", "2022-09-13",
]


def leaks(text: str) -> list[str]:
    """The profile's identifying values found in ``text`` (an empty list: none)."""
    found = [w for w in IDENTIFYING_WORDS if re.search(rf"(?<![A-Za-z0-9]){w}(?![A-Za-z0-9])", text)]
    return found + [t for t in IDENTIFYING_TEXT if t.lower() in text.lower()]
