"""Pronoun speakers: "a-t-il dit", "qui", "ce dernier": the person or organisation they take up.

First the speaker of the quote before, when the pronoun agrees with its words and no one was
named since (continuity); else the last compatible person named outside quote marks, preferring
the subject of the previous sentence, a gender the article showed, and one who spoke; never one
the quote itself names.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts.components.quotes.index import ActorIndex, inside_quotes
from newsfacts.components.quotes.plural_pronouns import organization_of_group
from newsfacts.components.quotes.speaker_words import (
    CLIMB_DEPS,
    DEFINITE,
    ends_sentence,
    gender_of,
    is_complement,
    is_subject,
    may_hold,
    sentence_start,
)

# nouns of groups that speak as one, besides the organisation nouns of the lexicon
COLLECTIVE_NOUNS = frozenset({"famille", "comité", "équipe", "rédaction"})
NO_ONE: dict = {}  # a pronoun that takes up an unnamed group: no actor speaks
MAX_PEOPLE = 4  # persons a pronoun may take up, latest first
SUBJECT_REACH = 60  # tokens back where a described subject may be the pronoun's antecedent


class PronounSteps:
    """The pronoun steps of SpeakerResolver (a mixin: it reads the resolver's lexicon)."""

    def _pronoun(self, doc, span, lower, index, quotes) -> dict | None:
        gender, number = self.pronouns[lower]
        if lower == "on":
            return None
        if lower in ("qui", "lequel", "laquelle", "lesquels", "lesquelles"):
            return self._antecedent(doc, span, index)
        if number == "Plur":  # "les membres du Conseil …. « … », font-ils valoir"
            return organization_of_group(doc, span, index, quotes)
        return self._taken_up(doc, span, gender, index, quotes)

    def _taken_up(self, doc, span, gender, index, quotes) -> dict | None:
        """The one person or organisation a singular pronoun (or "celui qui") takes up."""
        group = self._described_organization_before(doc, span, gender)
        if group is not None:  # "Le groupe, qui emploie …, proposera … Il confirme …"
            return self._resolve(doc, group, index, quotes)
        cue = self._previous_cue(span, gender, index, quotes)
        if cue is not None and cue[1] is None and cue[0] not in self.unnamed_cues:
            # "« … », confie la docteure. « … », dit-elle": words the rules left open (the
            # ranker may find whom they designate); the quote takes the ranker's answer for
            # them (ranking.py), else what the steps below find
            self.goes_on_open = cue[0]
            if self._names_group(doc, cue[0]) and not index.paragraph_breaks(
                cue[0], span.start_char
            ):  # "a réagi la municipalité. Elle a également dénoncé …": the group goes on
                return None  # in its paragraph, not a person named before it
            cue = None
        if cue is not None:  # "« … », a déclaré X. Il a ajouté que …": X goes on speaking;
            if cue[1] is None:  # "« … », a confié un membre d'équipage. « … », dit-il": the
                self.unnamed_cues.add(span.end_char)  # unnamed one goes on, no one named
            return cue[1]
        organization = organization_subject_before(doc, span, gender, index, quotes)
        if organization is not None:
            return organization
        described = self._described_subject_before(doc, span, gender, index, quotes)
        if described is NO_ONE:  # "La direction de l'hôpital a confirmé …. Elle assure …"
            return None
        if described is not None:  # "Ce dernier a été interrogé … « … », commente-t-il"
            return described
        # words left open before it are the pronoun's antecedent: no one named later is
        ahead = self.goes_on_open is None  # "« … », a enjoint la juge. « … », a-t-elle rappelé"
        return self._person_before(
            doc, index, span.start_char, gender, quotes, pronoun=True, ahead=ahead
        )

    def _described_subject_before(self, doc, span, gender, index, quotes) -> dict | None:
        """The person a description or "ce dernier" designates, when it is the latest subject
        outside quote marks before the pronoun and no one was named after it: "Le député (LR)
        des Alpes-Maritimes a déposé une proposition. Il propose …" takes up the deputy the
        description resolves to, not the last person named."""
        ends = 0
        for i in range(span.start - 1, max(span.start - SUBJECT_REACH, 0) - 1, -1):
            token = doc[i]
            if inside_quotes(token.idx, quotes) or token.lower_.strip("-") == "t":
                continue  # the quote's words, the "-t-" of "commente-t-il"
            if ends_sentence(token):
                ends += 1
                if ends > 1:
                    return None
            if any(
                index.actors[n].get("type") == "person"
                for _s, _e, n in index.covering(token.idx, token.idx + len(token))
            ):
                return None  # someone named since: the rules of _person_before
            if not token.dep_.startswith("nsubj") or token.pos_ not in ("NOUN", "ADJ", "PRON"):
                continue
            det = [c.lower_ for c in token.children if c.dep_ == "det"]
            if token.lower_ in ("dernier", "dernière") and det and det[0] in ("ce", "cette"):
                if (token.lower_ == "dernier") != (gender == "Masc"):
                    return None
                return person_named_last(doc, index, token.idx, quotes)
            if token.pos_ != "NOUN" or not det or det[0] not in DEFINITE:
                return None  # "il", "on", "les enfants": not a description of one person
            if "Plur" in token.morph.get("Number"):
                return None
            if token.lower_ in self.media.nouns:
                return None  # a medium relays the words of others: the rules below
            if self._group_noun(token.lower_):
                return self._described_group(doc, token, gender, index, quotes)
            titled = token.lower_ in self.title_heads
            if not titled and token.lower_ not in self.anonymous:
                return None
            phrase = doc[token.left_edge.i : token.right_edge.i + 1]
            if len(phrase) > 10 or gender_of(phrase) not in (None, gender):
                return None
            actor = self._resolve(doc, phrase, index, quotes)
            if actor is None and not titled:  # "L'employé de la commune n'a pas été …
                self.unnamed_cues.add(span.end_char)  # « … », explique-t-il": someone the
                return NO_ONE  # article need not name goes on, not the last person named
            if actor is None or actor.get("type") != "person":
                return None
            known = [index.gender.get(n) for n in index.numbers_of(actor)]
            return None if any(k and k != gender for k in known) else actor
        return None

    def _names_group(self, doc, end: int) -> bool:
        """Whether the speaker words ending at ``end`` describe a group ("la municipalité",
        "la direction de l'hôpital"), not a person nor a medium."""
        words = doc.char_span(end - 1, end, alignment_mode="expand")
        if words is None:
            return False
        head = words.root
        for _ in range(4):  # "la direction de l'hôpital": from "hôpital" to "direction"
            if head.dep_ not in CLIMB_DEPS or head.head.i > head.i or head.head is head:
                break
            head = head.head
        lower = head.lower_
        if lower in self.media.nouns or "Plur" in head.morph.get("Number"):
            return False
        det = [c.lower_ for c in head.children if c.dep_ == "det"]
        definite = bool(det) and det[0] in DEFINITE
        return definite and self._group_noun(lower)

    def _group_noun(self, lower: str) -> bool:
        """A noun of a group that speaks as one: "la municipalité", "la famille"."""
        return lower in self.organizations or lower in COLLECTIVE_NOUNS

    def _described_group(self, doc, token, gender, index, quotes) -> dict | None:
        """The organisation a described group subject ("la préfecture de police", "le
        comité de soutien") resolves to; NO_ONE when the group is none of the actors: the
        pronoun that takes it up designates the group, not the last person named."""
        phrase = doc[token.left_edge.i : token.right_edge.i + 1]
        if len(phrase) > 12 or gender_of(phrase) not in (None, gender):
            return None
        if any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in token.head.children):
            return None  # "Il a affirmé que le gouvernement devait …": the one who affirmed
        if any(self._person_role(t) for t in phrase if t is not token):
            return None  # "l'association de l'ancienne ministre": the minister may speak
        actor = self._resolve(doc, phrase, index, quotes)
        if actor is not None and actor.get("type") == "organization":
            return actor
        return NO_ONE

    def _previous_cue(self, span, gender, index, quotes) -> tuple | None:
        """The speaker words of the quote before, when the pronoun agrees with them and no
        actor is named between them outside quote marks: the pronoun goes on with that
        speaker (continuity), whoever was named last inside the quote; also when the rules
        could not link them ("le ministre" may still be one named: see _pronoun)."""
        cue = index.last_cue
        if cue is None or not gender or cue[2] != gender:
            return None  # words without the pronoun's gender give no evidence to go on with
        if cue[1] is not None:
            medium = self.media.named(cue[1]) or self.media.kinds_of(cue[1]) is not None
            if medium or not cue[1].get("name", "")[:1].isupper():
                return None  # "selon Le Parisien. « … », a-t-il dit": the relay is not "il"
            if self.self_named & set(index.numbers_of(cue[1])):
                return None  # "« … utilisée par M. Zekri … », a-t-il dit": not Zekri
        if index.paragraph_breaks(cue[0], span.start_char) > 1:
            return None
        for start, _end, _n in index.before(span.start_char):
            if start < cue[0]:
                break
            if not inside_quotes(start, quotes) and not in_cue_sentence(index, cue[0], start):
                return None  # someone else came into view
        return cue

    def _described_organization_before(self, doc: Doc, span: Span, gender) -> Span | None:
        """ "Le groupe" or "La société" opening the previous sentence, when the pronoun opens
        the next one and agrees with it: the organization goes on as the subject."""
        i = span.start
        if i < 3 or not ends_sentence(doc[i - 1]):
            return None
        j = i - 2
        while j > 0 and not ends_sentence(doc[j - 1]):
            j -= 1
        det, noun = doc[j], doc[j + 1]
        if det.lower_ not in ("le", "la") or noun.lower_ not in self.organizations:
            return None
        if (det.lower_ == "le") != (gender == "Masc"):
            return None
        after = doc[j + 2] if j + 2 < i else None
        if after is None or not (after.text == "," or after.pos_ in ("VERB", "AUX")):
            return None  # "Le groupe de travail …": not sure the noun is the subject
        return doc[j : j + 2]

    def _antecedent(self, doc: Doc, span: Span, index: ActorIndex) -> dict | None:
        """ "le Wall Street Journal, selon lequel" / "Bertrand Lacombe, qui a affirmé"."""
        j = span.start - 1
        while j >= 0 and (doc[j].is_punct or doc[j].lower_ in ("selon", "d'après", "pour")):
            j -= 1
        if j < 0:
            return None
        near = index.covering(doc[j].idx, doc[j].idx + len(doc[j]))
        head = doc[j]
        for _ in range(8):  # "la présidence de la COP, selon laquelle": walk to the phrase head
            if head.dep_ in CLIMB_DEPS and head.head.i < head.i:
                head = head.head
            else:
                break
            person = [
                m
                for m in index.covering(head.idx, head.idx + len(head))
                if index.actors[m[2]].get("type") == "person"
            ]
            if person:  # "X, chef économiste de la banque Y, qui": X, not Y
                return index.actors[person[0][2]]
            apposed = person_before_apposition(doc, head, index)
            if apposed is not None:  # the same, where the parse did not attach X
                return apposed
        if near:
            return index.actors[near[0][2]]
        near = index.covering(head.idx, head.idx + len(head))
        if near:
            return index.actors[near[0][2]]
        start = head.left_edge.i
        phrase = doc[start : j + 1]
        if phrase.text and len(phrase) <= 12:
            return self._resolve(doc, phrase, index, ())
        return None

    def _person_before(
        self,
        doc,
        index,
        offset,
        gender,
        quotes,
        role=None,
        latest=False,
        pronoun=False,
        ahead=True,
    ) -> dict | None:
        """The last person named before offset (outside quote marks) whose gender fits.

        A person whose gender the article shows, or who spoke or was the subject of a
        sentence, wins over a more recent person merely mentioned ("a parlé avec X")."""
        compatible = []
        # mentions as a complement ("le film de X", "avec son ami X") do not count among the
        # persons in view, and the gender they agree with does not make them the speaker
        complements: set[tuple[int, int]] = set()
        people: set[int] = set()
        named: set[int] = set()
        sources: set[int] = set()
        for start, end, n in index.before(offset):
            actor = index.actors[n]
            if actor.get("type") != "person" or inside_quotes(start, quotes):
                continue
            if n in self.self_named:
                continue  # named in the quote's own words: spoken of, not speaking
            if not actor.get("name", "")[:1].isupper():
                continue  # "affaire Grégory", "mairie de X": a person's name has a capital
            known = index.gender.get(n)
            if gender and known and known != gender:
                continue
            compatible.append((start, end, n))
            if source_of_words(doc, start, end):  # "D'après X, « … »": X spoke
                sources.add(n)
            elif is_complement(doc, start, end) and not acting_agent(doc, start, end):
                complements.add((start, n))
                named.add(n)
            else:
                people.add(n)
            if len(people) >= MAX_PEOPLE or len(named | people) >= 2 * MAX_PEOPLE:
                break
        if pronoun:  # "les journalistes X et Y l'accusent … Il": neither one of them
            alone = [c for c in compatible if not hidden_in_list(index, c, gender)]
            compatible = alone or compatible
        if role is not None:  # "l'accusé" is not the one the article calls "l'avocat général"
            compatible = [c for c in compatible if may_hold(index.titles.get(c[2]), role)]
        if latest and compatible:
            return index.actors[compatible[0][2]]
        if self._gender_beats(doc, index, offset, gender, compatible):
            return next(index.actors[n] for _, _, n in compatible if index.gender.get(n) == gender)
        subject = subject_of_latest_sentence(doc, compatible)
        if subject is not None:  # "X a devancé Y et Z. « … », a-t-il dit": X, not Z
            return index.actors[subject]
        if pronoun and compatible and introduces_quote(doc, index, compatible[0], offset, quotes):
            n = compatible[0][2]  # "elle" only for one the article showed as a woman
            if gender == "Masc" or index.gender.get(n) == gender:
                return index.actors[n]
        for start, end, n in compatible:
            salient = n in index.speakers or n in sources or is_subject(doc, start, end)
            fits = gender and index.gender.get(n) == gender and (start, n) not in complements
            if fits or salient:
                return index.actors[n]
        if compatible:  # no one in view stands out ("une pièce de X", "a connu Y"): the
            main = self._main_person(index, offset, gender, quotes, None) if pronoun else None
            return main or index.actors[compatible[0][2]]  # article's topic, if it spoke
        if not pronoun:  # no person in view may hold the role ("le père" before anyone is
            return None  # named, or only people the article gave another role): the ranker's
        if not any(index.actors[n].get("type") == "person" for _, _, n in index.before(offset)):
            if not ahead:
                return None
            return person_named_next(index, offset, gender, quotes)  # a lede that opens on "il"
        if self.find_person_before is not None:  # every person so far was inside quote marks
            try:
                return self.find_person_before(doc, offset, gender)
            except Exception:  # the actors component must never kill the document
                return None
        return None

    @staticmethod
    def _still_in_view(doc: Doc, index: ActorIndex, start: int, end: int, offset: int) -> bool:
        """Named in this paragraph or the one before, or the subject of the lede (the topic)."""
        if index.paragraph_breaks(start, offset) <= 1:
            return True
        return index.paragraph_breaks(0, start) == 0 and is_subject(doc, start, end)

    @staticmethod
    def _gender_beats(doc, index, offset, gender, compatible) -> bool:
        """Across a paragraph break, "elle" goes to a person the article showed as a woman
        rather than to the latest subject whose gender it never gave."""
        if not gender or not compatible or index.gender.get(compatible[0][2]) == gender:
            return False
        if not index.paragraph_breaks(compatible[0][1], offset):
            return False
        return any(index.gender.get(n) == gender for _, _, n in compatible)


def in_cue_sentence(index: ActorIndex, cue_end: int, start: int) -> bool:
    """Whether a name stands in the writer's sentence of the speaker words ending at
    ``cue_end``, after them: "a témoigné une habitante au micro de France Bleu", "a réagi une
    conseillère au sein de Defence for Children", "a confié une voisine à M. Martin": the
    cue's complements bring no one else into view."""
    return not index.sentence_breaks(cue_end - 1, start)


# the words before a name that make it a complement, whatever the parse says
PREPOSITIONS = frozenset({"de", "d'", "d’", "du", "des", "à", "au", "aux", "par", "avec", "pour"})
PREPOSITIONS |= frozenset({"contre", "chez", "sur", "entre", "vers", "envers", "face"})
NP_WORDS = ("DET", "ADJ", "NOUN")  # a title phrase before a name: "son homologue américain"


def introduces_quote(doc: Doc, index: ActorIndex, mention, offset: int, quotes) -> bool:
    """Whether the latest person named before the quote whose cue the pronoun is ("« … »,
    a-t-il dit") brings that quote in: named in the sentence that opens it or in the one
    right before, not after a preposition ("Parmi l'assemblée, l'évêque X, qui …. « … »,
    témoigne-t-il"; "Bruno Le Maire a ainsi déclaré : « … », a-t-il ajouté"), where the
    parse finds no subject among the persons named there."""
    quote = getattr(quotes, "quote", None)
    start, end, _n = mention
    if quote is None or not end <= quote.start < offset or index.paragraph_breaks(end, quote.start):
        return False
    if not index.text.startswith("-", offset):
        return False  # "Il a ajouté": a sentence of its own, the rules above read it
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    i = span.start - 1  # "avec son homologue américain X", "parti de M. X": a complement
    while i > 0 and span.start - i <= 6 and (doc[i].pos_ in NP_WORDS or doc[i].lower_ == "m."):
        i -= 1
    if i >= 0 and doc[i].lower_ in PREPOSITIONS:
        return False
    gap = doc.char_span(end, quote.start, alignment_mode="expand")
    ends = sum(ends_sentence(t) for t in gap or () if not inside_quotes(t.idx, quotes))
    return ends <= 1


THE_LATTER = {"ce dernier", "cette dernière", "cette derniere"}

# the prepositions that give the source of words: "selon X", "d'après X", "Pour X, …"
SOURCE_CASES = frozenset({"selon", "d'après", "pour"})


def source_of_words(doc: Doc, start: int, end: int) -> bool:
    """A name after "selon", "d'après", or a fronted "Pour" ("Pour l'un des avocats, Me X,
    « … »"): the source of the words beside it, as much a speaker as a subject is, though the
    parse makes it a complement; "pour" only opening a clause ("a voté pour X" is no source)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(4):
        for case in token.children:
            if case.dep_ != "case" or case.i > token.i:
                continue
            words = " ".join([case.lower_, *(t.lower_ for t in case.children if t.dep_ == "fixed")])
            words = words.replace("’", "'").replace("' ", "'")
            if words not in SOURCE_CASES:
                continue
            before = doc[case.i - 1] if case.i > 0 else None
            if words == "pour" and before is not None and not before.is_punct:
                continue
            return True
        if token.dep_ == "nmod" and token.head.lower_ in ("un", "une"):
            token = token.head  # "Pour l'un des avocats, Me X": the source is "l'un"
            continue
        if token.dep_ not in ("appos", "flat:name", "conj") or token.head is token:
            return False  # "selon l'avocat de X": X is not the source
        token = token.head
    return False


# what joins the members of a list of persons: "X et Y", "X, Y et Z", "X ou Y"
LIST_JOINS = frozenset({",", "et", ", et", "ou"})


def hidden_in_list(index: ActorIndex, mention: tuple[int, int, int], gender: str | None) -> bool:
    """Whether a singular pronoun cannot take up the mention for being one member of a list
    of persons: it can where the list's only member of its gender is this one ("Marine
    Tondelier et Jordan Bardella ont débattu … a-t-elle lancé"), not where two members may
    have that gender or this one's gender is unknown ("Stéphanie Marteau et Aziz Zemouri")."""
    members = list_of_persons(index, *mention)
    if not members:
        return False
    fitting = {m for m in members if index.gender.get(m) in (None, gender)}
    return not (gender and fitting == {mention[2]} and index.gender.get(mention[2]) == gender)


def list_of_persons(index: ActorIndex, start: int, end: int, n: int) -> list[int]:
    """The persons of the list the mention is one member of ("les journalistes X et Y",
    "dirigé par A, B, C"), none if it is in no list: a singular pronoun does not take up one
    member of a group. Two names with a comma only are no list: "compagnon de Raquel Garrido,
    Alexis Corbière"."""
    members, joins = [n], set()
    for step in (-1, 1):  # walk the names joined to this one, before it and after it
        edge_start, edge_end, current = start, end, n
        while True:
            joined = _joined_person(index, edge_start, edge_end, current, step)
            if joined is None:
                break
            edge_start, edge_end, current, join = joined
            members.append(current)
            joins.add(join)
    return members if len(members) >= 3 or joins - {","} else []


def _joined_person(index: ActorIndex, start: int, end: int, n: int, step: int):
    """The person mention next to [start, end) in the direction ``step`` across a list join."""
    for other_start, other_end, other in index.covering(start - 8, end + 8):
        if other == n or index.actors[other].get("type") != "person":
            continue
        if (step > 0) != (other_start >= end):
            continue
        gap = index.text[end:other_start] if step > 0 else index.text[other_end:start]
        if gap.strip() in LIST_JOINS:
            return other_start, other_end, other, gap.strip()
    return None


LATTER_LOOKBACK = 8  # mentions: "ce dernier" takes up a name of the sentences just before


def person_named_last(doc: Doc, index: ActorIndex, offset: int, quotes) -> dict | None:
    """The person whose name (not a pronoun or a description resolved to them) comes last
    before offset, outside quote marks."""
    for seen, (start, _, n) in enumerate(index.before(offset)):
        if seen >= LATTER_LOOKBACK:
            break
        actor = index.actors[n]
        if actor.get("type") != "person" or inside_quotes(start, quotes):
            continue
        if not doc.text[start : start + 1].isupper():
            continue  # "il", "le ministre": mentions resolved to someone, not names
        return actor  # no gender test: "ce dernier" is said of a woman's title too
    return None


def organization_subject_before(doc, span, gender, index, quotes) -> dict | None:
    """ "La préfecture a annoncé que … « … », précise-t-elle": when the latest actor named
    outside quote marks is an organisation, subject of its sentence, whose noun agrees with
    the pronoun, the organisation goes on speaking."""
    for start, end, n in index.before(span.start_char):
        if inside_quotes(start, quotes):
            continue
        if index.actors[n].get("type") != "organization" or not is_subject(doc, start, end):
            return None
        mention = doc.char_span(start, end, alignment_mode="expand")
        if mention is None or plural_name(mention):
            return None  # "les Bleus ont vaincu …, a-t-il dit": "il" is not the team
        if person_subject_before(doc, index, start, quotes):
            return None  # "Le Dr X, chef de service à l'hôpital Y, est …": X is the subject
        return index.actors[n] if name_gender(mention) == gender else None
    return None


def person_subject_before(doc: Doc, index: ActorIndex, offset: int, quotes) -> bool:
    """Whether the mention before offset, in the same sentence, is a person subject: the
    organisation after it hangs in that person's apposition, whatever the parse says."""
    for start, end, n in index.before(offset):
        if inside_quotes(start, quotes):
            continue
        if index.sentence_breaks(end - 1, offset):
            return False
        return index.actors[n].get("type") == "person" and is_subject(doc, start, end)
    return False


def plural_name(mention: Span) -> bool:
    doc = mention.doc
    article = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    return article in ("les", "des", "aux") or "Plur" in mention[0].morph.get("Number")


def name_gender(mention: Span) -> str | None:
    """The gender of an organisation's name by its article or first noun: "la préfecture",
    "le ministère"; None for a bare proper name ("Santé publique France")."""
    doc = mention.doc
    article = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    if article in ("la", "une"):
        return "Fem"
    if article in ("le", "un", "du", "au"):
        return "Masc"
    first = mention[0]
    genders = first.morph.get("Gender") if first.pos_ == "NOUN" else []
    return genders[0] if genders else None


def person_named_next(index: ActorIndex, offset: int, gender, quotes) -> dict | None:
    """The first person named after offset, in this paragraph or the next, outside quote marks:
    "« … », explique-t-il. […] Géraud Bournet" where no one was named before."""
    for start, _end, n in index.after(offset):
        if index.paragraph_breaks(offset, start) > 1:
            return None
        actor = index.actors[n]
        if actor.get("type") != "person" or inside_quotes(start, quotes):
            continue
        known = index.gender.get(n)
        if not (gender and known and known != gender):
            return actor
    return None


def person_before_apposition(doc: Doc, head: Token, index: ActorIndex) -> dict | None:
    """The person named right before ", <title phrase>" ending at head's phrase."""
    start = head.i
    while start > 0 and start - head.i > -6 and doc[start - 1].pos_ in ("DET", "ADJ", "NOUN"):
        start -= 1
    if start < 2 or doc[start - 1].text != ",":
        return None
    name = doc[start - 2]
    for _start, end, n in index.covering(name.idx, name.idx + len(name)):
        if end == name.idx + len(name) and index.actors[n].get("type") == "person":
            return index.actors[n]
    return None


def subject_of_latest_sentence(doc: Doc, compatible: list[tuple[int, int, int]]) -> int | None:
    """The subject among the candidates named in the sentence of the latest one: a pronoun
    takes up the subject of the previous sentence rather than a person named as its object."""
    if not compatible:
        return None
    opening = sentence_start(doc, compatible[0][0])
    found = None
    for start, end, n in compatible:
        if start < opening:
            break
        if start == opening or is_subject(doc, start, end) or acting_agent(doc, start, end):
            if not in_reported_clause(doc, start, end):
                return n  # a name that opens the sentence is its subject, whatever the parse says
            found = n if found is None else found
    return found


def acting_agent(doc: Doc, start: int, end: int) -> bool:
    """The agent of the participle in a verbless sentence ("Un avis partagé par Eric Pauget.",
    "Une intervention suivie également par Christiane, la mère de …"): the one who acts, as a
    subject does; not the agent of a participle hung on a complement ("dans le film réalisé
    par Jean-Luc Godard")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(3):  # "Eric Pauget": the name hangs on its first word
        if token.dep_ != "flat:name" or token.head is token:
            break
        token = token.head
    participle = token.head
    return (
        token.dep_ == "obl:agent"
        and participle.dep_ == "acl"
        and participle.head.dep_ == "ROOT"
        and participle.head.pos_ == "NOUN"
    )


CLAUSE_MARKS = frozenset({"que", "qu'", "qu’"})


def in_reported_clause(doc: Doc, start: int, end: int) -> bool:
    """The subject of a "que" clause inside the sentence: "X a écrit que M. Pompeo n'avait
    …": the pronoun after it takes up X, who wrote, rather than Pompeo, who is written of."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(3):  # "M. Pompeo": the name hangs on the subject "M."
        if token.dep_.startswith("nsubj"):
            break
        if token.dep_ not in ("appos", "flat:name") or token.head is token:
            return False
        token = token.head
    else:
        return False
    verb = token.head
    return token.i < verb.i and any(
        child.dep_ == "mark" and child.lower_ in CLAUSE_MARKS for child in verb.children
    )
