"""Scales, units and kinds after a number (quantities.units)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsfacts.components.quantities.reader import DocReader
from newsfacts.components.quantities.units import context_currency, in_standings, read_unit
from newsfacts.lexicons import quantities as lex
from tests.quantity_runs import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # multipliers and money
        ("L'UE a annoncé une aide de 1,2 Md€.", [("1,2 Md€", 1200000000, "EUR", "money", None)]),
        ("Le budget est de 450 M€.", [("450 M€", 450000000, "EUR", "money", None)]),
        ("Il estime ses pertes à 30 k€.", [("30 k€", 30000, "EUR", "money", None)]),
        (
            "Le gouvernement a débloqué 25 milliards d'euros.",
            [("25 milliards d'euros", 25000000000, "EUR", "money", None)],
        ),
        (
            "Washington a promis 350 millions de dollars.",
            [("350 millions de dollars", 350000000, "USD", "money", None)],
        ),
        (
            "Le prêt atteint 50 milliards de francs suisses.",
            [("50 milliards de francs suisses", 50000000000, "CHF", "money", None)],
        ),
        (
            "Le gouvernement a débloqué un milliard de francs.",
            [("un milliard de francs", 1000000000, "CHF", "money", None)],
        ),
        (
            "Il promet 2,5 milliards de livres sterling.",
            [("2,5 milliards de livres sterling", 2500000000, "GBP", "money", None)],
        ),
        ("Le logement coûte 520.000 £.", [("520.000 £", 520000, "GBP", "money", None)]),
        ("Le dollar s'échange à 111,5 yens.", [("111,5 yens", 111.5, "JPY", "money", None)]),
        ("« Revenue was $40.11 billion »", [("$40.11 billion", 40110000000, "USD", "money", None)]),
        ("La tonne est retombée autour de 230 €.", [("230 €", 230, "EUR", "money", "about")]),
        ("Il a lu 3 livres cet été.", [("3 livres", 3, "livres", "count", None)]),
        # percentages and points
        ("Les loyers ont bondi de 12 pour cent.", [("12 pour cent", 12, "%", "percent", None)]),
        ("La hausse atteint 25% sur un an.", [("25%", 25, "%", "percent", None)]),
        (
            "La participation a progressé de près de 8 points de pourcentage.",
            [("8 points de pourcentage", 8, "points", "percent", "about")],
        ),
        (
            "La BCE a relevé ses taux de 50 points de base.",
            [("50 points de base", 50, "points de base", "percent", None)],
        ),
        (
            "Le chômage est à 13 %, en hausse de 5,2 points.",
            [("13 %", 13, "%", "percent", None), ("5,2 points", 5.2, "points", "percent", None)],
        ),
        (
            "Le CAC 40 a clôturé à 7.025,72 points.",
            [("7.025,72 points", 7025.72, "points", "measure", None)],
        ),
        # measures
        ("La flèche était haute de 93 mètres.", [("93 mètres", 93, "m", "measure", None)]),
        ("Il roulait à 112 km/h sur l'A7.", [("112 km/h", 112, "km/h", "measure", None)]),
        (
            "Le feu a ravagé 3.000 hectares de terres.",
            [("3.000 hectares", 3000, "ha", "measure", None)],
        ),
        ("La scène pèse 300 tonnes.", [("300 tonnes", 300, "t", "measure", None)]),
        ("Il pourrait faire 47 degrés jeudi.", [("47 degrés", 47, "°C", "measure", None)]),
        (
            "La forêt couvre 5,5 millions de km².",
            [("5,5 millions de km²", 5500000, "km²", "measure", None)],
        ),
        ("Il est tombé jusqu'à 150 mm de pluie.", [("150 mm", 150, "mm", "measure", "at_most")]),
        (
            "Une vache boit jusqu'à 100 litres d'eau.",
            [("100 litres", 100, "l", "measure", "at_most")],
        ),
        ("Une piscine de 2\u00a0500 m² ouvrira.", [("2\u00a0500 m²", 2500, "m²", "measure", None)]),
        # more money, scales and points
        (
            "Un million et demi de personnes ont manifesté.",
            [("Un million et demi de personnes", 1500000, "personnes", "count", None)],
        ),
        ("Le bénéfice atteint 950 M EUR.", [("950 M EUR", 950000000, "EUR", "money", None)]),
        (
            "Le programme coûte 50 milliards de FCFA.",
            [("50 milliards de FCFA", 50000000000, "XOF", "money", None)],
        ),
        ("Il a perdu 1,5 pt de croissance.", [("1,5 pt", 1.5, "points", "percent", None)]),
        (
            "Le Dow Jones a perdu 500 points, soit 1,5 %.",
            [("500 points", 500, "points", "measure", None), ("1,5 %", 1.5, "%", "percent", None)],
        ),
        ("La France (+2,5%) progresse.", [("+2,5%", 2.5, "%", "percent", None)]),
        # a fraction of a unit measures; a fraction of a group counts nothing of its own
        (
            "La BCE a relevé ses taux d'un quart de point, puis d'un demi-point.",
            [
                ("un quart de point", 0.25, "points", "percent", None),
                ("un demi-point", 0.5, "points", "percent", None),
            ],
        ),
        (
            "Il a bu trois quarts de litre d'eau.",
            [("trois quarts de litre", 0.75, "l", "measure", None)],
        ),
        ("Un quart des salariés et un quart de la population ont voté.", []),
        # "un" before a measure unit is one of it, not a determiner
        (
            "La Seine a atteint 7,20 mètres, soit près d'un mètre de plus qu'en 2002.",
            [("7,20 mètres", 7.2, "m", "measure", None), ("un mètre", 1, "m", "measure", "about")],
        ),
        # league rounds are counted when the sentence speaks of the standings
        (
            "Le troisième succès en neuf journées, le club compte 15 points.",
            [
                ("neuf journées", 9, "journées", "count", None),
                ("15 points", 15, "points", "count", None),
            ],
        ),
        ("Après trois journées de grève, le match a eu lieu.", []),
        (
            "Le club compte 12 points d'avance à dix journées de la fin.",
            [
                ("12 points d'avance", 12, "points d'avance", "count", None),
                ("dix journées", 10, "journées", "count", None),
            ],
        ),
        (
            "Il a gagné 13 matchs sur 20.",
            [("13 matchs", 13, "matchs", "count", None), ("20", 20, None, "count", None)],
        ),
        ("Le festival a duré trois journées.", []),
    ],
)
def test_units_and_scales(nlp, text, expected):
    assert quantities(nlp, text) == expected


def reader_of(nlp, text: str) -> DocReader:
    return DocReader(Doc(nlp.vocab, words=text.split()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30 % de plus", ("percent", "%", 4)),
        ("30 € la place", ("money", "EUR", 4)),
        ("30 km de plus", ("measure", "km", 5)),
        ("30 soldats", None),
    ],
)
def test_read_unit(nlp, text, expected):
    """(kind, unit, end) of the unit right after the number (here at 2)."""
    assert read_unit(reader_of(nlp, text), 2) == expected


def test_dollars_and_pounds_follow_the_article(nlp):
    assert read_unit(reader_of(nlp, "30 $ au Canada"), 2) == ("money", "USD", 4)
    assert read_unit(reader_of(nlp, "30 livres"), 2) is None  # no currency named "livre"
    lebanese = reader_of(nlp, "30 livres , en livres libanaises")
    assert read_unit(lebanese, 2) == ("money", "LBP", 9)
    assert context_currency("la livre sterling recule", lex.POUND_CONTEXT) == "GBP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le club compte 15 points en neuf journées de championnat", True),
        ("Le festival a duré neuf journées", False),
    ],
)
def test_in_standings(nlp, text, expected):
    """Rounds of a league ("neuf journées") are counted, not a duration, in the standings."""
    assert in_standings(reader_of(nlp, text), 0) is expected
