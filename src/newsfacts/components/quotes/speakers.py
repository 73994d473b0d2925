"""Speakers: the words that designate who speaks, and the actor (doc._.actors) they refer to.

A speaker text is a name (``Donald Trump``), a description (``le président américain``, ``le
groupe``), a pronoun (``il``, ``qui``, ``lequel``) or an anonymous source (``une source``). Names
resolve by overlap with an actor mention, descriptions by the titles actors hold in the article,
pronouns by the last compatible person mentioned outside quote marks.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsfacts.components import text_of
from newsfacts.components.lemmas import lemma
from newsfacts.components.quotes.descriptions import DescriptionSteps
from newsfacts.components.quotes.index import ActorIndex, Stretches
from newsfacts.components.quotes.lexicon import QuoteLexicon
from newsfacts.components.quotes.media import Media, latest_medium, medium_noun
from newsfacts.components.quotes.model import names_besides
from newsfacts.components.quotes.name_position import (
    CLAUSE,
    COMPLEMENT,
    LIST,
    PARENTHESES,
    PLACE,
    NamePosition,
)
from newsfacts.components.quotes.phrases import FAMILY_NOUNS, OF_WORDS, SpeakerPhrases
from newsfacts.components.quotes.pronouns import THE_LATTER, PronounSteps, person_named_last
from newsfacts.components.quotes.self_mention import persons_named_in_quote
from newsfacts.components.quotes.sieve import names_actor
from newsfacts.components.quotes.speaker_context import learn_from_context, share_counterpart_titles
from newsfacts.components.quotes.speaker_filter import eligible, excluded, misread
from newsfacts.components.quotes.speaker_words import (
    DEFINITE,
    DEMONSTRATIVE,
    INDEFINITE,
    STRONG_FEM,
    STRONG_MASC,
    gender_of,
    head_noun,
    head_part_end,
    in_of_complement,
    is_place,
    normalize,
)

# "a rappelé la semaine passée la Commission": a period read as the speaker words
PERIOD_NOUNS = frozenset({"semaine", "mois", "année", "an", "week-end", "jour", "trimestre"})


@dataclass
class Resolution:
    actor: dict | None
    span: tuple[int, int]  # speaker_text characters


class SpeakerResolver(DescriptionSteps, PronounSteps, SpeakerPhrases):
    def __init__(self, lexicon: QuoteLexicon) -> None:
        super().__init__(lexicon)
        self.anonymous = lexicon.word_set("anonymous_nouns")
        self.organizations = lexicon.word_set("organization_nouns")
        self.documents = lexicon.word_set("document_nouns")
        self.person_endings = lexicon.person_endings
        self.time_titles = frozenset(normalize(word) for word in self.time_words)
        self.person_nouns = lexicon.word_set("person_nouns")
        self.institutions = lexicon.word_set("institution_nouns")
        self.synonyms = lexicon.words.get("title_synonyms", {})
        self.institution_synonyms = lexicon.words.get("institution_synonyms", {})
        self.plain_persons = lexicon.word_set("plain_person_nouns")
        self.kin_nouns = lexicon.word_set("kin_nouns")
        self.agent_nouns = lexicon.word_set("agent_nouns")
        # the article's most prominent person a title matched no one for (_by_title): the
        # answer when no other step reads the words
        self.last_resort: tuple[int, int, dict] | None = None
        # staff and words that speak for the organization after them ("nos confrères de BFMTV")
        self.voices = lexicon.word_set("staff_nouns") | lexicon.word_set("voice_nouns")
        self.first_names = {
            **{name: "Masc" for name in lexicon.words.get("masculine_first_names", ())},
            **{name: "Fem" for name in lexicon.words.get("feminine_first_names", ())},
        }
        self.feminine_endings = tuple(lexicon.words.get("feminine_first_name_endings", ()))
        self.pronouns = lexicon.words.get("subject_pronouns", {})
        self.self_named: frozenset[int] = frozenset()  # persons the quote being resolved names
        # where speaker words end that designate someone the article does not name ("a confié
        # un membre d'équipage", "le professeur" of "un professeur"): a pronoun goes on with them
        self.unnamed_cues: set[int] = set()
        # where the speaker words end, left open by the rules, that the pronoun being resolved
        # goes on with ("« … », confie la docteure. « … », dit-elle"): the quote takes the
        # speaker the ranker finds for them
        self.goes_on_open: int | None = None
        # the singular nouns after "un"/"une" of the document, found once when first needed
        self.indefinite_nouns: dict[str, list[int]] | None = None
        # the organisation nouns in apposition to a name ("la compagnie X"), found once
        self.organization_nouns_called: dict[str, list[tuple[int, int]]] | None = None
        # the article's main person and where it is first named (main_person_of), found once
        # when first needed, and who holds each role noun asked about
        self.main_person: tuple[int | None, int] | None = None
        # the persons the speaker words of the document name, by first number, and where
        self.named_speakers: dict[int, int] = {}
        self.role_holders: dict[str, set[int]] = {}
        self.media = Media.from_lexicon(lexicon)
        self.name_position = NamePosition(lexicon)
        from newsfacts.components import actors as actors_module

        # The actors component may offer these; our own fallbacks work without them.
        self.find_actor_by_title = getattr(actors_module, "find_actor_by_title", None)
        self.find_prominent_for_title = getattr(actors_module, "find_prominent_for_title", None)
        self.find_person_before = getattr(actors_module, "find_person_before", None)

    # ---- per document -------------------------------------------------------------------
    def index(self, doc: Doc) -> ActorIndex:
        self.unnamed_cues = set()
        self.indefinite_nouns = None
        self.organization_nouns_called = None
        self.main_person = None
        self.role_holders = {}
        index = ActorIndex(list(doc._.actors or []), text_of(doc))
        index.refresh()
        index.places = Stretches(
            (start, end) for place in doc._.places or [] for start, end in place.get("mentions", [])
        )
        for start, end, n in index.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or index.actors[n].get("type") != "person":
                continue
            learn_from_context(span, index, n)
        for n, actor in enumerate(index.actors):
            titles = index.titles.setdefault(n, set())
            # "a prévenu mardi X", "X, ce dimanche": no title of X (titles are normalized:
            # "dimanch")
            titles -= self.time_titles
            for title in actor.get("titles", []):
                if title.split()[-1:] and title.split()[-1] in OF_WORDS:
                    continue  # "avocat de" read before "avocat de X": the lawyer's title, not X's
                titles.update(normalize(word) for word in title.split())
            if actor.get("gender") == "Fem":  # "le maire X" may be a woman: Masc is weak
                index.gender[n] = "Fem"
            self._gender_by_first_name(actor, n, index)
        share_counterpart_titles(index)
        return index

    def _gender_by_first_name(self, actor: dict, n: int, index: ActorIndex) -> None:
        """ "Sophie Bernard" is a woman where the article gave no other sign; a woman's
        first name also beats the masculine of a title ("le procureur, Carole Etienne")."""
        if actor.get("type") != "person" or not actor.get("name"):
            return
        gender = self.first_name_gender(actor["name"])
        if gender:  # stronger than an article or an agreement read around the name
            index.gender[n] = gender

    def first_name_gender(self, name: str) -> str | None:
        """The gender a person's first name shows: the list's, a compound's first part's
        ("Jean-Yves", "Marie-Christine"), or a feminine ending ("Marlène", "Maëlys") where a
        surname follows; a single word may be a surname ("Poutine") and shows nothing."""
        words = name.split()
        first = words[0].lower()
        gender = self.first_names.get(first) or self.first_names.get(first.split("-")[0])
        if gender or len(words) < 2 or not words[1][:1].isupper():
            return gender
        return "Fem" if first.endswith(self.feminine_endings) else None

    def learn_gender(self, span: Span, actor: dict, index: ActorIndex) -> None:
        """ "« … », a-t-il dit" resolved to X: X is a man, so a later "a-t-elle ajouté" goes
        to someone else ("X a rencontré Y. « … », a-t-il dit. « … », a-t-elle répondu")."""
        lower = span.text.lower().lstrip("-")
        if len(span) != 1 or lower not in ("il", "elle") or actor.get("type") != "person":
            return
        for n in index.numbers_of(actor):
            index.gender.setdefault(n, self.pronouns[lower][0])

    def words_gender(self, span: Span, actor: dict | None, index: ActorIndex) -> str | None:
        """The gender of speaker words: a pronoun's, the one the article showed for the
        person they name, or a description's article or noun."""
        lower = span.text.lower().lstrip("-")
        if len(span) == 1 and lower in self.pronouns:
            return self.pronouns[lower][0]
        if actor is not None and actor.get("type") == "person":
            numbers = index.numbers_of(actor)
            known = index.gender.get(numbers[0]) if numbers else None
            if known:
                return known
        return gender_of(span)

    def names_speaker(self, span: Span, start: int, index: ActorIndex, n: int) -> bool:
        """Whether the name at char ``start`` is the speaker the words designate (not one
        they speak of: name_position.py); a place never is ("de Grenoble (Isère)")."""
        return self._not_speaker(span, start, index, n) is None

    def _not_speaker(self, span: Span, start: int, index: ActorIndex, n: int) -> str | None:
        if index.places.holds(start):
            return PLACE
        first = next((t for t in span if t.idx + len(t) > start), None)
        if first is None:
            return COMPLEMENT
        organization = n >= 0 and index.actors[n].get("type") == "organization"
        return self.name_position.not_speaker(span, first, organization)

    def _spoken_of(self, span: Span, index: ActorIndex) -> set[int]:
        """The actors named in the speaker words only as someone they speak of."""
        verdicts: dict[int, bool] = {}
        for start, _end, n in index.covering(span.start_char, span.end_char):
            if start >= span.start_char:
                speaks = self.names_speaker(span, start, index, n)
                verdicts[n] = verdicts.get(n, False) or speaks
        return {n for n, speaks in verdicts.items() if not speaks}

    def names_not_speaking(self, span: Span, index: ActorIndex) -> frozenset[int]:
        """Where the mentions in the speaker words start that no reader takes for the speaker:
        a member in parentheses or of a list, a clause's subject. A name in a complement stays
        a candidate of the ranker ("l'acte d'accusation du TPIR" the rules leave open), and so
        does a place ("le patron de Matignon": the ranker may read the metonymy)."""
        return frozenset(
            start
            for start, _end, n in index.covering(span.start_char, span.end_char)
            if start >= span.start_char
            and self._not_speaker(span, start, index, n) in (PARENTHESES, CLAUSE, LIST)
        )

    def note_named_speakers(self, spans: list[Span], index: ActorIndex) -> None:
        """The persons the document's speaker words name as the speaker, where each is named
        there (_person_ahead: the article quotes its person by name further on)."""
        self.named_speakers = {}
        for span in spans:
            for start, _end, n in index.covering(span.start_char, span.end_char):
                actor = index.actors[n]
                if actor.get("type") == "person" and self.names_speaker(span, start, index, n):
                    self.named_speakers.setdefault(index.numbers_of(actor)[0], start)

    # ---- resolution ---------------------------------------------------------------------
    def resolve(self, doc: Doc, span: Span, index: ActorIndex, quotes) -> dict | None:
        """The actor a speaker text designates, or None (anonymous, unknown)."""
        self.self_named = persons_named_in_quote(index, quotes)
        self.goes_on_open = None
        span = _voice_of(doc, span) or span  # "La France, par la voix de son ministre X": X
        self.last_resort = None
        try:  # _person_ahead below reads self_named too: inside the try, before it is reset
            actor = self._resolve(doc, span, index, quotes)
            if actor is None and self.last_resort is not None:
                start, end, prominent = self.last_resort
                if (start, end) == (span.start_char, span.end_char):
                    actor = prominent
            if actor is None and span.end_char not in self.unnamed_cues:
                # not words the rules read as someone unnamed ("un professeur … a poursuivi le
                # professeur"): no one named further on is them
                actor = self._person_ahead(doc, span, index, quotes)
        finally:
            self.self_named = frozenset()
        if (
            actor is not None
            and names_actor(span, actor)
            and not self._speaks_for(span, actor)
            and _spelled_in_parentheses(span, index.covering(span.start_char, span.end_char), index)
            is not actor
            and set(index.numbers_of(actor)) & self._spoken_of(span, index)
        ):
            return None  # "les services du chancelier X": a title read back to X, who is named
        return actor  # as someone the words speak of

    def _person_role(self, head) -> bool:
        """A noun that says what a person is: "le professeur", "l'enseignante"."""
        lower = head.lower_
        return (
            lower in self.person_nouns
            or lower in self.title_heads
            or lower.endswith(self.person_endings)
        )

    def _demonstrated_person(self, span: Span, head) -> bool:
        """ "ce médecin", "cette employée": a demonstrative and a singular noun that says what
        a person is; not "cette source" (someone unnamed) nor "cette femme", which may be
        the unnamed woman of any line before (left to the ranker)."""
        if span[0].lower_ not in DEMONSTRATIVE or head.pos_ != "NOUN":
            return False
        lower = head.lower_
        if "Plur" in head.morph.get("Number") or lower in self.plain_persons:
            return False
        role = lower in self.person_nouns or lower in self.title_heads
        if lower in self.anonymous and not role:
            return False
        return role or lower.endswith(self.person_endings) or lower.endswith(("é", "ée"))

    def _speaks_for(self, span: Span, actor: dict) -> bool:
        """ "nos confrères de BFMTV", "les précisions de France Bleu": the staff or the words
        of the organization named after them are its voice, not someone it speaks of."""
        head = head_noun(span)
        return (
            actor.get("type") == "organization"
            and head is not None
            and head.lower_.rstrip("s") in self.voices
        )

    def _resolve(self, doc: Doc, span: Span, index: ActorIndex, quotes) -> dict | None:
        lower = span.text.lower().lstrip("-")
        if len(span) == 1 and lower in self.pronouns:
            return self._pronoun(doc, span, lower, index, quotes)
        if lower in RELATIVE_HEADS and _heads_relative(span):  # "a déclaré celui qui …"
            return self._taken_up(doc, span, RELATIVE_HEADS[lower], index, quotes)
        if lower in THE_LATTER:  # "ce dernier": the person named last, whoever the topic is
            return person_named_last(doc, index, span.start_char, quotes)
        # "a confié le parquet à France 3", "face à Ruth Elkrief", "Contacté par France Info,
        # X": the one spoken to or who relayed the words is no speaker; "la ministre" read as
        # a mention of a man is left to the description steps below
        covering = eligible(span, index, index.covering(span.start_char, span.end_char))
        people = [m for m in covering if index.actors[m[2]].get("type") == "person"]
        spelled = None if people else _spelled_in_parentheses(span, covering, index)
        if spelled is not None:  # "le service d'incendie et de secours (Sdis)": the Sdis
            return spelled
        if people:  # "le député de [Seine-Saint-Denis] Yanis Berkane": not a complement's name
            people.sort(key=lambda m: in_of_complement(doc, m[0]))
            if in_of_complement(doc, people[0][0]) and _someone_of(span, people[0][0]):
                return None  # "la nièce de Marine Le Pen", "le cabinet de X": someone of X's
        # a name inside a complement, a clause or parentheses is not the speaker: "les
        # services du chancelier X", "Le Conseil, auquel X a demandé", "L'intersyndicale (CGT"
        covering = [m for m in covering if self.names_speaker(span, m[0], index, m[2])]
        people = [m for m in people if m in covering]
        if people:
            return index.actors[people[0][2]]
        named = _named_person(span, index, self.names_speaker)
        named = (
            named or _person_by_part_of_name(span, index) or self._person_apposed(doc, span, index)
        )
        if named is not None:
            return named
        head = head_noun(span)
        if (
            span[0].lower_ in INDEFINITE
            and head is not None
            and head.pos_ == "NOUN"
            and head.lower_ not in self.documents
        ):
            if "Plur" not in head.morph.get("Number") and not self.described_name(doc, span, index):
                self.unnamed_cues.add(span.end_char)
            return None  # "un député Renaissance": someone unnamed, not the party
        head_end = head_part_end(span)
        inside = [m for m in covering if m[0] < head_end]
        if inside:
            return index.actors[inside[0][2]]
        if head is None or head.lower_ in self.time_words or head.lower_ in PERIOD_NOUNS:
            return None  # "a rapporté la semaine dernière le site X": a date, not the speaker
        # "ajoute le quotidien": the one cited; before the documents, whose "site" a
        # complement makes a medium ("précise le site d'informations")
        medium = medium_noun(span, head, self.media)
        if medium is not None:
            # none of that kind named: some medium we do not know, no guess
            return latest_medium(index, span.start_char, quotes, self.media, medium)
        noun = lemma(head).lower()
        if head.lower_ in self.documents or noun in self.documents:
            author = self._document_author(doc, span, covering, index, quotes)
            if author is not None and span[0].lower_ not in DEFINITE:
                index.authors[normalize(head.lower_)] = author  # "une étude de X" … "l'étude"
            return author
        if span[0].lower_ in INDEFINITE:
            return None
        if (
            span[0].lower_ in DEFINITE
            and head.pos_ == "NOUN"
            and self._person_role(head)
            and self._introduced_unnamed(doc, span, head, index)
        ):
            self.unnamed_cues.add(span.end_char)
            return None  # "un professeur … a poursuivi le professeur": no one named
        if self._demonstrated_person(span, head):
            if self._introduced_unnamed(doc, span, head, index):
                self.unnamed_cues.add(span.end_char)
                return None  # "une habitante … raconte cette habitante": no one named
            # "souligne ce médecin", "explique cette employée": the person in view, whatever
            # title another holds ("ce médecin" after M. Bamallem, not the other doctor)
            gender = gender_of(span) or self._noun_gender(head)
            return self._person_before(doc, index, span.start_char, gender, quotes, latest=True)
        if head.lower_ in self.synonyms:  # "l'élu" after "le maire de Roubaix, X"
            actor = self._by_known_title(span, index)
            if actor is not None:
                return actor
        if self._bare_person_noun(span, head, index):  # "l'accusé", "l'élue", "la Lyonnaise"
            gender = gender_of(span) or self._noun_gender(head)
            role = normalize(head.lower_) if head.lower_ in self.person_nouns else None
            # "a souri le Belge", "raconte la jeune femme": new facts on the person just named
            latest = self._demonym(head) or head.lower_ in self.plain_persons
            return self._person_before(
                doc, index, span.start_char, gender, quotes, None if latest else role, latest
            )
        actor = self._organization_by_head(span, head, index)
        if actor is None:
            actor = self._organization_of_staff(doc, span, head, index, quotes)
        if actor is None:
            actor = self._by_title(doc, span, index)
        if actor is not None:
            return actor
        if self._role_at_place(span, head, index):  # "la procureur de Besançon"
            gender = gender_of(span) or self._noun_gender(head)
            role = normalize(head.lower_)
            return self._person_before(doc, index, span.start_char, gender, quotes, role)
        unknown = [
            t
            for t in span
            if t.pos_ == "PROPN" and t.i > span.start and not is_place(t, index) and t.i != head.i
        ]  # the head is no name even when tagged PROPN: "l'ONG", "la SNCF" is resolved below
        if any(not index.covering(t.idx, t.idx + len(t)) for t in unknown):
            return None  # a name the actors component does not know: no guess
        if "Plur" in head.morph.get("Number"):
            return None  # "les autorités mexicaines": a group, not an actor of the article
        if noun in self.anonymous or head.lower_ in self.anonymous:
            return None
        if noun in self.organizations or head.lower_ in self.organizations:
            named_org = [m for m in covering if index.actors[m[2]].get("type") == "organization"]
            if named_org:  # "le Centre national d'études spatiales (Cnes)"
                return index.actors[named_org[0][2]]
            if names_besides(span[1:], head):
                return None  # "l'office de tourisme du Pays de Salers": one the actors miss
            called = self._organization_called(span, head, index)
            if called is not None:  # "Wistand, une plateforme" … "la plateforme": Wistand
                return called
            if noun in self.institutions or head.lower_ in self.institutions:
                return self._institution(index, head)  # "le gouvernement": not an anaphor
            latest = self._last_of_type(
                index, span.start_char, "organization", quotes, doc, past_complements=True
            )
            return latest or self._organization_ahead(doc, span, head, index, quotes)
        if any(t.pos_ == "PROPN" for t in span[1:]):
            if self._role_of_org(span, head, index) and self._opens_sentence(doc, span):
                return self._person_just_named(doc, span, head, index, quotes, speaker_only=True)
            return None  # "l'économiste de la banque ING": someone specific, not known here
        if self._role_noun(span, head):
            actor = self._person_just_named(doc, span, head, index, quotes)
            if actor is not None:  # "Thomas Pesquet … L'astronaute a expliqué": him
                return actor
        if head.pos_ == "NOUN" and head.lower_.endswith(self.person_endings):
            # a definite description of a person that holds no known title ("l'écrivaine",
            # "le vainqueur"): the person the article is about ("le mathématicien" after a
            # line on Macron is still Villani), else the last person named before it
            gender = gender_of(span)
            main = None
            if span[0].lower_ in DEFINITE and all(t.pos_ in ("DET", "ADJ", "NOUN") for t in span):
                role = normalize(head.lower_)
                main = self._main_person(index, span.start_char, gender, quotes, role)
            return main or self._person_before(doc, index, span.start_char, gender, quotes)
        return None


# "celui qui", "celle qui": the person a relative clause describes, taken up like a pronoun
RELATIVE_HEADS = {"celui": "Masc", "celle": "Fem"}


def _heads_relative(span: Span) -> bool:
    """ "celui qui", "celle dont": the word alone, a relative pronoun right after it."""
    doc = span.doc
    return len(span) == 1 and span.end < len(doc) and doc[span.end].lower_ in ("qui", "dont")


def _spelled_in_parentheses(span: Span, covering, index: ActorIndex) -> dict | None:
    """The organization named alone in the parentheses that close the speaker words, after a
    singular definite noun that spells it out ("la société d'exploitation de la tour Eiffel
    (Sete)"): the same body, not a member or a complement in brackets ("L'intersyndicale
    (CGT, FO"), which leaves the parentheses open or lists several names."""
    if len(span) < 4 or span[-1].text != ")" or span[0].lower_ not in DEFINITE:
        return None
    opening = next((t for t in reversed(span) if t.text == "("), None)
    head = head_noun(span)
    if opening is None or head is None or head.i >= opening.i or not head.is_lower:
        return None
    inside = [m for m in covering if m[0] > opening.idx]
    if len(inside) != 1 or opening.i + 3 != span.end:
        return None
    actor = index.actors[inside[0][2]]
    return actor if actor.get("type") == "organization" else None


def _voice_of(doc: Doc, span: Span) -> Span | None:
    """The words after "par la voix de" in the speaker words ("La France, par la voix du chef
    de la diplomatie X"): whoever lends a body their voice is the one who speaks."""
    for token in span[:-3]:
        if (
            token.lower_ == "par"
            and doc[token.i + 1].lower_ == "la"
            and doc[token.i + 2].lower_ == "voix"
        ):
            of = doc[token.i + 3]
            if of.lower_ in ("de", "d'", "d’", "du") and of.i + 1 < span.end:
                return doc[of.i + 1 : span.end]
    return None


def _someone_of(span: Span, start: int) -> bool:
    """A common noun heads the speaker words before the name: "le cabinet d'X"; not "la
    famille de Vogüé", the family that bears the name."""
    nouns = [t for t in span if t.pos_ == "NOUN" and t.idx < start]
    return bool(nouns) and nouns[0].lower_ not in FAMILY_NOUNS


def _named_person(span: Span, index: ActorIndex, names_speaker) -> dict | None:
    """A person's name inside the words even where the NER missed it ("du Montana Mark X"),
    where it is the speaker (``names_speaker``), not one the words speak of."""
    words = [t.text for t in span]
    found = None
    for k, word in enumerate(words):
        end = span[k].idx + len(word)
        named = [
            n
            for n, name in index.full_names().get(word, ())
            if words[k : k + len(name)] == name
            and not excluded(span, index, (span[k].idx, end, n))
            and names_speaker(span, span[k].idx, index, n)
        ]
        if not named:
            continue
        found = min(named) if found is None else min(found, *named)
    return index.actors[found] if found is not None else None


def _person_by_part_of_name(span: Span, index: ActorIndex) -> dict | None:
    """ "raconte Fabien", "a souligné M. Wray": a first or last name alone, where the actors
    give no mention, is the latest person named before whose name holds it."""
    words = [t for t in span if t.lower_ not in STRONG_MASC | STRONG_FEM and not t.is_punct]
    if not words or len(words) > 2 or not all(t.pos_ == "PROPN" or t.is_title for t in words):
        return None
    if excluded(span, index, (words[0].idx, words[-1].idx + len(words[-1]), -1)):
        return None  # "a confié à Fabien": the one spoken to
    wanted = {t.text for t in words}
    for _start, _end, n in index.before(span.start_char):
        actor = index.actors[n]
        if actor.get("type") != "person" or not wanted <= set(actor.get("name", "").split()):
            continue
        if not misread(span, index, n):  # "M. Pompeo" is not Susan Pompeo
            return actor
    return None
