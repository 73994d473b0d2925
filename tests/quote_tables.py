"""What the quote tests compare: each quote of a text as a tuple, and the speaker words."""

from __future__ import annotations

from newsfacts.components.quotes import extract_quotes

# an article of several sentences where one speaker is taken up by a title and a pronoun
TRUMP = (
    "Le président américain Donald Trump a durci le ton lundi. "
    "« C'est une invasion », a tweeté le président américain. "
    "« Faites demi-tour », a-t-il ajouté."
)


def quotes_of(nlp, text: str) -> list[tuple]:
    """(text, type, speaker, cue) of every quote, in text order."""
    doc = nlp(text)
    return [(q["text"], q["type"], q["speaker"], q["cue"]) for q in extract_quotes(doc)]


def speaker_texts(nlp, text: str) -> list[str | None]:
    doc = nlp(text)
    return [
        doc.text[q["speaker_span"][0] : q["speaker_span"][1]] if q["speaker_span"] else None
        for q in extract_quotes(doc)
    ]
