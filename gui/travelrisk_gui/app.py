"""``travelrisk-gui``: start the app, or render its window to a PNG and exit.

    travelrisk-gui [--profile FILE] [--select CODE] [--on DATE] [--rules DIR] [--legs LEGS] [--lang be|ru|uk|en]
    travelrisk-gui --screenshot PATH [--profile FILE] [--select CODE] [--size WxH]
                   [--tab map|compare|countries|profile|trip] [--step STEP] [--compare CODES]
                   [--legs "LT>RU:transit>GE"] [--leg N] [--lang be|ru|uk|en]

Reading a profile file is the only file this app reads about the person, and it writes
none: no settings, no recent files, no logs. Widgets are imported only after the arguments
are read.

With a profile, the first window is drawn from a glance computed in a child process while
Qt starts (:mod:`travelrisk_gui.glance_child`), with the explanation of a destination chosen
with --select; the core is loaded here once it is shown.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from collections.abc import Callable, Sequence

OK, ERROR, BAD_INPUT = 0, 1, 2
TABS = ("map", "compare", "countries", "profile", "trip")
#: ``--lang``: the languages the core speaks (``travelrisk.language.i18n.LANGUAGES``; a test keeps them equal).
LANGUAGES = ("en", "be", "ru", "uk")
GUI_EXTRA = "pip install 'travelrisk[gui]'"

#: The system libraries Qt's X11 platform plugin (``libqxcb.so`` and ``libQt6XcbQpa``) links
#: to, and the Debian / Ubuntu package of each (found with ldd and ``dpkg -S``; README.md
#: lists the packages). Qt's own message, when one is missing, always names libxcb-cursor0.
XCB_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libfontconfig.so.1": "libfontconfig1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
}


def _size(value: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size (use WIDTHxHEIGHT, e.g. 1400x900)") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"{value!r}: width and height must be between 200 and 8000")
    return w, h


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="travelrisk-gui",
        description="Where you can travel, and why: a private, offline map. Nothing is saved or sent.",
    )
    p.add_argument("--profile", metavar="FILE", help="start with this profile (JSON; see 'travelrisk profile new')")
    p.add_argument("--on", type=_date, metavar="DATE", help="travel date, YYYY-MM-DD (default: today)")
    p.add_argument("--rules", metavar="DIR", help="use this rulebook folder instead of the bundled one")
    p.add_argument("--lang", choices=LANGUAGES,
                   help="the app's language (default: the system's, where the app is translated into it; "
                        "else English). Kept for this run only, as every choice is")
    p.add_argument("--legs", metavar="LEGS",
                   help='start with this trip in the trip builder, e.g. "LT>RU:transit>GE" '
                        "(COUNTRY[:KIND][@DATE], a code or a name, separated by '>'; "
                        "kinds: entry, transit, overflight, land)")
    shot = p.add_argument_group("screenshot (render the window to a PNG and exit)")
    shot.add_argument("--screenshot", metavar="PATH", help="write the main window to this PNG and exit")
    shot.add_argument("--select", metavar="CODE", help="select this destination (ISO code or name)")
    shot.add_argument("--size", type=_size, default=(1400, 900), metavar="WxH", help="window size (default 1400x900)")
    shot.add_argument("--tab", choices=TABS,
                      help="show this tab (default: trip with --legs, else map, or profile without a profile)")
    shot.add_argument("--leg", type=int, metavar="N", help="with --legs: explain leg N (default: the most dangerous)")
    shot.add_argument("--step", metavar="STEP", help="with --tab profile: show this step of the form")
    shot.add_argument("--compare", metavar="CODES", help="comma-separated destinations for the compare table")
    return p


def _fail(message: str, code: int) -> int:
    print(f"travelrisk-gui: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app (or render a screenshot); the exit status.

    As the ``travelrisk-gui`` command (``argv`` None), a screenshot run ends the process as
    soon as the PNG is written: tearing down a window nobody saw costs more than drawing it."""
    args = build_parser().parse_args(argv)
    missing = _missing_qt()
    if missing:
        return _fail(missing, ERROR)
    from travelrisk.startup import pause_collection

    # Collections wait for the first frame (see travelrisk.startup); what start-up made is
    # then frozen out of every later collection.
    resume = pause_collection(freeze=True)
    try:
        code = _run(args, resume)
    finally:
        resume()
    if argv is None and args.screenshot:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _missing_qt() -> str | None:
    """What is missing when PySide6 (the ``gui`` extra) is not installed, in one line; None
    when it is there. Only looked up, not imported: Qt must not be loaded before the fork."""
    import importlib.util

    try:
        found = importlib.util.find_spec("PySide6") is not None
    except (ImportError, ValueError):
        found = False
    if found:
        return None
    return f"the desktop app needs PySide6, which is not installed; install it with: {GUI_EXTRA}"


def _run(args: argparse.Namespace, resume_collection: Callable[[], None] = lambda: None) -> int:
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from travelrisk import plugins

    plugins.disable()  # no pydantic plugin (observability SDKs) may see a profile

    pending = None
    if args.profile:
        from . import glance_child

        # before Qt: see there; with --select, the child explains the destination too
        pending = glance_child.start(args.rules, args.profile, args.on, args.lang, args.select)
    # The first frame comes from the glance when nothing shown in it needs the core; else the
    # core is loaded here too, while the child makes the world's levels all the same.
    glance_first = pending is not None and _glance_first(args)
    from . import i18n

    if not glance_first:
        # The core before Qt: once PySide6 is loaded, its import hook reads the source of
        # every module imported after it.
        import travelrisk.engine.core  # noqa: F401
        import travelrisk.language.loader  # noqa: F401
        import travelrisk.model.profile  # noqa: F401
    # Without --lang, the system's language: with a glance on its way, the child (which loads
    # the core anyway) chooses it and says which; this process does not load the core first.
    language = args.lang if args.lang or glance_first else i18n.choose(None)

    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:  # PySide6 is there but Qt cannot load (a missing system library)
        if pending is not None:
            pending.result()  # let the child finish: nothing is left behind
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return _fail(f"Qt could not be loaded ({detail}); reinstall it with: {GUI_EXTRA}", ERROR)

    from .pyside_feature_scan import quicken_feature_scan

    quicken_feature_scan()  # before the app's own modules: PySide6 scans each one's source
    problem = _xcb_problem()
    if problem:
        if pending is not None:
            pending.result()
        return _fail(problem, ERROR)

    from .pyside_guard import guard_none_refcount

    guard_none_refcount()
    if args.screenshot:
        _quiet_offscreen_notice()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "travelrisk-gui"])
    app.setApplicationName("travelrisk")
    app.setApplicationDisplayName("travelrisk")
    if language:
        _install(language)

    from .main_window import MainWindow

    if glance_first:
        window = MainWindow(on=args.on)  # built while the child still works
        glance = pending.result()
        chosen = language or (pending.language if glance is not None else i18n.choose(None))
        if not language:  # the window retranslates itself before it is painted
            _install(chosen)
        if glance is not None and pending.language == i18n.current():
            i18n.set_early(pending.levels, glance.names, pending.labels)  # before anything is said in it
        app.processEvents()
        if glance is not None and not _explained(args, pending):
            glance = None  # said in another language than the window's: the core explains it here
        if glance is not None:
            window.show_glance(glance, pending.english or None)
            if args.select:
                if pending.selection.get("unknown"):
                    return _fail(_not_a_country(args.select), BAD_INPUT)
                if "code" in pending.selection:
                    window.state.show_selection(pending.selection["code"], pending.selection["document"])
            if args.screenshot:
                return screenshot(window, args.screenshot, args.size)
            window.when_painted(lambda: (_attach(window, args), resume_collection()))
            fit_to_screen(window)
            window.show()
            return app.exec()
        window.deleteLater()  # the child could not glance: load here, and say what is wrong
        pending = None

    loaded = _load(args)
    if isinstance(loaded, int):
        if pending is not None:
            pending.result()  # let the child finish: nothing is left behind
        return loaded
    if pending is not None:
        window = MainWindow(on=args.on)  # built while the child makes the world's levels
        window.attach(*loaded, glance=pending.result())
    else:
        window = MainWindow(*loaded, on=args.on)
    problem = _arrange(window, args)
    if problem:
        return _fail(problem, BAD_INPUT)
    if args.screenshot:
        return screenshot(window, args.screenshot, args.size)
    window.when_painted(resume_collection)
    fit_to_screen(window)
    window.show()
    return app.exec()


def _install(language: str) -> None:
    from . import i18n

    if not i18n.install(language):
        print(f"travelrisk-gui: the {i18n.name(language)} translation could not be read; the app is in English",
              file=sys.stderr)


def fit_to_screen(window, share: float = 0.95) -> None:
    """No larger than the screen's free area (a 1366×768 laptop has less than the window's
    usual 800 pixels of height): nothing at the bottom may be out of reach."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width = min(window.width(), int(room.width() * share))
    height = min(window.height(), int(room.height() * share))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


def _xcb_problem() -> str | None:
    """When Qt is about to use X11 and its plugin cannot load: which system libraries are
    missing and the packages that hold them, in one line. Qt itself would abort with a hint
    that names libxcb-cursor0 whatever is missing. None when nothing is wrong (or when Qt
    will not use X11)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return None
    if platform.split(":")[0] not in ("", "xcb") or (not platform and os.environ.get("WAYLAND_DISPLAY")):
        return None
    import ctypes
    import re
    import shutil
    import subprocess
    from pathlib import Path

    from PySide6.QtCore import QLibraryInfo

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        return None
    try:
        ctypes.CDLL(str(plugin))  # what Qt is about to do; loaded once, Qt reuses it
        return None
    except OSError as exc:
        first = [n.rstrip(".") for n in re.findall(r"lib[\w.+-]+?\.so[\d.]*", str(exc))]
        error = str(exc)
    missing: list[str] = []
    ldd = shutil.which("ldd")
    if ldd:  # every missing library at once, not only the first one the loader met
        try:
            out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10).stdout
            missing = re.findall(r"^\s*(\S+) => not found", out, re.M)
        except (OSError, subprocess.SubprocessError):
            pass
    if not missing:
        missing = [name for name in first if name != plugin.name][:1]
    if not missing:
        return f"Qt's X11 support could not be loaded: {error}"
    packages = list(dict.fromkeys(XCB_PACKAGES[m] for m in missing if m in XCB_PACKAGES))
    how = f" (on Debian or Ubuntu: sudo apt-get install {' '.join(packages)})" if packages else ""
    return (f"Qt's X11 support cannot start: {', '.join(missing)} "
            f"{'is' if len(missing) == 1 else 'are'} missing{how}; travelrisk's README lists every system library it needs")


def _glance_first(args: argparse.Namespace) -> bool:
    """Whether the first window can be drawn from a glance: a profile to glance at, and
    nothing asked of the window that needs the core before it is shown (a destination chosen
    with --select does not: the child explains it too)."""
    return bool(args.profile) and not (args.compare or args.legs or args.tab or args.step or args.leg is not None)


def _explained(args: argparse.Namespace, pending) -> bool:
    """Whether the child said what the first window shows of a --select destination, in the
    window's language (it is not when the window's translation could not be read)."""
    from . import i18n

    return not args.select or (pending.selection is not None and pending.language == i18n.current())


def _not_a_country(text: str) -> str:
    return f"--select {text!r} is not an ISO 3166-1 country"


def _load(args: argparse.Namespace):
    """The rulebook and the profile, or an exit status once the problem has been shown."""
    from travelrisk.language.loader import RulebookError, load_rulebook
    from travelrisk.model.profile import ProfileError, load_profile

    try:
        book = load_rulebook(args.rules)
    except RulebookError as exc:
        detail = "\n".join(f"  {p}" for p in exc.problems[:20])
        return _show_error(args, f"the rulebook is broken:\n{detail}", BAD_INPUT)
    profile = None
    if args.profile:
        try:
            profile = load_profile(args.profile)
        except ProfileError as exc:
            if args.screenshot:
                return _fail(f"--profile {exc}", BAD_INPUT)
            _show_error(args, f"the profile could not be read:\n{exc}", BAD_INPUT)
    return book, profile


def _attach(window, args: argparse.Namespace) -> None:
    """After the first paint: load the core in this process and give it to the window."""
    loaded = _load(args)
    if isinstance(loaded, int):  # changed on disk since the child read it
        window.close()
        return
    window.attach(*loaded)


def _quiet_offscreen_notice() -> None:
    """The offscreen platform says it cannot propagate size hints for every window: noise
    on a screenshot run. Every other Qt message still reaches stderr."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def _arrange(window, args) -> str | None:
    """Apply --select, --compare, --legs, --tab and --step; a message for a bad value."""
    from travelrisk.model.country_names import code_of

    from .main_window import (
        COMPARE_TAB,
        COUNTRIES_TAB,
        EXPLANATION_TAB,
        MAP_TAB,
        PROFILE_TAB,
        TRIP_TAB,
    )

    for text in (args.compare or "").split(","):
        if text.strip():
            code = code_of(text)
            if code is None:
                return f"--compare: {text.strip()!r} is not a country"
            window.state.add_to_compare(code)
    if args.select:
        code = code_of(args.select)
        if code is None:
            return _not_a_country(args.select)
        window.state.select(code)
    if args.legs:
        try:
            window.trip_state.set_text(args.legs)
        except ValueError as exc:
            return f"--legs {args.legs!r}: {exc}"
    if args.leg is not None and not (1 <= args.leg <= len(window.trip_state.legs)):
        return f"--leg {args.leg}: the trip has {len(window.trip_state.legs)} legs (give --legs, and N from 1)"
    tab = args.tab or ("trip" if args.legs else "profile" if window.first_run else None)
    if tab == "trip":
        window.left_tabs.setCurrentIndex(MAP_TAB)
        window.right_tabs.setCurrentIndex(TRIP_TAB)
        if args.leg is not None:
            window.trip_panel.set_current(args.leg - 1)
    elif tab == "profile":
        window.right_tabs.setCurrentIndex(PROFILE_TAB)
        if args.step:
            from travelrisk.model.interview import STEPS

            if args.step not in STEPS:
                return f"--step must be one of: {', '.join(STEPS)}"
            try:
                window.form.go_to(args.step)
            except KeyError:
                return f"--step {args.step!r} is not on this profile's path"
    elif tab:
        window.left_tabs.setCurrentIndex({"map": MAP_TAB, "compare": COMPARE_TAB, "countries": COUNTRIES_TAB}[tab])
        if not args.select:
            window.right_tabs.setCurrentIndex(EXPLANATION_TAB)
    return None


def _lay_out(window, size: tuple[int, int]) -> None:
    """Lay the window out as if shown, without showing it or painting it: the one paint is
    the grab's (offscreen, a window shown is painted even when never exposed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)  # laid out, never exposed
    window.resize(*size)
    window.setUpdatesEnabled(False)
    try:
        window.show()
        QApplication.processEvents()
    finally:
        window.setUpdatesEnabled(True)


def screenshot(window, path: str, size: tuple[int, int]) -> int:
    """Lay the window out as if shown, paint it once into an image, and write the PNG."""
    _lay_out(window, size)
    image = window.grab()
    # Quality 80 is zlib level 2 for PNG: lossless, a few per cent larger, twice as fast.
    if not image.save(path, "PNG", 80):
        return _fail(f"could not write {path}", ERROR)
    return OK


def _show_error(args, message: str, code: int) -> int:
    if args.screenshot:
        return _fail(message, code)
    from PySide6.QtWidgets import QMessageBox

    print(f"travelrisk-gui: {message}", file=sys.stderr)
    QMessageBox.critical(None, "travelrisk", message)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
