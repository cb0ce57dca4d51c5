"""The explanation pane: one destination's level, each finding in plain words with its
sources, and what is not known.

Everything comes from the core's :class:`~travelrisk.model.assessment.Assessment`; this module
only lays it out. Source links are never opened: activating "Copy link" puts the address on
the clipboard, so the person decides when and how to visit it.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTextBrowser

from travelrisk.model.levels import Level

from . import i18n, leg_kinds, level_style
from .explanation_doc import Document, document, effect_tag

if TYPE_CHECKING:
    from travelrisk.model.assessment import Assessment, Finding
    from travelrisk.engine.glance import Glance


#: ``translate("Explanation", "text")``: the form pyside6-lupdate reads.
translate = QCoreApplication.translate


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


#: What each confidence rests on, after its name (the rulebook's word for it).
_CONFIDENCE = {
    "established": QT_TRANSLATE_NOOP("Explanation", "{confidence} (treaty text, official record or court)"),
    "reported": QT_TRANSLATE_NOOP("Explanation", "{confidence} (credible media or NGO)"),
    "unverified": QT_TRANSLATE_NOOP("Explanation", "{confidence} (a lead nobody has confirmed)"),
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
    return _trust(a.rulebook.signed, tags)


def _trust(signed: bool | None, tags: list[str] | tuple[str, ...]) -> list[str]:
    out = list(tags)
    unsigned = translate("Explanation", "unsigned data")
    if signed is False and unsigned not in out:
        out.insert(0, unsigned)
    return out


def notices_html(notices: list[str] | tuple[str, ...]) -> str:
    """The core's rulebook notices in full, under a level."""
    return "".join(
        "<p style='background-color:#fff1c2; color:#3d2c00;'>⚠ " + escape(n[:1].upper() + n[1:]) + "</p>"
        for n in notices
    )


def _confidence(value: str, word: str) -> str:
    """A confidence as the rulebook names it (``word``), with what it rests on."""
    return translate("Explanation", _CONFIDENCE[value]).format(confidence=word) if value in _CONFIDENCE else word


def range_badges(level: Level, ceiling: Level) -> str:
    """``LOW`` alone when settled; ``LOW – could be SEVERE`` when open questions separate them."""
    if ceiling is level:
        return badge(level)
    return badge(level) + "&nbsp;" + escape(translate("Explanation", "– could be")) + "&nbsp;" + badge(ceiling)


def question_badge(level: str | None) -> str:
    """An open question's level (what it could raise the answer to), if it has one."""
    return badge(Level(level)) + "&nbsp; " if level is not None else ""


def _effect_badge(f: Finding) -> str:
    """A finding's tag: its level when it raises it; else the rulebook's word for its effect,
    which in English is the CLI's and the memo's ("PROTECTS YOU", "GOOD TO KNOW": ``Effect.label``)."""
    return _tag_badge(effect_tag(f))


def _tag_badge(tag: dict) -> str:
    """A finding's tag as a document holds it (``explanation_doc.effect_tag``)."""
    if tag["effect"] is None:
        return badge(Level(tag["level"]) if tag["level"] is not None else None)
    return _neutral_badge(tag["effect"])


def _finding_html(f: dict, urls: list[str]) -> str:
    out = [f"<p>{_tag_badge(f)}&nbsp; <b>{escape(f['title'])}</b><br>{escape(f['text'])}</p>"]
    if f["facts"]:
        out.append("<ul>" + "".join(f"<li>{escape(fact)}</li>" for fact in f["facts"]) + "</ul>")
    out.append(
        "<p style='margin-left:12px'>"
        + translate("Explanation", "How sure: {confidence}. Rule: {rule}.").format(
            confidence=escape(_confidence(f["confidence"], f["confidence_word"])), rule=escape(f["rule"])
        )
        + "</p>"
    )
    out.append(_sources_html(f["sources"], urls))
    return "".join(out)


def _sources_html(sources: list[dict], urls: list[str]) -> str:
    """A numbered list of sources, each address behind a "Copy link" (``urls`` grows)."""
    if not sources:
        return ""
    items = []
    copy = escape(translate("Explanation", "Copy link"))  # not inside the f-string: lupdate reads none
    for s in sources:
        line = translate("Explanation", "{title} — {publisher}, {date}").format(
            title=f"<b>{escape(s['title'])}</b>", publisher=escape(s["publisher"]), date=s["date"]
        )
        if s["url"]:
            urls.append(s["url"])
            line += (
                f'<br><a href="copy:{len(urls) - 1}">{copy}</a> '
                f'<span style="color:#444444">{escape(s["url"])}</span>'
            )
        line += _read_how(s, urls, copy)
        items.append(f"<li>{line}</li>")
    head = escape(translate("Explanation", "Sources:"))
    return f"<p style='margin-left:12px'>{head}</p><ol>{''.join(items)}</ol>"


def _read_how(s: dict, urls: list[str], copy: str) -> str:
    """How a weak source was read, for whoever checks it: in a copy (with its address behind
    its own "Copy link"), or as a state's own media, or as a copy whose original was not found."""
    out = ""
    if s["via"]:
        head = escape(translate("Explanation", "Read in a copy:"))
        if s["via_is_address"]:
            urls.append(s["via"])
            out += (f'<br><span style="color:#444444">{head}</span> <a href="copy:{len(urls) - 1}">{copy}</a> '
                    f'<span style="color:#444444">{escape(s["via"])}</span>')
        else:
            out += f'<br><span style="color:#444444">{head} {escape(s["via"])}</span>'
    if s["kind"] == "state-media":
        mark = translate("Explanation", "State-controlled media.")
    elif s["kind"] == "mirror":
        mark = translate("Explanation", "A copy of another's text; its original was not found.")
    else:
        return out
    return out + f'<br><span style="color:#444444"><i>{escape(mark)}</i></span>'


class Counted(QObject):
    """The pane's texts with a number in them, in the plural form the number takes
    (pyside6-lupdate marks plural forms in ``self.tr`` calls only)."""

    def open_questions(self, n: int) -> str:
        return _english_one(n, "What separates {level} from {ceiling} (1 open question: research nobody has done "
                               "yet, not safety)") or self.tr(
            "What separates {level} from {ceiling} (%n open questions: research nobody has done yet, "
            "not safety)", None, n)

    def countries(self, n: int) -> str:
        return _english_one(n, "1 country (see “All countries”)") or self.tr(
            "%n countries (see “All countries”)", None, n)

    def unsettled(self, n: int) -> str:
        return _english_one(n, "1 researched country could be worse than its level: open questions the research "
                               "has not settled yet. It is striped on the map in the colour of the worst case.") \
            or self.tr("%n researched countries could be worse than their level: open questions the research "
                       "has not settled yet. They are striped on the map in the colour of the worst case.", None, n)


def _english_one(n: int, one: str) -> str | None:
    """The English text for a count of one (English has no translator to choose it); None
    otherwise, when the translated plural form applies."""
    return one if n == 1 and i18n.current() == i18n.SOURCE_LANGUAGE else None


_COUNTED: list[Counted] = []


def _gist_title(g: dict) -> str:
    """A finding's title in the short list, with the state's name where one rule matched for
    two pursuing states (see ``explanation_doc._gist``)."""
    if g["state"] is None:
        return g["title"]
    return translate("Explanation", "{title} ({state})").format(title=g["title"], state=g["state"])


def _counted() -> Counted:
    if not _COUNTED:
        _COUNTED.append(Counted())
    return _COUNTED[0]


def _para(text: str, bold: bool = False) -> str:
    """A paragraph of plain text (escaped), bold when asked."""
    return f"<p><b>{escape(text)}</b></p>" if bold else f"<p>{escape(text)}</p>"


def _lead(head: str, rest: str) -> str:
    """A paragraph that starts with a bold ``head``; ``rest`` is HTML already."""
    return f"<p><b>{escape(head)}</b> {rest}</p>"


def _pursuers(items) -> str:
    """States that pursue the person, each with why it counts (in the reader's language)."""
    return "; ".join(f"{escape(name)} ({escape(', '.join(i18n.reason(r) for r in reasons))})"
                     for name, reasons in items)


def source_language_note() -> str:
    """Said once, when the reader's language is not the one research is written in."""
    if i18n.current() == i18n.SOURCE_LANGUAGE:
        return ""
    return ("<p style='color:#444444'><i>" + escape(translate(
        "Explanation", "Research notes, the descriptions of precedents and sources are shown in the language "
        "they were written in.")) + "</i></p>")


def explanation_html(a: Assessment, context: str | None = None, tags: list[str] | tuple[str, ...] = (),
                     notices: list[str] | tuple[str, ...] = ()) -> tuple[str, list[str]]:
    """The pane's HTML and the source addresses its "copy:N" links stand for; ``context``
    is a line above the heading (which leg of a trip this is); ``tags`` and ``notices`` are
    the rulebook's warnings ("unsigned data", its age), shown beside and under the level.
    ``a`` is in the reader's language already (see ``WorldState.assessment``)."""
    return document_html(document(a), context, tags, notices)


def document_html(d: Document, context: str | None = None, tags: list[str] | tuple[str, ...] = (),
                  notices: list[str] | tuple[str, ...] = ()) -> tuple[str, list[str]]:
    """:func:`explanation_html` for an answer as a document (:mod:`explanation_doc`): what the
    core says in it is laid out as it is, the app's own words are added in the reader's language."""
    urls: list[str] = []
    h: list[str] = []
    lv, ceil = Level(d["level"]), Level(d["ceiling"])
    level, ceiling = level_style.label(lv), level_style.label(ceil)
    if context:
        h.append(_para(context, bold=True))
    h.append(f"<h2>{escape(d['name'])} ({escape(d['destination'])})</h2>")
    warn = "".join("&nbsp;" + warning_badge(t) for t in _trust(d["rulebook"]["signed"], tags))
    when = (translate("Explanation", "risk for you where you live, on {day}") if d["residence"]
            else translate("Explanation", "risk for you if you travel on {day}"))
    h.append(f"<p style='font-size:x-large'>{range_badges(lv, ceil)}{warn}&nbsp; "
             + escape(when.format(day=d["day"].replace(" ", "\u00a0"))) + "</p>")  # a date never wraps
    h.append(notices_html(notices))
    questions, entry, others = d["questions"], d["entry"], d["others"]
    if lv is Level.UNKNOWN:
        h.append(_para(translate("Explanation", "Not researched: it could be anything up to {ceiling}. Unknown "
                                 "does not mean safe.").format(ceiling=ceiling), bold=True))
    elif not d["settled"]:
        h.append(_para(translate("Explanation", "{level} is what the facts on record give; {ceiling} is what it "
                                 "could be if the open questions below were answered against you.").format(
            level=level, ceiling=ceiling), bold=True))
    if not d["settled"] and questions:
        head = _counted().open_questions(len(questions))
        h.append("<h3>" + escape(head.format(level=level, ceiling=ceiling)) + "</h3><ul>")
        h.extend(f"<li>{question_badge(q['level'])}{escape(q['text'])}</li>" for q in questions)
        h.append("</ul>")
    if lv is not Level.UNKNOWN:
        h.append(_lead(translate("Explanation", "Main reason:"), escape(i18n.reason_said(d["main_reason"], lv))))
    if d["leg_kind"] != "entry" or context:
        h.append(_lead(translate("Explanation", "How you pass through:"),
                       escape(leg_kinds.name(d["leg_kind"])) + ". " + escape(leg_kinds.explanation(d["leg_kind"]))))
    answered, total = d["research"]
    if d["requesters"]:
        h.append(_lead(translate("Explanation", "States that pursue you:"), _pursuers(d["requesters"])))
        if total:
            h.append(_para(translate("Explanation", "Research behind this answer: {answered} of {total} checklist "
                                     "questions answered for the states that pursue you.").format(
                answered=answered, total=total)))
    else:
        h.append(_para(translate("Explanation", "Your profile names no state that pursues you. Fill in the "
                                 "profile to see your risks.")))

    if d["gist"]:  # the gist first, the details and sources after
        h.append(_para(translate("Explanation", "In short:"), bold=True) + "<ul>")
        h.extend(f"<li>{_tag_badge(g)}&nbsp; {escape(_gist_title(g))}</li>" for g in d["gist"])
        h.append("</ul>")
    if entry:  # what the border asks of this traveller: before the findings, not under the caveats
        h.append("<h3>" + escape(d["entry_heading"]) + "</h3>")
        h.append(source_language_note() + "<ul>")  # said here, the first rulebook text shown
        for c in entry:
            text = escape(c["text"])
            if c["about"]:  # unconfirmed: say so first
                text = f"<b>{escape(c['about'])}:</b> {text}"
            h.append(f"<li>{text}{_sources_html(c['sources'], urls)}</li>")
        h.append("</ul>")
    h.append("<h3>" + escape(translate("Explanation", "Findings ({n}), by what they risk").format(
        n=d["findings"])) + "</h3>")
    if d["findings"]:
        if not entry:
            h.append(source_language_note())
        for harm, findings in d["by_harm"]:
            h.append(f"<h4>{escape(harm)}</h4>")
            h.extend(_finding_html(f, urls) for f in findings)
    elif d["researched"]:
        h.append(_para(translate("Explanation", "No rule matched for your profile.")))
    else:
        h.append(_para(translate("Explanation", "Nothing is known about this destination.")))

    if questions and d["settled"]:
        h.append("<h3>" + escape(translate("Explanation", "Open questions (missing research, not safety)"))
                 + "</h3><ul>")
        h.extend(f"<li>{escape(q['text'])}</li>" for q in questions)
        h.append("</ul>")
    if others:
        h.append("<h3>" + escape(translate("Explanation", "Caveats")) + "</h3>")
        if not d["findings"] and not entry:
            h.append(source_language_note())
        h.append("<ul>")
        for c in others:
            text = escape(c["text"])
            if c["about"]:
                text = f"<b>{escape(c['about'])}:</b> {text}"
            h.append(f"<li>{'<b>⚠ ' + text + '</b>' if c['strong'] else text}{_sources_html(c['sources'], urls)}</li>")
        h.append("</ul>")
    r = d["rulebook"]
    h.append(
        "<p style='color:#444444'>"
        + escape(translate("Explanation", "Rulebook {version}, reviewed {reviewed}, content hash {hash}…").format(
            version=r["version"], reviewed=r["reviewed"], hash=r["hash"][:16]))
        + "<br>" + escape(translate("Explanation", "This is information, not legal advice.")) + "</p>"
    )
    return "".join(h), urls


def overview_html(glance: Glance, notices: list[str] | tuple[str, ...] = ()) -> str:
    """Before a destination is chosen: the core's levels for the whole world, grouped, so
    the worst places can be read at a glance (under the rulebook's warnings, if any). The
    glance's names are in the reader's language already (see ``WorldState``)."""
    h = ["<h2>" + escape(translate("Explanation", "Your map at a glance")) + "</h2>", notices_html(notices)]
    if glance.pursuers:
        h.append(_lead(translate("Explanation", "States that pursue you:"),
                       _pursuers((p.name, p.reasons) for p in glance.pursuers)))
    else:
        # A first run: the map is neutral, and says why.
        h.append(_para(translate("Explanation", "Your profile names no state that pursues you yet, so no level "
                                 "means anything: the map stays grey."), bold=True))
        h.append(_para(translate("Explanation", "Answer the questions in “Your profile”: which states list you "
                                 "or could, and why. Nothing is written to disk unless you choose to save it.")))
        return "".join(h)
    by_level: dict[Level, list[str]] = {}
    for code, name in sorted(glance.names.items(), key=lambda item: i18n.sort_key(item[1])):
        by_level.setdefault(glance.levels[code], []).append(name)
    for level in level_style.LEVELS_SHOWN:
        names = by_level.get(level, [])
        if not names:
            continue
        if level in (Level.UNKNOWN, Level.LOW) or len(names) > 24:
            listed = escape(_counted().countries(len(names)))
        else:
            listed = escape(", ".join(names))
        h.append(f"<p>{badge(level)}&nbsp; {listed}</p>")
    unsettled = glance.unsettled()
    if unsettled:
        h.append(_para(_counted().unsettled(unsettled)))
    h.append(_para(translate("Explanation", "Click a country on the map, or type its name or code in “Find a "
                             "country” (Ctrl+F), to see why: each finding with its sources.")))
    return "".join(h)


def empty_html() -> str:
    return (
        "<h2>" + escape(translate("Explanation", "Choose a destination")) + "</h2>"
        + _para(translate("Explanation", "Click a country on the map, or type its name or code in “Find a "
                          "country” (Ctrl+F)."))
        + _para(translate("Explanation", "The level, the reasons for it and their sources will appear here."))
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
        self._document: Document | None = None
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
        if self._assessment is None and self._document is None:
            self.show_assessment(None)

    def show_assessment(self, a: Assessment | None, context: str | None = None) -> None:
        self._assessment = a
        self._context = context
        self._html = self._document = None
        if a is None:
            self._urls = []
            notices = self.trust()[1] if self.trust is not None else ()
            self.setHtml(overview_html(self._glance, notices) if self._glance is not None else empty_html())
        else:
            tags, notices = self.trust() if self.trust is not None else ((), ())
            html, self._urls = explanation_html(a, context, tags, notices)
            self.setHtml(html)

    def show_document(self, d: Document) -> None:
        """An answer as a document (:mod:`explanation_doc`), before the core is loaded here:
        the one the child that computed the first window sent for the destination chosen."""
        self._assessment, self._context, self._html = None, None, None
        self._document = d
        tags, notices = self.trust() if self.trust is not None else ((), ())
        html, self._urls = document_html(d, None, tags, notices)
        self.setHtml(html)

    def show_html(self, html: str) -> None:
        """Something other than an assessment (a trip still being built)."""
        self._assessment, self._context, self._urls = None, None, []
        self._html, self._document = html, None
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
            if self._document is not None:
                self.show_document(self._document)
            else:
                self.show_assessment(self._assessment, self._context)
        super().changeEvent(event)
