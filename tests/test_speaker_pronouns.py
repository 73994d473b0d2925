"""Pronoun speakers (pronouns.py): whom "a-t-il dit" takes up."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes import extract_quotes, pronouns
from newsfacts.components.quotes.speaker_words import is_complement


def speakers_of(nlp, text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(nlp(text))]


def test_a_person_named_as_a_complement_does_not_take_the_pronoun(nlp):
    text = (
        "Michel Piccoli est mort lundi. Il a tourné avec Brigitte Bardot dans le film de "
        "Jean-Luc Godard. « Je préfère les prototypes », dira-t-il."
    )
    assert speakers_of(nlp, text) == ["Michel Piccoli"]


@pytest.mark.parametrize(
    ("text", "name", "complement"),
    [
        ("Il a tourné dans le film de Jean-Luc Godard.", "Jean-Luc Godard", True),
        ("Jean-Luc Godard a tourné un film.", "Jean-Luc Godard", False),
        # an apposed title introduces the person: "la classe de Sophie, professeure de …"
        ("Dans la classe de Sophie, professeure de mathématiques, on travaille.", "Sophie", False),
    ],
)
def test_complements(nlp, text, name, complement):
    doc = nlp(text)
    start = text.index(name)
    assert is_complement(doc, start, start + len(name)) is complement


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # continuity: the pronoun goes on with the speaker words of the quote before, not with
        # a person named earlier as a complement ("l'usine dirigée par Émeline Bernard")
        (
            "Le cabinet Catéis a rendu son rapport sur l'usine dirigée par Émeline Bernard. "
            "« Les méthodes sont nocives », a indiqué le cabinet Catéis. « Il faut tout "
            "revoir », ajoute-t-il.",
            ["Catéis", "Catéis"],
        ),
        (
            "Defence for Children a reçu les résultats de l'analyse de Jan Karbaat. « Les "
            "résultats confirment nos soupçons », a déclaré Defence for Children. "
            "« Maintenant, nous savons », a-t-elle ajouté.",
            ["Defence for Children", "Defence for Children"],
        ),
    ],
)
def test_a_pronoun_goes_on_with_the_previous_speaker_words(nlp, text, speakers):
    assert speakers_of(nlp, text) == speakers


def test_a_described_group_before_the_pronoun_wins_over_the_last_speaker(nlp):
    text = (
        "Renault a annoncé lundi la fermeture de son usine de Flins. « Nous traversons une "
        "période très difficile pour toute la filière automobile », a déclaré Jean Dupont, "
        "délégué syndical. Le groupe, qui emploie 500 salariés dans la région, a présenté mardi "
        "un plan d'économies. Il affirme que « aucun licenciement sec n'est prévu »."
    )
    assert speakers_of(nlp, text)[-1] == "Renault"


def test_a_person_named_in_a_list_of_persons_does_not_take_up_il(nlp):
    """ "les journalistes X et Y l'accusent … Il lui aurait murmuré": one member of a list of
    persons is not whom a singular pronoun takes up; the person in view before is."""
    text = (
        "Michel Sapin a refusé de commenter. « La justice est saisie, tant mieux », juge "
        "l'ancien ministre de François Hollande. Dans leur livre, les journalistes Stéphanie "
        "Marteau et Aziz Zemouri l'accusent d'avoir « fait claquer l'élastique » d'une "
        "journaliste. Il lui aurait murmuré : « Ah "
        "mais qu'est-ce que vous me montrez là ? »."
    )
    assert speakers_of(nlp, text)[-1] == "Michel Sapin"
    text = (
        "Michel Piccoli a joué au théâtre. Il a été dirigé par les plus grands, Peter Brook, "
        "Patrice Chéreau, Luc Bondy. « Je préfère les prototypes », dira-t-il."
    )
    assert speakers_of(nlp, text) == ["Michel Piccoli"]


def test_two_names_with_a_comma_only_are_no_list(nlp):
    text = (
        "Jean-Luc Mélenchon a parlé dimanche. Le député, compagnon de Raquel Garrido, Alexis "
        "Corbière a insisté lundi. Il a dénoncé « le jeu qui consiste à exhumer un tweet »."
    )
    assert speakers_of(nlp, text)[-1] == "Alexis Corbière"


def test_a_pronoun_takes_up_the_only_member_of_a_list_with_its_gender(nlp):
    """ "Marine Tondelier et Jordan Bardella ont débattu. « … », a-t-elle lancé": only one
    member of the list is a woman, so "elle" can pick her out of it."""
    text = (
        "Rachida Dati a quitté la salle mardi. Marine Tondelier et Jordan Bardella ont "
        "débattu. « Rien n'est fait », a-t-elle lancé."
    )
    assert speakers_of(nlp, text) == ["Marine Tondelier"]
    text = (
        "Emmanuel Macron a parlé lundi. Le débat a opposé mardi Valérie Pécresse et Éric "
        "Zemmour. « Rien n'est fait », a-t-il lancé."
    )
    assert speakers_of(nlp, text) == ["Éric Zemmour"]


def test_a_pronoun_goes_on_with_an_unnamed_speaker(nlp, monkeypatch):
    """ "a confié un autre membre d'équipage … dit-il": the man the article does not name goes
    on speaking, not the last person named (the ranker off, the rules' answer shows)."""
    monkeypatch.setattr(nlp.get_pipe("newsfacts_quotes").ranking, "ranker", None)
    text = (
        "Le capitaine Caio Saldanha a refusé de répondre aux marins. « J'ai peur », a confié "
        "à l'AFP un autre membre d'équipage brésilien. « Je ne veux pas mourir », dit-il."
    )
    quotes = extract_quotes(nlp(text))
    assert [q["speaker"] for q in quotes] == [None, None]


def test_a_definite_description_the_rules_left_open_does_not_silence_the_pronoun(nlp, monkeypatch):
    """ "a déclaré le ministre" the rules could not link may be someone named: a pronoun
    after it still looks for the person in view."""
    monkeypatch.setattr(nlp.get_pipe("newsfacts_quotes").ranking, "ranker", None)
    text = (
        "Christophe Castaner a défendu les policiers. « C'est l'honneur de la police », a "
        "déclaré le ministre de l'Intérieur. « Il faut être exemplaire », a-t-il ajouté."
    )
    assert speakers_of(nlp, text)[-1] == "Christophe Castaner"


@pytest.mark.parametrize(
    "text",
    [
        "« L'attaque a été lancée à l'aube », a déclaré Mohamad Gammoudi. D'après Wolfram "
        "Lacher, chercheur à l'institut SWP, « les forces se sont retirées de la base ». "
        "« Cela renforce le sentiment de défaite », a-t-il ajouté.",
        "« C'est une démonstration magistrale », a réagi Me Eric Morain. Pour l'un des "
        "avocats de la plaignante, Me Wolfram Lacher, « cette expertise vient caractériser "
        "l'emprise ». « Elle intervient dans un climat délétère », a-t-il ajouté.",
    ],
)
def test_the_source_named_after_selon_or_pour_goes_on_speaking(nlp, monkeypatch, text):
    """ "D'après X, « … ». « … », a-t-il ajouté": X, the source, though the parse makes the
    name a complement, rather than the one quoted before."""
    monkeypatch.setattr(nlp.get_pipe("newsfacts_quotes").ranking, "ranker", None)
    assert speakers_of(nlp, text)[-1] == "Wolfram Lacher"


@pytest.mark.parametrize(
    ("text", "name", "source"),
    [
        (
            "D'après Wolfram Lacher, chercheur au SWP, « les forces se sont retirées ».",
            "Wolfram Lacher",
            True,
        ),
        (
            "Pour l'un des avocats de Mme Ayari, Me Jonas Haddad, « c'est clair ».",
            "Jonas Haddad",
            True,
        ),
        ("Pour l'un des avocats de Mme Ayari, Me Jonas Haddad, « c'est clair ».", "Ayari", False),
        ("Selon l'avocat de Marcel Jacob, « il est innocent ».", "Marcel Jacob", False),
        ("Il a voté pour Jonas Haddad hier.", "Jonas Haddad", False),
    ],
)
def test_the_source_of_words_is_no_mere_complement(nlp, text, name, source):
    """The name after "d'après", "selon" or a fronted "Pour" gives the words' source, a
    speaker a later pronoun may take up (pronouns.source_of_words)."""
    doc = nlp(text)
    start = text.index(name)
    assert (
        getattr(pronouns, "source_of_words", lambda *a: False)(doc, start, start + len(name))
        is source
    )


def test_a_pronoun_takes_up_the_person_ce_dernier_designated_as_subject(nlp, monkeypatch):
    """ "… du chef de l'Etat, Alexandre Benalla. Ce dernier a été interrogé sur BFM-TV.
    « … », commente-t-il": "ce dernier", the subject, is Benalla, whom the pronoun takes up,
    not Taha Bouhafs, named before as a subject."""
    monkeypatch.setattr(nlp.get_pipe("newsfacts_quotes").ranking, "ranker", None)
    text = (
        "Le militant Taha Bouhafs a été interpellé vendredi. La séquence a été commentée par "
        "l'ancien collaborateur du chef de l'Etat, Alexandre Benalla. Ce dernier a été "
        "interrogé lundi sur BFM-TV. « Il y a un loupé dans l'organisation », commente-t-il."
    )
    assert speakers_of(nlp, text) == ["Alexandre Benalla"]


def test_a_pronoun_takes_up_the_main_person_when_no_one_in_view_stands_out(nlp):
    # the persons in view are objects of unknown gender and a film's author as a complement:
    # the pronoun takes up the person the article is about, who spoke before, not Bluwal
    text = (
        "Michel Piccoli est mort lundi. « Je suis un acteur », déclarait Michel Piccoli. "
        "Il a admiré Rivette. Il a aimé Bresson. Il a connu Melville. Il a croisé Tati. "
        "A la télévision, il a joué une pièce de Marcel Bluwal. « Si je pense à tous ces "
        "monstres, j'ai peur », dira-t-il."
    )
    assert speakers_of(nlp, text) == ["Michel Piccoli", "Michel Piccoli"]


def test_a_pronoun_after_open_speaker_words_follows_their_quote(nlp):
    """ "« … », confie la docteure. « … », dit-elle": the rules cannot link "la docteure" (no
    one is named), the pronoun goes on with her; the ranker's answer for her will be its
    own (ranking.py). An unnamed "une habitante" keeps no one, as before."""
    ranking = nlp.get_pipe("newsfacts_quotes").ranking
    seen = []
    ranking.observe = lambda quote, found: seen.append(quote)
    try:
        nlp("« On se voit très peu », confie la docteure. « On parle de travail », dit-elle.")
        first, second = seen[-2:]
        assert second.follows is first
        seen.clear()
        nlp("« On attend », raconte une habitante. « On est en colère », ajoute-t-elle.")
        first, second = seen[-2:]
        assert second.follows is None
    finally:
        ranking.observe = None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the person the sentence before the quote brings in speaks, where the parse finds no
        # subject for them (a verbless sentence, a fronted participle), not an earlier speaker
        (
            "« Ce n'est pas du tout la même chose », confie Laurent. Bénévole de cette "
            "paroisse, Françoise Gueudar s'exclame : « Depuis aujourd'hui, on est vraiment "
            "déconfinés ! » Parmi l'assemblée, l'évêque de Nanterre Matthieu Rougé, qui avait "
            "multiplié les prises de position pour un déconfinement. « Il y a une grande "
            "émotion chez ceux qui sont venus », témoigne-t-il.",
            "Matthieu Rougé",
        ),
        (
            "Le vice-Premier ministre Vadym Prystaïko a indiqué en mai que des entreprises "
            "attendaient des travailleurs. Il a admis que les salaires étaient meilleurs à "
            "l'étranger. Attendant lui aussi le vol pour Helsinki, Mykola, 32 ans, salué ce "
            "changement de ton. Maintenant que la bureaucratie a cédé, « il est temps d'aller "
            "travailler », a-t-il déclaré à l'AFP.",
            "Mykola",
        ),
        # a name after a preposition is spoken of: the speaker before goes on
        (
            "« Nous avons trouvé un cadre commun », a déclaré Bruno Le Maire à la sortie d'une "
            "entrevue avec son homologue américain Steven Mnuchin. « La France est prête à "
            "reporter le paiement », a-t-il ajouté.",
            "Bruno Le Maire",
        ),
    ],
)
def test_the_person_who_brings_the_quote_in_speaks(nlp, text, speaker):
    assert speakers_of(nlp, text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a plural pronoun takes up the plural subject; "les membres du Conseil" speak for it
        (
            "Le Conseil scientifique a rendu son avis. Les membres du Conseil les assortissent "
            "de réserves. Ils mettent en garde contre les risques. « D'autres modalités "
            "peuvent être envisagées », font-ils valoir.",
            "Conseil scientifique",
        ),
        # an organisation apposed to the plural subject
        (
            "Les évangéliques (Conseil national des évangéliques de France) ont publié un "
            "guide : « Reportez les repas », préconisent-ils.",
            "Conseil national des évangéliques de France",
        ),
        # a group no organisation stands for: no speaker
        (
            "Le Conseil d'État a rendu son avis. Les juges ont motivé leur décision. "
            "« Le marié souriait à peine », ont-ils constaté.",
            None,
        ),
    ],
)
def test_a_plural_pronoun_takes_up_the_organisation_its_group_speaks_for(nlp, text, speaker):
    assert speakers_of(nlp, text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the pronoun takes up the group that is the subject before it, which no actor names:
        # no one speaks, not the last woman named
        (
            "« Il fallait qu'on rembourse tout ce qu'elle a perçu », raconte Fabien Martin, "
            "le mari d'Elise Martin. La famille tente de se défendre, elle assure ne plus "
            'toucher "aucune indemnité depuis le mois de juillet".',
            None,
        ),
        (
            "« Elle a été frappée », déplore Maître Lucie Marius-Chassot. La famille a porté "
            "plainte, rapporte BFMTV. Contactée par la chaîne, la préfecture de police livre "
            "une autre version. Selon elle, « c'est la mère de famille qui a été violente ».",
            None,
        ),
        # a group subject of a reported clause is not the one who reports
        (
            "Emmanuel Macron a défendu la réforme. Il a affirmé que le gouvernement devait "
            "« continuer d'expliquer ». « Cela suppose des changements », a-t-il ajouté.",
            "Emmanuel Macron",
        ),
    ],
)
def test_a_pronoun_takes_up_the_group_subject_before_it(nlp, text, speaker):
    assert speakers_of(nlp, text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "celui qui …", "celle qui …" after the quote take up a person as a pronoun does
        (
            "Célèbre sous le nom de Johnny Rotten, John Lydon a connu le succès avec le groupe "
            "Public Image Limited. « Cela serait un grand honneur pour moi », a déclaré celui "
            "qui compte interpréter une chanson country.",
            "John Lydon",
        ),
        (
            "Ninaki Priddy, une amie d'enfance de Meghan Markle, se lâche dans une interview. "
            "« Après le mariage, c'est comme si la lumière s'était éteinte », explique celle "
            "qui fut sa demoiselle d'honneur.",
            "Ninaki Priddy",
        ),
    ],
)
def test_the_one_a_relative_clause_describes_is_taken_up_like_a_pronoun(nlp, text, speaker):
    assert speakers_of(nlp, text)[-1] == speaker


def test_a_pronoun_goes_on_with_a_described_group_left_open(nlp):
    # the speaker words before are a group none of the actors is: it goes on speaking,
    # not the last woman named
    text = (
        "La requérante Aline Charron a obtenu gain de cause. « Nous ne sommes pas contraints "
        "d'ouvrir », a réagi la municipalité, annonçant son intention de faire appel. Elle a "
        "également dénoncé « l'instrumentalisation de la requérante »."
    )
    assert speakers_of(nlp, text)[-1] is None


def test_a_described_group_does_not_go_on_across_a_paragraph(nlp):
    text = (
        "La photographe Marthe Lebreton a couvert la guerre d'Algérie.\n\n"
        "Une partie de ses archives a été léguée à la Bibliothèque nationale. Selon "
        "l'institution, « 30 % de ce fonds n'a jamais été tiré ».\n\n"
        "Dans les années 1970, elle s'éloigne de la presse, qu'elle juge devenue « une "
        "vitrine »."
    )
    assert speakers_of(nlp, text)[-1] == "Marthe Lebreton"


def test_names_in_the_cue_sentence_do_not_stop_the_speaker_going_on(nlp):
    # "au micro de France Bleu" completes the cue: the unnamed resident goes on speaking,
    # not the person named before her
    text = (
        "Marie Dupont, la directrice de Vinci Autoroutes, a reconnu un problème. « On a appuyé "
        "sur tous les boutons », a témoigné une habitante de Valence au micro de France Bleu. "
        "Elle était arrivée vers 3 heures. « J'ai fini par forcer la barrière », a-t-elle "
        "encore confié."
    )
    assert speakers_of(nlp, text) == [None, None]


def test_a_pronoun_going_on_with_open_words_looks_for_no_one_named_after_it(nlp):
    # "la juge des référés" left open: "elle" takes her up, not the first woman named after
    text = (
        "La municipalité avait décidé que les écoles resteraient fermées. « L'arrêté du maire "
        "porte une atteinte grave au droit à l'éducation », a estimé la juge des référés. Les "
        "mesures prises par le maire ne doivent pas « compromettre la cohérence des mesures "
        "prises par l'Etat », a-t-elle aussi rappelé.\n\nAline Charron, mère d'élève, avait "
        "déposé un recours en urgence le 14 mai."
    )
    assert speakers_of(nlp, text) == [None, None]


def test_an_unnamed_description_subject_goes_on_speaking(nlp):
    # "L'employé de la commune" is no one the article names: "il" takes him up, not the
    # last person named
    text = (
        "Le gardien de la salle des fêtes a témoigné jeudi après la disparition de Léa Martin. "
        "L'employé de la commune n'a pas été placé en garde à vue. « Je dormais », explique-t-il."
        " « Je ne la connais pas du tout », déclare-t-il."
    )
    assert speakers_of(nlp, text) == [None, None]


def test_an_abbreviation_dot_in_the_cue_sentence_ends_no_sentence(nlp):
    # the dot of "M." ends no sentence (text.Sentences): "devant M. Martin" completes the cue
    # and the unnamed resident goes on speaking, not the person named before her
    text = (
        "Marie Dupont, la directrice de Vinci Autoroutes, a reconnu un problème. « On a appuyé "
        "sur tous les boutons », a témoigné une habitante de Valence devant M. Martin, le maire. "
        "Elle était arrivée vers 3 heures. « J'ai fini par forcer la barrière », a-t-elle "
        "encore confié."
    )
    assert speakers_of(nlp, text) == [None, None]


def test_the_agent_of_a_verbless_sentence_acts_like_its_subject(nlp):
    """ "Une intervention suivie également par Christiane, …. « … », a-t-elle confié": the
    agent of the participle in a verbless sentence is the one who acts, not a complement; the
    agent of a participle hung on a complement ("le film réalisé par Jean-Luc Godard") is."""
    text = (
        "Jennifer De Araujo, la mère de la fillette, a parlé aux gendarmes. Une intervention "
        "suivie également par Christiane, la mère du suspect. « Je suis sensible à leur "
        "détresse », a-t-elle confié."
    )
    assert speakers_of(nlp, text) == ["Christiane"]
    text = (
        "Michel Piccoli est mort lundi. Il a tourné dans le film réalisé par Jean-Luc Godard. "
        "« Je préfère les prototypes », dira-t-il."
    )
    assert speakers_of(nlp, text) == ["Michel Piccoli"]
