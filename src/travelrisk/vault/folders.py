"""Where travelrisk keeps things on disk: the folders it may write to, and the saved profiles
in one of them.

Listing the saved profiles needs none of the cryptography that writes and reads them
(:mod:`travelrisk.vault.storage`, which imports these names too): the app says in its first
window whether anything is saved, before a profile is ever opened.
"""

from __future__ import annotations

import re
from pathlib import Path

APP = "travelrisk"
SUFFIX = ".trp"
#: A saved profile's file name, without its suffix: a random id, so a name says nothing.
NAME = re.compile(r"^[0-9a-f]{32}$")


def data_folder() -> Path:
    """``platformdirs.user_data_dir("travelrisk")``: saved profiles and imported rulebooks."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP, appauthor=False))


def profiles_folder() -> Path:
    return data_folder() / "profiles"


def app_folders() -> list[Path]:
    """Every folder travelrisk may write to: data (profiles, imported rulebook), cache
    (the compiled public rulebook), config and state (for the app's own settings)."""
    import platformdirs

    found: list[Path] = []
    for fn in (
        platformdirs.user_data_dir,
        platformdirs.user_cache_dir,
        platformdirs.user_config_dir,
        platformdirs.user_state_dir,
    ):
        path = Path(fn(APP, appauthor=False))
        if path not in found:
            found.append(path)
    return found


def profile_files(folder: Path) -> list[Path]:
    """The saved profiles in ``folder``, sorted: files named as a store names them; nothing
    else there counts. An unreadable folder holds none."""
    try:
        return sorted(p for p in folder.glob(f"*{SUFFIX}") if NAME.match(p.stem) and p.is_file())
    except OSError:
        return []
