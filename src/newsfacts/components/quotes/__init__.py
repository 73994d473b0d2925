"""newsfacts_quotes: reported speech in French news and who said it.

Payload on ``span._.quote``: {"type": "direct" | "indirect" | "mixed", "speaker": an actor's name
or None, "speaker_span": [start, end] characters of the words that designate the speaker, or None,
"cue": lemma of the reporting verb, "selon", or None, "fragments": [[start, end], ...]}.

- direct: the words between quote marks, with a cue after them (``», a-t-il ajouté``), before them
  (``X a déclaré : « … »``), inside them (an incise splits the quote in two), or none when the
  quote goes on from the previous one;
- mixed: a quoted fragment inside a reported sentence (``a salué « un pas dans la bonne voie »``);
- indirect: the clause after a reporting verb (``a affirmé que …``, ``a indiqué avoir reçu …``), the
  clause before an inverted cue (``…, a annoncé la police``), and ``selon X`` / ``d'après X``.

A mixed quote spans the whole reported content and lists the marked words inside it as
``fragments`` ([start, end] characters); marked words nobody is reported as saying are no quote.

One module per step: marks.py (pairing quote marks), text.py (sentences), cues.py (reporting verbs),
finder.py (the component: which step reads each marked span, then the speakers), direct.py (the cue
or source around whole marked words), fragments.py (mixed quotes: marked words inside a reported
sentence), terms.py (marked words nobody says: charges, names, terms), rows.py (marks in a row or a
list), cueless.py (quotes with no verb), cue_subjects.py (the subject of a cue), overlaps.py (one
quote per stretch of text), clauses.py (reported clauses), pointers.py (clauses a cue points at:
``Comme le raconte X, …``, ``C'est ce qu'a annoncé X``, ``X a lâché une bombe : …``), sources.py
(selon, d'après, pour X), mixed.py (clauses that hold marked words), phrases.py (the words that
designate a speaker), speakers.py (the actor they designate), speaker_filter.py (who the words
cannot designate: the addressee, the relay, a person of the other gender; asked by the name,
part-of-name, title and description paths, not yet by the pronoun path), index.py (what the speaker
searches look up, indexed so they stay linear), sieve.py (which rule answers are final: a name; and
which are weak: a pronoun, "ce dernier", a description), candidates.py and ranking.py (the last
stage: a learned ranker over the actors named around a quote the rules left without a speaker, which
can also weigh the weak answers; weights in lexicons/speaker_ranker.json, trained by
benchmarks/train_speaker_ranker.py).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.components import register_extensions
from newsfacts.components.quotes.finder import QuoteFinder
from newsfacts.components.quotes.lexicon import load_lexicon

__all__ = ["QuoteFinder", "make_quotes"]


@Language.factory("newsfacts_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    register_extensions()
    return QuoteFinder(load_lexicon())


def extract_quotes(doc: Doc) -> list[dict]:
    """The quote payloads of a processed doc, in text order (a convenience for callers)."""
    return [
        {"text": span.text, **span._.quote}
        for span in sorted(doc.spans.get("quotes", []), key=lambda s: s.start_char)
    ]
