"""The ranker's view of the quotes before: the article's most quoted and most named actors, and
how many quotes ago a candidate last spoke (ranking.QuoteHistory)."""

from __future__ import annotations

from newsfacts.components.quotes.ranking import QuoteHistory, SpeakerRanker, attribute, most_named
from tests.test_quote_ranking import FakeQuote, spans_of, view_of


def test_history_counts_the_quotes_each_actor_said():
    history = QuoteHistory()
    assert history.features(0) == {
        "most_quoted": 0.0,
        "quote_share": 0.0,
        "quotes_since_spoke": 1.0,  # never spoke: as far back as counted
        "most_named": 0.0,
    }
    for speaker in (0, 0, 1):
        history.spoke(speaker)
        history.quotes += 1
    history.quotes += 1  # a quote nobody was found for
    anne, luc = history.features(0), history.features(1)
    assert anne["most_quoted"] == 1.0 and luc["most_quoted"] == 0.0
    assert anne["quote_share"] == 2 / 3 and luc["quote_share"] == 1 / 3
    assert luc["quotes_since_spoke"] < anne["quotes_since_spoke"] < 1.0  # Luc spoke last


def test_the_most_named_actor_of_the_article(nlp):
    text = "Anne Roy parle. Luc Vidal arrive. Anne Roy sourit. Anne Roy part."
    mentions = {
        "Anne Roy": [(k, k + 8) for k in (0, text.index("Anne Roy s"), text.index("Anne Roy p"))],
        "Luc Vidal": [(text.index("Luc"), text.index("Luc") + 9)],
    }
    view = view_of(nlp, text, mentions)
    assert most_named(view) == {0}
    single = view_of(nlp, "Anne Roy parle. Luc Vidal arrive.", {"Anne Roy": [(0, 8)]})
    assert most_named(single) == frozenset()  # named once: no main actor to speak of


def test_the_ranker_sees_who_spoke_in_the_quotes_before(nlp):
    text = "Anne Roy parle. « Un. » « Deux. » Luc Vidal arrive. « Trois. »"
    view = view_of(nlp, text, spans_of(text, "Anne Roy", "Luc Vidal"))
    anne, _luc = view.index.actors
    starts = [text.index(w) - 2 for w in ("Un", "Deux", "Trois")]
    quotes = [
        FakeQuote(starts[0], starts[0] + 7, speaker=anne),
        FakeQuote(starts[1], starts[1] + 9, speaker=anne),
        FakeQuote(starts[2], starts[2] + 10),
    ]
    seen = {}
    # a ranker that trusts the main speaker of the article more than the nearest name
    ranker = SpeakerRanker({"nearest": 1.0, "most_quoted": 3.0}, bias=-1.0, threshold=0.5)
    attribute(view, quotes, ranker, lambda q, found: seen.update({q.start: found}))
    features = {c.actor["name"]: c.features for c in seen[starts[2]]}
    assert features["Anne Roy"]["most_quoted"] == 1.0
    assert features["Anne Roy"]["quote_share"] == 1.0
    assert features["Anne Roy"]["quotes_since_spoke"] == 1 / 5  # her last quote is the one before
    assert features["Luc Vidal"]["most_quoted"] == 0.0
    assert features["Luc Vidal"]["quotes_since_spoke"] == 1.0
    assert quotes[2].speaker is anne


def test_the_only_name_of_the_paragraph(nlp):
    def features_of(text: str, *names: str) -> dict[str, dict[str, float]]:
        view = view_of(nlp, text, spans_of(text, *names))
        seen = []
        quote = FakeQuote(text.index("«"), text.index("»") + 1)
        attribute(view, [quote], None, lambda q, found: seen.extend(found))
        return {c.actor["name"]: c.features for c in seen}

    alone = features_of("Anne Roy parle. « Un. »", "Anne Roy")
    assert alone["Anne Roy"]["only_in_paragraph"] == 1.0
    assert alone["Anne Roy"]["only_person_in_paragraph"] == 1.0
    two = features_of("Anne Roy parle. Luc Vidal arrive. « Un. »", "Anne Roy", "Luc Vidal")
    assert two["Anne Roy"]["only_in_paragraph"] == two["Luc Vidal"]["only_in_paragraph"] == 0.0


def test_the_shipped_ranker_puts_the_woman_named_before_first(nlp):
    """The rules leave "l'ancienne ministre" open (the latest woman was no subject): the ranker
    ranks the woman named just before above the man. Whether she passes the threshold is the
    learned model's call (below it with the shipped 73 weights: 0.30 against 0.35)."""
    ranking = nlp.get_pipe("newsfacts_quotes").ranking
    seen = []
    ranking.observe = lambda quote, found: seen.append(found)
    try:
        nlp(
            "Jean Dupont a reçu Rachida Dati. Plus tard, l'ancienne ministre a estimé que « les "
            "Parisiens n'en peuvent plus »."
        )
    finally:
        ranking.observe = None
    [found] = seen
    best = max(found, key=lambda c: ranking.ranker.probability(c.features))
    assert best.actor["name"] == "Rachida Dati"
