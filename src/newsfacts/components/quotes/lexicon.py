"""The quote lexicons, read once when the component is built: reporting verbs and word lists.

``speech_verbs.txt`` lists lemmas; the inflected forms a news article uses (3rd person,
participles, gerund) are generated here for regular verbs and listed in the file for irregular
ones, so that a cue is recognised from its surface form even when the tagger or the lemmatizer
gets it wrong
("tweeté" comes out as X/"tweeté").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources

VOWELS = "aeiouyéèêàâîïôû"
REFLEXIVE_PREFIX = re.compile(r"^(?:s'|s’|se )")


@dataclass(frozen=True)
class VerbEntry:
    cue: str  # the lemma as written in the lexicon: "s'interroger", "faire valoir"
    pronominal: bool  # needs a reflexive clitic
    particles: tuple[str, ...] = ()  # words that follow the conjugated verb in a locution


@dataclass
class QuoteLexicon:
    forms: dict[str, list[VerbEntry]] = field(default_factory=dict)  # form -> entries
    lemmas: dict[str, list[VerbEntry]] = field(default_factory=dict)  # lemma -> entries
    words: dict = field(default_factory=dict)

    def entries_for(self, form: str, lemma: str) -> list[VerbEntry]:
        return self.forms.get(form) or self.lemmas.get(lemma) or []

    def word_set(self, name: str) -> frozenset[str]:
        return frozenset(self.words.get(name, ()))

    @property
    def person_endings(self) -> tuple[str, ...]:
        """Endings of a noun that says what a person is ("-eur", "-iste"), for str.endswith."""
        return tuple(self.words.get("person_noun_endings", ()))


def _read(name: str) -> str:
    return resources.files("newsfacts.lexicons").joinpath(name).read_text("utf-8")


def load_lexicon() -> QuoteLexicon:
    lexicon = QuoteLexicon(words=json.loads(_read("quote_words.json")))
    head_forms: dict[str, list[str]] = {}
    rows = []
    for line in _read("speech_verbs.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, forms = (part.strip() for part in line.partition("|"))
        if name.startswith("="):
            verb = name[1:].strip()
            head_forms[verb] = [verb, *forms.split()]
            continue
        rows.append((name, forms.split()))
    for name, forms in rows:
        pronominal = bool(REFLEXIVE_PREFIX.match(name))
        verb, *particles = REFLEXIVE_PREFIX.sub("", name).split()
        entry = VerbEntry(name, pronominal, tuple(particles))
        all_forms = [verb, *forms] if forms else head_forms.get(verb) or conjugate(verb)
        lexicon.lemmas.setdefault(verb, []).append(entry)
        for form in set(all_forms):
            lexicon.forms.setdefault(form, []).append(entry)
    return lexicon


def conjugate(lemma: str) -> list[str]:
    """3rd-person forms, participles and gerund of a regular -er or 2nd-group -ir verb."""
    if lemma.endswith("ir"):
        stem = lemma[:-2]
        endings = ("it", "issent", "issait", "issaient", "irent", "ira", "iront", "irait")
        return [lemma, *(stem + e for e in (*endings, "iraient", "i", "ie", "is", "ies", "issant"))]
    stem = lemma[:-2]
    hard = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    present = _present_stem(stem)
    future = present if present != stem and not re.search(r"é[^" + VOWELS + r"]+$", stem) else stem
    forms = [lemma, present + "e", present + "ent", hard + "ait", hard + "aient", hard + "a"]
    forms += [
        stem + "èrent",
        future + "era",
        future + "eront",
        future + "erait",
        future + "eraient",
    ]
    forms += [stem + "é", stem + "ée", stem + "és", stem + "ées", hard + "ant"]
    return forms


def _present_stem(stem: str) -> str:
    """répéter -> répèt-, rappeler -> rappell-, soulever -> soulèv- (the stressed stem)."""
    if re.search(r"[^" + VOWELS + r"](el|et)$", stem) and not stem.endswith(("êt", "ét")):
        return stem + stem[-1]
    match = re.search(r"(?<![eé])[eé]([^" + VOWELS + r"])$", stem)
    if match and len(stem) > 3:
        return stem[: match.start()] + "è" + match.group(1)
    return stem
