"""Where an organisation's name ends when the NER cuts it short or too long: a club's town
adjective ('le Stade | rennais'), a demonym ('Sénat | américain' stays out, 'Centre spatial |
guyanais' goes in), the lower-case words French leaves after a capitalised head word
("l'Assurance | maladie") and a body's remit ('Haut commissariat | aux réfugiés'). A mixin of
`kinds.Typing`, whose gazetteer, lexicons and word lists it reads."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.components.entities.acronyms import _credit_then_name
from newsfacts.components.entities.boundaries import TIME_ADJECTIVES, _name_end
from newsfacts.components.entities.tokens import _capitalised, _demonym_tail, _lower_adjective
from newsfacts.components.entities.vocabulary import PREPOSITIONS_OF, SUPRANATIONAL
from newsfacts.components.gazetteer import fold

# Nouns of French prepositional phrases ('au moment de', 'au cours de', 'au sein de'): after a
# name they open an adjunct, never a body's remit.
PREPOSITION_NOUNS = {"moment", "cours", "sein", "nom", "niveau", "lieu", "début", "lendemain",
                     "terme", "bout", "profit", "détriment", "titre", "sujet", "côté", "total",
                     "final", "moyen", "risque", "départ", "regard", "vu"}  # fmt: skip
# The articles between 'de' and a place: "de l'Ain", 'de la Somme'.
PLACE_ARTICLES = {"la", "l'", "l’"}
# The prepositions that join a lower-case noun to a body's name without an article.
BARE_COMPLEMENT_WORDS = {"de", "d'", "d’", "du", "des"}
# The articles after 'pour' that open a body's purpose ('pour la répression de ...').
REMIT_ARTICLES = {"la", "le", "les", "l'", "l’"}


def _lower_noun(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].is_lower and doc[i].is_alpha and doc[i].pos_ == "NOUN"


class OrganisationEdges:
    """Rules of MentionFinder (finder.py) on where an organisation's name ends."""

    def _org_edges(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Where the NER cuts an organisation's name short or too long:
        'Réseau Action | Climat', 'Centre spatial | guyanais', "Cour de justice | de l'UE";
        'Sénat | américain' (the adjective describes it, the name is 'Sénat')."""
        suffixes = self.lex["demonym_suffixes"]
        while (
            end - start > 1
            and end < len(doc)
            and doc[end].lower_ == "par"
            and doc[end - 1].is_lower
            and doc[end - 1].pos_ == "VERB"
        ):
            end -= 1  # 'le Mouvement radical | conduite par Franck Reynier': a participle's agent
        if self._is_club_head(doc, start, end):
            return start, self._club_end(doc, end)
        last = doc[end - 1]
        if (
            end - start == 2
            and _demonym_tail(last, suffixes)
            and not last.lower_.startswith(SUPRANATIONAL)
        ):
            return start, end - 1
        if end < len(doc) and _demonym_tail(doc[end], suffixes) and end - start >= 2:
            return start, end + 1
        if end < len(doc) and _capitalised(doc[end]) and not doc[end].ent_type_:
            if _credit_then_name(doc, start, end):
                return start, end  # "confie à l'AFP Lorraine McDermott": two names
            return start, _name_end(doc, end - 1)
        if doc[start].text in self.lex["head_words"] and end < len(doc):
            complement = self._complement_end(doc, end)
            if complement is not None and doc[end].lower_ != "à":
                return start, complement
            if doc[end - 1].is_lower and doc[end - 1].pos_ == "NOUN" and _lower_adjective(doc[end]):
                return start, end + 1  # 'Forces de soutien | rapide'
            if doc[end - 1].pos_ == "NOUN" and doc[end - 1].is_lower and doc[end].lower_ == "et":
                # 'Agence de gestion des incendies | et des catastrophes'
                k = end + 1
                while k < len(doc) and doc[k].lower_ in PREPOSITIONS_OF and k - end < 3:
                    k += 1
                if k > end + 1 and k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].is_lower:
                    return start, k + 1
        return start, end

    def _lower_case_name_end(self, doc: Doc, start: int, end: int) -> int:
        """ "l'Assurance | maladie", 'le Centre | régional de pharmacovigilance de Nice': French
        capitalises the first word of a body's name only; a head word the NER reads alone goes
        on with the lower-case nouns and adjectives after it, their complements ('de
        pharmacovigilance') and a last complement with a capital ('de Nice'). Not a name the
        words make a place of ('l'Union soviétique')."""
        if end - start != 1 or doc[start].text not in self.lex["head_words"]:
            return end
        j = end
        while j < len(doc):
            k = j
            if doc[k].lower_ in BARE_COMPLEMENT_WORDS:
                k += 1  # 'de pharmacovigilance', 'du culte'; not "de l'agence": another body
            word = doc[k] if k < len(doc) else None
            if word is None or not (word.is_lower and word.is_alpha):
                break
            if word.pos_ not in ("NOUN", "ADJ") or (k == j and word.pos_ == "NOUN" and j > end):
                break
            if word.lower_ in TIME_ADJECTIVES or fold(word.text) in self.lex["generic"]:
                break  # 'le Conseil précédent' dates the body, names none
            j = k + 1
        if j == end:
            return end
        if j == end + 1 and _demonym_tail(doc[end], self.lex["demonym_suffixes"]):
            return end  # 'le Sénat américain'; but 'Conseil français du culte musulman'
        if j == end + 1 and j < len(doc) and doc[j].pos_ in ("DET", "PRON", "SCONJ"):
            return end  # 'le Conseil juge qu'il': a verb the tagger reads as a noun
        complement = self._complement_end(doc, j)
        if complement is not None and self._names_place(doc, j + 1, complement):
            j = complement  # 'de Nice', "d'Avignon", "de l'Ain"; not "de l'agence de l'ONU"
        if self.gazetteer.lookup(doc[start:j].text):
            return end
        return j

    def _names_place(self, doc: Doc, start: int, end: int) -> bool:
        """The words after a complement's first preposition name a place: 'Nice' ('de Nice',
        "d'Avignon"), 'la Rochelle', or without its article 'Ain' ("de l'Ain")."""
        if start >= end:
            return False
        if self.gazetteer.lookup(doc[start:end].text):
            return True
        return (
            doc[start].lower_ in PLACE_ARTICLES
            and start + 1 < end
            and bool(self.gazetteer.lookup(doc[start + 1 : end].text))
        )

    def _remit_end(self, doc: Doc, start: int, end: int) -> int:
        """'Haut-Commissariat de l'ONU | aux droits de l'Homme', 'Haut commissariat | aux
        réfugiés': a body's remit, 'aux' and a lower-case noun, belongs to its name, with the
        noun's complement ('de l'Homme') and adjectives."""
        heads = self.lower_head_words
        if not any(token.lower_ in heads for token in doc[start:end]):
            return end
        if (
            end + 2 < len(doc)
            and doc[end].lower_ == "pour"
            and doc[end + 1].lower_ in (REMIT_ARTICLES)
        ):
            return self._purpose_end(doc, end)
        if end + 1 >= len(doc) or doc[end].lower_ not in ("aux", "au"):
            return end
        noun = doc[end + 1]
        if not (noun.is_lower and noun.is_alpha and noun.pos_ == "NOUN"):
            return end
        if noun.lower_ in PREPOSITION_NOUNS:
            return end  # 'le Front national | au moment des élections': no remit
        j = end + 2
        while j < len(doc) and doc[j].is_lower and doc[j].pos_ == "ADJ":
            j += 1  # 'aux affaires | étrangères'
        k = j
        while k < len(doc) and doc[k].lower_ in PREPOSITIONS_OF and k - j < 3:
            k += 1
        if k > j and k < len(doc) and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "PROPN"):
            j = k + 1  # 'de l'Homme', 'des femmes'
        return j

    def _purpose_end(self, doc: Doc, end: int) -> int:
        """ "l'Office central | pour la répression de la traite des êtres humains",
        "l'Organisation des Nations unies | pour l'alimentation et l'agriculture": a body's
        purpose, 'pour', an article and a lower-case noun, belongs to its name, with the noun's
        lower-case complements and one noun joined by 'et'. Where the name ends."""
        j = end + 2
        if not _lower_noun(doc, j):
            return end
        j += 1
        while True:
            while j < len(doc) and doc[j].is_lower and doc[j].pos_ == "ADJ":
                j += 1  # 'des êtres | humains'
            k = j
            while k < len(doc) and doc[k].lower_ in PREPOSITIONS_OF | {"et"} and k - j < 3:
                k += 1
            if k == j or not _lower_noun(doc, k):
                return j
            j = k + 1

    def _is_club_head(self, doc: Doc, start: int, end: int) -> bool:
        """'Stade', 'Olympique': a club's name that a lower-case adjective completes."""
        heads = self.lex["club_heads"]
        return doc[start:end].text in heads or (
            end - start == 2
            and doc[start].text in heads
            and _demonym_tail(doc[end - 1], self.lex["demonym_suffixes"])
        )

    def _club_end(self, doc: Doc, end: int) -> int:
        """'le Stade | rennais', "l'Olympique | lyonnais": the adjective is the club's town."""
        if end < len(doc) and _demonym_tail(doc[end], self.lex["demonym_suffixes"]):
            return end + 1
        return end
