"""Where a name starts and ends: trimmed articles and honorifics, names the NER cuts short or runs
together, headings in capitals that are no names."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsfacts.components.entities.mention import Mention
from newsfacts.components.entities.tokens import (
    _capital_word,
    _capitalised,
    _demonym_tail,
    _lower_adjective,
    _opens_sentence,
)
from newsfacts.components.entities.vocabulary import (
    AGE_APPOSITION_WORDS,
    ARTICLES,
    DE_FORMS,
    HEADING_WORDS,
    HONORIFICS,
    LEADING_JUNK,
    LEADING_TIME_WORDS,
    MAX_AGE,
    MAX_NAME_TAIL,
    NAME_INNER_WORDS,
    NAME_PARTICLES,
    ORGANIZATION,
    OTHER_HONORIFICS,
    PARTICLE_TITLES,
    PERSON,
    PREPOSITIONS_OF,
    ROYAL_TITLES,
    SCORE,
    STYLES_OF_ADDRESS,
    SUBJECT_PRONOUNS,
)
from newsfacts.components.gazetteer import fold
from newsfacts.glued_text import ASIDE_DASHES
from newsfacts.lexicons.calendar import MONTHS, WEEKDAYS


def _heading_in_capitals(span: Span) -> bool:
    """'IL Y AVAIT ENCORE DE LA MUSIQUE', '"IL S'EST PASSÉ ...': a name inside a run of three
    words in capitals or more is a heading's (a name in capitals is a dateline's town or an
    acronym: one or two words). The run is read a few words either side, no further."""
    doc = span.doc
    if not _capital_word(doc[span.start]):
        return False
    words = 0
    i = span.start
    while i < len(doc) and i - span.start < HEADING_WORDS and _capital_word(doc[i]):
        words += doc[i].is_alpha
        i += 1
    i = span.start - 1
    while i >= 0 and span.start - i <= HEADING_WORDS and _capital_word(doc[i]):
        words += doc[i].is_alpha
        i -= 1
    return words >= HEADING_WORDS


def _followed_by_age(doc: Doc, end: int) -> bool:
    """', 38 ans,', ' (38 ans)', ', une mère de famille de 34 ans,': only people are given an
    age in apposition."""
    if end + 2 >= len(doc) or doc[end].text not in (",", "("):
        return False
    if _is_age(doc, end + 1):
        return True
    if doc[end].text == "," and _age_ends_apposition(doc, end + 1):
        return True  # 'Akhmet, employé d'un bureau, 30 ans,'
    if doc[end].text != "," or doc[end + 1].lower_ not in ("un", "une"):
        return False
    for i in range(end + 2, min(end + 2 + AGE_APPOSITION_WORDS, len(doc) - 2)):
        if doc[i].is_punct:
            return False
        if doc[i].lower_ in ("de", "d'", "d’") and _is_age(doc, i + 1):
            return True
    return False


def _age_ends_apposition(doc: Doc, start: int) -> bool:
    """'employé d'un bureau, 30 ans,': a lower-case noun phrase, then an age that closes the
    apposition (not '30 ans plus tard'). Not after 'et' or 'ou': 'demeurant à Commercy, et
    Anthony Wagner, 27 ans,' gives the next person's age."""
    if not doc[start].is_lower or doc[start].lower_ in ("et", "ou"):
        return False
    for i in range(start + 1, min(start + 1 + AGE_APPOSITION_WORDS, len(doc) - 3)):
        if doc[i].text == ",":
            return _is_age(doc, i + 1) and (doc[i + 3].is_punct if i + 3 < len(doc) else True)
        if doc[i].is_punct:
            return False
    return False


def _is_age(doc: Doc, i: int) -> bool:
    """'38 ans'; not 'une ville de 300 ans'."""
    if i + 1 >= len(doc) or not doc[i].like_num or doc[i + 1].lower_ not in ("an", "ans"):
        return False
    return not doc[i].text.isdigit() or int(doc[i].text) <= MAX_AGE


def _without_score(doc: Doc, start: int, end: int) -> int:
    """ "l'OL 3-0", 'la Croatie 4 à 2': a match score glued by the NER to a club's name."""
    tail = doc[max(start + 1, end - 3) : end]
    if len(tail) and tail[-1].like_num and SCORE.fullmatch(tail.text.replace(" ", "")):
        return tail.start
    if (  # 'en battant la Croatie 4 à 2': the score's first number glued to the name
        end - start > 1
        and doc[end - 1].text.isdigit()
        and end + 1 < len(doc)
        and doc[end].lower_ == "à"
        and doc[end + 1].text.isdigit()
    ):
        return end - 1
    return end


def _after_alias(doc: Doc, start: int) -> bool:
    """'Jimmy Chérizier, alias "Barbecue"', 'Dominique Alderweireld, dit "Dodo la Saumure"':
    a nickname. 'dit' after an auxiliary is the verb ('a dit Mark Ghilarducci')."""
    i = start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].text in ("«", "»", "“", "”")):
        i -= 1
    if i < 0 or doc[i].lower_ not in ("alias", "surnommé", "surnommée", "dit", "dite"):
        return False
    return doc[i].lower_ not in ("dit", "dite") or i == 0 or doc[i - 1].pos_ != "AUX"


def _inside_name(doc: Doc, start: int) -> bool:
    """A lower-case noun inside a longer name: "Organisation du traité de l'Atlantique
    Nord", 'Autorité du canal de Suez'."""
    inside = doc[start].ent_iob_ == "I" and doc[start].ent_type_ != "MISC"  # MISC: often noise
    return inside or (
        start > 1 and doc[start - 1].lower_ in PREPOSITIONS_OF and _capitalised(doc[start - 2])
    )


def _join_hyphenated(doc: Doc) -> list[Span]:
    """'Addis' + '-' + 'Abeba' split by the NER are one name; two full names of people
    ('Benjamin Griveaux-Cédric Villani', a duel) stay two."""
    entities = list(doc.ents)
    joined: list[Span] = []
    for entity in entities:
        if joined:
            last = joined[-1]
            between = doc[last.end : entity.start]
            if (
                between.text == "-"
                and not doc[last.end - 1].whitespace_
                and not between[0].whitespace_
                and not _two_full_names(last, entity)
            ):
                joined[-1] = Span(doc, last.start, entity.end, label=last.label_)
                continue
        joined.append(entity)
    return joined


def _with_article_tails(doc: Doc, entities: list[Span]) -> list[Span]:
    """'Europe Écologie-Les Verts', 'Europe Écologie - Les Verts': an organisation's name goes on
    after a hyphen and a capitalised article, which the NER leaves out."""
    extended = []
    for entity in entities:
        i = entity.end
        if (
            entity.label_ == "ORG"
            and i + 2 < len(doc)
            and doc[i].text == "-"
            and doc[i + 1].text in ("Les", "La", "Le")
            and _capitalised(doc[i + 2])
            and not doc[i + 2].is_sent_start
        ):
            end = _name_end(doc, i + 2)
            spaced = bool(doc[i - 1].whitespace_ and doc[i].whitespace_)
            if spaced and not (end < len(doc) and doc[end].text == "("):
                extended.append(entity)  # 'Air France-KLM - Les Echos le rapporte': a dash
                continue  # between two names, unless the whole takes an acronym: '(EELV)'
            entity = Span(doc, entity.start, end, label=entity.label_)
        extended.append(entity)
    return extended


def _two_full_names(first: Span, second: Span) -> bool:
    """Two people's names of two words or more each: a first name and a surname on both sides
    of the hyphen ('Jean-Luc | Mélenchon' has one word before it)."""
    return all(span.label_ == "PER" and len(span) >= 2 for span in (first, second))


def _persons_cut_short(
    entities: list[Span], french: frozenset[str], first_names: frozenset[str] = frozenset()
) -> list[Span]:
    """'Gedhun | Choekyi Nyima', '.Fariba | Adelkhah': the NER may end a person's name before
    the capitalised words that follow it, when French has no such words and the NER gives them
    no label of their own; they are the rest of the name. 'Marine | Le Pen': it may start it
    after a common first name that is a French word too, left untagged or read alone as a
    work ('de Marine[MISC] Le Pen[PER]')."""
    if not french:
        return entities
    extended: list[Span] = []
    for entity in entities:
        doc = entity.doc
        start, end = entity.start, entity.end
        misc_first_name = bool(extended) and _lone_misc_at(extended[-1], start - 1)
        if (
            entity.label_ == "PER"
            and start > 0
            and doc[start - 1].is_title
            and doc[start - 1].whitespace_ == " "
            and (not doc[start - 1].ent_type_ or misc_first_name)
            and doc[start - 1].lower_ in first_names
        ):
            start -= 1
            if misc_first_name:
                extended.pop()
        if entity.label_ == "PER":
            while (
                end < len(doc)
                and end - entity.end < MAX_NAME_TAIL
                and doc[end - 1].whitespace_ == " "
                and doc[end].is_title
                and doc[end].is_alpha
                and not doc[end].ent_type_
                and doc[end].lower_ not in french
            ):
                end += 1
            if _hyphenated_tail(doc, end):
                end += 2  # 'Amiram Ben | -Ouliel': the NER stops at the hyphen
        extended.append(
            entity if (start, end) == (entity.start, entity.end) else Span(doc, start, end, "PER")
        )
    return extended


def _lone_misc_at(entity: Span, i: int) -> bool:
    """The entity is one word, token i, that the NER calls a work or product (MISC)."""
    return entity.label_ == "MISC" and entity.start == i and entity.end == i + 1


def _hyphenated_tail(doc: Doc, end: int) -> bool:
    """A hyphen glued to the name and to a capitalised word that the NER left untagged: the
    second half of a hyphenated surname ('Ben-Ouliel')."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_title
        and doc[end + 1].is_alpha
        and not doc[end + 1].ent_type_
    )


def _name_end(doc: Doc, i: int) -> int:
    """End of the name starting at token i: capitalised words, lower-case adjectives right after
    them ('Sécurité intérieure') and particles between capitalised words ('Sin', 'de la')."""
    j = i + 1
    while j < len(doc):
        token = doc[j]
        if (
            token.is_sent_start
            and token.text[0].isalpha()
            and doc[j - 1].is_alpha
            and not doc[j - 1].whitespace_
        ):
            break  # 'LFIPour', "SNCFL'ancien": the next paragraph glued to the name (glued_text.py)
        if token.text == "-" and not doc[j - 1].whitespace_ and j + 1 < len(doc):
            j += 1  # 'Jumbo-Visma' split by the tokenizer
            continue
        if _capitalised(token) and not token.is_punct:
            if doc[j - 1].is_lower and token.ent_iob_ == "B" and token.ent_type_ == "PER":
                break  # "ministère chinois des Affaires étrangères | Zhao Lidjian"
            j += 1
            continue
        if token.is_lower and token.pos_ == "ADJ" and _capitalised(doc[j - 1]):
            j += 1
            continue
        k = j
        while k < len(doc) and doc[k].lower_ in NAME_INNER_WORDS and k - j < 3:
            k += 1
        if k > j and k < len(doc) and _capitalised(doc[k]):
            if doc[j].lower_ == "et" and doc[k].ent_iob_ == "B":
                break  # 'Crédit agricole et BNP Paribas': two names
            j = k + 1
            continue
        break
    return j


# 'madame Royal' in a quote or a letter: the honorific written out, in lower case (capitalised,
# 'Madame' may open a title: 'Madame Figaro').
SPELLED_HONORIFICS = {"madame": "Fem", "monsieur": "Masc", "mademoiselle": "Fem"}


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int, str | None]:
    """Drop leading prepositions, determiners of places, honorifics and trailing punctuation.
    The third value is the honorific's gender: "Masc", "Fem", "" (Me, Dr) or None (none)."""
    gender = None
    while start < end - 1 and (
        (doc[start].lower_ in LEADING_JUNK and _junk_here(doc[start]))
        or (doc[start].lower_ in ARTICLES and doc[start].is_lower)
        or doc[start].text in ("L'", "L’")  # elided: 'L'Aemet' is Aemet; 'L'Oréal' is known
        or doc[start].is_punct
        or (doc[start].lower_ in LEADING_TIME_WORDS and _capitalised(doc[start + 1]))
    ):
        start += 1
    if end - start > 2 and doc[start].text in STYLES_OF_ADDRESS:
        start += 1  # 'Altesse royale la princesse Anne': the title and name follow
        while start < end - 1 and (doc[start].is_lower and doc[start].pos_ in ("ADJ", "DET")):
            start += 1
    while start < end and doc[start].text in HONORIFICS:
        gender = HONORIFICS[doc[start].text]
        start += 1
    if (
        start < end
        and doc[start].lower_ in SPELLED_HONORIFICS
        and (end - start == 1 or doc[start].is_lower or doc[end - 1].text in _full_name_ends(doc))
    ):
        # 'madame Royal', 'Monsieur Ramadan' are Royal, Ramadan; 'Monsieur,' alone is said to
        # someone and names no one
        gender = SPELLED_HONORIFICS[doc[start].lower_]
        start += 1
    while start < end and doc[start].text in OTHER_HONORIFICS and end - start > 1:
        gender = gender or ""
        start += 1
    # a clause is no part of a name ('la Fondation du patrimoine | nous allons aider'), nor an
    # aside opened by a dash ('Emmanuel Macron | - l'ex-élu'), nor a date ('la Direction générale
    # de la santé | dimanche 17 mai')
    cut = next(
        (
            i
            for i in range(start + 1, end)
            if doc[i].text in SUBJECT_PRONOUNS or _aside_dash(doc[i])
        ),
        end,
    )
    end = _before_date(doc, start, cut)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in NAME_PARTICLES):
        end -= 1
    return start, end, gender


def _aside_dash(token) -> bool:
    """A dash with a space on one side only opens or closes an aside ('Macron- l'ex-élu'); a
    hyphen has none, a dash spaced on both sides may join a name ('Europe Écologie - Les Verts')."""
    spaced_before = token.i == 0 or bool(token.doc[token.i - 1].whitespace_)
    return token.text in ASIDE_DASHES and spaced_before != bool(token.whitespace_)


def _before_date(doc: Doc, start: int, end: int) -> int:
    """Where a name ends before a date the NER ran into ('Le Progrès dimanche 30 juin'): a
    lower-case weekday followed by a day number or a month. `end` when there is none."""
    for i in range(start + 1, min(end, len(doc) - 1)):
        following = doc[i + 1].text
        if doc[i].text in WEEKDAYS and (
            following.isdigit() or following == "1er" or following in MONTHS
        ):
            return i
    return end


def _full_name_ends(doc: Doc) -> set[str]:
    """Capitalised words that close a name of two capitalised words or more ('Tariq Ramadan'):
    'Monsieur Ramadan' is he, while 'Monsieur Jo', a nickname, keeps its honorific. Read once
    per Doc."""
    ends = doc.user_data.get(FULL_NAME_ENDS_KEY)
    if ends is None:
        ends = {
            token.text
            for token in doc[1:]
            if _capitalised(token)
            and _capitalised(doc[token.i - 1])
            and doc[token.i - 1].lower_ not in SPELLED_HONORIFICS
            and doc[token.i - 1].text not in HONORIFICS
        }
        doc.user_data[FULL_NAME_ENDS_KEY] = ends
    return ends


FULL_NAME_ENDS_KEY = "newsfacts_full_name_ends"


def _junk_here(token) -> bool:
    """A preposition before a name; capitalised inside a sentence, it is the name's own first
    word ('en février, Du Wei a été retrouvé', 'le général De Gaulle')."""
    return token.is_lower or _opens_sentence(token)


def _with_possessive_s(doc: Doc, mentions: list[Mention]) -> None:
    """'Christie's', 'McDonald's': the tokenizer leaves the 's' out of the name."""
    for mention in mentions:
        last = doc[mention.end - 1]
        if (
            mention.kind == ORGANIZATION
            and last.text.endswith(("'", "’"))
            and not last.whitespace_
            and mention.end < len(doc)
            and doc[mention.end].text == "s"
        ):
            mention.end += 1


def _split_at_honorific(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'indique à l'AFP M. Nassiri', 'a précisé au quotidien Al-Ayyam M. Jamil': an honorific
    inside an organisation's name opens the name of a person of its own."""
    found = []
    for mention in mentions:
        if mention.kind != ORGANIZATION:
            continue
        for i in range(mention.start + 1, mention.end - 1):
            if doc[i].text in HONORIFICS and _capitalised(doc[i + 1]):
                found.append(Mention(i + 1, mention.end, PERSON, gender=HONORIFICS[doc[i].text]))
                mention.end = i
                break
    return found


def _with_royal_title(doc: Doc, mentions: list[Mention], taken: list[bool]) -> None:
    """'l'épouse de Prince Harry', 'du Prince Harry': a capitalised royal title right before
    a lone first name is part of that name, as the article writes it; 'le prince Harry' in
    lower case stays a title."""
    for mention in mentions:
        if mention.kind != PERSON or mention.end - mention.start != 1 or mention.start == 0:
            continue
        title = doc[mention.start - 1]
        if title.is_title and title.lower_ in ROYAL_TITLES and not taken[title.i]:
            mention.start -= 1
            taken[title.i] = True


def _with_surname_particle(doc: Doc, mentions: list[Mention], taken: list[bool]) -> None:
    """'le général de Gaulle': after a rank or a title of nobility, the 'de' before a lone
    surname is the surname's; the surname keeps it where the article repeats it after 'de' and a
    word that no complement hangs on ('invoquer de Gaulle', 'd'un de Gaulle', 'par de Gaulle';
    not 'les propos de Gaulle')."""
    surnames = {
        doc[mention.start].text
        for mention in mentions
        if _particle_before(doc, mention, taken)
        and doc[mention.start - 2].lower_ in PARTICLE_TITLES
    }
    if not surnames:
        return
    for mention in mentions:
        if (
            _particle_before(doc, mention, taken)
            and doc[mention.start].text in surnames
            and (
                doc[mention.start - 2].lower_ in PARTICLE_TITLES
                or doc[mention.start - 2].pos_ not in ("NOUN", "PROPN")
            )
        ):
            mention.start -= 1
            taken[mention.start] = True


def _particle_before(doc: Doc, mention: Mention, taken: list[bool]) -> bool:
    """A lone capitalised surname of a person right after a free lower-case 'de'."""
    return (
        mention.kind == PERSON
        and mention.end - mention.start == 1
        and mention.start >= 2
        and doc[mention.start - 1].text in DE_FORMS
        and not taken[mention.start - 1]
    )


# Adjectives that date a body rather than name it: 'le Conseil précédent', 'le Bureau sortant'.
TIME_ADJECTIVES = frozenset(
    {"précédent", "précédente", "actuel", "actuelle", "prochain", "prochaine", "dernier",
     "dernière", "sortant", "sortante", "ancien", "ancienne", "nouveau", "nouvelle", "futur",
     "future", "provisoire", "suivant", "suivante"}
)  # fmt: skip


def _common_word_then_adjective(
    doc: Doc, start: int, end: int, french: frozenset[str], demonym_suffixes, generic
) -> int:
    """'le Conseil exécutif de l'agence': a lone capitalised common word the NER calls an
    organisation goes on with the lower-case adjective after it, unless that names a country
    ('le Sénat américain') or is a weekday. Where the name ends."""
    if (
        end - start == 1
        and end < len(doc)
        and not doc[start].is_sent_start
        and doc[start].lower_ in french
        and _lower_adjective(doc[end])
        and not _demonym_tail(doc[end], demonym_suffixes)
        and fold(doc[end].text) not in generic
        and doc[end].lower_ not in TIME_ADJECTIVES
    ):
        return end + 1
    return end
