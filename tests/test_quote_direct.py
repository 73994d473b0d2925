"""Direct quotes (quotes/direct.py): the cue or the source around whole marked words."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes import extract_quotes

DIRECT = [
    # text, (quote text, type, cue, speaker span)
    (
        "« Nous irons vite », a déclaré la ministre Anne Martin.",
        [("Nous irons vite", "direct", "déclarer", "la ministre Anne Martin")],
    ),
    (
        "« Nous irons vite », selon la ministre Anne Martin.",
        [("Nous irons vite", "direct", "selon", "la ministre Anne Martin")],
    ),
    (  # the narrator's words finish the quote before the cue: mixed
        "« Nous irons vite » au retour de l'inflation, a déclaré la ministre Anne Martin.",
        [
            (
                "« Nous irons vite » au retour de l'inflation",
                "mixed",
                "déclarer",
                "la ministre Anne Martin",
            )
        ],
    ),
    (  # an incise inside the marks splits them in two
        "« Ce n'est pas un adieu, a-t-elle assuré, c'est un au revoir. »",
        [
            ("Ce n'est pas un adieu", "direct", "assurer", "elle"),
            ("c'est un au revoir.", "direct", "assurer", "elle"),
        ],
    ),
    (
        "Le ministre Jean Dupont a déclaré : « Nous irons vite. »",
        [("Nous irons vite.", "direct", "déclarer", "Le ministre Jean Dupont")],
    ),
    (
        "Selon le maire Jean Dupont, « la ville ira mieux ».",
        [("la ville ira mieux", "direct", "selon", "le maire Jean Dupont")],
    ),
    (  # an incise with an inverted clitic, whatever its verb: two quotes of its subject
        "« Nous proposons un débat complet, a-t-il développé. Je n'ai aucun doute là-dessus. »",
        [
            ("Nous proposons un débat complet", "direct", "développer", "il"),
            ("Je n'ai aucun doute là-dessus.", "direct", "développer", "il"),
        ],
    ),
    (  # an incise whose speaker a relative qualifies closes a sentence inside the marks
        "\"On roule sur l'A86 à côté de moi, explique la personne qui filme. Alors ça, "
        "c'est inacceptable.\" Il s'agit d'une infraction.",
        [
            ("On roule sur l'A86 à côté de moi", "direct", "expliquer", "la personne"),
            ("Alors ça, c'est inacceptable.", "direct", "expliquer", "la personne"),
        ],
    ),
    (  # … and so does the narrator's "selon X", with a participle after its source
        "\"Les enquêteurs ont découvert que le religieux envoyait de l'argent, selon une "
        "source proche de l'enquête, citée par Le Parisien. C'était une manière de "
        'dédommager ses victimes."',
        [
            (
                "Les enquêteurs ont découvert que le religieux envoyait de l'argent",
                "direct",
                "selon",
                "une source proche de l'enquête",
            ),
            (
                "C'était une manière de dédommager ses victimes.",
                "direct",
                "selon",
                "une source proche de l'enquête",
            ),
        ],
    ),
    (  # a question in the marks cut at its comma by an inverted clitic: no incise
        "« Nos enfants, mangent-ils assez le midi ? », s'interroge la directrice.",
        [
            (
                "Nos enfants, mangent-ils assez le midi ?",
                "direct",
                "s'interroger",
                "la directrice",
            )
        ],
    ),
    (  # the same with no cue after the marks: the whole question, not cut at its comma
        "Elle pose la question. « Les prix, augmentent-ils vraiment ? »",
        [("Les prix, augmentent-ils vraiment ?", "direct", None, "Elle")],
    ),
    (  # a question in the quote, its verb phrase going on after the clitic: no incise
        "« Le projet est prêt, faut-il encore le voter ? », s'interroge Anne Martin.",
        [
            (
                "Le projet est prêt, faut-il encore le voter ?",
                "direct",
                "s'interroger",
                "Anne Martin",
            )
        ],
    ),
    (  # the cue right after the marks with no comma: its inverted subject names someone
        "Les stocks n'étaient pas à jour. « Il arrivait au chef d'équipe de refuser des "
        "marchandises dangereuses » a confié le directeur Christian Boulocher.",
        [
            (
                "Il arrivait au chef d'équipe de refuser des marchandises dangereuses",
                "direct",
                "confier",
                "le directeur Christian Boulocher",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct_quotes_take_the_cue_around_them(nlp, text, expected):
    doc = nlp(text)
    found = [
        (
            q["text"],
            q["type"],
            q["cue"],
            doc.text[slice(*q["speaker_span"])] if q["speaker_span"] else None,
        )
        for q in extract_quotes(doc)
    ]
    assert found == expected


def test_a_verb_phrase_coordinated_with_a_quote_before_its_cue_is_one_mixed_quote(nlp):
    text = (
        "« C'est totalement vide », soupire-t-il.« Les autorités sont dans une démarche "
        "hygiéniste, comptable, mathématique » et ne mesurent pas suffisamment les dommages "
        "collatéraux du confinement sur les patients non-Covid, estime-t-il."
    )
    quotes = extract_quotes(nlp(text))
    assert [(q["type"], q["cue"]) for q in quotes] == [("direct", "soupirer"), ("mixed", "estimer")]
    assert quotes[1]["text"].startswith("« Les autorités")
    assert quotes[1]["text"].endswith("les patients non-Covid")


def test_marks_in_a_row_before_a_cue_are_each_a_quote_however_short(nlp):
    text = "« Restez calmes », « cela va passer », a martelé le préfet Jean Dupont."
    quotes = extract_quotes(nlp(text))
    assert [(q["text"], q["type"], q["cue"]) for q in quotes] == [
        ("Restez calmes", "direct", "marteler"),
        ("cela va passer", "direct", "marteler"),
    ]


def test_further_marks_before_the_cue_are_fragments_of_the_same_quote(nlp):
    text = (
        "La principale est convaincue : \"Il faut rouvrir car c'est très important que les élèves "
        'reprennent contact avec l\'école."Deux mois sans les copines, "c\'est trop long" Et '
        '"avec les copines !", se réjouit Stella, en 6e dans un collège de Dinan.'
    )
    quotes = extract_quotes(nlp(text))
    assert [(q["text"], q["type"]) for q in quotes] == [
        (
            "Il faut rouvrir car c'est très important que les élèves reprennent contact avec "
            "l'école.",
            "direct",
        ),
        # the paragraph glued after the closing mark is a sentence of its own, the clause
        # before the inverted cue
        ('Deux mois sans les copines, "c\'est trop long" Et "avec les copines !"', "mixed"),
    ]
    assert quotes[1]["cue"] == "se réjouir"


@pytest.mark.parametrize(
    "text",
    [
        "« Les Misérables » raconte l'histoire de Jean Valjean.",  # a title, the verb's subject
        "Le livre sort demain. « Le Petit Prince » raconte Antoine de Saint-Exupéry aux enfants.",
    ],
)
def test_a_cue_right_after_a_title_in_marks_is_not_its_speech(nlp, text):
    assert all(q["cue"] is None for q in extract_quotes(nlp(text)))


@pytest.mark.parametrize(
    "text, cue",
    [
        # a verb no lexicon lists, its inverted subject right after the closing mark
        ("Le maire parle. « Il faut du temps pour les rassurer », développe-t-il.", "développer"),
        # an object clitic before the auxiliary
        ("Le maire parle. « Ça ressemble à la pandémie de 1918 », leur avait-il dit.", "dire"),
        # "a t-elle" written without its first hyphen, an adverb before the participle
        (
            "La ministre parle. « La menace est inacceptable », a t-elle d'abord affirmé.",
            "affirmer",
        ),
        ("La ministre parle. « Une voiture a klaxonné », se rappelle-t-elle.", "se rappeler"),
    ],
)
def test_an_inverted_subject_after_the_marks_is_the_speaker_whatever_the_verb(nlp, text, cue):
    (quote,) = extract_quotes(nlp(text))
    assert quote["cue"] == cue
    speaker = quote["speaker_span"]
    assert speaker is not None and text[speaker[0] : speaker[1]] in ("il", "elle")


@pytest.mark.parametrize(
    "text",
    [
        "Le président serait « très fatigué », paraît-il.",  # impersonal: no one speaks
        "Le maire parle. « La décision est prise depuis longtemps », semble-t-il.",
        "Le maire parle. « Les prix vont baisser », tiendra-t-il sa promesse ?",  # a question
        "« Nous gagnerons », pense-t-il vraiment ?",
    ],
)
def test_an_impersonal_verb_or_a_question_after_the_marks_is_no_incise(nlp, text):
    assert all(q["cue"] is None for q in extract_quotes(nlp(text)))


def test_an_impersonal_passive_after_the_marks_names_no_speaker(nlp):
    text = "Le maire parle. « Ils n'avaient pas le choix », est-il écrit sur la stèle."
    quotes = extract_quotes(nlp(text))
    assert all(q["cue"] is None for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        '"Je sais que ce n\'est pas spectaculaire", mais "j\'assume de prendre mon temps", '
        "insiste le Premier ministre.",
        "« C'est une victoire pour nous » et « c'est une étape vers la paix », se réjouit le "
        "ministre.",
    ],
)
def test_two_sentences_of_the_speaker_joined_by_a_coordination_are_two_quotes(nlp, text):
    quotes = extract_quotes(nlp("Il a parlé lundi. " + text))
    assert [q["type"] for q in quotes] == ["direct", "direct"]
    assert quotes[1]["text"].startswith(("j'assume", "c'est une étape"))
    # the cue after the second quote is the first one's too
    assert quotes[0]["cue"] == quotes[1]["cue"] is not None
    assert quotes[0]["speaker"] == quotes[1]["speaker"]


def test_the_first_of_two_coordinated_quotes_takes_the_cue_after_the_second(nlp):
    text = (
        "Marie Dupont a parlé lundi. « Nous avons gagné », mais « le combat continue », "
        "insiste Paul Martin."
    )
    found = [(q["text"], q["cue"], q["speaker"]) for q in extract_quotes(nlp(text))]
    assert found == [
        ("Nous avons gagné", "insister", "Paul Martin"),
        ("le combat continue", "insister", "Paul Martin"),
    ]


def test_marks_joined_by_a_subordinate_stay_one_mixed_quote(nlp):
    text = (
        'Il a parlé lundi. "Le tourisme est à l\'arrêt dans nos villages" alors que "le '
        "patrimoine de proximité dope l'économie locale\", regrette l'animateur."
    )
    (quote,) = extract_quotes(nlp(text))
    assert quote["type"] == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "Angela Merkel salue la foule. « Je veux être là l'an prochain », dit-elle. « On sera "
        "là », lui a répondu Emmanuel Macron.",
        'Angela Merkel salue la foule. "Je veux être là l\'an prochain", dit-elle. "On sera '
        'là", lui a répondu Emmanuel Macron.',
    ],
)
def test_an_object_clitic_before_the_verb_after_the_marks_keeps_the_incise(nlp, text):
    """ "», lui a répondu X": the clitic that says to whom is part of the incise, whose
    inverted subject speaks; the quote does not go on with the speaker before."""
    quote = extract_quotes(nlp(text))[-1]
    assert (quote["cue"], quote["speaker"]) == ("répondre", "Emmanuel Macron")
