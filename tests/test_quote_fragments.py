"""Mixed quotes carry their marked words as fragments; quotes need no reporting verb."""

from __future__ import annotations

import pytest

from newsfacts.components.quotes import extract_quotes
from newsfacts.components.quotes.cueless import opens_paragraph
from newsfacts.components.quotes.marks import find_marked_spans
from newsfacts.components.quotes.mixed import _fragment_mark, absorb_fragments, mark_fragments


class Q:
    def __init__(self, start, end, type, cue=None, speaker_span=None, inherited=False):
        self.start, self.end, self.type, self.cue = start, end, type, cue
        self.speaker_span, self.inherited, self.fragments = speaker_span, inherited, []


def test_a_clause_takes_in_the_marked_words_inside_it():
    clause, fragment = Q(0, 40, "indirect", "dire", "X"), Q(10, 20, "mixed", "dire")
    outside = Q(50, 60, "direct")
    kept = absorb_fragments([clause, fragment, outside])
    assert kept == [clause, outside]
    assert clause.type == "mixed" and (clause.start, clause.end) == (0, 40)


def test_a_marked_quote_that_is_the_whole_clause_stays_direct():
    clause, quote = Q(0, 20, "indirect", "dire"), Q(0, 19, "direct", "dire")
    absorb_fragments([clause, quote])
    assert clause.type == "direct" and (clause.start, clause.end) == (0, 19)


def test_a_clause_reaches_the_end_of_a_mark_it_holds():
    clause, fragment = Q(0, 30, "indirect"), Q(25, 45, "mixed")
    absorb_fragments([clause, fragment])
    assert clause.end == 45


def test_fragments_are_the_closed_marks_inside_a_mixed_quote():
    text = "Il a dit que le plan est « un échec » et « une faute », puis « non »."
    quote = Q(text.index("le plan"), text.index(", puis"), "mixed")
    mark_fragments([quote], find_marked_spans(text))
    assert [text[a:b] for a, b in quote.fragments] == ["un échec", "une faute"]


def test_a_mixed_quote_all_in_marks_is_direct():
    text = "Il a promis de « trouver un moyen », a-t-il dit."
    quote = Q(text.index("trouver"), text.index(" »"), "mixed")
    mark_fragments([quote], find_marked_spans(text))
    assert quote.type == "direct" and quote.fragments == []


@pytest.mark.parametrize(
    ("text", "offset", "opens"),
    [("Un.\n« Oui »", 4, True), ("Un. « Oui »", 4, False), ("« Oui »", 0, True)],
)
def test_opens_paragraph(text, offset, opens):
    assert opens_paragraph(text, offset) is opens


def quotes(nlp, text):
    return extract_quotes(nlp(text))


def test_mixed_quote_spans_the_reported_clause_with_its_fragments(nlp):
    text = "Selon lui, ces barrages ont des conséquences « majeures » sur le trafic."
    (quote,) = quotes(nlp, text)
    assert quote["type"] == "mixed"
    assert quote["text"].startswith("ces barrages")
    assert [text[a:b] for a, b in quote["fragments"]] == ["majeures"]


def test_a_quote_alone_as_a_sentence_is_a_quote(nlp):
    text = "« On commence dès lundi. » Philippe Martinez a promis une grève dure."
    (quote,) = quotes(nlp, text)
    assert (quote["text"], quote["type"], quote["cue"]) == (
        "On commence dès lundi.",
        "direct",
        None,
    )
    assert quote["speaker"] == "Philippe Martinez"


def test_a_quote_after_a_colon_needs_no_verb(nlp):
    text = (
        "Jean Dupont a rencontré les élus. Et de poursuivre : « Nous tiendrons bon jusqu'au bout. »"
    )
    found = [q for q in quotes(nlp, text) if q["text"].startswith("Nous tiendrons")]
    assert found and found[0]["type"] == "direct"


def test_a_title_in_marks_is_no_quote(nlp):
    assert quotes(nlp, "Le film « Les Misérables » sort mercredi.") == []


def test_records_carry_fragments(nlp):
    from newsfacts import extract

    record = extract("Le maire a dénoncé une « trahison pure et simple » du préfet.")
    (quote,) = record["quotes"]
    assert [f["text"] for f in quote["fragments"]] == ["trahison pure et simple"]
    assert all(f["text"] == record_text(record, f) for f in quote["fragments"])


def record_text(record, span):
    return "Le maire a dénoncé une « trahison pure et simple » du préfet."[
        span["start"] : span["end"]
    ]


class _MarksContext:
    """What _fragment_mark reads of a Context: the text and the mark around an offset."""

    def __init__(self, text):
        self.sentences = type("Sentences", (), {"text": text})()
        self.marks = find_marked_spans(text)

    def inside_mark(self, offset):
        return next((m for m in self.marks if m.start <= offset <= m.end), None)


@pytest.mark.parametrize(
    ("text", "mid_sentence"),
    [
        ("Le plan est « un échec » pour lui.", True),
        ("Le plan est prêt. « un échec » pour lui.", False),
        ("Un titre sans point\n\n« un échec » pour lui.", False),  # opens a paragraph
        ("Un titre sans point\n« un échec » pour lui.", False),
        ("« un échec » pour lui.", False),
        ("   « un échec » pour lui.", False),
    ],
)
def test_a_fragment_is_a_lower_case_mark_in_mid_sentence(text, mid_sentence):
    ctx = _MarksContext(text)
    mark = ctx.marks[0]
    quote = Q(mark.start, mark.end, "direct")
    assert (_fragment_mark(ctx, quote) is mark) is mid_sentence


def test_a_fragment_after_a_second_cue_is_that_cues_mixed_quote(nlp):
    # "et fustigé « … » du chef": the second cue reports its own complement, not a
    # fragment coordinated with the first quote
    text = (
        "Marine Le Pen a défendu « le travail remarquable » des députés de son parti et fustigé "
        "« l'agitation parlementaire » du chef de file des Insoumis, Jean-Luc Mélenchon."
    )
    found = {q["text"]: (q["type"], q["cue"]) for q in quotes(nlp, text)}
    assert found == {
        "« le travail remarquable » des députés de son parti": ("mixed", "défendre"),
        "« l'agitation parlementaire » du chef de file des Insoumis, Jean-Luc Mélenchon": (
            "mixed",
            "fustiger",
        ),
    }


def test_marked_words_with_no_cue_report_the_clause_they_stand_in(nlp):
    text = (
        "Le maire a parlé lundi. Pour le président du groupe, la réforme du statut est une "
        "« faute, assise sur du sable » qui passe pour « une forme de renoncement »."
    )
    (quote,) = [q for q in quotes(nlp, text) if "faute" in q["text"]]
    assert quote["type"] == "mixed"
    assert quote["text"].startswith("la réforme du statut")
    assert quote["text"].endswith("renoncement »")


def test_a_widened_clause_starts_after_the_speaker_of_a_relative_source(nlp):
    text = (
        "Les avocats ont fait cette demande malgré un avis du ministère de la Justice pour "
        "qui « aucun motif ne justifie l'absence du prévenu »."
    )
    (quote,) = quotes(nlp, text)
    assert quote["text"].startswith("aucun motif")
    assert quote["speaker"] == "ministère de la Justice"  # the antecedent of "pour qui"


def test_a_widened_clause_stops_where_the_narrator_starts_another(nlp):
    text = (
        "Le maire a parlé. La réforme du statut des agents est une « faute qui coûtera cher » "
        "aux élus du département, le ministre ne dit rien."
    )
    (quote,) = [q for q in quotes(nlp, text) if "faute" in q["text"]]
    assert quote["text"].startswith("La réforme du statut")
    assert quote["text"].endswith("élus du département")


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Le FBI n'avait toutefois trouvé « aucune preuve d'une participation à la "
            "préparation de l'attaque » par d'autres militaires en formation aux Etats-Unis.",
            "n'avait toutefois trouvé « aucune preuve d'une participation à la préparation de "
            "l'attaque » par d'autres militaires en formation aux Etats-Unis",
            "FBI",
        ),
        (
            "Météo France prévoit des cumuls jeudi « de 60 à 100 mm, localement plus ».",
            "de 60 à 100 mm, localement plus",  # then most of the clause: the marks alone
            "Météo France",
        ),
    ],
)
def test_a_widened_clause_starts_after_its_speaker_subject(nlp, text, quoted, speaker):
    # the clause names the speaker before the marks: the quote holds what follows the speaker
    # words, not the speaker itself (the old code widened it over "Le FBI" / "Météo France")
    (quote,) = quotes(nlp, text)
    assert (quote["text"], quote["speaker"]) == (quoted, speaker)


@pytest.mark.parametrize(
    ("text", "quoted", "kind"),
    [
        (
            "La pratique du vélo, qui connaissait deux pics par jour, « s'étale davantage sur "
            "la journée », relève aussi l'association Vélo et territoires.",
            "La pratique du vélo, qui connaissait deux pics par jour, « s'étale davantage sur "
            "la journée »",
            "mixed",
        ),
        (
            # marks with their own subject after a fronted complement: the speaker's sentence
            "Sur ce sujet, « il y a encore du chemin à faire », a estimé la ministre du Travail.",
            "il y a encore du chemin à faire",
            "direct",
        ),
    ],
)
def test_marks_that_are_the_predicate_of_the_clause_before_report_that_clause(
    nlp, text, quoted, kind
):
    # the marks after a comma go on the narrator's subject before them ("La pratique …,
    # « s'étale … »"): the inverted cue reports the whole clause, the marks are its fragment
    (quote,) = quotes(nlp, text)
    assert (quote["text"], quote["type"]) == (quoted, kind)
