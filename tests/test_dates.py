"""newsfacts_dates as a whole: how the tagger frames and anchors what the resolvers value (the
sentence's year, the tense, quotations, the clause of a clock time), the French TimeBank's
extent conventions, ages, a missing reference date, odd input and the grammar's fast paths.

The rows of one kind of expression are with the module that values it: tests/test_dates_<module>.py
(marks and reference date: tests/dates_marks.py).
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from newsfacts.components.dates.patterns import COMPILED
from tests.conftest import ROOT, SEED
from tests.dates_marks import REF, check, dates_of, parse_marks

# The sentence frames what its words leave open.
FRAME_AND_TENSE = [
    # a year set earlier in the sentence holds for its days and months
    "En [1998](date:1998), la France a gagné [le 12 juillet](date:1998-07-12), fêté en "
    "[août](date:1998-08).",
    "Depuis [2015](date:2015), il pleut ; [le 3 mai](date:2018-05-03), il a encore plu.",
    "Le festival se tiendra [l'an prochain](date:2019) du [14](date:2019-05-14) au "
    "[25 mai](date:2019-05-25).",
    # the verb of the infinitive decides: a recent past, a call for later
    "Le gouvernement vient d'annoncer [samedi](date:2018-10-27) un plan de relance.",
    "Les syndicats ont appelé [dimanche](date:2018-10-28) à manifester [jeudi](date:2018-11-01).",
    "La Bourse a terminé en baisse [vendredi](date:2018-10-26), après avoir gagné 2 % "
    "[jeudi](date:2018-10-25).",
    "Il espère être de retour [samedi](date:2018-11-03).",
]

NOT_DATES = [
    "Le coût est estimé à 2,5 millions d'euros.",
    "Le trafic a progressé de 4,9 %.",
    "Les commerces ferment pour le quatrième samedi consécutif.",
    "Le résultat est de 3-0 sur la RN 10.",
]

# Ages are no temporal expressions in the French TimeBank (nor quantities); lengths of years are.
AGES = [
    "Un gardien âgé de 45 ans a été intoxiqué.",
    "Un homme de 32 ans a été interpellé.",
    "Jean Dupont, 45 ans, a été entendu.",
    "Un survivant de 70 ans témoigne.",
    "Un centre aéré pour les enfants de 2 à 8 ans.",
    "Les moins de 17 ans ont souffert.",
    "Une femme d'une trentaine d'années est tombée.",
    "Il a été condamné à une peine de [cinq ans](duration:P5Y).",
    "Au terme de [trois ans](duration:P3Y) de tractations, l'accord est signé.",
    "Le chantier, [deux ans](duration:P2Y), a coûté cher.",
]

NO_REFERENCE = [
    "Le sommet aura lieu [lundi](date:XXXX-WXX-1) à [16H00](time:XXXX-WXX-1T16:00) et "
    "[le 13 octobre](date:XXXX-10-13).",
    "Il est arrivé [hier soir](time:XXXX-XX-XXTEV), [la semaine dernière](date:XXXX-WXX).",
    "Il a été élu en [2001](date:2001).",
]


# How a careful TimeML annotator anchors a date whose year or side the words do not give.
# Rows: (reference date, marked sentence); counter-examples follow each rule.
ANCHORING = [
    # a year sets the sentence's frame when it opens it, or for its own clause only
    (REF, "Le festival, créé en [1998](date:1998), se tiendra "
          "[le 12 juillet](date:2019-07-12)."),
    (REF, "Né en [1950](date:1950), il est mort [le 3 mars](date:2018-03-03)."),
    (REF, "Le déficit s'est établi à 5,5 % en [2017](date:2017), et la dette a franchi 2 000 "
          "milliards d'euros, a rappelé l'Insee [fin mars](date:2018-03)."),
    (REF, "Il a été élu en [2001](date:2001) et il a démissionné "
          "[le 3 mars](date:2001-03-03)."),
    (REF, "« En [2016](date:2016), nous avons gagné [le 3 mars](date:2016-03-03). »"),
    # "depuis le", "jusqu'au": a start in the past; the end of a decision's result ahead
    (REF, "La loi s'applique depuis [le 1er janvier](date:2018-01-01)."),
    (REF, "Le préfet a interdit les manifestations jusqu'à [dimanche](date:2018-11-04)."),
    (REF, "Le ministère a annoncé la prolongation de la campagne jusqu'au [28 février]"
          "(date:2019-02-28)."),
    (REF, "Les combats ont fait rage jusqu'à [dimanche](date:2018-10-28)."),
    (REF, "Il est resté en prison jusqu'au [3 mai](date:2018-05-03)."),
    (REF, "La maire a décrété un couvre-feu à partir de [samedi](date:2018-10-27)."),
    # a date a plan moves something to, an event a decision cancels, are ahead
    (REF, "Le tribunal a fixé l'audience au [12 décembre](date:2018-12-12)."),
    (REF, "La réunion du [3 mars](date:2019-03-03) a été annulée."),
    (REF, "Les élections du [6 mai](date:2018-05-06) ont vu la victoire du sortant."),
    # a quotation speaks from the speaker's present, not from the reporting verb's past
    (REF, "« Rendez-vous [samedi](date:2018-11-03) », a lancé le leader syndical."),
    (REF, "Le leader syndical a lancé [samedi](date:2018-10-27) un appel."),
    (REF, "« Je suis arrivé en [mars](date:2018-03) », a-t-il raconté."),
    # the infinitive of purpose after a verb of motion is not held to its past
    ("2025-04-13", "\"Je suis venue chercher les minima pour les championnats de Tokyo en "
                   "[septembre](date:2025-09)\", a-t-elle réagi."),
    ("2025-04-13", "Il est venu présenter [jeudi](date:2025-04-10) son plan."),
    # a list of days takes the month of its last one
    (REF, "Les épreuves auront lieu [les 3](date:2018-11-03), [4](date:2018-11-04) et "
          "[5 novembre](date:2018-11-05)."),
    # a futur passif looks ahead; a participle of schedule governs the date after it
    ("2024-07-18", "Le programme sera dévoilé dans [deux semaines](duration:P2W), puis "
                   "intégralement [fin mars](date:2025-03), a précisé la direction."),
    ("2024-01-25", "Les agriculteurs bloquent l'autoroute. Selon lui, \"le gouvernement a "
                   "laissé pourrir la situation pendant [des années](duration:PXY)\", et "
                   "les annonces attendues [vendredi](date:2024-01-26) devront porter "
                   "\"sur le revenu\"."),
    # a clock time takes the day of its own clause, not of a relative clause
    ("2024-07-18", "L'épisode, qui a débuté [le 19 juin](date:2024-06-19), est intense, a "
                   "souligné l'organisme dans son bulletin de "
                   "[6h00](time:2024-07-18T06:00)."),
    ("2024-07-18", "Les écoles ont fermé [mardi](date:2024-07-16), a indiqué le ministère, qui a "
                   "autorisé les élèves à partir dès [15h30](time:2024-07-18T15:30)."),
    ("2024-07-18", "Il a été arrêté [mardi](date:2024-07-16) et relâché à "
                   "[18h00](time:2024-07-16T18:00)."),
    # a participle with its auxiliary is a passé composé, whatever tense the tagger gives it
    (REF, "Les faits se sont déroulés [courant février](date:2018-02)."),
    # an infinitive takes the tense of its verb
    (REF, "Le texte avait été adopté [le 15 mars](date:2018-03-15), avant d'être censuré "
          "[le 2 avril](date:2018-04-02)."),
]  # fmt: skip


# The French TimeBank's conventions: the article of a calendar date in, prepositions out, a clock
# time apart from its day (and on it), the adjectives that tell a time, ages left out.
TIMEBANK = [
    ("1999-05-22", "Le mariage sera célébré [le samedi 12 juin](date:1999-06-12) à "
                   "[15 h](time:1999-06-12T15:00)."),
    ("1999-05-22", "Il a été blessé [hier](date:1999-05-21) vers [18 h](time:1999-05-21T18:00), "
                   "place de la Gare."),
    ("2003-02-22", "Vers [0 h 40](time:2003-02-20T00:40), [jeudi](date:2003-02-20), deux voitures "
                   "se sont heurtées."),
    ("2002-01-21", "Le carambolage qui, [le 3 mars 94](date:1994-03-03), avait fait dix morts."),
    ("2003-02-24", "Les élections auront lieu [les 6](date:2003-04-06) et "
                   "[13 avril prochains](date:2003-04-13)."),
    ("2003-02-24", "Nous apprenons le [prochain](date:FUTURE_REF) mariage de Paul. Un "
                   "[précédent](date:PAST_REF) accord avait échoué."),
    ("2003-01-27", "Le dîner [annuel](set:P1Y) de l'association a eu lieu."),
    ("2002-05-23", "Il était [hier](date:2002-05-22) à Lyon où, "
                   "[le matin même](time:2002-05-22TMO), la police avait agi."),
    ("2002-09-10", "La réunion de la saison [2002](date:2002)-[2003](date:2003) aura lieu "
                   "[le jeudi 12 septembre](date:2002-09-12)."),
    ("1999-09-05", "Les inscriptions se feront [ce même lundi après-midi](time:1999-09-06TAF)."),
    ("1999-05-18", "C'est en [cette fête de Pentecôte](date:1999-05-23) que se tiendra la "
                   "kermesse."),
    ("1999-05-27", "La région est disputée depuis [un demi-siècle](duration:P50Y)."),
    ("1999-05-20", "Ils recevront Portland une seconde fois, [ce soir](time:1999-05-20TEV)."),
    ("1999-05-19", "[Ces derniers jours](duration:PXD), il a montré des signes de fatigue."),
    ("2003-02-04", "La centrale avait été inaugurée il y a [quelques mois](duration:PXM)."),
    ("1999-07-28", "Le dîner ressemble plus à une fête de fin d'année qu'à une réunion."),
    ("2019-05-09", "Montée à Paris au [début des années 1950](date:195), elle entre à l'agence "
                   "en [1954](date:1954)."),
    ("2025-03-12", "Il espère en finir avant [la fin mars](date:2025-03), depuis "
                   "[le début de l'année](date:2025)."),
    ("2026-02-17", "Le vote aura lieu [les 15](date:2026-03-15) et [22 mars](date:2026-03-22), "
                   "dans [un mois](duration:P1M)."),
    ("1999-06-10", "La permanence est ouverte de [14 heures](time:1999-06-10T14:00) à "
                   "[18 heures](time:1999-06-10T18:00)."),
    ("1999-06-10", "Les faits se sont produits dans [la nuit de samedi à dimanche]"
                   "(time:1999-06-05TNI), vers [2 h](time:1999-06-06T02:00)."),
    ("2003-02-04", "Une panne a plongé [hier soir](time:2003-02-03TEV) le pays dans le noir. Le "
                   "courant devait être rétabli au cours de [la nuit](time:2003-02-03TNI)."),
    # a title in capitals: its verb ending tells the way
    ("1999-05-18", "LE VILLAGE FERA LA FÊTE [DIMANCHE](date:1999-05-23)\nLe comité invite tout le "
                   "monde."),
    ("1999-05-18", "LE MAIRE A INAUGURÉ LA SALLE [DIMANCHE](date:1999-05-16)\nLa salle est neuve."),
    ("2022-05-01", "Ils réclament la retraite à 65 ans, et l'âge de 60 ans pour les métiers durs."),
    ("1999-07-24", "La bibliothèque sera fermée en [juillet](date:1999-07) et rouvrira au cours "
                   "de [la semaine prochaine](date:1999-W30)."),
]  # fmt: skip


@pytest.mark.parametrize(("reference", "marked"), TIMEBANK)
def test_french_timebank_conventions(nlp, reference, marked):
    check(nlp, marked, reference)


@pytest.mark.parametrize(("reference", "marked"), ANCHORING)
def test_anchoring(nlp, reference, marked):
    check(nlp, marked, reference)


# Tables resolved against the default reference date, one test id per table and row.
TABLES = {
    "ages": AGES,
    "frame_and_tense": FRAME_AND_TENSE,
    "not_dates": NOT_DATES,
}


@pytest.mark.parametrize(
    "marked",
    [
        pytest.param(row, id=f"{table}-{i}")
        for table, rows in TABLES.items()
        for i, row in enumerate(rows)
    ],
)
def test_tables(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", NO_REFERENCE)
def test_without_reference_nothing_is_guessed(nlp, marked):
    check(nlp, marked, reference=None)


@pytest.mark.parametrize(
    ("text", "relative"),
    [("lundi", True), ("le 13 octobre", True), ("le 13 octobre 2001", False), ("trois ans", False)],
)
def test_relative_flag(nlp, text, relative):
    doc = nlp.make_doc(f"Il est venu {text}.")
    doc._.reference_date = REF
    [span] = nlp(doc).spans["dates"]
    assert span._.date["relative"] is relative


SEED_DATES = [
    ("la semaine dernière", "date", "2018-W43"),
    ("lundi", "date", "2018-10-29"),
    ("16H00", "time", "2018-10-29T16:00"),
    ("20H00 GMT", "time", "2018-10-29T20:00Z"),
    ("ces dernières semaines", "duration", "PXW"),
    ("6 novembre", "date", "2018-11-06"),
    ("lundi matin", "time", "2018-10-29TMO"),
    ("la semaine dernière", "date", "2018-W43"),
    ("avril", "date", "2018-04"),
    ("le 13 octobre", "date", "2018-10-13"),
    ("dimanche", "date", "2018-10-28"),
    ("lundi matin", "time", "2018-10-29TMO"),
    ("dimanche", "date", "2018-10-28"),
]


def test_seed_dates(seed_record):
    found = [(d["text"], d["type"], d["value"]) for d in seed_record["dates"]]
    assert found == SEED_DATES


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "😀 lundi 😀", "le 31 février", "à 25H99", "x" * 5000, "« lundi", "99/99/9999"],
)
def test_odd_input_never_crashes(nlp, text):
    doc = nlp.make_doc(text)
    doc._.reference_date = REF
    for span in nlp(doc).spans["dates"]:
        assert text[span.start_char : span.end_char] == span.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PARIS, 17 janvier 2024 - L'épidémie de grippe", "2024-01-17"),
        ("Paris, le 14 mars 2024 - Le texte", "2024-03-14"),
        ("LYON, 05/03/2021 (AFP) - Le texte", "2021-03-05"),
        ("KOUROU (Guyane), 15 avril 2025 - La fusée", "2025-04-15"),
        ("PARIS, 14 mars (AFP) - sans année, rien n'est deviné", None),
        ("Hier, 3 personnes - x", None),
    ],
)
def test_more_dateline_forms(text, expected):
    from newsfacts.reference import dateline_date

    assert dateline_date(text) == expected


# -- the fast paths of the grammar must match what the plain regexes match ------------------------

# The tests of each resolver module, whose example rows are texts with dates too.
RESOLVER_TESTS = [
    importlib.import_module(f"tests.{path.stem}")
    for path in sorted(Path(__file__).parent.glob("test_dates_*.py"))
]


def grammar_texts() -> list[str]:
    """Every table row here and in the tests of each resolver module, the seed and the benchmark
    articles: texts with dates of every kind."""
    rows = [row for rows in (*TABLES.values(), NO_REFERENCE) for row in rows]
    anchored = list(ANCHORING)
    for module in RESOLVER_TESTS:
        rows += getattr(module, "EXAMPLES", [])
        anchored += getattr(module, "ANCHORED", [])
    texts = [parse_marks(row)[0] for row in rows] + [parse_marks(row)[0] for _, row in anchored]
    articles = [
        json.loads(line)["text"]
        for path in sorted((ROOT / "benchmarks").glob("*/*/articles.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    return [*texts, SEED.read_text("utf-8"), *articles]


def test_every_match_of_a_gated_rule_holds_a_gate_word():
    gated = [rule for rule in COMPILED if rule.gate]
    matched = set()
    for text in grammar_texts():
        for rule in gated:
            for match in rule.any_case.finditer(text):
                assert any(word in match.group().lower() for word in rule.gate), match
                matched.add(rule.kind)
    assert matched == {rule.kind for rule in gated}  # each gate is checked on an example


def test_lowercased_text_gives_the_matches_of_ignorecase():
    shouted = "LE 13 OCTOBRE 2018 À 20H00 GMT, AU XXIE SIÈCLE, LE WEEK-END DE PÂQUES"
    for text in [*grammar_texts(), shouted]:
        lowered = text.lower()
        for rule in COMPILED:
            spans = [m.span() for m in rule.lower.finditer(lowered)]
            assert spans == [m.span() for m in rule.any_case.finditer(text)], rule.kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Au XXIe siècle, à 20H00 GMT.",
            [("XXIe siècle", "date", "20"), ("20H00 GMT", "time", "2018-10-29T20:00Z")],
        ),
        ("la vie siècle après siècle", []),  # roman numerals are capitals
        (
            "İstanbul, le 13 octobre à 20H00 GMT.",
            [("le 13 octobre", "date", "2018-10-13"), ("20H00 GMT", "time", "2018-10-13T20:00Z")],
        ),
    ],
)
def test_case_and_length_changing_letters(nlp, text, expected):
    assert dates_of(nlp, text, REF) == expected
