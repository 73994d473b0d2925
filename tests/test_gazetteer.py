"""components.gazetteer: GeoNames towns (ids, coordinates) down to French villages, and the
context that chooses among namesakes."""

from __future__ import annotations

import pytest

from newsfacts.components.gazetteer import _fold, fold, load_gazetteer, place_key
from tests.test_places import places_of


@pytest.mark.parametrize(
    "name, country, geonames_id",
    [
        ("Paris", "FR", 2988507),  # the biggest namesake first
        ("Londres", "GB", 2643743),  # a French exonym among the alternate names
        ("Aveize", "FR", 3035749),  # a village of 1,000 people
        ("Zinjibar", "YE", 69426),  # a foreign town of 20,000
        ("Wan Chai", "HK", 1818379),
        ("Ryad", "SA", 108410),  # a French spelling GeoNames lacks (places.json)
    ],
)
def test_towns_carry_geonames_ids_and_coordinates(name, country, geonames_id):
    town = next(e for e in load_gazetteer().lookup(name) if e.kind == "city")
    assert (town.country, town.geonames_id) == (country, geonames_id)
    assert -90 <= town.lat <= 90 and -180 <= town.lon <= 180


def test_an_exonym_keeps_its_french_spelling():
    assert load_gazetteer().lookup("LONDRES")[0].name == "Londres"


def test_countries_and_continents_have_geonames_ids():
    gazetteer = load_gazetteer()
    assert gazetteer.best("France").geonames_id == 3017382
    assert gazetteer.best("Afrique").geonames_id == 6255146


@pytest.mark.parametrize("acronym", ["ARS", "SARS", "CAT"])
def test_a_short_word_in_capitals_is_no_village(acronym):
    assert not [e for e in load_gazetteer().lookup(acronym) if e.kind == "city"]


def test_a_big_town_in_capitals_is_still_known():
    assert load_gazetteer().best("NICE").country == "FR"


@pytest.mark.parametrize("text", ["Œuvre", "ÉTATS-UNIS", "l’Ain", "İstanbul", "Zinjibār"])
def test_bulk_folding_matches_fold(text):
    from newsfacts.components.gazetteer import _fold_all

    assert _fold_all(text) == place_key(text) == _fold(text).replace("-", " ")
    assert fold(text) == _fold(text)


@pytest.mark.parametrize(
    "text, town, country",
    [
        ("Il a grandi à Paris, au Texas, près de Dallas.", "Paris", "US"),
        ("Le président américain a quitté Washington pour Paris mardi.", "Paris", "FR"),
        ("Le maire de Tours (Indre-et-Loire) a réagi.", "Tours", "FR"),
        ("La ville de Nancy a voté son budget.", "Nancy", "FR"),
    ],
)
def test_namesakes_resolved_by_context(nlp, text, town, country):
    place = places_of(nlp, text)[town]
    assert place["country"] == country
    assert isinstance(place["geonames_id"], int)


def test_an_unknown_place_has_no_id(nlp):
    place = places_of(nlp, "Ils ont marché jusqu'à la localité de Xqzville-sur-Rien.")
    assert all(p["geonames_id"] is None and p["lat"] is None for p in place.values())


@pytest.mark.parametrize(
    "name, country",
    [
        ("Saône-et-Loire", "FR"),
        ("Paris", "FR"),  # the Texan Paris is too small to count
        ("Yémen", "YE"),
        ("Victoria", None),  # big towns in Hong Kong, Mexico, Brazil, Canada
        ("Granville", None),  # small towns are namesakes more often than clues
    ],
)
def test_the_country_a_name_places_an_article_in(name, country):
    assert load_gazetteer().country_of(name) == country


@pytest.mark.parametrize(
    "name, country",
    [
        ("Nouvelle-Galles du Sud", "AU"),  # pycountry's 'New South Wales'
        ("Tasmanie", "AU"),
        ("Australie-Occidentale", "AU"),
    ],
)
def test_subdivisions_are_known_by_their_french_names(name, country):
    """The French names come from the iso-codes translations that pycountry ships."""
    entries = load_gazetteer().lookup(name)
    assert any(entry.kind == "region" and entry.country == country for entry in entries)


@pytest.mark.parametrize(
    "name, country",
    [
        ("Nord-Pas-de-Calais", "FR"),  # a French region before the 2016 merger
        ("Picardie", "FR"),
        ("Cyrénaïque", "LY"),  # a historic province of Libya
    ],
)
def test_regions_the_libraries_no_longer_list_are_known(name, country):
    entry = load_gazetteer().lookup(name)[0]
    assert (entry.kind, entry.country) == ("region", country)
