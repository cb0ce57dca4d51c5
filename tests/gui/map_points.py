"""Finding a point on the map that hits a given country, for tests that click it."""

from __future__ import annotations

from PySide6.QtCore import QPointF


def point_in(window, code: str):
    """A viewport point that hits ``code`` on the map (not a neighbour drawn over it)."""
    view = window.map
    box = view.items_by_code[code].path().boundingRect()
    for fy in (0.5, 0.4, 0.6, 0.3, 0.7):
        for fx in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8):
            pos = view.mapFromScene(QPointF(box.left() + box.width() * fx, box.top() + box.height() * fy))
            if view.code_at(pos) == code:
                return pos
    raise AssertionError(f"no point of {code} found on the map")
