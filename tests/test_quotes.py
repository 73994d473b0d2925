"""newsfacts_quotes: reported speech and its speaker, as example tables (one row = one case)."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes.lexicon import conjugate, load_lexicon
from newsfacts.components.quotes.marks import find_marked_spans
from tests.quote_tables import TRUMP, quotes_of

# ---- quote marks ------------------------------------------------------------------------------

MARKS = [
    # text, inner texts of the outermost marked spans
    ("Il a dit « oui » puis « non ».", ["oui", "non"]),
    ("Il a dit «\u00a0oui\u00a0» hier.", ["oui"]),
    ("Il a dit “oui” hier.", ["oui"]),
    ('Il a dit "oui" puis "non".', ["oui", "non"]),
    (
        "« Il m'a dit “viens” puis il est parti », raconte-t-elle.",
        ["Il m'a dit “viens” puis il est parti"],
    ),
    ("« Un.\n\n« Deux.\n\n« Trois. »\n\nFin.", ["Un.\n\n« Deux.\n\n« Trois."]),
    ("« Jamais fermé.\n\nLa suite de l'article.", ["Jamais fermé."]),  # stops at the paragraph
    ("Un » perdu et « ouvert", ["ouvert"]),
    ("L'apostrophe d'un mot n'ouvre rien.", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_marked_spans(text, expected):
    assert [text[m.start : m.end] for m in find_marked_spans(text)] == expected


# ---- the lexicon -------------------------------------------------------------------------------


def test_lexicon_is_large_and_curated():
    lexicon = load_lexicon()
    cues = {entry.cue for entries in lexicon.lemmas.values() for entry in entries}
    assert len(cues) >= 150
    assert {"déclarer", "affirmer", "estimer", "tweeter", "prévenir", "faire valoir"} <= cues
    assert not {"croire", "savoir"} & cues  # they mislead: left out on purpose
    # a belief or a hope reports only its "que" clause, not an infinitive (an intention)
    assert {"penser", "espérer"} <= cues and {"penser", "espérer"} <= lexicon.word_set(
        "que_only_cues"
    )


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("tweeter", {"tweeté", "tweete", "tweetait"}),
        ("répéter", {"répète", "répétera", "répété"}),
        ("rappeler", {"rappelle", "rappellera", "rappelé"}),
        ("annoncer", {"annonçait", "annonça", "annonçant"}),
        ("avertir", {"avertit", "averti", "avertissent"}),
    ],
)
def test_conjugation(lemma, forms):
    assert forms <= set(conjugate(lemma))


# ---- quotes and speakers -----------------------------------------------------------------------


QUOTES = [
    # --- direct, cue after the quote, inverted subject (name, title, pronoun)
    (
        TRUMP,
        [
            ("C'est une invasion", "direct", "Donald Trump", "tweeter"),
            ("Faites demi-tour", "direct", "Donald Trump", "ajouter"),
        ],
    ),
    (
        "La ministre Claire Dumas est arrivée. «Nous tiendrons», estime-t-elle.",
        [("Nous tiendrons", "direct", "Claire Dumas", "estimer")],
    ),
    (
        '"Aucun train n\'a été annulé", a démenti la SNCF dans un communiqué.',
        [("Aucun train n'a été annulé", "direct", "SNCF", "démentir")],
    ),
    # --- several sentences, cue before with a colon, a quote over paragraphs
    (
        "Le préfet, Thierry Bonnafous, a expliqué : « Le niveau est bas. Nous devons agir. »",
        [("Le niveau est bas. Nous devons agir.", "direct", "Thierry Bonnafous", "expliquer")],
    ),
    (
        "L'avocate Sonia Benhamou a déclaré :\n\n« Nous avons attendu.\n\n« Merci à tous. »",
        [
            (
                "Nous avons attendu.\n\n« Merci à tous.",
                "direct",
                "Sonia Benhamou",
                "déclarer",
            )
        ],
    ),
    (
        "Le ministre de l'Intérieur, Gérald Darmanin, a été clair : « Nous ne reculerons pas. » "
        "Le bilan est lourd : « 30 morts ».",
        [("Nous ne reculerons pas.", "direct", "Gérald Darmanin", None)],
    ),
    # --- an incise splits the quote in two
    (
        "La présidente Gwenaëlle Le Gall parle. « Ce n'est pas un adieu, a-t-elle assuré, "
        "c'est un au revoir. »",
        [
            ("Ce n'est pas un adieu", "direct", "Gwenaëlle Le Gall", "assurer"),
            ("c'est un au revoir.", "direct", "Gwenaëlle Le Gall", "assurer"),
        ],
    ),
    (
        "Le ministre Jean Dupont est venu. « Nous irons, a-t-il expliqué à l'AFP, jusqu'au bout. »",
        [
            ("Nous irons", "direct", "Jean Dupont", "expliquer"),
            ("jusqu'au bout.", "direct", "Jean Dupont", "expliquer"),
        ],
    ),
    (
        "« Je suis bien ici, demandez-moi dans trois mois. »",
        [("Je suis bien ici, demandez-moi dans trois mois.", "direct", None, None)],
    ),
    # --- a quote with no cue goes on from the previous one
    (
        '"Les règles s\'appliquent à tous", a déclaré la commissaire Ingrid Solberg. '
        '"Nexora a enfermé ses utilisateurs."',
        [
            ("Les règles s'appliquent à tous", "direct", "Ingrid Solberg", "déclarer"),
            ("Nexora a enfermé ses utilisateurs.", "direct", "Ingrid Solberg", None),
        ],
    ),
    # --- indirect speech
    (
        "Le Pentagone a indiqué que des troupes seraient envoyées.",
        [("des troupes seraient envoyées", "indirect", "Pentagone", "indiquer")],
    ),
    (
        "Le président Donald Trump a répété à plusieurs reprises que des troupes étaient "
        "nécessaires.",
        [("des troupes étaient nécessaires", "indirect", "Donald Trump", "répéter")],
    ),
    (
        "Les autorités mexicaines ont indiqué avoir reçu 1.743 demandes d'asile.",
        [("avoir reçu 1.743 demandes d'asile", "indirect", None, "indiquer")],
    ),
    (  # a date set between commas after the cue
        "Le parquet a annoncé, mercredi 15 janvier, avoir ouvert une enquête préliminaire.",
        [("avoir ouvert une enquête préliminaire", "indirect", None, "annoncer")],
    ),
    (
        "La ministre a précisé, lundi soir, que le texte serait retiré.",
        [("le texte serait retiré", "indirect", None, "préciser")],
    ),
    (
        "Selon l'ONG Pueblos Sin Fronteras, la caravane compte 4.000 personnes.",
        [("la caravane compte 4.000 personnes", "indirect", "Pueblos Sin Fronteras", "selon")],
    ),
    (
        "La caravane compte 4.000 personnes, selon une source proche du dossier.",
        [("La caravane compte 4.000 personnes", "indirect", None, "selon")],
    ),
    (
        "D'après la Croix-Rouge, le bilan s'alourdit.",
        [("le bilan s'alourdit", "indirect", "Croix-Rouge", "selon")],
    ),
    (
        "La grippe a atteint son pic, a annoncé mercredi Santé publique France.",
        [("La grippe a atteint son pic", "indirect", "Santé publique France", "annoncer")],
    ),
    # --- mixed: a quoted fragment inside reported speech
    (
        'Le Pentagone a indiqué qu\'il était "prématuré de spéculer sur le nombre".',
        [('il était "prématuré de spéculer sur le nombre"', "mixed", "Pentagone", "indiquer")],
    ),
    (
        "La FNSEA a salué « un pas dans la bonne direction ».",
        [("un pas dans la bonne direction", "direct", "FNSEA", "saluer")],
    ),
    # --- "Pour X, « … »", "selon laquelle « … »", a cue coordinated with the previous one
    (
        "Pour l'économiste Henrik Aalto, « la BCE reste prudente ».",
        [("la BCE reste prudente", "direct", "Henrik Aalto", "selon")],
    ),
    (
        'Le Premier ministre, Henri Valadier, a répondu que son gouvernement avait "le devoir '
        'de donner un budget" et a ironisé sur "les censeurs professionnels".',
        [
            (
                'son gouvernement avait "le devoir de donner un budget"',
                "mixed",
                "Henri Valadier",
                "répondre",
            ),
            ('sur "les censeurs professionnels"', "mixed", "Henri Valadier", "ironiser"),
        ],
    ),
    # --- "il"/"elle" go to the last person of that gender named outside quote marks
    (
        "La ministre Renata Albuquerque a parlé avec Eduardo Sampaio. "
        "« Nous irons plus loin », a-t-elle affirmé.",
        [("Nous irons plus loin", "direct", "Renata Albuquerque", "affirmer")],
    ),
    # --- a wire dateline is not part of the reported clause
    (
        "Rome - L'Italie a enregistré 175 nouveaux décès, a annoncé la Protection civile.",
        [("L'Italie a enregistré 175 nouveaux décès", "indirect", "Protection civile", "annoncer")],
    ),
    # --- a gerund cue shares the subject of the cue before it, inverted or not
    (
        "« Le chantier sera livré en juin », s'est félicité Paul Girard, adjoint à "
        "l'urbanisme, rappelant que les travaux avaient pris deux ans de retard.",
        [
            ("Le chantier sera livré en juin", "direct", "Paul Girard", "se féliciter"),
            (
                "les travaux avaient pris deux ans de retard",
                "indirect",
                "Paul Girard",
                "rappeler",
            ),
        ],
    ),
    (
        "« Nous ne céderons pas », a lancé devant la préfecture Julie Morel, secrétaire "
        "générale de la CGT, appelant les salariés à « tenir bon ».",
        [
            ("Nous ne céderons pas", "direct", "Julie Morel", "lancer"),
            ("les salariés à « tenir bon »", "mixed", "Julie Morel", "appeler"),
        ],
    ),
    # --- "par la voix de X": the spokesperson speaks; a gerund has no inverted subject
    (
        "Le Parti socialiste a voté contre, dénonçant par la voix de son président, Olivier "
        "Faure, une « réforme injuste pour les familles ».",
        [("une « réforme injuste pour les familles »", "mixed", "Olivier Faure", "dénoncer")],
    ),
    (
        "Le maire, Jean Dupuis, a chiffré à « au moins deux millions d'euros » le coût.",
        [("à « au moins deux millions d'euros » le coût", "mixed", "Jean Dupuis", "chiffrer")],
    ),
    # --- a bare person noun ("l'accusé", "l'élue") is the last person named
    (
        "Le prévenu, Marc Lefort, a comparu mardi. Durant l'audience, l'accusé a maintenu "
        "sa version, affirmant que le coup était parti seul.",
        [("le coup était parti seul", "indirect", "Marc Lefort", "affirmer")],
    ),
    (
        "La sénatrice Anne Roux est arrivée à Lyon. « On pourrait faire mieux », sourit l'élue.",
        [("On pourrait faire mieux", "direct", "Anne Roux", "sourire")],
    ),
    # --- a document speaks for its author: "publiés par X", "d'après les données de X"
    (
        "Le virus circule moins, selon les chiffres publiés mardi par Santé publique France.",
        [("Le virus circule moins", "indirect", "Santé publique France", "selon")],
    ),
    (
        "Le chômage recule: selon l'Insee, le taux a atteint 7,3 % au premier trimestre.",
        [("le taux a atteint 7,3 % au premier trimestre", "indirect", "Insee", "selon")],
    ),
    # --- a relative clause with its own cue ends the reported clause
    (
        "Son avocate, Me Sophie Garnier, a annoncé que son client allait faire appel de cette "
        "décision, qu'elle a jugée « d'une sévérité inouïe ».",
        [
            (
                "son client allait faire appel de cette décision",
                "indirect",
                "Sophie Garnier",
                "annoncer",
            ),
            ("d'une sévérité inouïe", "direct", "Sophie Garnier", "juger"),
        ],
    ),
    # --- "le gouvernement" names an institution: not the last organization of the article
    (
        "Météo-France a placé le Gard en vigilance rouge. Le gouvernement a assuré vendredi "
        "que l'aide serait versée « dans les plus brefs délais ».",
        [("l'aide serait versée « dans les plus brefs délais »", "mixed", None, "assurer")],
    ),
    # --- "il" takes up the subject of the sentence before, not a person named as its object
    (
        "Le Kényan John Kamau a dominé la course, lâchant l'Ethiopien Abebe Tola, deuxième. "
        "« J'ai attaqué tôt », a-t-il expliqué.",
        [("J'ai attaqué tôt", "direct", "John Kamau", "expliquer")],
    ),
    # --- "X, économiste de la banque Y, qui souligne": X speaks
    (
        "La croissance reste fragile, tempère Hélène Marchal, économiste de la banque "
        "Natixis, qui souligne que les exportations « reposent sur quelques contrats ».",
        [
            ("La croissance reste fragile", "indirect", "Hélène Marchal", "tempérer"),
            (
                "les exportations « reposent sur quelques contrats »",
                "mixed",
                "Hélène Marchal",
                "souligner",
            ),
        ],
    ),
    # --- a quoted fragment whose clause ends with "selon X" or an inverted cue
    (
        "La société a publié son bilan, un résultat « conforme à ce que l'on attendait » "
        "compte tenu de la crise, selon son directeur financier, Paul Morin.",
        [
            (
                "La société a publié son bilan, un résultat « conforme à ce que l'on attendait »",
                "mixed",
                "Paul Morin",
                "selon",
            )
        ],
    ),
    (
        "Le pic pourrait être atteint « dès la semaine prochaine », estiment les médecins.",
        [("Le pic pourrait être atteint « dès la semaine prochaine »", "mixed", None, "estimer")],
    ),
    # --- one quoted word is a quote when it is what was judged, a term otherwise; inside a
    # reported clause, the clause stands for it
    (
        "Le ministère a indiqué que la réforme serait « maintenue » à la rentrée.",
        [("la réforme serait « maintenue » à la rentrée", "mixed", None, "indiquer")],
    ),
    (
        "La réforme serait « maintenue » à la rentrée, a indiqué le ministère.",
        [("La réforme serait « maintenue » à la rentrée", "indirect", None, "indiquer")],
    ),
    (
        "Tout le pays est classé en zone « rouge » depuis lundi, a annoncé la préfecture.",
        [
            (
                "Tout le pays est classé en zone « rouge » depuis lundi",
                "indirect",
                None,
                "annoncer",
            )
        ],
    ),
    # --- "l'accusé" is not the person the article calls "l'avocat général"
    (
        "Ludovic Martin a été condamné par la cour. L'avocat général, Pierre Roux, avait "
        "requis trente ans. L'accusé a maintenu sa version, affirmant que le coup était "
        "parti seul.",
        [("le coup était parti seul", "indirect", "Ludovic Martin", "affirmer")],
    ),
    # --- "…, où, selon elle, clause": after a conjunction, "selon X" opens the clause
    (
        "La maire Anne Roux a cité Douarnenez, où, selon elle, un logement sur quatre est vide.",
        [("un logement sur quatre est vide", "indirect", "Anne Roux", "selon")],
    ),
    # --- "appeler X à + infinitive" reports what was asked
    (
        "La fédération de parents a appelé les familles à ne pas envoyer leurs enfants à "
        "l'école vendredi.",
        [
            (
                "ne pas envoyer leurs enfants à l'école vendredi",
                "indirect",
                None,
                "appeler",
            )
        ],
    ),
    (
        "« Nous voulons rendre aux habitants la possibilité de se loger », a défendu la "
        "députée Claire Vasseur.",
        [
            (
                "Nous voulons rendre aux habitants la possibilité de se loger",
                "direct",
                "Claire Vasseur",
                "défendre",
            )
        ],
    ),
    # --- not quotes: names, titles, terms, irony; negated or hypothetical reporting
    ("Il a offert à la «Scuderia» sa première victoire.", []),
    ("Le texte ne prolonge pas le « bouclier tarifaire » sur le gazole.", []),
    ("Le Goncourt a été attribué à Léa Fontanel pour « Les Heures immobiles ».", []),
    ("Mme Marchetti n'a pas dit que la mesure était abandonnée.", []),
    ("Il faut dire que la régularité de l'écurie a fait la différence.", []),
    ("Ses membres croient que le tracé fera baisser la valeur de leurs biens.", []),
    ("Dans l'hypothèse où Washington déclarerait que l'accord est caduc, tout change.", []),
    ("Les chiffres varient selon les régions.", []),
    ("La ministre a défendu son texte devant les députés.", []),
    ("L'Espagne et le Portugal continuaient de faire la course en tête.", []),
    # --- "abondant" after a noun is an adjective, not "abonder": the "selon" clause stands
    (
        "Les glaciers ont fondu, malgré un enneigement abondant, selon une étude de l'IGE.",
        [
            (
                "Les glaciers ont fondu, malgré un enneigement abondant",
                "indirect",
                "IGE",
                "selon",
            )
        ],
    ),
    # --- fragments coordinated after one cue; a cue the tagger took for a noun, after "(X)"
    (
        "Le député Paul Morin a dénoncé une « atteinte au droit de propriété » et une "
        "« usine à gaz ».",
        [
            (
                "une « atteinte au droit de propriété » et une « usine à gaz »",
                "mixed",
                "Paul Morin",
                "dénoncer",
            )
        ],
    ),
    ("Le maire veut des « zones à faibles émissions » et une « zone bleue ».", []),
    (
        "La présidente de la région, Anne Morel, s'est félicitée d'un « accord historique ».",
        [("d'un « accord historique »", "mixed", "Anne Morel", "se féliciter")],
    ),
    ("Le ministre Paul Roux a annoncé un « plan de relance ».", []),
    # --- one quoted adjective or adverb under a cue; not a label
    (
        "Son avocat, Me Olivier Castellani, va faire appel, jugeant la peine "
        "« disproportionnée » au regard du dossier.",
        [
            (
                "la peine « disproportionnée » au regard du dossier",
                "mixed",
                "Olivier Castellani",
                "juger",
            )
        ],
    ),
    ("Météo-France a placé le département en vigilance « rouge ».", []),
    (
        "« On nous présente une facture », a attaqué Franck Michoux, chef de l'opposition.",
        [("On nous présente une facture", "direct", "Franck Michoux", "attaquer")],
    ),
    # --- a clause inside a quote is not an incise; described persons: "la jeune femme", "le Belge"
    (
        'Sébastien Lafargue, céréalier, fait le compte. "Cette année, on me propose 180. Mes '
        'engrais, eux, ont pris 40 %", explique-t-il. A côté de lui, Marion Delpech, éleveuse, '
        "n'a pas dormi. \"Mes parents s'occupent de la traite\", raconte la jeune femme.",
        [
            (
                "Cette année, on me propose 180. Mes engrais, eux, ont pris 40 %",
                "direct",
                "Sébastien Lafargue",
                "expliquer",
            ),
            ("Mes parents s'occupent de la traite", "direct", "Marion Delpech", "raconter"),
        ],
    ),
    (
        "Moses Simon égalisait sur un contre. Le but de la victoire est venu d'un défenseur : "
        "Arthur Theate, de la tête. « J'ai fermé les yeux », a souri le Belge "
        "au micro de Canal+. « Je suis heureuse », a dit la Suisse Lara Gut.",
        [
            ("J'ai fermé les yeux", "direct", "Arthur Theate", "sourire"),
            ("Je suis heureuse", "direct", "Lara Gut", "dire"),
        ],
    ),
    # --- "Pour" + a described person; press synonyms of a title given before
    (
        "Le maire d'Avignon, Cécile Helle, a salué « une édition courageuse ». Pour l'élue "
        "socialiste, le festival « fait vivre toute la ville ».",
        [
            ("une édition courageuse", "direct", "Cécile Helle", "saluer"),
            ("le festival « fait vivre toute la ville »", "mixed", "Cécile Helle", "selon"),
        ],
    ),
    ("Pour le consommateur, la hausse est sensible.", []),
    (
        "« Il fallait agir », a défendu le maire, Nicolas Sansu. L'édile a rappelé que 1.200 "
        "écoliers étaient privés de cours.",
        [
            ("Il fallait agir", "direct", "Nicolas Sansu", "défendre"),
            ("1.200 écoliers étaient privés de cours", "indirect", "Nicolas Sansu", "rappeler"),
        ],
    ),
    (
        "Côté nantais, l'entraîneur Pierre Aristouy a regretté la défaite. Son homologue "
        "rennais, Bruno Génésio, savourait. « Les joueurs avaient besoin de ça », a-t-il confié.",
        [("Les joueurs avaient besoin de ça", "direct", "Bruno Génésio", "confier")],
    ),
    # --- incise verbs; a short marked object is a name only after announcing cues
    (
        '"Nous ne pouvions pas attendre", a justifié devant les députés la ministre de '
        "l'Agriculture, Annie Genevard.",
        [("Nous ne pouvions pas attendre", "direct", "Annie Genevard", "justifier")],
    ),
    (
        "L'Ukraine a fait part de sa « profonde déception » par la voix de son ministre des "
        "Affaires étrangères, Andriï Sybiga.",
        [("de sa « profonde déception »", "mixed", "Andriï Sybiga", "faire part")],
    ),
    (
        "L'OIM, qui redoute un nouvel exode alors que la saison des pluies doit débuter, "
        "a lancé un appel.",
        [],
    ),
    # --- "Name, title, verb" before a colon: the name, not the verb's object
    (
        "Dans la file, Claire, enseignante lyonnaise, résumait l'état d'esprit : « On vient "
        "pour être secoués. »",
        [("On vient pour être secoués.", "direct", "Claire", "résumer")],
    ),
    # --- someone unnamed, a reader: no speaker
    (
        '"Chaque semaine, c\'est le même scénario", soupirait un député Renaissance du Gard.',
        [("Chaque semaine, c'est le même scénario", "direct", None, "soupirer")],
    ),
    (
        "Selon des documents consultés par l'AFP, 40 % des contrats iront à des entreprises.",
        [("40 % des contrats iront à des entreprises", "indirect", None, "selon")],
    ),
    # --- a clause ends where an apposed noun brings another speaker's judgment
    (
        "Porté par la rapporteure, la députée Claire Vasseur, le texte passe. Le député Paul "
        "Roux a voté contre. Selon les chiffres cités par la rapporteure, la France comptait "
        "1,2 million de meublés, une progression que l'Union des jeunes (UDJ) juge « alarmante ».",
        [
            ("la France comptait 1,2 million de meublés", "indirect", "Claire Vasseur", "selon"),
            ("alarmante", "direct", "Union des jeunes", "juger"),
        ],
    ),
    # --- "Pour X, clause": a person's view; not when X is whom it concerns
    (
        "Pour la présidente du groupe, Marine Le Pen, le plan est un échec total.",
        [("le plan est un échec total", "indirect", "Marine Le Pen", "selon")],
    ),
    ("Pour les salariés, la réforme change tout.", []),
    (
        "Pour le syndicat FO-TCL, ces violences sont « le résultat d'années de sous-effectifs ».",
        [
            (
                "ces violences sont « le résultat d'années de sous-effectifs »",
                "mixed",
                "FO-TCL",
                "selon",
            )
        ],
    ),
    ("Pour Renault, l'année a été difficile.", []),
    # --- an adverbial phrase between the cue and its inverted subject
    (
        "« C'est une défaite qui fait mal », reconnaissait de son côté Ousmane Dembélé.",
        [("C'est une défaite qui fait mal", "direct", "Ousmane Dembélé", "reconnaître")],
    ),
    # --- a pronoun takes up the subject named after its title ("le capitaine X")
    (
        "Bruno Genesio, l'entraîneur, savourait. Le technicien a salué son équipe.\n\n"
        "Interrogé sur son avenir, le capitaine Marquinhos a botté en touche. "
        "« Je ne pense qu'au prochain match », a-t-il répondu.",
        [("Je ne pense qu'au prochain match", "direct", "Marquinhos", "répondre")],
    ),
    # --- a compound title the tokenizer splits at its hyphen
    (
        "Le maire, Jean Martin, était là. « Nous avons eu de la chance », souligne le "
        "lieutenant-colonel Marc Durand, du SDIS de la Sarthe.",
        [("Nous avons eu de la chance", "direct", "Marc Durand", "souligner")],
    ),
    ("Pour la France, c'est une victoire.", []),
    (
        "Le député LFI de Seine-Saint-Denis Yanis Berkane a regretté que le texte ait été rejeté.",
        [("le texte ait été rejeté", "indirect", "Yanis Berkane", "regretter")],
    ),
    (
        "Une hausse que l'Union nationale des familles (UNAF) juge « alarmante » pour tous.",
        [("« alarmante » pour tous", "mixed", "Union nationale des familles", "juger")],
    ),
    ("La direction dira-t-elle que d'autres sites sont menacés ?", []),
    # a quoted word in what a topic cue reports is a fragment of it, as the real golds have it
    # ("évoque un coup « violent »", "a évoqué une décision « salutaire »")
    (
        "Washington évoque une invasion « imminente », a annoncé l'envoi de soldats.",
        [("une invasion « imminente »", "mixed", None, "évoquer")],
    ),
    # --- reporting cues of real copy: locutions ("laisser entendre", "croire savoir"), verbs
    # that only report ("opiner", "se remémorer"), "pointer" as a topic cue (marked words
    # only) and "traiter" for its marked attribute only
    (
        "Le chanteur Paul Dubois a laissé entendre qu'il quitterait l'émission en juin.",
        [("il quitterait l'émission en juin", "indirect", "Paul Dubois", "laisser entendre")],
    ),
    (
        "Le suspect a été interpellé dans la nuit, croit savoir Le Parisien.",
        [("Le suspect a été interpellé dans la nuit", "indirect", "Le Parisien", "croire savoir")],
    ),
    (
        "« C'est irresponsable », opine Jean Moreau, professeur de sociologie.",
        [("C'est irresponsable", "direct", "Jean Moreau", "opiner")],
    ),
    (
        "« Elle avait peur », se remémore Luc Garnier devant les juges.",
        [("Elle avait peur", "direct", "Luc Garnier", "se remémorer")],
    ),
    (
        "La Cour des comptes a pointé les « lacunes » du dispositif.",
        [("les « lacunes » du dispositif", "mixed", "Cour des comptes", "pointer")],
    ),
    ("Le coureur pointe à la troisième place du classement.", []),
    (
        "Le député Marc Lebrun a traité les manifestants de « voyous ».",
        [("les manifestants de « voyous »", "mixed", "Marc Lebrun", "traiter")],
    ),
    ("L'hôpital traite les patients de la région depuis mars.", []),
    (
        "Le syndicaliste Paul Martin a pointé du doigt « l'enfumage du gouvernement » hier.",
        [("« l'enfumage du gouvernement » hier", "mixed", "Paul Martin", "pointer du doigt")],
    ),
    # "développer" reports as an incise; its short marked object is a product's name
    (
        "« Il faut trouver un compromis », a développé Claire Petit, la ministre.",
        [("Il faut trouver un compromis", "direct", "Claire Petit", "développer")],
    ),
    ("L'entreprise a développé un « vaccin » en six mois.", []),
    # "prétexter" reports the infinitive it takes; "récuser" and "invoquer" are topic cues
    # (marked words only: "invoquant une blessure" reports nothing)
    (
        "Le chanteur Marc Leroy a refusé de payer, prétextant ne pas avoir l'argent nécessaire.",
        [("ne pas avoir l'argent nécessaire", "indirect", "Marc Leroy", "prétexter")],
    ),
    ("Le chanteur Marc Leroy est parti plus tôt, prétextant un rendez-vous.", []),
    (
        "Le député Jean Morel a récusé toute « trahison » des engagements de campagne.",
        [("toute « trahison » des engagements de campagne", "mixed", "Jean Morel", "récuser")],
    ),
    (
        "Le Conseil d'État a rejeté la demande, invoquant « la tolérance des rassemblements » "
        "ailleurs.",
        [("« la tolérance des rassemblements » ailleurs", "mixed", "Conseil d'État", "invoquer")],
    ),
    ("Le joueur a quitté le terrain, invoquant une blessure.", []),
    ("Le satellite, développé dans le cadre du programme «Copernicus», a annoncé le Cnes.", []),
    ("Un collectif baptisé “Tram oui, mais pas chez nous” a annoncé un recours.", []),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotes(nlp, text, expected):
    assert quotes_of(nlp, text) == expected


def test_resolved_speaker_becomes_a_mention(nlp):
    doc = nlp(TRUMP)
    trump = next(a for a in doc._.actors if a["name"] == "Donald Trump")
    texts = {doc.text[start:end] for start, end in trump["mentions"]}
    assert {"le président américain", "il"} <= texts


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "« « « » » »",
        '"""',
        "» » » « « «",
        "Il a dit « " + "très " * 2000,
        "Il a déclaré : « 🎉🎉 » 🎉",
        "a" * 5000 + " a déclaré que " + "b" * 5000,
        ", a-t-il ajouté.",
        "Selon",
        "selon lequel",
        # a mixed quote whose clause runs past the next quote mark (OrangeSum os-10493, CC BY-SA)
        '"Le respect de l\'autre, la haine à combattre", a poursuivi Emmanuel Macron estimant que '
        "\"tous ceux qui se taisent sur ce sujet sont les complices de l'affaiblissement de notre "
        'démocratie".Questionné sur la violence, le chef de l\'État a estimé que "celles et ceux '
        "qui portent cette violence, celles et ceux qui taisent tout reproche qu'il faut avoir "
        'oublient une chose très simple : nous sommes une démocratie".',
    ],
)
def test_odd_input_never_crashes(nlp, text):
    doc = nlp(text)
    for span in doc.spans["quotes"]:
        assert doc.text[span.start_char : span.end_char] == span.text
        assert span.text.strip()


def test_unbalanced_mark_does_not_swallow_the_article(nlp):
    text = "« Nous ne céderons pas, a déclaré le ministre.\n\nLe reste de l'article parle d'autre."
    quotes = quotes_of(nlp, text)
    assert all("reste de l'article" not in quote[0] for quote in quotes)


# ---- the seed article --------------------------------------------------------------------------

SEED_QUOTES = [
    # (start of the quote text, type, speaker, speaker_text, cue)
    ("5.000 soldats américains pourraient", "indirect", "Wall Street Journal", "lequel", "selon"),
    ("les préparatifs étaient en cours", "indirect", None, "Le responsable", "préciser"),
    ('il était "prématuré de spéculer', "mixed", "Pentagone", "Le Pentagone", "indiquer"),
    (
        "des troupes supplémentaires étaient",
        "indirect",
        "Donald Trump",
        "Le président américain Donald Trump",
        "répéter",
    ),
    ("De nombreux membres de gangs", "direct", "Donald Trump", "le président américain", "tweeter"),
    ("S'il vous plaît, faites demi-tour", "direct", "Donald Trump", "il", "ajouter"),
    (
        "C'est une invasion de notre pays",
        "direct",
        "Donald Trump",
        "le milliardaire républicain",
        "prévenir",
    ),
    ("avoir reçu 1.743 demandes d'asile", "indirect", None, "Les autorités mexicaines", "indiquer"),
    (
        "la caravane ne comptait plus",
        "indirect",
        "Pueblos Sin Fronteras",
        "l'ONG Pueblos Sin Fronteras",
        "selon",
    ),
]


@pytest.mark.parametrize(("start", "kind", "speaker", "speaker_text", "cue"), SEED_QUOTES)
def test_seed_quotes(seed_record, start, kind, speaker, speaker_text, cue):
    quote = next(q for q in seed_record["quotes"] if q["text"].startswith(start))
    assert (quote["type"], quote["speaker"], quote["cue"]) == (kind, speaker, cue)
    assert quote["speaker_text"]["text"] == speaker_text


def test_seed_has_exactly_nine_quotes(seed_record):
    assert len(seed_record["quotes"]) == 9
