"""Whether a common noun names a person: the test of a noun in apposition to a name ('Heloïsa,
une résidente expatriée', 'Akhmet, employé d'un bureau', 'raconte Nicolas, le sauveur du
poisson'). A word list cannot hold every trade and role; French inflects most nouns of people
for gender, and few nouns of things: a noun whose feminine form French has ('résidente' of
'résident', 'employée', 'commerçante') is a person's, unless it types organisations or places
('fabricant' / 'fabricante' is a company, 'collectif' / 'collective' a group).
"""

from __future__ import annotations

from newsfacts.components.entities.vocabulary import AGE_DECADES, AGE_NOUNS

# (feminine ending, masculine ending): 'habitante' / 'habitant', 'infirmière' / 'infirmier'.
# Endings of participles and adjectives only: '-e' alone would pair verbs ('campe', 'lace').
GENDER_PAIRS = (
    ("euse", "eur"),
    ("rice", "eur"),
    ("ière", "ier"),
    ("ère", "er"),
    ("ienne", "ien"),
    ("ée", "é"),
    ("ante", "ant"),
    ("ente", "ent"),
    ("aise", "ais"),
    ("oise", "ois"),
)


class PersonNouns:
    """``noun in person_nouns``: the noun (lower case) names a person. ``nouns`` are the
    lemmatizer's noun lemmas (masculine), ``forms`` every word form it knows, ``known`` the
    listed person nouns and titles, ``not_persons`` the nouns that type organisations and
    places."""

    def __init__(self, nouns, forms, known, not_persons) -> None:
        self.nouns = nouns
        self.forms = forms
        self.known = frozenset(known) | AGE_DECADES | AGE_NOUNS
        self.not_persons = frozenset(not_persons)

    def __contains__(self, word: str) -> bool:
        if word in self.known:
            return True
        if word in self.not_persons or len(word) < 4:
            return False
        return any(
            self._inflected(word, feminine, masculine) for feminine, masculine in GENDER_PAIRS
        )

    def _inflected(self, word: str, feminine: str, masculine: str) -> bool:
        if word.endswith(feminine):
            # 'résidente': a feminine that is no lemma of its own, of a masculine noun
            return word not in self.nouns and word[: -len(feminine)] + masculine in self.nouns
        if word.endswith(masculine):
            # 'commerçant' / 'commerçante', 'employé' / 'employée'
            other = word[: -len(masculine)] + feminine
            return other in self.forms and other not in self.nouns
        return False
