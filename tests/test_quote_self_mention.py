"""Self-mention: a person named in the quote's own words is not its speaker."""

from __future__ import annotations

from newsfacts.components.quotes import extract_quotes
from newsfacts.components.quotes.index import ActorIndex, QuoteZones, Stretches
from newsfacts.components.quotes.self_mention import persons_named_in, persons_named_in_quote

TEXT = "« Le choix de M. Zekri est le sien », dit-il. Zekri"


def index_of(actors: list[dict]) -> ActorIndex:
    index = ActorIndex(actors, TEXT)
    index.refresh()
    return index


class Quote:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def test_persons_named_in_a_stretch_are_every_number_of_the_actor():
    zekri = {"name": "Abdallah Zekri", "type": "person", "mentions": [[14, 22], [46, 51]]}
    index = index_of([zekri, zekri])  # the same actor under two numbers
    assert persons_named_in(index, 2, 35) == {0, 1}
    assert persons_named_in(index, 24, 45) == frozenset()


def test_only_names_of_persons_count():
    cfcm = {"name": "CFCM", "type": "organization", "mentions": [[14, 22]]}
    said = {"name": "Abdallah Zekri", "type": "person", "mentions": [[42, 44]]}  # "il"
    index = index_of([cfcm, said])
    assert persons_named_in(index, 0, 45) == frozenset()


def test_the_zone_of_the_quote_being_resolved():
    zekri = {"name": "Abdallah Zekri", "type": "person", "mentions": [[14, 22]]}
    index = index_of([zekri])
    zones = QuoteZones(Stretches([]))
    assert persons_named_in_quote(index, zones) == frozenset()
    assert persons_named_in_quote(index, zones.with_quote(Quote(2, 35))) == {0}


def test_a_pronoun_skips_the_person_the_quote_names(nlp):
    text = (
        "Mohammed Moussaoui préside le CFCM. Abdallah Zekri a déclaré mardi : « Elle l'a "
        "cherché. » « L'expression utilisée par M. Zekri est maladroite », a-t-il dit."
    )
    speakers = [q["speaker"] for q in extract_quotes(nlp(text))]
    assert speakers == ["Abdallah Zekri", "Mohammed Moussaoui"]
