"""Evidence from the sentence around a name for its kind: what comes before and after it
('selon X', 'son camarade X', a list of organisations, a credit after a title, a town in
parentheses). Tests of one name in context, used by the typing rules (kinds.py)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from newsfacts.components.entities.common_words import CLOSING_QUOTES, OPENING_QUOTES
from newsfacts.components.entities.tokens import (
    _capitalised,
)
from newsfacts.components.entities.vocabulary import (
    ARTICLES,
    BODY_TITLES,
    OF_FORMS,
    PERSON_NOUNS,
    POSSESSIVE_NOUN_GAP,
    POSSESSIVES,
    PREPOSITIONS_OF,
    SINGULAR_DEFINITE_ARTICLES,
)
from newsfacts.components.gazetteer import fold
from newsfacts.components.lemmas import lemma


def _coordinated_with_name(span: Span, labels: tuple[str, ...] | None = None) -> bool:
    """'Les Amis de la Terre et Survie': joined by 'et' to a name the NER found (with one of
    ``labels``, if given)."""
    doc = span.doc
    before = span.start >= 2 and doc[span.start - 1].lower_ == "et"
    after = span.end + 1 < len(doc) and doc[span.end].lower_ == "et"
    names = []
    if before and doc[span.start - 2].ent_iob_ in ("B", "I"):
        names.append(doc[span.start - 2])
    if after and doc[span.end + 1].ent_iob_ == "B":
        names.append(doc[span.end + 1])
    return any(labels is None or name.ent_type_ in labels for name in names)


def _cut_before_complement(span: Span) -> bool:
    """'Conseil | de transition du sud': a bare head word that the NER cut before its
    lower-case complement is no name of its own."""
    doc, end = span.doc, span.end
    return (
        len(span) == 1
        and end + 1 < len(doc)
        and doc[end].lower_ in PREPOSITIONS_OF
        and doc[end + 1].is_lower
        and doc[end + 1].is_alpha
    )


def _after_selon(span: Span) -> bool:
    """'selon le Réseau national de défense des droits humains': only actors are sources."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text in OPENING_QUOTES:
        i -= 1  # 'Selon "Le Métropolitain"'
    if i >= 0 and doc[i].lower_ in ARTICLES:
        i -= 1
    return i >= 0 and doc[i].lower_ == "selon"


# Words that join the items of a list of names.
LIST_JOINERS = {",", "et", "ou"}


def _list_neighbours(span: Span, label: str, full_names: bool = False) -> tuple[bool, bool]:
    """Whether the items before and after the span in a list are names the NER reads with
    this label; ``full_names``: of two words or more."""
    doc = span.doc
    start, end = span.start, span.end
    reach = 2 if full_names else 1
    before = (
        start >= reach + 1
        and doc[start - 1].lower_ in LIST_JOINERS
        and doc[start - 2].ent_type_ == label
        and (not full_names or doc[start - 2].ent_iob_ == "I")
    )
    after = (
        end + reach < len(doc)
        and doc[end].lower_ in LIST_JOINERS
        and doc[end + 1].ent_iob_ == "B"
        and doc[end + 1].ent_type_ == label
        and (not full_names or doc[end + 2].ent_iob_ == "I")
    )
    return before, after


def _listed_with_organisation(span: Span) -> bool:
    """'Air Algérie, Volotea, Air Caraïbes': the item next to it in a list is a name the NER
    reads as an organisation."""
    return any(_list_neighbours(span, "ORG"))


def _listed_among_persons(span: Span) -> bool:
    """'Michael Youn, Nagui, Salvatore Adamo': between two persons the NER reads in full (two
    words or more) in a list, a name of one word is one more person."""
    return all(_list_neighbours(span, "PER", full_names=True))


def _after_possessive_person_noun(doc: Doc, start: int) -> bool:
    """'son camarade Maurice', 'ses deux petites filles, Sofia et Maya': a kinship or person's
    noun after a possessive, right before the name (a comma between, or a first name and
    'et'), names a person, whatever place bears the name."""
    i = start - 1
    if i >= 2 and doc[i].lower_ == "et" and doc[i - 1].is_title:
        i -= 2  # 'Sofia et | Maya'
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 1:
        return False
    noun = doc[i].lower_
    if noun not in PERSON_NOUNS and not (noun.endswith("s") and noun[:-1] in PERSON_NOUNS):
        return False
    for j in range(i - 1, max(-1, i - 2 - POSSESSIVE_NOUN_GAP), -1):
        if doc[j].lower_ in POSSESSIVES:
            return True
        if not (doc[j].is_lower and doc[j].is_alpha):
            return False
    return False


PLACES_READ_KEY = "newsfacts_places_read"


def _read_as_place_twice(token) -> bool:
    """The NER reads this very word as a place in two spots of the article or more."""
    doc = token.doc
    read = doc.user_data.get(PLACES_READ_KEY)
    if read is None:
        read = doc.user_data[PLACES_READ_KEY] = Counter(
            entity.text for entity in doc.ents if entity.label_ == "LOC"
        )
    return read[token.text] > 1


def _credit_after_title(span: Span, cited: bool = False) -> bool:
    """'"La cerise sur le gâteau" (Livre de Poche)', '("Se le dire enfin", Flammarion)': the
    name in parentheses after a quoted title is its publisher (or its label, its channel).
    With cited, only the second form, a citation: a full name in parentheses right after
    marks is as often the person quoted ('« C'est une honte » (Marine Le Pen)')."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ")" or span.start < 2:
        return False
    before = doc[span.start - 1]
    if before.text == "(":
        return not cited and doc[span.start - 2].text in CLOSING_QUOTES
    return (
        before.text == ","
        and doc[span.start - 2].text in CLOSING_QUOTES
        and any(token.text == "(" for token in doc[max(0, span.start - 16) : span.start - 2])
    )


def _closed_apposition(doc: Doc, i: int) -> bool:
    """The noun phrase from token i ends on a comma before any conjugated verb ('Cecilia, la
    quarantaine, qui enseigne'), within APPOSITION_REACH tokens."""
    for token in doc[i + 1 : i + 1 + APPOSITION_REACH]:
        if token.text == ",":
            return True
        if "Fin" in token.morph.get("VerbForm") or token.is_sent_start:
            return False
    return False


def _after_definite_article(span: Span) -> bool:
    """'la Bundesliga', 'La Ligue des droits de l'Homme': names of people take no article."""
    doc = span.doc
    return span[0].lower_ in SINGULAR_DEFINITE_ARTICLES or (
        span.start > 0 and doc[span.start - 1].lower_ in SINGULAR_DEFINITE_ARTICLES
    )


# A singular definite article, contracted too ('du', 'au'), before a one-word name.
ONE_WORD_ARTICLES = SINGULAR_DEFINITE_ARTICLES | {"du", "au"}


def _one_word_after_article(span: Span) -> bool:
    """'la SNCF, propriétaire des gares': one word right after a lower-case definite article
    names a thing or a body; a person takes no article (not 'la petite Maëlys, 5 ans')."""
    doc = span.doc
    return (
        len(span) == 1
        and span.start > 0
        and doc[span.start - 1].is_lower
        and doc[span.start - 1].lower_ in ONE_WORD_ARTICLES
    )


def _before_article(span: Span) -> int:
    """The index of the token before the name and its article, if it has one."""
    if (
        span.start > 0
        and span[0].lower_ not in SINGULAR_DEFINITE_ARTICLES
        and span.doc[span.start - 1].lower_ in SINGULAR_DEFINITE_ARTICLES
    ):
        return span.start - 2
    return span.start - 1


def _town_after_a(span: Span) -> bool:
    """'à Cité Soleil': a name right after 'à', with no article, is a town's."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "à" and _capitalised(span[0])


def _town_located_in_parentheses(doc: Doc, start: int, end: int) -> bool:
    """'à Maranello (Nord)': a name after 'à' with where it lies in parentheses is a town's,
    even when the NER reads an organisation ('le musée Ferrari à Maranello')."""
    return (
        start > 0
        and doc[start - 1].lower_ == "à"
        and end + 2 < len(doc)
        and doc[end].text == "("
        and _capitalised(doc[end + 1])
    )


def _after_body_title(doc: Doc, start: int) -> bool:
    """'le porte-parole de la | Conférence', 'la déléguée générale du | Synerpa', "la
    présidente d' | Ile-de-France Mobilités": the name follows a title of one who heads or
    works for a body, then 'de' (and an article); one adjective may follow the title."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in ("la", "l'", "l’"):
        i -= 1
    if i < 1 or doc[i].lower_ not in OF_FORMS:
        return False
    i -= 1
    if doc[i].is_lower and doc[i].pos_ == "ADJ" and i > 0:
        i -= 1  # 'déléguée générale du', 'directeur adjoint de'
    return doc[i].lower_ in BODY_TITLES


def _where_a_town_lies(doc: Doc, start: int, end: int) -> bool:
    """'à Lépanges-sur-Vologne (Vosges)', 'Grenoble (Isère)': a name alone in parentheses
    right after a capitalised name says where that place lies."""
    return (
        start > 1
        and doc[start - 1].text == "("
        and end < len(doc)
        and doc[end].text == ")"
        and _capitalised(doc[start - 2])
    )


# Tokens a noun phrase in apposition spans at most: 'l'aînée de la famille âgée de 21 ans,'.
APPOSITION_REACH = 12


def _spoken_to(span: Span, speech_verbs: frozenset[str], generic: frozenset[str]) -> bool:
    """'a indiqué à Mediapart', 'détaille-t-il auprès du South Florida Sun Sentinel': the one
    a reporting verb's words go to, when the NER reads no person nor a known place there, is
    the medium that published them. The verb comes first ('au San Eustachio Il Caffe, un des
    cafés ...'), and a lower-case noun right after the name says the NER cut it short ('à
    Télé 2 | semaines')."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in ("à", "au", "du"):
        return False
    root = span.root
    if not root.dep_.startswith("obl"):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if (
        after is not None
        and after.is_lower
        and after.pos_ == "NOUN"
        and fold(after.text) not in generic
    ):
        return False
    verb = root.head
    if verb.lower_ == "auprès":
        verb = verb.head
    elif doc[span.start - 1].lower_ == "du":
        return False
    return (
        verb.pos_ == "VERB"
        and verb.i < span.start
        and lemma(verb) in speech_verbs
        # 'un incendie s'est déclaré à Plan (Isère)': a reflexive verb, a town and where it lies
        and not any(child.lower_ in ("se", "s'", "s’") for child in verb.children)
        and not _town_located_in_parentheses(doc, span.start, span.end)
    )
