"""components.place_cues: places the NER misses or an institution swallows, rescued by the
French around them and the gazetteer; unknown names that stand where a person's or a brand's
name stands are no places."""

from __future__ import annotations

import pytest


def place_names(nlp, text: str) -> set[str]:
    doc = nlp(text)
    for place in doc._.places:
        for start, end in place["mentions"]:
            names = {name.lower() for name in (place["name"], *place["aliases"])}
            assert doc.text[start:end].lower() in names, place
    return {place["name"] for place in doc._.places}


def actor_names(nlp, text: str) -> set[str]:
    return {actor["name"] for actor in nlp(text)._.actors}


@pytest.mark.parametrize(
    "text, name",
    [
        # a known town after a lower-case noun and 'de', which the NER left out
        ("C'est la chambre de l'instruction de Dijon qui va devoir apprécier ces actes.", "Dijon"),
        # inside a lower-case institution: the institution stays, its town is a place
        ("Hannes Mosler, de l'université de Duisburg-Essen, a répondu.", "Duisburg-Essen"),
        ("Le porte-parole de l'ambassade de Chine en Israël a écrit une lettre.", "Chine"),
        ("Le porte-parole de l'ambassade de Chine en Israël a écrit une lettre.", "Israël"),
    ],
)
def test_a_place_the_finder_missed_is_found_by_its_cue(nlp, text, name):
    assert name in place_names(nlp, text)


def test_the_institution_around_a_rescued_place_stays_an_actor(nlp):
    text = "Hannes Mosler, de l'université de Duisburg-Essen, a répondu."
    assert "université de Duisburg-Essen" in actor_names(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a team, an event: the place is part of a name
        ("Les joueurs dans les vestiaires de l'équipe de France ont chanté.", "France"),
        # a capitalised institution is a name of its own, place and all
        ("Selon un professeur à l'Université de Birmingham, rien ne change.", "Birmingham"),
        # a compass point, a century, a longer name
        ("Les séparatistes du Sud ont proclamé l'autonomie de leur région.", "Sud"),
        ("Elle a retrouvé son église du XVIe siècle.", "XVIe"),
        ("La reine parle du carrosse du Gold State Coach avec humour.", "Gold"),
    ],
)
def test_a_place_name_inside_another_name_is_not_rescued(nlp, text, name):
    assert name not in place_names(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Elle avait rejoint la zone irako-syrienne quelques jours avant les attaques de "
            "janvier 2015 à Paris, en compagnie des deux frères Belhoucine, dont l'aîné Mohamed "
            "est considéré comme le mentor d'Amédy Coulibaly.",
            "Belhoucine",
        ),
        ("Les courgettes des bocaux Prosain peuvent venir d'Espagne.", "Prosain"),
        (
            "Il l'aurait bel et bien écrite dans une lettre adressée le 6 février 1770 à un "
            "certain abbé Le Riche. Cette missive, toutefois, n'a jamais existé.",
            "Le Riche",
        ),
        (
            'Ils pointent "la marine russe basée à Mourmansk" raconte Audun Rikardsen, '
            "professeur au département de biologie arctique.",
            "Audun",
        ),
    ],
)
def test_an_unknown_name_after_a_common_noun_is_no_place(nlp, text, name):
    assert name not in place_names(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le regroupement pédagogique intercommunal de Mialet, Firbeix, Chalais et "
            "Saint-Jory-de-Chalais va rester fermé.",
            "Firbeix",
        ),
        ("Des milliers de personnes se rassemblent sur les Champs-Elysées.", "Champs-Elysées"),
    ],
)
def test_an_unknown_place_in_a_list_or_after_an_article_stays(nlp, text, name):
    assert name in place_names(nlp, text)


def test_a_town_named_with_its_article_in_lower_case_is_found(nlp):
    doc = nlp("Il sera remis au Mécanisme international à la Haye pour qu'il y soit jugé.")
    (place,) = [place for place in doc._.places if place["name"] == "La Haye"]
    assert place["kind"] == "city" and place["country"] == "NL"
    assert [doc.text[start:end] for start, end in place["mentions"]] == ["la Haye"]


def test_a_big_town_in_a_headline_in_capitals_is_found(nlp):
    text = (
        "Il serait aux manettes du projet. FUTUR PATRON DE PRESSE À MARSEILLE ? D'après les "
        "informations du Point, les Insoumis devraient lancer un journal."
    )
    assert "Marseille" in place_names(nlp, text)


def test_an_acronym_in_capitals_after_a_cue_is_no_place(nlp):
    assert "ARS" not in place_names(nlp, "Les tests ont été confiés à ARS lundi matin.")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Le vol était opéré par Southwest Airlines. Les navigants n'ont pas de pouvoir, a "
            "souligné le porte-parole de Southwest, laissant entendre que rien ne changerait.",
            "Southwest",
        ),
    ],
)
def test_an_unknown_name_the_article_gives_an_organisation_is_no_place(nlp, text, name):
    assert name not in place_names(nlp, text)


def test_a_region_found_inside_an_institution_is_found_whole(nlp):
    # benchmarks/dev/wire wire-003: the hyphens stopped the name before "d'Azur"
    text = "Un signalement de la chambre régionale des comptes de Provence-Alpes-Côte d'Azur."
    assert place_names(nlp, text) == {"Provence-Alpes-Côte d'Azur"}


def test_a_name_after_le_village_de_is_a_place_wherever_it_stands(nlp):
    # the NER reads 'Douma' as the Russian Duma: the village says it is a town
    text = (
        "Le bébé a été brûlé vif après le lancement de cocktails Molotov sur sa maison de "
        "Douma, en Cisjordanie. Des colons avaient attaqué des Palestiniens près du village "
        "de Douma."
    )
    doc = nlp(text)
    douma = [place for place in doc._.places if place["name"] == "Douma"]
    assert douma and len(douma[0]["mentions"]) == 2
    assert "Douma" not in {actor["name"] for actor in doc._.actors}


@pytest.mark.parametrize(
    "text, name, institution",
    [
        # a town too new for the gazetteer, which the NER reads as a place, after 'la mairie de'
        (
            "Dans le département voisin de la Dordogne, la mairie de Sorges-et-Ligueux a "
            "indiqué samedi qu'elle reportait la rentrée des classes.",
            "Sorges-et-Ligueux",
            "mairie de Sorges-et-Ligueux",
        ),
        # 'du' before the place, in a lower-case institution
        (
            "Une enquête a été ouverte et confiée à la police judiciaire du Val-de-Marne.",
            "Val-de-Marne",
            "police judiciaire du Val-de-Marne",
        ),
    ],
)
def test_a_place_inside_a_lower_case_institution(nlp, text, name, institution):
    assert name in place_names(nlp, text)
    assert institution in actor_names(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a known region after 'dans' and an article, which the NER left out
        ("Le centre hospitalier de Boulogne-sur-Mer, dans le Nord-Pas-de-Calais, a réagi.",
         "Nord-Pas-de-Calais"),
        ("Une usine a fermé dans la Cyrénaïque, selon la presse locale.", "Cyrénaïque"),
    ],
)  # fmt: skip
def test_a_known_region_after_dans_and_an_article_is_a_place(nlp, text, name):
    assert name in place_names(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a département in parentheses after its town, though 'France Bleu Isère' made the
        # word a person's for the NER
        ("Il habite le centre-ville de Grenoble (Isère) au Parisien. Il est chez un "
         "vétérinaire, selon les précisions de France Bleu Isère. Mais le python", "Isère"),
        # a region after an institution's acronym in parentheses and 'du'
        ("Les tests ont été effectués dimanche, a annoncé lundi l'Agence régionale de santé "
         "(ARS) du Centre-Val de Loire.", "Centre-Val de Loire"),
    ],
)  # fmt: skip
def test_a_region_where_only_a_place_stands_is_a_place(nlp, text, name):
    assert name in place_names(nlp, text)


def test_a_town_that_names_a_disease_is_no_place(nlp):
    text = "Un syndrome inflammatoire proche de la maladie de Kawasaki touche des enfants."
    assert "Kawasaki" not in place_names(nlp, text)


def test_a_virus_named_after_a_place_is_no_place_but_where_it_came_from_is(nlp):
    assert "Zika" not in place_names(nlp, "Le virus Zika s'est répandu au Brésil.")
    assert "Wuhan" in place_names(nlp, "Le virus de Wuhan s'est répandu en Chine.")


def test_a_first_name_after_au_is_no_town(nlp):
    # 'au Robert': the dictionary, not the town of Le Robert (Martinique)
    assert "Le Robert" not in place_names(
        nlp, "Ce mot est entré cette année au Robert et au Larousse."
    )


def test_the_town_a_disease_is_named_after_stays_a_place_where_the_text_goes(nlp):
    text = "La maladie de Kawasaki a été décrite en 1967. Il vit à Kawasaki depuis."
    assert "Kawasaki" in place_names(nlp, text)


def test_a_name_after_au_that_opens_a_town_with_its_article_is_that_town(nlp):
    # 'au Bourget' is 'à Le Bourget'; the NER read 'Bourget' as a person
    text = (
        'Il lui arrivait aussi de dormir dans plusieurs points de chute au Bourget", en '
        "Seine-Saint-Denis, précise le journal."
    )
    doc = nlp(text)
    assert "Le Bourget" in {place["name"] for place in doc._.places}
    assert "Bourget" not in {actor["name"] for actor in doc._.actors}


def test_an_unknown_name_that_acts_as_a_subject_is_no_place(nlp):
    # a pet or a first name the NER read as a place: it acts, no town is met 'à' it
    text = "L'oiseau n'émet plus aucun signal. Kerbrat est donc soit hors de portée, soit blessé."
    assert "Kerbrat" not in place_names(nlp, text)


def test_an_unknown_town_met_after_a_it_stays_a_place_when_it_acts(nlp):
    text = "Les pompiers sont intervenus à Firbeix. Firbeix compte 350 habitants."
    assert "Firbeix" in place_names(nlp, text)


def test_an_unknown_name_that_is_a_person_elsewhere_is_no_place(nlp):
    # the NER reads the first name once as a place, after 'de', and as a person elsewhere
    text = (
        "En quelques minutes, Ginette s'est retrouvée ligotée. Un voisin l'a conduit au "
        "domicile de Ginette. Ginette attend le procès."
    )
    assert "Ginette" not in place_names(nlp, text)


@pytest.mark.parametrize(
    "text, towns",
    [
        (
            "Les forces du maréchal ont reculé après la perte des villes de Sorman et Sabratha.",
            {"Sorman", "Sabratha"},
        ),
        ("Il est originaire de Chartres, dit-elle.", {"Chartres"}),
    ],
)
def test_a_name_after_a_town_noun_or_originaire_de_is_a_town(nlp, text, towns):
    assert towns <= {place["name"] for place in nlp(text)._.places}


@pytest.mark.parametrize(
    "text, town",
    [
        # after 'à', a sizeable town the NER read as an organisation (the Russian Duma)
        (
            "Des engins incendiaires ont été lancés contre sa maison à Douma, entre Naplouse "
            "et Ramallah en Cisjordanie.",
            "Douma",
        ),
        # joined by 'et' to a town of the same country after 'entre', any town
        (
            "Sur la route entre Remungol et Moréac, au nord-ouest de Vannes, un véhicule "
            "s'approche.",
            "Moréac",
        ),
    ],
)
def test_a_known_town_read_as_a_name_where_only_a_town_stands_is_a_place(nlp, text, town):
    assert town in place_names(nlp, text)


def test_a_region_read_as_a_name_after_dans_and_an_article_is_a_place(nlp):
    text = (
        "Pourtant, comme le révèle Var Matin, ce mercredi 17 janvier, il aurait pu en être "
        "autrement. D'après le quotidien, le maire de la ville de Ramatuelle, dans le Var, "
        "aurait fait une étonnante révélation lors de ses voeux à la population."
    )
    assert "Var" in place_names(nlp, text)


def test_a_region_after_au_that_no_mention_holds_is_a_place(nlp):
    text = (
        "A Istanbul, certains se sont rafraîchis dans le Bosphore. Au Proche-Orient, la chaleur "
        "s'invite régulièrement à la fin du printemps."
    )
    assert "Proche-Orient" in place_names(nlp, text)


def test_an_event_after_au_is_no_place(nlp):
    text = "Il avait été nommé au César du meilleur acteur pour ce rôle en 1974."
    assert not place_names(nlp, text)


def test_a_known_town_after_a_at_the_very_start_of_the_text_is_a_place(nlp):
    # no word two tokens before it: the rule must not read the text's last token there
    assert "Douma" in place_names(nlp, "À Douma, la situation est grave.")


def test_a_name_where_someone_lives_or_was_born_is_a_town_wherever_it_comes_back(nlp):
    text = (
        "Fernande avait vu le jour à Cintrey le 21 janvier 1913. Elle y épousa Georges "
        "Garnier, également de Cintrey, où ils ont exercé le métier d'agriculteurs."
    )
    assert "Cintrey" in place_names(nlp, text)
    assert "Cintrey" not in actor_names(nlp, text)


@pytest.mark.parametrize(
    "text, town",
    [
        ("Jean Martin, né le 3 mai 1920 à Xermaménil, est décédé.", "Xermaménil"),
        ("Fernande Garnier, née le 21 janvier 1913 à Cintrey, est décédée.", "Cintrey"),
    ],
)
def test_a_village_after_a_birth_date_or_a_home_is_a_place(nlp, text, town):
    assert town in place_names(nlp, text)


def test_a_song_title_with_ne_en_names_no_town(nlp):
    text = 'Sur l\'air bien connu de "Né en 17 à Leindestadt", le youtubeur chante.'
    assert "Leindestadt" not in place_names(nlp, text)
