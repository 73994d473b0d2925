"""Quote spans on the layouts and constructions of real copy: intertitles in marks, quotes
glued to a heading, and the reported words around quoted fragments. Every record is also
checked against the schema and its offsets."""

from __future__ import annotations

import pytest

from newsfacts import extract
from newsfacts.components.quotes.marks import find_marked_spans, find_orphan_closers, is_heading
from tests.conftest import assert_valid_record


def quotes_of(text: str) -> list[dict]:
    record = extract(text)
    assert_valid_record(record, text)
    return record["quotes"]


def texts_of(text: str) -> list[str]:
    return [q["text"] for q in quotes_of(text)]


# ---- intertitles and glued paragraphs (marks.py) ---------------------------------------------
def test_a_straight_quote_glued_to_a_heading_opens_the_quote():
    text = 'Les salaires.• Organisation des soins"Notre système est lent", a jugé le ministre.'
    marks = find_marked_spans(text)
    assert [(text[m.start : m.end], m.closed) for m in marks] == [("Notre système est lent", True)]


def test_a_quote_closed_on_a_full_stop_and_glued_to_the_next_paragraph_ends_its_sentence():
    # the scraper dropped the line break after the closing mark: the reported clause that
    # the quote ends stops there, and the next paragraph is a statement of its own
    text = (
        "Le ministre a déclaré que le plan « sera mené à son terme, car c'est un projet de "
        "justice. »"
        "« J'ai conscience que les changements bousculent », a-t-il concédé. Il a ajouté que "
        '"le texte est prêt."La France pourrait aussi bénéficier du plan de relance, '
        "a-t-il précisé."
    )
    assert texts_of(text) == [
        "le plan « sera mené à son terme, car c'est un projet de justice. »",
        "J'ai conscience que les changements bousculent",
        '"le texte est prêt."',
        "La France pourrait aussi bénéficier du plan de relance",
    ]


# ---- closing marks the copy left without their opening one (marks.py, finder.py) -----------
def test_an_orphan_closing_mark_closes_the_sentence_before_it():
    text = (
        "Le bénévole a aidé. Quand on est confronté à ça, on réalise l'utilité de ce qu'on fait"
        "\". C'est la deuxième fois."
    )
    found = find_orphan_closers(text, find_marked_spans(text))
    assert [text[start:end] for start, end, _ in found] == [
        "Quand on est confronté à ça, on réalise l'utilité de ce qu'on fait"
    ]


def test_an_orphan_closing_mark_goes_back_to_the_narration_after_the_last_quote():
    text = (
        '"Le système tient", a-t-il assuré. Il faut en débattre. Soit on cotise davantage, soit '
        'on travaille plus longtemps", a-t-il poursuivi.'
    )
    found = find_orphan_closers(text, find_marked_spans(text))
    assert [text[start:end] for start, end, _ in found] == [
        "Il faut en débattre. Soit on cotise davantage, soit on travaille plus longtemps"
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Il joue dans "X-Men", \'Jurassic World" ou "Transformers".',  # a title, two words
        'Ils vantent les " matériaux bio sourcés" ou "géo-sourcés".',  # a stray mark inside
        'Il a crié "I don\'t like it" (Je n\'aime pas ce que vous avez fait"), dit-il.',
    ],
)
def test_no_orphan_stretch_in_a_title_or_around_stray_marks(text):
    assert find_orphan_closers(text, find_marked_spans(text)) == []


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Le ministre a répondu. « Nous n'avons pas le choix. »Je lui dois ma vie, et celle "
            'de mes enfants", a ajouté la mère de famille.',
            "Je lui dois ma vie, et celle de mes enfants",
            None,
        ),
        (
            "Nicolas Dupont-Aignan dénonce un \"piège\" d'Edouard Philippe.C'est tout le projet "
            'de loi qui doit être retiré" insiste pour sa part le chef de file du Parti '
            "socialiste, Olivier Faure.",
            "C'est tout le projet de loi qui doit être retiré",
            "Olivier Faure",
        ),
        # a narrator's cue and a colon before the words: the lost mark opened after the colon
        (
            'Le ministre a prévenu : Nous ne céderons pas", a-t-il dit.',
            "Nous ne céderons pas",
            None,
        ),
    ],
)
def test_the_words_before_an_orphan_closing_mark_and_its_cue_are_a_quote(
    nlp, text, quoted, speaker
):
    quotes = quotes_of(text)
    found = [q for q in quotes if q["text"] == quoted]
    assert found, [q["text"] for q in quotes]
    assert found[0]["type"] == "direct"
    if speaker is not None:
        assert found[0]["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Mes jambes se dérobaient\" c'est par ces mots que Pascal Desprez évoque dans un "
            "magazine les funérailles de sa femme.",
            "Mes jambes se dérobaient",
            None,
        ),
        (
            'Et surprise, il a accepté!" Jules Raillard a réalisé un joli coup en obtenant de '
            "Benoît Hamon qu'il joue dans sa série.",
            "Et surprise, il a accepté!",
            "Jules Raillard",
        ),
    ],
)
def test_words_in_someones_voice_before_an_orphan_mark_opening_the_text_are_a_quote(
    nlp, text, quoted, speaker
):
    # the copy cut the opening mark with the title: no cue needed, the voice says speech
    quotes = quotes_of(text)
    found = [q for q in quotes if q["text"] == quoted]
    assert found, [q["text"] for q in quotes]
    if speaker is not None:
        assert found[0]["speaker"] == speaker


def test_an_orphan_closing_mark_with_no_cue_after_it_makes_no_quote(nlp):
    text = (
        "Pour les préserver durant cette course, Romain va les traiter comme des athlètes de "
        'haut niveau", en fractionnant leurs repas par exemple.'
    )
    assert texts_of(text) == []


HEADINGS = [
    'Le public était "sceptique"."Casser la démarche"Puis il est revenu sur les matches.',
    'Tout a dégénéré. "QUAND VOUS AUREZ DES PROBLÈMES, ON NE VIENDRA PAS" Les fêtards ont fui.',
    "Le chemin est long.« C'est un petit peu le ciel qui nous tombe sur la tête »C'est ensuite "
    "que la nouvelle arrive.",
]


@pytest.mark.parametrize("text", HEADINGS)
def test_an_intertitle_in_marks_is_no_quote(nlp, text):
    marks = find_marked_spans(text)
    assert [is_heading(text, m) for m in marks][-1]
    assert all(
        "démarche" not in q and "PROBLÈMES" not in q and "ciel" not in q for q in texts_of(text)
    )


SPEECH_BEFORE_A_PARAGRAPH = [
    # a quote of its own with its final stop, before the next paragraph: speech
    'Le garçon a été harcelé. "Ils me disaient : tu es de sa famille ? Et je leur répondais '
    'non." Ses parents ont réagi.',
    # words after a comma are not an intertitle
    'Il a dit que la ville, "la plus belle du monde" Paris, attend.',
]


@pytest.mark.parametrize("text", SPEECH_BEFORE_A_PARAGRAPH)
def test_marked_words_inside_the_text_are_no_heading(text):
    assert not any(is_heading(text, m) for m in find_marked_spans(text))


def test_a_quote_glued_to_an_unmarked_heading_keeps_its_cue(nlp):
    text = (
        "Personne ne l'attendait. PAS D'AGENTS NON PLUS À PARIS\"J'ai pris mon mal en "
        "patience. Et la contrôleuse m'ignorait\", ajoute-t-elle, alors que les toilettes sont "
        "trop étroites.De nouveau à Paris, aucun agent n'est présent."
    )
    quotes = quotes_of(text)
    found = [q for q in quotes if q["text"].startswith("J'ai pris")]
    assert (
        found and found[0]["text"] == "J'ai pris mon mal en patience. Et la contrôleuse m'ignorait"
    )
    assert found[0]["cue"] == "ajouter"
    assert not any("De nouveau" in q["text"] for q in quotes)


# ---- "selon X" with no comma (sources.py) -----------------------------------------------------
SELON_WITHIN = [
    (
        "La campagne s'est déroulée dans un climat tendu, faisant craindre des violences à "
        "l'annonce des résultats qui sont attendus lundi ou mardi selon la commission électorale.",
        "qui sont attendus lundi ou mardi",
    ),
    (
        "Ce responsable s'est malheureusement suicidé le 25 octobre 2019, probablement en raison "
        "de la trop forte pression médiatique selon son patron.",
        "Ce responsable s'est malheureusement suicidé le 25 octobre 2019, probablement en raison "
        "de la trop forte pression médiatique",
    ),
    (
        "Le discours de 82 minutes, le troisième plus long de l'Histoire selon Paris Match, fut "
        "un peu trop long pour lui.",
        "le troisième plus long de l'Histoire",
    ),
    (
        "La FHF préconise un dispositif pour les hôpitaux, désorganisés selon elle par la réforme "
        "des 35 heures.",
        "désorganisés selon elle par la réforme des 35 heures",
    ),
]


@pytest.mark.parametrize(("text", "reported"), SELON_WITHIN)
def test_selon_with_no_comma_reports_its_clause(nlp, text, reported):
    found = [q for q in quotes_of(text) if q["text"] == reported]
    assert found, texts_of(text)
    assert found[0]["cue"] == "selon" and found[0]["type"] == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "Les visites sont rares et elles varient selon les établissements.",
        "Divorcée, elle va être baptisée et confirmée selon le rite anglican, et prendra la "
        "nationalité britannique.",
    ],
)
def test_selon_what_varies_is_no_source(nlp, text):
    assert not any(q["cue"] == "selon" for q in quotes_of(text))


def test_a_second_statement_after_selon_x_is_not_its_clause(nlp):
    text = (
        "Lequel paraît illusoire: le conflit a fait des milliers de morts, selon les "
        "organisations humanitaires, et le pays est confronté à la pire crise au monde d'après "
        "l'ONU."
    )
    assert "le pays est confronté à la pire crise au monde" in texts_of(text)


def test_a_bullet_starts_a_paragraph(nlp):
    text = (
        "La FHF préconise un dispositif pour les hôpitaux, désorganisés selon elle par la réforme "
        "des 35 heures.• Carrières et effectifsL'exécutif a promis de mettre sur la table la "
        '"question des carrières".'
    )
    texts = texts_of(text)
    assert "désorganisés selon elle par la réforme des 35 heures" in texts
    assert all("Carrières" not in q for q in texts)


# ---- charges in marks (finder.py, charge_words) --------------------------------------------------
CHARGES = [
    'Arrêtée en juin 2019, la chercheuse a été condamnée à cinq ans de prison pour "collusion en '
    "vue d'attenter à la sûreté nationale\" ainsi qu'à un an de plus.",
    'Une enquête a été ouverte pour "violences en réunion, rébellion et outrage à une personne '
    "dépositaire de l'autorité publique\".",
    'Le chef du service a donc déposé plainte au nom du service pour "menaces personnelles '
    'envers les standardistes".',
]


@pytest.mark.parametrize("text", CHARGES)
def test_a_charge_in_marks_is_no_quote(nlp, text):
    assert quotes_of(text) == []


def test_the_words_a_cue_reports_after_de_are_no_charge(nlp):
    text = (
        "Interpellé lors d'une visite à l'hôpital, Emmanuel Macron a promis de \"mettre fin\" à la "
        '"paupérisation" des personnels soignants.'
    )
    assert any("mettre fin" in q for q in texts_of(text))


# ---- attribute cues (qualifier) and reports that hold others' quotes ----------------------------
QUALIFIER = [
    (
        "Marine Le Pen a qualifié cette annonce de l'exécutif de \"manipulation cousue de fil "
        'blanc". Elle a ensuite quitté la salle.',
        'cette annonce de l\'exécutif de "manipulation cousue de fil blanc"',
        "mixed",
    ),
    (
        'Des défenseurs des droits de l\'Homme ont qualifié de "tardive" et hypocrite la décision '
        "du ministère de retirer les grenades.",
        'de "tardive" et hypocrite la décision du ministère de retirer les grenades',
        "mixed",
    ),
    (
        'La Ligue des droits de l\'Homme a évoqué une décision "salutaire" tout en la qualifiant '
        'de "bien tardive après des mois de déni".',
        "bien tardive après des mois de déni",
        "direct",
    ),
    (
        'Qualifiée de "honte" par Jean-Luc Mélenchon, la préfecture n\'a pas tardé à la retirer.',
        "honte",
        "direct",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "type_"), QUALIFIER)
def test_the_quoted_attribute_of_qualifier(nlp, text, quoted, type_):
    found = [q for q in quotes_of(text) if q["text"] == quoted]
    assert found, texts_of(text)
    assert found[0]["type"] == type_ and found[0]["cue"] == "qualifier"


def test_qualifier_with_no_marked_attribute_reports_nothing(nlp):
    text = "L'équipe s'est qualifiée pour la finale de la \"Coupe des champions\" dimanche."
    assert quotes_of(text) == []


def test_a_source_report_keeps_the_quote_it_holds(nlp):
    text = (
        "En privé, l'ancien président a qualifié plus explicitement la gestion de la pandémie par "
        "Donald Trump de \"désastre chaotique absolu\", lors d'un coup de fil avec d'anciens "
        "collaborateurs le 8 mai, selon des médias américains."
    )
    quotes = {q["text"]: q for q in quotes_of(text)}
    inner = 'la gestion de la pandémie par Donald Trump de "désastre chaotique absolu"'
    assert quotes[inner]["cue"] == "qualifier"
    outer = [q for q in quotes.values() if q["cue"] == "selon"]
    assert outer and outer[0]["text"].startswith("En privé") and inner in outer[0]["text"]


def test_a_cue_before_a_glued_intertitle_reports_its_quote(nlp):
    text = (
        'Le traçage est centralisé en Corée. Cela engendre "beaucoup de chaos et de confusion", '
        'dit-il.- "Ne pas faire peur"Une fois les agents formés, la tâche reste dure.'
    )
    found = [q for q in quotes_of(text) if q["cue"] == "dire"]
    assert [q["text"] for q in found] == ['Cela engendre "beaucoup de chaos et de confusion"']


# ---- marked fragments of one reported clause (mixed.join_fragments) ---------------------------
JOINED = [
    (
        'Emmanuel Macron a rendu hommage à Didier Deschamps, qui est "entré au Panthéon mondial" '
        "du football après avoir été \"l'homme des grandes victoires françaises de ces 30 "
        'dernières années".',
        '"entré au Panthéon mondial" du football après avoir été "l\'homme des grandes '
        'victoires françaises de ces 30 dernières années"',
    ),
    (
        'Et il a assumé le recours à une procédure accélérée, "qui a toujours été retenue pour '
        'les retraites", car "à un moment il faut adopter la loi".',
        '"qui a toujours été retenue pour les retraites", car "à un moment il faut adopter la loi"',
    ),
]


@pytest.mark.parametrize(("text", "joined"), JOINED)
def test_marked_fragments_of_one_clause_are_one_mixed_quote(nlp, text, joined):
    quotes = quotes_of(text)
    assert [(q["text"], q["type"]) for q in quotes] == [(joined, "mixed")]
    assert len(quotes[0]["fragments"]) == 2


def test_a_marked_sentence_before_a_fragment_stays_direct(nlp):
    text = (
        '"Nous sommes tous impliqués dans ce porte-à-porte", réalisé "tous les jours", les '
        "étudiants prenant à tour de rôle un jour de repos."
    )
    texts = texts_of(text)
    assert "Nous sommes tous impliqués dans ce porte-à-porte" in texts
    assert not any("réalisé" in t for t in texts)


def test_fragments_in_two_sentences_are_not_joined(nlp):
    text = (
        'Le ministre a salué un accord "très important pour le pays". Les syndicats restent '
        '"très prudents sur la suite".'
    )
    assert not any("Les syndicats" in t for t in texts_of(text))


def test_marks_in_a_row_are_not_joined(nlp):
    text = (
        'Sur place, les consignes sont affichées : "port du masque obligatoire dès 11 ans", '
        '"distanciation d\'un mètre minimum".'
    )
    assert not any("port du masque" in t and "distanciation" in t for t in texts_of(text))


@pytest.mark.parametrize(
    ("person", "joined"),
    [("je ne le prends pas car j'aime", False), ("elle ne le prend pas car elle aime", True)],
)
def test_fragments_in_the_first_person_are_not_joined(nlp, person, joined):
    text = (
        f'Liz a droit à un jour de repos par semaine, mais "{person} être avec les étudiants", '
        'pour "qu\'ils sachent que leur travail est important".'
    )
    assert any(person in t and "sachent" in t for t in texts_of(text)) is joined


def test_every_quote_is_cut_before_the_orphan_stretch_it_runs_into():
    # many quotes and stretches in text order: the bisect must find each quote's own stretch
    # (speed is measured in benchmarks/long_documents.py, not here)
    from types import SimpleNamespace

    from newsfacts.components.quotes.finder import _cut_before
    from newsfacts.components.quotes.model import Quote

    unit = 'Il a parlé. Nous partons demain matin", a-t-il dit. '
    n = 300
    text = unit * n
    ctx = SimpleNamespace(sentences=SimpleNamespace(text=text))
    orphans = [
        Quote(i * len(unit) + 12, i * len(unit) + 36, "direct", "dire", None) for i in range(n)
    ]
    # each quote runs from its unit's start into the orphan words
    quotes = [Quote(i * len(unit), i * len(unit) + 30, "indirect", "dire", None) for i in range(n)]
    kept = _cut_before(ctx, quotes, orphans)
    assert len(kept) == n
    assert {text[q.start : q.end] for q in kept} == {"Il a parlé."}
    assert [q.start for q in kept] == [i * len(unit) for i in range(n)]
