"""Text made safe for a terminal: every program's output passes through it, so it imports
nothing but the standard library (``travelrisk check --json`` needs no report code)."""

from __future__ import annotations


def _safe(ch: str) -> str:
    if ch in "\n\t" or (ch.isprintable() and not (0x200E <= ord(ch) <= 0x200F or 0x202A <= ord(ch) <= 0x202E
                                                 or 0x2066 <= ord(ch) <= 0x2069)):
        return ch
    return ch.encode("unicode_escape").decode("ascii")


def printable(text: str) -> str:
    """Text safe to print on a terminal: line breaks and tabs kept, every other control
    character (an escape sequence, a carriage return, a bidirectional override) shown as an
    escape, never acted on."""
    if text.isprintable() or text.replace("\n", "").replace("\t", "").isprintable():
        return text  # the common case, a whole report at once (bidirectional marks are not printable)
    return "".join(map(_safe, text))


class SafeStream:
    """A text stream that passes everything through :func:`printable`: what a rulebook, a
    pack or a person typed can never drive the terminal it is printed on."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(printable(text))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
