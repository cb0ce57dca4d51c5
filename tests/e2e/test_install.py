"""Packaging promises: no Qt without the gui extra; the rulebook ships inside the package."""

from importlib import metadata
from pathlib import Path

import pytest

import travelrisk
from travelrisk.language.loader import bundled_rules_path

PACKAGE_DIR = Path(travelrisk.__file__).resolve().parent
FROM_SOURCE = PACKAGE_DIR.parent.name == "src"


def test_base_install_pulls_no_qt():
    try:
        requires = metadata.requires("travelrisk") or []
    except metadata.PackageNotFoundError:
        pytest.skip("travelrisk is not installed (running from a source tree)")
    base = [r for r in requires if "extra ==" not in r]
    assert base, "no runtime dependencies declared"
    assert not [r for r in base if "pyside" in r.lower() or "qt" in r.lower().split(">")[0]]
    gui = [r for r in requires if "extra == \"gui\"" in r or "extra == 'gui'" in r]
    assert any("pyside6" in r.lower() for r in gui)


@pytest.mark.skipif(FROM_SOURCE, reason="running from the source tree, not an installed wheel")
def test_installed_package_carries_its_rulebook():
    path = bundled_rules_path()
    assert path.is_relative_to(PACKAGE_DIR), path
    assert (path / "rulebook.toml").is_file()
    assert any((path / "logic").glob("*.toml"))
