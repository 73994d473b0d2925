"""`newsfacts show`: every fact of the record is shown, in the terminal and in the HTML page.

The facts themselves are tested elsewhere: here the rendering is checked against whatever record
the pipeline gives, and against hand-made records (no model needed) for overlaps and escaping.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner
from rich.console import Console

from newsfacts.cli import cli
from newsfacts.show.facts import KINDS, Close, Highlight, Open, Text, highlights, markup
from newsfacts.show.html import render_article, render_page
from newsfacts.show.terminal import (
    print_plain,
    render_plain,
    render_terminal,
    styled_article,
)
from tests.conftest import SEED, SEED_REFERENCE_DATE, assert_valid_record

WIDE = {"COLUMNS": "1000"}  # no wrapping inside table cells, so each fact is on one line


def span(text: str, part: str, nth: int = 0) -> dict:
    """The span fields of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return {"text": part, "start": start, "end": start + len(part), "sentence": 0}


def make_record(text: str, **facts) -> dict:
    return {
        "schema": "newsfacts/1",
        "id": "test",
        "source": "test.txt",
        "reference_date": None,
        "reference_date_source": None,
        "quantities": [],
        "dates": [],
        "places": [],
        "actors": [],
        "quotes": [],
        "meta": {},
        **facts,
    }


# A quote holding an actor mention and a quantity, a place, a date, and a speaker outside.
NESTED_TEXT = "« Dupont a vu 300 manifestants à Lyon », a déclaré lundi Jean Dupont <b>."
NESTED = make_record(
    NESTED_TEXT,
    quantities=[
        {
            **span(NESTED_TEXT, "300 manifestants"),
            "value": 300,
            "value_max": None,
            "unit": "manifestants",
            "kind": "count",
            "qualifier": None,
        }
    ],
    dates=[{**span(NESTED_TEXT, "lundi"), "type": "date", "value": "XXXX-WXX-1", "relative": True}],
    places=[
        {
            "name": "Lyon",
            "kind": "city",
            "country": "FR",
            "aliases": [],
            "mentions": [span(NESTED_TEXT, "Lyon")],
        }
    ],
    actors=[
        {
            "name": "Jean Dupont",
            "type": "person",
            "titles": ["maire"],
            "aliases": ["Dupont"],
            "mentions": [span(NESTED_TEXT, "Dupont"), span(NESTED_TEXT, "Jean Dupont")],
        }
    ],
    quotes=[
        {
            **span(NESTED_TEXT, "Dupont a vu 300 manifestants à Lyon"),
            "type": "direct",
            "speaker": "Jean Dupont",
            "speaker_text": span(NESTED_TEXT, "Jean Dupont"),
            "cue": "déclarer",
        }
    ],
)


def fact_spans(record: dict) -> Counter:
    """(kind, start, end) of every fact of the record: one per quantity, date, quote, mention."""
    found = Counter()
    for kind in ("quantity", "date", "quote"):
        for fact in record[KINDS[kind].plural]:
            found[kind, fact["start"], fact["end"]] += 1
    for kind in ("place", "actor"):
        for entity in record[KINDS[kind].plural]:
            for mention in entity["mentions"]:
                found[kind, mention["start"], mention["end"]] += 1
    return found


# --- Nesting ----------------------------------------------------------------------------------


def hl(kind: str, start: int, end: int) -> Highlight:
    return Highlight(kind, start, end, title=kind)


def events_as_marks(events) -> str:
    """Events written as ``<kind|text|>`` marks, ``<kind+`` for a continued part."""
    out = []
    for event in events:
        if isinstance(event, Text):
            out.append(event.text)
        elif isinstance(event, Open):
            out.append(f"<{event.highlight.kind}{'|' if event.first else '+'}")
        else:
            assert isinstance(event, Close)
            out.append("|>")
    return "".join(out)


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("abcdef", [hl("quote", 0, 6), hl("actor", 1, 3)], "<quote|a<actor|bc|>def|>"),
        # Same characters: the quote goes outside.
        ("abc", [hl("actor", 0, 3), hl("quote", 0, 3)], "<quote|<actor|abc|>|>"),
        # Same start: the longer one goes outside.
        ("abcd", [hl("date", 0, 2), hl("quantity", 0, 4)], "<quantity|<date|ab|>cd|>"),
        ("abcdef", [hl("date", 0, 2), hl("place", 4, 6)], "<date|ab|>cd<place|ef|>"),
        # Crossing: the outer one is closed and continued after the inner one ends.
        ("abcdef", [hl("quote", 0, 4), hl("actor", 2, 6)], "<quote|ab<actor|cd|>|><actor+ef|>"),
        # Out of range or empty spans are left out, the text stays whole.
        ("abc", [hl("date", 2, 9), hl("date", 1, 1)], "abc"),
        ("", [], ""),
    ],
)
def test_markup_nests_overlapping_facts(text, spans, expected):
    events = markup(text, spans)
    assert events_as_marks(events) == expected
    assert "".join(e.text for e in events if isinstance(e, Text)) == text


def test_highlights_one_per_fact_in_nesting_order():
    found = highlights(NESTED)
    assert Counter((h.kind, h.start, h.end) for h in found) == fact_spans(NESTED)
    assert found[0].kind == "quote" and found[0].speaker == "Jean Dupont"
    assert [h.start for h in found] == sorted(h.start for h in found)


# --- Terminal ---------------------------------------------------------------------------------

PLAIN_MARK = re.compile(r"\[|\]\{(\w+)\}")


def test_plain_text_marks_every_fact_and_keeps_the_text():
    article = render_plain(NESTED, NESTED_TEXT).split("\n", 4)[4]
    assert PLAIN_MARK.sub("", article).rstrip("\n") == NESTED_TEXT
    closed = Counter(match for match in PLAIN_MARK.findall(article) if match)
    assert closed == Counter(kind for kind, _start, _end in fact_spans(NESTED).elements())
    assert "[[Dupont]{actor} a vu [300 manifestants]{quantity} à [Lyon]{place}]{quote}" in article


def test_terminal_styles_every_fact_by_kind():
    article = styled_article(NESTED, NESTED_TEXT)
    styled = Counter((str(s.style), s.start, s.end) for s in article.spans)
    expected = Counter(
        (KINDS[kind].style, start, end) for kind, start, end in fact_spans(NESTED).elements()
    )
    assert styled == expected
    assert article.plain == NESTED_TEXT


def test_terminal_colours_every_fact_and_prints_the_tables():
    console = Console(record=True, force_terminal=True, color_system="truecolor", width=1000)
    render_terminal(NESTED, NESTED_TEXT, console)
    output = console.export_text(styles=False, clear=False)
    ansi = console.export_text(styles=True)
    assert NESTED_TEXT in output
    for cell in ("Jean Dupont", "maire", "déclarer", "FR", "XXXX-WXX-1", "manifestants", "300"):
        assert cell in output
    assert "\x1b[" in ansi
    for kind in KINDS.values():
        assert kind.plural in output  # legend and table titles


ANSI_CODE = re.compile(r"\x1b\[[0-9;]*m")
MARKUP_TEXT = "Il a crié « [/b] [bold]non[/bold] :smile: » hier."


@pytest.mark.parametrize("color", [True, False])
def test_terminal_does_not_read_the_article_as_rich_markup(color):
    quote = {
        **span(MARKUP_TEXT, "[/b] [bold]non[/bold] :smile:"),
        "type": "direct",
        "speaker": "[red]X",
        "speaker_text": None,
        "cue": "crier",
    }
    record = {**make_record(MARKUP_TEXT, quotes=[quote]), "id": "[/i]", "source": "[b]x"}
    file = io.StringIO()
    console = Console(file=file, force_terminal=color, width=1000)
    (render_terminal if color else print_plain)(record, MARKUP_TEXT, console)
    output = ANSI_CODE.sub("", file.getvalue())
    assert MARKUP_TEXT in output or "[[/b] [bold]non[/bold] :smile:]{quote}" in output
    assert output.count("[/b] [bold]non[/bold] :smile:") == 2  # article and quotes table
    assert "[red]X" in output and "[/i]" in output and "[b]x" in output


def assert_shows_every_fact(output: str, record: dict) -> None:
    for quantity in record["quantities"]:
        assert quantity["text"] in output
        assert (quantity["unit"] or "") in output
    for date in record["dates"]:
        assert date["text"] in output and (date["value"] or "") in output
    for quote in record["quotes"]:
        assert quote["text"] in output
        assert (quote["speaker"] or "") in output and (quote["cue"] or "") in output
    for entity in record["places"] + record["actors"]:
        assert entity["name"] in output
        assert all(mention["text"] in output for mention in entity["mentions"])
    for place in record["places"]:
        assert (place["country"] or "") in output
    for actor in record["actors"]:
        assert all(title in output for title in actor["titles"])


def test_show_seed_in_the_terminal(seed_record):
    runner = CliRunner(env=WIDE)
    args = ["show", "--reference-date", SEED_REFERENCE_DATE, str(SEED)]
    result = runner.invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert "\x1b[" not in result.stdout  # not a terminal: plain text
    assert_shows_every_fact(result.stdout, seed_record)
    marks = Counter(match for match in PLAIN_MARK.findall(result.stdout) if match)
    for kind in KINDS:
        assert marks[kind] >= sum(
            1 for k, _s, _e in fact_spans(seed_record).elements() if k == kind
        )


# --- HTML -------------------------------------------------------------------------------------

VOID_ELEMENTS = {"meta", "br", "link", "img", "hr", "input"}


class Page(HTMLParser):
    """A strict little parser: every element closed in order; text gathered per element."""

    def __init__(self, html: str):
        super().__init__()
        self.stack: list[dict] = []
        self.elements: list[dict] = []
        self.tags: Counter = Counter()
        self.feed(html)
        self.close()
        assert not self.stack, [element["tag"] for element in self.stack]

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag not in VOID_ELEMENTS:
            element = {"tag": tag, "attrs": dict(attrs), "text": [], "inside": list(self.stack)}
            self.stack.append(element)
            self.elements.append(element)

    def handle_endtag(self, tag):
        if tag not in VOID_ELEMENTS:
            assert self.stack.pop()["tag"] == tag

    def handle_data(self, data):
        for element in self.stack:
            element["text"].append(data)

    def find(self, **attrs) -> list[dict]:
        return [e for e in self.elements if all(e["attrs"].get(k) == v for k, v in attrs.items())]

    def text_of(self, element: dict) -> str:
        return "".join(element["text"])

    def facts(self) -> list[dict]:
        return [
            e for e in self.elements if "data-kind" in e["attrs"] and "data-start" in e["attrs"]
        ]


def assert_page_shows_record(page: Page, record: dict, text: str, article: dict) -> None:
    assert page.text_of(article) == text  # escaped, and nothing added or lost
    facts = [e for e in page.facts() if e in _descendants(page, article)]
    found = Counter(
        (e["attrs"]["data-kind"], int(e["attrs"]["data-start"]), int(e["attrs"]["data-end"]))
        for e in facts
    )
    assert found == fact_spans(record)
    for element in facts:
        start, end = int(element["attrs"]["data-start"]), int(element["attrs"]["data-end"])
        assert text[start:end].startswith(page.text_of(element))  # whole unless crossing
        if element["attrs"]["data-kind"] == "quote":
            assert "speaker" in element["attrs"]["title"]


def _descendants(page: Page, parent: dict) -> list[dict]:
    return [e for e in page.elements if any(a is parent for a in e["inside"])]


def test_html_holds_one_element_per_fact_with_its_offsets():
    page = Page(render_page([(NESTED, NESTED_TEXT)]))
    [article] = page.find(**{"class": "article"})
    assert_page_shows_record(page, NESTED, NESTED_TEXT, article)
    [quote] = [e for e in page.facts() if e["attrs"]["data-kind"] == "quote"]
    assert quote["tag"] == "span" and quote["attrs"]["data-speaker"] == "Jean Dupont"
    assert "déclarer" in quote["attrs"]["title"]
    assert page.text_of(quote) == "Dupont a vu 300 manifestants à Lyon"


def test_html_crossing_facts_are_split_but_counted_once():
    text = "Le président Jean Dupont a parlé."
    record = make_record(
        text,
        quotes=[
            {
                **span(text, "Le président Jean"),
                "type": "indirect",
                "speaker": None,
                "speaker_text": None,
                "cue": None,
            }
        ],
        actors=[
            {
                "name": "Jean Dupont",
                "type": "person",
                "titles": [],
                "aliases": [],
                "mentions": [span(text, "Jean Dupont")],
            }
        ],
    )
    page = Page(render_article(record, text))
    assert len(page.facts()) == 2
    assert [e["attrs"]["data-kind"] for e in page.find(**{"data-continued": "true"})] == ["actor"]


# Only the page's own elements: none comes from the article.
PAGE_TAGS = {
    *("html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "small", "footer"),
    *("section", "p", "div", "span", "mark", "b"),
    *("table", "caption", "thead", "tbody", "tr", "th", "td"),
}


@pytest.mark.parametrize(
    "text",
    [
        'Il a écrit <script>alert("x")</script> & <b>gras</b> dans "Lyon".',
        "<!-- commentaire --> <style>body{}</style> ]]> &amp; &lt;",
        "Texte\n\n\n\nen paragraphes\r\n\r\n<i>fin</i>  ",
    ],
)
def test_html_escapes_the_article_text(text):
    record = make_record(text, places=[_place_at(text, "Lyon")] if "Lyon" in text else [])
    html = render_page([(record, text)])
    page = Page(html)
    assert set(page.tags) <= PAGE_TAGS
    assert page.tags["script"] == 0 and page.tags["i"] == 0
    [article] = page.find(**{"class": "article"})
    assert_page_shows_record(page, record, text, article)


def _place_at(text: str, name: str) -> dict:
    return {
        "name": name,
        "kind": "city",
        "country": "FR",
        "aliases": [],
        "mentions": [span(text, name)],
    }


def test_html_page_is_standalone():
    html = render_page([(NESTED, NESTED_TEXT)])
    assert not re.search(r"""(src|href)\s*=\s*["']?(?!#)""", html)  # only links inside the page
    assert "@import" not in html and "url(" not in html and "<link" not in html


def test_show_seed_as_html(tmp_path, seed_record, seed_text):
    output = tmp_path / "report.html"
    args = ["show", "--reference-date", SEED_REFERENCE_DATE, str(SEED), "--html", str(output)]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    page = Page(output.read_text(encoding="utf-8"))
    [article] = page.find(**{"class": "article"})
    assert_valid_record(seed_record, seed_text)
    assert_page_shows_record(page, seed_record, seed_text, article)
    assert not page.find(tag="nav")  # one article: no table of contents
    tables = " ".join(page.text_of(e) for e in page.elements if e["tag"] == "table")
    assert_shows_every_fact(f"{page.text_of(article)} {tables}", seed_record)


def write_jsonl(path, items: list) -> str:
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items))
    return str(path)


ARTICLES = [
    {
        "id": "a1",
        "text": "Le maire Jean Dupont a annoncé 300 emplois lundi à Lyon.",
        "date": "2018-10-29",
    },
    {"id": "a2", "text": "« Nous viendrons », a dit Marie Curie à Paris.", "date": "2018-10-30"},
]


def test_several_articles_give_sections_and_a_table_of_contents(tmp_path):
    path = write_jsonl(tmp_path / "lot.jsonl", ARTICLES)
    result = CliRunner().invoke(cli, ["show", path, "--html", "-"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    page = Page(result.stdout)
    sections = [e for e in page.elements if e["tag"] == "section"]
    assert [s["attrs"]["data-id"] for s in sections] == ["a1", "a2"]
    links = [e["attrs"]["href"] for e in page.elements if e["tag"] == "a"]
    assert links == [f"#{s['attrs']['id']}" for s in sections]
    articles = page.find(**{"class": "article"})
    assert [page.text_of(a) for a in articles] == [item["text"] for item in ARTICLES]


@pytest.mark.parametrize(
    ("args", "shown", "absent"),
    [
        (["--id", "a2"], "Marie Curie", "Jean Dupont"),
        (["--id", "a1"], "Jean Dupont", "Marie Curie"),
        ([], "Jean Dupont", None),
    ],
)
def test_id_picks_one_article_of_a_jsonl_file(tmp_path, args, shown, absent):
    path = write_jsonl(tmp_path / "lot.jsonl", ARTICLES)
    result = CliRunner(env=WIDE).invoke(cli, ["show", path, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert shown in result.stdout
    if absent:
        assert absent not in result.stdout


def test_unknown_id_is_an_error(tmp_path):
    path = write_jsonl(tmp_path / "lot.jsonl", ARTICLES)
    result = CliRunner().invoke(cli, ["show", path, "--id", "zz"])
    assert result.exit_code == 1
    assert "no article with id 'zz'" in result.stderr and result.stdout == ""


def test_bad_inputs_are_reported_and_the_others_shown(tmp_path):
    path = write_jsonl(tmp_path / "lot.jsonl", [ARTICLES[0], {"id": "x", "no": "text"}])
    missing = str(tmp_path / "absent.txt")
    result = CliRunner(env=WIDE).invoke(cli, ["show", missing, path], catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"newsfacts: error: {missing}: no such file or directory",
        f'newsfacts: error: {path}:2: no "text" string',
    ]
    assert "Jean Dupont" in result.stdout


def test_html_with_a_bad_input_still_writes_the_others(tmp_path):
    path = write_jsonl(tmp_path / "lot.jsonl", [{"id": "x", "text": 3}, ARTICLES[1]])
    output = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["show", path, "--html", str(output)])
    assert result.exit_code == 1
    assert result.stderr == f'newsfacts: error: {path}:1: no "text" string\n'
    page = Page(output.read_text(encoding="utf-8"))
    assert [page.text_of(a) for a in page.find(**{"class": "article"})] == [ARTICLES[1]["text"]]


def test_stdin_and_no_color(tmp_path):
    text = ARTICLES[0]["text"]
    result = CliRunner(env=WIDE).invoke(cli, ["show", "--no-color", "-"], input=text.encode())
    assert result.exit_code == 0, result.stderr
    assert "\x1b[" not in result.stdout and "]{place}" in result.stdout
