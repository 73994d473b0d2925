"""The lexicons of organisations, places, titles and reporting verbs, read once per process."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from spacy.tokens import Doc

from newsfacts.components.gazetteer import fold


def _read_lexicon(name: str) -> str:
    return resources.files("newsfacts.lexicons").joinpath(name).read_text("utf-8")


# Lower-case words a name keeps in every spelling: 'Le Canard enchaîné', 'Le Canard Enchaîné'.
KEPT_LOWER = {"de", "du", "des", "la", "le", "les", "et", "en", "sur", "aux", "au", "pour"}


def with_capitalised_words(names: list[str]) -> list[str]:
    """The names, and each name of several words also with its lower-case words capitalised:
    the press writes 'Le Dauphiné Libéré' as often as 'Le Dauphiné libéré'."""
    variants = []
    for name in names:
        variants.append(name)
        words = name.split(" ")
        if len(words) < 2:
            continue
        capitalised = " ".join(
            w[0].upper() + w[1:] if w[0].islower() and w not in KEPT_LOWER and i else w
            for i, w in enumerate(words)
        )
        if capitalised != name:
            variants.append(capitalised)
    return variants


@cache
def load_lexicons() -> dict:
    organisations = json.loads(_read_lexicon("organisations.json"))
    places = json.loads(_read_lexicon("places.json"))
    listed = organisations["known_names"] + json.loads(_read_lexicon("short_names.json"))["media"]
    distinct_media = _distinct_media_names()
    known_names = with_capitalised_words(listed + distinct_media)
    return {
        "metonyms": organisations["metonyms"] + known_names,
        "seats": set(organisations["metonyms"]),  # seats of power: 'Matignon', 'Élysée'
        "seat_buildings": frozenset(organisations["seat_buildings"]),
        "known_names": known_names,
        # media the quotes lexicon adds: found where the NER gave nothing or a shorter span
        "listed_media": frozenset(fold(name) for name in distinct_media)
        - {fold(name) for name in listed + organisations["metonyms"]},
        "events": {fold(name) for name in organisations["events"]},
        "event_names": [name for name in organisations["events"] if " " in name],
        "event_heads": set(organisations["event_heads"]),
        "event_nouns": organisations["event_nouns"],
        "work_nouns": frozenset(organisations["work_nouns"]),
        "named_institutions": set(organisations["named_institutions"]),
        "common_acronyms": set(organisations["common_acronyms"]),
        "head_words": set(organisations["head_words"]),
        "tail_words": set(organisations["tail_words"]),
        "type_nouns": organisations["type_nouns"],
        "type_nouns_set": frozenset(organisations["type_nouns"]),
        "institutions": organisations["institutions"],
        "foreign_institutions": organisations["foreign_institutions"],
        "sports_verbs": set(organisations["sports_verbs"]),
        "generic": set(places["generic"]),
        "kind_before": places["kind_before"],
        "street_nouns": places["street_nouns"],
        "common_noun_places": places["common_noun_places"],
        "ambiguous_street_nouns": set(places["ambiguous_street_nouns"]),
        "street_nouns_with_de": set(places["street_nouns_with_de"]),
        "demonym_suffixes": tuple(places["demonym_suffixes"]),
        "demonym_words": set(places["demonym_words"]),
        "venue_nouns": frozenset(places["venue_nouns"]),
        # nouns whose name may be a town's namesake: 'la résidence Sainte-Marthe'
        "building_nouns": frozenset(places["venue_nouns"]) | frozenset(places["building_nouns"]),
        # nouns that call a bare name no place: 'Sumo, le bichon de Jacques Chirac'
        "apposed_non_place_nouns": frozenset(places["apposed_non_place_nouns"]),
        "venue_tails": frozenset(places["venue_tails"]),
        # cities whose arrondissements are named by number, how many each has; GeoNames' names
        # of Paris's twenty, in order
        "arrondissements": places["arrondissements"],
        "paris_arrondissements": tuple(places["paris_arrondissements"]),
        "route_nouns": frozenset(places["route_nouns"]),
        "titles": load_titles(),
        # titles of people only, for appositions ('Emmanuelle, doctorante en ...')
        "person_titles": set(load_titles()) - set(organisations["type_nouns"]),
        "party_labels": set(organisations["party_labels"]),
        "service_names": organisations["service_names"],
        "town_institutions": set(organisations["town_institutions"]),
        "town_courts": set(organisations["town_courts"]),
        "club_heads": set(organisations["club_heads"]),
    }


@cache
def load_titles() -> dict[str, str | None]:
    """Title noun (lower case) -> grammatical gender ("Masc", "Fem" or None)."""
    titles: dict[str, str | None] = {}
    gender = None
    for line in _read_lexicon("titles.txt").splitlines():
        line = line.strip()
        if line.startswith("## "):
            gender = {"Masc": "Masc", "Fem": "Fem"}.get(line[3:].strip())
        elif line and not line.startswith("#"):
            titles.setdefault(line, gender)
    return titles


@cache
def _quote_words() -> dict:
    """The quotes lexicon, parsed once for the entity loaders that read words of it."""
    return json.loads(_read_lexicon("quote_words.json"))


def _distinct_media_names() -> list[str]:
    """The media of the quotes lexicon whose name cannot be a word of running text: a name of
    two words or more ('Die Welt', 'Public Sénat') or an acronym ('TMC', 'C8'). A name of one
    capitalised word, with its article or not, is also a word, a first name or a region
    ('Public', 'Capital', 'Marianne', "L'Alsace", 'Le Temps'): left to the NER."""
    names = []
    for kind_names in _quote_words()["media_name_kinds"].values():
        for name in kind_names:
            rest = re.sub(r"^(?:Le|La|Les|L['’])\s*", "", name)
            if " " in rest or not rest[1:].islower():
                names.append(name)
    return list(dict.fromkeys(names))


@cache
def load_first_names() -> frozenset[str]:
    """Common first names in lower case, the quote speakers' gender list: 'Marine', 'Vincent'
    are words and places too, and open a person's name after a title."""
    words = _quote_words()
    return frozenset(words["masculine_first_names"]) | frozenset(words["feminine_first_names"])


@cache
def load_animal_nouns() -> frozenset[str]:
    """Nouns of animals, after which a name is a pet's ('son chien Loubo')."""
    return frozenset(_quote_words()["animal_nouns"])


@cache
def load_naming_participles() -> frozenset[str]:
    """The participles of the quotes' naming words ('baptisé', 'surnommée', 'appelé'), which
    stand between a noun and the name it is given."""
    words = _quote_words()["naming_words"]
    return frozenset(w for w in words if w.endswith(("é", "ée", "és", "ées")))


@cache
def load_speech_lemmas() -> frozenset[str]:
    """Reporting verbs of the quotes lexicon (its first word per line is the lemma)."""
    try:
        text = _read_lexicon("speech_verbs.txt")
    except OSError:
        return frozenset()
    lemmas = set()
    for line in text.splitlines():
        line = line.split("|")[0].strip()
        if not line or line.startswith(("#", "=")):
            continue
        lemmas.add(re.sub(r"^(?:s'|se )", "", line).split()[0])
    return frozenset(lemmas)


def with_plurals(nouns: list[str]) -> list[str]:
    """The nouns, and the one-word ones also in the plural: 'les milices Interahamwe', 'les
    magasins La Halle' type the name after them as the singular does."""
    plurals = []
    for noun in nouns:
        if " " in noun or "-" in noun or noun.endswith(("s", "x", "z")) or not noun.islower():
            continue
        plurals.append(noun[:-2] + "aux" if noun.endswith("al") else noun + "s")
    return nouns + plurals


def _phrases(nlp, texts: list[str]) -> list[Doc]:
    """Pattern Docs for a PhraseMatcher, each also with the typographic apostrophe that half of
    French news uses ("chambre d’agriculture")."""
    variants = {variant for text in texts for variant in (text, text.replace("'", "’"))}
    return [nlp.make_doc(text) for text in sorted(variants)]
