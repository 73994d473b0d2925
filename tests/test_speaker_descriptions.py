"""Description speakers (descriptions.py): which actor a title or a role designates."""

from __future__ import annotations

from newsfacts.components.quotes.index import ActorIndex
from newsfacts.components.quotes.lexicon import load_lexicon
from newsfacts.components.quotes.speakers import SpeakerResolver


def test_a_title_read_as_of_someone_else_does_not_designate_the_complement(nlp):
    doc = nlp("L'avocat demande une audience.")
    span = doc[0:2]  # "L'avocat"
    client = {"name": "Marcel Jacob", "type": "person", "titles": ["avocat de"]}
    lawyer = {"name": "Stéphane Giuranna", "type": "person", "titles": ["avocat"]}
    index = ActorIndex([client, lawyer], doc.text)
    index.refresh()
    index.titles = {1: {"avocat"}}
    resolver = SpeakerResolver(load_lexicon())
    assert resolver._title_of_a_complement(client, span, index)
    assert not resolver._title_of_a_complement(lawyer, span, index)
    index.titles = {0: {"avocat"}}  # the article itself calls X "l'avocat": keep it
    assert not resolver._title_of_a_complement(client, span, index)
