"""The reader of one Doc (quantities.reader): token look-ups and what it masks before reading.

The reader's whole run, number by number, is tested on sentences in test_quantities.py and the
example tables of each step."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.components.quantities.reader import DocReader


def test_token_at_and_before_skip_spaces_only(nlp):
    reader = DocReader(Doc(nlp.vocab, words=["Il", "a", "30", "ans"]))  # "Il a 30 ans"
    assert reader.token_at(4) == reader.token_at(5) == 2  # a space, then "30"
    assert reader.token_at(6) is None  # inside "30": no token starts there
    assert reader.token_at(11) is None  # the end of the text
    assert reader.token_before(5).text == "a"
    assert reader.token_before(0) is None


def test_phone_numbers_and_idioms_are_masked(nlp):
    words = ["Appelez", "le", "05", "56", "10", "20", "30", "dans", "les", "deux", "sens"]
    reader = DocReader(Doc(nlp.vocab, words=words))
    text = reader.text
    phone, idiom = "05 56 10 20 30", "dans les deux sens"
    expected = [(text.index(phone), text.index(phone) + len(phone))]
    expected += [(text.index(idiom), text.index(idiom) + len(idiom))]
    assert sorted(reader.masked) == expected


def test_currencies_are_read_from_the_whole_article(nlp):
    plain = DocReader(Doc(nlp.vocab, words=["30", "$"]))
    canadian = DocReader(Doc(nlp.vocab, words=["30", "dollars", "canadiens"]))
    assert (plain.dollar_code, plain.pound_code) == ("USD", None)
    assert canadian.dollar_code == "CAD"
