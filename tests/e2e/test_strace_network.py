"""No network system call: the command line run under ``strace -f -e trace=network``.

The suite-wide socket guard (tests/conftest.py) catches Python code that reaches for the
network inside the test process; this checks what the real program asks of the kernel, in
every process it starts, whatever library makes the call.

Allowed: Unix-domain sockets (``AF_UNIX``/``AF_LOCAL``) and calls on them. They reach only
processes on the same machine (glibc's name-service cache daemon, a desktop's D-Bus), never
another host; none occurs in these commands today, but a C library may open one to look up a
user name. Everything else is a failure: a socket of any other family (AF_INET, AF_INET6,
AF_NETLINK, AF_PACKET, ...), or any network call on a descriptor not known to be AF_UNIX.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"


STRACE = shutil.which("strace")
pytestmark = pytest.mark.skipif(STRACE is None, reason="strace is not installed (CI's .ci/run installs it)")

EXAMPLE = REPO / "examples" / "journalist-by.json"
_LINE = re.compile(r"^(?:\[pid\s+)?(\d+)\]?\s+([a-z0-9_]+)\((.*)$")
_UNIX = ("AF_UNIX", "AF_LOCAL")


def network_violations(log: str) -> list[str]:
    """Every traced network call that could reach beyond this machine."""
    unix_fds: set[str] = set()
    bad: list[str] = []
    for line in log.splitlines():
        m = _LINE.match(line)
        if not m or "resumed>" in line:
            continue
        _, call, rest = m.groups()
        if call in ("socket", "socketpair"):
            if rest.startswith(_UNIX):
                result = re.search(r"=\s*(\d+)\s*$", line)
                if result:
                    unix_fds.add(result.group(1))
                continue
            bad.append(line)
            continue
        fd = rest.split(",", 1)[0].strip()
        if fd in unix_fds and not re.search(r"sa_family=(?!AF_UNIX|AF_LOCAL)", rest):
            continue
        bad.append(line)
    return bad


def traced(tmp_path: Path, *args: object) -> tuple[subprocess.CompletedProcess, list[str], str]:
    log = tmp_path / f"strace-{len(list(tmp_path.glob('strace-*')))}.log"
    p = subprocess.run(
        [STRACE, "-f", "-qq", "-e", "trace=network", "-o", str(log), sys.executable, *map(str, args)],
        capture_output=True, text=True, timeout=300,
    )
    text = log.read_text() if log.exists() else ""
    return p, network_violations(text), text


def test_the_check_catches_an_internet_socket(tmp_path):
    """A positive control: strace sees the calls and the parser flags them."""
    code = "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM); socket.socket(socket.AF_UNIX)"
    p, bad, log = traced(tmp_path, "-c", code)
    assert "socket(AF_INET" in log, (p.stderr, log)
    assert any("socket(AF_INET" in b for b in bad)
    assert not any("AF_UNIX" in b for b in bad)
    assert len(bad) >= 1


def test_world_makes_no_network_system_call(tmp_path):
    for _ in range(2):  # cold (builds the compiled rulebook), then warm (reads it)
        p, bad, _ = traced(tmp_path, "-m", "travelrisk", "world", "--profile", EXAMPLE)
        assert p.returncode == 0, p.stderr
        assert "Kazakhstan" in p.stdout
        assert bad == []


def test_saving_opening_and_importing_make_no_network_system_call(tmp_path):
    from travelrisk.engine.updates import build_pack

    pw = tmp_path / "pw.txt"
    pw.write_text("passphrase\n")
    pack = tmp_path / "unsigned.trpack"
    build_pack(FIXTURES / "mini", pack, None)
    for args in (
        ["profile", "save", "me", "--profile", EXAMPLE, "--passphrase-file", pw],
        ["profile", "open", "me", "--passphrase-file", pw],
        ["profile", "list", "--passphrase-file", pw],
        ["rules", "import", pack, "--allow-unsigned", "--allow-older"],
        ["check", "--profile", EXAMPLE, "--to", "KZ", "--json"],
        ["profile", "forget", "--all"],
    ):
        p, bad, _ = traced(tmp_path, "-m", "travelrisk", *args)
        assert p.returncode == 0, (args, p.stderr)
        assert bad == [], args


def test_unix_sockets_are_allowed_and_everything_else_is_not():
    log = "\n".join([
        '10 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, 0) = 4',
        '10 connect(4, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT',
        '10 getpeername(4, 0x7ffde3d931a0, [110]) = -1 ENOTCONN',
        '10 <... connect resumed>) = 0',
        '11 socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP) = 5',
        '11 connect(5, {sa_family=AF_INET6, sin6_port=htons(443)}, 28) = -1 EINPROGRESS',
        '11 sendto(7, "x", 1, 0, NULL, 0) = 1',
        '11 socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) = 6',
    ])
    bad = network_violations(log)
    assert [b.split("(")[0] for b in bad] == ["11 socket", "11 connect", "11 sendto", "11 socket"]
