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
        # the spelling French news uses, which CLDR ('Viêt Nam') does not give
        (
            "En 2019, le Vietnam avait accueilli 18 millions de voyageurs.",
            "Viêt Nam",
            "country",
            "VN",
        ),
        # a capitalised article in the name stays; 'au' / 'du' give it back
        ("Le Caire a plaidé pour une reprise des pourparlers.", "Le Caire", "city", "EG"),
        ("Le ministre est arrivé au Caire lundi.", "Le Caire", "city", "EG"),
        (
            "Depuis Port-Soudan, l'ONU suit les combats de l'Etat du Darfour-Nord.",
            "Darfour-Nord",
            "region",
            "SD",
        ),
        ("La croissance de la zone euro a atteint 0,3 %.", "zone euro", "region", None),
        # a town takes no article: 'l'Olympia' is a venue, not Olympia (Washington)
        ("La cérémonie aura lieu à l'Olympia, à Paris.", "Olympia", "other", "FR"),
        ("Il vit à Olympia, dans l'Etat de Washington.", "Olympia", "city", "US"),
        ("Les Cévennes ont reçu 400 mm de pluie.", "Cévennes", "region", "FR"),
        # a department in parentheses after its town, the French one when names tie
        ("Un immeuble de Roubaix (Nord) a brûlé.", "Nord", "region", "FR"),
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
        # organisations the NER calls places: a speaker, an acronym in the name, a type noun
        ("Le film sortira en mars, a précisé Pyramide Lumière.", "Pyramide Lumière"),
        ("Selon son distributeur, Pyramide Lumière, le film a séduit.", "Pyramide Lumière"),
        ("Des chiffres contestés par le Snes-FSU, premier syndicat du second degré.", "Snes-FSU"),
        ("Les Amis de la Terre et Survie poursuivent le groupe.", "Survie"),
        ("« C'est fini », a souri le Belge au micro de Canal+.", "Belge"),
        ("Inaugurée en 1969, la piscine accueillait 180 000 entrées.", "Inaugurée"),
        # a place inside an event or organisation name
        ("L'objectif de l'accord de Paris est loin.", "Paris"),
        ("Il figure parmi les favoris de la cérémonie des César.", "César"),
        ("L'office de tourisme du Pays de Salers reçoit des appels.", "Pays de Salers"),
        (
            "Le directeur de l'Organisation du traité de l'Atlantique nord (Otan) a parlé.",
            "Atlantique",
        ),
        ("Outre-Atlantique, la décision a surpris.", "Outre-Atlantique"),
        ("Le baril de Brent a gagné 2 %.", "Brent"),
        ("Les rebelles contrôlent le Nord du pays.", "Nord"),
        ("Sous une couverture de survie, Nadia, 38 ans, tremble.", "Nadia"),
        ("Les rebelles sont dans le Nord du pays.", "Nord"),
        ("Le vent du Nord souffle fort.", "Nord"),
        ("Le groupe a livré l'A380 à Emirates.", "A380"),
        ("Le club est promu en D1 la saison prochaine.", "D1"),
        ("Les élus RN du Nord ont voté contre.", "Nord"),
        ("Rennes a battu Nantes à Lyon (2-1).", "Nantes"),
        # a town that plays, also named like its region ('Saint-Gall', town and canton)
        ("Sarpsborg a gagné 2-1 face à Saint-Gall (Suisse) jeudi.", "Saint-Gall"),
        # emergency services are no places
        ("Le Samu l'a transporté au CHU de Rennes.", "Samu"),
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
        # with an article, which a town's name never takes
        ("Le cortège est parti du square du Temple.", "square du Temple", "Temple"),
        (
            "Ils ont défilé sur l'avenue de la Grande-Armée.",
            "avenue de la Grande-Armée",
            "Grande-Armée",
        ),
        ("La piscine du Moustoir est fermée.", "piscine du Moustoir", "Moustoir"),
        ("Il sera construit sur le site de la caserne Bisson.", "caserne Bisson", "Bisson"),
        ("Les manifestants ont rejoint la rue de Rivoli.", "rue de Rivoli", "Rivoli"),
        # a gate of Paris, a place of its own ('porte de la Chapelle')
        ("Un camp a été évacué porte de la Chapelle.", "porte de la Chapelle", "Chapelle"),
        # after a bare 'de', the town or the village the gate led to
        (
            "La voie est fermée de la porte de Clignancourt à la Chapelle.",
            "porte de Clignancourt",
            "Clignancourt",
        ),
        ("Le salon a lieu porte de Versailles.", "porte de Versailles", "Versailles"),
    ],
)
def test_street_and_venue_names_are_one_place(nlp, text, street, not_separately):
    doc = nlp(text)
    places = {place["name"]: place for place in doc._.places}
    assert street in places and places[street]["kind"] == "other"
    assert not_separately not in places
    assert all(actor["name"] != not_separately for actor in doc._.actors)


@pytest.mark.parametrize(
    "text, place, not_a_place",
    [
        ("La place de la France dans le monde a reculé.", "France", "place de la France"),
        ("Il habite rue de Paris, près de la gare.", "Paris", "rue de Paris"),
        (
            "Elle a chanté dans l'église Saint-Trophime d'Arles.",
            "Arles",
            "église Saint-Trophime d'Arles",
        ),
        ("Le maire du Havre a parlé.", "Le Havre", "Havre"),
        # a plural region the gazetteer lacks stays the NER's place, emergency services nearby
        ("Les pompiers du Sdis 11 sont intervenus dans les Corbières.", "Corbières", "Sdis 11"),
        # 'département' names an institution only with a nationality
        ("Il vit dans le département voisin du Gard.", "Gard", "département voisin du Gard"),
        (
            "Le département américain du Commerce a réagi à Washington.",
            "Washington",
            "département américain du Commerce",
        ),
    ],
)
def test_a_town_stays_a_town(nlp, text, place, not_a_place):
    places = places_of(nlp, text)
    assert place in places and not_a_place not in places


@pytest.mark.parametrize(
    "text, building, name_inside",
    [
        (
            "Elle a chanté dans l'église Saint-Trophime d'Arles.",
            "église Saint-Trophime",
            "Saint-Trophime",
        ),
        (
            "Il a été conduit à la prison de la Santé, où il est détenu.",
            "prison de la Santé",
            "Santé",
        ),
        (
            "Une messe a eu lieu dans l'église Santa Maria in Transpontina.",
            "église Santa Maria",
            "Santa Maria",
        ),
        ("Les fidèles ont prié devant le Dôme du Rocher.", "Dôme du Rocher", "Rocher"),
        # halls, gardens, airports and statues are buildings' kin ('jardin du Luxembourg')
        (
            "Les élus se sont retrouvés dans la vaste salle Stéphane-Hessel, près de la mairie.",
            "salle Stéphane-Hessel",
            "Stéphane-Hessel",
        ),
        ("Le cortège est parti du jardin du Luxembourg.", "jardin du Luxembourg", "Luxembourg"),
        (
            "L'affaire du cambriolage du jardin Saint-Adrien a connu un retournement.",
            "jardin Saint-Adrien",
            "Saint-Adrien",
        ),
        (
            "La statuette de la Vierge était précédée par les drapeaux de vingt pays.",
            "statuette de la Vierge",
            "Vierge",
        ),
        # stations and bridges too
        (
            "Une femme a accouché vendredi à l'intérieur de la gare du Nord, à Paris.",
            "gare du Nord",
            "Nord",
        ),
        (
            "Des milliers de touristes traversent chaque jour le pont Alexandre-III.",
            "pont Alexandre-III",
            "Alexandre-III",
        ),
    ],
)
def test_a_building_is_no_place_and_its_name_no_actor(nlp, text, building, name_inside):
    """Real news gold: a named building or monument is where something happens, neither a
    place nor an actor; only the town after 'de' is a place."""
    doc = nlp(text)
    names = [place["name"] for place in doc._.places] + [actor["name"] for actor in doc._.actors]
    assert not any(building in name or name_inside in name for name in names)


@pytest.mark.parametrize(
    "text, school, town",
    [
        (
            "Il doit se rendre à 13H30 au lycée Rascol à Albi pour son épreuve.",
            "Rascol",
            "Albi",
        ),
        (
            "Brigitte anime le club-théâtre du lycée de la Providence à Amiens.",
            "Providence",
            "Amiens",
        ),
        (
            "Devant le collège Pierre-Puget à Marseille, des parents attendaient.",
            "Puget",
            "Marseille",
        ),
    ],
)
def test_a_school_is_no_place(nlp, text, school, town):
    """Real news gold: a school is where pupils go, never a place (the gold makes the school an
    organisation when it is named); the town it stands in is the place."""
    places = places_of(nlp, text)
    assert town in places
    assert not any(school in name for name in places)


def test_a_building_keeps_its_town(nlp):
    places = places_of(nlp, "Elle a chanté dans l'église Saint-Trophime d'Arles.")
    assert list(places) == ["Arles"]


@pytest.mark.parametrize(
    "text, town",
    [
        (
            "Selon la radio, il s'agirait de la gendarmerie de Sarreguemines où huit militaires "
            "ont été testés positifs.",
            "Sarreguemines",
        ),
    ],
)
def test_a_building_the_ner_calls_an_organisation_keeps_its_town(nlp, text, town):
    """Real news gold: in 'la gendarmerie de Sarreguemines' the town is a place, the
    building no organisation."""
    doc = nlp(text)
    assert town in {place["name"] for place in doc._.places}
    assert not any("gendarmerie" in actor["name"] for actor in doc._.actors)


@pytest.mark.parametrize(
    "text, place, not_a_place",
    [
        (
            "Le corps a été retrouvé dans la Vologne, une rivière des Vosges, le soir même.",
            "Vosges",
            "rivière des Vosges",
        ),
        (
            "Il juge illogique d'affréter des charters pour le départ massif d'Ukrainiens vers "
            "l'Europe.",
            "Europe",
            "massif d'Ukrainiens",
        ),
    ],
)
def test_a_feature_noun_in_common_use_names_no_feature(nlp, text, place, not_a_place):
    """'une rivière des Vosges' is a river of the Vosges; 'massif' after a noun is an
    adjective: neither names a feature."""
    places = places_of(nlp, text)
    assert place in places and not_a_place not in places
    assert not any("Ukrainiens" in name for name in places)


def test_a_region_named_with_a_compass_point_is_not_cut_to_it(nlp):
    """'les Nouvelles Galles du Sud': the NER's place is kept whole, not cut to 'Sud'."""
    text = (
        "A partir de vendredi, les bars de toute la région des Nouvelles Galles du Sud sont "
        "autorisés à accueillir dix personnes."
    )
    assert "Nouvelles Galles du Sud" in places_of(nlp, text)


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        ("Les jeunes Français de 15 ans fument moins qu'en 2010.", "Français"),
        ("L'esplanade est un lieu de tensions entre Israéliens et Palestiniens.", "Israéliens"),
    ],
)
def test_a_plural_nationality_is_no_place(nlp, text, not_a_place):
    assert not_a_place not in places_of(nlp, text)


def test_a_plural_name_that_is_no_nationality_stays_a_place(nlp):
    assert "Le Mans" in places_of(nlp, "Il est mort jeudi, au Mans, dans la Sarthe.")


def test_a_person_read_name_after_de_is_a_town_only_in_the_article_s_country(nlp):
    text = (
        "Michel Piccoli, né à Paris, a tourné en France avec les plus grands. "
        "Une époque: celle des films de Sautet et de Buñuel, sous la direction de Varda."
    )
    places = places_of(nlp, text)
    assert "Buñuel" not in places and "Varda" not in places
    actors = {actor["name"] for actor in nlp(text)._.actors}
    assert {"Buñuel", "Varda"} <= actors


def test_dans_le_nord_of_another_country_is_no_departement(nlp):
    text = (
        "Au Yémen, les séparatistes contrôlent Aden. Le chemin vers un Yémen uni est long: "
        "les houthis dominent dans le Nord, les séparatistes au Sud."
    )
    assert "Nord" not in places_of(nlp, text)
    assert "Nord" in places_of(nlp, "Il est originaire de Tourcoing, dans le Nord, et vit à Lille.")


def test_a_venue_named_again_by_its_name_alone_is_one_place(nlp):
    text = "La piscine du Moustoir est fermée. Depuis la fermeture du Moustoir, on nage ailleurs."
    places = places_of(nlp, text)
    assert list(places) == ["piscine du Moustoir"]
    assert len(places["piscine du Moustoir"]["mentions"]) == 2


@pytest.mark.parametrize(
    "text, road",
    [
        ("Sur la RN 12, près de Saint-Brieuc, les tracteurs ont convergé.", "RN 12"),
        ("Vinci conseille d'éviter l'A62 jusqu'à jeudi.", "A62"),
        ("Un accident a eu lieu sur l'autoroute A7 vers Lyon.", "A7"),
        ("La D906 est coupée à hauteur du col.", "D906"),
        ("Les autoroutes du nord du pays (A6, A10, A13, A71) sont à éviter.", "A10"),
        ("Pour les axes de la moitié sud du pays (A7, A8, A9, A61, A63), prudence.", "A61"),
    ],
)
def test_roads_are_no_places(nlp, text, road):
    """Real-news gold leaves roads out ('l'autoroute A16'); the towns around them stay."""
    assert road not in places_of(nlp, text)
    assert road not in {actor["name"] for actor in nlp(text)._.actors}


@pytest.mark.parametrize(
    "text, organisation",
    [
        ("Il a claqué la porte de LREM en 2019.", "LREM"),
        ("Elle a claqué la porte du Parti socialiste.", "Parti socialiste"),
        ("Il a frappé à la porte de Matignon.", "Matignon"),
    ],
)
def test_the_door_of_an_organisation_is_no_gate(nlp, text, organisation):
    """'porte' names a gate only before an article ('la porte de la Chapelle'): after a bare
    'de' or before an organisation it is a door that someone slams."""
    assert not places_of(nlp, text)
    assert organisation in {actor["name"] for actor in nlp(text)._.actors}


@pytest.mark.parametrize(
    "text, town",
    [
        ("Le député a claqué la porte de Lyon pour rejoindre Marseille.", "Lyon"),
        ("Le ministre a frappé à la porte de Bruxelles sans succès.", "Bruxelles"),
    ],
)
def test_the_door_someone_slams_or_knocks_at_is_no_gate(nlp, text, town):
    """A door a verb acts on keeps its town; 'tué porte de la Chapelle' is a gate."""
    places = places_of(nlp, text)
    assert town in places and not [name for name in places if name.startswith("porte")]


def test_a_gate_beside_a_verb_that_shuts_a_road_stays_a_gate(nlp):
    text = "L'autoroute sera fermée entre la porte de Paris et la porte de la Chapelle."
    assert "porte de la Chapelle" in places_of(nlp, text)


@pytest.mark.parametrize(
    "text, line, place",
    [
        (
            "Le trafic sera interrompu sur les RER B et RER D, vers Saint-Denis.",
            "RER D",
            "Saint-Denis",
        ),
        ("Le trafic du Transilien H, K est coupé jusqu'à Pontoise.", "Transilien H", "Pontoise"),
        ("Panique sur les quais du RER A à la station La Défense.", "RER A", None),
        ("Sur le compte Twitter de la ligne de RER A. La préfecture a réagi.", "RER A.", None),
    ],
)
def test_transit_lines_are_no_places(nlp, text, line, place):
    """Real-news gold leaves train lines out as it does roads ('les RER B et RER D'); the towns
    they serve stay."""
    places = places_of(nlp, text)
    spans = [text[start:end] for found in places.values() for start, end in found["mentions"]]
    assert not any(line.rstrip(".") in span for span in spans)
    if place:
        assert place in places


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # French départements and regions the NER misses
        ("Les Alpes-Maritimes et la Haute-Garonne sont en alerte.", "Alpes-Maritimes", "region"),
        ("Dans le Var, les pompiers luttent contre le feu.", "Var", "region"),
        ("« On ferait comme dans le Nord avec les Ch'tis », sourit l'élue.", "Nord", "region"),
        ("Le député du Nord a voté contre.", "Nord", "region"),
        # French exonyms the libraries lack, and pycountry's Chinese provinces without 'Sheng'
        ("Des inondations ont frappé l'Emilie-Romagne.", "Émilie-Romagne", "region"),
        ("Le typhon a touché la province chinoise du Fujian.", "Fujian", "region"),
        ("Les Russes ont pris Bakhmout.", "Bakhmout", "city"),
        # counter-examples: a place of its own, a town that is only the scene of a match
        ("Florence, une ville de 300 ans, attire les touristes.", "Florence", "city"),
        ("Rennes a battu Nantes à Lyon (2-1).", "Lyon", "city"),
    ],
)
def test_places_the_ner_misses_or_mistypes(nlp, text, name, kind):
    place = places_of(nlp, text)[name]
    assert place["kind"] == kind


def test_a_street_or_feature_inside_a_misc_entity_is_still_a_place(nlp):
    """The NER glues long MISC spans over ordinary words; they do not hide a feature's name."""
    from spacy.tokens import Span

    doc = nlp("Il a fait 41 °C mardi dans la vallée du Rhône, selon Météo-France.")
    start = next(t.i for t in doc if t.text == "mardi")
    end = next(t.i for t in doc if t.text == "Rhône") + 1
    doc.ents = [Span(doc, start, end, label="MISC")]
    mentions = nlp.get_pipe("newsfacts_places").mentions(doc)
    assert "vallée du Rhône" in [doc[m.start : m.end].text for m in mentions]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Le pays est issu de la Yougoslavie, comme la Bosnie.", "Yougoslavie", "country"),
        ("Il a fui l'URSS en 1975.", "URSS", "country"),
        ("Le Yémen du Nord et le Yémen du Sud ont fusionné en 1990.", "Yémen du Nord", "country"),
    ],
)
def test_historical_countries_are_places(nlp, text, name, kind):
    place = places_of(nlp, text)[name]
    assert place["kind"] == kind


def test_l_hexagone_is_france(nlp):
    """Real news gold counts 'l'Hexagone' as a mention of France."""
    places = places_of(nlp, "La sécheresse touche une grande partie de l'Hexagone cet été.")
    assert places["France"]["kind"] == "country"


@pytest.mark.parametrize(
    "text, building, town",
    [
        (
            "Le poste est basé à Buckingham Palace, à Londres, dit la reine.",
            "Buckingham",
            "Londres",
        ),
        ("Les voitures roulent sur le célèbre Harbour Bridge, à Sydney.", "Harbour", "Sydney"),
    ],
)
def test_a_building_named_in_english_is_no_place(nlp, text, building, town):
    """'Buckingham Palace', 'Harbour Bridge': buildings, as real news gold has them."""
    places = places_of(nlp, text)
    assert town in places and not any(building in name for name in places)


@pytest.mark.parametrize(
    "text, not_a_place, place",
    [
        ("Les écoles ferment, a appris Europe 1. Dans le Gard, rien ne change.", "Europe", "Gard"),
        (
            "Des cas sont signalés ?par Europe 1Dans le département de la Dordogne.",
            "Europe",
            "Dordogne",
        ),
        ("La victoire de Sarpsborg 08 (Norvège) a surpris.", "Sarpsborg", "Norvège"),
    ],
)
def test_a_place_name_with_a_number_is_a_radio_or_a_club(nlp, text, not_a_place, place):
    places = places_of(nlp, text)
    assert place in places and not_a_place not in places


def test_a_number_counted_after_a_place_leaves_it_a_place(nlp):
    assert "Japon" in places_of(nlp, "Ils étaient au Japon 12. Puis en Chine trois jours.")


def test_a_plural_nationality_of_two_words_is_no_place(nlp):
    text = (
        "Au bout du compte, les New-Yorkais ont dû accepter une réalité plus prosaïque, "
        "comme le Sistan-Balouchistan (sud-est) en Iran."
    )
    places = places_of(nlp, text)
    assert "New-Yorkais" not in places and "Sistan-Balouchistan" in places


@pytest.mark.parametrize(
    "text, place, alias",
    [
        (
            "Leurs colonies se trouvent sur l'île Matiu, près du port de Wellington.",
            "île Matiu",
            "Matiu",
        ),
        (
            "Sur une promenade au bord du fleuve Yangtsé, des dizaines de personnes dansaient.",
            "fleuve Yangtsé",
            "Yangtsé",
        ),
    ],
)
def test_a_natural_feature_s_proper_name_is_an_alias(nlp, text, place, alias):
    assert alias in places_of(nlp, text)[place]["aliases"]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Des nageurs ont été vus dans la mer Morte jeudi matin.", "mer Morte"),  # an adjective
        ("Le match aura lieu au parc des Princes samedi soir.", "parc des Princes"),
    ],
)
def test_a_feature_named_by_an_adjective_or_a_plural_has_no_alias(nlp, text, place):
    places = places_of(nlp, text)
    assert place in places and places[place]["aliases"] == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ils ont gravi le mont Blanc en août.", "mont Blanc"),
        ("Le fleuve Jaune a débordé en Chine.", "fleuve Jaune"),
    ],
)
def test_a_feature_named_by_an_adjective_has_no_alias_of_it(nlp, text, name):
    places = places_of(nlp, text)
    assert places[name]["aliases"] == [], places


def test_a_person_after_la_ville_de_stays_a_person(nlp):
    text = "Besançon est la ville de Victor Hugo. Victor Hugo y est né en 1802."
    doc = nlp(text)
    assert "Victor Hugo" not in places_of(nlp, text)
    assert [actor["type"] for actor in doc._.actors if actor["name"] == "Victor Hugo"] == ["person"]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Cela mènera au conflit, a prévenu le roi Abdallah II de Jordanie dans un entretien.",
         "Jordanie"),
        ("Le centre Simon Wiesenthal de Jérusalem a appelé le gouvernement à agir.", "Jérusalem"),
    ],
)  # fmt: skip
def test_a_country_or_big_town_ending_a_persons_name_is_a_place(nlp, text, place):
    assert place in places_of(nlp, text)


def test_a_small_town_ending_a_surname_is_no_place(nlp):
    text = "Le ministre Dominique de Villepin a reçu Xavier de Moulins à Paris."
    assert list(places_of(nlp, text)) == ["Paris"]


def test_a_feature_described_by_an_adjective_is_the_known_place_after_it(nlp):
    text = "Selon le Parisien, cette petite île française des Caraïbes se prépare à l'hommage."
    assert list(places_of(nlp, text)) == ["Caraïbes"]
    assert list(places_of(nlp, "Il vit sur l'île de Ré depuis 2010.")) == ["île de Ré"]


def test_an_unknown_name_opening_with_a_first_name_is_a_person_not_a_place(nlp):
    text = (
        "\"Nous avons mobilisé\", s'est indigné le directeur de la police du Val-d'Oise, "
        "Frédéric Lauze, cité par Le Parisien. Frédéric Lauze a annoncé une enquête."
    )
    assert list(places_of(nlp, text)) == ["Val-d'Oise"]


def test_a_clipped_hyphenated_name_is_the_known_place_named_in_full(nlp):
    text = (
        "La famille arrive à Saint-Barthélemy dimanche. Pour elle, Saint-Barth' était un "
        "refuge. Ils aiment Saint-Barth."
    )
    places = places_of(nlp, text)
    assert list(places) == ["Saint-Barthélemy"]
    assert len(places["Saint-Barthélemy"]["mentions"]) == 3


def test_a_state_named_like_a_big_city_is_the_state(nlp):
    text = (
        "L'Etat de New York a payé un lourd tribut. Aujourd'hui, 40.000 tests ont lieu chaque "
        "jour dans l'Etat de New York. Il a vécu à New York puis dans l'Etat du Texas."
    )
    places = places_of(nlp, text)
    assert places["État de New York"]["kind"] == "region"
    assert len(places["État de New York"]["mentions"]) == 2
    assert places["New York"]["kind"] == "city"
    assert "Texas" in places


def test_a_small_town_joined_by_et_to_a_town_of_its_country_is_a_place(nlp):
    text = "La CGT a revendiqué une coupure sur la zone d'Orly et Rungis, mardi matin."
    assert {"Orly", "Rungis"} <= set(places_of(nlp, text))
    assert list(places_of(nlp, "Entre Jean et Paris, rien ne change.")) == ["Paris"]


def test_a_verb_with_its_subject_pronoun_glued_is_no_place(nlp):
    text = 'Il lance "Do you want me to go?" (Voulez-vous que je remonte ?), puis part à Paris.'
    assert list(places_of(nlp, text)) == ["Paris"]


def test_a_one_word_name_listed_between_persons_is_a_person(nlp):
    text = "Les chanteurs Jean-Louis Aubert, Mimie Mathy, Orlando, Michael Youn étaient là."
    assert "Orlando" not in places_of(nlp, text)
    assert "Orlando" in places_of(nlp, text + " Il a ensuite pris l'avion pour Orlando.")


def test_a_town_name_with_an_english_street_noun_is_the_street(nlp):
    text = (
        "Des sauterelles ont débarqué surtout le long de Las Vegas Street, là où se trouvent "
        "les casinos, au sud de Las Vegas."
    )
    places = places_of(nlp, text)
    assert set(places) == {"Las Vegas Street", "Las Vegas"}
    assert len(places["Las Vegas"]["mentions"]) == 1


def test_towns_alternating_with_persons_in_a_list_stay_places(nlp):
    doc = nlp(
        "Le classement: Marie Martin, Lyon, Paul Durand, Marseille, Jean Petit, Nice, Luc Blanc."
    )
    assert {"Lyon", "Marseille", "Nice"} <= {place["name"] for place in doc._.places}


def test_a_noble_house_after_de_is_no_place(nlp):
    doc = nlp("Le comte Henri d'Orléans a assisté à la messe.")
    assert "Orléans" not in {place["name"] for place in doc._.places}


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        (
            "Le pape prie dans la chapelle de sa résidence Sainte-Marthe, derrière la basilique.",
            "Sainte-Marthe",
        ),
        ("Elle s'est réfugiée dans la petite église protestante Bethel à La Haye.", "Bethel"),
        (
            "Alors qu'il se rendait palais Beaumont pour une table ronde, il a été interpellé.",
            "Beaumont",
        ),
        (
            "Palmerston, le chat du ministère des Affaires étrangères, a défrayé la chronique.",
            "Palmerston",
        ),
        ("On voit Mohammed et Digby, cheval miniature de 8 mois, apprendre à traverser.", "Digby"),
        # a witness the news name by a first name that a big town bears
        (
            "Charlotte, une autre spectatrice qui se dit choquée, pointe le manque d'infos.",
            "Charlotte",
        ),
    ],
)
def test_a_building_or_an_animal_named_like_a_town_is_no_place(nlp, text, not_a_place):
    """A name after a building's noun, or called an animal in apposition, is no place even
    where a village bears it."""
    assert not_a_place not in places_of(nlp, text)


@pytest.mark.parametrize(
    "text, place",
    [
        ("Il a été incarcéré dans la prison de Varces, en Isère.", "Varces"),
        ("A Avignon, un homme a été interpellé samedi.", "Avignon"),
        ("Les lits de l'hôpital du Haut-Rhin sont pleins.", "Haut-Rhin"),
    ],
)
def test_a_town_after_a_building_noun_and_de_or_fronted_stays_a_place(nlp, text, place):
    assert place in places_of(nlp, text)


def test_a_town_named_with_its_article_and_without_is_one_place(nlp):
    text = (
        "Les lampadaires s'éteignent à La Roche-sur-Yon (Vendée). Qui contrôle l'éclairage "
        "public de la Roche-sur-Yon ?"
    )
    places = places_of(nlp, text)
    assert "Roche-sur-Yon" not in places
    assert len(places["La Roche-sur-Yon"]["mentions"]) == 2


@pytest.mark.parametrize(
    "text",
    ['"Cher enfant, sois fort", peut-on lire.', '"Cher Christophe Barbier... Il y a du travail".'],
)
def test_a_common_word_opening_a_quotation_is_no_departement(nlp, text):
    assert "Cher" not in places_of(nlp, text)


def test_a_departement_named_like_a_common_word_stays_a_place(nlp):
    assert "Cher" in places_of(nlp, "Le Cher compte 300.000 habitants. Il pleut dans le Cher.")


def test_a_name_and_a_surname_initial_is_a_person_not_a_place(nlp):
    text = "Lors d'un mariage à Pont-de-Beauvoisin (Isère), Nordhal L. est le principal suspect."
    places = places_of(nlp, text)
    assert "Nordhal L." not in places and "Pont-de-Beauvoisin" in places


@pytest.mark.parametrize(
    "text, broken",
    [
        ('Un quiz pour la partie "Quel(le) engagé(e) es-tu ?". Le fameux test.', "Quel(le"),
        (
            "Des guépards attaquent une voiture dans un safari parc (Pays-Bas)par Buzz Moi Ça "
            "!Face aux deux guépards, la famille recule. Aux Pays-Bas, le parc a fermé.",
            "Pays-Bas)par",
        ),
    ],
)
def test_a_name_with_a_bracket_glued_inside_a_word_is_no_place(nlp, text, broken):
    """A bracket inside a word: an inclusive ending ('Quel(le)') or a caption glued after a
    closing bracket ('(Pays-Bas)par Buzz'); no place's name holds one."""
    names = {text[start:end] for place in nlp(text)._.places for start, end in place["mentions"]}
    assert broken not in names


@pytest.mark.parametrize(
    "text",
    [
        "Le pont de l'Ascension est propice aux escapades, selon les hôteliers.",
        "Les plages fermeront mercredi soir, veille du pont de l'Ascension.",
    ],
)
def test_a_holiday_after_an_article_is_no_place(nlp, text):
    assert not nlp(text)._.places


def test_two_surnames_of_the_article_joined_by_a_hyphen_are_a_crew_not_a_town(nlp):
    places = places_of(
        nlp,
        "Le co-pilote nancéien Gilles Piccard associé à Jean-Pierre Fontenay a réussi une "
        "excellente opération. Au volant de leur voiture, Fontenay-Piccard sont désormais "
        "troisièmes.",
    )
    assert "Fontenay-Piccard" not in places


def test_the_principality_is_monaco(nlp):
    places = places_of(
        nlp,
        "Premier doublé de la «Scuderia» en Principauté. Schumacher signe sa quatrième victoire "
        "à Monaco.",
    )
    assert list(places) == ["Monaco"] and places["Monaco"]["country"] == "MC"
