"""The world map: one shape a country, coloured by the level the core gave it.

Hovering names the country and its level (tooltip and ``hovered`` signal, for the status
bar); a click selects it. Tiny states are drawn as the SVG's circle markers, and every
country can also be reached from the search box and the all-countries list. A trip is drawn
over the countries by :class:`~travelrisk_gui.trip_layer.TripLayer`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPainterPath, QPen, QShortcut
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsView

from travelrisk.model.levels import Level

from . import i18n, level_style
from .trip_layer import Stop, TripLayer
from .worldmap import DISPUTED, WorldShapes

# Shapes in the map that have no ISO 3166-1 code, so the core cannot assess them, and the
# disputed areas drawn apart (worldmap.DISPUTED): their names, translated here.
_NON_ISO_NAMES = {"XK": QT_TRANSLATE_NOOP("MapView", "Kosovo")}
_DISPUTED_NAMES = {"XQ": QT_TRANSLATE_NOOP("MapView", "Crimea")}


#: ``translate("MapView", "text")``: the form pyside6-lupdate reads.
translate = QCoreApplication.translate


def country_label(code: str) -> str:
    """A shape's name in the reader's language."""
    if code in _NON_ISO_NAMES:
        return translate("MapView", _NON_ISO_NAMES[code])
    if code in DISPUTED:
        return translate("MapView", _DISPUTED_NAMES.get(code, DISPUTED[code]))
    return i18n.country(code)


class CountryItem(QGraphicsPathItem):
    """One country's shape; ``unknown`` gets a hatched grey (see ``MapView.recolour``)."""

    def __init__(self, code: str, shape: QPainterPath, pen: QPen):
        super().__init__(shape)
        self.code = code
        self.level: Level | None = None
        self.ceiling: Level | None = None
        self._shape = shape
        self.setAcceptHoverEvents(True)
        self.setPen(pen)

    @property
    def hatched(self) -> bool:
        """Drawn with stripes: not assessed, or an answer that could be worse than its level.
        (No answer at all, for a profile that names nobody who pursues the person, is plain
        grey: the neutral map of a first run.)"""
        if self.level is Level.UNKNOWN and self.ceiling is Level.UNKNOWN:
            return False
        return self.level is None or self.level is Level.UNKNOWN or (
            self.ceiling is not None and self.ceiling is not self.level)

    def shape(self) -> QPainterPath:
        # Qt's default strokes the outline to find the shape: costly for a coastline, at
        # every hover. The area is what a click or a hover means.
        return self._shape

    def hoverEnterEvent(self, event) -> None:
        scene = self.scene()
        for view in scene.views() if scene is not None else ():
            if isinstance(view, MapView):
                view.hovered.emit(self.code)
        super().hoverEnterEvent(event)


class MapView(QGraphicsView):
    """The map widget. ``recolour(levels, ceilings)`` takes the core's answers; it computes none."""

    hovered = Signal(str)
    clicked = Signal(str)

    def __init__(self, shapes: WorldShapes, parent=None):
        super().__init__(parent)
        self.setObjectName("worldMap")
        self._scene = QGraphicsScene(self)
        self._scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setScene(self._scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setBackgroundBrush(QColor(level_style.OCEAN))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(240, 140)
        self.items_by_code: dict[str, CountryItem] = {}
        # Width 0: a one-pixel hairline at any zoom, and Qt's fast path for it.
        border = QPen(QColor(level_style.BORDER), 0)
        border.setCosmetic(True)
        for code, shape in shapes.shapes.items():
            item = CountryItem(code, shape, border)
            box = shape.boundingRect()
            item.setZValue(-box.width() * box.height())  # small states above the big ones round them
            self._scene.addItem(item)
            self.items_by_code[code] = item
        self._bounds = shapes.bounds.adjusted(-10, -10, 10, 10)
        self._scene.setSceneRect(self._bounds)
        self._outline = QGraphicsPathItem()
        pen = QPen(QColor(level_style.SELECTED), 2.5)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._outline.setPen(pen)
        self._outline.setZValue(10)
        self._outline.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._outline.setVisible(False)
        self._scene.addItem(self._outline)
        self.trip = TripLayer(self._scene, shapes.shapes)
        self._zoom = 1.0
        self._focus: QRectF | None = None  # the part of the map zoomed to, kept on resize
        self._press: QPointF | None = None
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.user_zoom(1.25)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.user_zoom(0.8)),
            (QKeySequence("Ctrl+0"), self.reset_zoom),
        ):
            sc = QShortcut(keys, self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        self.setAccessibleName(translate("MapView", "World map coloured by risk level"))
        self.setToolTip("")

    # --- colours and selection ------------------------------------------------------------

    def recolour(self, levels: dict[str, Level], ceilings: dict[str, Level] | None = None) -> None:
        """Colour every shape from the core's levels, striped in the ceiling's colour where
        the answer could be worse (codes the core lacks: not assessed)."""
        ceilings = ceilings or {}
        for code, item in self.items_by_code.items():
            level = levels.get(code)
            ceiling = ceilings.get(code, level)
            if code in DISPUTED:
                tip = translate("MapView", "{name}: a disputed area, drawn apart in neutral grey; no state's level "
                                "colours it. Read the answers for the states concerned.").format(
                    name=country_label(code))
            elif level is None:
                tip = translate("MapView", "{name}: not assessed (no ISO 3166 code)").format(name=country_label(code))
            else:
                tip = translate("MapView", "{name} ({code}): {level}").format(
                    name=country_label(code), code=code, level=level_style.range_label(level, ceiling)
                )
            item.level = level
            item.ceiling = ceiling if level is not None else None
            item.setToolTip(tip)
            if not item.hatched:
                item.setBrush(level_style.fill(level))
        self._apply_hatch()

    def _apply_hatch(self) -> None:
        """Give striped shapes their brush, the stripes spaced for the current zoom: a shape no
        level applies to gets the neutral hatching; an unsettled answer its level's colour
        striped with its ceiling's."""
        scale = self.transform().m11()
        neutral = level_style.hatched_fill(scale)
        for item in self.items_by_code.values():
            if not item.hatched:
                continue
            if item.level is None:
                item.setBrush(neutral)
            else:
                item.setBrush(level_style.range_fill(item.level, item.ceiling or Level.SEVERE, scale))

    def show_selection(self, code: str | None) -> None:
        item = self.items_by_code.get(code or "")
        if item is None:
            self._outline.setVisible(False)
            return
        self._outline.setPath(item.path())
        self._outline.setVisible(True)

    def centre_on(self, code: str) -> None:
        item = self.items_by_code.get(code)
        if item is not None and self._zoom > 1.0:
            self.centerOn(item.path().boundingRect().center())

    def show_trip(self, stops: list[Stop]) -> None:
        """Draw a trip (the core's levels for each leg); an empty list removes it."""
        self.trip.show(stops)
        self.trip.place_labels(self)

    def fit_trip(self) -> None:
        """Zoom to the trip, so its legs and labels can be read."""
        rect = self.trip.bounds()
        if rect is not None:
            self.zoom_to(rect)

    def code_at(self, pos) -> str | None:
        for item in self.items(pos):
            if isinstance(item, CountryItem):
                return item.code
        return None

    # --- zoom and mouse -------------------------------------------------------------------

    def fit(self) -> None:
        self.resetTransform()
        self.fitInView(self._bounds, Qt.AspectRatioMode.KeepAspectRatio)
        self._zoom = 1.0
        self._apply_hatch()
        self.trip.place_labels(self)

    def reset_zoom(self) -> None:
        self._focus = None
        self.fit()

    def user_zoom(self, factor: float) -> None:
        self._focus = None
        self.zoom_by(factor)

    def zoom_to(self, rect: QRectF) -> None:
        """Show ``rect`` (scene coordinates) as large as the view allows, centred."""
        self.fit()
        viewport = self.viewport().rect()
        if rect.width() > 0 and rect.height() > 0 and self.transform().m11() > 0:
            need = min(viewport.width() / rect.width(), viewport.height() / rect.height())
            self.zoom_by(need / self.transform().m11())
        self.centerOn(rect.center())
        self._focus = QRectF(rect)
        self.trip.place_labels(self)

    def zoom_by(self, factor: float) -> None:
        new = min(max(self._zoom * factor, 1.0), 40.0)
        if new == self._zoom:
            return
        self.scale(new / self._zoom, new / self._zoom)
        self._zoom = new
        self._apply_hatch()
        self.trip.place_labels(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._focus is not None:
            self.zoom_to(self._focus)
            return
        zoom = self._zoom
        self.fit()
        if zoom > 1.0:
            self.zoom_by(zoom)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.user_zoom(1.2**steps)
        event.accept()

    def mousePressEvent(self, event) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        moved = (event.position() - self._press).manhattanLength()
        self._press = None
        if moved <= 4:  # a click, not a drag
            code = self.code_at(event.position().toPoint())
            if code is not None:
                self.clicked.emit(code)

    def leaveEvent(self, event) -> None:
        self.hovered.emit("")
        super().leaveEvent(event)
