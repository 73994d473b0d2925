"""newsfacts_actors: one entry per person or organisation, typed, with titles and mentions."""

from __future__ import annotations

import pytest

from newsfacts.components.actors import find_actor_by_title, find_person_before


def actors_of(nlp, text: str) -> dict[str, dict]:
    doc = nlp(text)
    return {actor["name"]: actor for actor in doc._.actors}


def mention_texts(text: str, actor: dict) -> list[str]:
    return [text[start:end] for start, end in sorted(actor["mentions"])]


@pytest.mark.parametrize(
    "text, name, named",
    [
        (
            "Donald Trump a tweeté lundi. Trump a ensuite répété sa menace. M. Trump insiste.",
            "Donald Trump",
            ["Donald Trump", "Trump", "Trump"],
        ),
        (
            "L'ancien Premier ministre Jean-Pierre Raffarin fait partie du voyage. "
            "« La Chine attend », a estimé M. Raffarin.",
            "Jean-Pierre Raffarin",
            ["Jean-Pierre Raffarin", "Raffarin"],
        ),
        (
            "L'Organisation mondiale de la santé (OMS) a qualifié l'épidémie de pandémie. "
            "Le directeur de l'OMS a appelé à agir.",
            "Organisation mondiale de la santé",
            ["Organisation mondiale de la santé", "OMS", "OMS"],
        ),
        (
            "La Federal Aviation Administration (FAA), le régulateur américain, a cloué au sol "
            "171 appareils.",
            "Federal Aviation Administration",
            ["Federal Aviation Administration", "FAA"],
        ),
        (
            "Le Paris Saint-Germain a gagné. Le PSG reste en tête.",
            "Paris Saint-Germain",
            ["Paris Saint-Germain", "PSG"],
        ),
        # lower-case words up to the acronym they help spell belong to the name
        (
            "Selon le Centre national du cinéma et de l'image animée (CNC), la fréquentation "
            "progresse.",
            "Centre national du cinéma et de l'image animée",
            ["Centre national du cinéma et de l'image animée", "CNC"],
        ),
        # a foreign body's French name spells no acronym: lower-case words with no verb
        (
            "La Commission australienne de la concurrence et de la consommation (ACCC) a "
            "précisé que le préjudice avait doublé.",
            "Commission australienne de la concurrence et de la consommation",
            ["Commission australienne de la concurrence et de la consommation", "ACCC"],
        ),
        # a complement after a comma, and capitalised words after a particle, still spell it
        (
            "La Direction générale de la concurrence, de la consommation et de la répression "
            "des fraudes (DGCCRF) a été saisie.",
            "Direction générale de la concurrence, de la consommation et de la répression "
            "des fraudes",
            [
                "Direction générale de la concurrence, de la consommation et de la répression "
                "des fraudes",
                "DGCCRF",
            ],
        ),
        (
            "J'ai écrit au directeur de la Caisse d'Assurance Retraite et de la Santé au "
            "Travail (Carsat) de Tourcoing, dit-il.",
            "Caisse d'Assurance Retraite et de la Santé au Travail",
            ["Caisse d'Assurance Retraite et de la Santé au Travail", "Carsat"],
        ),
        (
            "L'Union nationale pour l'habitat des jeunes (UNHAJ) juge la hausse alarmante.",
            "Union nationale pour l'habitat des jeunes",
            ["Union nationale pour l'habitat des jeunes", "UNHAJ"],
        ),
        # every later occurrence of the acronym, also with the sentence's period stuck to it
        (
            "Santé publique France (SpF) publie les chiffres. Les données viennent de SpF.",
            "Santé publique France",
            ["Santé publique France", "SpF", "SpF."],
        ),
        (
            "La FCPE, première fédération de parents d'élèves, appelle à la grève. "
            "Selon la FCPE, la réforme divise.",
            "FCPE",
            ["FCPE", "FCPE"],
        ),
        # the short form first, then the name with its adjective
        (
            "Le compromis de la Commission a échoué, a dit la présidente de la Commission "
            "européenne.",
            "Commission européenne",
            ["Commission", "Commission européenne"],
        ),
        (
            "Le journal Le Monde a enquêté. Il a déclaré au Monde que rien ne change.",
            "Le Monde",
            ["Monde"],
        ),
        ("La toile s'était vendue chez Christie's à Londres.", "Christie's", ["Christie's"]),
        # the acronym alone first, the article spells it out later
        (
            "Les policiers de la BRI sont intervenus, rapporte Le Point. Les policiers de la "
            "brigade de recherche et d'intervention (BRI) de la PJ ont constaté les faits.",
            "brigade de recherche et d'intervention",
            ["BRI", "brigade de recherche et d'intervention", "BRI"],
        ),
        # initials with the name's article
        (
            "LFI revient à la charge samedi. La France insoumise a déposé une motion, indique LFI.",
            "La France insoumise",
            ["LFI", "LFI"],
        ),
        # a stray space after an elision
        (
            "Le Conseil d' État parle d'une mesure disproportionnée. Le Conseil d'État a tranché.",
            "Conseil d'État",
            ["Conseil d' État", "Conseil d'État"],
        ),
        (
            "Le jeune Warren Zaïre-Emery a brillé samedi. Le milieu Zaïre-Emery, 17 ans, a "
            "ensuite marqué.",
            "Warren Zaïre-Emery",
            ["Warren Zaïre-Emery", "Zaïre-Emery"],
        ),
        # names of one party that share no word (data: organisation_variants.json)
        (
            "Côté Républicains, la candidate est sortante. Le président de LR l'a soutenue.",
            "Républicains",
            ["Républicains", "LR"],
        ),
        (
            "Le FN a gagné la ville en 2014. Le Rassemblement national veut la garder.",
            "Rassemblement national",
            ["FN", "Rassemblement national"],
        ),
        (
            "La liste du Parti socialiste et du Parti communiste est en tête. La tête de liste "
            "EELV-PS-PCF Pierre Hurmic est deuxième.",
            "Parti communiste",
            ["Parti communiste", "PCF"],
        ),
        # a listed form behind a capitalised article: 'Les Verts' opening a sentence
        (
            "Les Verts ont investi un candidat. EELV a confirmé ce choix lundi.",
            "Les Verts",
            ["Les Verts", "EELV"],
        ),
    ],
)
def test_one_actor_per_real_world_actor(nlp, text, name, named):
    actors = actors_of(nlp, text)
    assert name in actors, list(actors)
    texts = mention_texts(text, actors[name])
    assert [t for t in texts if not t.lower().startswith(("le ", "la ", "l'"))] == named
    assert len([a for a in actors.values() if set(named) & set(mention_texts(text, a))]) == 1


def test_a_regional_body_is_not_joined_to_another_region_s_acronym(nlp):
    text = (
        "Selon l'ARS, le directeur de l'ARS a confirmé. L'Agence régionale de santé (ARS) du "
        "Centre-Val de Loire a annoncé lundi des tests."
    )
    actors = actors_of(nlp, text)
    assert mention_texts(text, actors["ARS"]) == ["ARS", "ARS"]
    assert mention_texts(text, actors["Agence régionale de santé"]) == [
        "Agence régionale de santé",
        "ARS",
    ]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Le Pentagone a indiqué dans un communiqué qu'il était prématuré de spéculer.",
            "Pentagone",
            "organization",
        ),
        ("L'Elysée suit le dossier de près.", "Elysée", "organization"),
        ("Le Kremlin a démenti.", "Kremlin", "organization"),
        ("Selon la Maison Blanche, rien n'est décidé.", "Maison Blanche", "organization"),
        ("A Beauvau, on assure que les renforts resteront.", "Beauvau", "organization"),
        (
            "Le ministère de la Sécurité intérieure a prévu une conférence.",
            "ministère de la Sécurité intérieure",
            "organization",
        ),
        (
            "Le ministère chinois des Affaires étrangères a convoqué l'ambassadeur.",
            "ministère chinois des Affaires étrangères",
            "organization",
        ),
        (
            "Selon l'ONG Pueblos Sin Fronteras, qui voyage avec les migrants, la caravane avance.",
            "Pueblos Sin Fronteras",
            "organization",
        ),
        ("Samedi, Sochaux s'est incliné à domicile face à Nancy (1-2).", "Sochaux", "organization"),
        (
            "Ils ont fui les combats contre les rebelles du M23 autour de Goma.",
            "M23",
            "organization",
        ),
        (
            "La Monusco, la mission de l'ONU dans le pays, a renforcé ses positions.",
            "Monusco",
            "organization",
        ),
        ("Le président américain Donald Trump a répété ses menaces.", "Donald Trump", "person"),
        (
            "Le directeur général de l'OMS, Tedros Adhanom Ghebreyesus, a parlé.",
            "Tedros Adhanom Ghebreyesus",
            "person",
        ),
        # a type noun before the name, also with words between them or a comma
        (
            "La jeune pousse parisienne Lumeo a levé 220 millions d'euros. Lumeo emploie "
            "180 personnes.",
            "Lumeo",
            "organization",
        ),
        (
            "Claudia Sheinbaum, candidate du parti au pouvoir Morena, a gagné.",
            "Morena",
            "organization",
        ),
        ("Le géant taïwanais des semi-conducteurs TSMC a rassuré.", "TSMC", "organization"),
        (
            "Selon son distributeur, Pyramide Lumière, le film a séduit.",
            "Pyramide Lumière",
            "organization",
        ),
        (
            "L'étude est publiée dans la revue Nature Geoscience.",
            "Nature Geoscience",
            "organization",
        ),
        (
            "Yves Le Roux, du groupe Lorient en commun, a voté contre.",
            "Lorient en commun",
            "organization",
        ),
        ("Les Amis de la Terre et Survie poursuivent le groupe.", "Survie", "organization"),
        (
            "Sur place, la Croix-Rouge française a ouvert trois centres.",
            "Croix-Rouge française",
            "organization",
        ),
        (
            "Le prix Goncourt est décerné par l'académie Goncourt.",
            "académie Goncourt",
            "organization",
        ),
        (
            "Elle a été opérée à l'hôpital universitaire de la Paix.",
            "hôpital universitaire de la Paix",
            "organization",
        ),
        (
            "L'office de tourisme du Pays de Salers reçoit des appels.",
            "office de tourisme du Pays de Salers",
            "organization",
        ),
        # a person the NER missed: after a title, or given an age
        (
            "Le Premier ministre Ariel Henry a assuré vendredi que l'aide arrivait.",
            "Ariel Henry",
            "person",
        ),
        # the tagger read a word of the name as no proper noun (orangesum-y, -g)
        (
            "En Bulgarie, l'enseignant Iliyan Markov se rend trois fois par semaine chez eux.",
            "Iliyan Markov",
            "person",
        ),
        (
            "Le 27 juin dernier, le juge Van Ruymbeke a terminé son enquête sur le patrimoine.",
            "Van Ruymbeke",
            "person",
        ),
        # a first name joined by 'et' to a full name (orangesum-h)
        (
            "Le juge a prononcé un non-lieu pour les parents de Grégory, Christine et Jean-Marie "
            "Villemin.",
            "Christine",
            "person",
        ),
        ("Sous une couverture de survie, Nadia, 38 ans, tremble.", "Nadia", "person"),
        ("« On attend », lançait Mirlande, 34 ans, vendeuse de rue.", "Mirlande", "person"),
        ("Le texte est contesté, a déclaré la CGT.", "CGT", "organization"),
        ("Marine Le Pen (RN) et Jean-Luc Mélenchon (LFI) ont réagi.", "Marine Le Pen", "person"),
        ("Le PSG affrontera Manchester City mardi.", "Manchester City", "organization"),
        # counter-examples: 'de' before the name, a person named after a title
        ("L'entreprise de Jean Dupont a fait faillite.", "Jean Dupont", "person"),
        (
            "La formation politique du président Emmanuel Macron a gagné.",
            "Emmanuel Macron",
            "person",
        ),
        (
            "Le député LFI de Seine-Saint-Denis Yanis Berkane a regretté le vote.",
            "Yanis Berkane",
            "person",
        ),
        # a first name alone, read once as an organisation and twice as a person
        (
            "Selon un ami qui s'est confié au Daily Mail, Sophie s'était installée à Londres. "
            "La famille avait engagé Sophie, une jeune fille. Mais Sophie n'était pas heureuse.",
            "Sophie",
            "person",
        ),
    ],
)
def test_actor_type(nlp, text, name, kind):
    actor = actors_of(nlp, text)[name]
    assert actor["type"] == kind


@pytest.mark.parametrize(
    "text, not_an_actor",
    [
        (
            "La ministre de la Culture, Rima Abdul Malak, s'est dite estomaquée.",
            "ministre de la Culture",
        ),
        (
            "Le ministre délégué chargé des Comptes publics, Gabriel Attal, a rappelé la règle.",
            "Comptes publics",
        ),
        ("Le PSG se rendra à Newcastle pour la Ligue des champions.", "Ligue des champions"),
        ("La sixième étape du Tour de France a souri au Slovène.", "Tour de France"),
        ("Les migrants sont arrivés à Mexico.", "Mexico"),
        # acronyms of things, not of organisations
        ("Il repère les signes d'accident vasculaire cérébral (AVC).", "AVC"),
        ("Le produit intérieur brut (PIB) a progressé de 0,2 %.", "PIB"),
        ("Les ventes de SUV reculent en Europe.", "SUV"),
        # real-news gold: incapacity, loan, network (orangesum-c, -g, -zu, -zv)
        ("L'élu s'est vu prescrire 5 jours d'ITT (interruption temporaire de travail).", "ITT"),
        ("Il attend toujours le prêt garanti par l'Etat (PGE) de 320 millions.", "PGE"),
        ("Sauf ceux utilisant un réseau privé virtuel (VPN).", "VPN"),
        (
            "Le député LFI de Seine-Saint-Denis Yanis Berkane a regretté le vote.",
            "Seine-Saint-Denis",
        ),
        ("« C'est fini », a souri le Belge au micro de Canal+.", "Belge"),
        ("Il rappelle l'objectif de l'accord de Paris.", "Paris"),
        ("Le coordinateur de l'OIM pour le Darfour a parlé.", "OIM pour le Darfour"),
        ("La banque Crédit agricole et BNP Paribas ont prêté.", "Crédit agricole et BNP Paribas"),
        ("Le gang est dirigé par Jimmy Chérizier, alias « Barbecue ».", "Barbecue"),
        ("L'action a signé la plus forte hausse du SBF 120.", "SBF"),
        # lower-case words that spell an acronym, not from an organisation noun
        ("Le produit intérieur brut (PIB) a progressé de 0,2 %.", "produit intérieur brut"),
        ("Sur la RN 12, les tracteurs ont convergé.", "RN 12"),
        ("Le Sénat américain a voté le texte.", "Sénat américain"),
        (
            "L'Etat versera 2 M€ au titre de la dotation de soutien à l'investissement local "
            "(DSIL).",
            "DSIL",
        ),
        # an acronym of a thing, also where the NER reads a person
        (
            'Il a ordonné de "reprendre leurs opérations (offensives, NDLR) contre l\'ennemi".',
            "NDLR",
        ),
        # a service written in lower case, without its acronym (real-news gold)
        ("Une enquête a été confiée à la brigade financière.", "brigade financière"),
        ("Le parquet national financier a ouvert une enquête.", "parquet national financier"),
        ("Elle appuie la police aux frontières en Guyane.", "police aux frontières"),
        # a French word opening a sentence or an intertitle, capitalised nowhere else
        (
            "Les 15 ont été libérés sous caution.Prié par le tribunal de dire s'il comprenait "
            "les accusations, il a répondu.",
            "Prié",
        ),
        (
            "Hausses de salairesInterpellé lors d'une visite, Emmanuel Macron a promis.",
            "Interpellé",
        ),
        # a consultation named after the ministry's street
        (
            'Une consultation baptisée "Ségur de la santé" a promis "des mesures d\'ampleur".',
            "Ségur",
        ),
    ],
)
def test_not_an_actor(nlp, text, not_an_actor):
    assert not_an_actor not in actors_of(nlp, text)


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "Le président américain Donald Trump a répété ses menaces.",
            "Donald Trump",
            "président américain",
        ),
        ("Jean Dupont, maire de Lyon, a dénoncé la décision.", "Jean Dupont", "maire de lyon"),
        (
            "La ministre de la Santé, Agnès Buzyn, a annoncé une enveloppe.",
            "Agnès Buzyn",
            "ministre de la santé",
        ),
        (
            "L'ancien Premier ministre Jean-Pierre Raffarin fait partie du voyage.",
            "Jean-Pierre Raffarin",
            "ancien premier ministre",
        ),
        (
            "Le maire (LR) de Nîmes, Jean-Paul Fournier, a réclamé des moyens.",
            "Jean-Paul Fournier",
            "maire de nîmes",
        ),
        (
            "Le chancelier allemand Olaf Scholz et le président polonais Andrzej Duda sont venus.",
            "Andrzej Duda",
            "président polonais",
        ),
        ("Selon l'ONG Pueblos Sin Fronteras, la caravane avance.", "Pueblos Sin Fronteras", "ong"),
        # lower-case 'institut' before a name is a type ('l'Institut Pasteur' is a name)
        ("Selon un sondage de l'institut Ifop, le oui l'emporte.", "Ifop", "institut"),
        ("Le groupe danois Maersk a dérouté sa flotte.", "Maersk", "groupe danois"),
        (
            "La Federal Aviation Administration (FAA), le régulateur américain, a réagi.",
            "Federal Aviation Administration",
            "régulateur américain",
        ),
        (
            "Julien Darras, infirmier et porte-parole du collectif, a parlé.",
            "Julien Darras",
            "porte-parole du collectif",
        ),
    ],
)
def test_titles(nlp, text, name, title):
    assert title in actors_of(nlp, text)[name]["titles"]


def test_a_title_belongs_to_the_nearest_name_only(nlp):
    text = "Le chancelier allemand Olaf Scholz et le président polonais Andrzej Duda sont venus."
    actors = actors_of(nlp, text)
    assert actors["Andrzej Duda"]["titles"] == ["président polonais"]
    assert actors["Olaf Scholz"]["titles"] == ["chancelier allemand"]


@pytest.mark.parametrize(
    "text, name, alias, title",
    [
        (
            "Une opération a été menée à l'hôpital Saint-Jacques à Rezé.",
            "hôpital Saint-Jacques",
            "Saint-Jacques",
            "hôpital",
        ),
        (
            "Il a été transporté à l'hôpital de la Pitié-Salpêtrière, où il est mort.",
            "hôpital de la Pitié-Salpêtrière",
            "Pitié-Salpêtrière",
            "hôpital",
        ),
        ("Le lycée Rascol à Albi a fermé ses portes.", "lycée Rascol", "Rascol", "lycée"),
        (
            "Les élèves du collège Pierre-Puget ont manifesté.",
            "collège Pierre-Puget",
            "Pierre-Puget",
            "collège",
        ),
    ],
)
def test_a_building_s_own_name_is_an_alias(nlp, text, name, alias, title):
    # gold and news use 'Saint-Jacques' alone as often as 'l'hôpital Saint-Jacques'
    actor = actors_of(nlp, text)[name]
    assert alias in actor["aliases"]
    assert title in actor["titles"]


def test_a_school_named_after_its_town_is_no_actor(nlp):
    text = "Les élèves du collège de Dinan sont venus."
    assert not actors_of(nlp, text)
    assert [place["name"] for place in nlp(text)._.places] == ["Dinan"]


def test_a_described_actor_gets_the_mention(nlp):
    text = (
        "Le président américain Donald Trump a parlé. "
        '"Faites demi-tour", a tweeté le président américain lundi.'
    )
    trump = actors_of(nlp, text)["Donald Trump"]
    assert "le président américain" in mention_texts(text, trump)


@pytest.mark.parametrize(
    "title, expected",
    [
        ("le président américain", "Donald Trump"),
        ("le président", "Donald Trump"),  # head match, one candidate
        ("la ministre", "Agnès Buzyn"),
        ("la ministre de la Santé", "Agnès Buzyn"),
        ("le maire de Lyon", "Jean Dupont"),
        ("le patron de Renault", None),  # names someone else: no guess
    ],
)
def test_find_actor_by_title(nlp, title, expected):
    text = (
        "Le président américain Donald Trump a parlé. La ministre de la Santé, Agnès Buzyn, "
        "a répondu. Jean Dupont, maire de Lyon, a réagi. La suite est attendue."
    )
    doc = nlp(text)
    actor = find_actor_by_title(doc, title, len(text) - 5)
    assert (actor["name"] if actor else None) == expected


def test_find_actor_by_title_falls_back_on_the_main_person(nlp):
    text = (
        "Le président américain Donald Trump a répété ses menaces. Trump a tweeté lundi. "
        "Puis le milliardaire républicain a encore parlé."
    )
    doc = nlp(text)
    actor = find_actor_by_title(doc, "le milliardaire républicain", text.index("Puis"))
    assert actor is not None and actor["name"] == "Donald Trump"


@pytest.mark.parametrize(
    "gender, expected",
    [(None, "Jean Dupont"), ("Fem", "Agnès Buzyn"), ("Masc", "Jean Dupont")],
)
def test_find_person_before(nlp, gender, expected):
    text = "La ministre de la Santé, Agnès Buzyn, a répondu. M. Jean Dupont a réagi. Elle a dit."
    doc = nlp(text)
    assert find_person_before(doc, text.index("Elle"), gender)["name"] == expected


SEED_ACTORS = [
    ("Wall Street Journal", "organization", []),
    ("Pentagone", "organization", []),
    ("ministère de la Sécurité intérieure", "organization", []),
    ("Donald Trump", "person", ["président américain", "milliardaire républicain"]),
    ("Garde nationale", "organization", []),
    ("Pueblos Sin Fronteras", "organization", ["ong"]),
]


def test_seed_actors(seed_record, seed_text):
    got = [(a["name"], a["type"], a["titles"]) for a in seed_record["actors"]]
    assert got == SEED_ACTORS
    for actor in seed_record["actors"]:
        for mention in actor["mentions"]:
            assert seed_text[mention["start"] : mention["end"]] == mention["text"]
    trump = seed_record["actors"][3]
    assert {"Donald Trump", "le président américain", "le milliardaire républicain"} <= {
        m["text"] for m in trump["mentions"]
    }


@pytest.mark.parametrize("text", ["", "   ", "🙂 M. (", "Mme", "(OMS)", "L'ONG", "x" * 3000])
def test_odd_input_does_not_crash(nlp, text):
    assert isinstance(nlp(text)._.actors, list)


@pytest.mark.parametrize(
    "text, pet",
    [
        ("Il s'agit d'un berger malinois de 3 ans prénommé \"Loubo\". L'acteur l'adore.", "Loubo"),
        ("La mort de sa doberman Gala l'a profondément affecté.", "Gala"),
        ("Le lion Simba est né au zoo de Beauval.", "Simba"),
    ],
)
def test_a_pet_is_no_actor(nlp, text, pet):
    assert pet not in actors_of(nlp, text)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Le chien de Paul Martin a aboyé.", "Paul Martin"),
        ("Le berger Jean Dupont garde ses moutons à Gap.", "Jean Dupont"),
    ],
)
def test_a_person_near_an_animal_s_noun_stays_an_actor(nlp, text, person):
    assert actors_of(nlp, text)[person]["type"] == "person"


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Marine Le Pen a désigné son dauphin Jordan Bardella pour mener la liste.",
            "Jordan Bardella",
        ),
        ("Le loup solitaire Mohamed Merah avait agi seul.", "Mohamed Merah"),
        ("L'éléphant socialiste Jack Lang a salué la décision.", "Jack Lang"),
        ("Un lion de la politique, Paul Durand, a pris la parole.", "Paul Durand"),
    ],
)
def test_a_person_given_an_animal_s_name_as_a_figure_stays_a_person(nlp, text, person):
    assert actors_of(nlp, text)[person]["type"] == "person"


@pytest.mark.parametrize(
    "text, not_a_person",
    [
        ("Le tribunal de Florence a condamné mardi l'ancien maire.", "Florence"),
        ("Le parquet de Florence a ouvert une enquête.", "Florence"),
    ],
)
def test_a_town_named_like_a_first_name_after_an_institution_is_no_person(nlp, text, not_a_person):
    actors = actors_of(nlp, text)
    assert actors.get(not_a_person, {}).get("type") != "person", list(actors)


def test_a_party_is_cut_before_its_leader(nlp):
    actors = actors_of(nlp, "Le Rassemblement national de Marine Le Pen arrive en tête.")
    assert actors["Marine Le Pen"]["type"] == "person"


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a first name given an age in apposition is a person
        ("Mirlande, une mère de famille de 34 ans, vend des légumes.", "Mirlande", "person"),
        ("Nadia (38 ans) tremble sous sa couverture.", "Nadia", "person"),
        # a town that is beaten is its club, as the town that wins
        ("Rennes a battu Nantes (2-1) dimanche.", "Nantes", "organization"),
        # proper nouns the NER leaves untyped: a person named elsewhere with 'M.', or given
        # a title in apposition
        (
            "Vladimir Poutine a reçu Recep Tayyip Erdogan. M. Erdogan a promis une médiation.",
            "Recep Tayyip Erdogan",
            "person",
        ),
        (
            "Vladimir Poutine a parlé avec Recep Tayyip Erdogan, président turc, lundi.",
            "Recep Tayyip Erdogan",
            "person",
        ),
        # one name is enough after a monarch's or a pope's title
        (
            "Le pape François a célébré la messe à Marseille devant 50.000 fidèles.",
            "François",
            "person",
        ),
        ("Le prince William est arrivé à Paris.", "William", "person"),
        # newspapers named after their region
        ("Le maire a démenti, a rapporté Corse-Matin.", "Corse-Matin", "organization"),
        (
            "Dans un entretien au Journal de Saône-et-Loire, il a confirmé.",
            "Journal de Saône-et-Loire",
            "organization",
        ),
        # a score glued to a club's name is not part of it
        ("L'OM a battu l'OL 3-0 au Vélodrome.", "OL", "organization"),
        # a type noun in the plural, or with 'un', types the name after it
        (
            "Il est accusé d'avoir créé les milices Interahamwe, bras armés du génocide.",
            "Interahamwe",
            "organization",
        ),
        (
            "La guerre oppose les rebelles Houthis, soutenus par l'Iran, au gouvernement.",
            "Houthis",
            "organization",
        ),
        ("Selon un sondage Civey, un Allemand sur quatre comprend.", "Civey", "organization"),
        (
            "Les 60 personnes travaillant à l'abattoir Tradival ont été testées.",
            "Tradival",
            "organization",
        ),
        (
            "Elle suit les collages via un groupe Whatsapp, comme ses collègues.",
            "Whatsapp",
            "organization",
        ),
        # a French word opening a sentence stays a name where the article also writes it
        # capitalised inside a sentence
        (
            "Victoire a tout vu depuis sa fenêtre. Selon Victoire, 42 ans, le feu a pris vite.",
            "Victoire",
            "person",
        ),
        # after a type noun, a name whose surname the article gives with 'M.' is a person's
        (
            'Il est secouru par le président du club Sébastien Dassé, secouriste. "Il va '
            'bien", a indiqué M. Dassé.',
            "Sébastien Dassé",
            "person",
        ),
        # a plural type noun in a complement types nothing
        ("Parmi eux le magnat des médias Jimmy Lai, 72 ans, est arrêté.", "Jimmy Lai", "person"),
    ],
)
def test_actor_type_from_context(nlp, text, name, kind):
    actors = actors_of(nlp, text)
    assert name in actors, list(actors)
    assert actors[name]["type"] == kind


def test_a_paper_of_its_own_is_not_the_short_form_of_a_longer_title(nlp):
    text = "Le Monde diplomatique publie une enquête. Le Monde a aussi publié un article."
    actors = actors_of(nlp, text)
    assert {"Le Monde diplomatique", "Le Monde"} <= set(actors), actors


def test_the_first_words_of_a_name_stand_for_it(nlp):
    text = "Le Canard Enchaîné révèle l'affaire. Selon Le Canard, le ministre savait."
    actors = actors_of(nlp, text)
    assert len(actors["Le Canard Enchaîné"]["mentions"]) == 2, actors


def test_a_surname_listed_next_to_companies_stays_the_person(nlp):
    text = "Pierre Dupont a parlé lundi. Dupont, Total et Engie ont signé l'accord."
    actors = actors_of(nlp, text)
    assert actors["Pierre Dupont"]["type"] == "person"
    assert len(actors["Pierre Dupont"]["mentions"]) == 2, actors
    assert "Dupont" not in actors


def test_a_person_credited_after_a_quote_stays_a_person(nlp):
    text = "« C'est une honte » (Marine Le Pen), « un jour triste » (Jean-Luc Mélenchon)."
    actors = actors_of(nlp, text)
    assert actors["Marine Le Pen"]["type"] == "person", actors
    assert actors["Jean-Luc Mélenchon"]["type"] == "person", actors


def test_find_actor_by_title_skips_a_title_the_actor_is_the_complement_of(nlp):
    """ "Me X, avocat de Marcel Jacob": "avocat de" read before Marcel Jacob is his lawyer's
    title; a later "l'avocat" is not the client."""
    text = "Marcel Jacob va mal. Un recours est annoncé. L'avocat demande une audience."
    doc = nlp(text)
    client = next(a for a in doc._.actors if a["name"] == "Marcel Jacob")
    client["titles"] = ["avocat de"]
    assert find_actor_by_title(doc, "l'avocat", text.index("L'avocat"), fallback=False) is None
    client["titles"] = ["avocat"]  # the article calls him a lawyer: he is
    found = find_actor_by_title(doc, "l'avocat", text.index("L'avocat"), fallback=False)
    assert found is client


def test_an_english_honorific_opens_a_surname_of_the_person_named_in_full(nlp):
    text = "Carlos Ghosn a fui le Japon. Selon son avocat, Mr Ghosn est innocent. Mr Ghosn a parlé."
    actors = actors_of(nlp, text)
    assert "Mr Ghosn" not in actors
    assert mention_texts(text, actors["Carlos Ghosn"]).count("Ghosn") == 2


@pytest.mark.parametrize(
    "text, name, other",
    [
        (
            "Selon l'AFP, la Direction générale de la Santé (DGS) a publié son bilan.",
            "AFP",
            "Direction générale de la Santé",
        ),
        (
            "L'étude est parue dans Nature Geoscience par une équipe de l'Institut des "
            "géosciences de l'environnement (IGE).",
            "Nature Geoscience",
            "Institut des géosciences de l'environnement",
        ),
    ],
)
def test_a_name_before_another_body_s_acronym_does_not_run_into_it(nlp, text, name, other):
    actors = actors_of(nlp, text)
    assert other in actors and not any(name in actor and actor != name for actor in actors)
