"""Reporting constructions of real news that the quote finder must not miss, as a table: one
row is one French sentence, the quote it holds (text, type, speaker) and its marked fragments.
Every record is also checked against the schema and its offsets."""

from __future__ import annotations

import pytest

from newsfacts import extract
from newsfacts.components.quotes.marks import find_marked_spans
from tests.conftest import assert_valid_record

ANY = object()  # the speaker is not what the row tests

CASES = [
    # an inverted cue after a colon's list with no verb reports the heading with it
    (
        "Bilan de l'agression : une côte fracturée, un tendon sectionné et un mois "
        "d'incapacité totale de travail, détaille le quotidien régional.",
        "Bilan de l'agression : une côte fracturée, un tendon sectionné et un mois "
        "d'incapacité totale de travail",
        "indirect",
        ANY,
        [],
    ),
    # the reported words run to the sentence end through the adjuncts after a comma: a
    # time ("après …", "avant …"), a gerund, a manner ("sans …")
    (
        "La mairie a indiqué samedi qu'il reportait la rentrée des classes, après la "
        "confirmation d'un cas de Covid-19.",
        "il reportait la rentrée des classes, après la confirmation d'un cas de Covid-19",
        "indirect",
        ANY,
        [],
    ),
    (
        "Les services de renseignement ont annoncé que les insurgés avaient mené 3.712 "
        "attaques, tuant près de 500 civils.",
        "les insurgés avaient mené 3.712 attaques, tuant près de 500 civils",
        "indirect",
        ANY,
        [],
    ),
    (
        "La secrétaire générale du groupe déplore des délais « improbables » pour l'examen du "
        "texte, avant le passage devant une commission « acquise à la cause de la réforme ».",
        "des délais « improbables » pour l'examen du texte, avant le passage devant une "
        "commission « acquise à la cause de la réforme »",
        "mixed",
        ANY,
        ["improbables", "acquise à la cause de la réforme"],
    ),
    # but ", sans" and a verb of saying is what the speaker left unsaid: the narrator's
    (
        "Marie Dupont a assuré que le projet avancerait, sans toutefois donner de date.",
        "le projet avancerait",
        "indirect",
        ANY,
        [],
    ),
    # "lister", "énumérer": an inverted cue that reports the list before it
    (
        "Le prix de l'ail coupé est maintenant espagnol alors qu'il était français, liste "
        "Foodwatch.",
        "Le prix de l'ail coupé est maintenant espagnol alors qu'il était français",
        "indirect",
        "Foodwatch",
        [],
    ),
    # an infinitive after adjunct phrases: the cue's content, not a purpose
    (
        "L'homme de 36 ans a assuré devant le tribunal correctionnel être en voie de réinsertion.",
        "être en voie de réinsertion",
        "indirect",
        ANY,
        [],
    ),
    (
        "Jean Dupont avait déclaré à la police être venu à Avignon dans le but de voler.",
        "être venu à Avignon dans le but de voler",
        "indirect",
        "Jean Dupont",
        [],
    ),
    # a participle after a noun between the cue and "que" (tagged as a verb)
    (
        "Hilal al-Marri a déclaré dans une interview télévisée le mois dernier que l'émirat "
        "pourrait rouvrir ses portes en juillet.",
        "l'émirat pourrait rouvrir ses portes en juillet",
        "indirect",
        ANY,
        [],
    ),
    # an infinitive after the cue's object and its preposition (object_infinitive_cues)
    (
        "Marie Durand accusait son mari de l'avoir abusée pour obtenir des papiers.",
        "l'avoir abusée pour obtenir des papiers",
        "indirect",
        "Marie Durand",
        [],
    ),
    (
        "L'école a demandé à ses professeurs de ne plus prononcer le nom de famille de Joshua.",
        "ne plus prononcer le nom de famille de Joshua",
        "indirect",
        ANY,
        [],
    ),
    # the parse links the infinitive to the cue past a long object, adverbs or an adjunct
    (
        "Mike Pompeo a appelé le gouvernement et les talibans à coopérer afin d'assurer le "
        "succès du processus de paix.",
        "coopérer afin d'assurer le succès du processus de paix",
        "indirect",
        "Mike Pompeo",
        [],
    ),
    (
        "Benjamin Griveaux a lancé sa campagne, accusant le camp de la maire sortante de ne "
        "pas vraiment défendre le projet.",
        "ne pas vraiment défendre le projet",
        "indirect",
        "Benjamin Griveaux",
        [],
    ),
    (
        "Des experts de la santé publique ont demandé au Congrès, dans une lettre ouverte, de "
        "débloquer 12 milliards de dollars.",
        "débloquer 12 milliards de dollars",
        "indirect",
        ANY,
        [],
    ),
    # cues that take an object and an infinitive: enjoindre, inviter, sommer, se targuer
    (
        "Le Conseil d'État enjoint le gouvernement de la lever dans un délai de huit jours.",
        "la lever dans un délai de huit jours",
        "indirect",
        "Conseil d'État",
        [],
    ),
    (
        "Marine Le Pen a invité les électeurs des Républicains à ouvrir les yeux sur la trahison.",
        "ouvrir les yeux sur la trahison",
        "indirect",
        "Marine Le Pen",
        [],
    ),
    (
        "Samedi, les autorités se vantaient ainsi d'avoir réalisé 6,6 millions de tests.",
        "avoir réalisé 6,6 millions de tests",
        "indirect",
        ANY,
        [],
    ),
    # a statement quoted inside the narrator's sentence, with no cue
    (
        "Le FBI n'avait toutefois trouvé « aucune preuve d'une collaboration ou de la "
        "connaissance préalable de l'attaque » par d'autres militaires.",
        "aucune preuve d'une collaboration ou de la connaissance préalable de l'attaque",
        "direct",
        "FBI",
        [],
    ),
    (
        "Il est invité à « contacter un centre de paiement », le commerçant ne peut rien faire.",
        "contacter un centre de paiement",
        "direct",
        None,  # told, not telling: a passive subject is not the speaker
        [],
    ),
    # the narrator's words go on after a marked quote, then an inverted cue: one mixed quote
    (
        "« Les autorités sont dans une démarche comptable » et ne mesurent pas les dommages du "
        "confinement, estime Géraud Bournet.",
        "« Les autorités sont dans une démarche comptable » et ne mesurent pas les dommages du "
        "confinement",
        "mixed",
        "Géraud Bournet",
        ["Les autorités sont dans une démarche comptable"],
    ),
    (
        "« L'heure est venue » pour une loi qui contraigne les groupes à « mettre la sécurité "
        "avant les dollars », en a conclu Bill Barr.",
        "« L'heure est venue » pour une loi qui contraigne les groupes à « mettre la sécurité "
        "avant les dollars »",
        "mixed",
        "Bill Barr",
        ["L'heure est venue", "mettre la sécurité avant les dollars"],
    ),
    # a cue that points at the reported clause with a pronoun
    (
        "Comme le raconte le JDD, cette Islandaise de 103 ans a contracté le coronavirus.",
        "cette Islandaise de 103 ans a contracté le coronavirus",
        "indirect",
        ANY,
        [],
    ),
    # … also after a linking word that opens the sentence
    (
        "Il voulait la mairie. Mais comme le révèle le JDD, il n'en sera finalement rien.",
        "il n'en sera finalement rien",
        "indirect",
        ANY,
        [],
    ),
    # … with a time or an apposed name after the cue's subject, before the comma
    (
        "Il y a eu une détonation. Comme le relève le Parisien vendredi, les usagers ont "
        "couru vers la sortie.",
        "les usagers ont couru vers la sortie",
        "indirect",
        ANY,
        [],
    ),
    (
        "Pourtant, comme le remarque le journal Le Parisien, la mairie a décidé de rénover la "
        "gare.",
        "la mairie a décidé de rénover la gare",
        "indirect",
        ANY,
        [],
    ),
    # … and after the clause with no comma before "comme"
    (
        "Le père de l'animateur a été fait chevalier de la Légion d'honneur comme l'a noté "
        "mardi Vincent Derosier.",
        "Le père de l'animateur a été fait chevalier de la Légion d'honneur",
        "indirect",
        "Vincent Derosier",
        [],
    ),
    (
        "Le port restera fermé jusqu'à lundi, comme l'a annoncé Jean Dupont.",
        "Le port restera fermé jusqu'à lundi",
        "indirect",
        "Jean Dupont",
        [],
    ),
    (
        "Près de 100.000 policiers seront mobilisés pour la soirée. C'est ce qu'a annoncé le "
        "ministre de l'Intérieur Christophe Castaner lundi.",
        "Près de 100.000 policiers seront mobilisés pour la soirée",
        "indirect",
        "Christophe Castaner",
        [],
    ),
    # … or that the neuter "le" of its own subject's cue announces after a comma
    (
        "Entre ses concerts et un nouvel album, Sheila le concède, elle court par peur du vide.",
        "elle court par peur du vide",
        "indirect",
        "Sheila",
        [],
    ),
    (
        "Le rockeur Johnny Hallyday le reconnaissait, il était loin d'être un père présent.",
        "il était loin d'être un père présent",
        "indirect",
        "Johnny Hallyday",
        [],
    ),
    # a cue whose clause ends in a colon announces the unmarked clause after it
    (
        "Marc Fesnau a lâché une petite bombe : le projet de loi est déjà rédigé.",
        "le projet de loi est déjà rédigé",
        "indirect",
        "Marc Fesnau",
        [],
    ),
    (
        "Stéphane Plaza découvre une autre situation, explique Télé Loisirs : la maison n'a "
        "jamais été en vente.",
        "la maison n'a jamais été en vente",
        "indirect",
        "Télé Loisirs",
        [],
    ),
    # "à en croire X" is a source, before or after the clause it reports
    (
        "A en croire le quotidien ce vendredi, l'ancienne candidate créera son think tank.",
        "l'ancienne candidate créera son think tank",
        "indirect",
        ANY,
        [],
    ),
    (
        "La diffusion du programme est prévue en janvier, à en croire l'hebdomadaire Le Point.",
        "La diffusion du programme est prévue en janvier",
        "indirect",
        ANY,
        [],
    ),
    # sources: a "selon" incise in the middle of the sentence, after "que", "selon qui"
    (
        "Un second projet de loi devrait être présenté, d'après Les Échos, afin d'augmenter le "
        "financement de la dépendance.",
        "Un second projet de loi devrait être présenté, d'après Les Échos, afin d'augmenter le "
        "financement de la dépendance",
        "indirect",
        "Les Échos",
        [],
    ),
    (
        "Les syndicats sont surpris parce que selon elles, la caisse doit recevoir le texte avant.",
        "la caisse doit recevoir le texte avant",
        "indirect",
        ANY,
        [],
    ),
    (
        "C'est la meilleure option, a estimé Jean-Charles Brisard, selon qui parmi ces femmes "
        "figurent des personnalités importantes.",
        "parmi ces femmes figurent des personnalités importantes",
        "indirect",
        ANY,
        [],
    ),
    (
        "Selon nos confères, le produit est homologué aux normes européennes.",
        "le produit est homologué aux normes européennes",
        "indirect",
        ANY,
        [],
    ),
    # a topic cue (fragment_cues) reports the marked words of its complement
    (
        "Emmanuel Macron est revenu sur « l'épopée » ayant mené au « jour de gloire » du 15 "
        "juillet 2018.",
        "« l'épopée » ayant mené au « jour de gloire » du 15 juillet 2018",
        "mixed",
        "Emmanuel Macron",
        ["l'épopée", "jour de gloire"],
    ),
    (
        "Emmanuel Macron a exprimé sa fierté que les Bleus aient chanté « avec les tripes » "
        "dans les vestiaires.",
        "les Bleus aient chanté « avec les tripes » dans les vestiaires",
        "mixed",
        "Emmanuel Macron",
        ["avec les tripes"],
    ),
    # a statement of several sentences after a colon, when the copy lost the closing mark of
    # the quote before it
    (
        "Laeticia Hallyday a écrit : \"Il nous quitte cette nuit.L'ancien mannequin a tenu à "
        "saluer la mémoire d'un père : \"Mon homme n'est plus. Le papa de nos filles est "
        'parti." Fin.',
        "Mon homme n'est plus. Le papa de nos filles est parti.",
        "direct",
        ANY,
        [],
    ),
    (
        "Emmanuel Macron est revenu sur les matches : « le récital » contre l'Argentine, "
        "le « combat » contre l'Uruguay.",
        "les matches : « le récital » contre l'Argentine, le « combat » contre l'Uruguay",
        "mixed",
        "Emmanuel Macron",
        ["le récital", "combat"],
    ),
    # "s'" before "il" is "si", and "même si" grants what was said: the cue reports
    (
        "Le ministre a insisté, même s'il a estimé que l'âge pivot est une bonne solution.",
        "l'âge pivot est une bonne solution",
        "indirect",
        ANY,
        [],
    ),
    (
        "Même s'il assurait avoir façonné sa liste, aucun nom n'avait filtré.",
        ANY,
        "indirect",
        ANY,
        [],
    ),
    # a reporting infinitive after "de", "à", "pour" reports the words of the subject of the
    # verb it depends on
    (
        "Le maire a détaillé son plan avant d'expliquer qu'il ne céderait pas.",
        "il ne céderait pas",
        "indirect",
        ANY,
        [],
    ),
    (
        "Le ministre a tenu à rappeler aux Français que l'épidémie n'était pas finie.",
        "l'épidémie n'était pas finie",
        "indirect",
        ANY,
        [],
    ),
    (
        "Et le député d'assurer que d'autres élus rejoindront le groupe.",
        "d'autres élus rejoindront le groupe",
        "indirect",
        ANY,
        [],
    ),
    # a capitalised name after an inverted cue is its subject, not an infinitive it governs
    (
        "Plusieurs responsables politiques ont écrit des textes érotiques, rappelle Closer.",
        "Plusieurs responsables politiques ont écrit des textes érotiques",
        "indirect",
        "Closer",
        [],
    ),
    # "comme le rapporte X" after the clause, the tagger reading "rapporte" as a noun
    (
        "Elle a même raconté ses déboires à une chaîne locale, comme le rapporte France Info.",
        "Elle a même raconté ses déboires à une chaîne locale",
        "indirect",
        "France Info",
        [],
    ),
    # "comme le souligne X" right after marked words that end the clause
    (
        'Ces huit semaines ont constitué une "expérience inédite" comme le souligne '
        "Fanny Mietlicki.",
        'Ces huit semaines ont constitué une "expérience inédite"',
        "indirect",
        "Fanny Mietlicki",
        [],  # a noun and its adjective in marks after an article: a term, no fragment
    ),
    # an inverted cue with no comma before it, after a clause with its own verb
    (
        "Trois personnes ont été blessées dans la nuit a annoncé Sophie Martin.",
        "Trois personnes ont été blessées dans la nuit",
        "indirect",
        "Sophie Martin",
        [],
    ),
    # an adjunct between a cue and its infinitive: a time after "avant", "auprès de X", the
    # police the statement was made to before a reflexive infinitive
    (
        "Jan Karbaat avait annoncé avant sa mort avoir eu une soixantaine d'enfants.",
        "avoir eu une soixantaine d'enfants",
        "indirect",
        "Jan Karbaat",
        [],
    ),
    (
        "La municipalité précise auprès de France Bleu avoir porté plainte.",
        "avoir porté plainte",
        "indirect",
        ANY,
        [],
    ),
    (
        "Paul Martin a déclaré à la police s'être caché.",
        "s'être caché",
        "indirect",
        "Paul Martin",
        [],
    ),
    # a gerund cue after its clitic object takes the infinitive right after it
    (
        "Paul Martin a lancé un appel aux Français, leur demandant de visiter la France.",
        "visiter la France",
        "indirect",
        "Paul Martin",
        [],
    ),
    # object-infinitive cues: "préconiser de", "supplier X de"
    (
        "Les évêques préconisent par exemple de reporter les repas.",
        "reporter les repas",
        "indirect",
        ANY,
        [],
    ),
    (
        "Bill de Blasio supplie le président Donald Trump de valider un plan d'aide.",
        "valider un plan d'aide",
        "indirect",
        "Bill de Blasio",
        [],
    ),
]


def quotes_of(text: str) -> list[dict]:
    record = extract(text)
    assert_valid_record(record, text)
    return record["quotes"]


@pytest.mark.parametrize(("text", "quoted", "type_", "speaker", "fragments"), CASES)
def test_reporting_constructions(nlp, text, quoted, type_, speaker, fragments):
    found = [q for q in quotes_of(text) if quoted is ANY or q["text"] == quoted]
    assert found, [q["text"] for q in quotes_of(text)]
    quote = found[0]
    assert quote["type"] == type_
    if speaker is not ANY:
        assert quote["speaker"] == speaker
    assert [f["text"] for f in quote["fragments"]] == fragments


def test_a_plain_opening_mark_ends_a_straight_quote_left_open():
    text = 'Il a écrit : "Un. Et deux. Puis : "Trois quatre." Fin.'
    marks = find_marked_spans(text)
    assert [(text[m.start : m.end], m.closed) for m in marks] == [
        ("Un. Et deux. Puis :", False),
        ("Trois quatre.", True),
    ]


NO_QUOTE = [
    # a topic cue with nothing in marks reports no statement
    "Le maire a évoqué la possibilité que l'école ferme en juin.",
    # a purpose, not a statement
    "Le maire a agi pour éviter la fermeture de l'école.",
    # a term or a title in marks inside a sentence
    "Les « zones à faibles émissions » entrent en vigueur lundi.",
    "Il a chanté « On va s'aimer » devant la foule.",
    # a list after the colon, not a clause
    "Le ministre a annoncé trois mesures : la baisse des impôts, la hausse des salaires.",
    # "ce que" after a cue's subject is its object, not the words said before
    "Le port restera fermé. Le maire a annoncé ce que tout le monde attendait.",
    # an infinitive cue after an impersonal verb or a modal is the narrator's; after a topic,
    # the "que" is a relative
    "Il faut rappeler que l'école ferme en juin.",
    "Il est important de rappeler que l'école ferme en juin.",
    "Les internautes ont tenu à s'interroger sur les cadeaux que la police pourrait offrir.",
    # a purpose or a time after an object-infinitive cue's object is not its infinitive
    "Le couple a demandé un plan de relance de 500 milliards d'euros afin d'appuyer la relance.",
    "Le maire a promis une aide aux commerçants avant de les rencontrer lundi.",
    # a verb after a relative's clause with no comma is the subject's own, not an inverted cue
    "Le syndicat qui représente les salariés a dénoncé le patron de l'entreprise.",
    # a coordinated subject before a cue with no comma; an object after it, not a speaker
    "Quelque 530 pompiers sont mobilisés, et le ministère des Forêts a demandé des renforts "
    "supplémentaires à l'Alberta.",
    # the "le" of a cue that takes a person or adjuncts of the cue after its comma
    "Le maire l'a remercié, il était venu en renfort.",
    "Le ministre l'a annoncé, lundi, lors d'une conférence de presse.",
    # "avant de" before the infinitive is a purpose, not a time adjunct
    "Le maire a annoncé avant de partir une hausse des impôts.",
]


@pytest.mark.parametrize("text", NO_QUOTE)
def test_no_quote(nlp, text):
    assert quotes_of(text) == []


def test_a_name_in_marks_after_a_quote_is_not_the_quote_going_on(nlp):
    text = (
        '"On ne peut que se féliciter de cette arrestation, a affirmé une source.Prêt à tout, '
        '"Poub" l\'était en effet.'
    )
    assert "Poub" not in [q["text"] for q in quotes_of(text)]
