"""Speaker phrases: the words that designate who speaks, found around a reporting verb.

The inverted subject after a cue (``», a tweeté [le président américain] lundi``), the noun
phrase right before a verb group (``[l'agence sanitaire] relève que``), the parsed subject of a
preposed cue, and a name in apposition (``le porte-parole, [Karen Doyle],``). Which actor a
phrase designates is speakers.py's question.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts.components import text_of
from newsfacts.components.entities import load_titles
from newsfacts.components.entities.vocabulary import HONORIFICS, OTHER_HONORIFICS
from newsfacts.components.quotes.index import NO_NAMES, NameBounds
from newsfacts.components.quotes.lexicon import QuoteLexicon
from newsfacts.components.quotes.media import media_names

# Nouns of a family: "la famille de Vogüé" is the family that bears the name.
FAMILY_NOUNS = frozenset({"famille", "clan"})

NP_BODY = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "X"})
OF_WORDS = frozenset({"de", "du", "des", "d'", "d’", "à", "au", "aux", "chez"})
# "M.", "Mme", "Dr" … as the entities read them, lower-cased: an honorific opens a name
CIVILITIES = frozenset(word.lower() for word in (*HONORIFICS, *OTHER_HONORIFICS))
PLACE_OF_WORDS = frozenset({"de", "du", "des", "d'", "d’"})  # "maire de Lyon", not "à Lyon"


# The article a preposition holds, put back before a medium's name: 'au Parisien' -> 'le Parisien'.
MEDIUM_ARTICLES = {"à": "", "au": "le ", "aux": "les "}


class SpeakerPhrases:
    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.time_words = lexicon.word_set("time_words")
        # the first word of every role: "secrétaire" for "secrétaire général"
        self.title_heads = frozenset(title.split()[0] for title in load_titles())
        self.demonym_endings = tuple(lexicon.words.get("demonym_endings", ()))
        self.demonyms = lexicon.word_set("demonym_words")
        self.adverbials = [p.split() for p in lexicon.words.get("adverbial_phrases", ())]
        self.media_names = tuple(name.replace("’", "'") for name in media_names(lexicon))
        self._dated: tuple[Doc | None, dict[int, int]] = (None, {})

    def phrase_after(
        self, doc: Doc, i: int, stop: int, names: NameBounds = NO_NAMES
    ) -> Span | None:
        """The inverted subject after a cue: "a tweeté [le président américain] lundi".
        ``names`` are where the document's actors begin and end (ActorIndex.names): they split
        what the NER may glue ("à l'[AFP] [Nijaz Skenderagic]")."""
        stop = min(stop, len(doc))
        while i < stop:
            token = doc[i]
            compound = token.lower_ == "auprès"  # tagged ADV, but "auprès de X" is a preposition
            adverbial = self._adverbial_length(doc, i, stop)
            dated = self._date_end(doc, i)
            if dated is not None and dated <= stop:
                i = dated  # "rapporte vendredi 25 août Le Parisien", "la semaine passée"
            elif adverbial:
                i += adverbial  # "reconnaissait de son côté X"
            elif not compound and (
                token.pos_ == "ADV" or token.lower_ in self.time_words or token.lower_ == "-t"
            ):
                i += 1
            elif (token.pos_ == "ADP" or compound) and token.lower_ not in (
                "de",
                "d'",
                "d’",
            ):
                if i + 1 < stop and doc[i + 1].lower_ in OF_WORDS:
                    i += 1  # "auprès de l'AFP", "auprès du Monde"
                i = self._chunk_end(doc, i + 1, stop, False, names)  # "à l'AFP", "sur X"
            elif token.is_punct and token.text in ",":
                i += 1
            else:
                break
        while i < stop and doc[i].pos_ == "CCONJ":  # "… a proposé, et Bruxelles"
            i += 1
        if i >= stop or doc[i].is_punct:
            return None
        if doc[i].pos_ not in (*NP_BODY, "PRON") and not doc[i].is_title:
            return None  # a title-case word is a name the tagger may call a verb ("Closer")
        if doc[i].text.startswith("-"):
            return None  # "demandez-moi": an imperative, not an inverted subject
        end = self._chunk_end(doc, i, stop, True, names)
        return doc[i:end] if end > i else None

    def _second_name(self, doc: Doc, i: int, names: NameBounds) -> bool:
        token, previous = doc[i], doc[i - 1]
        if names.meet(token, previous):
            return True  # one entity to the NER, two actors: "l'AFP Nijaz Skenderagic"
        if token.ent_iob_ != "B" or previous.ent_iob_ not in ("B", "I"):
            return False
        if token.ent_type_ == "PER" and previous.ent_type_ == "LOC" and _after_of(doc, i - 1):
            return False  # "le grand rabbin de France Haïm Korsia": the title's place, then him
        return not (token.ent_type_ == "PER" and self._demonym(previous))

    def _name_after_adjunct(self, doc: Doc, i: int, names: NameBounds) -> bool:
        """A person's name right after the common noun of an adjunct ("avec humour Joe
        Budden") is the inverted subject; not after a title ("au ministre Jean X")."""
        previous = doc[i - 1]
        return (
            doc[i].idx in names.person_starts
            and previous.pos_ == "NOUN"
            and not previous.is_title
            and previous.lower_ not in self.title_heads
        )

    def _demonym(self, token: Token) -> bool:
        lower = token.lower_
        return token.is_title and (lower in self.demonyms or lower.endswith(self.demonym_endings))

    def _date_end(self, doc: Doc, i: int) -> int | None:
        """The end of the date the dates component found starting at token i, if any (read
        once per document)."""
        if self._dated[0] is not doc:
            spans = doc.spans.get("dates", ())
            # not a lone determiner the dates may read as one ("confie cette enseignante")
            ends = {span.start: span.end for span in spans if span[-1].pos_ != "DET"}
            self._dated = (doc, ends)
        return self._dated[1].get(i)

    def _adverbial_length(self, doc: Doc, i: int, stop: int) -> int:
        for words in self.adverbials:
            end = i + len(words)
            if end <= stop and [t.lower_ for t in doc[i:end]] == words:
                return len(words)
        return 0

    def apposition_end(self, doc: Doc, i: int, stop: int, names: NameBounds = NO_NAMES) -> int:
        return self._chunk_end(doc, i, stop, False, names)

    def _chunk_end(self, doc: Doc, i: int, stop: int, appositions: bool, names: NameBounds) -> int:
        """End of a noun phrase: determiners, adjectives, nouns, names, "de"-complements."""
        seen_noun = False
        while i < stop:
            token = doc[i]
            lower = token.lower_
            if lower in self.time_words and seen_noun:
                break
            if not appositions and seen_noun and self._name_after_adjunct(doc, i, names):
                break  # "a tweeté avec humour | Joe Budden"
            if self._second_name(doc, i, names) and seen_noun:
                break  # "à l'AFP | Jean Martin": two names; not "la Suisse Lara Gut"
            if lower in CIVILITIES and seen_noun and doc[i - 1].lower_ not in OF_WORDS:
                break  # "au Monde | M. Jamil": a civility opens the next phrase
            if (
                token.pos_ == "DET"
                and seen_noun
                and doc[i - 1].lower_ not in OF_WORDS
                and token.ent_iob_ != "I"
            ):
                break  # "à la NHK | une commerçante": a new phrase begins
            after_det = i > 0 and doc[i - 1].pos_ == "DET" and token.is_alpha and not seen_noun
            if (
                token.pos_ in NP_BODY or token.ent_type_ or token.is_title or after_det
            ) and not token.is_punct:
                seen_noun = seen_noun or token.pos_ in ("NOUN", "PROPN", "X") or after_det
                i += 1
            elif token.pos_ == "PRON" and not seen_noun and lower not in ("qui", "que", "dont"):
                return i + 1
            elif lower in OF_WORDS and seen_noun and i + 1 < stop and not doc[i + 1].is_punct:
                if lower in ("à", "au", "aux") and not _titled_complement(doc, i + 1, stop):
                    break  # "le vainqueur | au micro de Sky Sports", not "délégué à l'Industrie"
                if self._medium_at(doc, i + 1, MEDIUM_ARTICLES.get(lower)):
                    break  # "ce chauffeur-livreur | à La Provence | au Parisien": whom he told
                i += 1
            elif token.text == "(" and i + 2 < stop and doc[i + 2].text == ")":
                i += 3  # "(ESA)"
            elif _glued_hyphen(doc, i) and i + 1 < stop:
                i += 1  # "le lieutenant-colonel X", split by the tokenizer
            elif (
                appositions and token.text == "," and seen_noun and self.apposed_name(doc, i, stop)
            ):
                i = self.apposed_name(doc, i, stop)
                break
            else:
                break
        return i

    def _medium_at(self, doc: Doc, i: int, article: str | None) -> bool:
        """A news medium of the lexicon's list is named from token i on, after 'à' (article
        ''), 'au' ('le ') or 'aux' ('les '), and ends the noun phrase: 'à La Provence', 'au
        Parisien'; not 'à l'Union européenne' (no 'L'Union' the newspaper)."""
        if article is None or i >= len(doc):
            return False
        start = doc[i].idx
        text = article + text_of(doc)[start : start + 40].replace("’", "'")
        for name in self.media_names:
            if text[:1].lower() != name[:1].lower() or text[1 : len(name)] != name[1:]:
                continue  # the case of the name's first letter goes with the article only
            if text[len(name) : len(name) + 1].isalnum():
                continue
            end = start + len(name) - len(article)  # the name's end in the text
            following = next((t for t in doc[i : i + 8] if t.idx >= end), None)
            if following is None or following.pos_ != "ADJ" or not following.is_lower:
                return True
        return False

    def apposed_name(self, doc: Doc, comma: int, stop: int) -> int:
        """ ", Daniel Okafor" or ", le colonel Ibrahim Sanda" after a title: end of the name."""
        j = comma + 1
        while j < stop and j < comma + 5 and doc[j].pos_ in ("DET", "NOUN", "ADJ"):
            j += 1
        if j < stop and (doc[j].pos_ == "PROPN" or doc[j].ent_type_ in ("PER", "ORG")):
            while j < stop and (doc[j].pos_ == "PROPN" or doc[j].ent_type_ in ("PER", "ORG")):
                j += 1
            return j
        return 0

    def phrase_before(self, doc: Doc, end: int, start: int) -> Span | None:
        """The noun phrase right before a verb group: "[l'agence sanitaire] relève que",
        "[Le secrétaire général de la CFDT, Laurent Berger], a de son côté demandé"."""
        if end - 1 > start and doc[end - 1].text == ",":
            first_comma = True
            for k in range(end - 2, max(start, end - 30), -1):  # "X, qui n'a pas participé, juge"
                if doc[k].text != ",":
                    continue
                if doc[k + 1].lower_ in ("qui", "dont", "que", "qu'") or (
                    first_comma and _participle(doc[k + 1])  # "X, spécialisée dans …, a dit"
                ):
                    return self.phrase_before(doc, k, start)
                first_comma = False
            name = self.phrase_before(doc, end - 1, start)
            if name is not None and name.start - 1 > start and doc[name.start - 1].text == ",":
                person = self.phrase_before(doc, name.start - 1, start)  # "Claire, enseignante,"
                if person is not None and _is_name(person) and not _is_name(name):
                    return doc[person.start : name.end]
            if name is None or not _is_name(name):
                return None
            if name.start - 1 > start and doc[name.start - 1].text == ",":
                title = self.phrase_before(doc, name.start - 1, start)
                if title is not None:
                    return doc[title.start : name.end]
            return name if name.start == start else None
        if end - 3 >= start and doc[end - 1].text == ")" and doc[end - 3].text == "(":
            return doc[end - 2 : end - 1]  # "l'Union nationale des familles (Unaf) juge": Unaf
        i = end
        while i > start:
            token = doc[i - 1]
            if _glued_hyphen(doc, i - 1) and i - 1 > start:
                i -= 1  # "le lieutenant-colonel X"
                continue
            body = token.pos_ in NP_BODY or token.ent_type_ or token.lower_ in OF_WORDS
            if not body or token.is_punct or token.lower_ in self.time_words:
                break
            i -= 1
        while i < end and (doc[i].lower_ in OF_WORDS or doc[i].is_space):
            i += 1
        if i < end and any(t.pos_ in ("NOUN", "PROPN") or t.ent_type_ for t in doc[i:end]):
            return doc[i:end]
        return None

    def subject_before(self, doc: Doc, verb: Token, first: int) -> Span | None:
        """The subject of a preposed cue, by the parse, climbing coordinations and gerunds."""
        token = verb
        for _ in range(4):
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "expl:subj")]
            subjects = [c for c in subjects if c.lower_ not in ("-t", "ce", "c'")]
            if subjects:
                return self._subject_span(doc, subjects[0], first)
            if token.dep_ in ("conj", "advcl", "xcomp", "acl") and token.head.i < token.i:
                token = token.head
            else:
                break
        return None

    def _subject_span(self, doc: Doc, subject: Token, first: int) -> Span | None:
        if subject.pos_ == "PRON":
            return doc[subject.i : subject.i + 1]
        start = subject.left_edge.i
        for j in range(subject.i - 1, start - 1, -1):  # never across a paragraph or a quote
            if doc[j].is_space or doc[j].text in '«»“”"' or _glued_paragraph(doc, j + 1):
                start = j + 1
                break
        end = min(subject.right_edge.i + 1, first if subject.i < first else len(doc))
        for j in range(subject.i + 1, end):  # drop relative clauses: "X, qui avait mené ..."
            if doc[j].lower_ in ("qui", "dont", "que", "qu'", "lequel", "laquelle"):
                end = j
                break
        while end > start and (doc[end - 1].is_punct or doc[end - 1].pos_ == "CCONJ"):
            end -= 1
        for j in range(start, subject.i):  # drop fronted adjuncts the parser attached
            if doc[j].text == ",":
                start = j + 1
        while start > 0 and subject.i - start < 6:  # "La compagnie Kyushu [Electric]"
            token = doc[start - 1]
            if token.is_punct or token.is_space or not (token.pos_ in NP_BODY or token.ent_type_):
                break
            if _glued_paragraph(doc, start):
                break  # "UN VŒU EXAUCÉ|Le quotidien local": the heading glued before it
            start -= 1
        return doc[start:end] if end > start else None


def _after_of(doc: Doc, i: int) -> bool:
    """The entity holding token i follows "de" / "du": "rabbin [de France]", "maire [de Lyon]"."""
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].lower_ in PLACE_OF_WORDS:
        return True  # the NER took "de" into the place: "de France"
    return start > 0 and doc[start - 1].lower_ in PLACE_OF_WORDS


def _glued_paragraph(doc: Doc, i: int) -> bool:
    """Token i opens a paragraph glued to the one before ("ANONYME|La jeune femme"): the glue
    repair (glued_text) marked a sentence start with no space before it."""
    return 0 < i < len(doc) and doc[i].is_sent_start and not doc[i - 1].whitespace_


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen inside a compound word the tokenizer split: "lieutenant-colonel"."""
    return (
        doc[i].text == "-"
        and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].is_alpha
        and doc[i + 1].is_alpha
    )


def _titled_complement(doc: Doc, i: int, stop: int) -> bool:
    """ "à l'Industrie", "aux Transports": a capitalised word after "à" continues a title."""
    if i < stop and doc[i].pos_ == "DET":
        i += 1
    return i < stop and doc[i].is_title


def _participle(token: Token) -> bool:
    """ "spécialisée", "basé", "fondée": a past participle opening an apposition."""
    return token.pos_ in ("VERB", "ADJ") and token.lower_.endswith(("é", "ée", "és", "ées"))


def _is_name(phrase: Span) -> bool:
    return phrase[0].pos_ == "PROPN" or phrase[0].ent_type_ == "PER"
