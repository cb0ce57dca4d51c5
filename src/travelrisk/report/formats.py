"""Memo blocks spelled as Markdown or as one self-contained HTML page.

Nothing here decides what a memo says (that is :mod:`travelrisk.report.layout`); each function
only writes a block in one syntax. Every piece of text is escaped for its format: ``html.escape``
for HTML, backslashes for Markdown. The HTML loads nothing: its style sheet is inline, it has
no script, image or font from anywhere, and it prints cleanly on A4. The same HTML is what Qt
prints to PDF, so its styles stay within what ``QTextDocument`` understands.
"""

from __future__ import annotations

import html
import re

from .layout import Block, Bullets, Cite, Code, Heading, Inline, Link, Para, Strong, Table, Tag, Text

# Print-friendly: black text, light tints that survive a grey-scale printer, every level also
# written out in words. Font families with Cyrillic come first (Belarusian, Russian and
# Ukrainian titles are common in the sources).
STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", "Liberation Sans", Arial, sans-serif;
       font-size: 10pt; color: #111111; line-height: 135%; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 17pt; margin: 0 0 8pt 0; }
h2 { font-size: 13pt; margin: 16pt 0 4pt 0; border-bottom: 1px solid #888888; }
h3 { font-size: 11pt; margin: 10pt 0 3pt 0; }
p { margin: 3pt 0; }
table { border-collapse: collapse; margin: 4pt 0; }
th, td { border: 1px solid #aaaaaa; padding: 2pt 5pt; text-align: left; vertical-align: top; }
th { background-color: #eeeeee; }
ul { margin: 2pt 0 4pt 0; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }
a { color: #1a3a6e; }
.notice { background-color: #f1f1f1; border: 1px solid #555555; padding: 5pt; margin: 8pt 0; }
.meta { color: #333333; font-size: 9pt; }
.finding-head { margin-top: 8pt; }
.finding-meta { color: #444444; font-size: 8.5pt; }
.facts { font-size: 9pt; }
.source { font-size: 8.5pt; margin: 2pt 0; }
.level { font-weight: bold; }
.level-severe { background-color: #f2b8b5; }
.level-high { background-color: #f7d0a8; }
.level-elevated { background-color: #f7e4a1; }
.level-guarded { background-color: #dbe8b0; }
.level-low { background-color: #cfe8d4; }
.level-unknown { background-color: #dddddd; }
.level-lowers { background-color: #cfe0f2; }
.level-informs { background-color: #e6e6e6; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  a { color: #000000; text-decoration: none; }
  h2, h3, .finding-head { page-break-after: avoid; }
  tr, li, .source { page-break-inside: avoid; }
}
""".strip()

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def md_escape(text: str) -> str:
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    return "\\" + escaped if escaped.startswith("#") else escaped


def _md_inline(parts: list[Inline]) -> str:
    out: list[str] = []
    for part in parts:
        if isinstance(part, Text):
            out.append(md_escape(part.text))
        elif isinstance(part, Strong):
            text = part.text
            lead, core, trail = text[: len(text) - len(text.lstrip())], text.strip(), text[len(text.rstrip()):]
            out.append(f"{lead}**{md_escape(core)}**{trail}" if core else text)
        elif isinstance(part, Code):
            out.append(f"`{part.text.replace('`', '')}`")
        elif isinstance(part, Cite):
            out.append(f"[{part.number}]")
        elif isinstance(part, Link):
            out.append(f"<{part.url.replace('>', '%3E').replace(' ', '%20')}>")
        elif isinstance(part, Tag):
            out.append(f"**{part.label}**")
    return "".join(out)


def to_markdown(blocks: list[Block]) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            out.append("#" * block.depth + " " + _md_inline(block.inlines))
        elif isinstance(block, Para):
            out.append(("> " if block.role == "notice" else "") + _md_inline(block.inlines))
        elif isinstance(block, Bullets):
            out.append("\n".join("- " + _md_inline(item) for item in block.items))
        elif isinstance(block, Table):
            out.append(_md_table(block))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _md_table(table: Table) -> str:
    if not any(table.head):
        # A key-value table (the memo's stamp) reads better as lines than as a headless table.
        return "\n".join("- " + ": ".join(_md_inline(cell) for cell in row) for row in table.rows)
    lines = ["| " + " | ".join(md_escape(h) for h in table.head) + " |", "|" + "---|" * len(table.head)]
    lines += ["| " + " | ".join(_md_inline(cell) for cell in row) + " |" for row in table.rows]
    return "\n".join(lines)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _html_inline(parts: list[Inline]) -> str:
    out: list[str] = []
    for part in parts:
        if isinstance(part, Text):
            out.append(_esc(part.text))
        elif isinstance(part, Strong):
            out.append(f"<strong>{_esc(part.text)}</strong>")
        elif isinstance(part, Code):
            out.append(f"<code>{_esc(part.text)}</code>")
        elif isinstance(part, Cite):
            out.append(f'<a class="cite" href="#source-{part.number}">[{part.number}]</a>')
        elif isinstance(part, Link):
            # Only web addresses become links; anything else (javascript:, file:) stays text.
            if part.url.lower().startswith(("https://", "http://")):
                out.append(f'<a href="{_esc(part.url)}">{_esc(part.url)}</a>')
            else:
                out.append(_esc(part.url))
        elif isinstance(part, Tag):
            out.append(f'<span class="level level-{_esc(part.level)}">&nbsp;{_esc(part.label)}&nbsp;</span>')
    return "".join(out)


def _attrs(role: str | None, anchor: str | None) -> str:
    attrs = ""
    if anchor:
        attrs += f' id="{_esc(anchor)}"'
    if role and role != "body":
        attrs += f' class="{_esc(role)}"'
    return attrs


def to_html(blocks: list[Block], *, title: str, lang: str = "en") -> str:
    body: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            anchor = f'<a name="{_esc(block.anchor)}"></a>' if block.anchor else ""
            body.append(f"<h{block.depth}{_attrs(None, block.anchor)}>{anchor}{_html_inline(block.inlines)}</h{block.depth}>")
        elif isinstance(block, Para):
            # ``<a name>`` as well as ``id``: Qt's rich text resolves only named anchors.
            anchor = f'<a name="{_esc(block.anchor)}"></a>' if block.anchor else ""
            body.append(f"<p{_attrs(block.role, block.anchor)}>{anchor}{_html_inline(block.inlines)}</p>")
        elif isinstance(block, Bullets):
            items = "".join(f"<li>{_html_inline(item)}</li>" for item in block.items)
            body.append(f"<ul{_attrs(block.role, None)}>{items}</ul>")
        elif isinstance(block, Table):
            body.append(_html_table(block))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_esc(title)}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _html_table(table: Table) -> str:
    rows: list[str] = []
    if any(table.head):
        rows.append("<thead><tr>" + "".join(f"<th>{_esc(h)}</th>" for h in table.head) + "</tr></thead>")
    rows.append("<tbody>")
    rows += ["<tr>" + "".join(f"<td>{_html_inline(cell)}</td>" for cell in row) + "</tr>" for row in table.rows]
    rows.append("</tbody>")
    return f'<table{_attrs(table.role, None)} cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"
