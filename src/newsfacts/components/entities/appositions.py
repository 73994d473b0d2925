"""Appositions that tell a name's kind: 'Bleiburg, une localité du sud de l'Autriche' (a town),
'Rama, une femme d'origine sénégalaise' (a person). A mixin of `kinds.Typing`, whose gazetteer,
lexicons and word lists it reads."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.components.entities.boundaries import _followed_by_age
from newsfacts.components.entities.kind_context import _closed_apposition
from newsfacts.components.entities.vocabulary import (
    AGE_DECADES,
    LOCATIVE_PREPOSITIONS,
    OF_FORMS,
    PERSON_NOUNS,
    PLACE_PREPOSITION_WORDS,
    SINGULAR_DEFINITE_ARTICLES,
)
from newsfacts.components.gazetteer import fold

# Words a town's name spans at most, for a town noun in apposition to make it one.
TOWN_NAME_WORDS = 4
APPOSITION_DETERMINERS = {"une", "un", "la", "le", "l'", "l’", "cette", "ce"}


class Appositions:
    def _town_apposition(self, doc: Doc, start: int, end: int) -> bool:
        """'Bleiburg, une localité du sud de l'Autriche', 'Camopi, village en amont': a town
        noun in apposition."""
        if end - start > TOWN_NAME_WORDS or end + 2 >= len(doc) or doc[end].text != ",":
            return False
        i = end + 1
        if doc[i].lower_ in APPOSITION_DETERMINERS:
            i += 1
        if i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i += 1  # 'une petite localité'
        if i + 1 < len(doc) and doc[i + 1].lower_ == "par":
            return False  # 'Frédéric Lauze, cité par Le Parisien': a participle, no town noun
        return i < len(doc) and fold(doc[i].text) in self.kind_words["city"]

    def _described_as_person(self, doc: Doc, start: int, end: int) -> bool:
        """'Nadia, 38 ans,', 'Rama, une femme d'origine sénégalaise': an age, or a person's noun
        or title, in apposition to the name start..end."""
        return _followed_by_age(doc, end) or self._person_apposition(doc, start, end)

    def _person_apposition(self, doc: Doc, span_start: int, end: int) -> bool:
        """'Rama, une femme d'origine sénégalaise', 'Emmanuelle, doctorante en neurosciences':
        a person's noun or title in apposition."""
        if end + 2 >= len(doc) or doc[end].text != ",":
            return False
        if span_start > 0 and doc[span_start - 1].lower_ in LOCATIVE_PREPOSITIONS:
            return False  # 'A Avignon, un homme ...': where it happened
        name = doc[span_start:end].text
        if (
            span_start > 0
            and doc[span_start - 1].lower_ in OF_FORMS
            and doc[span_start].ent_type_ == "LOC"
            and self.gazetteer.lookup(name)
            and not (
                span_start > 1
                and doc[span_start - 2].pos_ == "NOUN"
                and doc[span_start - 2].lower_ in PERSON_NOUNS
            )
        ):
            # 'la ville voisine de Lapugnoy, propriétaire de deux motos': a known town, complement
            # of a noun; the apposition is about the noun phrase's head. Not after a kinship
            # noun, whose complement is a person: 'le fils de Florence, étudiante en droit'
            return False
        indefinite = doc[end + 1].lower_ in ("un", "une")
        i = end + 1 + indefinite
        if indefinite and i + 1 < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i += 1  # 'Charlotte, une autre spectatrice', 'Paul, un jeune agriculteur'
        word = doc[i].lower_
        if word in PERSON_NOUNS or (i == end + 1 and word in self.lex["person_titles"]):
            return True
        if (
            indefinite
            and doc[i].is_lower
            and word in self.person_nouns
            and (self._first_name_at(doc, span_start) or not self.gazetteer.lookup(name))
        ):
            # 'une spectatrice': a noun French inflects for gender names a person, even one
            # the tagger reads as a proper noun; after a place's name only when it is a first
            # name too ('Charlotte'; not "l'Arabie saoudite, un proche allié")
            return True
        if (
            doc[end + 1].lower_ in SINGULAR_DEFINITE_ARTICLES
            and (doc[end + 2].lower_ in PERSON_NOUNS or doc[end + 2].lower_ in AGE_DECADES)
            and not doc[end + 2].dep_.startswith("nsubj")
            and not any(
                self._is_big_place(entry)
                for entry in self.gazetteer.lookup(doc[span_start:end].text)
            )
        ):
            # "Hayarpi Tamrazyan, l'aînée de la famille", 'Cecilia, la quarantaine'; not the
            # subject of what follows ('une banlieue de Perpignan, l'homme a été pris')
            return True
        # 'Santiago Abascal, le patron du parti Vox': a title with its article in apposition
        # (the parse says so; 'Invitée de BFMTV-RMC, la ministre a rappelé' is a subject),
        # after a name of two words or more that no gazetteer knows
        return (
            end - span_start > 1
            and doc[end + 1].lower_ in ("le", "la")
            and doc[end + 2].lower_ in self.lex["person_titles"]
            and doc[end + 2].dep_ == "appos"
            and not self.gazetteer.lookup(doc[span_start:end].text)
        )

    def _person_noun_apposition(self, doc: Doc, start: int, end: int) -> bool:
        """'Heloïsa, une résidente expatriée,', 'raconte Nicolas, le sauveur du poisson', 'Cecilia,
        la quarantaine,': a noun of a person (person_nouns.py) in apposition to a name the NER
        did not call an organisation."""
        if end + 2 >= len(doc) or doc[end].text != ",":
            return False
        if start > 0 and doc[start - 1].lower_ in LOCATIVE_PREPOSITIONS:
            return False  # 'A Avignon, le maire ...': where it happened
        places = self.gazetteer.lookup(doc[start:end].text)
        if any(self._is_big_place(entry) for entry in places):
            return False  # 'Le club de Montpellier, le voisin héraultais,'
        if places and start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITION_WORDS:
            return False  # 'L'entraîneur de Lens, un passionné de football': the town
        i = end + 1 + (doc[end + 1].lower_ in APPOSITION_DETERMINERS)
        word = doc[i]
        # the tagger calls some listed nouns adjectives: 'une sexagénaire venue'
        noun = word.pos_ == "NOUN" or (i > end + 1 and word.lower_ in self.person_nouns.known)
        if not (word.is_lower and noun and word.lower_ in self.person_nouns):
            return False
        # after 'le' / 'la' the apposition closes on a comma before any conjugated verb: '... de
        # Perpignan, l'homme a été pris' opens the next clause
        return doc[end + 1].lower_ in ("un", "une") or i == end + 1 or _closed_apposition(doc, i)
