"""Rule answers of speaker attribution (speakers.py, descriptions.py, pronouns.py), read with the
ranker switched off so that what is tested is the rules, not the shipped weights."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes import extract_quotes


@pytest.mark.parametrize(
    "text",
    [
        # the one spoken to, not the one speaking
        "« On constate des actes de rébellion », a confirmé le parquet de Boulogne-sur-Mer à "
        "France 3.",
        "Ségolène Royal était l'invitée de BFMTV. « Si je suis la mieux placée, je serai prête », "
        "a affirmé l'ex-ministre face à Ruth Elkrief.",
    ],
)
def test_an_addressee_in_the_speaker_words_is_no_speaker(rule_speakers, text):
    assert rule_speakers(text) == [None]


def test_a_person_of_a_complement_is_not_the_one_described(rule_speakers):
    text = "« Nous finalisons les démarches », a écrit sur Twitter la nièce de Marine Le Pen."
    assert rule_speakers(text) == [None]


def test_a_medium_that_relayed_the_words_is_not_the_organization_taken_up(rule_speakers):
    text = (
        "Me Jean-Paul Teissonnière a été interrogé par le JDD. « C'est une thèse », martèle-t-il "
        "dans le JDD. Le conseil assure en outre qu'« on utilise des pièces annulées »."
    )
    assert rule_speakers(text) == ["Jean-Paul Teissonnière", None]


def test_a_feminine_description_never_designates_a_man(rule_speakers):
    text = (
        "Agnès Buzyn a réuni la presse avec M. Bruno Le Maire, ministre de l'Economie. "
        "« La stratégie est d'éviter une propagation », a poursuivi la ministre."
    )
    assert rule_speakers(text) == ["Agnès Buzyn"]


def test_a_pronoun_takes_up_the_writer_not_the_subject_of_the_reported_clause(rule_speakers):
    text = (
        "Dans une tribune publiée dans le quotidien Jerusalem Post, le porte-parole de "
        "l'ambassade de Chine en Israël, Wang Yongjun, a écrit que M. Pompeo n'avait offert "
        "aucune preuve. La coopération sino-israélienne est « gagnant-gagnant », selon lui."
    )
    assert rule_speakers(text)[-1] == "Wang Yongjun"


def test_a_pronoun_never_takes_up_a_name_without_a_capital(rule_speakers):
    # 'affaire Grégory' read whole as a person is the noun and Grégory (entities.kinds); the
    # child named in the case is then the last person before 'lui'
    text = (
        "L'avocat Jean Dupont s'est exprimé dimanche. L'affaire Grégory a connu un rebondissement. "
        "Selon lui, « les aveux ont été obtenus sous la pression »."
    )
    assert "affaire Grégory" not in rule_speakers(text)


def test_a_period_before_the_inverted_subject_is_skipped(rule_speakers):
    text = (
        "Jean-Baptiste Djebbari a défendu les avoirs. « Le remboursement reste la règle », a "
        "rappelé la semaine passée la Commission européenne."
    )
    # the date is skipped (phrases.py): the body after it speaks, not the person named before
    assert rule_speakers(text) == ["Commission européenne"]


@pytest.fixture
def rule_quotes(nlp):
    ranking = nlp.get_pipe("newsfacts_quotes").ranking
    ranker = ranking.ranker
    ranking.ranker = None
    try:
        yield lambda text: extract_quotes(nlp(text))
    finally:
        ranking.ranker = ranker


def test_a_name_the_ner_glues_to_the_addressee_is_the_inverted_subject(rule_quotes):
    # the NER reads "AFP Nijaz Skenderagic" as one organization; the actors split it
    text = (
        "Le défilé a eu lieu samedi.\"C'est la réponse de Sarajevo citoyenne, libre et "
        "antifasciste\", a déclaré à l'AFP Nijaz Skenderagic, un des organisateurs du défilé."
    )
    (quote,) = rule_quotes(text)
    assert quote["speaker"] == "Nijaz Skenderagic"
    assert text[slice(*quote["speaker_span"])] == "Nijaz Skenderagic"


def test_a_name_after_the_noun_of_an_adjunct_is_the_inverted_subject(rule_quotes):
    text = (
        "\"Les extra-terrestres sont là, je sais que c'est vrai car ils se sont arrêtés à "
        'Astoria", a tweeté avec humour Joe Budden, un musicien.'
    )
    (quote,) = rule_quotes(text)
    assert text[slice(*quote["speaker_span"])] == "Joe Budden"


def test_an_adjective_before_a_foreign_name_keeps_the_name_in_the_head(rule_quotes):
    text = (
        "Des centaines d'employés ont manifesté vendredi à bord du bateau, a rapporté le blog "
        "spécialisé Cruise Law News."
    )
    (quote,) = rule_quotes(text)
    assert quote["speaker"] == "Cruise Law News"


def test_a_husband_named_after_his_wife_is_a_man(rule_speakers):
    text = (
        "Liz est médecin à La Havane.Quand Liz sort le matin de chez elle, c'est au côté d'une "
        "autre blouse blanche, celle de son mari Ruben, médecin à la direction municipale de la "
        'santé."Nous sommes tous impliqués dans ce porte-à-porte", raconte la médecin.'
    )
    assert rule_speakers(text) == ["Liz"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a name in a complement of the head: the head speaks, not the name
        (
            "Sebastian Kurz est en visite à Paris. « Nous continuerons », ont déclaré les "
            "services du chancelier autrichien Sebastian Kurz.",
            [None],
        ),
        # a party under a person's title: the person
        (
            "Le député européen Emmanuel Maurel a quitté le parti. « C'est fini », a déclaré le "
            "député européen PS.",
            ["Emmanuel Maurel"],
        ),
    ],
)
def test_a_name_that_is_not_the_head_is_not_the_speaker(rule_speakers, text, speakers):
    assert rule_speakers(text) == speakers


def test_members_in_parentheses_are_no_candidates(nlp):
    text = (
        "La mobilisation continue. L'intersyndicale (CGT, FO, FSU, Solidaires et organisations "
        "de jeunesse) appelle à « poursuivre le mouvement »."
    )
    assert [q["speaker"] for q in extract_quotes(nlp(text))] == [None]
