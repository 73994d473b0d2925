"""components.place_edges: where a place's name starts and ends, and which names in place
positions are no places (the real-news gold's conventions)."""

from __future__ import annotations

import pytest

from newsfacts.components.entities import PLACE, Mention
from newsfacts.components.gazetteer import load_gazetteer
from newsfacts.components.place_edges import _without_unknown_tail


def place_mentions(nlp, text: str) -> dict[str, list[str]]:
    doc = nlp(text)
    return {
        place["name"]: [doc.text[start:end] for start, end in place["mentions"]]
        for place in doc._.places
    }


@pytest.mark.parametrize(
    "text, towns, not_a_place",
    [
        (
            "Le radar est installé sur l'A9, dans le sens Nîmes-Béziers. Il flashe beaucoup.",
            ["Nîmes", "Béziers"],
            "Nîmes-Béziers",
        ),
        (
            "Renault veut fermer des sites. La CGT a défendu le cas de Renault-Sandouville.",
            ["Sandouville"],
            "Renault-Sandouville",
        ),
    ],
)
def test_towns_joined_by_a_hyphen_are_places_of_their_own(nlp, text, towns, not_a_place):
    places = place_mentions(nlp, text)
    assert not_a_place not in places
    for town in towns:
        assert places.get(town) == [town]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La Belgique accueille chaque année, sur le circuit de Spa-Francorchamps, un grand "
            "prix.",
            "Spa-Francorchamps",
        ),
        (
            "Le pilote a prévenu la tour de contrôle de l'aéroport le plus proche, celui de "
            "Clermont-Aulnat, et les pompiers sont venus.",
            "Clermont-Aulnat",
        ),
    ],
)
def test_two_towns_joined_by_a_hyphen_outside_a_route_are_one_name(nlp, text, name):
    """Real news gold: two towns of one country hyphenated with no route noun before them
    ('le sens', 'la ligne', 'un trajet') are one place's name (a circuit's, an airport's)."""
    places = place_mentions(nlp, text)
    assert places.get(name) == [name]
    assert not any(part in places for part in name.split("-"))


def test_towns_joined_by_a_hyphen_after_a_route_noun_are_two_places(nlp):
    places = place_mentions(nlp, "Le train a déraillé lundi sur un trajet Bordeaux-Toulouse.")
    assert places.get("Bordeaux") == ["Bordeaux"] and places.get("Toulouse") == ["Toulouse"]


def test_a_town_named_with_a_hyphen_stays_whole(nlp):
    places = place_mentions(nlp, "Il habite à Levallois-Perret depuis dix ans.")
    assert "Levallois-Perret" in places and "Perret" not in places


def test_a_compass_point_hyphenated_to_a_place_is_part_of_its_name(nlp):
    text = "Située à Jérusalem-Est, l'esplanade est un lieu de tensions."
    assert place_mentions(nlp, text).get("Jérusalem-Est") == ["Jérusalem-Est"]


@pytest.mark.parametrize(
    "text, region",
    [
        (
            "Spécialiste de l'Afrique subsaharienne, il est chercheur à Paris.",
            "Afrique subsaharienne",
        ),
        ("Ils travaillent dans des fermes d'Europe occidentale chaque été.", "Europe occidentale"),
    ],
)
def test_a_continent_with_a_geographic_adjective_is_one_region(nlp, text, region):
    places = place_mentions(nlp, text)
    assert places.get(region) == [region]
    assert region.split()[0] not in places


@pytest.mark.parametrize(
    "text, region",
    [
        (
            "Les hausses touchent le Lorestan et l'Azerbaïdjan oriental, selon lui.",
            "Azerbaïdjan oriental",
        ),
        ("Cette canicule doit se poursuivre en Méditerranée orientale.", "Méditerranée orientale"),
        ("L'unité de l'île et de la Chine continentale est en débat.", "Chine continentale"),
    ],
)
def test_a_country_or_a_sea_with_the_adjective_of_its_part_is_one_place(nlp, text, region):
    places = place_mentions(nlp, text)
    assert places.get(region) == [region]
    assert region.split()[0] not in places


@pytest.mark.parametrize(
    "text, town, compass",
    [
        ("Un attentat a visé un bâtiment de l'armée afghane à Gardez (Est).", "Gardez", "Est"),
        ("Le musée Ferrari à Maranello (Nord), siège de la marque, a rouvert.", None, "Nord"),
    ],
)
def test_a_compass_point_in_parentheses_after_a_foreign_town_is_no_place(nlp, text, town, compass):
    places = place_mentions(nlp, text)
    assert compass not in places
    if town:
        assert town in places


def test_nord_in_parentheses_after_a_french_town_is_the_departement(nlp):
    places = place_mentions(nlp, "La société est basée à Valenciennes et Tourcoing (Nord).")
    assert places.get("Nord") == ["Nord"]


@pytest.mark.parametrize(
    "text, name",
    [
        ('A l\'époque de la "Jungle" de Calais, 9.000 migrants y vivaient.', "Jungle"),
        (
            'La RATP a renommé la station Saint-Lazare, "Saint-Hazard", du nom du joueur.',
            "Saint-Hazard",
        ),
        (
            'Il devint le peintre intransigeant de "La Belle Noiseuse" de Rivette (1991), '
            "aux côtés d'Emmanuelle Béart.",
            "Belle Noiseuse",
        ),
    ],
)
def test_an_unknown_name_alone_in_quote_marks_is_no_place(nlp, text, name):
    assert name not in place_mentions(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            '"Nous regrettons que les écoliers ne puissent pas profiter du +Swan upping+ '
            'cette année", a déploré David Barber.',
            "Swan",
        ),
        ('"Les derniers embruns de la +Nouvelle vague+ l\'ont emporté", dit-elle.', "Nouvelle"),
    ],
)
def test_an_unknown_name_opening_the_agency_s_plus_marks_is_no_place(nlp, text, name):
    assert not [found for found in place_mentions(nlp, text) if found.startswith(name)]


def test_a_quoted_name_after_a_place_preposition_stays_a_place(nlp):
    text = 'Il tient une bijouterie sur "Little Venice", le quartier le plus animé de Myconos.'
    assert "Little Venice" in place_mentions(nlp, text)


def test_a_name_with_a_town_noun_in_apposition_is_a_town_everywhere_in_the_article(nlp):
    text = (
        'Chaque année, des commémorations de la "tragédie de Bleiburg" sont organisées près '
        "de Bleiburg, une localité du sud de l'Autriche."
    )
    doc = nlp(text)
    places = {place["name"]: len(place["mentions"]) for place in doc._.places}
    assert places.get("Bleiburg") == 2
    assert "Bleiburg" not in [actor["name"] for actor in doc._.actors]


def test_a_name_after_a_with_its_region_in_parentheses_is_a_town(nlp):
    text = "Le musée Ferrari à Maranello (Nord), siège historique de la marque, a rouvert."
    assert "Maranello" in place_mentions(nlp, text)


def test_a_capitalised_val_is_part_of_the_place_name(nlp):
    text = "Il marchait dans le Val d'Aran, dans les Pyrénées espagnoles, avec son père."
    places = place_mentions(nlp, text)
    assert places.get("Val d'Aran") == ["Val d'Aran"] and "Aran" not in places


def test_a_town_named_in_full_then_by_the_first_part_of_its_name_is_one_place(nlp):
    text = (
        "Patrick Balkany a été maire de Levallois-Perret pendant des années. "
        '"Levallois au cœur... Toujours !", conclut-il.'
    )
    places = place_mentions(nlp, text)
    assert places.get("Levallois-Perret") == ["Levallois-Perret", "Levallois"]


def test_an_adjective_after_a_known_place_is_no_part_of_its_name(nlp):
    text = (
        "Des orages sont attendus au nord de l'Hérault et sur les Cévennes gardoises et "
        "lozériennes."
    )
    places = place_mentions(nlp, text)
    assert places.get("Cévennes") == ["Cévennes"] and "Cévennes gardoises" not in places


def test_a_lower_case_word_the_tagger_takes_for_a_name_is_no_part_of_a_place(nlp):
    text = (
        "Les deux tendent vers l'unification du pays. Le chemin vers un Yémen uni sera "
        "cependant constellé d'affrontements meurtriers."
    )
    places = place_mentions(nlp, text)
    assert places.get("Yémen") == ["Yémen"] and "Yémen uni" not in places


def test_a_party_named_with_its_article_in_lower_case_holds_no_place(nlp):
    text = "Le JDD révélait que le leader de la France insoumise pourrait diriger un journal."
    doc = nlp(text)
    assert "France" not in [place["name"] for place in doc._.places]
    assert any("France insoumise" in actor["name"] for actor in doc._.actors)


def test_a_metro_station_is_a_building_not_a_town(nlp):
    text = "La RATP s'était engagée à renommer la station Saint-Lazare pour un jour."
    assert "Saint-Lazare" not in place_mentions(nlp, text)


def test_a_newspaper_after_a_person_and_au_is_no_place(nlp):
    text = '"Il y avait un homme et une femme", raconte Jean-Pierre au Parisien. Il appelle.'
    doc = nlp(text)
    assert "Parisien" not in [place["name"] for place in doc._.places]
    newspaper = [actor for actor in doc._.actors if actor["name"].endswith("Parisien")]
    assert [actor["type"] for actor in newspaper] == ["organization"]


def test_a_person_named_like_a_big_city_s_other_name_stays_a_person(nlp):
    """'Mila' is one of GeoNames' other names of Milan: no reason to overrule the NER."""
    text = "Le délégué a réagi contre la jeune Mila, une lycéenne qui avait tenu des propos."
    doc = nlp(text)
    assert "Mila" not in [place["name"] for place in doc._.places]


def test_a_street_named_after_a_big_city_s_other_name_is_a_street(nlp):
    """'Reuilly' is one of GeoNames' names of Paris 12 Reuilly; 'rue de Paris' stays Paris."""
    text = "Il colle des affiches sur les abribus de la rue de Reuilly, dans le 12e arrondissement."
    places = place_mentions(nlp, text)
    assert places.get("rue de Reuilly") == ["rue de Reuilly"] and "Reuilly" not in places


def test_the_gazetteer_tells_a_town_s_other_names():
    from newsfacts.components.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert not gazetteer.best("Milan").alternate
    assert gazetteer.best("Londres").alternate  # London, by its French name


def test_a_wood_named_after_a_town_is_one_place(nlp):
    text = "On garde la distance dans un parc autant que dans le bois de Vincennes, dit-elle."
    places = place_mentions(nlp, text)
    assert places.get("bois de Vincennes") == ["bois de Vincennes"] and "Vincennes" not in places


def test_a_participle_opening_a_sentence_is_no_town(nlp):
    text = (
        "Il est accusé de génocide selon l'ONU.Visé par un mandat d'arrêt international, "
        "il a été arrêté près de Paris."
    )
    places = place_mentions(nlp, text)
    assert "Visé" not in places and "Paris" in places


def test_an_inflected_participle_opening_a_glued_sentence_is_no_town(nlp):
    # 'assis' is in the lemmatizer's inflected forms only, not in its list of lemmas
    text = "Le village a été évacué.Assis sur un banc, Jean Martin attend les secours."
    assert "Assis" not in place_mentions(nlp, text)


def test_north_or_south_after_du_is_part_of_the_place_name(nlp):
    text = 'La situation pourrait être "critique" au Khorassan du Nord, selon le ministre.'
    places = place_mentions(nlp, text)
    assert places.get("Khorassan du Nord") == ["Khorassan du Nord"] and "Khorassan" not in places


def test_a_town_the_ner_cut_at_its_hyphen_is_taken_whole(nlp):
    """'police de Cannes' tagged, '-Ecluse' left out: 'Cannes-Ecluse' is a commune."""
    text = (
        "Il a déclaré le ministre de l'Intérieur, lors d'un déplacement à l'école nationale "
        "supérieure des officiers de police de Cannes-Ecluse (Seine-et-Marne).Rappelant que les "
        "policiers avaient le droit."
    )
    places = place_mentions(nlp, text)
    assert places.get("Cannes-Ecluse") == ["Cannes-Ecluse"] and "Cannes" not in places


def test_a_region_the_ner_cut_before_its_adjective_is_taken_whole(nlp):
    """'d'Amérique | latine': not 'Amérique' (the United States), but the region."""
    places = place_mentions(nlp, "Les pays d'Amérique latine ont voté contre le texte.")
    assert places.get("Amérique latine") == ["Amérique latine"] and "États-Unis" not in places


def test_two_small_namesake_towns_of_two_countries_are_one_hyphenated_name(nlp):
    # 'Pen' is a town of India, 'Bron' a suburb of Lyon: the centre's name is 'Pen-Bron'
    text = (
        "Elle travaille au centre de rééducation fonctionnelle de Pen-Bron, à Saint-Nazaire "
        "(Loire-Atlantique), depuis vingt ans."
    )
    places = place_mentions(nlp, text)
    assert "Pen" not in places and "Bron" not in places
    assert places.get("Pen-Bron") == ["Pen-Bron"]


@pytest.mark.parametrize(
    "text, place",
    [
        # lower-case words that open a region the gazetteer knows whole
        (
            "Gabi Ashkenazi dirige l'opération contre le Hamas dans la bande de Gaza, en 2008.",
            "bande de Gaza",
        ),
        # a housing estate, a forest: the noun is part of the name the NER cut
        (
            "Le cortège est parti dans le calme de l'entrée de la cité Champagne pour "
            "rejoindre le lieu du drame.",
            "cité Champagne",
        ),
        (
            "Shawn Faiella dirige une équipe d'intervention dans la forêt nationale de Lolo, "
            "dans le Montana.",
            "forêt nationale de Lolo",
        ),
    ],
)
def test_the_noun_that_opens_a_place_s_name_is_part_of_it(nlp, text, place):
    places = place_mentions(nlp, text)
    assert places.get(place) == [place], places


def test_the_town_after_la_cite_de_is_the_town(nlp):
    places = place_mentions(nlp, "Les touristes ont visité la cité de Carcassonne cet été.")
    assert places.get("Carcassonne") == ["Carcassonne"]


def test_a_lake_s_name_is_not_cut_to_its_common_noun(nlp):
    text = "L'oléoduc relie le lac Albert, en Ouganda, à la côte de la Tanzanie."
    places = place_mentions(nlp, text)
    assert "lac" not in places and "Lac" not in places, places


def test_a_park_in_a_region_leaves_the_region_a_place(nlp):
    text = "Les ours sont arrivés au parc animalier des Deux-Sèvres la semaine dernière."
    places = place_mentions(nlp, text)
    assert places.get("Deux-Sèvres") == ["Deux-Sèvres"], places


def test_a_name_the_ner_ran_into_a_big_place_is_no_part_of_it(nlp):
    text = "Il a pris un vol entre l'aéroport de New York LaGuardia et celui de Charlotte."
    places = place_mentions(nlp, text)
    assert "New York LaGuardia" not in places and "New York" in places


@pytest.mark.parametrize(
    "words, start, end, kept",
    [
        ("la région Grand Est Josiane Chevalier", 2, 6, "Grand Est"),  # a person after it
        ("à Buenos Aires", 1, 3, "Buenos Aires"),  # known whole
        ("à Paris Londres", 1, 3, "Paris Londres"),  # a big town after it: no cut here
    ],
)
def test_the_known_part_of_a_name_with_an_unknown_tail(nlp, words, start, end, kept):
    doc = nlp.make_doc(words)
    mention = Mention(start, end, PLACE)
    _without_unknown_tail(doc, mention, load_gazetteer())
    assert doc[mention.start : mention.end].text == kept


def test_a_town_named_with_two_words_stays_whole(nlp):
    assert "Buenos Aires" in place_mentions(nlp, "Il vit à Buenos Aires depuis 2010.")


def test_the_glued_words_before_a_hyphen_open_a_known_town(nlp):
    # the NER took 'Amaury' alone; the communes know 'Montfort-L'Amaury' whole
    text = (
        "L'acteur, qui possède toujours une résidence en France à Montfort-L'Amaury "
        "(Yvelines), s'est installé outre-Atlantique."
    )
    names = {place["name"] for place in nlp(text)._.places}
    assert "Montfort-L'Amaury" in names and "Amaury" not in names


def test_a_route_noun_the_ner_took_in_is_no_part_of_the_towns(nlp):
    text = "Aucun train ne passe depuis la fermeture de la ligne Angoulême-Limoges en mars."
    names = {place["name"] for place in nlp(text)._.places}
    assert names == {"Angoulême", "Limoges"}
