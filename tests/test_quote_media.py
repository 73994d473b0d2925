"""Media descriptions: "ajoute le quotidien" takes up the latest medium the article cited."""

from __future__ import annotations

from newsfacts.components.quotes import extract_quotes
from newsfacts.components.quotes.index import ActorIndex, QuoteZones, Stretches
from newsfacts.components.quotes.media import Media, latest_medium

TEXT = "Le Monde cite la Caisse des dépôts. Le quotidien"


def test_the_latest_medium_not_the_latest_organization():
    media = Media(frozenset({"le monde"}), frozenset({"quotidien"}))
    paper = {"name": "Le Monde", "type": "organization", "mentions": [[0, 8]]}
    bank = {"name": "Caisse des dépôts", "type": "organization", "mentions": [[18, 34]]}
    index = ActorIndex([paper, bank], TEXT)
    index.refresh()
    assert latest_medium(index, 36, QuoteZones(Stretches([])), media) is paper
    assert latest_medium(index, 36, QuoteZones(Stretches([(0, 9)])), media) is None


def test_a_medium_noun_takes_up_the_cited_medium(nlp):
    text = (
        "Le déficit atteindra 41 milliards, d'après Les Échos. La Caisse d'amortissement de la "
        "dette sociale sera prolongée. « Une négociation sera ouverte », ajoute le quotidien."
    )
    speakers = [q["speaker"] for q in extract_quotes(nlp(text))]
    assert speakers == ["Les Échos", "Les Échos"]
