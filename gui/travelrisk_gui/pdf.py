"""Memos printed to PDF by Qt: the memo's own HTML in a ``QTextDocument``, onto A4 by ``QPdfWriter``.

The PDF is the HTML format printed, so it says exactly what the HTML says (the layout lives in
the core, :mod:`travelrisk.report.layout`). A font family with Cyrillic is chosen first, because
Belarusian, Russian and Ukrainian titles are common among the sources; Qt embeds the glyphs it
uses, with a Unicode map, so the text can be searched and copied (ligatures are off, so
"profile" is found as typed). Works without a display: where no ``QGuiApplication`` exists, one
is made on the ``offscreen`` platform (or ``QT_QPA_PLATFORM``'s).

The app's export and the command line call :func:`memo_pdf` (bytes) or :func:`write_memo_pdf`,
and :func:`memo_unprintable` to warn of characters no installed font can draw (a Chinese title
on a machine without a CJK font): those print as boxes, and the HTML keeps them.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from travelrisk.report.memo import Memo, render_memo

# Families with full Cyrillic (including Belarusian ў and Ukrainian ґ є ї), best first.
CYRILLIC_FAMILIES: tuple[str, ...] = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "FreeSans", "Arial")
# Qt adds 2 cm of its own around an unpaginated document (and puts the page number in it),
# so the printer's own margins stay at Qt's minimum: 2 mm (0 would mean "pick for me").
MARGINS_MM = QMarginsF(2, 2, 2, 2)
BODY_POINTS = 9.5

# Used where installed, for titles in other scripts (Chinese, Georgian, Armenian...).
FALLBACK_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Droid Sans Fallback",
    "Noto Sans Georgian", "Noto Sans Armenian", "Noto Sans Arabic", "Noto Sans Hebrew",
)

_app: QGuiApplication | None = None


def _ensure_app() -> None:
    """Qt needs an application object for fonts; reuse the running one (the desktop app's).
    One made here draws on no screen (a PDF needs none), so it works on a server too."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["travelrisk", "-platform", os.environ.get("QT_QPA_PLATFORM") or "offscreen"])


def print_families() -> list[str]:
    """The installed families to print with: preferred Cyrillic ones first, then any other
    with Cyrillic, then fallbacks for other scripts."""
    _ensure_app()
    cyrillic = QFontDatabase.families(QFontDatabase.WritingSystem.Cyrillic)
    installed = set(QFontDatabase.families())
    preferred = [f for f in CYRILLIC_FAMILIES if f in cyrillic]
    families = preferred + [f for f in cyrillic if f not in preferred][:3]
    return families + [f for f in FALLBACK_FAMILIES if f in installed and f not in families]


def unprintable(text: str) -> list[str]:
    """The characters of ``text`` that no installed font can draw (they would print as boxes
    and be lost from the PDF's text). Empty when everything prints."""
    _ensure_app()
    wanted = sorted({c for c in text if ord(c) > 127 and not c.isspace() and c.isprintable()})
    if not wanted:
        return []
    metrics = [QFontMetrics(QFont(f)) for f in print_families()]
    missing = [c for c in wanted if not any(m.inFontUcs4(ord(c)) for m in metrics)]
    if missing:  # Qt also falls back to any installed font that has the glyph
        chosen = set(print_families())
        others = [QFontMetrics(QFont(f)) for f in QFontDatabase.families() if f not in chosen]
        missing = [c for c in missing if not any(m.inFontUcs4(ord(c)) for m in others)]
    return missing


def html_pdf(html: str, *, title: str = "") -> bytes:
    """An HTML page printed to an A4 PDF, page numbers at the foot."""
    _ensure_app()
    families = print_families()
    font = QFont()
    if families:
        font.setFamilies(families)  # a glyph missing in the first is taken from the next
    font.setPointSizeF(BODY_POINTS)
    for feature in ("liga", "clig"):
        # Ligatures would turn "fi" into one glyph, which pdftotext and copy-paste give back
        # as U+FB01: a reader searching the PDF for "profile" would not find it.
        font.setFeature(QFont.Tag(feature), 0)
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setHtml(html)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("travelrisk")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM,
                    QPageLayout.Unit.Millimeter)
    )
    doc.print_(writer)  # the painter ends inside, which finishes the file
    del writer
    data = bytes(buffer.data().data())
    buffer.close()
    if not data.startswith(b"%PDF"):
        raise RuntimeError("Qt did not produce a PDF")
    return data


def memo_pdf(memo: Memo) -> bytes:
    """A memo as PDF bytes."""
    return html_pdf(render_memo(memo, "html"), title=memo.title)


def memo_unprintable(memo: Memo) -> list[str]:
    """The characters of a memo that this machine's fonts cannot put into a PDF."""
    _ensure_app()
    doc = QTextDocument()
    doc.setHtml(render_memo(memo, "html"))
    return unprintable(doc.toPlainText())


def write_memo_pdf(memo: Memo, path: str | os.PathLike[str]) -> Path:
    """Write a memo as PDF, readable by its owner only (it can name the person)."""
    target = Path(path)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(memo_pdf(memo))
    return target
