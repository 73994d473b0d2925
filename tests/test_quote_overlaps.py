"""One quote per stretch of text (quotes/overlaps.py)."""

from __future__ import annotations

from newsfacts.components.quotes import extract_quotes
from newsfacts.components.quotes.model import Quote
from newsfacts.components.quotes.overlaps import without_lone_words, without_overlaps


def quote(start, end, type_="direct", cue="dire"):
    return Quote(start, end, type_, cue, None)


def test_a_marked_quote_wins_over_a_clause_that_overlaps_it():
    clause, marked = quote(0, 30, "indirect"), quote(20, 50)
    assert without_overlaps([clause, marked]) == [marked]


def test_disjoint_quotes_all_stay_in_text_order():
    first, second = quote(40, 50), quote(0, 10, "indirect")
    assert without_overlaps([first, second]) == [second, first]


def test_a_source_report_holding_others_quotes_wraps_them():
    report = quote(0, 60, "indirect", "selon")
    inner = quote(20, 40, "mixed", "qualifier")
    assert without_overlaps([report, inner]) == [report, inner]


def test_a_lone_marked_word_inside_a_clause_leaves_the_clause(nlp):
    doc = nlp("Il a dit qu'ils avaient « sciemment » favorisé le club.")
    text = doc.text
    clause = quote(text.index("ils"), text.index(" le club"), "indirect")
    word = quote(text.index("sciemment"), text.index("sciemment") + 9, "mixed")
    longer = quote(text.index("avaient"), text.index(" le club"), "mixed")
    assert without_lone_words(doc, [clause, word, longer]) == [clause, longer]


def test_a_source_report_with_no_quote_inside_stands_alone():
    report = quote(0, 60, "indirect", "selon")
    report.wraps = True  # a cue word inside it ("l'estime") that gave no quote of its own
    assert without_overlaps([report]) == [report]


def test_a_report_that_wraps_no_kept_quote_goes_back_to_the_plain_ones():
    # "Selon Le Monde, le ministre a assuré que …, a indiqué son entourage": the source's
    # clause holds the minister's one, so the entourage's report wraps nothing kept; it is
    # then a clause like the others, the first one of the stretch
    report = quote(10, 92, "indirect", "indiquer")
    report.wraps = True
    minister = quote(57, 92, "indirect", "assurer")
    source = quote(26, 92, "indirect", "selon")
    assert without_overlaps([minister, report, source]) == [report]


def test_the_entourages_report_of_a_sourced_clause_is_kept(nlp):
    text = (
        "Il pleut. Selon Le Monde, le ministre a assuré mardi que la réforme serait votée "
        "avant l'été, a indiqué son entourage."
    )
    found = [(q["text"][:15], q["cue"]) for q in extract_quotes(nlp(text))]
    assert found == [("Selon Le Monde,", "indiquer")]


def test_a_report_that_wraps_no_kept_quote_still_loses_to_marked_quotes():
    # "X a salué « A » et un livre qui, selon lui, « B »": the source's report around the
    # cue holds marked quotes it does not wrap; they win over it as over any clause
    report = quote(0, 120, "mixed", "selon")
    report.wraps = True
    first, second = quote(30, 60, "mixed", "saluer"), quote(80, 118, "direct", "selon")
    assert without_overlaps([report, first, second]) == [first, second]
