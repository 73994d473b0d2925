"""Description speakers (descriptions.py): which actor a title or a role designates."""

from __future__ import annotations

from newsfacts.components.quotes import extract_quotes
from newsfacts.components.quotes.index import ActorIndex
from newsfacts.components.quotes.lexicon import load_lexicon
from newsfacts.components.quotes.speakers import SpeakerResolver


def test_a_title_read_as_of_someone_else_does_not_designate_the_complement(nlp):
    doc = nlp("L'avocat demande une audience.")
    span = doc[0:2]  # "L'avocat"
    client = {"name": "Marcel Jacob", "type": "person", "titles": ["avocat de"]}
    lawyer = {"name": "Stéphane Giuranna", "type": "person", "titles": ["avocat"]}
    index = ActorIndex([client, lawyer], doc.text)
    index.refresh()
    index.titles = {1: {"avocat"}}
    resolver = SpeakerResolver(load_lexicon())
    assert resolver._title_of_a_complement(client, span, index)
    assert not resolver._title_of_a_complement(lawyer, span, index)
    index.titles = {0: {"avocat"}}  # the article itself calls X "l'avocat": keep it
    assert not resolver._title_of_a_complement(client, span, index)


def test_a_role_noun_before_anyone_is_named_takes_up_no_one_named_after(nlp, monkeypatch):
    """ "raconte le père" opens the article: the person named next (the hospital's doctor,
    who answers him) is not the father, whom the rules leave to the ranker; a pronoun that
    opens a lede still looks ahead."""
    monkeypatch.setattr(nlp.get_pipe("newsfacts_quotes").ranking, "ranker", None)
    text = (
        "« Le bébé est vivant », raconte le père au quotidien. L'hôpital se défend. « Nous "
        "avons tout vérifié », assure le Dr Pierre Ducq, président de la commission médicale."
    )
    assert [q["speaker"] for q in extract_quotes(nlp(text))] == [None, "Pierre Ducq"]
    text = "« Le bébé est vivant », dit-il au quotidien. Pierre Ducq est le père de l'enfant."
    assert [q["speaker"] for q in extract_quotes(nlp(text))] == ["Pierre Ducq"]


def _speakers(nlp, monkeypatch, text):
    monkeypatch.setattr(nlp.get_pipe("newsfacts_quotes").ranking, "ranker", None)
    return [q["speaker"] for q in extract_quotes(nlp(text))]


def test_the_colleagues_or_the_words_of_a_medium_speak_for_it(nlp, monkeypatch):
    """ "nos confrères de BFMTV", "les précisions de France Bleu": the medium named in the
    complement is the source, as the staff of an organisation speak for it."""
    text = (
        "Le maire a démissionné mardi. « Je pars la tête haute », a-t-il confié à nos "
        "confrères de BFMTV. Le conseil municipal s'est réuni jeudi. Le vote aura lieu "
        "en mars, selon les précisions de France Bleu Isère."
    )
    assert _speakers(nlp, monkeypatch, text)[-1] == "France Bleu Isère"
    text = "Le maire a démissionné mardi. « Il faut du temps », expliquent nos confrères de BFMTV."
    assert _speakers(nlp, monkeypatch, text) == ["BFMTV"]


def test_an_acronym_in_brackets_names_the_organisation_before_it(nlp, monkeypatch):
    """ "chef de l'agence nationale de planning familial (BKKBN)": the acronym is the
    organisation's name, which a later "l'agence" takes up; a list in brackets is not."""
    text = (
        "« C'est une urgence », a expliqué Hasto Wardoyo, chef de l'agence nationale de "
        "planning familial (BKKBN). L'agence a indiqué avoir envoyé du personnel sur place."
    )
    assert _speakers(nlp, monkeypatch, text)[-1] == "BKKBN"
    text = (
        "Des artistes ont appelé à faire barrage au Rassemblement national (RN). Côté "
        "fréquentation, la direction affiche sa satisfaction. Selon les chiffres communiqués "
        "jeudi, 94 % des billets avaient trouvé preneur."
    )
    assert _speakers(nlp, monkeypatch, text) == [None]


def test_a_role_brought_in_unnamed_takes_up_no_named_person(nlp, monkeypatch):
    """ "interpellé par un professeur … a poursuivi le professeur": the article never names
    the teacher, so "le professeur" is not Emmanuel Macron, the last man named; named in
    apposition ("un expert, le docteur X"), the role is X's."""
    monkeypatch.setattr(nlp.get_pipe("newsfacts_quotes").ranking, "ranker", None)
    text = (
        "À Pau, Emmanuel Macron a été interpellé par un professeur de collège. « La réforme "
        "est injuste », a poursuivi le professeur."
    )
    assert [q["speaker"] for q in extract_quotes(nlp(text))] == [None]


def test_a_role_noun_takes_up_the_person_the_article_is_about(nlp, monkeypatch):
    """ "le mathématicien" after a sentence that names Emmanuel Macron is still Cédric
    Villani, whom the article names and quotes throughout; with no one standing out (each
    named once), the last person named before it."""
    text = (
        "Cédric Villani maintient sa candidature à Paris. « Je ne renoncerai pas », a déclaré "
        "Cédric Villani mardi. Cédric Villani a rencontré des habitants. Emmanuel Macron "
        "l'a reçu jeudi. « Je ne vais pas commenter cette rencontre », a répondu le "
        "mathématicien."
    )
    assert _speakers(nlp, monkeypatch, text) == ["Cédric Villani", "Cédric Villani"]
    text = (
        "Cédric Villani maintient sa candidature. Selon Emmanuel Macron, rien n'est "
        "joué. « Je ne vais pas commenter », a répondu le mathématicien."
    )
    assert _speakers(nlp, monkeypatch, text)[-1] == "Emmanuel Macron"


def test_a_main_person_must_stand_out(nlp, monkeypatch):
    """Named three times against another's two, Cédric Villani is not the story's one subject:
    "le mathématicien" keeps the last person named (the ranker and the rules before decide)."""
    text = (
        "Cédric Villani maintient sa candidature. « Je ne renoncerai pas », a déclaré "
        "Cédric Villani. Cédric Villani a vu Benjamin Griveaux. Benjamin Griveaux a parlé. "
        "« Je ne vais pas commenter », a répondu le mathématicien."
    )
    assert _speakers(nlp, monkeypatch, text) == ["Cédric Villani", "Benjamin Griveaux"]


def test_a_medium_or_a_body_named_in_the_complement_of_its_voice_speaks(nlp, monkeypatch):
    """ "notre confrère du Figaro", "la direction Nord de La Poste": the name that opens the
    complement of a voice noun (a word may stand between them) is the source."""
    text = (
        "Le Figaro a enquêté. « Si l'association parvient à fédérer, elle gagnera », explique "
        "notre confrère du Figaro."
    )
    assert _speakers(nlp, monkeypatch, text) == ["Le Figaro"]
    text = (
        "La Poste est mise en cause. Sollicitée par l'AFP, la direction Nord de La Poste "
        'déclare : "une nouvelle directrice a été nommée".'
    )
    assert _speakers(nlp, monkeypatch, text) == ["La Poste"]


def test_an_acronym_closing_the_words_of_a_body_names_it(nlp, monkeypatch):
    """ "le service d'incendie et de secours (Sdis)": the acronym in the closing brackets
    spells the lower-case name before it; the same body speaks."""
    text = (
        "Deux chevaux bloquaient l'autoroute. Les animaux s'étaient échappés d'un centre "
        "équestre, selon le service d'incendie et de secours (Sdis), rapporte France Bleu."
    )
    assert _speakers(nlp, monkeypatch, text)[0] == "Sdis"


def test_the_most_prominent_person_is_the_last_resort_of_a_title_no_one_holds(nlp, monkeypatch):
    """The actors component's fallback (the article's most prominent person, for a title no
    one holds) comes after the steps that read the words: "le ministre" after a sentence
    whose subject is Thomas Pesquet is him; with no other reading, the prominent person
    (here whom the stand-in names)."""
    resolver = nlp.get_pipe("newsfacts_quotes").speakers

    def prominent(doc, text, before):
        return next(a for a in doc._.actors if a["name"] == "Marie Durand")

    monkeypatch.setattr(resolver, "find_actor_by_title", lambda *args, **kwargs: None)
    monkeypatch.setattr(resolver, "find_prominent_for_title", prominent)
    text = (
        "Marie Durand dirige l'agence. Thomas Pesquet est rentré lundi. « C'était "
        "magnifique », a expliqué le ministre."
    )
    assert _speakers(nlp, monkeypatch, text) == ["Thomas Pesquet"]
    text = (
        "Thomas Pesquet a rencontré Marie Durand. « C'était magnifique », a expliqué la visiteuse."
    )
    assert _speakers(nlp, monkeypatch, text) == ["Marie Durand"]


def test_a_relative_is_not_the_prominent_person(nlp, monkeypatch):
    """ "assure sa fille", "la mère du chanteur": someone of the person the article is about,
    not that person, whom the fallback of a title no one holds would take."""
    text = (
        "Dominique Martin a été condamné lundi à trois ans de prison. Il a fait appel. "
        "« Mon père est innocent », assure sa fille."
    )
    assert _speakers(nlp, monkeypatch, text) == [None]


def test_a_demonstrative_role_takes_up_the_person_in_view(nlp, monkeypatch):
    """ "souligne ce médecin" after M. Bamallem spoke is him, not the other doctor the
    article named; "explique cette employée" is the woman just named, whose role no title
    says."""
    text = (
        "Le médecin Saddam Haïdari est débordé. « Nous manquons de tout », dit-il. Les cas "
        "augmentent, affirme Yasser Bamallem, directeur de la santé. « Seule une aide "
        "internationale peut nous sauver », souligne ce médecin."
    )
    assert _speakers(nlp, monkeypatch, text)[-1] == "Yasser Bamallem"
    text = "Imen, 26 ans, vit à Tunis. « Tout le monde est stressé », explique cette employée."
    assert _speakers(nlp, monkeypatch, text) == ["Imen"]


def test_a_title_given_after_selon_is_the_persons(nlp):
    """ "Selon le psychiatre Eugenio Rothe": the title of the one who speaks, which a later
    "le psychiatre" takes up; "retardé par la pandémie, X" gives X no title."""
    resolver = SpeakerResolver(load_lexicon())
    doc = nlp("Selon le psychiatre Eugenio Rothe, l'isolement peut être vécu comme une coupure.")
    index = resolver.index(doc)
    rothe = next(n for n, a in enumerate(index.actors) if a["name"] == "Eugenio Rothe")
    assert "psychiatr" in index.titles[rothe]
    doc = nlp("Retardé par la pandémie, Helder Silva est arrivé en Espagne lundi.")
    index = resolver.index(doc)
    assert not any("pandémi" in titles for titles in index.titles.values())


def test_plural_documents_or_of_an_unknown_author_take_up_no_organisation(nlp, monkeypatch):
    """ "selon le bilan": the organisation just named; "selon les chiffres officiels" gather
    many sources, "le communiqué des autorités françaises" names an author the article does
    not know: neither is the organisation just named."""
    opening = "Le ministère de la Santé a ouvert un centre lundi. "
    text = opening + "Plus de 91.000 personnes sont malades, selon le bilan."
    assert _speakers(nlp, monkeypatch, text) == ["ministère de la Santé"]
    text = opening + "Plus de 91.000 personnes sont malades, selon les chiffres officiels."
    assert _speakers(nlp, monkeypatch, text) == [None]
    text = opening + "Il aurait vécu en Allemagne, selon le communiqué des autorités françaises."
    assert _speakers(nlp, monkeypatch, text) == [None]


def test_an_opening_description_takes_up_the_person_quoted_by_name_further_on(nlp, monkeypatch):
    """ "« … », explique la comédienne" opens the article (its summary named her): the person
    the article quotes by name further on, of a fitting gender; not one it only names ("la
    juge des référés" before the plaintiff, who never speaks), nor one it gave another role."""
    text = (
        "« Ça me touche », explique la comédienne au journaliste Philippe Vandel. Le débat "
        "fait rage. « Il y a des milieux où c'est très dur », répond Mimie Mathy."
    )
    assert _speakers(nlp, monkeypatch, text) == ["Mimie Mathy", "Mimie Mathy"]
    text = (
        "« L'arrêté est illégal », a estimé la juge des référés. La décision fait suite au "
        "recours déposé par Aline Charron, conseillère municipale."
    )
    assert _speakers(nlp, monkeypatch, text) == [None]


def test_the_prominent_person_is_no_last_resort_for_one_who_acts_for_someone(nlp, monkeypatch):
    """ "le porte-parole" no actor holds is someone's spokesperson, not the prime minister the
    article is about (as "sa fille" is not him: the test above)."""
    text = (
        "Boris Johnson, Premier ministre britannique, a été hospitalisé dimanche. Boris Johnson "
        "reste à l'hôpital. « Il est de bonne humeur », a déclaré le porte-parole."
    )
    assert _speakers(nlp, monkeypatch, text) == [None]


def test_a_document_is_of_the_organisation_quoted_before_not_one_merely_mentioned(nlp, monkeypatch):
    """ "Selon l'ONU, les vols de la compagnie Cham Wings … « … », précise le document": the
    UN's document, not the airline's, which the article only spoke of since."""
    text = (
        "Selon un rapport de l'ONU, les vols de la compagnie syrienne Cham Wings ont permis "
        "d'envoyer des centaines de mercenaires en Libye. « Le nombre de combattants est de "
        "moins de 2.000 », précise le document."
    )
    assert _speakers(nlp, monkeypatch, text)[-1] == "ONU"


def test_an_age_is_no_complement_of_a_bare_person_noun(nlp, monkeypatch):
    """ "la femme de 85 ans" is "la femme" with one more fact: the woman just named, as
    "la vieille dame" would be; the man named since is not her."""
    text = (
        "Geneviève de Fontenay est en colère contre Johnny Hallyday. « J'ai été choquée des "
        "obsèques de Johnny Hallyday », s'est énervée la femme de 85 ans dans l'émission."
    )
    assert _speakers(nlp, monkeypatch, text) == ["Geneviève de Fontenay"]


def test_an_organisation_noun_takes_up_the_organisation_the_article_called_so(nlp, monkeypatch):
    """ "Wistand, une plateforme qui …" … "explique la plateforme": the noun the article put in
    apposition to an organisation's name takes it up, not the last organisation named."""
    text = (
        "Grégoire Laugier vient de lancer Wistand, une plateforme qui permet de payer un inconnu "
        "pour aller manifester à sa place. Le trentenaire réside près de Parthenay. Du coup, il "
        "a eu l'idée de lancer ce service le mois dernier. La CGT dénonce une marchandisation "
        "de la contestation. « Les messagers sont pré-sélectionnés par affinité », explique "
        "la plateforme."
    )
    assert _speakers(nlp, monkeypatch, text)[-1] == "Wistand"


def test_a_lede_organisation_noun_takes_up_the_organisation_named_shortly_after(nlp, monkeypatch):
    """ "a souligné l'agence" opens the article (the summary above it named the agency): where
    no organisation was named before, the first one named shortly after, not the medium the
    next speaker spoke to; a noun with a complement ("la direction de la santé") says which."""
    text = (
        "Des cliniques ont dû fermer. L'accès aux contraceptifs est devenu plus difficile, a "
        "souligné l'agence. « Beaucoup de gens restent chez eux », a expliqué à l'AFP Hasto "
        "Wardoyo, chef du service de planning familial et de la population (BKKBN)."
    )
    assert _speakers(nlp, monkeypatch, text)[0] == "BKKBN"
    text = text.replace("l'agence", "la direction du service de santé")
    assert _speakers(nlp, monkeypatch, text)[0] is None


def test_an_authority_takes_up_the_authority_just_named(nlp, monkeypatch):
    """ "précise l'autorité" after "la Haute Autorité de santé" (HAS): an organisation noun,
    as "l'agence" is."""
    text = (
        "Des performances inégales ont été soulignées par la HAS, qui met en garde contre ces "
        "autotests. A ce jour, précise l'autorité, il existe très peu de données scientifiques."
    )
    assert _speakers(nlp, monkeypatch, text)[-1] == "HAS"


def test_a_palace_takes_up_the_palace_the_article_names_not_the_latest_organisation(
    nlp, monkeypatch
):
    """ "a précisé le palais", "a écrit la résidence royale": the palace the article names
    (Buckingham Palace, maybe further on), not the medium or the body named last; with no
    palace named, no one."""
    text = (
        "Le Mail Online avait donné l'information dimanche. « La cérémonie n'aura pas lieu "
        "cette année », a précisé le palais. Un porte-parole de Buckingham Palace a ajouté "
        "que la reine était déçue."
    )
    assert _speakers(nlp, monkeypatch, text)[0] == "Buckingham Palace"
    text = text.replace("le palais", "la résidence royale")
    assert _speakers(nlp, monkeypatch, text)[0] == "Buckingham Palace"
    text = (
        "Le Mail Online avait donné l'information dimanche. « La cérémonie n'aura pas lieu "
        "cette année », a précisé le palais."
    )
    assert _speakers(nlp, monkeypatch, text)[0] is None


def test_an_organisation_noun_passes_over_a_body_named_in_a_complement_for_one_quoted(
    nlp, monkeypatch
):
    """ "précise l'agence" after "écrit l'ARS" and "les agents des services de la Direction
    départementale (DDPP)": the agency quoted before, not the body named in passing in a
    complement; with no organisation quoted before, the complement's ("les dirigeants de
    Sanofi … le géant pharmaceutique") still is the one."""
    text = (
        "« Les cas positifs concernent l'unité de découpe », écrit l'ARS dans un "
        "communiqué. Les tests ont été élargis aux agents des services vétérinaires de la "
        "Direction départementale de la protection des populations (DDPP). « Aucun agent n'a été "
        "identifié comme porteur », précise l'agence."
    )
    assert _speakers(nlp, monkeypatch, text)[-1] == "ARS"
    text = (
        "Devant le collège Pierre-Puget, les élèves attendaient. Emmanuel Macron s'entretient "
        "mardi avec les dirigeants de Sanofi. « Le vaccin ira d'abord aux Etats-Unis », a "
        "déclaré le groupe pharmaceutique."
    )
    assert _speakers(nlp, monkeypatch, text)[-1] == "Sanofi"


def test_the_latest_organisation_without_a_parse_reads_no_complement():
    """``_last_of_type`` may be asked to pass over bodies named in a complement with no doc to
    read them in: it then takes the latest organisation instead of failing."""
    text = "Les agents de la DDPP ont parlé. L'agence confirme."
    agency = {"name": "DDPP", "type": "organization", "mentions": [[17, 21]]}
    index = ActorIndex([agency], text)
    index.refresh()
    resolver = SpeakerResolver(load_lexicon())
    found = resolver._last_of_type(index, 33, "organization", (), past_complements=True)
    assert found is agency


def test_a_person_named_in_an_apposition_after_the_words_is_the_one_described(nlp, monkeypatch):
    """ "le président de la commission des Transports, le démocrate Peter DeFazio, a appelé":
    the name between commas after the words; not a name that opens the main clause after
    "selon le quotidien"."""
    text = (
        "Donald Trump refuse le masque. Jeudi, le président de la commission des Transports, "
        "le démocrate Peter DeFazio, a appelé les compagnies à maintenir « une largeur de "
        "siège entre les passagers »."
    )
    assert _speakers(nlp, monkeypatch, text)[-1] == "Peter DeFazio"
    text = (
        "Le Vatican a fermé ses musées. Selon un responsable de la direction sanitaire du "
        "Vatican, Andrea Arcangeli, les agents ont pulvérisé « une solution désinfectante »."
    )
    assert _speakers(nlp, monkeypatch, text)[-1] == "Andrea Arcangeli"
