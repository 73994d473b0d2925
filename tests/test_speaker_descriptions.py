"""Description speakers (descriptions.py): which actor a title or a role designates."""

from __future__ import annotations

from newsfacts.components.quotes import extract_quotes
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


def test_a_role_noun_before_anyone_is_named_takes_up_no_one_named_after(nlp, monkeypatch):
    """ "raconte le père" opens the article: the person named next (the hospital's doctor,
    who answers him) is not the father, whom the rules leave to the ranker; a pronoun that
    opens a lede still looks ahead."""
    monkeypatch.setattr(nlp.get_pipe("newsfacts_quotes").ranking, "ranker", None)
    text = (
        "« Le bébé est vivant », raconte le père au quotidien. L'hôpital se défend. « Nous "
        "avons tout vérifié », assure le Dr Pierre Ducq, président de la commission médicale."
    )
    assert [q["speaker"] for q in extract_quotes(nlp(text))] == [None, "Pierre Ducq"]
    text = "« Le bébé est vivant », dit-il au quotidien. Pierre Ducq est le père de l'enfant."
    assert [q["speaker"] for q in extract_quotes(nlp(text))] == ["Pierre Ducq"]
