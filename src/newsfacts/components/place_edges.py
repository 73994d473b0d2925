"""Edges of place mentions that the shared mention finder leaves as the NER cut them, fixed
before newsfacts_places looks the names up (the real-news gold's conventions):

- two towns joined by a hyphen are two places ('dans le sens Nîmes-Béziers'), and an
  organisation's name before a town's is no part of it ('le cas de Renault-Sandouville');
- a compass point hyphenated to a place, or after it with 'du', is part of its name
  ('à Jérusalem-Est', 'au Khorassan du Nord'), and so are the words after it that make a name
  the gazetteer knows whole ('Cannes-Ecluse', "d'Amérique latine"), and the glued word before
  a hyphen ("Montfort-L'Amaury");
- an adjective after a known place is no part of its name ('les Cévennes gardoises');
- a continent with a geographic adjective is one named region ("l'Afrique subsaharienne",
  "d'Europe occidentale");
- a compass point in parentheses after a foreign town is where in the country the town lies,
  no place ('Gardez (Est)', 'Maranello (Nord)'); after a French town, '(Nord)' is the département;
- a place's name with a number of one or two digits after it names a radio or a club ('Europe
  1', 'Sarpsborg 08');
- an unknown name that fills quote marks on its own is a title or a nickname ('la "Jungle" de
  Calais', 'de "La Belle Noiseuse"'), unless a place preposition or a place noun comes before
  it ('sur "Little Venice"', 'la plage "Paradise"'); so is an unknown name that opens the
  agency's inner quote marks, a '+' glued to the first and last words ('la +Nouvelle vague+').
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsfacts.components.entities import ORGANIZATION, PLACE, Mention, load_lexicons
from newsfacts.components.gazetteer import HOME_COUNTRY, Gazetteer, fold

COMPASS_POINTS = {"nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest",
                  "centre", "centre-est", "centre-ouest", "centre-nord", "centre-sud"}  # fmt: skip
# Adjectives that make a part of a continent a region of its own name: 'Europe occidentale'.
CONTINENT_PARTS = {"occidentale", "orientale", "centrale", "méridionale", "septentrionale",
                   "subsaharienne", "sub-saharienne", "australe", "insulaire"}  # fmt: skip
# Adjectives that make a part of a country, a region or a sea a place of its own name:
# "l'Azerbaïdjan oriental", 'la Méditerranée orientale', 'la Chine continentale'.
LAND_PARTS = {"oriental", "orientale", "occidental", "occidentale", "méridional", "méridionale",
              "septentrional", "septentrionale", "continental", "continentale"}  # fmt: skip
PART_ADJECTIVES = CONTINENT_PARTS | LAND_PARTS
# Towns this big joined by a hyphen are a route whatever their countries: 'Paris-Londres'.
ROUTE_CITY = 100_000
# How far before two hyphenated towns a route noun makes them a route: 'dans le sens Nîmes-Béziers'.
ROUTE_NOUN_REACH = 3
# Nouns that name a housing estate, a forest or a park with the proper name after them.
ESTATE_NOUNS = {"cité", "forêt", "parc"}
TOWN_ESTATE_NOUNS = {"cité"}  # 'la cité de Carcassonne' is the town
ELISIONS = {"d'", "d’", "l'", "l’"}
TRAILING_OF_WORDS = {"de", "du", "des", "d'", "d’", "l'", "l’", "la"}
ENGLISH_STREET_NOUNS = {"Street", "Avenue", "Road", "Boulevard", "Lane", "Drive"}
QUOTE_MARKS = {'"', "«", "»", "“", "”"}
# A number of one or two digits, alone or glued to the capital of the next sentence ('1Dans').
NUMBER_BEFORE_CAPITAL = re.compile(r"^\d{1,2}([A-ZÀ-Ý]\w*)?$")
# Words before an opening quote mark that make the quoted name a place: 'sur "Little Venice"'.
TITLE_ARTICLES = {"Le", "La", "Les", "L'", "L’"}
# The agency's inner quote mark, glued to the first and last words: '+Swan upping+'.
PLUS_MARK = "+"
PLUS_TITLE_LENGTH = 8  # tokens of a title so marked, at most
PLACE_WORDS_BEFORE_QUOTE = {"à", "a", "au", "aux", "en", "dans", "sur", "vers", "depuis"}


def fix_place_edges(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    organisations = {
        doc[m.start : m.end].text for m in mentions if m.kind == ORGANIZATION
    }  # 'Renault' of 'Renault-Sandouville'
    fixed: list[Mention] = []
    for index, mention in enumerate(mentions):
        if mention.kind != PLACE:
            fixed.append(mention)
            continue
        if _compass_in_parentheses(doc, mention, mentions[:index], gazetteer):
            continue
        if _quoted_unknown_name(doc, mention, gazetteer):
            continue
        if _plus_quoted_unknown_name(doc, mention, gazetteer):
            continue
        if _numbered_name(doc, mention):
            continue
        parts = _hyphenated_towns(doc, mention, gazetteer, organisations)
        if parts is None:
            parts = _route_towns(doc, mention, gazetteer, organisations)
        if parts is not None:
            fixed.extend(parts)
            continue
        _without_trailing_adjective(doc, mention, gazetteer)
        _without_described_feature(doc, mention, gazetteer)
        _without_unknown_tail(doc, mention, gazetteer)
        taken_after = index + 1 < len(mentions) and mentions[index + 1].start
        _extend_to_known_name(doc, mention, gazetteer, taken_after)
        _extend_compass_suffix(doc, mention, taken_after)
        _extend_street_suffix(doc, mention, taken_after)
        _extend_continent_part(doc, mention, gazetteer, taken_after)
        taken_before = fixed[-1].end if fixed else 0
        _extend_known_name_before(doc, mention, gazetteer, taken_before)
        _extend_hyphenated_start(doc, mention, gazetteer, taken_before)
        _extend_named_estate(doc, mention, gazetteer, taken_before)
        fixed.append(mention)
    return fixed


def _name_known(gazetteer: Gazetteer, text: str) -> bool:
    return bool(gazetteer.lookup(text) or gazetteer.villages(text))


def _is_town(gazetteer: Gazetteer, text: str) -> bool:
    entries = gazetteer.lookup(text)
    return bool(entries) and entries[0].kind == "city"


def _hyphenated_towns(
    doc: Doc, mention: Mention, gazetteer: Gazetteer, organisations: set[str]
) -> list[Mention] | None:
    """'Nîmes-Béziers' -> 'Nîmes', 'Béziers'; 'Renault-Sandouville' -> 'Sandouville'. Only a
    name no gazetteer knows whole ('Saint-Etienne', 'Levallois-Perret' stay), and not two
    small namesakes in two countries ('Pen-Bron' stays)."""
    if mention.end - mention.start < 3 or _name_known(
        gazetteer, doc[mention.start : mention.end].text
    ):
        return None
    for i in range(mention.end - 2, mention.start, -1):
        hyphen = doc[i]
        if hyphen.text != "-" or hyphen.whitespace_ or doc[i - 1].whitespace_:
            continue
        left, right = doc[mention.start : i].text, doc[i + 1 : mention.end].text
        if not _is_town(gazetteer, right):
            continue
        if _is_town(gazetteer, left) and _may_pair(
            gazetteer, left, right, _after_route_noun(doc, mention.start)
        ):
            return [
                Mention(mention.start, i, PLACE, "city", source=mention.source),
                Mention(i + 1, mention.end, PLACE, "city", source=mention.source),
            ]
        if left in organisations:
            return [Mention(i + 1, mention.end, PLACE, "city", source=mention.source)]
    return None


def _route_towns(
    doc: Doc, mention: Mention, gazetteer: Gazetteer, organisations: set[str]
) -> list[Mention] | None:
    """'la ligne Angoulême-Limoges', 'la liaison de Paris-Orly' read whole as one place: the
    route noun the NER took in is no part of a name, and the towns after it are two places."""
    start = mention.start
    route_nouns = load_lexicons()["route_nouns"]
    if not (doc[start].is_lower and doc[start].lower_ in route_nouns):
        return None
    start += 1
    if start < mention.end and doc[start].lower_ in ("de", "d'", "d’", "du"):
        start += 1
    if mention.end - start < 3:
        return None
    towns = Mention(start, mention.end, PLACE, mention.hint, source=mention.source)
    return _hyphenated_towns(doc, towns, gazetteer, organisations)


def _after_route_noun(doc: Doc, start: int) -> bool:
    """'dans le sens Nîmes-Béziers', 'un trajet Bordeaux-Toulouse', 'le TGV Paris-Lyon'."""
    route_nouns = load_lexicons()["route_nouns"]
    return any(
        token.text in route_nouns or token.lower_ in route_nouns
        for token in doc[max(0, start - ROUTE_NOUN_REACH) : start]
    )


def _may_pair(gazetteer: Gazetteer, left: str, right: str, route: bool) -> bool:
    """Two towns of one country after a route noun, or two big cities ('Paris-Londres'),
    make a route; otherwise two towns so joined are the halves of one local name: a circuit's
    or an airport's ('le circuit de Spa-Francorchamps', 'celui de Clermont-Aulnat'), or two
    small namesakes far apart ('Pen-Bron': a town of India, a suburb of Lyon)."""
    left_towns = [entry for entry in gazetteer.lookup(left) if entry.kind == "city"]
    right_towns = [entry for entry in gazetteer.lookup(right) if entry.kind == "city"]
    if route and {entry.country for entry in left_towns} & {entry.country for entry in right_towns}:
        return True
    return all(
        max(entry.population for entry in towns) >= ROUTE_CITY
        for towns in (left_towns, right_towns)
    )


def _without_trailing_adjective(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> None:
    """'les Cévennes gardoises', 'un Yémen uni': a known place and an adjective the NER ran
    into its name; not 'Polynésie française' (known whole) nor 'Europe occidentale'."""
    last = doc[mention.end - 1]
    if (
        mention.end - mention.start >= 2
        and last.is_lower
        and last.is_alpha
        and last.pos_ in ("ADJ", "VERB", "PROPN")  # a lower-case 'PROPN' is a mis-tag ('uni')
        and last.lower_ not in CONTINENT_PARTS
        and not _name_known(gazetteer, doc[mention.start : mention.end].text)
        and _name_known(gazetteer, doc[mention.start : mention.end - 1].text)
    ):
        mention.end -= 1


def _without_unknown_tail(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> None:
    """ "l'aéroport de New York LaGuardia", 'la région Grand Est Josiane Chevalier': a big town
    or a region, then capitalised words that name no big place (an airport's, a person's name)
    that the NER ran into it: the place is the known part."""
    start, end = mention.start, mention.end
    if end - start < 2 or not doc[start].is_title or _name_known(gazetteer, doc[start:end].text):
        return  # a lower-case head is a common noun: 'le lac Albert' is not the region 'Lac'
    for cut in range(end - 1, start, -1):
        tail = doc[cut:end]
        if not all(word.text[:1].isupper() or word.is_punct for word in tail):
            return
        if doc[cut - 1].is_punct or doc[cut - 1].whitespace_ == "":
            continue  # inside a hyphenated name
        known = gazetteer.lookup(doc[start:cut].text)
        if any(_big_place(entry) and not entry.alternate for entry in known):
            # by its own name: not 'Sainte' (Saint-Etienne) of 'la Sainte Vierge'
            if not any(_big_place(entry) for entry in gazetteer.lookup(tail.text)):
                mention.end = cut
            return


def _without_described_feature(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> None:
    """'cette petite île française des Caraïbes': a feature's noun and an adjective describe
    the place, they name none; the known place after 'des' is the mention ('l'île de Ré',
    with no adjective, stays whole)."""
    start, end = mention.start, mention.end
    if end - start < 4 or doc[start].text not in load_lexicons()["kind_before"]["other"]:
        return
    i = start + 1
    while i < end and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i += 1
    if i == start + 1 or i + 1 >= end or doc[i].lower_ not in TRAILING_OF_WORDS:
        return
    if any(_big_place(entry) for entry in gazetteer.lookup(doc[i + 1 : end].text)):
        mention.start = i + 1


def _big_place(entry) -> bool:
    return entry.kind in ("country", "region") or (
        entry.kind == "city" and entry.population >= ROUTE_CITY
    )


def _extend_to_known_name(
    doc: Doc, mention: Mention, gazetteer: Gazetteer, next_start: int | bool
) -> None:
    """'police de Cannes | -Ecluse', "pays d'Amérique | latine": the NER stopped inside a
    name that the gazetteer knows whole, a town's after a hyphen, a country's or a region's
    before lower-case words."""
    end = mention.end
    limit = len(doc) if next_start is False else next_start
    if end + 1 < limit and doc[end].text == "-" and not doc[end - 1].whitespace_:
        if (
            not doc[end].whitespace_
            and doc[end + 1].text[:1].isupper()
            and gazetteer.lookup(doc[mention.start : end + 2].text)
        ):
            mention.end = end + 2
        return
    for extra in (2, 1):
        words = doc[end : end + extra]
        if end + extra > limit or not all(word.is_alpha and word.is_lower for word in words):
            continue
        entries = gazetteer.lookup(doc[mention.start : end + extra].text)
        if any(entry.kind in ("country", "region", "continent") for entry in entries):
            mention.end = end + extra
            return


def _extend_known_name_before(doc: Doc, mention: Mention, gazetteer: Gazetteer, limit: int) -> None:
    """'dans la bande de | Gaza': the NER left out lower-case words that open a name the
    gazetteer knows whole as a region or a feature (not a town: 'la ville de Paris')."""
    start = mention.start
    for extra in (3, 2, 1):
        if start - extra < limit:
            continue
        words = doc[start - extra : start]
        if not words[0].is_lower or not all(
            word.is_alpha or word.text in ELISIONS for word in words
        ):
            continue
        entries = gazetteer.lookup(doc[start - extra : mention.end].text)
        if any(entry.kind in ("region", "other") and entry.curated for entry in entries):
            mention.start = start - extra
            return


def _extend_hyphenated_start(doc: Doc, mention: Mention, gazetteer: Gazetteer, limit: int) -> None:
    """'Montfort-L'Amaury': the NER took the part after the hyphen alone; the glued words
    before it belong to the name when the gazetteer or the communes know the whole."""
    start = mention.start
    for back in (2, 3, 4):
        first = start - back
        if first < limit or first < 0:
            return
        glued = doc[first:start]
        if any(token.whitespace_ for token in glued) or "-" not in [t.text for t in glued]:
            continue
        if glued[0].text[:1].isupper() and _name_known(gazetteer, doc[first : mention.end].text):
            mention.start = first
            return


def _extend_named_estate(doc: Doc, mention: Mention, gazetteer: Gazetteer, limit: int) -> None:
    """'la cité Champagne', 'la forêt nationale de Lolo': a housing estate, a forest or a park
    whose name alone the NER took is named with its noun (the proper name stays an alias, see
    places._add_feature_names); not a known town after 'la cité de' ('la cité de Carcassonne'
    is Carcassonne)."""
    start = mention.start
    name = doc[start : mention.end].text
    known = _name_known(gazetteer, name)
    for noun_at in (start - 1, start - 2, start - 3):
        if noun_at < limit or noun_at < 0:
            return
        noun = doc[noun_at]
        between = doc[noun_at + 1 : start]
        if noun.lower_ not in ESTATE_NOUNS or not noun.is_lower:
            continue
        if noun.lower_ in TOWN_ESTATE_NOUNS and known and len(between):
            return  # 'la cité de Carcassonne'; but 'la cité Champagne'
        if len(between) and any(_big_place(entry) for entry in gazetteer.lookup(name)):
            return  # 'le parc animalier des Deux-Sèvres' is in the Deux-Sèvres
        if _adjectives_then_of(between):
            mention.start = noun_at
            mention.hint = mention.hint or "other"
            return


def _adjectives_then_of(words) -> bool:
    """'', 'de', 'nationale de', 'naturel de l'': what may stand between the noun and the name."""
    texts = [word.lower_ for word in words]
    while texts and texts[-1] in TRAILING_OF_WORDS:
        texts.pop()
    return all(word.pos_ == "ADJ" and word.is_lower for word in words[: len(texts)])


def _extend_street_suffix(doc: Doc, mention: Mention, next_start: int | bool) -> None:
    """'le long de Las Vegas Street': an English street noun after a town's name makes the
    street's name, a place of its own (the town is not named there)."""
    end = mention.end
    if (
        end < len(doc)
        and end != next_start
        and doc[end].text in ENGLISH_STREET_NOUNS
        and doc[end - 1].whitespace_
    ):
        mention.end = end + 1


def _extend_compass_suffix(doc: Doc, mention: Mention, next_start: int | bool) -> None:
    """'Jérusalem' + '-Est' (the NER stops at the hyphen): 'Jérusalem-Est'."""
    end = mention.end
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
        and fold(doc[end + 1].text) in COMPASS_POINTS
        and (next_start is False or next_start >= end + 2)
    ):
        mention.end = end + 2
    elif (
        end + 1 < len(doc)
        and doc[end].lower_ == "du"
        and doc[end + 1].text in ("Nord", "Sud")
        and (next_start is False or next_start >= end + 2)
    ):
        mention.end = end + 2  # 'au Khorassan du Nord', 'le Yémen du Sud': a place of its own


def _extend_continent_part(
    doc: Doc, mention: Mention, gazetteer: Gazetteer, next_start: int | bool
) -> None:
    """ "l'Afrique subsaharienne", "d'Europe occidentale": the continent and its adjective;
    "l'Azerbaïdjan oriental", 'la Chine continentale': a country, a region or a sea and the
    adjective of its part (not a town's: 'Berlin-Est' is written so)."""
    end = mention.end
    if end >= len(doc) or doc[end].lower_ not in PART_ADJECTIVES:
        return
    if next_start is not False and next_start <= end:
        return
    entries = gazetteer.lookup(doc[mention.start : end].text)
    if not entries:
        return
    if entries[0].kind == "continent" or (
        doc[end].lower_ in LAND_PARTS and entries[0].kind in ("country", "region", "other")
    ):
        mention.end = end + 1
        mention.hint = "region"


def _compass_in_parentheses(
    doc: Doc, mention: Mention, before: list[Mention], gazetteer: Gazetteer
) -> bool:
    """'Gardez (Est)': the compass point says where in its country the town lies. Only
    '(Nord)' after a French town is a place, the département."""
    start, end = mention.start, mention.end
    if fold(doc[start:end].text) not in COMPASS_POINTS:
        return False
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    town = before[-1] if before and before[-1].end == start - 1 else None
    # the town before it, or the word there when the finder did not take it ('Maranello', ORG)
    town_text = doc[town.start : town.end].text if town is not None else doc[start - 2].text
    countries = {entry.country for entry in gazetteer.lookup(town_text)}
    if gazetteer.villages(town_text):
        countries.add(HOME_COUNTRY)
    if not countries:
        return False  # an unknown town: no telling
    french_departement = any(
        entry.kind == "region" and entry.country == HOME_COUNTRY
        for entry in gazetteer.lookup(doc[start:end].text)
    )
    return not (french_departement and HOME_COUNTRY in countries)


def _numbered_name(doc: Doc, mention: Mention) -> bool:
    """'par Europe 1', 'la victoire de Sarpsborg 08 (Norvège)': a place's name and a number
    of one or two digits, then a parenthesis, a capital or the end of the text, name a radio,
    a channel or a club; not 'au Japon 12 morts', 'au Japon 12.'."""
    end = mention.end
    if end >= len(doc) or mention.source != "ner":
        return False
    glued = NUMBER_BEFORE_CAPITAL.match(doc[end].text)  # '1Dans': the next sentence glued
    if glued is None:
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    return bool(glued.group(1)) or after is None or after.text == "(" or after.is_title


def _quoted_unknown_name(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> bool:
    """'la "Jungle" de Calais', ', "Saint-Hazard",': a name that fills quote marks, which no
    gazetteer knows and no place word introduces, is a nickname or a title."""
    start, end = mention.start, mention.end
    opening = start - 1
    if opening >= 0 and doc[opening].text in TITLE_ARTICLES:
        opening -= 1  # 'de "La Belle Noiseuse"'
    if opening < 0 or end >= len(doc):
        return False
    if doc[opening].text not in QUOTE_MARKS or doc[end].text not in QUOTE_MARKS:
        return False
    if mention.hint is not None or _name_known(gazetteer, doc[start:end].text):
        return False
    before = doc[opening - 1].lower_ if opening >= 1 else ""
    return before not in PLACE_WORDS_BEFORE_QUOTE


def _plus_quoted_unknown_name(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> bool:
    """'du +Swan upping+', 'la +Nouvelle vague+': French agency copy marks a title or a term
    inside a quotation with '+' glued to its first and last words; an unknown name that opens
    such marks is in the title, no place."""
    start = mention.start
    if start == 0 or doc[start - 1].text != PLUS_MARK or doc[start - 1].whitespace_:
        return False
    if _name_known(gazetteer, doc[start : mention.end].text.rstrip(PLUS_MARK)):
        return False
    following = doc[start : min(len(doc), start + PLUS_TITLE_LENGTH)]
    return any(token.text.endswith(PLUS_MARK) and len(token.text) > 1 for token in following)
