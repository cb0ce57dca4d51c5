"""Where an imported rulebook lives, and whether a folder is it: what every load of a rulebook
asks, without the pack machinery (signatures, zip archives) that only an import, or a load of
the imported rulebook, needs (see :mod:`travelrisk.vault.rulepack`).

An imported rulebook lives in ``<user data folder>/rulebook/``: ``rules/`` (the files) and
``pack.trpack`` (the pack as it was imported).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

PACK_FILE = "pack.trpack"  # the imported pack, kept beside its files: trust is checked from it


def installed_folder() -> Path:
    """``<user data folder>/rulebook`` (the same folder as ``storage.data_folder()``)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("travelrisk", appauthor=False)) / "rulebook"


def installed_rules_path() -> Path | None:
    """The imported rulebook's folder, if one is installed."""
    folder = installed_folder()
    rules = folder / "rules"
    if (folder / PACK_FILE).is_file() and (rules / "rulebook.toml").is_file():
        return rules
    return None


def is_installed(root: str | Path) -> bool:
    """Is ``root`` the imported rulebook's folder (whether or not one is installed now)?"""
    try:
        return Path(root).resolve() == (installed_folder() / "rules").resolve()
    except OSError:
        return False


def reviewed_of(root: Path) -> date | None:
    """The review date in ``root/rulebook.toml``; None if it cannot be read."""
    import tomllib

    try:
        with (root / "rulebook.toml").open("rb") as fh:
            return date.fromisoformat(str(tomllib.load(fh)["reviewed"]))
    except (OSError, KeyError, ValueError, tomllib.TOMLDecodeError):
        return None
