"""newsfacts_quotes: reported speech and its speaker (first version: quote marks + cue verb).

Payload on ``span._.quote``: {"type", "speaker", "speaker_span", "cue"}.
"""

from __future__ import annotations

import re
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsfacts.components import register_extensions

QUOTE_PAIRS = re.compile(
    r"«\s*(?P<guillemets>[^«»]+?)\s*»|“(?P<curly>[^“”]+)”|\"(?P<straight>[^\"]+)\""
)


def load_speech_verbs() -> frozenset[str]:
    text = resources.files("newsfacts.lexicons").joinpath("speech_verbs.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@Language.factory("newsfacts_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder(load_speech_verbs())


class QuoteFinder:
    def __init__(self, speech_verbs: frozenset[str]) -> None:
        register_extensions()
        self.speech_verbs = speech_verbs

    def __call__(self, doc: Doc) -> Doc:
        quotes = []
        for match in QUOTE_PAIRS.finditer(doc.text):
            group = match.lastgroup
            span = doc.char_span(match.start(group), match.end(group), alignment_mode="contract")
            if span is None or len(span) < 3:
                continue
            cue = self._cue_after(doc, span)
            if cue is None:
                continue
            verb, speaker = cue
            span._.quote = {
                "type": "direct",
                "speaker": _actor_name(doc, speaker),
                "speaker_span": [speaker.start_char, speaker.end_char] if speaker else None,
                "cue": verb,
            }
            quotes.append(span)
        doc.spans["quotes"] = quotes
        return doc

    def _cue_after(self, doc: Doc, quote: Span) -> tuple[str, Span | None] | None:
        sentence_end = doc[quote.end - 1].sent.end
        for token in doc[quote.end : min(sentence_end, quote.end + 8)]:
            if token.pos_ in ("VERB", "AUX") and token.lemma_ in self.speech_verbs:
                subjects = [child for child in token.children if child.dep_.startswith("nsubj")]
                speaker = (
                    doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]
                    if subjects
                    else None
                )
                return token.lemma_, speaker
        return None


def _actor_name(doc: Doc, speaker: Span | None) -> str | None:
    if speaker is None:
        return None
    for actor in doc._.actors or []:
        for start, end in actor["mentions"]:
            if start < speaker.end_char and speaker.start_char < end:
                return actor["name"]
    return None
