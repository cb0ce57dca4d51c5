"""Suite-wide guards: no test may open a network socket or touch a real home folder."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


class NetworkBlocked(AssertionError):
    """Raised when code under test reaches for the network."""


def _refuse(*args, **kwargs):
    raise NetworkBlocked("travelrisk must never open a network connection")


_INET = {socket.AF_INET, socket.AF_INET6}


class _GuardedSocket(socket.socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and (family in _INET or family == -1):
            _refuse()
        super().__init__(family, type, proto, fileno)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to create an internet socket, resolve a name or connect fails the test.

    Unix-domain sockets stay allowed (Qt uses them locally on some platforms)."""
    monkeypatch.setattr(socket, "socket", _GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    monkeypatch.setattr(socket, "gethostbyname", _refuse)
    yield


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """platformdirs resolves under tmp_path: no test reads or writes a real user's folders."""
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(tmp_path / "xdg" / sub))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    # English text whatever the machine's locale (the programs follow it: see i18n); tests of
    # other languages ask for them with --lang.
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield


@pytest.fixture(scope="session")
def mini_book():
    from travelrisk import load_rulebook

    return load_rulebook(FIXTURES / "mini")


@pytest.fixture(scope="session")
def book():
    from travelrisk import load_rulebook

    return load_rulebook()
