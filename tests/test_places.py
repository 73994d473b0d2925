"""newsfacts_places: one entry per real-world place, canonical French name, kind, ISO country."""

from __future__ import annotations

import pytest

from newsfacts.components.gazetteer import load_gazetteer


def places_of(nlp, text: str) -> dict[str, dict]:
    doc = nlp(text)
    for place in doc._.places:
        for start, end in place["mentions"]:
            assert doc.text[start:end], place  # every mention is a real span
    return {place["name"]: place for place in doc._.places}


@pytest.mark.parametrize(
    "text, name, kind, country",
    [
        ("Les migrants veulent rejoindre les Etats-Unis.", "États-Unis", "country", "US"),
        ("Il vit aux USA depuis dix ans.", "États-Unis", "country", "US"),
        ("La caravane a fait étape à Mexico lundi.", "Mexico", "city", "MX"),
        ("Les autorités du Mexique ont réagi.", "Mexique", "country", "MX"),
        ("Ils sont arrivés dans l'Etat mexicain d'Oaxaca.", "Oaxaca", "region", "MX"),
        (
            "Une pause dans la localité de Tapanatepec, dans l'Etat d'Oaxaca.",
            "Tapanatepec",
            "city",
            "MX",
        ),
        ("Certains sont retournés en Amérique centrale.", "Amérique centrale", "region", None),
        ("Le ministre s'est rendu mardi à Nîmes (Gard).", "Gard", "region", "FR"),
        ("Les pêcheurs de Bretagne réclament un accès.", "Bretagne", "region", "FR"),
        ("PÉKIN, 3 août (AFP) - La Chine a lancé des manœuvres.", "Pékin", "city", "CN"),
        ("PÉKIN, 3 août (AFP) - La Chine a lancé des manœuvres.", "Chine", "country", "CN"),
        (
            "Le gouverneur a rappelé que la Californie porterait plainte.",
            "Californie",
            "region",
            "US",
        ),
        ("Des renforts sont venus de Belgique et des Pays-Bas.", "Belgique", "country", "BE"),
        ("Le trajet entre l'Asie et l'Europe s'allonge.", "Europe", "continent", None),
        ("La grève touche l'Ile-de-France.", "Île-de-France", "region", "FR"),
        ("Le navire a franchi le canal de Suez.", "canal de Suez", "other", None),
        ("La ministre était à Mâcon (Saône-et-Loire) vendredi.", "Mâcon", "city", "FR"),
        ("Un chalutier de Granville (Manche) pêche en Bretagne.", "Granville", "city", "FR"),
        ("Les frappes se poursuivent sur Gaza, selon l'ONU.", "Gaza", "region", "PS"),
        ("Les exportations vers le Maroc progressent.", "Maroc", "country", "MA"),
    ],
)
def test_place_name_kind_country(nlp, text, name, kind, country):
    place = places_of(nlp, text)[name]
    assert (place["kind"], place["country"]) == (kind, country)


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        (
            "Le Pentagone a indiqué dans un communiqué qu'il était prématuré de spéculer.",
            "Pentagone",
        ),
        ("L'Elysée suit le dossier de près.", "Elysée"),
        ("La Première ministre a réuni mardi à Matignon les présidents de groupe.", "Matignon"),
        ("Le Kremlin a démenti toute implication.", "Kremlin"),
        ("Selon la Maison Blanche, le président a signé.", "Maison Blanche"),
        ("A Bercy, on insiste sur le maintien de l'emploi.", "Bercy"),
        ("A Beauvau, on assure que les renforts resteront.", "Beauvau"),
        ("Ils ont fait une pause dans l'Etat mexicain d'Oaxaca.", "Etat mexicain"),
        ("Samedi, Sochaux s'est incliné à domicile face à Nancy (1-2).", "Sochaux"),
        ("Samedi, Sochaux s'est incliné à domicile face à Nancy (1-2).", "Nancy"),
        ("Plus de 100 millions d'Américains avaient voté par anticipation.", "Américains"),
        ("Le coureur Jonas Vingegaard garde le maillot. Vingegaard a relativisé.", "Vingegaard"),
        ("Le secrétaire d'Etat chargé de la Mer a répondu.", "Mer"),
        ("La sixième étape du Tour de France a souri au Slovène.", "France"),
    ],
)
def test_not_a_place(nlp, text, not_a_place):
    assert not_a_place not in places_of(nlp, text)


def test_one_entry_per_place_with_every_mention(nlp):
    text = "Les Etats-Unis ont réagi. Aux USA, les élus se divisent. Les États-Unis attendent."
    places = places_of(nlp, text)
    assert list(places) == ["États-Unis"]
    assert [text[s:e] for s, e in places["États-Unis"]["mentions"]] == [
        "Etats-Unis",
        "USA",
        "États-Unis",
    ]
    assert set(places["États-Unis"]["aliases"]) == {"Etats-Unis", "USA"}


def test_acronym_of_a_place_is_an_alias(nlp):
    text = (
        "Les combats se poursuivent dans l'est de la République démocratique du Congo (RDC). "
        "La RDC accuse le Rwanda."
    )
    places = places_of(nlp, text)
    congo = next(p for p in places.values() if p["country"] == "CD")
    assert "RDC" in congo["aliases"]
    assert len(congo["mentions"]) == 3


def test_country_list_comes_from_babel_not_from_us():
    gazetteer = load_gazetteer()
    assert gazetteer.best("Etats-Unis").name == "États-Unis"
    assert gazetteer.best("Honduras").country == "HN"
    assert gazetteer.best("Londres").country == "GB"


SEED_PLACES = [
    ("États-Unis", "country", "US", 3),
    ("Honduras", "country", "HN", 1),
    ("Tapanatepec", "city", "MX", 1),
    ("Oaxaca", "region", "MX", 1),
    ("Niltepec", "city", "MX", 1),
    ("Mexico", "city", "MX", 1),
    ("Amérique centrale", "region", None, 1),
]


def test_seed_places(seed_record):
    got = [(p["name"], p["kind"], p["country"], len(p["mentions"])) for p in seed_record["places"]]
    assert got == SEED_PLACES
    assert "Etat mexicain" not in {p["name"] for p in seed_record["places"]}
    assert seed_record["places"][0]["aliases"] == ["Etats-Unis"]


@pytest.mark.parametrize("text", ["", "   ", "🙂🙂", "(((", "A" * 5000, "PARIS,"])
def test_odd_input_does_not_crash(nlp, text):
    assert isinstance(nlp(text)._.places, list)


@pytest.mark.parametrize(
    "text, street, not_separately",
    [
        (
            "Les commerces du boulevard Gambetta ont fermé à Cahors.",
            "boulevard Gambetta",
            "Gambetta",
        ),
        (
            "Le marché se tient place François-Mitterrand chaque samedi.",
            "place François-Mitterrand",
            "François-Mitterrand",
        ),
        (
            "Les supporters ont envahi le stade Bollaert-Delelis.",
            "stade Bollaert-Delelis",
            "Bollaert",
        ),
    ],
)
def test_street_and_venue_names_are_one_place(nlp, text, street, not_separately):
    doc = nlp(text)
    places = {place["name"]: place for place in doc._.places}
    assert street in places and places[street]["kind"] == "other"
    assert not_separately not in places
    assert all(actor["name"] != not_separately for actor in doc._.actors)
