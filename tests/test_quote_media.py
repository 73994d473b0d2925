"""Media descriptions: "ajoute le quotidien" takes up the latest medium the article cited."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes import extract_quotes
from newsfacts.components.quotes.index import ActorIndex, QuoteZones, Stretches
from newsfacts.components.quotes.lexicon import load_lexicon
from newsfacts.components.quotes.media import Media, latest_medium, medium_noun

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


def _index(text: str, *actors: dict) -> ActorIndex:
    index = ActorIndex(list(actors), text)
    index.refresh()
    return index


def test_the_latest_medium_of_the_kind_the_noun_asks_for():
    media = Media.from_lexicon(load_lexicon())
    text = "Selon le Parisien, il a fui. Arte en a parlé. Le quotidien"
    paper = {"name": "Parisien", "type": "organization", "mentions": [[10, 18]]}  # no "Le"
    channel = {"name": "Arte", "type": "organization", "mentions": [[29, 33]]}
    index = _index(text, paper, channel)
    zones = QuoteZones(Stretches([]))
    assert latest_medium(index, 46, zones, media, "quotidien") is paper
    assert latest_medium(index, 46, zones, media, "chaîne") is channel
    assert latest_medium(index, 46, zones, media, "média") is channel  # any kind


def test_a_medium_by_the_name_the_article_writes():
    media = Media.from_lexicon(load_lexicon())
    kinds = {
        name: media.kinds_of({"name": name})
        for name in ("France Bleu Isère", "Nice Matin", "BFMTV.com", "FranceInfo", "Vinci")
    }
    assert kinds["France Bleu Isère"] == {"radio"}  # a local France Bleu
    assert kinds["Nice Matin"] == {"press"}  # "Nice-Matin"
    assert kinds["BFMTV.com"] == {"television"}
    assert "radio" in kinds["FranceInfo"]
    assert kinds["Vinci"] is None
    # counter-example: a one-word medium does not make a medium of a longer name
    assert media.kinds_of({"name": "Public Health England"}) is None
    # the kind of an unlisted medium comes from its titles; "média" says none
    assert media.kinds_of({"name": "NRK", "titles": ["radio publique"]}) == {"radio"}
    assert media.kinds_of({"name": "NRK", "titles": ["média norvégien"]}) == frozenset()


@pytest.mark.parametrize(
    ("words", "noun"),
    [
        ("la station de radio", "radio"),
        ("le site d'informations", "site"),
        ("l'hebdomadaire satirique", "hebdomadaire"),
        ("la chaîne d'information", "chaîne"),
        ("le site", None),  # a place as often as a medium
        ("la station", None),
        ("le quotidien Le Monde", None),  # a name resolves by itself
        ("le journaliste de radio", None),  # a person, whatever medium he works for
        ("le journaliste d'information", None),
    ],
)
def test_medium_noun(nlp, words, noun):
    media = Media.from_lexicon(load_lexicon())
    span = nlp(words)[:]
    head = next(t for t in span if t.lower_ in media.nouns)
    assert medium_noun(span, head, media) == noun


def test_a_medium_description_takes_the_medium_not_the_channel_named_since(nlp):
    text = (
        "Le cambriolage a eu lieu dimanche, selon Le Parisien. Un reportage d'Arte a suivi "
        "l'enquête. Les voleurs sont entrés par la fenêtre, précise le quotidien."
    )
    speakers = [q["speaker"] for q in extract_quotes(nlp(text))]
    assert speakers[-1] == "Le Parisien"


def test_a_lede_names_its_medium_further_on():
    media = Media.from_lexicon(load_lexicon())
    text = "Il a été arrêté, précise la radio locale. Selon France Bleu Maine, il a 11 ans."
    radio = {"name": "France Bleu Maine", "type": "organization", "mentions": [[48, 65]]}
    zones = QuoteZones(Stretches([]))
    assert latest_medium(_index(text, radio), 27, zones, media, "radio") is radio
    # counter-example: a medium named before, even inside quote marks, is the one meant
    text = "« Sur France 2, une rubrique », précise la chaîne. TF1 prépare la sienne."
    france2 = {"name": "France 2", "type": "organization", "mentions": [[6, 14]]}
    tf1 = {"name": "TF1", "type": "organization", "mentions": [[51, 54]]}
    zones = QuoteZones(Stretches([(0, 30)]))
    assert latest_medium(_index(text, france2, tf1), 42, zones, media, "chaîne") is None


def test_the_words_of_the_medium_a_contracted_article_takes_up(nlp):
    """ "selon les informations du quotidien": "du" is "de le", a definite article that takes
    the newspaper up as "le quotidien" does, not the party named since."""
    text = (
        "Un militant a été agressé à Ivry, rapporte Le Parisien. Il est membre du PCF. Selon "
        "les informations du quotidien, l'agression s'est déroulée en deux temps."
    )
    speakers = [q["speaker"] for q in extract_quotes(nlp(text))]
    assert speakers[-1] == "Le Parisien"


def test_a_site_a_complement_makes_a_medium_takes_up_the_medium(nlp):
    """ "précise le site d'informations": a medium, as "le quotidien" is, not a document whose
    author the rules look for ("le site" alone stays a document)."""
    text = (
        "La réunion a dégénéré, explique Actu.fr. Marlène Schiappa a quitté la salle. Elle "
        "portera plainte, précise le site d'informations."
    )
    speakers = [q["speaker"] for q in extract_quotes(nlp(text))]
    assert speakers[-1] == "Actu.fr"
