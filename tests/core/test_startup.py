"""Start-up pauses the garbage collector and always gives it back."""

from __future__ import annotations

import gc

import pytest

from travelrisk.cli import main
from travelrisk.startup import pause_collection


@pytest.fixture
def collector():
    was = gc.isenabled()
    gc.enable()
    yield
    gc.unfreeze()
    (gc.enable if was else gc.disable)()


def test_collection_waits_and_resumes_once(collector):
    resume = pause_collection()
    assert not gc.isenabled()
    resume()
    assert gc.isenabled()
    gc.disable()
    resume()  # a second call changes nothing
    assert not gc.isenabled()


def test_resuming_with_freeze_leaves_start_up_out_of_later_collections(collector):
    gc.unfreeze()
    made = [[object()] for _ in range(1000)]  # noqa: F841 - alive while start-up "ends"
    resume = pause_collection(freeze=True)
    resume()
    assert gc.isenabled() and gc.get_freeze_count() >= 1000


def test_a_collector_that_was_off_stays_off(collector):
    gc.disable()
    frozen = gc.get_freeze_count()
    resume = pause_collection(freeze=True)
    resume()
    assert not gc.isenabled() and gc.get_freeze_count() == frozen


@pytest.mark.parametrize("argv", [["rules", "info"], ["check", "--to", "KZ", "--profile", "/nonexistent.json"]])
def test_a_command_gives_the_collector_back_whatever_its_end(collector, argv, capsys):
    frozen = gc.get_freeze_count()
    main(argv)  # one succeeds, one fails on its input
    assert gc.isenabled() and gc.get_freeze_count() == frozen  # a command's process ends: nothing to freeze
