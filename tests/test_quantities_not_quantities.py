"""What is not a quantity (quantities.not_quantities)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsfacts.components.quantities.not_quantities import (
    digits_rejected,
    elided_duration,
    inside_name,
    is_address,
    is_name,
    is_race,
    looks_like_identifier,
    one_in,
    starts_sentence_at,
    words_rejected,
)
from newsfacts.components.quantities.numbers import Candidate, candidates
from newsfacts.components.quantities.reader import DocReader
from newsfacts.components.quantities.units import Tail
from tests.quantity_runs import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names, ranks and dates around numbers
        ("Les Trente Glorieuses et Apollo 11 ont marqué l'époque.", []),
        ("Le numéro 9 lorientais a été expulsé.", []),
        ("Rendez-vous à 10:30 le 12/03/2020, soit 1/3 du temps.", []),
        (
            "Les 4, 5 et 6 juin, il accueillera 300 artistes.",
            [("300 artistes", 300, "artistes", "count", None)],
        ),
        ("La subvention a été divisée par deux.", []),
        ("Il n'avait pas vu une telle colère depuis mai 68.", []),
        ("Deux tiers des Français et trois fois plus de jeunes.", []),
    ],
)
def test_names_ranks_and_dates(nlp, text, expected):
    assert quantities(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # dates, years, clock times, durations and ages belong to the dates component
        "Elle a pris le départ du Honduras le 13 octobre.",
        "Il se tiendra du 6 au 17 juillet.",
        "Le confinement est en vigueur depuis 2020.",
        "Les faits se sont produits entre 2015 et 2019.",
        "Il s'exprimera lundi à 20h00, soit 16 h 30 à New York.",
        "Le vote a duré 24 heures.",
        "Il a été condamné à quatre ans de prison, dont deux avec sursis.",
        "Il a purgé 13 ans sur les 20 de sa peine.",
        "Un homme de 32 ans a été interpellé.",
        "Les hommes âgés de 18 à 60 ans sont mobilisés.",
        "Il a nagé en 2 min 05 s 85.",
        "Les huit premiers mois de l'année ont été secs.",
        "Ils s'entraînent trois soirs par semaine et deux matinées par mois.",
        # the size of a proportion
        "Un Français sur deux et une entreprise française sur cinq ont répondu.",
        # fixed phrases whose number counts nothing
        "Les agriculteurs bloquent l'autoroute dans les deux sens.",
        "Les tirs venaient des deux côtés, aux quatre coins de la ville.",
        # ordinals, the determiner un/une
        "C'est la 74e édition et le 1er festival de l'été.",
        "Un homme et une femme ont été blessés.",
        "Il reste numéro un mondial.",
        # phone numbers, postcodes, addresses, identifiers
        "Appelez le 05 56 10 20 30 ou le 1 800 622-6232.",
        "Écrivez au 12 avenue Jean-Jaurès, 26200 Montélimar.",
        "Le siège est au 14, rue de la République, 69002 Lyon.",
        "Les demandes vont au Secrétariat, 3003 Berne.",
        "Les Italiens peuvent appeler le 1500, le numéro gratuit.",
        "Il habite dans le Morbihan (56).",
        "Il s'est rendu au 10 Downing Street.",
        "La ligne 1 et la ligne 14 fonctionnent.",
        "Les mesures: 1. la hausse du Smic; 2. la baisse des impôts.",
        "L'article 5 du traité ne s'applique pas.",
        "Le gouvernement a engagé le 49.3.",
        # sports scores
        "La Belgique a battu l'Angleterre 1-0.",
        "La Tunisie a battu le Panama 2 à 1.",
        "Les volleyeurs ont dominé l'Italie 3 sets à 0.",
        # numbers inside names
        "La cérémonie sera retransmise sur France 2.",
        "Le Formule 1 et le G20 de Bali.",
        "Le CAC 40 a fini en hausse.",
        "La sonde décollera à bord d'une fusée Ariane 5.",
        "L'indice Nikkei 225 a reculé.",
        "L'autoroute A7 et la route BR-163 sont coupées.",
        "Les avions C-130 ont décollé malgré le Covid-19.",
    ],
)
def test_not_quantities(nlp, text):
    assert quantities(nlp, text) == []


# ---- the checks one by one, on hand-built Docs (no parser: a model upgrade cannot change them)


def doc_of(nlp, words, pos=None, spaces=None) -> Doc:
    return Doc(nlp.vocab, words=words, pos=pos, spaces=spaces)


def candidate(reader: DocReader, text: str) -> Candidate:
    return next(c for c in candidates(reader.text) if c.text == text)


@pytest.mark.parametrize(
    ("words", "i", "expected"),
    [
        (["12", "avenue", "Foch"], 1, True),
        (["14", ",", "rue", "Royale"], 1, True),
        (["12", "policiers"], 1, False),
        ([",", "et"], 0, False),
    ],
)
def test_is_address(nlp, words, i, expected):
    assert is_address(doc_of(nlp, words)[i]) is expected


@pytest.mark.parametrize(
    ("words", "pos", "i", "expected"),
    [
        (["10", "Downing", "Street"], ["NUM", "PROPN", "PROPN"], 1, True),
        (["737", "MAX"], ["NUM", "NOUN"], 1, True),  # an upper-case word names
        (["5000", "soldats"], ["NUM", "NOUN"], 1, False),
        (["5000", "Américains"], ["NUM", "NOUN"], 1, False),  # a capitalised noun counts
    ],
)
def test_is_name(nlp, words, pos, i, expected):
    assert is_name(doc_of(nlp, words, pos)[i]) is expected


@pytest.mark.parametrize(
    ("words", "pos", "i", "expected"),
    [
        (["l'", "indice", "Stoxx", "600"], ["DET", "NOUN", "PROPN", "NUM"], 2, True),
        (["sur", "France", "2"], ["ADP", "PROPN", "NUM"], 1, False),  # names_what_follows' case
        (["l'", "indice", "recule"], ["DET", "NOUN", "VERB"], 2, False),
    ],
)
def test_inside_name(nlp, words, pos, i, expected):
    assert inside_name(doc_of(nlp, words, pos)[i]) is expected


@pytest.mark.parametrize(
    ("number", "tail", "expected"),
    [
        ("05", Tail(2), True),  # a leading zero: a phone number, "2 min 05 s"
        ("2020", Tail(4), True),  # a year
        ("33000", Tail(5, unit="Bordeaux"), True),  # a postcode before its town
        ("1500", Tail(4, unit="EUR", kind="money"), False),
        ("5000", Tail(4, unit="soldats"), False),
        ("12", Tail(2), False),
    ],
)
def test_digits_rejected(nlp, number, tail, expected):
    reader = DocReader(doc_of(nlp, [number]))
    assert digits_rejected(reader, candidate(reader, number), tail) is expected


@pytest.mark.parametrize(
    ("words", "number", "bare", "expected"),
    [
        (["Un", "homme", "est", "venu"], "Un", False, True),  # the determiner
        (["les", "Vingt-Cinq", "ont", "voté"], "Vingt-Cinq", True, True),  # a name
        (["un", "bâtiment", "neuf"], "neuf", True, True),  # the adjective
        (["Ils", "sont", "trois"], "trois", True, False),
    ],
)
def test_words_rejected(nlp, words, number, bare, expected):
    """bare: no unit and no scale was read after the number."""
    reader = DocReader(doc_of(nlp, words))
    found = candidate(reader, number)
    assert words_rejected(reader, found, Tail(found.end), bare) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["le", "100", "m"], True),  # "le 100 m": the race
        (["sur", "200", "m", "brasse"], True),
        (["à", "100", "m", "de", "là"], False),  # a distance
    ],
)
def test_is_race(nlp, words, expected):
    reader = DocReader(doc_of(nlp, words))
    previous = reader.doc[0]
    assert is_race(reader, previous, reader.doc[2].idx + 1) is expected


@pytest.mark.parametrize(
    ("words", "spaces", "number", "expected"),
    [
        (["dans", "le", "Morbihan", "(", "56", ")"], [1, 1, 1, 0, 0, 0], "56", True),
        (["le", "«", "49", "»"], [1, 0, 0, 0], "49", True),  # quoted as a name
        (["Les", "mesures", ":", "1", ".", "la", "hausse"], [1, 0, 1, 0, 1, 1, 0], "1", True),
        (["au", "10", "Downing", "Street"], [1, 1, 1, 0], "10", True),
        (["ils", "ont", "défilé", "800", "."], [1, 1, 1, 0, 0], "800", False),
    ],
)
def test_looks_like_identifier(nlp, words, spaces, number, expected):
    pos = ["PROPN" if w[:1].isupper() and w.isalpha() else "X" for w in words]
    reader = DocReader(doc_of(nlp, words, pos, [bool(s) for s in spaces]))
    found = candidate(reader, number)
    following = reader.token_at(found.end)
    following = reader.doc[following] if following is not None else None
    previous = reader.token_before(found.start)
    assert looks_like_identifier(reader, found, previous, following) is expected


@pytest.mark.parametrize(
    ("words", "pos", "expected"),
    [
        (["un", "Français", "sur", "deux"], ["DET", "PROPN", "ADP", "NUM"], True),
        (
            ["une", "entreprise", "française", "sur", "cinq"],
            ["DET", "NOUN", "ADJ", "ADP", "NUM"],
            True,
        ),
        (["ils", "votent", "sur", "deux"], ["PRON", "VERB", "ADP", "NUM"], False),
    ],
)
def test_one_in(nlp, words, pos, expected):
    reader = DocReader(doc_of(nlp, words, pos))
    assert one_in(reader, reader.doc[words.index("sur")]) is expected


def test_starts_sentence_at(nlp):
    reader = DocReader(doc_of(nlp, ["Il", "part", ".", "Trois", "restent"]))
    starts = [starts_sentence_at(reader, token.idx) for token in reader.doc]
    assert starts == [True, False, False, True, False]


def test_elided_duration_follows_a_duration_of_the_same_sentence(nlp):
    words = ["quatre", "ans", "de", "prison", ",", "dont", "deux", ".", "Et", "deux"]
    reader = DocReader(doc_of(nlp, words))
    first_two, second_two = (c.start for c in candidates(reader.text) if c.text == "deux")
    assert not elided_duration(reader, "dont", ",", first_two)  # no duration read yet
    reader.last_time_end = reader.doc[1].idx + len("ans")
    assert elided_duration(reader, "dont", ",", first_two)
    assert not elided_duration(reader, "et", ".", second_two)  # another sentence
    assert not elided_duration(reader, "avec", "prison", first_two)  # no link to the duration
