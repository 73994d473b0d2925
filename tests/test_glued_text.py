"""Glued paragraphs: token and sentence boundaries repaired, the text and its offsets untouched."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts.glued_text import GlueRepairingTokenizer, glue_points


@pytest.fixture(scope="module")
def tokenizer(nlp):
    assert isinstance(nlp.tokenizer, GlueRepairingTokenizer)
    return nlp.tokenizer


@pytest.mark.parametrize(
    ("text", "tokens", "sentence_start"),
    [
        ("du virus.De nouveau", ["du", "virus", ".", "De", "nouveau"], "De"),
        ('un communiqué."Les gens', ["un", "communiqué", ".", '"', "Les", "gens"], '"'),
        ('le Covid-19!"Chaque jour', ["le", "Covid-19", "!", '"', "Chaque", "jour"], '"'),
        ("à New York.-Le président", ["à", "New", "York", ".", "-", "Le", "président"], "-"),
        ("parlé à Abdallah.- Le chef", ["parlé", "à", "Abdallah", ".", "-", "Le", "chef"], "-"),
        ("(nord-est).Les gens", ["(", "nord", "-", "est", ")", ".", "Les", "gens"], "Les"),
        ('stress"."Mais non', ["stress", '"', ".", '"', "Mais", "non"], '"'),
        ('du Brexit..."Il faut', ["du", "Brexit", "...", '"', "Il", "faut"], '"'),
        ('la gueule"La suite', ["la", "gueule", '"', "La", "suite"], None),
        ("la Santé.19.015 personnes", ["la", "Santé", ".", "19.015", "personnes"], "19.015"),
        ('"violent".88 photos', ['"', "violent", '"', ".", "88", "photos"], "88"),
        ("de Melania TrumpLa Première", ["de", "Melania", "Trump", "La", "Première"], "La"),
        ("du LoiretCinquante salariés", ["du", "Loiret", "Cinquante", "salariés"], "Cinquante"),
        ("Les ChansonsEn 2002", ["Les", "Chansons", "En", "2002"], "En"),
        # a heading's last word glued to a name: the token ends, the parser finds the sentence
        ("Temps de travailOlivier Véran", ["Temps", "de", "travail", "Olivier", "Véran"], None),
        # a bullet opens a list item or a heading, glued to the sentence before
        ("35 heures.• Carrières et", ["35", "heures", ".", "•", "Carrières", "et"], "•"),
        # the desk codes that close a wire story, glued to its last word
        ("Rudy Giuliani.sct/gle/bfi", ["Rudy", "Giuliani", ".", "sct/gle/bfi"], "sct/gle/bfi"),
        # an inverted subject before an intertitle glued with ".-" keeps its hyphen
        ("dit-il.- Une fois", ["dit", "-il", ".", "-", "Une", "fois"], "-"),
        ("a-t-elle.- Le", ["a", "-t", "-elle", ".", "-", "Le"], "-"),
        # a dash that closes or opens an aside is no part of the word it touches
        ("l'ARS- la fermeture", ["l'", "ARS", "-", "la", "fermeture"], None),
        ('mesurables" -Le Japon', ["mesurables", '"', "-", "Le", "Japon"], None),
        # at the very end of the text, with nothing after the dash
        ("avec Emmanuel Macron-", ["avec", "Emmanuel", "Macron", "-"], None),
        # an en or em dash set so, as a hyphen is ('Dupont —le maire de Lyon— a dit')
        (
            "Dupont —le maire de Lyon— a",
            ["Dupont", "—", "le", "maire", "de", "Lyon", "—", "a"],
            None,
        ),
        (
            "le Golfe --8,13% des hommes--,",
            ["le", "Golfe", "--", "8,13", "%", "des", "hommes", "--", ","],
            None,
        ),
        # a heading in capitals or an acronym glued to the next paragraph's capitalised word
        ("la SNCFContacté par LCI", ["la", "SNCF", "Contacté", "par", "LCI"], "Contacté"),
        ("sur BFMTVDéjà en vue", ["sur", "BFMTV", "Déjà", "en", "vue"], "Déjà"),
        # a video credit glued to its caption, a caption's bracket glued to the next paragraph
        ("clients concernéspar euronews", ["clients", "concernés", "par", "euronews"], "par"),
        ('la meute"par France Inter', ["la", "meute", '"', "par", "France", "Inter"], "par"),
        ("(en français)Easyjet a", ["(", "en", "français", ")", "Easyjet", "a"], "Easyjet"),
        # a quote closed after an initial, glued to the next paragraph (orangesum-r)
        (
            'sur Radio J."Le gouvernement',
            ["sur", "Radio", "J", ".", '"', "Le", "gouvernement"],
            '"',
        ),
        # a one-letter name ending a sentence, glued to the next paragraph (orangesum-k, -zv)
        ("du RER D.Un mouvement", ["du", "RER", "D", ".", "Un", "mouvement"], "Un"),
        ("cartes Imagine R.Le montant", ["cartes", "Imagine", "R", ".", "Le", "montant"], "Le"),
    ],
)
def test_glued_paragraphs_are_split(tokenizer, text, tokens, sentence_start):
    doc = tokenizer(text)
    assert [t.text for t in doc] == tokens
    assert doc.text == text
    starts = [t.text for t in doc if t.i > 0 and t.is_sent_start]
    assert starts == ([sentence_start] if sentence_start else [])


@pytest.mark.parametrize(
    "text",
    [
        "J.-Y. Le Drian aux U.S.A.",  # initials
        "selon J.Le Pen et A.R. Penck",  # an initial glued to a surname
        "Jean-Pierre à Pas-de-Calais",  # hyphenated names
        "sur LCI.fr, francetvinfo.fr et www.20minutes.fr",  # web addresses
        "M. Dupont, 1.743 euros, 2,5 %",
        "Il est parti. Le train aussi.",  # already spaced
        "McEnroe, LeBron, DiCaprio, YouTube et BlaBlaCar",  # names in camel case
        "un iPhone, un vol easyJet et eBay",  # brands that open in lower case
        "sur twitter.com/emmanuelMacron et @jeanCastex",  # addresses and handles
        "entre -6 et -5 degrés, le pro- et l'anti-Brexit",  # minus signs, hyphens
        "McDonald, LaREM, BFMTV, MoDem, DeepMind, RTLinfo",  # names with inner capitals
        "#FRACRO, @IDFmobilites et Caspar Weinberger",  # hashtags, handles, names in -par
        'venue "par patriotisme" (par exemple)',  # an opening mark, an opening bracket
    ],
)
def test_text_that_is_not_glued_is_left_alone(tokenizer, nlp, text):
    assert glue_points(text) == ([], [])
    base = tokenizer.tokenizer(text)
    assert [t.text for t in tokenizer(text)] == [t.text for t in base]


def test_the_parser_starts_a_sentence_at_the_glue(nlp):
    doc = nlp("Le train est reparti dans la soirée.Le conducteur Jean Dupont a été entendu.")
    assert [s.text for s in doc.sents] == [
        "Le train est reparti dans la soirée.",
        "Le conducteur Jean Dupont a été entendu.",
    ]


@given(st.text(alphabet=st.sampled_from(list('aZé."«»!-–) \n1')), max_size=40))
def test_offsets_always_index_the_text(tokenizer, text):
    doc = tokenizer(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_settings_reach_the_wrapped_tokenizer(nlp):
    assert nlp.tokenizer.suffix_search == nlp.tokenizer.tokenizer.suffix_search
    assert [t.text for t in nlp.tokenizer("une aide de 1,2 Md€.")][-2:] == ["Md€", "."]
