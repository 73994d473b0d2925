"""Names that two actors share: a surname of two people, a name read as two types, a video's
credit line, an unknown name after a reporting verb."""

from __future__ import annotations


def _actors(nlp, text: str) -> list[tuple[str, str, list[str]]]:
    doc = nlp(text)
    return [
        (actor["name"], actor["type"], [text[s:e] for s, e in sorted(actor["mentions"])])
        for actor in doc._.actors
    ]


def test_a_surname_two_people_share_goes_to_the_one_named_most(nlp):
    # orangesum-h os-10749: 'M. Pompeo' came before his wife's full name and went to her
    text = (
        "L'inspecteur enquêtait sur des plaintes selon lesquelles M. Pompeo aurait abusé des "
        "services d'un employé. Il a voyagé en compagnie de son épouse, Susan Pompeo, ce qui "
        "fait grincer des dents. Selon CNN, Mike Pompeo aurait préconisé le renvoi. Mike "
        "Pompeo, 56 ans, est un proche du président."
    )
    actors = {name: (kind, mentions) for name, kind, mentions in _actors(nlp, text)}
    assert actors["Susan Pompeo"] == ("person", ["Susan Pompeo"])
    assert actors["Mike Pompeo"][1] == ["Pompeo", "Mike Pompeo", "Mike Pompeo"]


def test_a_surname_stays_put_when_no_one_is_named_more_often(nlp):
    text = (
        "Christine Villemin et Jean-Marie Villemin ont été entendus. Villemin a répondu aux "
        "questions des juges."
    )
    names = [name for name, _, _ in _actors(nlp, text)]
    assert "Christine Villemin" in names and "Jean-Marie Villemin" in names


def test_one_name_read_as_two_types_is_one_actor(nlp):
    # orangesum-dev os-10331: the NER read the second 'France Gall' as an organisation
    text = (
        "Rama, une femme d'origine sénégalaise, raconte comment France Gall lui est venue en "
        "aide. En 1986, la chanteuse et Michel Berger rencontrent au Sénégal Babacar, un jeune "
        "garçon dont le nom inspira un album et un disque à France Gall. Seulement, la mère de "
        "l'enfant ne peut en prendre soin."
    )
    gall = [
        (kind, mentions) for name, kind, mentions in _actors(nlp, text) if name == "France Gall"
    ]
    assert gall == [("person", ["France Gall", "France Gall"])]


def test_the_channel_credited_under_a_video_is_no_mention(nlp):
    # orangesum-l os-10404, -b os-10502: a video's caption glued to the text
    text = (
        "Trois jours après le déconfinement, où en est le retour à l'école ?par BFMTVDéjà en vue "
        "pour sa politique, le ministre a répondu aux questions de BFMTV. Réforme des retraites : "
        "un compromis imminent ? - 10/01par RMCEn juillet 2019, la mère de famille apprend la "
        "nouvelle."
    )
    actors = _actors(nlp, text)
    assert ("BFMTV", "organization", ["BFMTV"]) in actors
    assert text.index("BFMTV", text.index("questions")) == text.rindex("BFMTV")
    assert not any(name == "RMC" for name, _, _ in actors)


def test_the_desk_codes_of_a_wire_story_are_not_part_of_a_name(nlp):
    # orangesum-h os-10749
    text = (
        "Il réclame au Congrès des documents de l'avocat du président, "
        "Rudy Giuliani.sct/gle/bfi/lch/cr/dax/ico"
    )
    assert ("Rudy Giuliani", "person", ["Rudy Giuliani"]) in _actors(nlp, text)


def test_an_unknown_name_after_the_verb_of_an_incise_is_who_speaks(nlp):
    # orangesum-c os-10231, -d os-10402, -m os-10432: read as a work or a place by the NER
    text = (
        '"Nous recevons 900 cercueils par mois", relate Thanata Poonau de l\'entreprise Suriya '
        "Coffin. \"C'est l'énergie du désespoir\", lance Dr. Emmanuelle Peyret en rejoignant "
        'son équipe. Ils voient "la marine russe basée à Mourmansk" raconte Audun Rikardsen, '
        "professeur au département de biologie."
    )
    persons = {name for name, kind, _ in _actors(nlp, text) if kind == "person"}
    assert {"Thanata Poonau", "Emmanuelle Peyret", "Audun Rikardsen"} <= persons


def test_an_organisation_after_the_verb_of_an_incise_stays_one(nlp):
    text = '"Nous refusons cette loi", a affirmé Human Rights Watch.'
    assert ("Human Rights Watch", "organization", ["Human Rights Watch"]) in _actors(nlp, text)


def test_a_name_opening_with_a_country_after_an_incise_is_no_person(nlp):
    # orangesum-q os-10310: a news site named after its country
    text = '"Une meilleure préservation des parcs", révèle Algérie Eco. Car le monde change.'
    assert not [name for name, kind, _ in _actors(nlp, text) if kind == "person"]


def test_an_organisation_reading_wins_over_a_person_reading_with_no_person_sign(nlp):
    # orangesum-n os-11147: 'Uber a présenté ...' read as a person, 'chez Uber' as a company
    from newsfacts.components.actors import _one_type_per_name
    from newsfacts.components.entities import ORGANIZATION, PERSON, Mention

    doc = nlp.make_doc("Uber a dit non . Il travaille chez Uber . Uber recrute .")
    mentions = {0: PERSON, 8: ORGANIZATION, 10: PERSON}

    def actor(kind, starts):
        found = [Mention(i, i + 1, kind) for i in starts]
        spans = [[doc[i].idx, doc[i].idx + 4] for i in starts]
        return {"name": "Uber", "type": kind, "titles": [], "aliases": [], "gender": None,
                "mentions": spans, "_mentions": found}  # fmt: skip

    people = actor(PERSON, [i for i, kind in mentions.items() if kind == PERSON])
    company = actor(ORGANIZATION, [8])
    (only,) = _one_type_per_name(doc, [people, company])
    assert only["type"] == ORGANIZATION and len(only["mentions"]) == 3


def test_an_author_credited_in_brackets_stays_a_mention(nlp):
    # not a video's credit: the bracket opens, it closes no title
    text = "Une tribune (par Jean Dupont, économiste) parue dans Le Monde. Jean Dupont insiste."
    assert ("Jean Dupont", "person", ["Jean Dupont", "Jean Dupont"]) in _actors(nlp, text)
