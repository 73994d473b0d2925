"""The last attribution stage: candidate speakers, their features, and the ranker over them.

The candidate tests read the features the real pipeline computes on small French texts; the
ranker tests use hand-set weights, so that they test the method, not the shipped weights.
"""

from __future__ import annotations

import pytest

from newsfacts.components.quotes.candidates import (
    Candidate,
    Continuity,
    DocumentView,
    Media,
    QuoteView,
    candidates,
)
from newsfacts.components.quotes.index import ActorIndex, Stretches
from newsfacts.components.quotes.lexicon import load_lexicon
from newsfacts.components.quotes.ranking import SpeakerRanker, attribute, words_kind


def ranked(nlp, text: str) -> list[tuple[str, list[Candidate]]]:
    """(quote text, candidates) of every quote the rules left without a speaker."""
    ranking = nlp.get_pipe("newsfacts_quotes").ranking
    seen = []
    ranking.observe = lambda quote, found: seen.append((quote, found, quote.speaker is None))
    try:
        doc = nlp(text)
    finally:
        ranking.observe = None
    return [(doc.text[q.start : q.end], found) for q, found, ranked in seen if ranked]


def by_name(found: list[Candidate]) -> dict[str, dict[str, float]]:
    return {c.actor["name"]: c.features for c in found}


FEATURE_STORY = (
    "Marie Dupont tient une boulangerie à Lyon depuis vingt ans. Elle a vu le quartier changer. "
    "Son voisin, Paul Martin, vend des journaux.\n"
    "« Avant, il y avait du monde partout. »"
)


def test_candidates_are_the_actors_named_before_the_quote(nlp):
    [(_quote, found)] = [r for r in ranked(nlp, FEATURE_STORY) if "Avant" in r[0]]
    features = by_name(found)
    assert {"Marie Dupont", "Paul Martin"} <= set(features)
    marie, paul = features["Marie Dupont"], features["Paul Martin"]
    assert paul["nearest"] == 1.0 and marie["nearest"] == 0.0  # Paul is named last
    assert marie["chars_before"] > paul["chars_before"]
    assert marie["sentences_before"] > paul["sentences_before"]
    assert marie["subject_before"] == 1.0  # "Marie Dupont tient …"
    assert marie["paragraphs_before"] == paul["paragraphs_before"] > 0
    assert marie["person"] == 1.0 and marie["organization"] == 0.0
    assert marie["opens_paragraph"] == 1.0 and marie["type_direct"] == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Paul Roy est arrivé. « Tout va bien », assure-t-on.",  # "on", "ils": no single actor
        "Paul Roy est arrivé. « Tout va bien », assurent les syndicats.",  # a group
    ],
)
def test_plural_or_vague_speaker_words_leave_nothing_to_rank(nlp, text):
    assert all(not found for _quote, found in ranked(nlp, text))


def test_an_institution_the_rules_could_not_resolve_ranks_organizations_only(nlp):
    """ "le ministère", "la municipalité": the organisation named before may be it (gold gives
    the agency for "l'agence"), a person never is."""
    text = (
        "La SNCF a annoncé des retards. Paul Roy attend son train. "
        "« Les travaux sont nécessaires », précise la municipalité."
    )
    [(_quote, found)] = ranked(nlp, text)
    features = by_name(found)
    assert set(features) == {"SNCF"}
    assert features["SNCF"]["group_words"] == 1.0


def test_a_description_the_rules_could_not_resolve_is_ranked_as_such(nlp):
    text = "La SNCF a annoncé des retards. « Les travaux sont nécessaires », précise la régie."
    [(_quote, found)] = ranked(nlp, text)
    sncf = by_name(found)["SNCF"]
    assert sncf["words_description"] == 1.0 and sncf["description:nearest"] == 1.0


def test_a_pronoun_rules_out_the_other_gender(nlp):
    text = (
        "Le ministère de l'Intérieur a publié un bilan. « Les chiffres baissent », souligne-t-elle."
    )
    for _quote, found in ranked(nlp, text):
        assert "ministère de l'Intérieur" not in by_name(found)


def test_a_name_inside_quote_marks_is_no_candidate(nlp):
    text = (
        "Jean Durand a longtemps travaillé à l'usine. "
        "« Pierre Leroy m'a tout appris. » Il en garde un souvenir ému."
    )
    for _quote, found in ranked(nlp, text):
        assert "Pierre Leroy" not in by_name(found)


def test_a_medium_is_marked_apart(nlp):
    text = "Paul Roy a parlé à France Info. « Oui. »"
    view = view_of(nlp, text, spans_of(text, "Paul Roy", "France Info"))
    view.index.actors[1]["type"] = "organization"
    quote = QuoteView(text.index("«"), len(text), "direct")
    found = by_name(candidates(view, quote, Continuity()))
    assert found["France Info"]["medium"] == 1.0 and found["France Info"]["addressed_before"] == 1.0
    assert found["France Info"]["organization"] == 1.0
    assert found["Paul Roy"]["medium"] == 0.0 and found["Paul Roy"]["addressed_before"] == 0.0


def test_media_by_name_by_title_and_not_otherwise():
    media = Media.from_lexicon(load_lexicon())
    assert media.named({"name": "France Info", "type": "organization"})
    assert media.named({"name": "AFP"})
    assert media.named({"name": "The Gazette", "titles": ["quotidien local"]})
    assert not media.named({"name": "Marie Dupont", "titles": ["boulangère"]})
    assert not media.named({"name": "SNCF", "type": "organization"})


# ---- on a hand-built view: windows, continuity, after the quote --------------------------------


class Zones:
    def __init__(self, *stretches) -> None:
        self.stretches = Stretches(stretches)

    def holds(self, offset: int) -> bool:
        return self.stretches.holds(offset)


def view_of(nlp, text: str, mentions: dict[str, list[tuple[int, int]]], marks=()) -> DocumentView:
    """A view built by hand: every dot ends a sentence, no parse, the shipped media list."""
    doc = nlp.make_doc(text)
    actors = [
        {"name": name, "type": "person", "mentions": [list(m) for m in spans]}
        for name, spans in mentions.items()
    ]
    index = ActorIndex(actors, text)
    index.refresh()
    starts = [0] + [k + 2 for k, c in enumerate(text) if c == "." and k + 2 < len(text)]
    media = Media.from_lexicon(load_lexicon())
    return DocumentView(
        doc, index, starts, [0], frozenset(), frozenset(), Zones(*marks), media=media
    )


def spans_of(text: str, *words: str) -> dict[str, list[tuple[int, int]]]:
    return {w: [(text.index(w), text.index(w) + len(w))] for w in words}


def test_a_mention_far_before_the_window_is_no_candidate(nlp):
    text = "Anne parle. " + "Il pleut. " * 200 + "Luc rit. « Oui. »"
    view = view_of(nlp, text, spans_of(text, "Anne", "Luc"))
    start = text.index("«")
    found = by_name(candidates(view, QuoteView(start, len(text), "direct"), Continuity()))
    assert set(found) == {"Luc"}


def test_the_previous_speaker_is_a_candidate_even_out_of_the_window(nlp):
    text = "Anne parle. " + "Il pleut. " * 200 + "Luc rit. « Oui. »"
    view = view_of(nlp, text, spans_of(text, "Anne", "Luc"))
    start = text.index("«")
    before = Continuity(previous=0, previous_end=10, spoken={0})
    found = by_name(candidates(view, QuoteView(start, len(text), "direct"), before))
    assert found["Anne"]["previous_speaker"] == 1.0 and found["Anne"]["spoke_before"] == 1.0
    assert found["Luc"]["previous_speaker"] == 0.0
    assert found["Anne"].get("before", 0.0) == 0.0  # not named in the window


def test_a_name_right_after_the_quote_in_its_sentence_is_a_candidate(nlp):
    text = "La salle se tait. « Nous irons jusqu'au bout », selon Marc Petit. Fin."
    view = view_of(nlp, text, spans_of(text, "Marc Petit"))
    quote = QuoteView(text.index("«"), text.index("»") + 1, "direct")
    found = by_name(candidates(view, quote, Continuity()))
    assert found["Marc Petit"]["after"] == 1.0
    assert found["Marc Petit"].get("before", 0.0) == 0.0


@pytest.mark.parametrize("resolved", [False, True])
def test_a_name_inside_unresolved_speaker_words_is_a_candidate(nlp, resolved):
    """ "selon la base de données KawalCovid-19, …" left open by the rules: the name in the
    words may speak; once the rules resolved the words, it is their answer (rule_choice)."""
    text = "Anne Roy compte. Selon la base de données Kawal, il y a eu 3.000 morts."
    view = view_of(nlp, text, spans_of(text, "Anne Roy", "Kawal"))
    words = (text.index("la base"), text.index("Kawal") + len("Kawal"))
    quote = QuoteView(
        text.index("il y a"), len(text) - 1, "indirect", "selon", has_speaker_words=True,
        speaker_chars=words, rule_choice=1 if resolved else None,
    )  # fmt: skip
    found = by_name(candidates(view, quote, Continuity()))
    assert found["Anne Roy"]["named_in_words"] == 0.0
    if resolved:
        assert found["Kawal"].get("named_in_words", 0.0) == 0.0 and "before" not in found["Kawal"]
    else:
        assert found["Kawal"]["named_in_words"] == 1.0 and found["Kawal"]["nearest"] == 1.0


@pytest.mark.parametrize(
    ("words", "name", "dropped"),
    [
        ("une étude publiée dans la revue Lancet", "Lancet", True),
        ("une étude publiée mercredi dans la revue scientifique Lancet", "Lancet", True),
        ("un article paru dans Libération", "Libération", True),
        (
            "une étude sur les migrants de Médecins sans frontières",
            "Médecins sans frontières",
            False,
        ),
        (
            "un rapport dans les cartons de Médecins sans frontières",
            "Médecins sans frontières",
            False,
        ),
    ],
)
def test_a_medium_the_words_were_published_in_is_no_candidate(nlp, words, name, dropped):
    text = f"La nuit tombe. Selon {words}, le risque augmente."
    view = view_of(nlp, text, spans_of(text, name))
    quote = QuoteView(
        text.index("le risque"), len(text) - 1, "indirect", "selon", has_speaker_words=True,
        speaker_chars=(text.index(words), text.index(words) + len(words)),
    )  # fmt: skip
    assert (name not in by_name(candidates(view, quote, Continuity()))) is dropped


def test_mentions_inside_quote_marks_are_skipped(nlp):
    text = "« Claire est partie », dit-on. Puis Hugo arrive. « Bonjour. »"
    first = text.index("«")
    view = view_of(nlp, text, spans_of(text, "Claire", "Hugo"), marks=[(first, first + 21)])
    quote = QuoteView(text.rindex("«"), len(text), "direct")
    assert set(by_name(candidates(view, quote, Continuity()))) == {"Hugo"}


# ---- the ranker ----------------------------------------------------------------------------------


def candidate(name: str, **features: float) -> Candidate:
    return Candidate({"name": name}, 0, features)


def test_the_ranker_picks_the_likeliest_candidate_above_its_threshold():
    ranker = SpeakerRanker({"subject_before": 3.0, "medium": -4.0}, bias=-1.0, threshold=0.5)
    subject = candidate("Marie", subject_before=1.0)
    medium = candidate("AFP", subject_before=1.0, medium=1.0)
    other = candidate("Paul")
    assert ranker.choose([other, medium, subject]).actor["name"] == "Marie"
    assert ranker.choose([other, medium]) is None  # no one likely enough: no speaker
    assert ranker.choose([]) is None
    assert ranker.probability({"subject_before": 1.0}) == pytest.approx(1 / (1 + 2.718281828**-2))


def test_the_shipped_weights_load_and_favour_a_subject_over_a_medium():
    ranker = SpeakerRanker.load()
    assert 0.0 < ranker.threshold < 1.0
    assert ranker.weights["medium"] < 0 < ranker.weights["subject_before"]


class FakeQuote:
    def __init__(self, start, end, speaker=None, inherited=False, speaker_span=None, rule=None):
        self.start, self.end, self.type, self.cue = start, end, "direct", None
        self.speaker, self.inherited, self.speaker_span = speaker, inherited, speaker_span
        self.rule = rule or ("named" if speaker is not None else None)


def test_attribute_keeps_rule_speakers_and_fills_the_rest(nlp):
    text = "Anne Roy parle. « Un. » Luc Vidal arrive. « Deux. » « Trois. »"
    view = view_of(nlp, text, spans_of(text, "Anne Roy", "Luc Vidal"))
    anne, luc = view.index.actors
    starts = [text.index(w) - 2 for w in ("Un", "Deux", "Trois")]
    quotes = [
        FakeQuote(starts[0], starts[0] + 7, speaker=anne),  # the rules' answer stays
        FakeQuote(starts[1], starts[1] + 9),
        FakeQuote(starts[2], starts[2] + 10, inherited=True),  # goes on with the one before
    ]
    ranker = SpeakerRanker({"nearest": 2.0}, bias=-1.0, threshold=0.5)
    seen = []
    attribute(view, quotes, ranker, lambda q, found: seen.append(q))
    assert quotes[0].speaker is anne
    assert quotes[1].speaker is luc  # the nearest name
    assert quotes[2].speaker is luc
    assert quotes[1] in seen and quotes[0] in seen


def test_a_pronoun_following_open_speaker_words_takes_the_ranker_answer_for_them(nlp):
    """ "Anne Roy parle. Luc Vidal arrive. « Un », dit le professeur. « Deux », dit-il": the
    rules leave "le professeur" open and give "il" a fallback (Anne); once the ranker finds
    who the professor is, the pronoun that goes on with him speaks as he does, unless the
    article gave that one the other gender."""
    text = "Anne Roy parle. Luc Vidal arrive. « Un », dit le professeur. « Deux », dit-il."
    for gender, expected in ((None, "Luc Vidal"), ("Fem", "Anne Roy")):
        view = view_of(nlp, text, spans_of(text, "Anne Roy", "Luc Vidal"))
        anne, luc = view.index.actors
        if gender:
            view.index.gender[1] = gender
        professor = view.doc.char_span(text.index("le prof"), text.index("le prof") + 13)
        pronoun = view.doc.char_span(text.index("-il"), text.index("-il") + 3)
        one, two = text.index("« Un"), text.index("« Deux")
        first = FakeQuote(one, one + 6, speaker_span=professor)
        second = FakeQuote(two, two + 8, speaker=anne, speaker_span=pronoun, rule="pronoun")
        first.follows, second.follows = None, first
        attribute(view, [first, second], SpeakerRanker({"nearest": 2.0}, -1.0, 0.5))
        assert first.speaker is luc  # the nearest name
        assert second.speaker["name"] == expected


def test_without_a_ranker_nothing_is_filled(nlp):
    text = "Luc Vidal arrive. « Deux. »"
    view = view_of(nlp, text, spans_of(text, "Luc Vidal"))
    quote = FakeQuote(text.index("«"), len(text))
    attribute(view, [quote], None)
    assert quote.speaker is None


# ---- the sieve: weak rule answers are weighed, names are final ----------------------------------


def test_a_weak_rule_answer_is_overruled_where_the_features_disagree(nlp):
    text = "Anne Roy parle. Luc Vidal arrive. « Deux », dit-il."
    view = view_of(nlp, text, spans_of(text, "Anne Roy", "Luc Vidal"))
    anne, luc = view.index.actors
    pronoun = view.doc.char_span(text.index("-il"), text.index("-il") + 3)
    anne["mentions"].append([pronoun.start_char + 1, pronoun.end_char])  # what the rule added
    start = text.index("«")
    ranker = SpeakerRanker(
        {"nearest": 2.0, "rule_choice_pronoun": 1.0, "rule_choice_named": 9.0},
        bias=-1.0,
        threshold=0.5,
        ranked_rules=frozenset({"pronoun"}),
    )

    def quote(rule):
        return FakeQuote(start, start + 8, speaker=anne, speaker_span=pronoun, rule=rule)

    by_pronoun = quote("pronoun")
    attribute(view, [by_pronoun], ranker)
    assert by_pronoun.speaker is luc  # nearest (2.0) beats the pronoun rule's choice (1.0)
    assert [pronoun.start_char + 1, pronoun.end_char] in luc["mentions"]  # the mention moves
    assert [pronoun.start_char + 1, pronoun.end_char] not in anne["mentions"]
    luc["mentions"].pop()

    by_name_rule = quote("named")
    attribute(view, [by_name_rule], ranker)
    assert by_name_rule.speaker is anne  # a name is final: never weighed

    not_ranked = quote("pronoun")
    plain = SpeakerRanker(ranker.weights, ranker.bias, ranker.threshold)
    attribute(view, [not_ranked], plain)
    assert not_ranked.speaker is anne  # a ranker that weighs no rule keeps the rules' answer


def test_an_abstaining_rule_kind_loses_its_answer_when_no_candidate_is_likely(nlp):
    text = "Anne Roy parle. Luc Vidal arrive. « Deux », dit le professeur."
    view = view_of(nlp, text, spans_of(text, "Anne Roy", "Luc Vidal"))
    anne, _luc = view.index.actors
    words = view.doc.char_span(text.index("le professeur"), len(text) - 1)
    anne["mentions"].append([words.start_char, words.end_char])  # what the rule added
    start = text.index("«")
    weights = {"title_match": 5.0}  # no candidate holds the title "professeur"

    def quote():
        return FakeQuote(start, start + 8, speaker=anne, speaker_span=words, rule="description")

    weighing = SpeakerRanker(weights, -1.0, 0.5, ranked_rules=frozenset({"description"}))
    kept = quote()
    attribute(view, [kept], weighing)
    assert kept.speaker is not None  # weighed only: the rule said someone speaks

    abstaining = SpeakerRanker(
        weights,
        -1.0,
        0.5,
        ranked_rules=frozenset({"description"}),
        abstaining_rules=frozenset({"description", "pronoun"}),
    )
    assert abstaining.abstaining_rules == {"description"}  # only a kind it weighs
    taken_back = quote()
    mention = [words.start_char, words.end_char]
    anne["mentions"] = [m for m in anne["mentions"] if m != mention] + [mention]
    attribute(view, [taken_back], abstaining)
    assert taken_back.speaker is None
    assert [words.start_char, words.end_char] not in anne["mentions"]  # the mention goes too


def test_the_rules_choice_is_a_candidate_and_its_own_mention_is_not(nlp):
    text = "Anne parle. " + "Il pleut. " * 200 + "Luc rit. « Oui », dit-elle."
    view = view_of(nlp, text, spans_of(text, "Anne", "Luc"))
    words = (text.index("-elle"), text.index("-elle") + 5)
    view.index.add_mention(words[0] + 1, words[1], view.index.actors[0])
    quote = QuoteView(text.index("«"), text.index("»") + 1, "direct", rule="pronoun", rule_choice=0)
    quote.speaker_chars = words
    found = by_name(candidates(view, quote, Continuity()))
    anne, luc = found["Anne"], found["Luc"]
    assert anne["rule_choice"] == anne["rule_choice_pronoun"] == 1.0 and luc["rule_choice"] == 0
    assert anne.get("after", 0.0) == 0.0  # the pronoun the rule resolved tells nothing more
    assert anne["rule_pronoun"] == luc["rule_pronoun"] == 1.0


def test_a_name_in_a_later_sentence_of_the_paragraph_is_a_candidate(nlp):
    text = "« Nous irons jusqu'au bout », dit-il. Marc Petit, 35 ans, est formel."
    view = view_of(nlp, text, spans_of(text, "Marc Petit"))
    quote = QuoteView(0, text.index("»") + 1, "direct")
    found = by_name(candidates(view, quote, Continuity()))
    assert found["Marc Petit"]["later"] == 1.0 and found["Marc Petit"].get("after", 0) == 0


def test_open_quotes_weigh_each_kind_of_speaker_words_apart(nlp):
    text = "Luc Vidal arrive. « Deux », dit le chef."
    view = view_of(nlp, text, spans_of(text, "Luc Vidal"))
    view.index.titles[0] = {"chef"}
    start = text.index("«")
    described = QuoteView(start, start + 8, "direct", words_kind="description")
    described.description_words = frozenset({"chef"})
    luc = by_name(candidates(view, described, Continuity()))["Luc Vidal"]
    assert luc["title_match"] == 1.0 and luc["words_description"] == 1.0
    assert luc["description:nearest"] == luc["nearest"] == 1.0
    bare = by_name(candidates(view, QuoteView(start, start + 8, "direct"), Continuity()))
    assert "description:nearest" not in bare["Luc Vidal"] and bare["Luc Vidal"]["none:nearest"]


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("", "none"),
        ("-elle", "pronoun"),
        ("qui", "relative"),
        ("son épouse", "anaphoric"),
        ("le chef de l'état", "description"),
    ],
)
def test_words_kind(words, kind):
    assert words_kind(words) == kind


def test_a_description_rules_out_actors_of_the_other_type(nlp):
    text = "Luc Vidal arrive. La SNCF suit. « Deux », dit le gouvernement."
    view = view_of(nlp, text, spans_of(text, "Luc Vidal", "SNCF"))
    view.index.actors[1]["type"] = "organization"
    start = text.index("«")
    quote = QuoteView(start, start + 8, "direct", words_kind="description")
    quote.described_type = "organization"
    assert set(by_name(candidates(view, quote, Continuity()))) == {"SNCF"}
    quote.described_type = "person"
    assert set(by_name(candidates(view, quote, Continuity()))) == {"Luc Vidal"}


def test_a_first_person_quote_marks_the_people_among_its_candidates(nlp):
    """ "« J'ai vu la dame »": one person speaks it, not an organisation."""
    text = (
        "La SNCF a annoncé des retards. Paul Roy attend son train depuis une heure.\n"
        "« J'ai vu passer trois trains complets sans pouvoir monter. »"
    )
    [(_quote, found)] = ranked(nlp, text)
    features = by_name(found)
    assert features["Paul Roy"]["first_person_x_person"] == 1.0
    assert features["SNCF"]["first_person_x_person"] == 0.0
    other = "La SNCF a annoncé des retards. Paul Roy attend.\n« Les trains partiront plus tard. »"
    [(_quote, found)] = ranked(nlp, other)
    assert by_name(found)["Paul Roy"]["first_person"] == 0.0


def test_a_name_after_a_title_in_a_complement_is_marked_so(nlp):
    """ "le conseiller du Premier ministre Paul Roy": Paul Roy hangs on "du" past his title,
    as "au maire Luc Vidal" hangs on "au"; "la ministre de la Santé Anne Martin" does not."""
    text = (
        "Marc Petit est le conseiller du Premier ministre Paul Roy. Il parle au maire Luc Vidal. "
        "La ministre de la Santé Anne Martin reste discrète.\n« Il faut un pays fédéral. »"
    )
    [(_quote, found)] = ranked(nlp, text)
    features = by_name(found)
    assert features["Paul Roy"]["titled_complement_before"] == 1.0
    assert features["Luc Vidal"]["titled_addressed_before"] == 1.0
    assert features["Anne Martin"]["titled_complement_before"] == 0.0
    assert features["Marc Petit"]["titled_complement_before"] == 0.0


def test_premiere_opens_a_title_as_premier_does(nlp):
    from newsfacts.components.quotes.candidates import _title_word

    doc = nlp("la conseillère de la Première ministre Elisabeth Borne et du Premier ministre")
    assert _title_word(next(t for t in doc if t.text == "Première"))
    assert _title_word(next(t for t in doc if t.text == "Premier"))


def test_a_description_may_name_its_speaker_in_the_paragraphs_after(nlp):
    """ "« … », a annoncé l'élu républicain." opens the article; the next paragraphs name
    him: a name that far ahead is a candidate for descriptive speaker words, marked "ahead",
    and for no other quote."""
    text = (
        "« Je renonce à la présidence », a annoncé l'élu républicain. Il pleut. Il vente.\n"
        "Le sénateur Richard Burr est visé par une enquête."
    )
    paragraph = text.index("\n") + 1
    view = view_of(nlp, text, spans_of(text, "Richard Burr"))
    view.paragraph_starts = [0, paragraph]
    end = text.index("»") + 1
    described = QuoteView(0, end, "direct", words_kind="description")
    burr = by_name(candidates(view, described, Continuity()))["Richard Burr"]
    assert burr["ahead"] == 1.0 and 0 < burr["chars_ahead"] < 1
    assert not by_name(candidates(view, QuoteView(0, end, "direct"), Continuity()))


@pytest.mark.parametrize("words", ["la médecin", "son épouse", "l'ancienne ministre"])
def test_a_description_s_gender_marks_which_candidates_agree(nlp, words):
    """ "raconte la médecin", "a répété son épouse": Marie Lenoir, not Paul Roy named after her
    (the ranker learns it from every described quote, the rules' answers too)."""
    text = (
        "Marie Lenoir soigne des enfants. Son mari Paul Roy est chauffeur. "
        f"« Tout a changé », raconte {words}."
    )
    ranking = nlp.get_pipe("newsfacts_quotes").ranking
    seen = []
    ranking.observe = lambda quote, found: seen.extend(found)
    try:
        nlp(text)
    finally:
        ranking.observe = None
    found = by_name(seen)
    assert found["Marie Lenoir"]["description_gender_agrees"] == 1.0
    assert found["Paul Roy"]["description_gender_clashes"] == 1.0


def test_the_only_person_a_description_fits_is_marked(nlp):
    """ "révèle le chanteur" opens the article; Frédéric François is named after the quote
    with his wife Monique: the only man of the article, marked "sole_fit"; not where a
    second man holds no other role, nor where the article does not tell his gender."""
    text = "« Le mal a persisté », révèle le chanteur. Frédéric François et Monique rient."
    end = text.index("»") + 1
    described = QuoteView(0, end, "direct", words_kind="description")
    described.described_type, described.described_gender = "person", "Masc"
    described.described_role = "chanteur"

    def marked(text, *names, genders):
        view = view_of(nlp, text, spans_of(text, *names))
        view.index.gender.update(genders)
        found = by_name(candidates(view, described, Continuity()))
        return {name for name, features in found.items() if features.get("sole_fit")}

    names = ("Frédéric François", "Monique")
    assert marked(text, *names, genders={0: "Masc", 1: "Fem"}) == {"Frédéric François"}
    assert marked(text, *names, genders={1: "Fem"}) == set()
    text = text.replace("Monique", "Paul Roy")
    assert marked(text, "Frédéric François", "Paul Roy", genders={0: "Masc"}) == set()


def test_a_role_noun_the_lexicon_lacks_is_read_by_its_ending(nlp):
    """ "explique l'animateur": a noun outside the lexicon reads as a person's by its ending,
    "-eur" as well as "-iste" (the feminine "-e" added must not hide the masculine)."""
    text = "« On a ri », explique l'animateur. Christophe Dechavanne et Lola sourient."
    end = text.index("»") + 1
    described = QuoteView(0, end, "direct", words_kind="description")
    described.described_type, described.described_gender = None, "Masc"
    described.described_role = "animateur"
    view = view_of(nlp, text, spans_of(text, "Christophe Dechavanne", "Lola"))
    view.person_endings = ("eur", "euse", "iste")
    view.index.gender.update({0: "Masc", 1: "Fem"})
    found = by_name(candidates(view, described, Continuity()))
    assert {name for name, features in found.items() if features.get("sole_fit")} == {
        "Christophe Dechavanne"
    }
