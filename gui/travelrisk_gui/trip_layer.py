"""A trip drawn over the world map: a line from country to country, a numbered marker on each
leg in its level's colour, a label with the level in words, and the worst leg emphasised.

The levels come from the core (through :class:`~travelrisk_gui.trip_state.TripState`); this
layer only places and paints them. Markers and labels keep their size on screen at any zoom
(``ItemIgnoresTransformations``), and labels are moved round their marker so they do not
cover each other or the line.

A leg's point is inside its country's largest piece of land: near its middle for the ends of
the trip, and for a leg in between, at the point of that country nearest its neighbours on the
trip (a transit in a country as wide as a continent is drawn where the route meets it). The
line is schematic: countries, not airports or roads.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from travelrisk.model.levels import Level

from . import leg_kinds, level_style

LINE = "#1a1a1a"
CASING = "#ffffff"
WORST_OUTLINE = "#000000"
OUTLINE_UP_TO = 160.0  # map units (the world is about 2700 wide): outline the worst leg's country up to this size


#: ``translate("TripLayer", "text")``: the form pyside6-lupdate reads.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Stop:
    """One leg as the map shows it."""

    number: int  # 1-based, as the builder numbers the legs
    code: str
    name: str
    kind: str
    level: Level | None
    reason: str = ""
    ceiling: Level | None = None
    worst: bool = False


# --- where a country's point is ---------------------------------------------------------------


def _area(poly: QPolygonF) -> float:
    n = poly.size()
    return 0.5 * sum(poly.at(i).x() * poly.at((i + 1) % n).y() - poly.at((i + 1) % n).x() * poly.at(i).y()
                     for i in range(n))


def _centroid(poly: QPolygonF) -> QPointF:
    a = _area(poly)
    if abs(a) < 1e-9:
        return poly.boundingRect().center()
    cx = cy = 0.0
    n = poly.size()
    for i in range(n):
        p, q = poly.at(i), poly.at((i + 1) % n)
        cross = p.x() * q.y() - q.x() * p.y()
        cx += (p.x() + q.x()) * cross
        cy += (p.y() + q.y()) * cross
    return QPointF(cx / (6 * a), cy / (6 * a))


def _interior(shape: QPainterPath | None, grid: int = 24) -> tuple[QPointF, list[QPointF]]:
    """The centroid of a shape's largest piece, and points well inside that piece."""
    polys = [p for p in shape.toSubpathPolygons() if p.size() >= 3] if shape is not None else []
    if not polys:
        centre = shape.boundingRect().center() if shape is not None else QPointF()
        return centre, [centre]
    main = max(polys, key=lambda p: abs(_area(p)))
    box = main.boundingRect()
    step = max(box.width(), box.height()) / grid

    def inside(p: QPointF) -> bool:
        return main.containsPoint(p, Qt.FillRule.OddEvenFill)

    points = [QPointF(box.left() + step * (i + 0.5), box.top() + step * (j + 0.5))
              for i in range(grid) for j in range(grid)]
    points = [p for p in points if box.contains(p) and inside(p)]
    d = step * 0.9  # well inside: a marker there does not sit on the border
    deep = [p for p in points if all(inside(p + QPointF(dx, dy)) for dx, dy in ((d, 0), (-d, 0), (0, d), (0, -d)))]
    return _centroid(main), deep or points or [box.center()]


class Anchors:
    """Points inside each country's largest piece of land, worked out once a country."""

    def __init__(self, shapes: dict[str, QPainterPath]):
        self._shapes = shapes
        self._cache: dict[str, tuple[QPointF, list[QPointF]]] = {}

    def _points(self, code: str) -> tuple[QPointF, list[QPointF]]:
        if code not in self._cache:
            self._cache[code] = _interior(self._shapes.get(code))
        return self._cache[code]

    def centre(self, code: str) -> QPointF:
        """The point nearest the middle of the country's largest piece."""
        return self.nearest(code, self._points(code)[0])

    def nearest(self, code: str, target: QPointF) -> QPointF:
        _, points = self._points(code)
        return min(points, key=lambda p: (p.x() - target.x()) ** 2 + (p.y() - target.y()) ** 2)

    def route(self, codes: list[str]) -> list[QPointF]:
        """A point for each stop: ends near their country's middle, pulled halfway towards
        their neighbour; stops in between where the route meets the country."""
        centres = [self.centre(c) for c in codes]
        out = []
        for i, code in enumerate(codes):
            neighbours = [centres[j] for j in (i - 1, i + 1) if 0 <= j < len(codes) and codes[j] != code]
            if not neighbours:
                out.append(centres[i])
                continue
            towards = QPointF(sum(p.x() for p in neighbours) / len(neighbours),
                              sum(p.y() for p in neighbours) / len(neighbours))
            if len(neighbours) == 1:  # an end of the trip (or next to a repeat of itself)
                towards = (centres[i] + towards) / 2
            out.append(self.nearest(code, towards))
        return out


# --- items ---------------------------------------------------------------------------------------


def _font(bold: bool = False, scale: float = 1.0) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setBold(bold)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    return font


class _ScreenItem(QGraphicsItem):
    """An item drawn in screen pixels at a point of the map."""

    def __init__(self):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class Marker(_ScreenItem):
    """A numbered disc in the leg's level colour; bigger, with a thick ring, for the worst."""

    def __init__(self, stop: Stop, shift: float = 0.0):
        super().__init__()
        self.stop = stop
        self.font = _font(bold=True, scale=1.1 if stop.worst else 1.0)
        h = QFontMetricsF(self.font).height()
        self.radius = h * (0.95 if stop.worst else 0.75)
        self.centre = QPointF(shift * self.radius * 1.9, 0)  # repeats of a country side by side
        self.setZValue(32 if stop.worst else 30)

    def boundingRect(self) -> QRectF:
        r = self.radius + 4
        return QRectF(self.centre.x() - r, self.centre.y() - r, 2 * r, 2 * r)

    def paint(self, p: QPainter, option, widget=None) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        r = self.radius
        if self.stop.worst:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(CASING))
            p.drawEllipse(self.centre, r + 3.5, r + 3.5)
        p.setPen(QPen(QColor(LINE), 3.0 if self.stop.worst else 1.5))
        stop = self.stop
        unsettled = stop.ceiling is not None and stop.ceiling is not stop.level
        if unsettled:  # striped in the ceiling's colour, as on the map
            p.setBrush(level_style.range_fill(stop.level, stop.ceiling))
        else:
            p.setBrush(level_style.fill(stop.level))
        p.drawEllipse(self.centre, r, r)
        if stop.level is Level.UNKNOWN and not unsettled:
            p.setBrush(level_style.hatch_brush())
            p.drawEllipse(self.centre, r, r)
        if unsettled or stop.level is Level.UNKNOWN:  # the stripes stay a ring: the number on plain colour
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(level_style.fill(stop.level))
            p.drawEllipse(self.centre, r * 0.62, r * 0.62)
        p.setFont(self.font)
        p.setPen(level_style.text_colour(self.stop.level))
        box = QRectF(self.centre.x() - r, self.centre.y() - r, 2 * r, 2 * r)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, str(self.stop.number))


class Label(_ScreenItem):
    """"2 Russia · transit [SEVERE]", and for the worst leg a second line saying so."""

    PAD = 4.0

    def __init__(self, stop: Stop):
        super().__init__()
        self.stop = stop
        self.font = _font(bold=stop.worst)
        self.chip_font = _font(bold=True)
        self.head = translate("TripLayer", "{n}. {name}, {kind}").format(
            n=stop.number, name=stop.name, kind=leg_kinds.short(stop.kind))
        self.chip = level_style.range_label(stop.level, stop.ceiling)
        self.tail = ""
        if stop.worst:
            reason = stop.reason if len(stop.reason) <= 56 else stop.reason[:55].rstrip() + "…"
            self.tail = (translate("TripLayer", "⚠ most dangerous leg: {reason}").format(reason=reason) if reason
                         else translate("TripLayer", "⚠ most dangerous leg"))
        fm, cm = QFontMetricsF(self.font), QFontMetricsF(self.chip_font)
        self._line = max(fm.height(), cm.height())
        self._head_w = fm.horizontalAdvance(self.head)
        self._chip_w = cm.horizontalAdvance(self.chip) + 2 * self.PAD
        width = self._head_w + self.PAD + self._chip_w
        if self.tail:
            width = max(width, fm.horizontalAdvance(self.tail))
        lines = 2 if self.tail else 1
        self.size = QRectF(0, 0, width + 2 * self.PAD, lines * self._line + 2 * self.PAD).size()
        self.offset = QPointF(0, 0)
        self.setZValue(34 if stop.worst else 31)

    @property
    def text(self) -> str:
        return " ".join(t for t in (self.head, self.chip, self.tail) if t)

    def set_offset(self, offset: QPointF) -> None:
        self.prepareGeometryChange()
        self.offset = offset

    def box(self) -> QRectF:
        return QRectF(self.offset, self.size)

    def boundingRect(self) -> QRectF:
        return self.box().adjusted(-2, -2, 2, 2)

    def paint(self, p: QPainter, option, widget=None) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        box = self.box()
        p.setPen(QPen(QColor(WORST_OUTLINE if self.stop.worst else "#555555"), 2.0 if self.stop.worst else 1.0))
        p.setBrush(QColor(255, 255, 255, 240))
        p.drawRoundedRect(box, 3, 3)
        x, y = box.left() + self.PAD, box.top() + self.PAD
        p.setFont(self.font)
        p.setPen(QColor("#000000"))
        p.drawText(QRectF(x, y, self._head_w + 1, self._line), Qt.AlignmentFlag.AlignVCenter, self.head)
        chip = QRectF(x + self._head_w + self.PAD, y + 1, self._chip_w, self._line - 2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(level_style.fill(self.stop.level))
        p.drawRect(chip)  # plain grey for unknown: hatching would cross out the word
        p.setFont(self.chip_font)
        p.setPen(level_style.text_colour(self.stop.level))
        p.drawText(chip, Qt.AlignmentFlag.AlignCenter, self.chip)
        if self.tail:
            p.setFont(self.font)
            p.setPen(QColor("#000000"))
            p.drawText(QRectF(x, y + self._line, box.width() - 2 * self.PAD, self._line),
                       Qt.AlignmentFlag.AlignVCenter, self.tail)


class Arrow(_ScreenItem):
    """A small arrowhead in the middle of a segment, pointing the way the trip goes."""

    def __init__(self, angle: float):
        super().__init__()
        self.setRotation(angle)
        self.setZValue(25)

    def boundingRect(self) -> QRectF:
        return QRectF(-9, -7, 18, 14)

    def paint(self, p: QPainter, option, widget=None) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(QColor(CASING), 1.5))
        p.setBrush(QColor(LINE))
        p.drawPolygon(QPolygonF([QPointF(7, 0), QPointF(-6, -6), QPointF(-3, 0), QPointF(-6, 6)]))


# --- the layer ----------------------------------------------------------------------------------


class TripLayer:
    """The trip's items in the map's scene; ``show(stops)`` replaces them."""

    def __init__(self, scene: QGraphicsScene, shapes: dict[str, QPainterPath]):
        self.scene = scene
        self.shapes = shapes
        self.anchors = Anchors(shapes)
        self.stops: list[Stop] = []
        self.points: list[QPointF] = []
        self.markers: list[Marker] = []
        self.labels: list[Label] = []
        self.worst_outline: QGraphicsPathItem | None = None
        self._items: list[QGraphicsItem] = []

    @property
    def worst(self) -> Stop | None:
        return next((s for s in self.stops if s.worst), None)

    def clear(self) -> None:
        for item in self._items:
            self.scene.removeItem(item)
        self._items, self.markers, self.labels, self.points, self.stops = [], [], [], [], []
        self.worst_outline = None

    def show(self, stops: list[Stop]) -> None:
        self.clear()
        stops = [s for s in stops if s.code in self.shapes]
        self.stops = stops
        if not stops:
            return
        self.points = self.anchors.route([s.code for s in stops])
        worst = self.worst
        # A small country is outlined so it is found at once; a large one would only draw a
        # heavy line round a continent (and round whatever the map's shape counts as its own).
        box = self.shapes[worst.code].boundingRect() if worst is not None else QRectF()
        if worst is not None and box.width() <= OUTLINE_UP_TO and box.height() <= OUTLINE_UP_TO:
            outline = QGraphicsPathItem(self.shapes[worst.code])
            pen = QPen(QColor(WORST_OUTLINE), 3.5)
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            outline.setPen(pen)
            outline.setZValue(15)
            outline.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self._add(outline)
            self.worst_outline = outline
        for i in range(1, len(stops)):
            a, b = self.points[i - 1], self.points[i]
            if a == b:
                continue
            dashed = stops[i].kind == "overflight"
            path = QPainterPath(a)
            path.lineTo(b)
            for colour, width, z in ((CASING, 6.0, 20), (LINE, 2.5, 21)):
                item = QGraphicsPathItem(path)
                pen = QPen(QColor(colour), width)
                pen.setCosmetic(True)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                if dashed and colour == LINE:
                    pen.setStyle(Qt.PenStyle.DashLine)
                item.setPen(pen)
                item.setZValue(z)
                item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                self._add(item)
            arrow = Arrow(-QLineF(a, b).angle())
            arrow.setPos((a + b) / 2)
            self._add(arrow)
        seen: dict[str, int] = {}
        for stop, point in zip(stops, self.points):
            shift = seen.get(stop.code, 0)
            seen[stop.code] = shift + 1
            marker = Marker(stop, shift)
            marker.setPos(point)
            marker.setToolTip(self.tooltip(stop))
            self._add(marker)
            self.markers.append(marker)
            label = Label(stop)
            label.setPos(point)
            label.setToolTip(self.tooltip(stop))
            self._add(label)
            self.labels.append(label)

    @staticmethod
    def tooltip(stop: Stop) -> str:
        text = translate("TripLayer", "Leg {n}: {name}, {kind}: {level}").format(
            n=stop.number, name=stop.name, kind=leg_kinds.name(stop.kind),
            level=level_style.range_label(stop.level, stop.ceiling))
        if stop.reason:
            text += " — " + stop.reason
        if stop.worst:
            text += "\n" + translate("TripLayer", "The most dangerous leg of the trip.")
        return text

    def _add(self, item: QGraphicsItem) -> None:
        self.scene.addItem(item)
        self._items.append(item)

    def bounds(self) -> QRectF | None:
        """The part of the map the trip needs, with room round it for the labels."""
        if not self.points:
            return None
        xs = [p.x() for p in self.points]
        ys = [p.y() for p in self.points]
        for stop in self.stops:  # small countries whole, so their shape is seen
            box = self.shapes[stop.code].boundingRect()
            if box.width() < 80 and box.height() < 80:
                xs += [box.left(), box.right()]
                ys += [box.top(), box.bottom()]
        # (QRectF.united would skip the empty rectangle of a single point.)
        rect = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        w, h = max(rect.width(), 120.0), max(rect.height(), 70.0)
        centre = rect.center()
        rect = QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)
        return rect.adjusted(-w * 0.25, -h * 0.25, w * 0.25, h * 0.25)

    def place_labels(self, view) -> None:
        """Put each label beside its marker where it covers no other label, marker or line
        (in the view's pixels: call again when the zoom changes)."""
        if not self.labels:
            return

        def to_view(p: QPointF) -> QPointF:
            return QPointF(view.mapFromScene(p))

        centres = [to_view(p) + m.centre for p, m in zip(self.points, self.markers)]
        discs = [QRectF(c.x() - m.radius - 3, c.y() - m.radius - 3, 2 * m.radius + 6, 2 * m.radius + 6)
                 for c, m in zip(centres, self.markers)]
        segments = [QLineF(to_view(self.points[i - 1]), to_view(self.points[i])) for i in range(1, len(self.points))]
        viewport = QRectF(view.viewport().rect())
        taken: list[QRectF] = []
        # The worst leg's label is placed first, so it gets the best spot.
        order = sorted(range(len(self.labels)), key=lambda i: (not self.labels[i].stop.worst, i))
        for i in order:
            label, marker = self.labels[i], self.markers[i]
            w, h = label.size.width(), label.size.height()
            r, gap, cx = marker.radius, 6.0, marker.centre.x()
            options = [
                QPointF(cx + r + gap, -h / 2), QPointF(cx - r - gap - w, -h / 2),
                QPointF(cx - w / 2, r + gap), QPointF(cx - w / 2, -r - gap - h),
                QPointF(cx + r, r), QPointF(cx - r - w, r), QPointF(cx + r, -r - h), QPointF(cx - r - w, -r - h),
            ]
            origin = to_view(self.points[i])
            centre = origin + QPointF(cx, 0)
            best, best_cost = options[0], None
            for rank, off in enumerate(options):
                # Beside, below or above the marker, a label may slide along it to stay in view.
                off = off + _slide(QRectF(origin + off, label.size), viewport, centre, r, rank)
                box = QRectF(origin + off, label.size)
                cost = 10 * sum(box.intersects(t) for t in taken)
                cost += 6 * sum(box.intersects(d) for j, d in enumerate(discs) if j != i)
                cost += 3 * sum(_crosses(s, box) for s in segments)
                cost += 0 if viewport.contains(box) else 4
                cost += rank * 0.01
                if best_cost is None or cost < best_cost:
                    best, best_cost = off, cost
            label.set_offset(best)
            taken.append(QRectF(origin + best, label.size))


def _slide(box: QRectF, viewport: QRectF, centre: QPointF, r: float, option: int) -> QPointF:
    """How far to move a label (right of, left of, below or above its marker: options 0-3)
    so that it stays in the viewport while still touching the marker."""
    if option > 3:
        return QPointF(0, 0)

    def shift(lo: float, hi: float, vlo: float, vhi: float, keep_lo: float, keep_hi: float) -> float:
        d = 0.0
        if hi > vhi:
            d = vhi - hi
        if lo + d < vlo:
            d = vlo - lo
        # Still touching: the label must keep covering part of [keep_lo, keep_hi].
        return max(min(d, keep_hi - lo), keep_lo - hi)

    if option in (2, 3):  # below, above: slide sideways
        return QPointF(shift(box.left(), box.right(), viewport.left(), viewport.right(),
                             centre.x() - r, centre.x() + r), 0)
    return QPointF(0, shift(box.top(), box.bottom(), viewport.top(), viewport.bottom(),
                            centre.y() - r, centre.y() + r))


def _crosses(line: QLineF, box: QRectF) -> bool:
    if box.contains(line.p1()) or box.contains(line.p2()):
        return True
    edges = (QLineF(box.topLeft(), box.topRight()), QLineF(box.topRight(), box.bottomRight()),
             QLineF(box.bottomRight(), box.bottomLeft()), QLineF(box.bottomLeft(), box.topLeft()))
    return any(line.intersects(e)[0] == QLineF.IntersectionType.BoundedIntersection for e in edges)

