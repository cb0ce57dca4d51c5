"""The right side: the explanation of the chosen destination, the profile form and the trip
builder, as tabs. The form and the builder are built when first shown: a screenshot of the
map never pays for them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from .explanation import ExplanationPane

if TYPE_CHECKING:
    from .profile_form import ProfileForm
    from .trip_panel import TripPanel
    from .trip_state import TripState
    from .world_state import WorldState

EXPLANATION_TAB, PROFILE_TAB, TRIP_TAB = range(3)


class SidePanel(QTabWidget):
    """``profileFinished`` when the form's last step is done, ``showOnMap`` when the trip
    builder asks for the map; ``message(text, ms)`` for the status bar. With ``first_run``
    the form starts empty, else from the profile in the view-model."""

    profileFinished = Signal()
    showOnMap = Signal()
    message = Signal(str, int)

    def __init__(self, state: WorldState, parent=None):
        super().__init__(parent)
        self._state = state
        self.trip_state: TripState | None = None  # the window's, once the core is attached
        self.first_run = False
        self._form: ProfileForm | None = None
        self._trip_panel: TripPanel | None = None
        self.explanation = ExplanationPane(self)
        self.explanation.trust = lambda: (state.tags(), state.notices())
        self.explanation.linkCopied.connect(self._link_copied)
        self.profile_page = QWidget(self)
        self.trip_page = QWidget(self)
        for page in (self.profile_page, self.trip_page):
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.addTab(self.explanation, "")
        self.addTab(self.profile_page, "")
        self.addTab(self.trip_page, "")
        self.currentChanged.connect(self._tab_changed)
        state.assessed.connect(self._assessed)
        state.selected.connect(self._selected)
        self.retranslate()

    @property
    def form(self) -> ProfileForm:
        """The profile form, built on first use."""
        if self._form is None:
            from travelrisk.model.interview import Interview

            from .profile_form import ProfileForm

            interview = Interview(None if self.first_run else self._state.profile)
            self._form = ProfileForm(interview, self.profile_page)
            self.profile_page.layout().addWidget(self._form)
            self._form.profileEdited.connect(self._state.set_profile)
            self._form.finished.connect(self.profileFinished)
        return self._form

    def drop_form(self) -> None:
        """Forget the form (and the answers typed in it); the next one starts afresh."""
        if self._form is not None:
            self._form.setParent(None)
            self._form.deleteLater()
            self._form = None

    @property
    def trip_panel(self) -> TripPanel:
        """The trip builder, built on first use."""
        if self._trip_panel is None:
            from .trip_panel import TripPanel

            # In a scroll area: the builder's width never forces the window wider than the
            # map and the legend need (at 200% text, too).
            scroll = QScrollArea(self.trip_page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self._trip_panel = TripPanel(self.trip_state, scroll)
            scroll.setWidget(self._trip_panel)
            self.trip_page.layout().addWidget(scroll)
            self._trip_panel.showOnMap.connect(self.showOnMap)
            self._trip_panel.explanation.linkCopied.connect(self._link_copied)
        return self._trip_panel

    def building_trip(self) -> int | None:
        """The leg chosen in the trip builder while it is in front, else None."""
        if self.currentIndex() == TRIP_TAB and self._trip_panel is not None:
            return self._trip_panel.current
        return None

    def show_tab(self, index: int, focus: bool = True) -> None:
        self.setCurrentIndex(index)
        if focus:
            if index == PROFILE_TAB:
                self.form.focus_first_field()
            elif index == TRIP_TAB:
                panel = self.trip_panel
                target = panel.table if self.trip_state.legs else panel.add_button
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            else:
                self.explanation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _tab_changed(self, index: int) -> None:
        if index == PROFILE_TAB:
            self.form  # noqa: B018 - builds it
        elif index == TRIP_TAB:
            self.trip_panel  # noqa: B018
        self._fit()

    def _fit(self) -> None:
        """The trip builder is as wide as it needs to be (the splitter gives it that much on a
        narrow window), so that nothing in it is cut off; the other tabs need no minimum."""
        need = 0
        if self.currentIndex() == TRIP_TAB and self._trip_panel is not None:
            style = self.style()
            need = (self._trip_panel.minimumSizeHint().width() + style.pixelMetric(style.PixelMetric.PM_ScrollBarExtent)
                    + 4 * style.pixelMetric(style.PixelMetric.PM_DefaultFrameWidth) + 8)
        self.setMinimumWidth(need)

    # --- what the view-model says ---------------------------------------------------------

    def _assessed(self) -> None:
        self.explanation.set_glance(self._state.glance)
        self._explain(self._state.selection)

    def _selected(self, code: str) -> None:
        self._explain(code)
        if code and self.currentIndex() != TRIP_TAB:  # building a trip: stay there
            self.show_tab(EXPLANATION_TAB, focus=False)

    def _explain(self, code: str | None) -> None:
        early = self._state.early_document(code)  # chosen at start-up, before the core is here
        if early is not None:
            self.explanation.show_document(early)
        else:
            self.explanation.show_assessment(self._state.assessment(code))

    def _link_copied(self, url: str) -> None:
        self.message.emit(self.tr("Copied to the clipboard (not opened): {url}").format(url=url), 8000)

    def retranslate(self) -> None:
        self.setTabText(EXPLANATION_TAB, self.tr("Explanation"))
        self.setTabText(PROFILE_TAB, self.tr("Your profile"))
        self.setTabText(TRIP_TAB, self.tr("Trip"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
