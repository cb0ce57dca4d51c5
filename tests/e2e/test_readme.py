"""README's two commands are the ones CI runs."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    return [b.strip() for b in blocks[:2]]


def test_ci_runs_readme_commands_verbatim():
    setup, tests = readme_commands()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "pip install" in setup and "pytest" in tests
    assert setup in ci.splitlines()
    assert tests in ci.splitlines()


def test_sample_profile_in_readme_exists_and_is_valid():
    from travelrisk.model.profile import load_profile

    setup, _ = readme_commands()
    path = re.search(r"--profile (\S+)", setup).group(1)
    load_profile(str(ROOT / path))
