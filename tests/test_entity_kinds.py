"""components.entities.kinds and .lookups: the kind of a name from the words around it."""

from __future__ import annotations

import pytest


def kinds(nlp, text: str) -> tuple[dict[str, str], set[str]]:
    doc = nlp(text)
    return {a["name"]: a["type"] for a in doc._.actors}, {p["name"] for p in doc._.places}


@pytest.mark.parametrize(
    "text, demonym",
    [
        ("« Tout est fermé », rappelle cette Irlandaise mariée à un Grec.", "Irlandaise"),
        (
            'Les colons vivent auprès de plus de 2,7 millions de Palestiniens. "Les Etats-Unis '
            "sont parties prenantes de ce plan\", a rétorqué auprès de l'AFP le négociateur en "
            "chef des Palestiniens, Saëb Erakat.",
            "Palestiniens",
        ),
        ("Les Islandaises et une Espagnole ont couru.", "Espagnole"),
    ],
)
def test_nationality_nouns_are_no_actors_and_no_places(nlp, text, demonym):
    actors, places = kinds(nlp, text)
    assert demonym not in actors and demonym not in places


@pytest.mark.parametrize(
    "text, organisation",
    [
        ("Côté Républicains, la candidate sortante est favorite.", "Républicains"),
        ("Le mandat d'arrêt d'Interpol a été levé.", "Interpol"),
    ],
)
def test_names_that_end_like_nationality_nouns_stay_organisations(nlp, text, organisation):
    actors, _ = kinds(nlp, text)
    assert actors.get(organisation) == "organization"


@pytest.mark.parametrize(
    "text, person",
    [
        ("Ce témoignage, c'est celui de Rama, une femme d'origine sénégalaise.", "Rama"),
        # a first name that is also a town, after a kinship noun and 'de': the person's
        ("Le fils de Florence, étudiante en droit, a témoigné devant la cour.", "Florence"),
        (
            "Le chef du tourisme de Dubaï, Hilal al-Marri, a déclaré que tout allait bien.",
            "Hilal al-Marri",
        ),
        (
            "Il a indiqué à l'AFP l'ambassadrice finlandaise en Ukraine, Paivi Laine. Environ "
            "1.500 travailleurs ont reçu une autorisation.",
            "Paivi Laine",
        ),
        (
            "On la voit avec Kiko Méndez Monasterio, conseiller de Santiago Abascal, le patron "
            "du parti d'extrême droite espagnol Vox.",
            "Santiago Abascal",
        ),
        # an adjective before the noun, a noun inflected for gender, a big city's name
        (
            "Des spectateurs ont quitté la salle. Charlotte, une autre spectatrice qui se dit "
            "choquée, pointe le manque de protocole de sécurité.",
            "Charlotte",
        ),
    ],
)
def test_appositions_make_persons(nlp, text, person):
    actors, places = kinds(nlp, text)
    assert actors.get(person) == "person" and person not in places


def test_a_country_with_a_person_noun_in_apposition_stays_a_place(nlp):
    text = (
        "En décembre, l'Arabie saoudite, un proche allié de Washington, s'était empressée de "
        "prendre ses distances avec le tireur."
    )
    actors, places = kinds(nlp, text)
    assert "Arabie saoudite" in places and "Arabie saoudite" not in actors


@pytest.mark.parametrize(
    "text, organisation",
    [
        ("Mardi sur Radio Classique, le professeur Didier Raoult a affirmé que tout va.", None),
        ("Invitée de BFMTV-RMC, la ministre du Travail a rappelé sa position.", "BFMTV-RMC"),
    ],
)
def test_a_subject_after_a_fronted_name_is_no_apposition(nlp, text, organisation):
    actors, _ = kinds(nlp, text)
    assert actors.get("Radio Classique", "organization") == "organization"
    assert organisation is None or actors.get(organisation) == "organization"


@pytest.mark.parametrize(
    "text, town",
    [
        (
            "Un quinquagénaire résidant dans la ville voisine de Lapugnoy, propriétaire de deux "
            "motos, a été interpellé. Lapugnoy est une petite commune.",
            "Lapugnoy",
        ),
        (
            "Dans la maternité de l'ouest de Kaboul, une femme a accouché pendant l'attaque. Les "
            "échanges entre Kaboul et les insurgés se sont durcis.",
            "Kaboul",
        ),
    ],
)
def test_an_apposition_after_a_town_complement_is_about_the_head_noun(nlp, text, town):
    actors, places = kinds(nlp, text)
    assert town in places and town not in actors


def test_a_town_after_a_place_preposition_is_a_place(nlp):
    text = "Les séparatistes veulent prendre le contrôle de Zinjibar, à l'est d'Aden."
    actors, places = kinds(nlp, text)
    assert "Zinjibar" in places and "Zinjibar" not in actors


def test_a_first_name_after_a_kinship_noun_stays_a_person(nlp):
    _actors, places = kinds(nlp, "Le papa de Laura et David a fermé les yeux.")
    assert "Laura" not in places


def test_a_country_after_en_is_a_place_even_in_a_singer_s_name(nlp):
    text = (
        "Elle raconte comment France Gall lui est venue en aide. « Sans elle, je ne serais "
        "pas venue en France où je suis heureuse », raconte-t-elle à propos de France Gall."
    )
    actors, places = kinds(nlp, text)
    assert "France" in places and actors.get("France Gall") == "person"


@pytest.mark.parametrize("text, acronym", [("Il a obtenu 2 milliards d'euros de CSG.", "CSG")])
def test_unknown_acronyms_are_no_places(nlp, text, acronym):
    _, places = kinds(nlp, text)
    assert acronym not in places


@pytest.mark.parametrize(
    "text, town, institution",
    [
        (
            "La cour d'appel d'Aix-en-Provence lui a donné raison.",
            "Aix-en-Provence",
            "cour d'appel",
        ),
        ("Il a été transféré à l'hôpital de Bayonne.", "Bayonne", "hôpital"),
        (
            "Il sera jugé le 3 mars par le tribunal correctionnel de Perpignan.",
            "Perpignan",
            "tribunal",
        ),
        ("Le parquet de Vienne a ouvert deux enquêtes.", "Vienne", "parquet"),
        (
            '"Il y a des violences", a confirmé le Parquet de Boulogne-sur-Mer à la presse.',
            "Boulogne-sur-Mer",
            "parquet",
        ),
        ("Elle a été condamnée par le tribunal révolutionnaire de Téhéran.", "Téhéran", "tribunal"),
        # the real gold takes a prefecture or a town hall written in lower case for no name
        (
            "Deux cas ont été confirmés, a indiqué la préfecture de la Charente.",
            "Charente",
            "préfecture",
        ),
        (
            "La préfecture des Bouches-du-Rhône a interdit la manifestation.",
            "Bouches-du-Rhône",
            "préfecture",
        ),
        ("La mairie de Bordeaux a annoncé la fermeture des parcs.", "Bordeaux", "mairie"),
        # and a committee, a brigade or a regional council of a town or a region
        (
            "La commission taurine de Mont-de-Marsan a tranché.",
            "Mont-de-Marsan",
            "commission",
        ),
        ("La brigade nautique d'Aix-les-Bains est intervenue.", "Aix-les-Bains", "brigade"),
        ("Le conseil régional d'Occitanie a voté la mesure.", "Occitanie", "conseil"),
    ],
)
def test_a_town_s_court_or_hospital_names_the_town(nlp, text, town, institution):
    actors, places = kinds(nlp, text)
    assert town in places
    assert not any(name.lower().startswith(institution) for name in actors)


def test_a_capitalised_hospital_s_full_name_stays_an_organisation(nlp):
    text = "Elle a été admise au Centre hospitalier régional d'Orléans samedi."
    actors, _ = kinds(nlp, text)
    assert actors.get("Centre hospitalier régional d'Orléans") == "organization"


def test_a_museum_keeps_its_name(nlp):
    actors, _ = kinds(nlp, "Le musée d'Orsay a prêté trois toiles à Lyon.")
    assert actors.get("musée d'Orsay") == "organization"


def test_a_counted_acronym_is_a_common_noun_not_an_organisation(nlp):
    text = (
        "Une quinzaine de CRS s'en seraient pris à des policiers de la BAC. Un CRS refuse de se "
        "faire interpeller, selon la CGT."
    )
    actors, _ = kinds(nlp, text)
    assert "CRS" not in actors
    assert actors.get("CGT") == "organization"


def test_the_inverted_subject_of_a_cue_is_a_person_not_a_small_town(nlp):
    # 'Stella' is also an Italian town of 30,000: the cue says it is who speaks
    text = "\"C'est trop long\", se réjouit Stella, en 6e dans un collège de Dinan (Côtes-d'Armor)."
    actors, places = kinds(nlp, text)
    assert actors.get("Stella") == "person" and "Stella" not in places
    assert "Dinan" in places


def test_a_town_before_its_verb_stays_a_town(nlp):
    actors, places = kinds(nlp, '"Oh regardez ! Pau a fait un magnifique collage", montre-t-elle.')
    assert "Pau" in places and "Pau" not in actors


def test_an_unknown_full_name_the_ner_reads_as_a_place_is_a_person_when_it_acts(nlp):
    # orangesum-f os-10228: the NER tags both 'Latif Faramarz' LOC
    text = (
        'Les mariages XXL semblent désormais appartenir au passé.Latif Faramarz, "fiancé '
        'depuis deux ans", "avait l\'intention de (se) marier fin mars", raconte-t-il à '
        "l'AFP. L'argent économisé sera dépensé utilement: Latif Faramarz veut poursuivre son "
        "cursus à l'étranger."
    )
    doc = nlp(text)
    [actor] = [a for a in doc._.actors if a["name"] == "Latif Faramarz"]
    assert actor["type"] == "person" and len(actor["mentions"]) >= 2
    assert "Latif Faramarz" not in {place["name"] for place in doc._.places}


def test_a_known_place_subject_of_a_verb_stays_a_place(nlp):
    doc = nlp("Le pays souffre. Buenos Aires veut rouvrir ses écoles en mars.")
    assert "Buenos Aires" in {place["name"] for place in doc._.places}


def test_a_party_after_un_is_named_not_counted(nlp):
    # orangesum-n os-10633: 'un PS inaudible' had taken every 'PS' out of the actors
    doc = nlp(
        "Il a rejoint l'ancien député PS Patrick Mennucci. Avec un PS inaudible, la gauche est "
        "divisée."
    )
    party = next(actor for actor in doc._.actors if actor["name"] == "PS")
    assert len(party["mentions"]) == 2


@pytest.mark.parametrize(
    "text, organisation",
    [
        # a source after 'selon'
        (
            "Le texte indique aux parents que leur fils est gay selon Fireworld, a repéré "
            "l'association.",
            "Fireworld",
        ),
        # a type noun in apposition
        (
            "Le patron de La Java, un café de Saint-Malo (Ille-et-Vilaine) est à la manœuvre "
            'contre "la dictature" de TripAdvisor, ce site américain qui classe les '
            "établissements à partir des avis des consommateurs.",
            "TripAdvisor",
        ),
        # an item of a list of organisations
        (
            "Les compagnies Air Algérie et TAP Air Portugal mais aussi Volotea, Air Caraïbes, "
            "Air Austral, Air Europa et Corsair sont concernées.",
            "Volotea",
        ),
        # a publisher's credit after a quoted title
        (
            'Il se classe troisième avec "La cerise sur le gâteau" (Livre de Poche). Son '
            'roman "Au soleil redouté" (Presses de la cité) est cinquième.',
            "Presses de la cité",
        ),
        (
            'Pierre Lemaitre ("Miroir de nos peines", Albin Michel) et Agnès Ledig ont trouvé '
            "leur public.",
            "Albin Michel",
        ),
    ],
)
def test_a_name_used_as_an_organisation_is_one_whatever_the_ner_says(nlp, text, organisation):
    actors, places = kinds(nlp, text)
    assert actors.get(organisation) == "organization" and organisation not in places


def test_a_group_after_selon_les_is_no_organisation(nlp):
    actors, _ = kinds(
        nlp,
        "Un discours « très humain » selon les MacronistesLe discours d'Emmanuel Macron a "
        "trouvé un écho dans son camp.",
    )
    assert "Macronistes" not in actors


@pytest.mark.parametrize(
    "text, organisation",
    [
        ("Les factures ont été réglées par la maison d'édition Fayard, dit-elle.", "Fayard"),
        ("Un reportage de la télévision Zvezda a révélé le programme.", "Zvezda"),
        ("Le chausseur André avait été mis en redressement judiciaire.", "André"),
        (
            "C'est ce qu'a raconté le propriétaire du bistrot The Sausage Factory.",
            "The Sausage Factory",
        ),
    ],
)
def test_more_type_nouns_name_organisations(nlp, text, organisation):
    actors, _ = kinds(nlp, text)
    assert actors.get(organisation) == "organization"


def test_a_prepositional_phrase_after_an_organisation_is_no_remit(nlp):
    doc = nlp(
        "Il est capable de faire un pacte avec le Front national au moment des élections "
        "présidentielles."
    )
    assert [a["name"] for a in doc._.actors] == ["Front national"]


def test_a_remit_after_a_body_stays_in_its_name(nlp):
    doc = nlp("Le Haut commissariat aux réfugiés a publié un rapport.")
    assert [a["name"] for a in doc._.actors] == ["Haut commissariat aux réfugiés"]


@pytest.mark.parametrize(
    "text, name",
    [
        # orangesum-zi os-10480, orangesum-zd os-10408: the NER stopped before 'pour'
        (
            "Ils ont été arrêtés par les enquêteurs de l'Office central pour la répression de la "
            "traite des êtres humains.",
            "Office central pour la répression de la traite des êtres humains",
        ),
        (
            "Le plan associe l'Organisation des Nations Unies pour l'alimentation et "
            "l'agriculture et les pays membres.",
            "Organisation des Nations Unies pour l'alimentation et l'agriculture",
        ),
    ],
)
def test_a_purpose_after_a_body_stays_in_its_name(nlp, text, name):
    assert name in [a["name"] for a in nlp(text)._.actors]


def test_a_work_s_tag_on_a_common_first_name_and_a_surname_is_a_person(nlp):
    # orangesum-zr os-11142: the NER tagged the full name MISC, the surname holds an apostrophe
    actors, _ = kinds(
        nlp,
        "Car Océane L'Hoste, Miss Bordeaux, qui a été destituée après avoir été recalée à "
        "l'élection Miss Aquitaine à la suite de photos provocantes parle d'un événement "
        "truqué. Faux, selon Sylvie Tellier.",
    )
    assert actors.get("Océane L'Hoste") == "person"


def test_a_participle_before_its_agent_is_no_part_of_a_body_s_name(nlp):
    # orangesum-zc os-10586: the NER read 'Mouvement radical conduite' as one name
    doc = nlp(
        "La liste talonne celle de la majorité municipale soutenue par le Mouvement radical "
        "conduite par Franck Reynier (31%)."
    )
    assert "Mouvement radical" in [a["name"] for a in doc._.actors]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Les touristes ont déserté la Sérénissime, qui compte aujourd'hui 55.000 habitants.",
         "Sérénissime"),
        ("Les rapports des inspecteurs généraux du Renseignement, du Pentagone et du ministère "
         "ont été publiés.", "Renseignement"),
        ('Les fidèles se pressent pour célébrer la "Nuit du Destin", un moment important.',
         "Destin"),
    ],
)  # fmt: skip
def test_a_capitalised_common_word_is_no_place(nlp, text, word):
    _, places = kinds(nlp, text)
    assert word not in places


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Dans la rue, Heloïsa, une résidente expatriée, affirme ne plus sortir le soir.",
            "Heloïsa",
        ),
        (
            "Assise à la terrasse d'un café populaire de Nørrebro, dans la capitale danoise, "
            "Cecilia, la quarantaine, qui enseigne le yoga, savoure un début de retour à la "
            "normalité.",
            "Cecilia",
        ),
        (
            "Hayarpi Tamrazyan, l'aînée de la famille âgée de 21 ans, a exprimé sa joie.",
            "Hayarpi Tamrazyan",
        ),
    ],
)
def test_a_noun_inflected_for_gender_in_apposition_makes_a_person(nlp, text, person):
    actors, places = kinds(nlp, text)
    assert actors.get(person) == "person" and person not in places


@pytest.mark.parametrize(
    "text, place",
    [
        ("Des milliers de Parisiens se sont retrouvés aux Invalides dimanche.", "Invalides"),
        ("Un immeuble de Contes, dans les Alpes-Maritimes, s'est effondré en France.", "Contes"),
        ("Le Gardon a débordé. Une passerelle a été emportée par le Gardon.", "Gardon"),
    ],
)
def test_a_common_word_the_text_places_stays_a_place(nlp, text, place):
    _, places = kinds(nlp, text)
    assert place in places


@pytest.mark.parametrize(
    "text, person",
    [
        ("En passant devant le restaurant rouvert, Akhmet, employé d'un bureau, 30 ans, confie "
         "son soulagement.", "Akhmet"),
        ("Dans la capitale danoise, Cecilia, la quarantaine, qui enseigne, est rentrée.",
         "Cecilia"),
    ],
)  # fmt: skip
def test_an_age_in_apposition_makes_a_person_not_a_place(nlp, text, person):
    actors, places = kinds(nlp, text)
    assert person not in places and actors.get(person) == "person"


def test_a_person_noun_subject_after_a_town_leaves_the_town(nlp):
    _, places = kinds(nlp, "Dans une banlieue chic de Perpignan, l'homme a été pris sur le fait.")
    assert "Perpignan" in places


@pytest.mark.parametrize(
    "text, person",
    [
        ("Jugé pour ce vol, son camarade Maurice sera fixé sur son sort en septembre.", "Maurice"),
        ('Elle veut emmener ses deux petites filles, Sofia et Maya. "Elles peuvent jouer".',
         "Sofia"),
    ],
)  # fmt: skip
def test_a_name_after_a_possessive_kin_noun_is_a_person(nlp, text, person):
    actors, places = kinds(nlp, text)
    assert person not in places and actors.get(person) == "person"


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Sur la commune d'une banlieue chic de Perpignan, l'homme a été pris sur le fait.",
            "Perpignan",
        ),
        (
            "Elles jouent vendredi contre la Corée du Sud, le chef de l'État a remis la médaille.",
            "Corée du Sud",
        ),
    ],
)
def test_a_clause_after_a_place_is_no_apposition(nlp, text, place):
    actors, places = kinds(nlp, text)
    assert place in places and place not in actors


@pytest.mark.parametrize(
    "text, organisation",
    [
        (
            "« Les cygnes seront suivis pour veiller à leur bien-être », a précisé Buckingham "
            "Palace.",
            "Buckingham Palace",
        ),
        (
            'De son côté, La Ligue des droits de l\'Homme a évoqué une décision "salutaire".',
            "La Ligue des droits de l'Homme",
        ),
    ],
)
def test_a_name_that_speaks_after_an_article_or_in_an_incise_is_an_organisation(
    nlp, text, organisation
):
    actors, _ = kinds(nlp, text)
    assert actors.get(organisation) == "organization"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Mi-avril, lors de la semaine marquant le Nouvel An thaïlandais (Songkran), la "
            "route tue.",
            "Nouvel An thaïlandais",
        ),
        (
            "Grande cause de Melania Trump. La Première dame a fait du harcèlement l'une de ses "
            "priorités.",
            "La Première dame",
        ),
    ],
)
def test_an_event_or_a_title_after_an_article_is_no_organisation(nlp, text, name):
    actors, _ = kinds(nlp, text)
    assert actors.get(name) != "organization"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Linda Hardy, Miss France 1992, était là. Miss France 2015 a écrit un mot.",
            "Miss France 2015",
        ),
        (
            "Océane L'Hoste, Miss Bordeaux, a été recalée à l'élection Miss Aquitaine.",
            "Miss Aquitaine",
        ),
    ],
)
def test_a_beauty_title_or_contest_is_no_actor(nlp, text, name):
    actors, _ = kinds(nlp, text)
    assert name not in actors


def test_french_words_in_capitals_are_no_names(nlp):
    actors, places = kinds(
        nlp,
        'De nouvelles plaintes remontaient en 2016, rapporte Le Parisien. "INVULNÉRABLE, '
        "INTOUCHABLE\" Selon les premiers éléments de l'enquête, le frère a agi seul.",
    )
    assert not {"INVULNÉRABLE", "INTOUCHABLE"} & (set(actors) | places)


@pytest.mark.parametrize(
    "text, word",
    [
        # orangesum-zf os-10221, orangesum-zb os-10835: a heading glued to the next paragraph
        (
            "Le radar l'a flashé. UN TOTAL DE 15.000 EUROS D'INFRACTIONSAprès plusieurs jours "
            "de surveillance, le peloton motorisé de Béthune a agi.",
            "INFRACTIONS",
        ),
        (
            'Je suis restée seule. • LE KINÉ ÉTAIT "PERTURBÉ" PAR UN APPELEt pour cause, '
            "tout le monde était parti.",
            "PERTURBÉ",
        ),
    ],
)
def test_inflected_french_words_in_capitals_are_no_names(nlp, text, word):
    actors, places = kinds(nlp, text)
    assert word not in actors and word not in places


@pytest.mark.parametrize(
    "text, acronym",
    [
        ("Les hommes du RAID sont intervenus dans la nuit.", "RAID"),
        ("La SNCF a annoncé des retards.", "SNCF"),
    ],
)
def test_acronyms_in_capitals_stay_names(nlp, text, acronym):
    actors, _ = kinds(nlp, text)
    assert actors.get(acronym) == "organization"


def test_a_source_in_quotation_marks_after_selon_is_an_organisation(nlp):
    actors, _ = kinds(
        nlp,
        "Un scénario prémédité. Selon \"Le Métropolitain\", l'enquête aurait permis d'établir "
        "les faits.",
    )
    assert actors.get("Le Métropolitain") == "organization"


@pytest.mark.parametrize(
    "text, name",
    [
        # orangesum-x os-10525
        (
            "Auparavant, une unique candidature, proposée par le Conseil exécutif de l'agence "
            "de l'ONU, était soumise au vote.",
            "Conseil exécutif",
        ),
    ],
)
def test_a_lone_common_word_organisation_goes_on_with_its_adjective(nlp, text, name):
    doc = nlp(text)
    assert name in {actor["name"] for actor in doc._.actors}


def test_a_known_name_of_several_words_after_its_article_in_lower_case(nlp):
    """'Selon le Canard enchaîné de mercredi' (orangesum-x os-10401): 'Le Canard enchaîné' is
    known; inside a sentence its article is written in lower case."""
    text = (
        "Le groupe va dévoiler un plan. Selon le Canard enchaîné de mercredi, le groupe "
        "envisage de fermer quatre sites."
    )
    doc = nlp(text)
    kinds = {actor["name"].removeprefix("le "): actor["type"] for actor in doc._.actors}
    assert kinds == {"Canard enchaîné": "organization"}


@pytest.mark.parametrize(
    "text, place",
    [
        ("L'entraîneur de Lens, un passionné de football, a réagi samedi.", "Lens"),
        ("Le club de Montpellier, le voisin héraultais, a perdu dimanche.", "Montpellier"),
    ],
)
def test_a_person_noun_after_a_known_town_leaves_the_town(nlp, text, place):
    actors, places = kinds(nlp, text)
    assert place in places and place not in actors


def test_the_places_read_cache_leaves_the_doc(nlp):
    doc = nlp("Le doge régnait sur la Sérénissime depuis des siècles, raconte l'historien.")
    assert not [key for key in doc.user_data if "newsfacts_places" in str(key)]


def test_a_product_name_that_opens_a_speaking_subject_is_an_organisation(nlp):
    # the NER calls 'Ouibus' a work or product (MISC); only actors speak
    actors, _ = kinds(
        nlp,
        "Une passagère a été oubliée. Ouibus a confirmé au journal qu'une passagère était restée.",
    )
    assert actors.get("Ouibus") == "organization"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Les Palestiniens avaient accusé Israël de soutenir les colons.", "Palestiniens"),
        ('- "Solitude et désolation" - La fermeture des frontières a été annoncée.', "Solitude"),
    ],
)
def test_a_plural_or_a_quoted_heading_that_speaks_is_no_organisation(nlp, text, name):
    actors, _ = kinds(nlp, text)
    assert not any(name in actor for actor in actors)


def test_a_department_in_parentheses_after_a_town_stays_a_place(nlp):
    # the NER reads 'Vosges Matin' as a person's name, whose words become person words
    actors, places = kinds(
        nlp,
        "L'enfant est mort le 16 octobre 1984 à Lépanges-sur-Vologne (Vosges). Selon un "
        "document, l'alibi a été vérifié auprès de l'employeur. Vosges Matin, qui a révélé "
        "l'information, publie ce document.",
    )
    assert "Vosges" in places and "Vosges" not in actors


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "\"C'est important\", précise à l'AFP Thierry Magnin, porte-parole de la Conférence "
            "des évêques de France (catholiques) pour qui la publication est attendue.",
            "Conférence des évêques de France",
        ),
        (
            "La présidente d'Ile-de-France Mobilités a rappelé la nécessité de mesures.",
            "Ile-de-France Mobilités",
        ),
        (
            "D'après Jack Mace, directeur du Département de la protection de la nature, les "
            "oiseaux sont partis.",
            "Département de la protection de la nature",
        ),
        (
            "Le 3 mars, Florence Arnaiz-Maumé, déléguée générale du Synerpa (regroupant les "
            "principaux acteurs privés des Ehpad), a parlé.",
            "Synerpa",
        ),
        (
            '"C\'est un foyer", souligne Joël Mergui, président du Consistoire, tandis que le '
            "grand rabbin a parlé.",
            "Consistoire",
        ),
    ],
)
def test_the_name_after_a_title_of_a_body_and_de_is_the_body(nlp, text, body):
    # an event's head word, common words only, a generic head: each dropped the name before
    actors, _ = kinds(nlp, text)
    assert actors.get(body) == "organization"


@pytest.mark.parametrize(
    "text, word",
    [
        ("Lundi, le président du port de Calais Jean-Marc Puissesseau a dénoncé l'action.", "port"),
        ("Le secrétaire d'Etat américain, Mike Pompeo, a effectué une visite.", "Etat"),
        # one capitalised common noun after a title and 'de' is a department, no body's name
        ("Jean Dupont, directeur de la Communication de la mairie, a démenti.", "Communication"),
        ("Le directeur de la Publication du journal a été entendu par les juges.", "Publication"),
    ],
)
def test_no_body_after_a_title_from_a_common_noun_or_a_portfolio(nlp, text, word):
    actors, _ = kinds(nlp, text)
    assert not any(name.split()[0] == word for name in actors)


def test_a_person_after_a_title_and_de_without_article_stays_a_person(nlp):
    actors, _ = kinds(nlp, "Le porte-parole de Donald Trump a parlé hier soir à la presse.")
    assert actors.get("Donald Trump") == "person"


@pytest.mark.parametrize(
    "text, medium",
    [
        (
            '"Il ne pouvait plus marcher pendant trois jours", détaille-t-il auprès du South '
            "Florida Sun Sentinel. Poursuivi par le croisiériste, il a perdu.",
            "South Florida Sun Sentinel",
        ),
        ("Elle a indiqué à Mediapart que la réforme passerait.", "Mediapart"),
    ],
)
def test_the_one_a_reporting_verb_s_words_go_to_is_a_medium(nlp, text, medium):
    # the NER reads a place there, which no gazetteer knows
    actors, places = kinds(nlp, text)
    assert actors.get(medium) == "organization" and medium not in places


def test_a_known_town_after_a_reporting_verb_and_a_stays_a_place(nlp):
    actors, places = kinds(nlp, '"Je viens", a-t-il dit à Lyon, lundi, devant la presse.')
    assert "Lyon" in places and "Lyon" not in actors


def test_a_reflexive_reporting_verb_sends_words_to_no_medium(nlp):
    # 'se déclarer' (a fire breaks out) speaks to no one: 'à Plan' is where
    actors, _ = kinds(nlp, "Un incendie s'est déclaré dimanche à Plan, a indiqué la préfecture.")
    assert "Plan" not in actors


def test_a_portfolio_after_another_and_et_is_no_organisation(nlp):
    # 'Comptes publics' is the minister's second portfolio, as 'Action' is the first
    actors, _ = kinds(
        nlp,
        "Je ne toucherai pas l'indemnité de maire, déclare le ministre de l'Action et des "
        "Comptes publics. Il a annoncé samedi matin sa décision.",
    )
    assert "Comptes publics" not in actors


def test_a_party_between_a_former_minister_and_the_portfolio_leaves_the_person(nlp):
    actors, _ = kinds(
        nlp,
        "Tous ont été élus sous l'étiquette d'Emmanuel Macron, à l'exception de l'ex-ministre "
        "PS à l'Ecologie Delphine Batho. Nous pousserons les décisions.",
    )
    assert actors.get("Delphine Batho") == "person"


@pytest.mark.parametrize(
    "text, person",
    [
        ("Elle a été mise en examen dans l'affaire Grégory, fait savoir son avocat.", "Grégory"),
        ("Les troupes du maréchal Haftar ont avancé vers la capitale.", "Haftar"),
        # the particles of a surname stay in it
        ("Le président autrichien Alexander van der Bellen a parlé.", "Alexander van der Bellen"),
    ],
)
def test_a_lower_case_noun_read_into_a_person_s_name_is_left_out(nlp, text, person):
    actors, _ = kinds(nlp, text)
    assert actors.get(person) == "person", actors


def test_one_word_after_an_article_with_a_person_s_apposition_stays_a_body(nlp):
    """'la SNCF, propriétaire des gares' (orangesum-zg); 'Rama, une femme' stays a person."""
    actors, _ = kinds(
        nlp,
        "Contactée par le quotidien, la SNCF assure qu'elle ne compte pas investir. Cette "
        "filiale de la SNCF, propriétaire des gares, met en avant le fait que la ligne rapporte.",
    )
    assert actors == {"SNCF": "organization"}
    actors, _ = kinds(nlp, "Rama, une femme de 40 ans, a parlé. Selon Rama, tout va bien.")
    assert actors == {"Rama": "person"}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Il a porté plainte. L'Assurance maladie n'a pas retenu l'accident du travail.",
            "Assurance maladie",
        ),
        (
            "a indiqué Milou-Daniel Drici, responsable du Centre régional de pharmacovigilance "
            "de Nice. C'est dans ce contexte que le débat a repris.",
            "Centre régional de pharmacovigilance de Nice",
        ),
        # the place after an elided 'd'' or 'de l'' as after 'de'
        (
            "a indiqué Milou-Daniel Drici, responsable du Centre régional de pharmacovigilance "
            "d'Avignon. C'est dans ce contexte que le débat a repris.",
            "Centre régional de pharmacovigilance d'Avignon",
        ),
        (
            "a indiqué Milou-Daniel Drici, responsable du Centre régional de pharmacovigilance "
            "de l'Ain. C'est dans ce contexte que le débat a repris.",
            "Centre régional de pharmacovigilance de l'Ain",
        ),
    ],
)
def test_a_head_word_goes_on_with_the_lower_case_words_of_its_name(nlp, text, name):
    actors, _ = kinds(nlp, text)
    assert actors.get(name) == "organization"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La candidature, proposée par le Conseil exécutif de l'agence de l'ONU, passe.",
            "Conseil exécutif",
        ),
        ("Selon le texte, le Conseil juge qu'il est possible de voter en juin.", "Conseil"),
    ],
)
def test_a_head_word_stops_before_another_body_or_a_verb(nlp, text, name):
    actors, _ = kinds(nlp, text)
    assert name in actors


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "\"C'est un événement dramatique\", a déclaré le préfet de l'Indre, Seymour Morsy, "
            "cité par La Nouvelle République.",
            "Seymour Morsy",
        ),
        (
            "\"Ce n'est pas une plaisanterie\", s'est indigné le directeur de la police du "
            "Val-d'Oise, Frédéric Lauze, cité par Le Parisien.",
            "Frédéric Lauze",
        ),
    ],
)
def test_cite_par_after_a_name_is_a_participle_not_a_town_noun(nlp, text, person):
    actors, places = kinds(nlp, text)
    assert actors.get(person) == "person" and person not in places


@pytest.mark.parametrize(
    "text, organisation",
    [
        (
            "En Espagne, la Liga a annoncé aux clubs qu'ils pourront passer à des séances "
            "par petits groupes.",
            "Liga",
        ),
        (
            '"La police a réussi à amener le jeune homme à renoncer", a précisé la Sete dans '
            "un communiqué.",
            "Sete",
        ),
    ],
)
def test_a_town_s_name_after_an_article_that_speaks_is_an_organisation(nlp, text, organisation):
    actors, places = kinds(nlp, text)
    assert actors.get(organisation) == "organization" and organisation not in places


def test_a_town_that_speaks_without_article_stays_a_town(nlp):
    _, places = kinds(nlp, "Sète a annoncé la fermeture de ses plages.")
    assert "Sète" in places


def test_a_determiner_after_the_headline_s_dash_is_no_name(nlp):
    actors, places = kinds(
        nlp,
        "L'Algérie dans le noir. - Une panne générale de courant a plongé hier soir "
        "l'Algérie dans le noir.",
    )
    assert places == {"Algérie"} and not actors


@pytest.mark.parametrize(
    "text, clubs",
    [
        ("Sochaux s'est incliné face à Nancy samedi soir.", {"Sochaux", "Nancy"}),
        ("Nancy s'est imposé face à Metz samedi soir.", {"Nancy", "Metz"}),
    ],
)
def test_towns_that_play_without_a_score_are_their_clubs(nlp, text, clubs):
    actors, places = kinds(nlp, text)
    assert {name for name, kind in actors.items() if kind == "organization"} == clubs
    assert not places


def test_countries_that_win_stay_places(nlp):
    actors, places = kinds(nlp, "La France s'est imposée face à l'Allemagne en finale.")
    assert places == {"France", "Allemagne"} and not actors


def test_a_person_s_name_that_matches_a_town_only_once_its_letters_are_folded_stays_a_person(nlp):
    actors, places = kinds(
        nlp,
        "En attendant la commission d'enquête que finalement Bush n'a pas bloquée, le "
        "secrétaire d'Etat américain William Burn reconnaissait une tragédie.",
    )
    assert actors.get("Bush") == "person" and "Bush" not in places


def test_a_capitalised_royal_title_before_a_first_name_is_part_of_the_name(nlp):
    text = (
        "Samantha Markle et Meghan Markle, l'épouse de Prince Harry, ne s'apprécient guère. "
        "Une remarque du Prince Harry sur le premier Noël a fait parler."
    )
    actors, _ = kinds(nlp, text)
    assert actors.get("Prince Harry") == "person" and "Harry" not in actors


def test_a_capitalised_pope_title_stays_a_title(nlp):
    """The real gold names the pope 'François', title 'pape', as after a lower-case title."""
    doc = nlp("Dimanche, le Pape François a appelé à la paix devant des milliers de fidèles.")
    pope = [a for a in doc._.actors if "François" in a["name"]]
    assert [(a["name"], a["titles"]) for a in pope] == [("François", ["pape"])]


def test_a_one_word_name_listed_between_persons_is_a_person(nlp):
    text = (
        "Il pouvait y voir son ami Eddy Mitchell, et d'autres proches parmi lesquels Jean-Louis "
        "Aubert, Mimie Mathy, Michael Youn, Nagui, Salvatore Adamo, Mathilde Seigner."
    )
    doc = nlp(text)
    assert {actor["name"]: actor["type"] for actor in doc._.actors}.get("Nagui") == "person"
