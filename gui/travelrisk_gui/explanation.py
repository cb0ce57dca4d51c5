"""The explanation pane: one destination's level, each finding in plain words with its
sources, and what is not known.

Everything comes from the core's :class:`~travelrisk.model.assessment.Assessment`; this module
only lays it out. Source links are never opened: activating "Copy link" puts the address on
the clipboard, so the person decides when and how to visit it.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTextBrowser

from travelrisk.model.levels import Level

from . import leg_kinds, level_style

if TYPE_CHECKING:
    from travelrisk.model.assessment import Assessment, Finding
    from travelrisk.engine.glance import Glance


def _tr(text: str) -> str:
    return QCoreApplication.translate("Explanation", text)


def badge(level: Level | None, text: str | None = None) -> str:
    """A level written in words on its colour (never the colour alone)."""
    bg = level_style.fill(level).name()
    fg = level_style.text_colour(level).name()
    return (
        f'<span style="background-color:{bg}; color:{fg}; font-weight:bold;">'
        f"&nbsp;{escape(text or level_style.label(level))}&nbsp;</span>"
    )


def _neutral_badge(text: str) -> str:
    return (
        '<span style="background-color:#e8e8e8; color:#000000; font-weight:bold;">'
        f"&nbsp;{escape(text)}&nbsp;</span>"
    )


_CONFIDENCE = {
    "established": "established (treaty text, official record or court)",
    "reported": "reported (credible media or NGO)",
    "unverified": "unverified (a lead nobody has confirmed)",
}


def warning_badge(text: str) -> str:
    """A rulebook warning ("unsigned data") written beside a level, in the warning colours."""
    return (
        '<span style="background-color:#fff1c2; color:#3d2c00; font-weight:bold;">'
        f"&nbsp;⚠ {escape(text)}&nbsp;</span>"
    )


def trust_tags(a: Assessment, tags: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The words to write beside this assessment's level: ``tags`` from the rulebook in use,
    and "unsigned data" whenever the assessment itself says its rulebook was not signed."""
    out = list(tags)
    unsigned = _tr("unsigned data")
    if a.rulebook.signed is False and unsigned not in out:
        out.insert(0, unsigned)
    return out


def notices_html(notices: list[str] | tuple[str, ...]) -> str:
    """The core's rulebook notices in full, under a level."""
    return "".join(
        "<p style='background-color:#fff1c2; color:#3d2c00;'>⚠ " + escape(n[:1].upper() + n[1:]) + "</p>"
        for n in notices
    )


def _confidence(value: str) -> str:
    return _tr(_CONFIDENCE.get(value, value))


def range_badges(level: Level, ceiling: Level) -> str:
    """``LOW`` alone when settled; ``LOW – could be SEVERE`` when open questions separate them."""
    if ceiling is level:
        return badge(level)
    return badge(level) + "&nbsp;" + escape(_tr("– could be")) + "&nbsp;" + badge(ceiling)


def question_badge(c) -> str:
    """An open question's level (what it could raise the answer to), if it has one."""
    return badge(c.level) + "&nbsp; " if c.level is not None else ""


def _effect_badge(f: Finding) -> str:
    from travelrisk.language.rule import Effect

    if f.effect is Effect.RAISES:
        return badge(f.level)
    if f.effect is Effect.LOWERS:
        return _neutral_badge(_tr("PROTECTS YOU"))
    return _neutral_badge(_tr("GOOD TO KNOW"))


def _finding_html(f: Finding, urls: list[str]) -> str:
    out = [f"<p>{_effect_badge(f)}&nbsp; <b>{escape(f.title)}</b><br>{escape(f.text)}</p>"]
    if f.facts:
        out.append("<ul>" + "".join(f"<li>{escape(fact)}</li>" for fact in f.facts) + "</ul>")
    out.append(
        "<p style='margin-left:12px'>"
        + _tr("How sure: {confidence}. Rule: {rule}.").format(
            confidence=escape(_confidence(f.confidence.value)), rule=escape(f.rule_id)
        )
        + "</p>"
    )
    if f.sources:
        items = []
        for s in f.sources:
            line = _tr("{title} — {publisher}, {date}").format(
                title=f"<b>{escape(s.title)}</b>", publisher=escape(s.publisher), date=s.date.isoformat()
            )
            if s.url:
                urls.append(s.url)
                line += (
                    f'<br><a href="copy:{len(urls) - 1}">{escape(_tr("Copy link"))}</a> '
                    f'<span style="color:#444444">{escape(s.url)}</span>'
                )
            items.append(f"<li>{line}</li>")
        out.append(f"<p style='margin-left:12px'>{escape(_tr('Sources:'))}</p><ol>{''.join(items)}</ol>")
    return "".join(out)


def explanation_html(a: Assessment, context: str | None = None, tags: list[str] | tuple[str, ...] = (),
                     notices: list[str] | tuple[str, ...] = ()) -> tuple[str, list[str]]:
    """The pane's HTML and the source addresses its "copy:N" links stand for; ``context``
    is a line above the heading (which leg of a trip this is); ``tags`` and ``notices`` are
    the rulebook's warnings ("unsigned data", its age), shown beside and under the level."""
    from travelrisk.model.assessment import CaveatKind

    urls: list[str] = []
    h: list[str] = []
    if context:
        h.append(f"<p><b>{escape(context)}</b></p>")
    h.append(f"<h2>{escape(a.destination_name)} ({escape(a.destination)})</h2>")
    warn = "".join("&nbsp;" + warning_badge(t) for t in trust_tags(a, tags))
    h.append(
        f"<p style='font-size:x-large'>{range_badges(a.level, a.ceiling)}{warn}&nbsp; "
        + escape((_tr("risk for you where you live, on {day}") if a.residence
                  else _tr("risk for you if you travel on {day}")).format(day=a.as_of.isoformat()))
        + "</p>"
    )
    h.append(notices_html(notices))
    questions = [c for c in a.caveats if c.kind is CaveatKind.OPEN_QUESTION]
    others = [c for c in a.caveats if c.kind is not CaveatKind.OPEN_QUESTION]
    if a.level is Level.UNKNOWN:
        h.append("<p><b>" + escape(_tr("Not researched: it could be anything up to {ceiling}. Unknown does not "
                                       "mean safe.").format(ceiling=level_style.label(a.ceiling))) + "</b></p>")
    elif not a.settled:
        h.append("<p><b>" + escape(_tr("{level} is what the facts on record give; {ceiling} is what it could be "
                                       "if the open questions below were answered against you.").format(
            level=level_style.label(a.level), ceiling=level_style.label(a.ceiling))) + "</b></p>")
    if not a.settled and questions:
        h.append("<h3>" + escape(_tr("What separates {level} from {ceiling} ({n} open questions: research nobody "
                                     "has done yet, not safety)").format(
            level=level_style.label(a.level), ceiling=level_style.label(a.ceiling), n=len(questions))) + "</h3><ul>")
        h.extend(f"<li>{question_badge(c)}{escape(c.text)}</li>" for c in questions)
        h.append("</ul>")
    if a.level is not Level.UNKNOWN:
        h.append("<p><b>" + escape(_tr("Main reason:")) + "</b> " + escape(a.main_reason) + "</p>")
    if a.leg_kind != "entry" or context:
        h.append("<p><b>" + escape(_tr("How you pass through:")) + "</b> " + escape(leg_kinds.name(a.leg_kind))
                 + ". " + escape(leg_kinds.explanation(a.leg_kind)) + "</p>")
    if a.requesters:
        who = "; ".join(f"{escape(r.name)} ({escape(', '.join(r.reasons))})" for r in a.requesters)
        h.append("<p><b>" + escape(_tr("States that pursue you:")) + "</b> " + who + "</p>")
        if a.research.total:
            h.append("<p>" + escape(_tr("Research behind this answer: {answered} of {total} checklist questions "
                                        "answered for the states that pursue you.").format(
                answered=a.research.answered, total=a.research.total)) + "</p>")
    else:
        h.append("<p>" + escape(_tr("Your profile names no state that pursues you. Fill in the profile to see your risks.")) + "</p>")

    if len(a.findings) > 1:  # the gist first, the details and sources after
        h.append("<p><b>" + escape(_tr("In short:")) + "</b></p><ul>")
        for f in a.findings:
            h.append(f"<li>{_effect_badge(f)}&nbsp; {escape(f.title)}</li>")
        h.append("</ul>")
    h.append("<h3>" + escape(_tr("Findings ({n}), by what they risk").format(n=len(a.findings))) + "</h3>")
    if a.findings:
        for harm, findings in a.by_harm():
            h.append(f"<h4>{escape(harm)}</h4>")
            h.extend(_finding_html(f, urls) for f in findings)
    elif a.researched:
        h.append("<p>" + escape(_tr("No rule matched for your profile.")) + "</p>")
    else:
        h.append("<p>" + escape(_tr("Nothing is known about this destination.")) + "</p>")

    if questions and a.settled:
        h.append("<h3>" + escape(_tr("Open questions (missing research, not safety)")) + "</h3><ul>")
        h.extend(f"<li>{escape(c.text)}</li>" for c in questions)
        h.append("</ul>")
    if others:
        h.append("<h3>" + escape(_tr("Caveats")) + "</h3><ul>")
        for c in others:
            strong = c.kind is CaveatKind.DATA_AGE
            text = escape(c.text)
            h.append(f"<li>{'<b>⚠ ' + text + '</b>' if strong else text}</li>")
        h.append("</ul>")
    r = a.rulebook
    h.append(
        "<p style='color:#444444'>"
        + escape(_tr("Rulebook {version}, reviewed {reviewed}, content hash {hash}…").format(
            version=r.version, reviewed=r.reviewed.isoformat(), hash=r.content_hash[:16]))
        + "<br>" + escape(_tr("This is information, not legal advice.")) + "</p>"
    )
    return "".join(h), urls


def overview_html(glance: Glance, notices: list[str] | tuple[str, ...] = ()) -> str:
    """Before a destination is chosen: the core's levels for the whole world, grouped, so
    the worst places can be read at a glance (under the rulebook's warnings, if any)."""
    h = ["<h2>" + escape(_tr("Your map at a glance")) + "</h2>", notices_html(notices)]
    if glance.pursuers:
        who = "; ".join(f"{escape(p.name)} ({escape(', '.join(p.reasons))})" for p in glance.pursuers)
        h.append("<p><b>" + escape(_tr("States that pursue you:")) + "</b> " + who + "</p>")
    else:
        # A first run: the map is neutral, and says why.
        h.append("<p><b>" + escape(_tr("Your profile names no state that pursues you yet, so no level means "
                                       "anything: the map stays grey.")) + "</b></p>")
        h.append("<p>" + escape(_tr("Answer the questions in “Your profile”: which states list you or could, "
                                    "and why. Nothing is written to disk unless you choose to save it.")) + "</p>")
        return "".join(h)
    by_level: dict[Level, list[str]] = {}
    for code, name in sorted(glance.names.items(), key=lambda item: item[1]):
        by_level.setdefault(glance.levels[code], []).append(name)
    for level in level_style.LEVELS_SHOWN:
        names = by_level.get(level, [])
        if not names:
            continue
        if level in (Level.UNKNOWN, Level.LOW) or len(names) > 24:
            listed = escape(_tr("{n} countries (see “All countries”)").format(n=len(names)))
        else:
            listed = escape(", ".join(names))
        h.append(f"<p>{badge(level)}&nbsp; {listed}</p>")
    unsettled = glance.unsettled()
    if unsettled:
        h.append("<p>" + escape(_tr("{n} researched countries could be worse than their level: open questions "
                                    "nobody has researched yet. They are striped on the map in the colour of the "
                                    "worst case.").format(n=unsettled)) + "</p>")
    h.append("<p>" + escape(_tr("Click a country on the map, or type its name or code in “Find a country” (Ctrl+F), "
                                "to see why: each finding with its sources.")) + "</p>")
    return "".join(h)


def empty_html() -> str:
    return (
        "<h2>" + escape(_tr("Choose a destination")) + "</h2><p>"
        + escape(_tr("Click a country on the map, or type its name or code in “Find a country” (Ctrl+F)."))
        + "</p><p>" + escape(_tr("The level, the reasons for it and their sources will appear here.")) + "</p>"
    )


class ExplanationPane(QTextBrowser):
    """Shows one assessment. ``linkCopied(url)`` tells the window a source address was copied."""

    linkCopied = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("explanation")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._anchor)
        self._assessment: Assessment | None = None
        self._context: str | None = None
        self._html: str | None = None
        self._glance: Glance | None = None
        self._urls: list[str] = []
        #: Returns ``(tags, notices)`` for the rulebook in use (see ``WorldState.tags``/``notices``).
        self.trust = None
        self.setAccessibleName(self.tr("Explanation of the selected destination"))
        self.show_assessment(None)

    @property
    def assessment(self) -> Assessment | None:
        return self._assessment

    @property
    def urls(self) -> list[str]:
        return list(self._urls)

    def set_glance(self, glance: Glance | None) -> None:
        """The whole world at a glance, shown while no destination is chosen."""
        self._glance = glance
        if self._assessment is None:
            self.show_assessment(None)

    def show_assessment(self, a: Assessment | None, context: str | None = None) -> None:
        self._assessment = a
        self._context = context
        self._html = None
        if a is None:
            self._urls = []
            notices = self.trust()[1] if self.trust is not None else ()
            self.setHtml(overview_html(self._glance, notices) if self._glance is not None else empty_html())
        else:
            tags, notices = self.trust() if self.trust is not None else ((), ())
            html, self._urls = explanation_html(a, context, tags, notices)
            self.setHtml(html)

    def show_html(self, html: str) -> None:
        """Something other than an assessment (a trip still being built)."""
        self._assessment, self._context, self._urls = None, None, []
        self._html = html
        self.setHtml(html)

    def copy_link(self, index: int) -> str:
        url = self._urls[index]
        QGuiApplication.clipboard().setText(url)
        self.linkCopied.emit(url)
        return url

    def _anchor(self, url: QUrl) -> None:
        # Only our own "copy:N" anchors do anything; no address is ever opened.
        if url.scheme() == "copy":
            try:
                self.copy_link(int(url.path()))
            except (ValueError, IndexError):
                pass

    def loadResource(self, kind, name):  # noqa: N802 - Qt's name
        return None  # never fetch anything an HTML fragment could name

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._html is None:
            self.show_assessment(self._assessment, self._context)
        super().changeEvent(event)
