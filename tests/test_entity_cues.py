"""components.entities.cues: names that the words before them show to be organisations or
persons (type nouns, quoted names, 'un certain')."""

from __future__ import annotations

import pytest


def named(nlp, text: str) -> tuple[dict[str, str], set[str]]:
    """Actor name -> type, and place names; every mention is a span of the text."""
    doc = nlp(text)
    for entity in doc._.actors + doc._.places:
        for start, end in entity["mentions"]:
            assert text[start:end].strip() == text[start:end] != ""
    return {a["name"]: a["type"] for a in doc._.actors}, {p["name"] for p in doc._.places}


@pytest.mark.parametrize(
    "text, name, absent",
    [
        (
            "Il est de l'association \"Au Cœur des Jumeaux\", qui a offert l'appareil au club.",
            "Au Cœur des Jumeaux",
            "Cœur des Jumeaux",
        ),
        (
            'La guide, qui tient le restaurant familial "Captain\'s" sur le vieux port, a parlé.',
            "Captain's",
            None,
        ),
        ("Il a cité le journal « Le Petit Bleu » dimanche.", "Le Petit Bleu", "Petit Bleu"),
    ],
)
def test_a_quoted_name_after_a_type_noun_is_an_organisation(nlp, text, name, absent):
    actors, _ = named(nlp, text)
    assert actors.get(name) == "organization"
    assert absent not in actors


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les agents du magasin Castorama ont vu un homme en fauteuil.", "Castorama"),
        ("On entendait les enceintes du beach-club Tropicana jusqu'au port.", "Tropicana"),
    ],
)
def test_shops_and_restaurants_are_type_nouns(nlp, text, name):
    actors, places = named(nlp, text)
    assert actors.get(name) == "organization" and name not in places


def test_a_town_after_a_typed_name_is_a_place_of_its_own(nlp):
    actors, places = named(nlp, "Les agents du magasin Castorama d'Avignon ont vu un homme.")
    assert actors.get("Castorama") == "organization"
    assert "Avignon" in places


@pytest.mark.parametrize(
    "text, name, place",
    [
        (
            "Il est soutenu par le président de la fédération LR de l'Ain depuis mars.",
            "LR",
            "Ain",
        ),
        ("Il est le patron de la fédération RN de la Somme depuis mars.", "RN", "Somme"),
    ],
)
def test_a_place_after_de_and_an_article_is_no_part_of_a_typed_name(nlp, text, name, place):
    actors, places = named(nlp, text)
    assert actors.get(name) == "organization"
    assert place in places and not any(place in actor for actor in actors)


def test_a_place_after_a_name_read_as_a_person_stays_in_the_name(nlp):
    actors, _ = named(nlp, "Selon le journal Folha de S. Paulo, le bilan est lourd.")
    assert "Folha de S. Paulo" in actors


def test_a_described_name_keeps_its_country(nlp):
    actors, _ = named(
        nlp, "Selon l'ONG Alliance pour les droits humains de l'Equateur, le bilan est lourd."
    )
    assert "Alliance pour les droits humains de l'Equateur" in actors


@pytest.mark.parametrize(
    "text, name, person",
    [
        ("Elle rejoint la liste RN de Louis Alliot à Perpignan.", "RN", "Louis Alliot"),
        ("Il a voté pour la liste RN de Mme Plane au second tour.", "RN", "Plane"),
    ],
)
def test_a_person_after_de_is_no_part_of_a_typed_name(nlp, text, name, person):
    actors, _ = named(nlp, text)
    assert actors.get(name) == "organization" and actors.get(person) == "person"


@pytest.mark.parametrize(
    "text, name",
    [
        ('Un certain "Pokercroix" a remporté 134.787 euros en misant 20 centimes.', "Pokercroix"),
        ("Un dénommé Karim Benali a été interpellé samedi.", "Karim Benali"),
    ],
)
def test_someone_introduced_by_a_name_alone_is_a_person(nlp, text, name):
    actors, places = named(nlp, text)
    assert actors.get(name) == "person" and name not in places


@pytest.mark.parametrize(
    "text, person, organisation",
    [
        (
            "Il a engagé une procédure. Pour l'entreprise, Yannick n'avait pas le droit "
            "d'entrer dans les cuisines. Syndiqué à la CGT, Yannick allait s'investir.",
            "Yannick",
            "CGT",
        ),
        (
            "Il a 10 points d'avance sur son concurrent de droite Alain Carignon, selon Ifop.",
            "Alain Carignon",
            None,
        ),
        ("Son distributeur, Pyramide Films, a annoncé la sortie.", None, "Pyramide Films"),
    ],
)
def test_a_first_name_apart_from_a_type_noun_opens_a_person_s_name(nlp, text, person, organisation):
    actors, _ = named(nlp, text)
    assert person is None or actors[person] == "person", actors
    assert organisation is None or actors[organisation] == "organization", actors


@pytest.mark.parametrize(
    "text, medium",
    [
        (
            "Il y en a un sur mille, a témoigné un client pour le Parisien. Rien de plus.",
            "Parisien",
        ),
        ("Selon les Echos, la firme va fermer son usine.", "Echos"),
    ],
)
def test_a_known_name_s_article_written_in_lower_case_still_names_it(nlp, text, medium):
    actors, _ = named(nlp, text)
    assert actors.get(medium) == "organization", actors


@pytest.mark.parametrize(
    "text",
    [
        "Selon la police, le Parisien de 34 ans a été interpellé mardi.",
        "La police a interpellé le Parisien de 34 ans mardi soir.",
    ],
)
def test_a_demonym_after_a_lower_case_article_is_no_medium(nlp, text):
    """'le Parisien' is the newspaper after 'selon', a verb or 'et'; elsewhere a man of Paris."""
    actors, _ = named(nlp, text)
    assert "Parisien" not in actors, actors


def test_a_medium_coordinated_with_another_keeps_its_lower_case_article(nlp):
    actors, _ = named(nlp, "Les forces de l'ordre sont intervenues, selon BFMTV et le Parisien.")
    assert actors.get("Parisien") == "organization", actors


def test_a_certain_country_stays_a_place(nlp):
    actors, places = named(nlp, "Une certaine France a disparu avec lui.")
    assert "France" in places and "France" not in actors


def test_a_name_before_a_person_s_title_is_a_person(nlp):
    text = (
        "« Les croisières ne reviendront pas », estime Ariadne Voulgari, guide touristique, hier."
    )
    actors, _ = named(nlp, text)
    assert actors.get("Ariadne Voulgari") == "person"


def test_a_title_before_the_next_name_leaves_the_organisation(nlp):
    actors, _ = named(nlp, "Mardi sur Radio Classique, le professeur Didier Raoult a affirmé.")
    assert actors.get("Radio Classique") == "organization"
    assert actors.get("Didier Raoult") == "person"


def test_capitalised_words_ending_with_a_company_word_are_a_company(nlp):
    text = "Le facteur est essentiel, explique le président du Dubai Gold and Jewellery Group."
    actors, places = named(nlp, text)
    assert actors.get("Dubai Gold and Jewellery Group") == "organization"
    assert "Dubai" not in places


def test_a_motorway_operator_s_name_ends_with_a_company_word(nlp):
    text = "Des automobilistes ont été gênés sur l'A7, a assuré Vinci Autoroutes."
    actors, _ = named(nlp, text)
    assert actors.get("Vinci Autoroutes") == "organization"


def test_a_sentence_opening_word_is_no_part_of_a_company_name(nlp):
    actors, _ = named(nlp, "Selon Jewellery Group, tout va bien.")
    assert "Selon Jewellery Group" not in actors


def test_a_company_word_inside_a_longer_name_does_not_cut_it(nlp):
    actors, _ = named(nlp, "Tadej Pogacar (UAE Team Emirates) a gagné l'étape.")
    assert "UAE Team" not in actors


def test_an_organisation_inside_a_place_name_is_the_organisation(nlp):
    text = "Il parle depuis le jardin du Centre médical de l'Argentière, à Aveize."
    actors, places = named(nlp, text)
    assert actors.get("Centre médical de l'Argentière") == "organization"
    assert not any(place.startswith("jardin") for place in places)
    assert "Aveize" in places


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Un homme déversait sa colère au téléphone, rapporte Le Dauphiné Libéré le 23 octobre.",
            "Le Dauphiné Libéré",
        ),
        ("Selon Le Canard Enchaîné, Renault envisagerait de fermer quatre sites.", "Canard"),
    ],
)
def test_a_known_name_written_with_capitals_is_known(nlp, text, name):
    actors, places = named(nlp, text)
    found = [n for n in actors if name in n]
    assert found and actors[found[0]] == "organization", actors
    assert not any("Libéré" in p or "Dauphiné" in p for p in places)


def test_capitalised_variants_keep_function_words_lower():
    from newsfacts.components.entities.lexicon import with_capitalised_words

    assert with_capitalised_words(["Le Canard enchaîné", "Reuters", "Parti de la gauche"]) == [
        "Le Canard enchaîné",
        "Le Canard Enchaîné",
        "Reuters",
        "Parti de la gauche",
        "Parti de la Gauche",
    ]


@pytest.mark.parametrize(
    "text, assembly, committee",
    [
        (
            "Jeudi, le président de la commission des Transports de la Chambre des "
            "représentants, le démocrate Peter DeFazio, a appelé les compagnies à agir.",
            "Chambre des représentants",
            "commission des Transports de la Chambre",
        ),
        (
            "Il a été entendu par la commission des Affaires étrangères du Sénat mardi.",
            "Sénat",
            "commission des Affaires étrangères du Sénat",
        ),
    ],
)
def test_a_committee_in_lower_case_names_its_assembly(nlp, text, assembly, committee):
    names = {a["name"] for a in nlp(text)._.actors}
    assert assembly in names and committee not in names


@pytest.mark.parametrize(
    "text, party",
    [
        # orangesum-v os-10589: the NER read only the person after the party
        (
            "Elle s'est insurgée, comme le député La République en marche Bruno Questel.",
            "La République en marche",
        ),
        # orangesum-zw os-11129
        (
            "Lors du dernier congrès de la République en marche, il a pris la parole.",
            "la République en marche",
        ),
        # orangesum-zc os-10586: the NER ran the party into 'et du'
        (
            "Elle est à égalité avec la liste de La République en Marche et du Modem conduite "
            "par Yann Cucherat.",
            "La République en Marche",
        ),
    ],
)
def test_the_presidential_party_is_a_known_name(nlp, text, party):
    actors, places = named(nlp, text)
    assert actors.get(party) == "organization", actors
    assert not any("République" in place for place in places)


def test_a_person_named_right_after_a_committee_s_assembly_is_no_part_of_it(nlp):
    # orangesum-zb os-10299: 'Sénat Philippe Bas' was one organisation
    actors, _ = named(
        nlp,
        '"Le Sénat a le mérite de la clarté", a déclaré le président LR de la commission des '
        "Lois du Sénat Philippe Bas. Pour M. Bas, le texte est mal préparé.",
    )
    assert actors.get("Sénat") == "organization"
    assert actors.get("Philippe Bas") == "person"
    assert not any("Sénat " in name for name in actors)


def test_a_name_the_ner_reads_as_a_person_after_a_type_noun_and_its_complement(nlp):
    # no person's noun between 'institut' and the name: the institute's name
    actors, _ = named(
        nlp,
        "Pour Hamish Kinnear, un analyste pour l'institut de recherche Verisk Maplecroft, il "
        "s'agit d'un coup dur.",
    )
    assert actors.get("Verisk Maplecroft") == "organization"
    assert actors.get("Hamish Kinnear") == "person"


def test_a_surname_right_after_a_title_inside_a_type_noun_s_phrase_is_the_person(nlp):
    # orangesum-v os-10415: 'forces' typed the marshal's surname as an organisation
    actors, _ = named(
        nlp,
        "En avril 2019, les forces du maréchal Haftar, homme fort de l'Est, ont lancé une "
        "offensive pour s'emparer de Tripoli.",
    )
    assert actors.get("Haftar") == "person"


def test_a_person_named_after_a_type_noun_and_a_person_noun_stays_a_person(nlp):
    actors, _ = named(nlp, "La société de son fils Jean Dupont a fait faillite l'an dernier.")
    assert actors.get("Jean Dupont") == "person"


def test_names_inside_a_list_of_quoted_titles_in_parentheses_are_no_actors(nlp):
    actors, _ = named(
        nlp,
        'Il tourne avec Claude Sautet dans les années 70 ("Les choses de la vie", "Max et les '
        'ferrailleurs", "Vincent, François, Paul... et les autres"), qui fait de lui une star.',
    )
    assert set(actors) == {"Claude Sautet"}


@pytest.mark.parametrize(
    "text",
    [
        # newspapers the NER reads whole as organisations, listed in parentheses
        'Les quotidiens ("Le Monde", "Le Figaro", "Libération") ont publié la tribune lundi.',
        # a parenthesis closed before the list: no list in parentheses
        'Selon la presse nationale (samedi), "Le Monde", "Libération" et "Le Figaro" ont '
        "révélé l'affaire.",
    ],
)
def test_quoted_newspapers_in_a_list_stay_actors(nlp, text):
    actors, _ = named(nlp, text)
    assert {"Le Monde", "Le Figaro", "Libération"} <= set(actors)


@pytest.mark.parametrize(
    "text, ministry",
    [
        (
            "Selon Ahmed al-Kurdi, membre du comité des fatwas au ministère des Awqafs et des "
            "Affaires islamiques. Selon lui, un mari bloqué peut attendre.",
            "ministère des Awqafs et des Affaires islamiques",
        ),
        (
            "Le ministère de la Transition écologique et solidaire a annoncé lundi un plan.",
            "ministère de la Transition écologique et solidaire",
        ),
    ],
)
def test_a_ministry_s_portfolios_joined_by_et_make_one_name(nlp, text, ministry):
    actors, _ = named(nlp, text)
    assert actors.get(ministry) == "organization" and len(actors) <= 2


def test_two_ministries_joined_by_et_stay_two(nlp):
    actors, _ = named(nlp, "Le ministère de la Santé et le ministère de l'Intérieur ont parlé.")
    assert {"ministère de la Santé", "ministère de l'Intérieur"} <= set(actors)


@pytest.mark.parametrize(
    "text, title",
    [
        (
            'La pièce "Une histoire" fera face entre autres à "Rouge" avec Niels Arestrup.',
            "Rouge",
        ),
        (
            "Il prépare la nouvelle saison de \"Gouvernement d'union\". Mais rien n'est fait.",
            "Gouvernement d'union",
        ),
    ],
)
def test_a_quoted_title_after_a_or_de_is_no_actor(nlp, text, title):
    actors, _ = named(nlp, text)
    assert title not in actors


def test_a_quoted_medium_after_selon_stays_an_actor(nlp):
    actors, _ = named(nlp, "Selon \"Le Métropolitain\", l'enquête a permis d'établir les faits.")
    assert actors.get("Le Métropolitain") == "organization"


def test_a_quoted_newspaper_after_a_is_no_work_title(nlp):
    actors, _ = named(nlp, 'Le ministre a confié à "Libération" qu\'il ne démissionnerait pas.')
    assert actors.get("Libération") == "organization"


@pytest.mark.parametrize(
    "text, bodies",
    [
        (
            "Un accord a été signé entre le ministère de l'Intérieur et la Fédération française "
            "de football.",
            {"ministère de l'Intérieur", "Fédération française de football"},
        ),
        ("Un accord lie le ministre de l'Economie et la Banque de France.", {"Banque de France"}),
    ],
)
def test_a_body_after_et_and_an_article_is_no_second_portfolio(nlp, text, bodies):
    actors, _ = named(nlp, text)
    assert bodies <= set(actors)


@pytest.mark.parametrize(
    "text, venue",
    [
        (
            "Edouard Philippe a réuni ses troupes à Matignon ce vendredi pour un état des lieux.",
            "Matignon",
        ),
        ("Il sera reçu ce dimanche à l'Elysée, comme il l'a confirmé.", "Elysée"),
        (
            "Il a tempêté depuis la Maison Blanche. Ils sont une marionnette, a-t-il dit.",
            "Maison Blanche",
        ),
        ("Le locataire de la Maison Blanche a cependant nuancé son optimisme.", "Maison Blanche"),
    ],
)
def test_a_seat_of_power_as_the_venue_is_no_actor(nlp, text, venue):
    actors, places = named(nlp, text)
    assert venue not in actors and venue not in places


@pytest.mark.parametrize(
    "text, seat",
    [
        (
            "Le projet est suivi au plus haut niveau du gouvernement, à Matignon et à Bercy.",
            "Bercy",
        ),
        (
            "Le projet est suivi au plus haut niveau du gouvernement, à Matignon et à Bercy.",
            "Matignon",
        ),
        ("La réforme, a indiqué l'Élysée, sera présentée à l'automne.", "Élysée"),
        ("Il a été reçu à l'Elysée. L'Elysée a ensuite confirmé la visite.", "Elysée"),
        ("Les députés ont voté dimanche à la Knesset le nouveau budget.", "Knesset"),
        # 'à' after a verb of addressing: the seat is the one addressed, an actor
        ("Le syndicat demande à Matignon de revenir sur la réforme.", "Matignon"),
        ("La CGT a écrit à l'Élysée pour dénoncer la réforme.", "Élysée"),
        (
            "Il recourt au 49.3 pour la troisième fois depuis son arrivée à Matignon en décembre.",
            "Matignon",
        ),
    ],
)
def test_a_seat_of_power_that_acts_stays_an_actor(nlp, text, seat):
    actors, _ = named(nlp, text)
    assert actors.get(seat) == "organization"


def test_the_team_of_a_named_person_is_that_person(nlp):
    text = (
        "Joe Biden mène dans les sondages. L'équipe Biden affirme mener la bataille. M. Trump "
        "a nié, une ligne d'attaque que l'équipe Trump répète beaucoup."
    )
    actors, _ = named(nlp, text)
    assert actors.get("Joe Biden") == "person" and "Biden" not in actors
    assert actors.get("Trump") == "person"


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            '"Il faut du temps", a jugé le président du groupe centriste Hervé Marseille.',
            "Hervé Marseille",
            "person",
        ),
        (
            "Un conseiller de son rival britannique David Nabarro l'a accusé.",
            "David Nabarro",
            "person",
        ),
        ("Les salariés du groupe Louis Dreyfus sont en grève.", "Louis Dreyfus", "organization"),
    ],
)
def test_a_full_name_after_someone_s_group_is_a_person(nlp, text, name, kind):
    assert named(nlp, text)[0][name] == kind


def test_a_name_with_a_particle_after_a_known_medium_is_a_person(nlp):
    """'a confié à Paris Match Charlotte de Turckheim' (orangesum-zp): the NER runs on."""
    actors, _ = named(nlp, "L'actrice a confié à Paris Match Charlotte de Turckheim qu'elle rit.")
    assert actors == {"Paris Match": "organization", "Charlotte de Turckheim": "person"}


@pytest.mark.parametrize(
    "text, medium, person",
    [
        # the NER stops inside the person's name (orangesum-zo os-11001, -zc)
        (
            "Se félicitent dans Les Echos Ghislain de Brondeau et Yann Krychowski, associés.",
            "Les Echos",
            "Ghislain de Brondeau",
        ),
        (
            "La cause reste floue, a indiqué à franceinfo Milou-Daniel Drici, pharmacologue.",
            "franceinfo",
            "Milou-Daniel Drici",
        ),
    ],
)
def test_a_name_the_ner_cuts_after_a_known_medium_is_a_person(nlp, text, medium, person):
    actors, _ = named(nlp, text)
    assert actors.get(medium) == "organization" and actors.get(person) == "person", actors


def test_a_regional_edition_after_a_known_medium_is_no_person(nlp):
    text = "Le serpent a été repéré à Larajasse, rapporte samedi France Bleu Saint-Étienne Loire."
    actors, _ = named(nlp, text)
    assert not any(kind == "person" for kind in actors.values()), actors


@pytest.mark.parametrize(
    "text, person",
    [
        (
            'On a entendu un énorme bruit", raconte à Sud-Ouest Emmanuelle, 25 ans, passagère.',
            "Emmanuelle",
        ),
    ],
)
def test_a_first_name_the_ner_left_out_with_an_age_is_a_person(nlp, text, person):
    actors, _ = named(nlp, text)
    assert actors.get(person) == "person", actors


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Pour Katarina, une sexagénaire venue d'une localité voisine découvrir l'oeuvre, "
            'c\'est au contraire "une belle chose".',
            "Katarina",
        ),
    ],
)
def test_a_name_with_an_age_noun_in_apposition_is_a_person(nlp, text, person):
    """'une sexagénaire', which the tagger calls an adjective, names a person by their age."""
    actors, _ = named(nlp, text)
    assert actors.get(person) == "person", actors


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Alors qu'il travaillait dans sa boutique de cigarettes électroniques, Didier a eu la "
            "mauvaise surprise de voir débarquer six braqueurs.",
            "Didier",
        ),
        (
            '"Ça va nous aider à sortir la tête de l\'eau", espère Nicolas, dont la maison est '
            "située juste en face.",
            "Nicolas",
        ),
    ],
)
def test_a_first_name_alone_that_acts_is_a_person(nlp, text, person):
    """The NER calls a first name alone a work (MISC): the subject of a verb, or the inverted
    subject of a reporting verb, it is a person."""
    actors, _ = named(nlp, text)
    assert actors.get(person) == "person", actors


def test_a_first_name_in_an_order_opening_quoted_words_is_no_actor(nlp):
    text = 'Elle a évoqué un réseau de "lieux sûrs", avec le code "demandez Angela" pour l\'aide.'
    actors, _ = named(nlp, text)
    assert "Angela" not in actors, actors


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Les élus PS, PCF, LFI et certains élus du groupe Libertés et territoires déplorent "
            "notamment ce choix.",
            "Libertés et territoires",
        ),
        (
            "Une annonce faite par l'association Vélo et territoires, qui compte.",
            "Vélo et territoires",
        ),
    ],
)
def test_a_one_word_typed_name_goes_on_with_et_and_a_plural_noun(nlp, text, name):
    actors, _ = named(nlp, text)
    assert actors.get(name) == "organization"


def test_a_typed_name_then_et_and_a_noun_phrase_is_two_things(nlp):
    actors, _ = named(nlp, "Le groupe Renault et salariés du site ont signé un accord.")
    assert not any("salariés" in actor for actor in actors)


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Un mort dans un dépassement.\nBAR-LE-DUC. _ Vers 0 h 40, jeudi, deux voitures "
            "se suivaient sur la route.",
            "Bar-le-Duc",
        ),
        ("WASHINGTON. _ Le président a reçu hier son homologue.", "Washington"),
        ("NANCY (Meurthe-et-Moselle). - Hier, un homme a été interpellé.", "Nancy"),
    ],
)
def test_a_regional_dateline_without_agency_names_its_town(nlp, text, place):
    _, places = named(nlp, text)
    assert place in places


def test_a_kicker_in_capitals_before_a_dash_is_no_dateline(nlp):
    _, places = named(nlp, "JACKPOT - L'heureux gagnant de Meschers-sur-Gironde a gagné.")
    assert places == {"Meschers-sur-Gironde"}


@pytest.mark.parametrize(
    "text, street, absent",
    [
        (
            "Accident rue de Danjoutin.\nJean Burget a été heurté par une voiture.",
            "rue de Danjoutin",
            "Danjoutin",
        ),
        (
            "Christophe Bouche, demeurant 31, rue du maréchal de Luxembourg, prendra pour "
            "épouse Elodie Legeay.",
            "rue du maréchal de Luxembourg",
            "Luxembourg",
        ),
        ("Il habite avenue du général Leclerc depuis dix ans.", "avenue du général Leclerc", None),
    ],
)
def test_a_street_after_a_headline_word_or_with_a_title_is_one_place(nlp, text, street, absent):
    actors, places = named(nlp, text)
    assert street in places
    assert absent not in places and "Leclerc" not in actors


def test_two_towns_after_a_route_noun_are_the_road_s_ends_not_a_street(nlp):
    _, places = named(
        nlp,
        "Les voitures se suivaient sur la RD 964 (la route Commercy-Void). Florian Désoteux, "
        "demeurant à Commercy, a été blessé.",
    )
    assert {"Commercy", "Void"} <= places and "route Commercy-Void" not in places
