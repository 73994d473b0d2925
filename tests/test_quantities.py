"""newsfacts_quantities: example tables, one row per case, counter-examples in the same tables.

A row gives a sentence and the quantities expected in it, as (span text, value, unit, kind,
qualifier); ranges give value_max in a separate table. An empty list is a counter-example.
"""

from __future__ import annotations

import pytest

from newsfacts.components.quantities import parse_number

BASE_PIPES = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner")


def run(nlp, text: str):
    """Runs the model and our quantities component only (not the later components)."""
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name in BASE_PIPES or name == "newsfacts_quantities":
            doc = pipe(doc)
    return doc


def quantities(nlp, text: str) -> list[tuple]:
    doc = run(nlp, text)
    found = []
    for span in doc.spans["quantities"]:
        assert doc.text[span.start_char : span.end_char] == span.text
        q = span._.quantity
        found.append((span.text, q["value"], q["unit"], q["kind"], q["qualifier"]))
    return found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5.000", 5000),
        ("7 000", 7000),
        ("7\u00a0000", 7000),
        ("7\u202f000", 7000),
        ("120'000", 120000),
        ("2,5", 2.5),
        ("2.5", 2.5),
        ("2.100", 2100),
        ("1 234,56", 1234.56),
        ("7.025,72", 7025.72),
        ("1,0632", 1.0632),
    ],
)
def test_french_digit_formats(text, value):
    assert float(parse_number(text)) == pytest.approx(value)


SEED_QUANTITIES = [
    ("5.000 soldats américains", 5000, "soldats", "count", None),
    ("800", 800, None, "count", None),
    ("4.000 membres de la Garde nationale", 4000, "membres", "count", "at_most"),
    ("2.100", 2100, None, "count", "about"),
    ("1.743 demandes d'asile", 1743, "demandes d'asile", "count", None),
    ("7.000 personnes", 7000, "personnes", "count", None),
    ("4.000 personnes", 4000, "personnes", "count", None),
]


def test_seed_quantities(nlp, seed_text):
    assert quantities(nlp, seed_text) == SEED_QUANTITIES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits, thousands and decimals, negative values
        (
            "Le cortège a rassemblé 65 000 personnes.",
            [("65 000 personnes", 65000, "personnes", "count", None)],
        ),
        (
            "Il y avait 38\u202f000\u202fMW de demande.",
            [("38\u202f000\u202fMW", 38000, "MW", "measure", None)],
        ),
        ("L'indice affiche une variation de -4,09 %.", [("-4,09 %", -4.09, "%", "percent", None)]),
        ("Il fera -230 °C sur Ganymède.", [("-230 °C", -230, "°C", "measure", None)]),
        (
            "La taxe atteint 1 234,56 euros par foyer.",
            [("1 234,56 euros", 1234.56, "EUR", "money", None)],
        ),
        # number words
        (
            "Près de deux cents films attendent.",
            [("deux cents films", 200, "films", "count", "about")],
        ),
        (
            "Il présentera vingt et un longs métrages.",
            [("vingt et un longs métrages", 21, "longs métrages", "count", None)],
        ),
        (
            "On espère trois millions de spectateurs.",
            [("trois millions de spectateurs", 3000000, "spectateurs", "count", None)],
        ),
        (
            "Ils venaient de quatre-vingt-dix pays.",
            [("quatre-vingt-dix pays", 90, "pays", "count", None)],
        ),
        (
            "Elle accueillait quarante mille festivaliers.",
            [("quarante mille festivaliers", 40000, "festivaliers", "count", None)],
        ),
        # collectives
        (
            "Une dizaine de personnes ont été interpellées.",
            [("Une dizaine de personnes", 10, "personnes", "count", "about")],
        ),
        (
            "Une centaine d'habitants ont péri.",
            [("Une centaine d'habitants", 100, "habitants", "count", "about")],
        ),
        (
            "Un millier de véhicules ont brûlé.",
            [("Un millier de véhicules", 1000, "véhicules", "count", "about")],
        ),
        (
            "Des milliers de manifestants ont défilé.",
            [("Des milliers de manifestants", 1000, "manifestants", "count", "vague")],
        ),
        (
            "Des dizaines de vitrines ont été brisées.",
            [("Des dizaines de vitrines", 10, "vitrines", "count", "vague")],
        ),
        (
            "Il a mobilisé une douzaine de véhicules blindés.",
            [("une douzaine de véhicules blindés", 12, "véhicules", "count", "about")],
        ),
        (
            "Plus d'un millier de fidèles ont prié.",
            [("un millier de fidèles", 1000, "fidèles", "count", "more_than")],
        ),
        (
            "Des dizaines de milliers de personnes ont manifesté.",
            [("Des dizaines de milliers de personnes", 10000, "personnes", "count", "vague")],
        ),
        ("La caravane de milliers de migrants avance.", []),
        ("Il a été placé en quarantaine.", []),
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
        # what is counted
        (
            "Le séisme a fait 2.012 morts et 2.059 blessés.",
            [
                ("2.012 morts", 2012, "morts", "count", None),
                ("2.059 blessés", 2059, "blessés", "count", None),
            ],
        ),
        (
            "Il a émis 1.200 fausses factures.",
            [("1.200 fausses factures", 1200, "factures", "count", None)],
        ),
        (
            "Il a acheté 36 avions de combat.",
            [("36 avions de combat", 36, "avions de combat", "count", None)],
        ),
        (
            "Le préfet a mobilisé 6 000 policiers et gendarmes.",
            [("6 000 policiers et gendarmes", 6000, "policiers et gendarmes", "count", None)],
        ),
        (
            "Il a engagé cinquante sapeurs-pompiers.",
            [("cinquante sapeurs-pompiers", 50, "sapeurs-pompiers", "count", None)],
        ),
        (
            "Il compte 253 grands électeurs.",
            [("253 grands électeurs", 253, "grands électeurs", "count", None)],
        ),
        (
            "Plus de 100 millions d'Américains ont voté.",
            [("100 millions d'Américains", 100000000, "Américains", "count", "more_than")],
        ),
        (
            "Il emporte trois de ses lunes glacées.",
            [("trois de ses lunes glacées", 3, "lunes", "count", None)],
        ),
        ("Environ 2.100 ont été déployés.", [("2.100", 2100, None, "count", "about")]),
        (
            "Les Diables rouges ont obtenu neuf points.",
            [("neuf points", 9, "points", "count", None)],
        ),
        # qualifiers
        (
            "Quelque 300 médecins ont répondu.",
            [("300 médecins", 300, "médecins", "count", "about")],
        ),
        ("Au moins 127 civils ont été tués.", [("127 civils", 127, "civils", "count", "at_least")]),
        (
            "Moins de 10.000 manifestants ont été comptés.",
            [("10.000 manifestants", 10000, "manifestants", "count", "less_than")],
        ),
        (
            "Il y aura au plus 800 spectateurs.",
            [("800 spectateurs", 800, "spectateurs", "count", "at_most")],
        ),
        (
            "L'écart n'était que de 18.000 voix environ.",
            [("18.000 voix", 18000, "voix", "count", "about")],
        ),
        (
            "Il a ordonné l'envoi d'un maximum de 4.000 soldats.",
            [("4.000 soldats", 4000, "soldats", "count", "at_most")],
        ),
        (
            "La France comptait plus d'un million d'exploitations.",
            [("un million d'exploitations", 1000000, "exploitations", "count", "more_than")],
        ),
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
        # a change "de X à Y" is two quantities, a range needs the bigger number second
        (
            "Le taux passera de 3 % à 2,4 %.",
            [("3 %", 3, "%", "percent", None), ("2,4 %", 2.4, "%", "percent", None)],
        ),
        (
            "Le baril a gagné 1,2 dollar à 85,40 dollars.",
            [
                ("1,2 dollar", 1.2, "USD", "money", None),
                ("85,40 dollars", 85.4, "USD", "money", None),
            ],
        ),
        (
            "Il disposait de 21 000 000 d'euros.",
            [("21 000 000 d'euros", 21000000, "EUR", "money", None)],
        ),
        (  # the tokenizer keeps "d'1" as one token, so the span starts at "d'"
            "Plus d'1 million de Français sont concernés.",
            [("d'1 million de Français", 1000000, "Français", "count", "more_than")],
        ),
        ("C'est la tolérance zéro.", []),
        ("Il a levé USD 5 millions.", [("USD 5 millions", 5000000, "USD", "money", None)]),
        ("Le chômage est autour des 7 %.", [("7 %", 7, "%", "percent", "about")]),
        (
            "Il a gagné le 200 m brasse devant 15.000 spectateurs.",
            [("15.000 spectateurs", 15000, "spectateurs", "count", None)],
        ),
        (
            "Le RN obtient 22 sièges, LREM 21.",
            [("22 sièges", 22, "sièges", "count", None), ("21", 21, None, "count", None)],
        ),
        (
            "Les onze candidats seront interrogés sur France 2.",
            [("onze candidats", 11, "candidats", "count", None)],
        ),
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
        # a verb of change gives the old and the new value, not a range
        (
            "Le taux est passé de 4,25 % à 4,5 %. Le salaire est passé de 1.500 à 1.800 euros.",
            [
                ("4,25 %", 4.25, "%", "percent", None),
                ("4,5 %", 4.5, "%", "percent", None),
                ("1.500", 1500, "EUR", "money", None),
                ("1.800 euros", 1800, "EUR", "money", None),
            ],
        ),
        (
            "Le nombre de sièges est passé de 5 à 8.",
            [("5", 5, None, "count", None), ("8", 8, None, "count", None)],
        ),
        # "N fois" counts occasions, but not in a ratio or a rate
        (
            "Le plafond a été relevé deux fois. Un post aimé plus de 27.000 fois.",
            [
                ("deux fois", 2, "fois", "count", None),
                ("27.000 fois", 27000, "fois", "count", "more_than"),
            ],
        ),
        ("C'est deux fois plus cher, trois fois supérieur, deux fois par semaine.", []),
    ],
)
def test_quantities(nlp, text, expected):
    assert quantities(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "lower", "upper", "value", "value_max", "unit"),
    [
        (
            "Les dégâts sont estimés entre 4 et 5 milliards d'euros.",
            "4",
            "5 milliards d'euros",
            4e9,
            5e9,
            "EUR",
        ),
        ("La hausse sera de 10 à 15 %.", "10", "15 %", 10, 15, "%"),
        ("La cour a relevé des écarts de 20 à 35 %.", "20", "35 %", 20, 35, "%"),
        ("Une baisse de 5 à 8 degrés est prévue.", "5", "8 degrés", 5, 8, "°C"),
        ("Les billets sont vendus entre 45 et 120 €.", "45", "120 €", 45, 120, "EUR"),
        ("La piscine coûtera entre 18 et 22 M€.", "18", "22 M€", 18e6, 22e6, "EUR"),
        ("Il prévoit « in the range of $30-37 billion ».", "$30", "37 billion", 30e9, 37e9, "USD"),
        ("Ils étaient 500 000 à 600 000 selon la CGT.", "500 000", "600 000", 500000, 600000, None),
        (
            "Le festival accueillera entre 200 et 300 artistes.",
            "200",
            "300 artistes",
            200,
            300,
            "artistes",
        ),
    ],
)
def test_ranges(nlp, text, lower, upper, value, value_max, unit):
    """Each end of a range is a quantity (as real-news gold has it); the lower one carries the
    range in value/value_max, both share the unit."""
    doc = run(nlp, text)
    first, second = doc.spans["quantities"]
    assert (first.text, second.text) == (lower, upper)
    assert (first._.quantity["value"], first._.quantity["value_max"]) == (value, value_max)
    assert (second._.quantity["value"], second._.quantity["value_max"]) == (value_max, None)
    assert first._.quantity["unit"] == second._.quantity["unit"] == unit
    assert first._.quantity["qualifier"] is None


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


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "🙂 100 🙂", "(((", "«", "-", "1" * 500, "x" * 10000, "Le 5 5 5 5 5 %%%."],
)
def test_odd_input_does_not_crash(nlp, text):
    quantities(nlp, text)


def test_payload_is_plain_json(nlp):
    doc = run(nlp, "Entre 4 et 5 milliards d'euros, soit 2,5 % du PIB.")
    for span in doc.spans["quantities"]:
        payload = span._.quantity
        assert set(payload) == {"value", "value_max", "unit", "kind", "qualifier"}
        assert all(isinstance(v, (int, float, str, type(None))) for v in payload.values())
