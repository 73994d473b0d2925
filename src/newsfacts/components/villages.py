"""French villages that GeoNames lacks (gazetteer.villages): a place only with evidence.

Most of the 22k communes GeoNames does not list have under 500 inhabitants, and many bear a
common word or a first name ('Mars', 'Plan', 'Bar', 'Sainte'): such a name is a village only
when the text says it is a place in France:

- a name the mention finder already took for a place, with a French département or region
  named right after it ('Plan (Isère)', 'Bar, en Corrèze'; the département also picks the
  namesake: 'Saint-Denis (Aude)', not the one of the Gard), or, in an article about France or
  about no country, with a town cue before it ('à Allondaz', 'la localité de X');
- a capitalised name the finder missed, after 'la commune de', 'le village de' ('la commune de
  Mars, en Ardèche') or right before a French département in parentheses ('à Thézy-Glimont
  (Somme)').
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from newsfacts.components.entities import PLACE, Mention
from newsfacts.components.gazetteer import HOME_COUNTRY, Gazetteer, PlaceEntry, place_key

# Nouns that say the name after them ('la commune de Mars') is a town.
TOWN_NOUNS = {"commune", "village", "localité", "bourg", "hameau", "municipalité"}
OF = {"de", "d'", "d’"}
# Tokens a village name spans at most: 'Saint-Sulpice-d'Arnoult' may be several.
MAX_NAME_TOKENS = 8
# Départements that pycountry files under another type (Corsica's, overseas ones).
OTHER_DEPARTEMENTS = {"2A", "2B", "971", "972", "973", "974", "976"}
NAME_JOINERS = {"-", "'", "’", "sur", "en", "de", "d'", "d’", "du", "des", "la", "le", "les", "lès"}


@cache
def departement_codes() -> dict[str, str]:
    """Folded name of each French département -> the INSEE code its communes' codes open with
    ('charente maritime' -> '17'), from pycountry."""
    import pycountry

    codes = {}
    for subdivision in pycountry.subdivisions.get(country_code=HOME_COUNTRY):
        code = subdivision.code.partition("-")[2]
        if subdivision.type.endswith("department") or code in OTHER_DEPARTEMENTS:
            codes[place_key(subdivision.name)] = code
    return codes


class VillageFinder:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def entry(
        self,
        surface: str,
        located_in: str | None,
        local: set[str],
        context: set[str],
        known: PlaceEntry | None,
        hint: str | None,
    ) -> PlaceEntry | None:
        """The village a place mention is, when the gazetteer's towns do not say better:
        ``located_in`` is the place named right after it ('Plan (Isère)'), ``local`` its
        country, ``context`` the article's countries, ``known`` what the towns gave, ``hint``
        the kind its context gives ('à X', 'la commune de X': 'city')."""
        villages = self.gazetteer.villages(surface)
        code = departement_codes().get(place_key(located_in or ""))
        if code is not None:  # 'Saint-Denis (Aude)', 'Mars, en Ardèche': the one of there
            communes = self.gazetteer.lookup(surface) + villages
            there = [c for c in communes if c.insee and c.insee.startswith(code)]
            return there[0] if there and there[0] != known else None
        if not villages:
            return None
        if local:
            if known is not None and known.country in local:
                return None
            return next((village for village in villages if village.country in local), None)
        if known is not None or hint != "city" or (context and HOME_COUNTRY not in context):
            # a town GeoNames knows; a name no town cue ('à', 'la commune de') calls a town
            # ('sous le signe de Venise'); an article about another country
            return None
        return next(
            (v for v in villages if v.country == HOME_COUNTRY and not v.foreign_namesake), None
        )  # 'à Venise' is Venice, not the village of the Doubs

    def mentions(self, doc: Doc, taken: list[Mention]) -> list[Mention]:
        """Communes the mention finder missed: a capitalised name after 'la commune de' or
        right before a French département in parentheses, on tokens no mention holds. Only
        the cues are looked at, so an article costs a few look-ups."""
        held = [False] * len(doc)
        for mention in taken:
            held[mention.start : mention.end] = [True] * (mention.end - mention.start)
        found = []
        for token in doc:
            i = token.i
            if token.text == "(" and self._departement_within(doc, i):
                # 'Thézy-Glimont (Somme)': the longest commune name that ends here
                spans = [(start, i) for start in range(max(0, i - MAX_NAME_TOKENS), i)]
            elif token.lower_ in OF and i > 0 and doc[i - 1].lower_ in TOWN_NOUNS:
                # 'la commune de Mars': the longest commune name that starts after
                spans = [
                    (i + 1, end) for end in range(min(len(doc), i + 1 + MAX_NAME_TOKENS), i + 1, -1)
                ]
            else:
                continue
            span = next((s for s in spans if self._commune_name(doc, *s, held)), None)
            if span is not None:
                found.append(Mention(*span, PLACE, "city", source="village"))
                held[span[0] : span[1]] = [True] * (span[1] - span[0])
        return found

    def _commune_name(self, doc: Doc, start: int, end: int, held: list[bool]) -> bool:
        """Whether the words from start to end, held by no mention, name a French commune."""
        words = doc[start:end]
        if any(held[start:end]) or not (
            words[0].text[:1].isupper() and words[-1].text[:1].isupper()
        ):
            return False
        if not all(_name_word(token.text) for token in words):
            return False
        return bool(self.gazetteer.villages(words.text)) or any(
            town.insee for town in self.gazetteer.lookup(words.text)
        )  # a French commune, GeoNames' or not

    @staticmethod
    def _departement_within(doc: Doc, opening: int) -> bool:
        """'(Somme)': a French département in the parentheses that open at ``opening``."""
        close = next((t.i for t in doc[opening + 1 : opening + 6] if t.text == ")"), None)
        return close is not None and place_key(doc[opening + 1 : close].text) in departement_codes()


def _name_word(text: str) -> bool:
    return text[:1].isupper() or text.lower() in NAME_JOINERS
