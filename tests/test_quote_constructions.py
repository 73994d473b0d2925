"""Quote spans of reporting constructions measured on the real tuning sets (issue #15): one row is
one French sentence and the quote it must hold (text, type); NO_QUOTE rows hold no quote of the
given text. Every record is also checked against the schema and its offsets."""

from __future__ import annotations

import pytest

from newsfacts import extract
from newsfacts.components.quotes.marks import find_marked_spans
from tests.conftest import assert_valid_record


def quotes_of(text: str) -> list[dict]:
    record = extract(text)
    assert_valid_record(record, text)
    return record["quotes"]


CASES = [
    # "que" followed by a fronted adjunct, a conjunction or marked words
    (
        "Ces mêmes sources ont ajouté que depuis 05H00 du matin, ils n'avaient pas accès à "
        "leurs réseaux sociaux.",
        "depuis 05H00 du matin, ils n'avaient pas accès à leurs réseaux sociaux",
        "indirect",
    ),
    (
        "Le journal relève qu'au moins 63 des résidents ont sollicité l'aide publique.",
        "au moins 63 des résidents ont sollicité l'aide publique",
        "indirect",
    ),
    (
        "Des associations avancent que jusqu'à trois fois plus de personnes auraient été tuées.",
        "jusqu'à trois fois plus de personnes auraient été tuées",
        "indirect",
    ),
    # … or an adjunct set off by commas right after "que"
    (
        "Le document souligne que, le matin du 19 février, la salariée était venue travailler "
        "malgré des douleurs.",
        "le matin du 19 février, la salariée était venue travailler malgré des douleurs",
        "indirect",
    ),
    # "alors", "ainsi" right after a finite cue are adverbs before its "que"
    (
        "En effet, 45% des Italiens pensaient alors que le pire était passé.",
        "le pire était passé",
        "indirect",
    ),
    (
        "Dans une interview, l'acteur concède ainsi que la série a dynamisé sa carrière.",
        "la série a dynamisé sa carrière",
        "indirect",
    ),
    # an adverb set inside a locution's words, which still takes its "que"
    (
        "La Guide Hors Foundation fait d'ailleurs valoir que les chevaux sont plus appropriés.",
        "les chevaux sont plus appropriés",
        "indirect",
    ),
    (
        'La CGT parle donc de "discrimination syndicale" et exige la réintégration du salarié.',
        "discrimination syndicale",
        "direct",
    ),
    # an adjective after an adverb of degree is no cue cutting the clause short
    (
        "La décision sera prise vendredi, a confirmé la porte-parole Sibeth Ndiaye : Ségolène "
        "Royal, très critique envers le pouvoir, va être démise de ses fonctions.",
        "Ségolène Royal, très critique envers le pouvoir, va être démise de ses fonctions",
        "indirect",
    ),
    # a "que" clause coordinated after a comma goes on with the reported words, whatever
    # verb it holds
    (
        "Tedros a réaffirmé lundi que l'OMS avait sonné l'alarme rapidement, et qu'il lancerait "
        "une enquête indépendante.",
        "l'OMS avait sonné l'alarme rapidement, et qu'il lancerait une enquête indépendante",
        "indirect",
    ),
    # "d'ores et déjà" inside a cue's group, whose auxiliary right after a comma is the verb
    # of a source's clause, not a new statement
    (
        "Le procureur a d'ores et déjà indiqué que certains fonctionnaires pourraient être "
        "inquiétés.",
        "certains fonctionnaires pourraient être inquiétés",
        "indirect",
    ),
    (
        "Selon Sud-Ouest, le torero, lui, a d'ores et déjà annoncé qu'il comptait se rendre aux "
        "fêtes de Pampelune.",
        "le torero, lui, a d'ores et déjà annoncé qu'il comptait se rendre aux fêtes de Pampelune",
        "indirect",
    ),
    # adjuncts set off by a comma between the cue and "que"
    (
        "La chaîne précise par ailleurs, qu'il s'agit du deuxième plus gros tirage.",
        "il s'agit du deuxième plus gros tirage",
        "indirect",
    ),
    (
        "Donald Trump a annoncé lundi, à la stupéfaction générale, qu'il prenait un comprimé.",
        "il prenait un comprimé",
        "indirect",
    ),
    # "dit" before an infinitive is conjugated, not a participle
    (
        "Le prêtre dit attendre dimanche avec impatience pour revoir les familles.",
        "attendre dimanche avec impatience pour revoir les familles",
        "indirect",
    ),
    # a negation after the cue negates what is said, and belongs to it
    (
        "Jean-Luc Mélenchon avait quant à lui dit ne rien attendre des annonces du gouvernement.",
        "ne rien attendre des annonces du gouvernement",
        "indirect",
    ),
    (
        "Le ministre a indiqué ne pas vouloir démissionner.",
        "ne pas vouloir démissionner",
        "indirect",
    ),
    # so does the reflexive pronoun of the infinitive
    (
        "La mannequin dit ne pas se considérer comme une féministe.",
        "ne pas se considérer comme une féministe",
        "indirect",
    ),
    (
        "Le maire a dit se sentir trahi par ses adjoints.",
        "se sentir trahi par ses adjoints",
        "indirect",
    ),
    # the narrator's clause before an inverted cue holds the marked words: one mixed quote
    (
        'Latif Faramarz, "fiancé depuis deux ans", "avait l\'intention de se marier fin mars", '
        "raconte-t-il à l'AFP.",
        'Latif Faramarz, "fiancé depuis deux ans", "avait l\'intention de se marier fin mars"',
        "mixed",
    ),
    (
        'Cette semaine, elle va accueillir "entre 55% et 60%" des élèves par groupes de "8 à 10 '
        'élèves", "le maximum que l\'on puisse recevoir", décrit-elle.',
        'Cette semaine, elle va accueillir "entre 55% et 60%" des élèves par groupes de "8 à 10 '
        'élèves", "le maximum que l\'on puisse recevoir"',
        "mixed",
    ),
    # but a fronted adjunct before the marks leaves them a direct quote
    ('Sur ce sujet, "il y a du chemin", a-t-elle ajouté.', "il y a du chemin", "direct"),
    # a reporting gerund or a contrasted clause with its own cue ends the reported clause
    (
        "Il a admis que les salaires étaient meilleurs à l'étranger ajoutant que Kiev négociait "
        "l'envoi de travailleurs.",
        "les salaires étaient meilleurs à l'étranger",
        "indirect",
    ),
    (
        'Elle a estimé que la ministre avait franchi "la ligne rouge" en déclarant que la France '
        'était devenue un "régime autoritaire".',
        'la ministre avait franchi "la ligne rouge"',
        "mixed",
    ),
    (
        'Il a dénoncé une "politique de la chaise vide" alors qu\'il salue "des échanges '
        "exigeants avec l'Unsa\".",
        'une "politique de la chaise vide"',
        "mixed",
    ),
    # one quoted word in the object of a topic cue is a fragment of the reported words
    ('Elle évoque un coup "violent". Le médecin est arrivé.', 'un coup "violent"', "mixed"),
    (
        'Le ministre a salué son jeu, évoquant aussi son "engagement" à gauche.',
        'son "engagement" à gauche',
        "mixed",
    ),
    # "pour qui" after an inverted cue's subject: the speaker's view, with the marks in it
    (
        "« Il ne faut pas diaboliser les écrans », nuance le pédopsychiatre Marc Hennequin, de "
        "l'hôpital Robert-Debré, pour qui « les horaires trop matinaux » jouent aussi un rôle.",
        "« les horaires trop matinaux » jouent aussi un rôle",
        "mixed",
    ),
    # marks after an inverted cue: a word it judges, or the speaker's sentence going on
    ('"C\'est complètement vide", soupire "attristé" ce Grec de 24 ans.', "attristé", "direct"),
    (
        'Ces chiffres sont sous-estimés, affirme M. Bamallem, car "la grande majorité des cas ne '
        'sont pas testés" à Aden.',
        'car "la grande majorité des cas ne sont pas testés" à Aden',
        "mixed",
    ),
    # "selon X" between commas inside the clause it reports, after a verb awaiting its
    # complement; a relative clause takes its antecedent along
    (
        "Il pleut. Cela peut, selon lui, avoir des conséquences durables. Les enfants pleurent.",
        "Cela peut, selon lui, avoir des conséquences durables",
        "indirect",
    ),
    (
        "Ségolène Royal a répondu à Emmanuel Macron, qui fustigeait les discours politiques qui "
        "tentent, selon lui, de justifier la violence.",
        "les discours politiques qui tentent, selon lui, de justifier la violence",
        "indirect",
    ),
    # marked words in the object of an infinitive that completes a cue: the cue's complement
    # is a mixed quote
    (
        "Il pleut. Le ministre Bruno Le Maire a dit son intention d'éviter les \"mesures "
        "d'affichage\", comme les contrôles sur la fièvre.",
        "son intention d'éviter les \"mesures d'affichage\", comme les contrôles sur la fièvre",
        "mixed",
    ),
    # marked quotes in a row before one cue: each is a direct quote of its own
    (
        'Il pleut. "C\'est comme une grippe saisonnière", "cela va disparaître", "restez '
        'calme", a-t-il martelé tout au long du mois de février.',
        "cela va disparaître",
        "direct",
    ),
    (
        'Il pleut. "C\'est comme une grippe saisonnière", "cela va disparaître", "restez '
        'calme", a-t-il martelé tout au long du mois de février.',
        "C'est comme une grippe saisonnière",
        "direct",
    ),
    # marked words that the narrator's words finish before an inverted cue: a mixed quote from
    # the opening mark to the comma
    (
        "Il pleut. \"Notre routine a changé\" avec l'apparition de la maladie, raconte à l'AFP "
        "cette médecin de 46 ans.",
        '"Notre routine a changé" avec l\'apparition de la maladie',
        "mixed",
    ),
    # "selon X" closing the clause of a marked fragment, before a coordinated clause
    (
        'Il pleut. L\'isolement peut alors être perçu comme un "confinement volontaire", '
        "selon le psychiatre, et celui-ci peut même être mis à profit.",
        'L\'isolement peut alors être perçu comme un "confinement volontaire"',
        "mixed",
    ),
    # a relative clause between commas inside the clause before an inverted cue
    (
        "Il pleut. Les enquêteurs, qui s'intéressent à ses échanges avec son courtier, ont eu "
        "accès à son cloud, a précisé le Los Angeles Times. Il pleut.",
        "Les enquêteurs, qui s'intéressent à ses échanges avec son courtier, ont eu accès à son "
        "cloud",
        "indirect",
    ),
    # a relative right after the subject's noun, then the clause's own verb, before an
    # inverted cue; a relative in the predicate (after a negation the tagger read as no verb)
    (
        "Il pleut. Le virus qui a tué trois personnes est arrivé en France, a annoncé le ministre.",
        "Le virus qui a tué trois personnes est arrivé en France",
        "indirect",
    ),
    (
        "Il pleut. Seulement, cela ne calme en rien les CRS qui s'en prennent directement à "
        "leurs collègues, raconte Le Canard enchainé.",
        "Seulement, cela ne calme en rien les CRS qui s'en prennent directement à leurs collègues",
        "indirect",
    ),
    # "décrit", "dit", "écrit" after a comma and before their subject: an inverted cue in the
    # present, not a participle
    (
        'Il pleut. En dehors des cas de "flagrant délit", les enquêtes pour violence conjugale '
        "font l'objet d'un \"travail de procédurier\", décrit le brigadier-chef, qui a sous "
        "ses ordres neuf personnes.",
        'En dehors des cas de "flagrant délit", les enquêtes pour violence conjugale font '
        "l'objet d'un \"travail de procédurier\"",
        "indirect",
    ),
    ("Il pleut. Les salariés sont inquiets, dit la CGT.", "Les salariés sont inquiets", "indirect"),
    # … with an adverb or the addressee between the cue and its subject
    (
        "Il pleut. Le chiffre est passé à quasiment 4.000, dit à l'AFP son président Alberto "
        "Campailla.",
        "Le chiffre est passé à quasiment 4.000",
        "indirect",
    ),
    (
        "Il pleut. Les salariés sont inquiets, dit encore la CGT.",
        "Les salariés sont inquiets",
        "indirect",
    ),
    # a verb after a reflexive clitic, which the tagger read as a noun, is the clause's own
    (
        "Il pleut. La version des gendarmes faisant de X les coupables s'apparente à une "
        '"thèse, pas une démonstration", martèle-t-il dans le JDD.',
        "La version des gendarmes faisant de X les coupables s'apparente à une \"thèse, pas une "
        'démonstration"',
        "indirect",
    ),
    # a hope or a forecast inverted after the clause reports it (not a cue elsewhere)
    (
        "Il pleut. Avec une mise en service attendue en juin, il pourra en être produit "
        "jusqu'à 2 millions par mois, espère Dmitri Mordvintsev.",
        "Avec une mise en service attendue en juin, il pourra en être produit jusqu'à 2 "
        "millions par mois",
        "indirect",
    ),
    ('Il pleut. "2020 est perdue", prévoit la guide.', "2020 est perdue", "direct"),
    (  # … also in the compound past
        "Il pleut. Le revenu du tourisme va chuter de moitié, a déjà prévu le ministre grec.",
        "Le revenu du tourisme va chuter de moitié",
        "indirect",
    ),
    # a participle set off by commas between the subject and its verb goes on with the clause
    (
        "Jeff Knight a ajouté que les sauterelles, mesurant environ 3,80 centimètres, seraient "
        "toutes parties en deux semaines.",
        "les sauterelles, mesurant environ 3,80 centimètres, seraient toutes parties en deux "
        "semaines",
        "indirect",
    ),
    # the preposition of an object-infinitive cue right after it: what was promised
    (
        "La mairie s'était engagée à rembourser les loyers des commerçants du quartier.",
        "rembourser les loyers des commerçants du quartier",
        "indirect",
    ),
    # an infinitive after the cue: the reflexive "s'" is no "si", a date may stand between
    (
        "Le chanteur a créé la polémique en annonçant s'installer au Portugal pour fuir le fisc.",
        "s'installer au Portugal pour fuir le fisc",
        "indirect",
    ),
    (
        "Donald Trump a assuré lundi 1er octobre n'avoir jamais bu d'alcool.",
        "n'avoir jamais bu d'alcool",
        "indirect",
    ),
    (
        "Ce laveur de vitres explique à l'AFP, jeudi 6 juillet, avoir été surpris en train de"
        " manger du fromage.",
        "avoir été surpris en train de manger du fromage",
        "indirect",
    ),
    # a cue's clause ends where another subject's cue is coordinated: two statements
    (
        "Les suspects ont raconté avoir bu de la bière, et le chauffeur a même avoué avoir pris"
        " de la cocaïne.",
        "avoir pris de la cocaïne",
        "indirect",
    ),
    (
        "Les suspects ont raconté avoir bu de la bière, et le chauffeur a même avoué avoir pris"
        " de la cocaïne.",
        "avoir bu de la bière",
        "indirect",
    ),
    # so does it where a fronted clause ends and the sentence's subject and cue come
    (
        "Mise en cause par des collaborateurs qui l'accusent d'avoir tenu des propos sexistes, la"
        " députée Laetitia Avia avait annoncé mardi qu'elle porterait plainte.",
        "elle porterait plainte",
        "indirect",
    ),
    # "même" right after the cue is an adverb, not "de même que"
    (
        "Certains experts affirment même que le virus est si contagieux qu'il faudra tracer.",
        "le virus est si contagieux qu'il faudra tracer",
        "indirect",
    ),
    # a cue after the infinitive auxiliary "avoir" is said as much as after "a"
    (
        "Après avoir annoncé qu'elle avait quitté son poste, elle a dit qu'elle créait un parti.",
        "elle avait quitté son poste",
        "indirect",
    ),
    # an inverted cue set between commas inside the reported clause: the clause goes on after it
    (
        "Toute la zone industrielle a été fermée, précise Le Parisien, afin de faciliter"
        " l'intervention.",
        "Toute la zone industrielle a été fermée, précise Le Parisien, afin de faciliter"
        " l'intervention",
        "indirect",
    ),
    # not into the cue's own adjunct, nor into another source's clause
    (
        "Le suspect a été interpellé, a indiqué la police, lors d'une conférence de presse.",
        "Le suspect a été interpellé",
        "indirect",
    ),
    # a time or place fronted before an inverted cue: the clause after the incise is reported
    (
        "Des poubelles ont brûlé. Un peu plus loin, explique Le Parisien, deux motards de la"
        " police sont attaqués. L'un d'eux tombe.",
        "Un peu plus loin, explique Le Parisien, deux motards de la police sont attaqués",
        "indirect",
    ),
    # a verbless statement (or one whose verb the tagger missed) before an inverted cue
    (
        "Le manuscrit a disparu. Une situation, heureusement, extrêmement rare, a précisé La"
        " Poste. Elle enquête.",
        "Une situation, heureusement, extrêmement rare",
        "indirect",
    ),
    (
        "Il y a un nouveau pensionnaire au ministère. Un poulet gambade en effet depuis une"
        " semaine dans les jardins du bâtiment, rapporte Le Parisien mercredi 10 janvier.",
        "Un poulet gambade en effet depuis une semaine dans les jardins du bâtiment",
        "indirect",
    ),
    (
        "Cela va sortir des familles de la précarité, argumentait de son côté le délégué,"
        " puisque selon lui des intérimaires vont reprendre le travail.",
        "Cela va sortir des familles de la précarité",
        "indirect",
    ),
    # a belief or a hope with its "que" clause: the gold takes what is thought or hoped
    ("Il pleut. Le maire espère que la demande va repartir.", "la demande va repartir", "indirect"),
    (
        "C'est l'expectative qui domine : un Italien sur deux pense que les choses vont se "
        "stabiliser.",
        "les choses vont se stabiliser",
        "indirect",
    ),
    # an indirect question after a cue of asking or telling: reported from its interrogative word
    (
        "Quand les juges lui demandent pourquoi il n'a pas fourni ces explications, il "
        "reconnaît une erreur.",
        "pourquoi il n'a pas fourni ces explications",
        "indirect",
    ),
    (
        "Il pleut. Dans une interview, elle raconte ainsi comment elle s'est séparée de sa mère.",
        "comment elle s'est séparée de sa mère",
        "indirect",
    ),
    (
        "Une internaute a posté une photo. Elle y explique combien l'offre est sexiste.",
        "combien l'offre est sexiste",
        "indirect",
    ),
]


@pytest.mark.parametrize("text,quoted,type_", CASES)
def test_reported_words(nlp, text, quoted, type_):
    found = [q for q in quotes_of(text) if q["text"] == quoted]
    assert found, [q["text"] for q in quotes_of(text)]
    assert found[0]["type"] == type_


NO_QUOTE = [
    # a verbless subject before the cue, and the cue's object after it
    (
        "Le monde scientifique, ses adversaires démocrates, et quelques voix isolées dans le"
        " camp républicain, dénoncent un jeu dangereux.",
        "Le monde scientifique",
    ),
    (
        "Il a disparu. Son avocat, Asher Ohayon, dénonce une procédure injuste. Il nie.",
        "Son avocat",
    ),
    # a subject before the incise, and the speaker's relative clause after it
    (
        "Ce dernier, inquiet, alerte alors les gendarmes, qui mettent en place un dispositif.",
        "Ce dernier",
    ),
    # a call to all is no one's statement (the written sets), and a gerund cue with no
    # object qualifies the noun before it
    (
        "La Confédération paysanne a appelé à manifester samedi devant les préfectures.",
        "manifester",
    ),
    (
        "Dans le monde, les voix appelant à réduire la consommation de viande se multiplient.",
        "réduire la consommation",
    ),
    # a participle after a comma and its auxiliary with no one after it: a coordinated verb
    (
        "Il a déjà bien avancé sur le dossier, a calculé le budget nécessaire, a pris contact "
        "avec le sculpteur.",
        "Il a déjà bien avancé sur le dossier",
    ),
    # "alors que" after a cue with an object or an inverted subject is a conjunction
    (
        "Son chien Major l'a attaqué alors qu'il faisait une crise d'épilepsie.",
        "il faisait une crise d'épilepsie",
    ),
    (
        '"Ça pourrait changer", a-t-il estimé alors que certains jugent son action inutile.',
        "certains jugent son action inutile",
    ),
    # a relative "que" after the cue's object and a comma
    ("Le maire a annoncé la fermeture, que personne n'attendait.", "personne n'attendait"),
    # offences listed in marks after a charge: the law's words, the first as the others
    (
        'Il pleut. M. Kabuga est mis en accusation pour "génocide", "incitation directe et '
        'publique à commettre le génocide" et "crimes contre l\'humanité (persécutions et '
        'extermination)".',
        "incitation directe",
    ),
    # a negated cue reports nothing
    ("Le ministre n'a pas dit qu'il partirait.", "il partirait"),
    ("Le ministre ne dit pas qu'il partirait.", "il partirait"),
    # "Pour sa part" is an aside, not a source
    (
        "Pour sa part, le président Moon Jae-in, du Parti démocratique, souhaite l'inscrire "
        "dans la constitution.",
        "souhaite",
    ),
    # a subject whose relative right after its noun holds the only verb: the cue after the
    # comma is that subject's, not an inverted cue reporting it
    (
        "Il pleut. Le gouvernement de l'époque dont Jacques Chirac était le Premier ministre, "
        "a toujours nié l'existence de cette rançon.",
        "Le gouvernement de l'époque",
    ),
    (
        "Il pleut. Les Émirats arabes unis dont fait partie Dubaï, ont signalé quelque 21.000 "
        "cas de contamination.",
        "Les Émirats arabes unis",
    ),
    # a hope or a belief reports its "que" clause only: an infinitive after it is an intention
    (
        "Il pleut. Les chercheurs espèrent pouvoir présenter leur dispositif dans les "
        "prochaines semaines.",
        "pouvoir présenter leur dispositif",
    ),
    ("Il pleut. Elle pense partir en vacances en juillet.", "partir en vacances"),
    # an indirect question after an infinitive cue is the purpose of another act
    (
        "Il a pris ce comprimé, a-t-il lancé pour expliquer pourquoi il avait décidé de le faire.",
        "il avait décidé",
    ),
    # marks in the inverted subject of a cue are not the speaker's words
    (
        '"Hello tout le monde", lance Emmanuelle Peyret en rejoignant son équipe, réunie "au '
        "local\" de l'hôpital.",
        "Emmanuelle Peyret",
    ),
]


@pytest.mark.parametrize("text,not_quoted", NO_QUOTE)
def test_no_quote(nlp, text, not_quoted):
    assert not any(not_quoted in q["text"] for q in quotes_of(text))


def test_marked_quotes_in_a_row_share_the_cue_after_them():
    text = (
        'Il pleut. "C\'est comme une grippe saisonnière", "cela va disparaître", "restez '
        'calme", a-t-il martelé tout au long du mois de février.'
    )
    quotes = quotes_of(text)
    assert [q["text"] for q in quotes] == [
        "C'est comme une grippe saisonnière",
        "cela va disparaître",
        "restez calme",
    ]
    assert {q["cue"] for q in quotes} == {"marteler"}


def test_a_civility_after_the_medium_opens_the_inverted_subject():
    text = (
        "Il pleut. Trois médecins sont morts récemment, a précisé au Monde M. Jamil, sans "
        "donner les causes."
    )
    quotes = quotes_of(text)
    assert [q["text"] for q in quotes] == ["Trois médecins sont morts récemment"]
    assert quotes[0]["speaker_text"]["text"] == "M. Jamil"


def test_statuer_reports_a_ruling():
    text = "Il pleut. Le Premier ministre peut rester en fonction, a statué la Cour suprême."
    quotes = quotes_of(text)
    assert [(q["text"], q["cue"]) for q in quotes] == [
        ("Le Premier ministre peut rester en fonction", "statuer")
    ]


def test_a_quote_left_open_ends_at_a_glued_paragraph():
    """The copy lost both the closing mark and the line break: the quote ends at the sentence
    glued to the next paragraph's capital, not at the next mark."""
    text = (
        'Et de poursuivre : "Il nous quitte cette nuit avec courage et dignité. Il a tenu '
        "tête.L'ancien mannequin a salué un père : \"Mon homme n'est plus.\" Fin."
    )
    marks = find_marked_spans(text)
    assert [(text[m.start : m.end], m.closed) for m in marks] == [
        ("Il nous quitte cette nuit avec courage et dignité. Il a tenu tête.", True),
        ("Mon homme n'est plus.", True),
    ]
    quoted = [q["text"] for q in quotes_of(text)]
    assert "Il nous quitte cette nuit avec courage et dignité. Il a tenu tête." in quoted


def test_a_statement_reported_by_a_medium_after_it_is_two_quotes():
    text = (
        "Il pleut. Le porte-parole de la préfecture, Paul Martin, a indiqué jeudi que les "
        "écoles ne rouvriraient pas cette semaine, a rapporté l'agence de presse locale."
    )
    found = [(q["text"], q["cue"]) for q in quotes_of(text)]
    assert ("les écoles ne rouvriraient pas cette semaine", "indiquer") in found
    assert any(cue == "rapporter" for _, cue in found)


def test_an_answer_to_a_survey_inside_a_report_is_no_statement_of_its_own():
    text = (
        "Il pleut. En 2018, 70 % des adolescents déclarent avoir déjà bu de l'alcool, contre "
        "79 % en 2014, souligne l'Observatoire."
    )
    assert [q["cue"] for q in quotes_of(text)] == ["souligner"]


def test_an_inverted_ecrit_names_the_speaker_of_the_quote_before_it(nlp):
    text = (
        "Capucine Anav a réagi. « Les contenus de droite sont davantage scrutés », écrit Louis "
        "Sarkozy dans l'hebdomadaire."
    )
    (quote,) = [q for q in quotes_of(text) if q["text"].startswith("Les contenus")]
    assert quote["speaker_text"]["text"] == "Louis Sarkozy"
