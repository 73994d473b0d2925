"""components.entities.boundaries and .acronyms: where a name starts and ends on real copy."""

from __future__ import annotations

import pytest


def names(nlp, text: str) -> tuple[dict[str, str], set[str]]:
    doc = nlp(text)
    for entity in doc._.actors + doc._.places:
        for start, end in entity["mentions"]:
            assert doc.text[start:end]
    return {a["name"]: a["type"] for a in doc._.actors}, {p["name"] for p in doc._.places}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a credit glued to a name: the agency and the person
        (
            "« C'est effrayant », confie à l'AFP Lorraine McDermott, habitante de Myconos.",
            {"AFP": "organization", "Lorraine McDermott": "person"},
        ),
        # a credit glued to a first name given an age (orangesum-g os-10410)
        (
            '"Tu ne peux rien faire avec", explique à l\'AFP Iouri, 35 ans, qui repart.',
            {"AFP": "organization", "Iouri": "person"},
        ),
        # a capitalised 'Du' inside a sentence opens the name (orangesum-k os-10629)
        (
            "Entré en fonctions en février, Du Wei a été retrouvé mort dans sa villa.",
            {"Du Wei": "person"},
        ),
        # a minister's portfolio glued to the name
        (
            "« Nous prenons des mesures », a annoncé le ministre de la Défense Mark Esper.",
            {"Mark Esper": "person"},
        ),
        # a secretary of state's portfolio, which the NER reads as a place
        (
            '"Il faudra créer un fonds", a réagi mardi sur BFMTV le secrétaire d\'Etat aux '
            "Transports Jean-Baptiste Djebbari.",
            {"Jean-Baptiste Djebbari": "person"},
        ),
        # an institution's name ending in an adjective, then its spokesman's name
        (
            '"Il mène une vie normale", a expliqué le porte-parole du ministère chinois des '
            "Affaires étrangères Zhao Lidjian au cours d'un point de presse.",
            {
                "ministère chinois des Affaires étrangères": "organization",
                "Zhao Lidjian": "person",
            },
        ),
    ],
)
def test_names_glued_to_a_credit_or_a_portfolio(nlp, text, expected):
    actors, places = names(nlp, text)
    for name, kind in expected.items():
        assert actors.get(name) == kind, actors
    assert not any("Défense" in name or name.startswith("AFP ") for name in actors)
    assert not any(name.endswith(" Zhao Lidjian") for name in actors)
    assert not any("Transports" in name for name in set(actors) | places)


@pytest.mark.parametrize(
    "text",
    [
        "IL Y AVAIT ENCORE DE LA MUSIQUE À L'ARRIVÉE DES GENDARMES\nLa fête a duré deux jours.",
        "Il l'a écrit. « IL S'EST PASSÉ QUELQUE CHOSE D'EXTRÊMEMENT BRUTAL » L'enquête suit.",
        # a heading's first word in capitals is no credit before a name (orangesum-zo, -r)
        'Il se défend. "C\'ÉTAIT LA PREMIÈRE FOIS QUE JE LA VOYAIS"Cet ancien maître-chien '
        '"ne sait pas", a-t-il dit.',
        "Le chien a vomi. LES RECHERCHES DANS UN LAC SE POURSUIVENTPar ailleurs, le suspect a "
        "reçu sa mère.",
    ],
)
def test_headings_in_capitals_are_no_names(nlp, text):
    actors, places = names(nlp, text)
    assert not [n for n in [*actors, *places] if n.isupper() and len(n) > 1]


def test_a_country_glued_to_a_first_name(nlp):
    _actors, places = names(nlp, "En 1986, ils rencontrent au Sénégal Babacar, un jeune garçon.")
    assert "Sénégal" in places
    assert "Sénégal Babacar" not in places


def test_a_region_glued_to_a_person_s_full_name(nlp):
    # orangesum-n os-10777: the NER read 'région Grand Est Josiane Chevalier' as one place
    actors, places = names(
        nlp,
        "Deux personnes ont choisi cette option, a indiqué la préfète de la région Grand Est "
        "Josiane Chevalier. Lors de la cartographie, rien n'a changé.",
    )
    assert actors.get("Josiane Chevalier") == "person"
    assert not any("Grand Est" in name for name in actors)
    assert not any("Chevalier" in name for name in places)


def test_a_first_name_that_is_also_a_country_opens_the_name_after_a_comma(nlp):
    # orangesum-zo os-10663: 'Dominique' is also la Dominique, the island country
    actors, places = names(
        nlp,
        "Tous les lundis et jeudis, Dominique Lagrou Sempere livrera en plateau des "
        "informations pratiques.",
    )
    assert actors.get("Dominique Lagrou Sempere") == "person"
    assert "Dominique" not in places


def test_de_after_a_rank_belongs_to_the_surname(nlp):
    # orangesum-zb os-10705, -zt os-11176: the gold names him 'de Gaulle'
    actors, _ = names(
        nlp,
        "Il tente d'invoquer la figure d'un de Gaulle qu'il n'est pas. Les commémorations au "
        "général de Gaulle sont des mises en scène. L'avocat de Mohamed a protesté.",
    )
    assert actors.get("de Gaulle") == "person" and "Gaulle" not in actors
    assert "Mohamed" in actors  # 'de' after a relation's noun is a complement


def test_a_radio_named_after_a_region_is_not_split(nlp):
    actors, _places = names(
        nlp, "Ils sont basés à Tourcoing (Nord), rapporte France Bleu Nord ce lundi."
    )
    assert "Nord" not in actors


def test_a_weekday_glued_to_a_known_newspaper(nlp):
    text = "Il a volé des outils, rapporte La Provence samedi 29 juillet."
    actors, _ = names(nlp, text)
    assert "La Provence" in actors and "La Provence samedi" not in actors


@pytest.mark.parametrize(
    "text, name",
    [
        # orangesum-zza os-10972: a date after the paper the NER ran into
        (
            "Deux adolescents ont été interpellés, rapporte Le Progrès dimanche 30 juin.",
            "Le Progrès",
        ),
        # orangesum-zza os-11178: a date after a long name
        (
            "L'épidémie a fait 483 victimes, a annoncé la Direction générale de la santé"
            " dimanche 17 mai.",
            "Direction générale de la santé",
        ),
    ],
)
def test_a_date_after_a_name_is_cut_from_it(nlp, text, name):
    actors, _ = names(nlp, text)
    assert name in actors and not any("dimanche" in other for other in actors)


def test_a_mark_after_a_known_name_is_no_part_of_it(nlp):
    # orangesum-zw os-10332: French typography spaces the exclamation mark
    actors, _ = names(nlp, "On est loin du romantisme affiché sur M6 !")
    assert list(actors) == ["M6"]


def test_an_aside_dash_ends_a_name(nlp):
    # orangesum-z os-10195: the dash that opens an aside is glued to the name
    text = "Un point commun avec Emmanuel Macron- l'ex-élu LR passé à LREM croit en une voie."
    actors, _ = names(nlp, text)
    assert "Emmanuel Macron" in actors and not any("-" in name for name in actors)


def test_a_score_in_words_is_cut_from_the_name(nlp):
    text = "Les Bleus ont remporté la Coupe du monde en battant la Croatie 4 à 2 à Moscou."
    doc = nlp(text)
    names = [a["name"] for a in doc._.actors] + [p["name"] for p in doc._.places]
    assert "Croatie 4" not in names and "Croatie" in names


@pytest.mark.parametrize(
    "text, name",
    [
        # a weekday that opens the sentence, glued by the NER to the name after it
        (
            '"Si je suis la plus à même, je serai prête".Vendredi Ségolène Royal avait '
            "vertement répondu à Emmanuel Macron qui fustigeait les discours politiques.",
            "Ségolène Royal",
        ),
        ("Le débat continue. Mardi Jean Castex a reçu les syndicats à Paris.", "Jean Castex"),
        ("L'affaire est relancée. Hier Marine Le Pen a dénoncé un piège.", "Marine Le Pen"),
    ],
)
def test_a_weekday_opening_the_sentence_is_no_part_of_the_name(nlp, text, name):
    actors, _ = names(nlp, text)
    assert actors.get(name) == "person", actors
    assert not any(n.split()[0] in ("Vendredi", "Mardi", "Hier") for n in actors), actors


def test_a_first_name_the_ner_reads_alone_as_a_work_opens_the_person_s_name(nlp):
    """'Marine' tagged MISC and 'Le Pen' PER (orangesum-zd os-10853): one person."""
    text = (
        "Aux manettes, le député des Pyrénées Orientales et ex-compagnon de Marine Le Pen, "
        "Louis Aliot, 50 ans, tentera de transformer ses bons scores."
    )
    actors, _ = names(nlp, text)
    assert actors.get("Marine Le Pen") == "person", actors
    assert "Le Pen" not in actors, actors


def test_a_person_s_name_cut_short_by_the_ner_takes_its_unknown_words(nlp):
    text = (
        "Le dalaï-lama a déclaré en mai 1995 Gedhun Choekyi Nyima réincarnation du Panchen "
        "Lama. Selon Pékin, Gedhun Choekyi Nyima a suivi l'éducation nationale."
    )
    doc = nlp(text)
    [actor] = [a for a in doc._.actors if a["name"].startswith("Gedhun")]
    assert actor["name"] == "Gedhun Choekyi Nyima" and actor["type"] == "person"
    assert [text[start:end] for start, end in actor["mentions"]] == ["Gedhun Choekyi Nyima"] * 2


def test_a_first_name_is_not_extended_over_french_words(nlp):
    actors, _ = names(nlp, "Hier soir, Fariba Adelkhah Samedi a parlé. Mme Adelkhah est partie.")
    assert "Fariba Adelkhah" in actors and "Fariba Adelkhah Samedi" not in actors


@pytest.mark.parametrize(
    "text, name",
    [
        # the full stop of a glued intertitle ('.- Antisémitisme -') is no part of the name
        (
            "Les faits se produiraient, selon le quotidien populaire Bild.- Antisémitisme -Le "
            "phénomène semble avoir pris de l'ampleur.",
            "Bild",
        ),
    ],
)
def test_a_name_ends_before_its_punctuation(nlp, text, name):
    doc = nlp(text)
    actors = {actor["name"]: actor for actor in doc._.actors}
    assert name in actors and name + "." not in actors
    for start, end in actors[name]["mentions"]:
        assert doc.text[start:end] == name


def test_a_name_after_the_verb_dit_is_a_person_not_a_nickname(nlp):
    doc = nlp(
        "« Nous utilisons des hôtels », a dit Mark Ghilarducci, directeur des services "
        "d'urgence du gouverneur de Californie."
    )
    assert {a["name"]: a["type"] for a in doc._.actors}.get("Mark Ghilarducci") == "person"


def test_a_nickname_after_dit_is_no_second_actor(nlp):
    doc = nlp('Le proxénète Dominique Alderweireld, dit "Dodo la Saumure", est accusé.')
    assert [a["name"] for a in doc._.actors] == ["Dominique Alderweireld"]


def test_a_hyphenated_surname_the_ner_cut_at_the_hyphen_is_whole(nlp):
    doc = nlp("Amiram Ben-Ouliel, 25 ans, a également été reconnu coupable par le tribunal.")
    assert [a["name"] for a in doc._.actors] == ["Amiram Ben-Ouliel"]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a quote mark after an initial, then the next paragraph (orangesum-r)
        ("Il l'a dit sur Radio J.\"Le gouvernement ment.", "Radio J", "organization"),
        # an elided article opens the paragraph glued to the name (orangesum-t)
        ("La direction de la SNCFL'ancien patron a parlé.", "SNCF", "organization"),
    ],
)
def test_a_name_ends_where_the_next_paragraph_is_glued(nlp, text, name, kind):
    actors, _ = names(nlp, text)
    assert actors == {name: kind}


def test_two_people_joined_by_a_hyphen_are_two_actors(nlp):
    """'le duel Benjamin Griveaux-Cédric Villani' (orangesum-t); 'Jean-Luc Mélenchon' is one."""
    actors, _ = names(nlp, "Le duel Benjamin Griveaux-Cédric Villani continue.")
    assert actors == {"Benjamin Griveaux": "person", "Cédric Villani": "person"}
    actors, _ = names(nlp, "Le chef Jean-Luc Mélenchon a parlé hier.")
    assert actors == {"Jean-Luc Mélenchon": "person"}


def test_a_credit_glued_to_a_first_name_given_a_person_s_noun(nlp):
    """ "a confié à l'AFP Aïcha, une mère de famille" (orangesum-u): the agency and the woman."""
    text = '"Notre maison nous a manqué", a confié à l\'AFP Aïcha, une mère de famille.'
    actors, _ = names(nlp, text)
    assert actors == {"AFP": "organization", "Aïcha": "person"}


def test_a_style_of_address_is_no_part_of_the_name(nlp):
    """'son Altesse royale la princesse Anne' (orangesum-u): the person is Anne."""
    text = (
        "Le mémorial a été inauguré en 2004 par son Altesse royale la princesse Anne, fille "
        "d'Elisabeth II. Il est dédié aux animaux."
    )
    actors, _ = names(nlp, text)
    assert actors == {"Anne": "person", "Elisabeth II": "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # an addressee agency glued to a name the tagger reads as a noun (orangesum-x os-10525)
        (
            '"Il est compétent", a estimé auprès de l\'AFP Suerie Moon, codirectrice de recherche.',
            {"AFP": "organization", "Suerie Moon": "person"},
        ),
        # a first name given a person's noun known by its inflection (orangesum-x os-10401)
        (
            "\"Voilà\", a déclaré à l'AFP Sébastien, un salarié, à la sortie de l'usine.",
            {"AFP": "organization", "Sébastien": "person"},
        ),
    ],
)
def test_an_agency_glued_to_the_person_it_heard(nlp, text, expected):
    actors, _ = names(nlp, text)
    assert actors == expected


@pytest.mark.parametrize(
    "text, person",
    [
        # orangesum-v os-10258
        (
            "Plus à droite, la présidente du Rassemblement national Marine Le Pen s'est "
            "interrogée sur la réforme.",
            "Marine Le Pen",
        ),
        # orangesum-w os-10651
        (
            "L'histoire aurait pu mal tourner, alerte le procureur de division du parquet de "
            "Charleroi Vincent Fiasse. Les braqueurs ont fui.",
            "Vincent Fiasse",
        ),
    ],
)
def test_a_title_s_body_glued_to_the_person_who_holds_it(nlp, text, person):
    """'la présidente du Rassemblement national Marine Le Pen': the title says a person comes;
    a first name after the body's name opens it."""
    actors, _ = names(nlp, text)
    assert actors.get(person) == "person"


def test_a_spelled_out_honorific_is_no_part_of_a_name_nor_a_name(nlp):
    """'Monsieur Ramadan' is Ramadan (orangesum-w os-10780); 'Monsieur,' said to someone is
    no one (orangesum-x os-10638)."""
    text = (
        "Tariq Ramadan a été entendu. Elle décrit les attentes de Monsieur Ramadan. "
        '"Votre réforme, Monsieur le Premier ministre, n\'est pas juste", dit Philippe Martinez.'
    )
    actors, _ = names(nlp, text)
    assert "Monsieur Ramadan" not in actors and "Monsieur" not in actors
    assert actors.get("Tariq Ramadan") == "person"


def test_a_nickname_keeps_its_honorific(nlp):
    """'un homme prénommé Monsieur Jo' (orangesum-q os-10288): no full name tells who he is."""
    text = "Un homme prénommé Monsieur Jo a acheté la toile. Monsieur Jo compte la vendre."
    actors, _ = names(nlp, text)
    assert actors.get("Monsieur Jo") == "person"


def test_a_first_name_that_is_a_french_word_opens_the_name(nlp):
    """'Marine | Le Pen' (orangesum-v os-10634): the NER leaves out a first name that French
    has as a noun."""
    text = '"Ces agissements doivent être condamnés". Marine Le Pen a dénoncé samedi la tentative.'
    actors, _ = names(nlp, text)
    assert actors == {"Marine Le Pen": "person"}


@pytest.mark.parametrize(
    "text, name, kept",
    [
        (
            "L'Unicef et plusieurs organisations non gouvernementales (ONG) ont dénoncé la "
            "situation.",
            "Unicef",
            "Unicef et plusieurs organisations non gouvernementales",
        ),
        (
            "Les consommateurs peuvent se renseigner auprès de l'UFC Que Choisir, selon le "
            "ministère.",
            "UFC Que Choisir",
            "Que Choisir",
        ),
        (
            "La décision du Conseil précédent a été annulée par le tribunal.",
            "Conseil",
            "Conseil précédent",
        ),
    ],
)
def test_a_name_does_not_swallow_its_neighbours(nlp, text, name, kept):
    actors, _ = names(nlp, text)
    assert name in actors and kept not in actors


def test_a_name_ends_before_a_subject_pronoun_the_ner_ran_on_to(nlp):
    doc = nlp(
        "Voici les 18 sites emblématiques en France qu'avec la Fondation du patrimoine nous "
        "allons aider cette année. Le président a conscience du problème."
    )
    names = {actor["name"] for actor in doc._.actors}
    assert "Fondation du patrimoine" in names
    assert not any("nous" in name for name in names)


@pytest.mark.parametrize(
    "text, party",
    [
        (
            "Samedi, le bureau exécutif d'Europe Écologie-Les Verts a annoncé avoir retiré son "
            "soutien. Le soutien d'EELV est fini.",
            "Europe Écologie-Les Verts",
        ),
        (
            "Le candidat Europe Écologie - Les Verts (EELV) à la mairie de Paris, David "
            "Belliard, a parlé.",
            "Europe Écologie - Les Verts",
        ),
    ],
)
def test_an_organisation_s_name_goes_on_after_a_hyphen_and_a_capitalised_article(nlp, text, party):
    doc = nlp(text)
    names = {a["name"]: a for a in doc._.actors if a["type"] == "organization"}
    assert list(names) == [party] and names[party]["aliases"] == ["EELV"]


def test_a_spaced_dash_between_two_names_joins_them_only_before_an_acronym(nlp):
    doc = nlp("Le ministre a rencontré le patron d'Air France-KLM - Les Echos le rapporte.")
    assert "Air France-KLM" in {actor["name"] for actor in doc._.actors}
    doc = nlp("Il est candidat Europe Écologie - Les Verts (EELV) à la mairie.")
    assert "Europe Écologie - Les Verts" in {actor["name"] for actor in doc._.actors}


def test_the_age_after_et_and_a_name_is_that_person_s(nlp):
    actors, places = names(
        nlp,
        "Les deux conducteurs, Florian Désoteux, 26 ans, demeurant à Commercy, et Anthony "
        "Wagner, 27 ans, demeurant à Laxou, cherchaient à se dépasser.",
    )
    assert "Commercy" in places and "Commercy" not in actors
    assert actors.get("Anthony Wagner") == "person"


def test_a_byline_with_surnames_in_capitals_names_no_actor(nlp):
    actors, places = names(
        nlp,
        "Lionel Jospin a traité le sujet hier soir au meeting de Tours.\n"
        "de Nicole COLLET et Chantal DIDIER",
    )
    assert set(actors) == {"Lionel Jospin"} and "Tours" in places
