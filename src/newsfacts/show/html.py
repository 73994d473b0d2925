"""Records + article texts -> one standalone HTML page (inline CSS, no script, no network).

Every fact is an element with ``data-kind``, ``data-start`` and ``data-end`` (its offsets in the
article); quotes are ``<span>`` regions under the inline ``<mark>`` facts they hold, with the
speaker in their ``title`` (shown on hover) and ``data-speaker``. Everything that comes from the
article or the record goes through ``html.escape``.
"""

from __future__ import annotations

import re
from html import escape

from newsfacts import __version__
from newsfacts.show.facts import (
    KINDS,
    FactTable,
    Open,
    Text,
    fact_count,
    fact_tables,
    header_line,
    highlights,
    markup,
)

# A run of blank lines shows as one empty line; the rest of it stays in the page, hidden, so that
# the text of the page is still the article's, character for character.
BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")

STYLE = """
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
       background: #f6f7f9; margin: 0; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 22px; margin: 0 0 16px; } h1 small { color: #6b7280; font-weight: normal; }
h2 { font-size: 19px; margin: 0 0 4px; }
nav, section { background: #fff; border: 1px solid #e3e6ea; border-radius: 8px;
               padding: 18px 24px; margin-bottom: 24px; }
nav ol { margin: 4px 0 0; padding-left: 22px; }
.meta { color: #6b7280; font-size: 13px; margin: 0 0 10px; }
.legend { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 14px; font-size: 13px; }
.chip { border-radius: 4px; padding: 1px 8px; }
.chip b { font-weight: 600; margin-left: 4px; }
.article { white-space: pre-wrap; font-family: Georgia, "DejaVu Serif", serif; font-size: 17px;
           line-height: 1.8; max-width: 46em; margin: 0 0 20px; }
.article .gap { display: none; }
.article mark { color: inherit; border-radius: 3px; padding: 1px 2px; }
.article [data-kind="quote"] { border-bottom: 2px solid #8b5cf6; }
.article [data-kind="quote"][data-start]::after { content: "\\2014\\00a0" attr(data-speaker);
  font: 600 11px/1 system-ui, sans-serif; color: #5b21b6; background: #ddd0fa; border-radius: 8px;
  padding: 2px 6px; margin-left: 4px; vertical-align: 2px; white-space: nowrap; }
.article [data-kind="quote"][data-start]:not([data-speaker])::after { content: "\\2014\\00a0?"; }
.article [data-kind="quote"]:hover { background: #ddd0fa; }
.article mark:hover { outline: 2px solid #1f2328; }
.tables { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
.tables .wide { grid-column: 1 / -1; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
caption { text-align: left; font-weight: 600; padding: 4px 0 6px; }
caption .chip { margin-right: 6px; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px;
         border-bottom: 1px solid #eceef1; }
th { color: #6b7280; font-weight: 600; font-size: 12px; text-transform: uppercase; }
footer { color: #9aa1a9; font-size: 12px; text-align: center; }
"""


def render_page(articles: list[tuple[dict, str]]) -> str:
    """One page for (record, text) pairs: one section each, a table of contents if several."""
    sections = [
        render_section(record, text, f"article-{n}") for n, (record, text) in enumerate(articles, 1)
    ]
    title = articles[0][0]["id"] if len(articles) == 1 else f"{len(articles)} articles"
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="fr">',
            '<head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>newsfacts: {escape(title)}</title>",
            f"<style>{_kind_css()}{STYLE}</style></head>",
            "<body><main>",
            f"<h1>newsfacts <small>{escape(title)}</small></h1>",
            _table_of_contents(articles) if len(articles) > 1 else "",
            *sections,
            f"<footer>newsfacts {escape(__version__)}</footer>",
            "</main></body></html>",
            "",
        ]
    )


def _kind_css() -> str:
    return "".join(
        f'.article [data-kind="{name}"], .chip-{name} {{ background: {kind.colour}; }}\n'
        for name, kind in KINDS.items()
    )


def _table_of_contents(articles: list[tuple[dict, str]]) -> str:
    items = [
        f'<li><a href="#article-{n}">{escape(record["id"])}</a> '
        f'<span class="meta">{escape(_counts_line(record))}</span></li>'
        for n, (record, _text) in enumerate(articles, 1)
    ]
    return f"<nav><h2>Articles</h2><ol>{''.join(items)}</ol></nav>"


def _counts_line(record: dict) -> str:
    return ", ".join(f"{fact_count(record, name)} {kind.plural}" for name, kind in KINDS.items())


def render_section(record: dict, text: str, anchor: str) -> str:
    return "\n".join(
        [
            f'<section id="{escape(anchor)}" data-id="{escape(record["id"])}">',
            f"<h2>{escape(record['id'])}</h2>",
            f'<p class="meta">{escape(header_line(record))}</p>',
            _legend(record),
            f'<div class="article">{render_article(record, text)}</div>',
            '<div class="tables">',
            *(_table(table) for table in fact_tables(record) if table.rows),
            "</div>",
            "</section>",
        ]
    )


def _legend(record: dict) -> str:
    chips = [
        f'<span class="chip chip-{name}">{escape(kind.plural)}'
        f"<b>{fact_count(record, name)}</b></span>"
        for name, kind in KINDS.items()
    ]
    return f'<div class="legend">{"".join(chips)}</div>'


def render_article(record: dict, text: str) -> str:
    """The article's text, escaped, with one element per fact (nested where facts overlap)."""
    parts = []
    for event in markup(text, highlights(record)):
        if isinstance(event, Text):
            parts.append(_text(event.text))
        elif isinstance(event, Open):
            parts.append(_open_tag(event))
        else:
            parts.append("</span>" if event.highlight.kind == "quote" else "</mark>")
    return "".join(parts)


def _text(text: str) -> str:
    parts, position = [], 0
    for gap in BLANK_LINES.finditer(text):
        shown = gap.start() + gap.group().index("\n", 1) + 1  # up to the second line break
        parts += [
            escape(text[position:shown]),
            f'<span class="gap">{escape(text[shown : gap.end()])}</span>',
        ]
        position = gap.end()
    parts.append(escape(text[position:]))
    return "".join(parts)


def _open_tag(event: Open) -> str:
    highlight = event.highlight
    attributes = {"data-kind": highlight.kind, "title": highlight.title}
    if event.first:
        attributes |= {"data-start": str(highlight.start), "data-end": str(highlight.end)}
    else:  # the rest of a fact that crosses another one: its offsets are on its first part
        attributes["data-continued"] = "true"
    if highlight.speaker is not None:
        attributes["data-speaker"] = highlight.speaker
    tag = "span" if highlight.kind == "quote" else "mark"
    rendered = "".join(f' {name}="{escape(value)}"' for name, value in attributes.items())
    return f"<{tag}{rendered}>"


def _table(table: FactTable) -> str:
    wide = ' class="wide"' if table.kind == "quote" else ""
    caption = (
        f'<caption><span class="chip chip-{table.kind}">{escape(table.title)}</span>'
        f"{len(table.rows)}</caption>"
    )
    head = "".join(f"<th>{escape(column)}</th>" for column in table.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in table.rows
    )
    return (
        f'<div{wide}><table data-facts="{table.kind}">{caption}'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>"
    )
