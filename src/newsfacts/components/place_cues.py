"""Places the mention finder left out, found by the French that introduces a place.

The NER misses towns it has not seen in a frame it does not expect ('la chambre de
l'instruction de Dijon', 'le festival d'Avignon', '...-Addis-Abeba a fait appel'), and a
lower-case institution swallows the town it serves ('l'université de Duisburg-Essen', 'la mairie
de Sorges-et-Ligueux', 'l'ambassade de Chine en Israël'). Both are rescued here, only where the
gazetteer knows the name as a sizeable place, so a surname or a brand after 'de' stays out:

- a capitalised name held by no mention, after 'à', after 'dans' and an article ('dans le
  Nord-Pas-de-Calais') or after a lower-case noun and 'de' ('l'instruction de Dijon'); never
  after a capitalised word ('Charles de Gaulle');
- inside an organisation whose name opens with a lower-case noun, a name after 'de' or 'en'
  ('ambassade de Chine en Israël'); an organisation with a proper name ('France Bleu Pays de
  Savoie', 'Fonderies de Bretagne') keeps its words;
- a name right after 'maladie de', 'syndrome de', 'virus' names a disease, no place ('la
  maladie de Kawasaki');
- a name after 'au' that, with 'Le', is a town's is that town, whatever the NER read ('au
  Bourget');
- a region's or a country's name the NER read as a person's or an organisation's, where only a
  place stands: in parentheses after a place ('Grenoble (Isère)'), after an acronym in
  parentheses and 'du' ("l'Agence régionale de santé (ARS) du Centre-Val de Loire").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from newsfacts.components import text_of
from newsfacts.components.entities import ORGANIZATION, PERSON, PLACE, Mention, load_lexicons
from newsfacts.components.entities.lexicon import load_first_names
from newsfacts.components.gazetteer import (
    EXONYM_MIN_POPULATION,
    SHORT_CAPITALS,
    Gazetteer,
    fold,
)
from newsfacts.components.place_edges import COMPASS_POINTS, _name_known
from newsfacts.lexicons.calendar import MONTHS

# A town this big is known to readers by name alone: after 'de' it is the town, not a namesake
# surname ('la chambre de Dijon'); smaller ones need a stronger cue than 'de'.
KNOWN_TOWN = 50_000
TO = {"à", "a"}
# 'à' merged with the article: 'au Proche-Orient', 'aux Pays-Bas' (a country's or a region's name).
TO_THE = {"au", "aux"}
# 'dans le Nord-Pas-de-Calais', 'dans l'Aveyron': 'dans' and an article before a region's name.
IN_WITH_ARTICLE = "dans"
OF = {"de", "d'", "d’"}
# What opens two towns joined by 'et': 'entre Remungol et Moréac', 'de Lorient et Vannes'.
BEFORE_TOWN_PAIR = OF | TO | {"entre"}
ARTICLES = {"l'", "l’", "la", "le"}
# Parts and people of a place: 'le 20e arrondissement de Paris', 'les habitants de Bugera'.
PLACE_PART_NOUNS = {"arrondissement", "banlieue", "périphérie", "environs", "centre-ville",
                    "habitants", "habitant", "habitante", "habitantes", "maire"}  # fmt: skip
IN = {"en"}
# Words a place name may hold between capitalised ones: 'Sorges-et-Ligueux', 'Aïn Issa'.
NAME_JOINERS = {"-", "et", "sur", "de", "d'", "d’", "du", "la", "le", "les"}
MAX_NAME_TOKENS = 8  # tokens: "Provence - Alpes - Côte d' Azur" is seven
SURNAME_INITIAL = re.compile(r"^[A-ZÀ-Ý]\.$")  # 'Nordhal L.': a surname cut to its initial
ROMAN_ORDINAL = re.compile(r"^[IVXLC]+(?:e|er|ème)$")  # 'du XVIe siècle'
# What stands right before a person's or a brand's name, never before a place's: a common noun
# in apposition ('l'abbé Le Riche'), a verb ('raconte Audun'), a first name ('Protais').
APPOSITION_POS = {"NOUN", "VERB", "PROPN"}
# A town this big or a country, named after 'de' at the end of a person's name, is a place of its
# own: 'le roi Abdallah II de Jordanie', 'le centre Simon Wiesenthal de Jérusalem'; smaller towns
# end surnames ('Dominique de Villepin', 'Xavier de Moulins').
PERSON_PLACE_TOWN = 100_000
# Institutions of one town: whatever town follows is meant, however small ('la mairie de
# Sorges-et-Ligueux').
TOWN_INSTITUTIONS = {"mairie", "ville", "commune", "préfecture", "sous-préfecture"}


# Nouns that say the name after their 'de' is a town or a region's, whatever the NER read in
# it: 'près du village de Douma' (not the Russian Duma), 'la communauté de Miwaguno'.
TOWN_NOUNS_BEFORE_OF = {"village", "ville", "localité", "commune", "bourg", "hameau",
                        "municipalité", "communauté", "province", "région", "district"}  # fmt: skip


# Where someone comes from: 'originaire de Chartres', 'natif de Boulogne'.
ORIGIN_WORDS = {"originaire", "originaires", "natif", "native", "natifs", "natives"}


# Where someone lives or was born, before 'à' ('demeurant à Commercy', 'né à Cintrey', 'avait vu
# le jour à Cintrey'): the local press's way of placing people; no person stands there.
HOME_WORDS = {"demeurant", "domicilié", "domiciliée", "domiciliés", "domiciliées", "résidant",
              "résidante", "résidants", "résidantes", "habitant", "habitante", "habitants",
              "né", "née", "nés", "nées", "jour"}  # fmt: skip

HOME_DATE_TOKENS = 5  # 'le 21 janvier 1913' between 'né' and 'à'

# What leads to a place ('à Firbeix', 'vers Niltepec'), and how the parser marks the subject of a
# verb, which a person or an animal is far more often than a small town.
PLACE_PREPOSITIONS = {"à", "a", "au", "aux", "en", "dans", "vers", "depuis", "près"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
VERB_POS = {"VERB", "AUX", "ADJ"}


# Titles of nobility, whose holders bear a house's name after 'de': 'le comte Henri d'Orléans'.
NOBLE_TITLES = {"comte", "comtesse", "duc", "duchesse", "prince", "princesse", "marquis",
                "marquise", "baron", "baronne", "vicomte", "vicomtesse"}  # fmt: skip


# Diseases named after a place or a person: 'la maladie de Kawasaki', 'le virus Zika'; a
# virus takes its name right after it, while 'le virus de Wuhan' is where it came from.
DISEASE_NOUNS = {"maladie", "maladies", "syndrome", "syndromes"}
VIRUS_NOUNS = {"virus"}


class PlaceCues:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def retype_named_towns(self, doc: Doc, mentions: list[Mention]) -> None:
        """A person's or an organisation's name that the article also gives after 'le village
        de', 'la communauté de', or after where someone lives or was born ('demeurant à',
        'vu le jour à'), is a place, there and wherever else the same name stands. Not a
        person's full name the gazetteer does not know ('la ville de Victor Hugo')."""
        towns = {
            doc[m.start : m.end].text
            for m in mentions
            if m.kind != PLACE
            and m.start >= 2
            and (_after_town_noun(doc, m.start) or _after_home_word(doc, m.start, m.end))
            and not (
                m.kind == PERSON
                and m.end - m.start > 1
                and not _name_known(self.gazetteer, doc[m.start : m.end].text)
            )
        }
        for mention in mentions:
            if mention.kind != PLACE and doc[mention.start : mention.end].text in towns:
                mention.kind, mention.hint, mention.link = PLACE, None, None

    def retype_located_regions(self, doc: Doc, mentions: list[Mention]) -> None:
        """A region's or a country's name that stands where only a place does, whatever the NER
        read in it: in parentheses right after a place ('Grenoble (Isère)', while 'France Bleu
        Isère' made 'Isère' a person's word), or after an institution's acronym in parentheses
        and 'du' ("l'Agence régionale de santé (ARS) du Centre-Val de Loire")."""
        for index, mention in enumerate(mentions):
            start, end = mention.start, mention.end
            if mention.kind == PLACE or start < 2 or end >= len(doc):
                continue
            text = doc[start:end].text
            if text.lower() in COMPASS_POINTS or not any(
                entry.kind in ("country", "region") for entry in self.gazetteer.lookup(text)
            ):
                continue
            before = mentions[index - 1] if index else None
            located = (
                doc[start - 1].text == "("
                and doc[end].text == ")"
                and before is not None
                and before.kind == PLACE
                and before.end == start - 1
            )
            after_acronym = (
                start >= 4
                and doc[start - 1].lower_ in OF | {"du"}
                and doc[start - 2].text == ")"
                and doc[start - 3].text.isupper()
                and doc[start - 4].text == "("
            )
            if located or after_acronym:
                mention.kind, mention.hint, mention.link = PLACE, "region", None

    def retype_towns_after_au(self, doc: Doc, mentions: list[Mention]) -> None:
        """'au Bourget': 'à' merged with the article that opens a town's name ('Le Bourget'),
        which the NER read as a person's name; no person stands after 'au'. Not a first name
        ('au Robert et au Larousse': the dictionaries, not the town of Le Robert)."""
        for mention in mentions:
            start = mention.start
            if mention.kind == PLACE or start == 0 or doc[start - 1].lower_ != "au":
                continue
            if doc[start].lower_.split("-")[0] in load_first_names():
                continue
            entries = self.gazetteer.lookup("Le " + doc[start : mention.end].text)
            if entries and entries[0].kind == "city":
                mention.kind, mention.hint, mention.link = PLACE, "city", None

    def retype_known_towns(self, doc: Doc, mentions: list[Mention]) -> None:
        """A one-word town's name the NER read as a person's or an organisation's where only a
        town stands: right after 'à' ('sa maison à Douma'), for a sizeable town; or joined by
        'et' to a place of the same country that follows 'entre', 'de' or 'à' ('entre
        Remungol et Moréac'), for any town. A region's or a country's after 'dans' and an
        article ('dans le Var'). Not a first name ('à Florence', 'et Lourdes')."""
        for index, mention in enumerate(mentions):
            start = mention.start
            if mention.kind == PLACE or start < 1 or not _one_name(doc, start, mention.end):
                continue
            text = doc[start : mention.end].text
            if doc[start].lower_.split("-")[0] in load_first_names():
                continue
            entries = self.gazetteer.lookup(text)
            two_before = doc[start - 2].lower_ if start >= 2 else ""  # 'À Douma' opens the text
            if (
                two_before == IN_WITH_ARTICLE
                and doc[start - 1].lower_ in ARTICLES
                and any(entry.kind in ("country", "region") for entry in entries)
            ):
                mention.kind, mention.hint, mention.link = PLACE, "region", None
                continue  # 'dans le Var', though 'Var Matin' made 'Var' a name
            towns = [entry for entry in entries if entry.kind == "city"]
            if not towns:
                continue
            if (
                doc[start - 1].lower_ in TO
                and two_before != "face"  # 'face à Nancy': the opponent, a club
                and towns[0].population >= KNOWN_TOWN
            ):
                mention.kind, mention.hint, mention.link = PLACE, "city", None
                continue
            before = mentions[index - 1] if index else None
            if (
                before is None
                or before.kind != PLACE
                or doc[start - 1].lower_ != "et"
                or before.end != start - 1
                or before.start == 0
                or doc[before.start - 1].lower_ not in BEFORE_TOWN_PAIR
            ):
                continue
            name = doc[before.start : before.end].text
            countries = {
                entry.country
                for entry in self.gazetteer.lookup(name) + self.gazetteer.villages(name)
            }
            if any(town.country in countries for town in towns):
                mention.kind, mention.hint, mention.link = PLACE, "city", None

    def mentions(self, doc: Doc, taken: list[Mention]) -> list[Mention]:
        """Names after a place cue that no mention holds."""
        held = [False] * len(doc)
        for mention in taken:
            held[mention.start : mention.end] = [True] * (mention.end - mention.start)
        found = []
        for token in doc[:-1]:
            any_town = _town_cue(doc, token.i)  # 'les villes de Sorman', 'originaire de Chartres'
            if not (any_town or _cue(doc, token.i)):
                continue
            after = token.i + 1
            if token.lower_ == IN_WITH_ARTICLE:
                after += 1  # past the article
            span = self._place_after(doc, after, len(doc), held, any_town)
            if span is None and token.lower_ in TO:
                span = self._town_with_article(doc, token.i + 1, held)  # 'à la Haye'
            if span is not None and token.lower_ in TO_THE and _names_an_event(doc, span):
                span = None  # 'au César du meilleur acteur': the award, no Colombian region
            if span is not None:
                found.append(Mention(*span, PLACE, None, source="cue"))
                held[span[0] : span[1]] = [True] * (span[1] - span[0])
        return found + self._coordinated_towns(doc, taken, held)

    def _coordinated_towns(self, doc: Doc, taken: list[Mention], held: list[bool]) -> list[Mention]:
        """'sur la zone d'Orly et Rungis': a name after 'de' or 'à', joined by 'et' to a town,
        is a town when the gazetteer knows it as one of the same country, however small."""
        found = []
        for mention in taken:
            i = mention.start - 2  # the name's last token, before 'et'
            if mention.kind != PLACE or i < 1 or doc[i + 1].lower_ != "et":
                continue
            start = i
            while start >= 2 and doc[start - 1].text == "-" and _capitalised(doc[start - 2].text):
                start -= 2  # 'Saint-Denis'
            if any(held[start : i + 1]) or not _capitalised(doc[start].text):
                continue
            if start < 1 or doc[start - 1].lower_ not in OF | TO | {"entre"}:
                continue
            after = {
                entry.country
                for entry in self.gazetteer.lookup(doc[mention.start : mention.end].text)
                if entry.kind == "city"
            }
            name = doc[start : i + 1].text
            if any(
                entry.kind == "city" and entry.country in after
                for entry in self.gazetteer.lookup(name)
            ):
                found.append(Mention(start, i + 1, PLACE, "city", source="cue"))
                held[start : i + 1] = [True] * (i + 1 - start)
        return found

    def inside_organisations(self, doc: Doc, taken: list[Mention]) -> list[Mention]:
        """Places named inside a lower-case institution's name ('l'université de
        Duisburg-Essen'): places of their own, while the institution stays an actor."""
        found = []
        held = [False] * len(doc)  # organisations do not overlap: one table for all
        for mention in taken:
            head = doc[mention.start]
            if mention.kind != ORGANIZATION or head.text not in _institution_heads():
                continue  # not 'l'équipe de France', a team; not 'l'Université de Birmingham',
                # whose capital makes the whole a name
            any_town = doc[mention.start].lower_ in TOWN_INSTITUTIONS
            for i in range(mention.start, mention.end - 1):
                if doc[i].lower_ in OF | IN | {"du"} and not held[i]:
                    span = self._place_after(doc, i + 1, mention.end, held, any_town)
                    if span is not None:
                        found.append(Mention(*span, PLACE, None, source="cue"))
                        held[span[0] : span[1]] = [True] * (span[1] - span[0])
        return found

    def inside_persons(self, doc: Doc, taken: list[Mention]) -> list[Mention]:
        """A country or a big town that ends a person's name after 'de' ('le roi Abdallah II
        de Jordanie'): a place of its own, while the person stays an actor."""
        found = []
        for mention in taken:
            if mention.kind != PERSON or mention.end - mention.start < 3:
                continue
            for i in range(mention.start + 1, mention.end - 1):
                if doc[i].lower_ not in OF | {"du"}:
                    continue
                name = doc[i + 1 : mention.end]
                if i > 0 and doc[i - 1].lower_ in NOBLE_TITLES:
                    break  # 'le comte Henri d'Orléans': a house's name, no place meant
                if doc[mention.start - 1 : mention.start].text.lower() in NOBLE_TITLES:
                    break
                if all(_capitalised(t.text) or t.lower_ in NAME_JOINERS for t in name) and any(
                    entry.kind == "country"
                    or (entry.kind == "city" and entry.population >= PERSON_PLACE_TOWN)
                    for entry in self.gazetteer.lookup(name.text)
                ):
                    found.append(Mention(i + 1, mention.end, PLACE, None, source="cue"))
                break  # the first 'de' opens the place or none: 'Charles de Gaulle de ...'
        return found

    def _place_after(
        self, doc: Doc, start: int, limit: int, held: list[bool], any_town: bool = False
    ) -> tuple | None:
        """The longest capitalised name from ``start`` (before ``limit``) that the gazetteer
        knows as a country, a region or a sizeable town (any town if ``any_town``); a
        hyphenated name runs to its end ('Duisburg-Essen')."""
        if start >= limit or held[start] or not _capitalised(doc[start].text):
            return None
        for end in range(min(limit, start + MAX_NAME_TOKENS), start, -1):
            words = doc[start:end]
            if any(held[start:end]) or not _capitalised(words[-1].text):
                continue
            if end < limit and (_capitalised(doc[end].text) or doc[end].like_num):
                continue  # 'du Gold State Coach', 'la victoire de Sarpsborg 08': a longer name
            if not all(_capitalised(t.text) or t.lower_ in NAME_JOINERS for t in words):
                continue
            if self._known_place(words.text, any_town) or (
                any_town and _tagged_place(doc, start, end)
            ):
                while end + 1 < limit and doc[end].text == "-" and _capitalised(doc[end + 1].text):
                    end += 2
                return start, end
        return None

    def _town_with_article(self, doc: Doc, start: int, held: list[bool]) -> tuple | None:
        """'à la Haye': a sizeable town whose name opens with an article, written in lower
        case."""
        if doc[start].text not in ("la", "le") or start + 1 >= len(doc):
            return None
        for end in range(min(len(doc), start + MAX_NAME_TOKENS), start + 1, -1):
            words = doc[start + 1 : end]
            if any(held[start:end]) or not all(_capitalised(t.text) for t in words):
                continue
            if end < len(doc) and _capitalised(doc[end].text):
                continue
            entries = self.gazetteer.lookup(doc[start:end].text)
            if entries and entries[0].kind == "city" and entries[0].population >= KNOWN_TOWN:
                return start, end
        return None

    def _known_place(self, text: str, any_town: bool) -> bool:
        if text.lower() in COMPASS_POINTS or ROMAN_ORDINAL.match(text):
            return False  # 'les séparatistes du Sud', 'du XVIe siècle'
        if text.isupper():  # 'ARS', 'TRIAL': an acronym; 'PATRON DE PRESSE À MARSEILLE'
            return len(text) > SHORT_CAPITALS and any(
                entry.kind == "country"
                or (entry.kind == "city" and entry.population >= EXONYM_MIN_POPULATION)
                for entry in self.gazetteer.lookup(text)
            )
        if any_town and self.gazetteer.villages(text):
            return True
        return any(
            entry.kind in ("country", "region", "continent")
            or (entry.kind == "city" and (any_town or entry.population >= KNOWN_TOWN))
            for entry in self.gazetteer.lookup(text)
        )


def names_a_disease(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` names a disease: 'la maladie de Kawasaki', 'le syndrome
    de Stockholm', 'le virus Zika' (the town or the river lent its name; no place is meant);
    not 'le virus de Wuhan', where it came from."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in VIRUS_NOUNS:
        return True
    if i >= 0 and doc[i].lower_ in OF:
        i -= 1
    return i >= 0 and doc[i].lower_ in DISEASE_NOUNS


def _cue(doc: Doc, i: int) -> bool:
    """'à X', 'au X'; 'de X' after a noun that serves or divides a place ('la mairie de X', 'le 20e
    arrondissement de Paris', 'la chambre de l'instruction de Dijon'), not after any noun: 'le
    baril de Brent', 'le jardin du Luxembourg' name no town."""
    word = doc[i].lower_
    if word in TO or word in TO_THE:
        return True
    if word == IN_WITH_ARTICLE:
        return i + 1 < len(doc) and doc[i + 1].lower_ in ARTICLES
    if doc[i].text not in OF or i == 0:
        return False  # not 'du': 'le jardin du Luxembourg'
    if doc[i - 1].lower_ in _place_nouns():
        return True
    # the institution heads its complement: 'la chambre de l'instruction de Dijon'
    return (
        i >= 4
        and doc[i - 2].lower_ in ARTICLES
        and doc[i - 3].lower_ in OF
        and doc[i - 4].lower_ in _place_nouns()
    )


def _names_an_event(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether the lexicon of events holds the name ('César', 'Molières')."""
    return fold(doc[span[0] : span[1]].text) in load_lexicons()["events"]


def _town_cue(doc: Doc, i: int) -> bool:
    """'de X' after a town's noun, singular or plural ('les villes de Sorman et Sabratha'), or
    after where someone comes from ('originaire de Chartres'), and 'à X' after where someone
    lives or was born ('demeurant à', 'né le 3 mai 1920 à'): X is a town, however small, or a
    name the NER reads as a place that no gazetteer knows."""
    if _home_cue(doc, i):
        return True
    if doc[i].text not in OF or i == 0:
        return False
    before = doc[i - 1].lower_
    return before in ORIGIN_WORDS or _singular(before) in TOWN_NOUNS_BEFORE_OF


def _after_home_word(doc: Doc, start: int, end: int) -> bool:
    """'demeurant à Commercy', 'avait vu le jour à Cintrey': one capitalised name, not in
    capitals nor a first name ('née à Marie' is no one's home)."""
    name = doc[start].text
    return (
        end == start + 1
        and _home_cue(doc, start - 1)
        and _capitalised(name)
        and not name.isupper()
        and name.lower() not in load_first_names()
    )


def _home_cue(doc: Doc, i: int) -> bool:
    """'à' at ``i`` after where someone lives or was born, a birth date between or not:
    'demeurant à', 'né à', 'né le 3 mai 1920 à', 'avait vu le jour à'."""
    if i < 1 or doc[i].lower_ not in TO:
        return False
    j = i - 1
    if any(doc[k].lower_ in MONTHS for k in range(max(0, i - HOME_DATE_TOKENS), i)):
        while j > max(0, i - 1 - HOME_DATE_TOKENS) and (
            doc[j].like_num or doc[j].lower_ in MONTHS or doc[j].lower_ in ("le", "1er")
        ):
            j -= 1  # 'né le 21 janvier 1913 à'; not the song 'Né en 17 à Leidenstadt'
    word = doc[j].lower_
    return word in HOME_WORDS and (word != "jour" or (j > 0 and doc[j - 1].lower_ == "le"))


def _after_town_noun(doc: Doc, start: int) -> bool:
    """'le village de X', 'la communauté de X' (a lower-case noun: not 'la Communauté de
    Sant'Egidio'), with a capitalised, not all-capitals name ('la région de l'OMS' is none)."""
    name = doc[start].text
    return (
        doc[start - 1].lower_ in OF | {"du"}
        and doc[start - 2].text in TOWN_NOUNS_BEFORE_OF
        and _capitalised(name)
        and not name.isupper()
    )


@cache
def _institution_heads() -> set[str]:
    """First words of the lower-case institutions that serve a place ('l'université de',
    'l'ambassade de'), as opposed to teams and companies ('l'équipe de France')."""
    return {name.split()[0] for name in load_lexicons()["institutions"] if name.islower()}


@cache
def _place_nouns() -> set[str]:
    """Nouns whose 'de X' is a place: an institution of it, a town's or a region's noun, a
    part of it, its people."""
    kinds = load_lexicons()["kind_before"]
    nouns = _institution_heads() | set(kinds["city"]) | set(kinds["region"]) | PLACE_PART_NOUNS
    return {noun.lower() for noun in nouns}


def _tagged_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the NER reads the tokens as one place: after 'la mairie de', a town too new
    or too small for the gazetteer ('Sorges-et-Ligueux')."""
    tokens = doc[start:end]
    return (
        tokens[0].ent_iob_ == "B"
        and all(token.ent_type_ == "LOC" for token in tokens)
        and all(token.ent_iob_ == "I" for token in tokens[1:])
        and (end == len(doc) or doc[end].ent_iob_ != "I")
        and not tokens.text.isupper()
    )


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


def _one_name(doc: Doc, start: int, end: int) -> bool:
    """One capitalised word, hyphenated or not ('Douma', 'Saint-Brieuc'), not in capitals: no
    person's full name ('Jean Moulin')."""
    return " " not in doc[start:end].text and all(
        _capitalised(t.text) and not t.text.isupper() for t in doc[start:end] if t.text != "-"
    )


def named_as_no_place(doc: Doc, mentions: list[list[int]]) -> bool:
    """Whether every mention of a name the gazetteer does not know stands right after a
    common noun, a verb or another name, as a person or a brand does ('les deux frères
    Belhoucine', 'les bocaux Prosain', 'raconte Audun Rikardsen', 'Protais Mpiranya'), and
    never after a preposition, an article or in a list, as a place does ('à Firbeix',
    'les Champs-Elysées', '(Canigou, Aneto')."""
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        before = doc[span.start - 1]
        if not (before.pos_ in APPOSITION_POS or (before.pos_ == "AUX" and before.is_title)):
            return False
    return True


def named_as_person(doc: Doc, mentions: list[list[int]], first_names: frozenset[str]) -> bool:
    """Whether every mention of a name the gazetteer does not know opens with a first name
    and a capitalised word after a space: a person the NER took for a place ('le directeur
    de la police du Val-d'Oise, Frédéric Lauze'), or is a name and a surname's initial
    ('Nordhal L.'); not 'Saint-Jean-de-Luz'."""
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 2:
            return False
        if len(span) == 2 and span[0].is_title and SURNAME_INITIAL.match(span[1].text):
            continue  # 'Nordhal L. est le principal suspect': news hide a suspect's surname
        first, second = span[0], span[1]
        if not (first.is_title and first.lower_ in first_names and first.whitespace_):
            return False
        if not second.is_title:
            return False
    return True


def named_as_subject(doc: Doc, mentions: list[list[int]]) -> bool:
    """Whether a one-word name the gazetteer does not know is, at least once, the subject of a
    verb and never after a preposition that leads to a place: a first name or a pet the NER
    took for a place ('Maryvonne s'est retrouvée séquestrée', 'Dana a des lanières'); a town
    no gazetteer knows is met 'à Firbeix' before it acts, a river takes an article."""
    subject = False
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        token = span[0]
        if not token.is_alpha:
            return False  # "L'Haÿ-les-Roses": a compound name is a town's
        if span.start > 0 and (
            doc[span.start - 1].lower_ in PLACE_PREPOSITIONS or doc[span.start - 1].pos_ == "DET"
        ):
            return False  # 'le Gardon y a atteint 7 mètres': a person or a pet takes no article
        subject = subject or (token.dep_ in SUBJECT_DEPS and token.head.pos_ in VERB_POS)
    return subject


def named_a_person_elsewhere(doc: Doc, mentions: list[list[int]], persons: set[str]) -> bool:
    """Whether a name the gazetteer does not know is, elsewhere in the article, a person named
    by that one word (``persons``), and only stands after a common noun and 'de', as what is
    hers: 'Maryvonne s'est retrouvée ligotée ... au domicile de Maryvonne'."""
    text = text_of(doc)  # doc.text is rebuilt on each access
    if not any(text[start:end] in persons for start, end in mentions):
        return False
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        if span.start < 2 or doc[span.start - 1].lower_ not in OF:
            return False
        if doc[span.start - 2].pos_ != "NOUN" or not doc[span.start - 2].is_lower:
            return False  # only 'le domicile de Maryvonne', a thing of hers
    return True


def names_an_organisation(doc: Doc, mentions: list[list[int]], names: set[str]) -> bool:
    """Whether a name the gazetteer does not know is, elsewhere in the article, an
    organisation's name (``names``, from organisation_names): the article says what it is."""
    text = text_of(doc)  # doc.text is rebuilt on each access
    return any(text[start:end] in names for start, end in mentions)


def organisation_names(organisations: list[str]) -> set[str]:
    """The names an article's organisations give: each whole, its first words ('Southwest'
    of 'Southwest Airlines'), and the name a lower-case noun gives a building ('l'hôpital
    Saint-Jacques' -> 'Saint-Jacques'); not a place after 'de' in an institution's name
    ('l'université de Duisburg-Essen' leaves Duisburg-Essen a place)."""
    names = set()
    for organisation in organisations:
        words = organisation.split(" ")
        names.update(" ".join(words[:size]) for size in range(1, len(words) + 1))
        head, _, tail = organisation.rpartition(" ")
        if head.islower() and head.split()[-1] not in OF | {"du", "des"}:
            names.add(tail)
    return names


# A building's name follows its noun directly or after an article ('l'église protestante Bethel',
# 'la terrasse du Santa bar'); a bare 'de' leads to the town it stands in ('la prison de Varces').
ARTICLE_LINKS = ({"du", "des"}, {"la", "l'", "l’"})
# Lower-case words allowed between the noun and the name: 'l'amphithéâtre romain du Colisée'.
MAX_ADJECTIVES = 2
# What makes a place of a name followed by a comma and a noun: a fronted place ('A Avignon, un
# homme ...') is not apposed to that noun.
APPOSED_DETERMINERS = {"un", "une", "le", "la", "l'", "l’", "son", "sa", "leur", "ce", "cette"}


def _singular(word: str) -> str:
    return word[:-1] if word[-1:] in ("s", "x") and len(word) > 3 else word


def _after_building_noun(doc: Doc, start: int, buildings: frozenset[str]) -> bool:
    """'l'église protestante Bethel', 'au pied du Pont du Rialto', 'les stations Châtelet'."""
    j = start - 1
    if j >= 1 and doc[j].lower_ in ARTICLE_LINKS[0]:
        j -= 1
    elif j >= 2 and doc[j].lower_ in ARTICLE_LINKS[1] and doc[j - 1].lower_ == "de":
        j -= 2
    adjectives = 0
    while j >= 0 and adjectives < MAX_ADJECTIVES and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j, adjectives = j - 1, adjectives + 1
    if j < 0 or not (doc[j].lower_ in buildings or _singular(doc[j].lower_) in buildings):
        return False
    # 'le Palais Beaumont' inside a sentence; a capital opening one may be a name's own word
    return doc[j].is_lower or (j > 0 and not doc[j].is_sent_start)


def _apposed_non_place(doc: Doc, start: int, end: int, nouns: frozenset[str]) -> bool:
    """'Palmerston, le chat du ministère', 'Digby, cheval miniature', 'Kermené, une filiale':
    a bare name (no preposition or article before it) that a noun in apposition calls an
    animal, a person, a firm or a building."""
    if start > 0 and (
        doc[start - 1].pos_ in ("ADP", "DET")
        or doc[start - 1].lower_
        in PLACE_PREPOSITIONS | OF | {"du", "des", "pour", "sur", "par", "chez"}
    ):
        return False
    j = end
    if j >= len(doc) or doc[j].text != ",":
        return False
    j += 1
    if j < len(doc) and doc[j].lower_ in APPOSED_DETERMINERS:
        j += 1
        if j < len(doc) and doc[j].lower_ == "des":
            j += 1  # 'un des cafés préférés'
    adjectives = 0
    while j < len(doc) and adjectives < MAX_ADJECTIVES and doc[j].pos_ == "ADJ":
        if doc[j].lower_ in nouns:
            break
        j, adjectives = j + 1, adjectives + 1
    if j >= len(doc) or not doc[j].is_lower:
        return False
    return doc[j].lower_ in nouns or _singular(doc[j].lower_) in nouns


def named_as_building_or_being(doc: Doc, mentions: list[list[int]]) -> bool:
    """Whether a name, once at least, is a building's after its noun ('la résidence
    Sainte-Marthe') or is called an animal, a person, a firm or a building in apposition
    ('Sumo, le bichon de Jacques Chirac'): what the NER read as a town or a village namesake."""
    lexicons = load_lexicons()
    buildings, apposed = lexicons["building_nouns"], lexicons["apposed_non_place_nouns"]
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if _after_building_noun(doc, span.start, buildings):
            return True
        if _apposed_non_place(doc, span.start, span.end, apposed):
            return True
    return False
