"""Description speakers: "le maire", "la régie", "l'étude", "la secrétaire générale de la CGT".

A description resolves by the titles and names the article gave its actors ("le maire de Y,
X"), by title synonyms (édile = maire) kept as data, or by the person or organisation just
named when the role fits; a description with no such evidence stays unresolved.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsfacts.components.quotes.index import ActorIndex, QuoteZones, Stretches, inside_quotes
from newsfacts.components.quotes.model import names_besides
from newsfacts.components.quotes.phrases import CIVILITIES, OF_WORDS, PLACE_OF_WORDS
from newsfacts.components.quotes.speaker_filter import addressed, in_brackets, misread
from newsfacts.components.quotes.speaker_words import (
    DEFINITE,
    DEMONSTRATIVE,
    INDEFINITE,
    POSSESSIVES,
    doc_word,
    ends_sentence,
    gender_of,
    head_noun,
    is_place,
    is_subject,
    may_hold,
    normalize,
    reading,
    sentence_start,
)

# "les épidémiologistes de l'agence", "nos confrères de BFMTV": who speak for an organization
STAFF_DETERMINERS = frozenset({*DEFINITE, "les", "nos", "notre"})
# built once, not per quote: "la comédienne" / "cette médecin"; "la compagnie X" / "X, une
# plateforme"
DEFINITE_OR_DEMONSTRATIVE = DEFINITE | DEMONSTRATIVE
ARTICLES = DEFINITE | INDEFINITE


# what keeps a name out of the phrase of an indefinite noun: "un professeur qui lui a dit que
# Macron …" names Macron in a clause, not the professor
CLAUSE_DEPS = frozenset({"acl:relcl", "acl", "ccomp", "advcl", "parataxis"})
NAME_REACH = 4  # tokens after an indefinite noun's phrase where an apposed name may come
# how far after a lede's organisation noun the organisation may first be named
ORGANIZATION_AHEAD_CHARS = 1200
MAIN_MENTIONS = 2  # a main person is named at least this often, and twice as often as anyone
APPOSITION_TITLE_WORDS = 4  # words before an apposed name: ", le démocrate Peter DeFazio,"
TITLE_TAGS = frozenset({"DET", "ADJ", "NOUN"})


class DescriptionSteps:
    """The description steps of SpeakerResolver (a mixin: it reads the resolver's lexicon)."""

    def _introduced_unnamed(self, doc: Doc, span: Span, head: Token, index: ActorIndex) -> bool:
        """ "interpellé par un professeur de maths … « … », a poursuivi le professeur": the
        article brought the role in with an indefinite article and gave it no name, and no
        actor holds it: the definite description takes up that unnamed person, not the last
        person named ("un expert judiciaire, le docteur Daniel Zagury" is named)."""
        role = normalize(head.lower_)
        if any(role in titles for titles in index.titles.values()):
            return False
        first = None
        for k in self._indefinite_nouns(doc, index).get(role, ()):
            if doc[k].idx >= span.start_char:
                break
            if self._named_after(doc, doc[k], index):
                return False
            first = doc[k].idx if first is None else first
        if first is None:
            return False
        gender = gender_of(span) or self._noun_gender(head)
        for start, _end, n in index.before(span.start_char):
            if start < first:
                return True
            known = index.gender.get(n)
            if index.actors[n].get("type") != "person" or (gender and known and known != gender):
                continue
            if not index.titles.get(n):
                return False  # "une jeune femme dénonce … Yafaa Chaim assure": named since
        return True

    def _indefinite_nouns(self, doc: Doc, index: ActorIndex) -> dict[str, list[int]]:
        """The singular nouns after "un"/"une", by their genderless form (once per document)."""
        if self.indefinite_nouns is not None:
            return self.indefinite_nouns
        nouns: dict[str, list[int]] = {}
        for token in doc:
            if token.pos_ != "NOUN" or "Plur" in token.morph.get("Number"):
                continue
            if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children):
                nouns.setdefault(normalize(token.lower_), []).append(token.i)
        self.indefinite_nouns = nouns
        return nouns

    def _organization_called(self, span: Span, head: Token, index: ActorIndex) -> dict | None:
        """ "Wistand, une plateforme qui …" … "explique la plateforme": the organisation the
        article last called by this noun, in apposition to its name, before the words."""
        # nothing but an article and adjectives besides the noun: "la plateforme Airbnb" names
        # its own, "la plateforme de réservation" has a complement that says which
        if any(not (t.i == head.i or t.pos_ in ("DET", "ADJ")) for t in span):
            return None
        found = None
        for start, n in self._organizations_called(span.doc, index).get(normalize(head.lower_), ()):
            if start >= span.start_char:
                break
            found = n
        return None if found is None else index.actors[found]

    def _organizations_called(
        self, doc: Doc, index: ActorIndex
    ) -> dict[str, list[tuple[int, int]]]:
        """The nouns in apposition to an organisation's name ("la compagnie aérienne EasyJet",
        "Wistand, une plateforme"), each with where the name is and whose (once per document)."""
        if self.organization_nouns_called is not None:
            return self.organization_nouns_called
        called: dict[str, list[tuple[int, int]]] = {}
        for start, end, n in index.mentions:
            name = doc.char_span(start, end, alignment_mode="expand")
            if name is None or index.actors[n].get("type") != "organization":
                continue
            for noun in _apposed_nouns(name):
                if noun.lower_ in self.organizations:
                    called.setdefault(normalize(noun.lower_), []).append((start, n))
        self.organization_nouns_called = called
        return called

    def _organization_ahead(self, doc, span, head, index, quotes) -> dict | None:
        """ "a souligné l'agence. (…) Hasto Wardoyo, chef du service de planning familial
        (BKKBN)": a lede that describes its organisation before naming it (the summary above
        the text named it): where the article named no organisation before the words, outside
        quote marks, the first one it names shortly after, not a medium ("à l'AFP" relays)."""
        if span[0].lower_ not in DEFINITE or "Plur" in head.morph.get("Number"):
            return None
        if any(not (t.i == head.i or t.pos_ in ("DET", "ADJ")) for t in span):
            return None  # "la direction générale de la santé": its complement says which
        for start, _end, n in index.before(span.start_char):
            actor = index.actors[n]
            if actor.get("type") == "organization" and not inside_quotes(start, quotes):
                return None
        for start, end, n in index.after(span.end_char):
            if start - span.end_char > ORGANIZATION_AHEAD_CHARS:
                return None
            actor = index.actors[n]
            if actor.get("type") != "organization" or inside_quotes(start, quotes):
                continue
            if self.media.kinds_of(actor) is not None or addressed(doc, start, end):
                continue
            return actor
        return None

    @staticmethod
    def described_name(doc: Doc, span: Span, index: ActorIndex) -> bool:
        """ "a confié Aïcha, une mère de famille": a person's name right before the speaker
        words, a comma between (or right after them): the words describe her."""
        edges = []
        if span.start >= 2 and doc[span.start - 1].text == ",":
            edges.append(doc[span.start - 2])
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            edges.append(doc[span.end + 1])
        return any(
            index.actors[n].get("type") == "person"
            for token in edges
            for _s, _e, n in index.covering(token.idx, token.idx + len(token))
        )

    def _person_apposed(self, doc: Doc, span: Span, index: ActorIndex) -> dict | None:
        """ "le président de la commission des Transports, le démocrate Peter DeFazio, a
        appelé", "Selon un responsable de la direction sanitaire du Vatican, Andrea Arcangeli,
        les agents …": the person named in an apposition right after words that describe a
        person, between commas, is the one they describe."""
        head = head_noun(span)
        if head is None or span.end + 2 >= len(doc) or doc[span.end].text != ",":
            return None
        singular = head.lower_[:-1] if head.lower_.endswith("s") else head.lower_
        person = singular in self.title_heads or singular in self.person_nouns
        if not (person or self._person_role(head)):
            return None  # "selon le quotidien, X, …": the words describe no person
        for token in doc[span.end + 1 : span.end + 2 + APPOSITION_TITLE_WORDS]:
            found = [
                (start, end, n)
                for start, end, n in index.covering(token.idx, token.idx + len(token))
                if start == token.idx and index.actors[n].get("type") == "person"
            ]
            if found:
                name = doc.char_span(found[0][0], found[0][1], alignment_mode="expand")
                closed = name is not None and name.end < len(doc) and doc[name.end].text == ","
                return index.actors[found[0][2]] if closed else None
            if not (token.pos_ in TITLE_TAGS or token.lower_ in CIVILITIES) or token.is_punct:
                return None  # "le quotidien, Emmanuel Macron a …": no apposition
        return None

    @staticmethod
    def _named_after(doc: Doc, noun: Token, index: ActorIndex) -> bool:
        """Whether a person's name comes in the noun's phrase or right after it ("un
        habitant, Jean Dupont"), not in a clause hung on it."""
        phrase = [noun]
        stack = [c for c in noun.children if c.dep_ not in CLAUSE_DEPS]
        while stack:
            token = stack.pop()
            phrase.append(token)
            stack.extend(c for c in token.children if c.dep_ not in CLAUSE_DEPS)
        end = max(t.i for t in phrase if t.i >= noun.i)
        reach = [doc[j] for j in range(end + 1, min(end + 1 + NAME_REACH, len(doc)))]
        for token in phrase + reach:
            if token.i < noun.i or token.pos_ not in ("PROPN", "NOUN", "X"):
                continue
            for _s, _e, n in index.covering(token.idx, token.idx + len(token)):
                if index.actors[n].get("type") == "person":
                    return True
        return False

    def _role_noun(self, span: Span, head: Token) -> bool:
        """ "l'astronaute", "l'ancienne ministre": an article, adjectives and a role noun."""
        if span[0].lower_ not in DEFINITE or head.pos_ != "NOUN":
            return False
        if "Plur" in head.morph.get("Number") or head.lower_ not in self.title_heads:
            return False
        return all(t.i == head.i or t.pos_ in ("DET", "ADJ") for t in span)

    def _role_of_org(self, span: Span, head: Token, index: ActorIndex) -> bool:
        """ "la secrétaire générale de la CGT": a role noun whose complement names a known
        organisation and nothing else."""
        if span[0].lower_ not in DEFINITE or head.lower_ not in self.title_heads:
            return False
        names = [t for t in span if t.pos_ == "PROPN"]
        return all(
            any(
                index.actors[m[2]].get("type") == "organization"
                for m in index.covering(t.idx, t.idx + len(t))
            )
            for t in names
        )

    def _role_at_place(self, span: Span, head: Token, index: ActorIndex) -> bool:
        """ "la procureur de Besançon", "le maire de Quimper": a role whose only names are
        places takes up the person the article is about, as a bare role noun does."""
        if span[0].lower_ not in DEFINITE or head.lower_ not in self.title_heads:
            return False
        names = names_besides(span, head)
        if len(names) == 1 and names[0].i == span.end - 1 and doc_word(names[0], -1) in OF_WORDS:
            return not index.covering(names[0].idx, names[0].idx + len(names[0]))  # a town
        return bool(names) and all(is_place(t, index) for t in names)

    @staticmethod
    def _opens_sentence(doc: Doc, span: Span) -> bool:
        return span.start == 0 or ends_sentence(doc[span.start - 1])

    def _person_just_named(self, doc, span, head, index, quotes, speaker_only=False) -> dict | None:
        """A definite role noun that takes up the person the previous sentence was about: its
        subject or the one just quoted, named there, of a fitting gender and titles. A new
        person would come with a name or an indefinite article ("un porte-parole")."""
        sentence = sentence_start(doc, span.start_char)
        previous = sentence_start(doc, max(sentence - 2, 0)) if sentence > 1 else sentence
        gender = gender_of(span) or self._noun_gender(head)
        role = normalize(head.lower_)
        for start, end, n in index.before(span.start_char):
            if start < previous:
                return None
            actor = index.actors[n]
            if actor.get("type") != "person" or inside_quotes(start, quotes):
                continue
            if n in self.self_named:
                continue
            known = index.gender.get(n)
            if gender and known and known != gender:
                continue  # "Y reçoit X. … la ministre" when X is a man: Y, if she fits
            if not may_hold(index.titles.get(n), role):
                return None  # the article gave X another role
            spoke = actor is index.last_speaker
            if spoke or (not speaker_only and is_subject(doc, start, end)):
                return actor
            return None
        return None

    def _main_person(self, index: ActorIndex, offset: int, gender, quotes, role) -> dict | None:
        """The person the article is about (main_person_of), named before offset, quoted
        before, of a gender that fits, where no one else holds the role ("le défenseur" is
        the lawyer the article named so)."""
        main, first = self._article_main_person(index, quotes)
        if main is None or first >= offset or main in self.self_named:
            return None
        known = index.gender.get(main)
        if gender and known and known != gender:
            return None
        numbers = set(index.numbers_of(index.actors[main]))
        if not numbers & index.speakers:
            return None  # the story's victim or the one it speaks of, not a voice in it
        if role not in self.role_holders:
            self.role_holders[role] = {n for n, titles in index.titles.items() if role in titles}
        return None if self.role_holders[role] - numbers else index.actors[main]

    def _article_main_person(self, index: ActorIndex, quotes) -> tuple[int | None, int]:
        """main_person_of the document, found once: names inside quote marks do not count, the
        marks alone (not the quote at hand), so that the answer holds for every quote."""
        if self.main_person is None:
            self.main_person = main_person_of(index, self._quote_marks(quotes))
        return self.main_person

    @staticmethod
    def _quote_marks(quotes):
        """The stretches inside quote marks alone, not the quote at hand."""
        if isinstance(quotes, QuoteZones):
            return quotes.marks
        return Stretches((q.start, q.end) for q in quotes)

    def _person_ahead(self, doc: Doc, span: Span, index: ActorIndex, quotes) -> dict | None:
        """ "« … », explique la comédienne au journaliste X. (…) répond Mimie Mathy": an
        article that opens on its person's description, named only further on (the summary
        above the text named them): a definite or demonstrative person noun before any person
        is named outside quote marks takes up the person the article is about."""
        head = head_noun(span)
        if head is None or not self._describes_a_person(span, head):
            return None
        if any(
            index.actors[n].get("type") == "person" and not inside_quotes(start, quotes)
            for start, _end, n in index.before(span.start_char)
        ):
            return None
        gender = gender_of(span) or self._noun_gender(head)
        role = normalize(head.lower_)
        first = min(  # the first named of them after the words
            (
                (start, n)
                for n, start in self.named_speakers.items()
                if start > span.end_char
                and n not in self.self_named
                and not (gender and index.gender.get(n) and index.gender.get(n) != gender)
                and may_hold(index.titles.get(n), role)  # the article gave X another role
            ),
            default=None,
        )
        return None if first is None else index.actors[first[1]]

    def _describes_a_person(self, span: Span, head: Token) -> bool:
        """ "la comédienne", "l'artiste de 64 ans", "cette médecin": a definite or demonstrative
        singular noun that says what a person is, not someone of another's ("la mère de")."""
        if span[0].lower_ not in DEFINITE_OR_DEMONSTRATIVE or head.pos_ != "NOUN":
            return False
        if "Plur" in head.morph.get("Number") or head.lower_ in self.kin_nouns:
            return False
        lower = head.lower_
        if lower in self.organizations or lower in self.media.nouns or lower in self.documents:
            return False  # "l'hebdomadaire satirique": a person's ending, a medium's noun
        if lower in self.anonymous:
            return False  # "l'auteur", "le témoin": someone the article need not name
        if names_besides(span, head):
            return False  # "l'auteur du message, une certaine Lilie": a name of its own
        return self._person_role(head)

    def _organization_by_head(self, span: Span, head: Token, index: ActorIndex) -> dict | None:
        """ "le tribunal" after "le tribunal correctionnel de Marseille", "la commission" after
        "la Commission européenne": a definite noun that heads an organization's name."""
        if span[0].lower_ not in DEFINITE or head.pos_ != "NOUN":
            return None
        if any(t.pos_ == "PROPN" for t in span) or "Plur" in head.morph.get("Number"):
            return None
        word = normalize(head.lower_)
        for _start, _end, n in index.before(span.start_char):
            actor = index.actors[n]
            name = actor.get("name", "").split()
            if actor.get("type") == "organization" and name and normalize(name[0]) == word:
                return actor
        return None

    def _organization_of_staff(self, doc, span, head, index, quotes) -> dict | None:
        """ "les épidémiologistes de l'agence", "les services de la préfecture": the staff
        speak for their organization; so do "nos confrères de BFMTV" for their medium and
        "les précisions de France Bleu", "les informations du quotidien", its words."""
        if span[0].lower_ not in STAFF_DETERMINERS or head.lower_.rstrip("s") not in self.voices:
            return None
        return self._organization_of(doc, span, head, index, quotes)

    def _organization_of(self, doc, span, head, index, quotes) -> dict | None:
        """The organization the complement after the head names or describes; a word may
        stand between them ("la direction Nord de La Poste", "les services techniques de")."""
        k = head.i + 1
        if k < span.end and doc[k].lower_ not in PLACE_OF_WORDS and doc[k].pos_ in ("ADJ", "PROPN"):
            k += 1
        if k + 1 >= span.end or doc[k].lower_ not in PLACE_OF_WORDS:
            return None
        named = self._named_organization_at(doc[k + 1 : span.end], index)
        if named is not None:  # "notre confrère du Figaro": the name is the complement's
            return named
        if doc[k].lower_ == "des":
            return None
        body = doc[k + 1 : span.end] if doc[k].lower_ != "du" else doc[k : span.end]
        actor = self._resolve(doc, body, index, quotes)
        return actor if actor is not None and actor.get("type") == "organization" else None

    @staticmethod
    def _named_organization_at(body: Span, index: ActorIndex) -> dict | None:
        """The organization whose name opens ``body`` (after an article): "Figaro" of "du
        Figaro", "La Poste" of "de La Poste"; not one named further in ("de la filiale de X")."""
        first = body[1] if len(body) > 1 and body[0].lower_ in DEFINITE else body[0]
        for start, _end, n in index.covering(first.idx, body.end_char):
            actor = index.actors[n]
            if start <= first.idx and actor.get("type") == "organization":
                return actor
        return None

    def _institution(self, index: ActorIndex, head: Token) -> dict | None:
        """ "le gouvernement", "la préfecture": the actor whose name says so, or no one."""
        words = {
            normalize(w) for w in (head.lower_, *self.institution_synonyms.get(head.lower_, ()))
        }
        found = [n for n in (index.organization_words(normalize).get(w) for w in words) if n]
        return index.actors[min(found) - 1] if found else None

    def _document_author(self, doc, span, covering, index, quotes) -> dict | None:
        """ "les chiffres publiés par l'Insee", "le baromètre du cabinet X": the author speaks;
        "l'étude" alone: the last organization; "une étude" alone: no one known."""
        agent = next((t for t in span if t.lower_ == "par" and t.i + 1 < span.end), None)
        if agent is not None and agent.i > 0 and reading(doc[agent.i - 1]):
            return None  # "des documents consultés par l'AFP": a reader, not the author
        if agent is not None:  # "l'enquête menée par la brigade financière": the agent or no one
            by = doc[agent.i + 1 : span.end]
            actor = self._resolve(doc, by, index, quotes)
            named = index.covering(by.start_char, by.end_char)  # "par une équipe de l'IGE"
            if actor is None and named and index.actors[named[0][2]].get("type") != "person":
                actor = index.actors[named[0][2]]
            return actor
        if span[0].lower_ in POSSESSIVES and len(span) <= 3:
            return index.last_speaker  # "selon ses calculs": those of the one just quoted
        published_in = next((t.idx for t in span if t.lower_ == "dans"), span.end_char)
        covering = [m for m in covering if m[0] < published_in]  # "publiée dans la revue X"
        if covering:
            return index.actors[covering[0][2]]
        head = head_noun(span)
        if span[0].lower_ in STAFF_DETERMINERS and head is not None:
            owner = self._organization_of(doc, span, head, index, quotes)
            if owner is not None:
                return owner  # "les informations du quotidien": the medium just named
        if span[0].lower_ in INDEFINITE or any(t.pos_ == "PROPN" for t in span):
            return None
        known = index.authors.get(normalize(head.lower_)) if head is not None else None
        if known is not None:
            return known  # "L'étude … estime": the study the article attributed before
        if head is not None and _of_unknown_or_many(span, head):
            return None  # "les chiffres officiels", "le communiqué des autorités": no one known
        return self._last_of_type(
            index, span.start_char, "organization", quotes, doc, by_speaker=True
        )

    def _noun_gender(self, noun: Token) -> str | None:
        """ "accusé" / "accusée": the lexicon has both forms, the ending tells."""
        lower = noun.lower_
        if lower + "e" in self.person_nouns or lower.endswith(("ais", "ois", "ien", "ain", "an")):
            return "Masc"
        if lower.endswith("e") and lower[:-1] in self.person_nouns:
            return "Fem"
        if lower.endswith(("aise", "oise", "ienne", "aine", "ane")):
            return "Fem"
        return None

    def _bare_person_noun(self, span: Span, head: Token, index: ActorIndex) -> bool:
        """An article and a person noun, nothing else that would say who: "l'accusé", "la
        cinéaste", "la Lyonnaise" (an inhabitant noun, capitalised); a plain noun's age is no
        complement ("la femme de 85 ans"; a role keeps its title route: "la cinéaste de 38 ans")."""
        age = _age_after(span, head) if head.lower_ in self.plain_persons else range(0)
        words = [
            t
            for t in span
            if not t.is_punct and not (t.pos_ == "ADJ" and t.i != head.i) and t.i not in age
        ]
        if len(words) != 2 or words[0].pos_ != "DET" or words[1].i != head.i:
            return False  # adjectives aside: "la jeune femme", "le vieil homme"
        if words[0].lower_ not in DEFINITE:
            return False
        if head.lower_ in self.person_nouns:
            return True
        if head.is_title and head.lower_ in self.demonyms and words[0].lower_ in ("le", "la"):
            return True  # "le Belge": a person, whatever the NER made of the word
        return (
            head.is_title
            and head.lower_.endswith(self.demonym_endings)
            and not index.places.holds(head.idx)
        )

    def _by_title(self, doc: Doc, span: Span, index: ActorIndex) -> dict | None:
        """The actor holding the title (the actors component's reading, then ours). The
        component's fallback, the article's most prominent person when no one holds the title,
        is kept aside (last_resort): the steps that read the words come first ("le chanteur
        de 93 ans" after a line on Liza Minelli is still Aznavour)."""
        if self.find_actor_by_title is not None:
            try:
                actor = self.find_actor_by_title(doc, span.text, span.start_char, fallback=False)
                if (
                    actor is None
                    and self.find_prominent_for_title is not None
                    and self._may_fall_back(span, index)
                ):  # the holder search above found no one: only the fallback is left to run
                    prominent = self.find_prominent_for_title(doc, span.text, span.start_char)
                    if prominent is not None and self._fits(span, prominent, index):
                        self.last_resort = (span.start_char, span.end_char, prominent)
            except Exception:  # the colleague component must never kill the document
                actor = None
            if actor is not None and self._fits(span, actor, index):
                return actor
        return self._by_known_title(span, index)

    def _fits(self, span: Span, actor: dict, index: ActorIndex) -> bool:
        return not self._title_of_a_complement(actor, span, index) and not any(
            misread(span, index, n) for n in index.numbers_of(actor)
        )

    def _may_fall_back(self, span: Span, index: ActorIndex) -> bool:
        """Whether the most prominent person may be the one described: not a relative ("sa
        fille", "la mère du chanteur": someone of theirs) nor one who acts for someone ("le
        porte-parole", "l'avocat", "l'expert")."""
        head = head_noun(span)
        if head is None:
            return True
        return head.lower_ not in self.kin_nouns and head.lower_ not in self.agent_nouns

    def _title_of_a_complement(self, actor: dict, span: Span, index: ActorIndex) -> bool:
        """The actors component read "avocat de" as a title of X in "l'avocat de X": when the
        title words we keep for X lack the description's head, X is not the one described."""
        head = head_noun(span)
        numbers = index.numbers_of(actor)
        given = [title.split() for title in actor.get("titles", []) if title.split()]
        if head is None or not numbers or not given or actor.get("type") != "person":
            return False
        if any(words[-1] not in OF_WORDS for words in given):
            return False
        titles = set().union(*(index.titles.get(n, set()) for n in numbers))
        return normalize(head.lower_) not in titles

    def _by_known_title(self, span: Span, index: ActorIndex) -> dict | None:
        """The latest actor holding the title, or a title the press uses it for."""
        words = [t for t in span if t.pos_ in ("NOUN", "ADJ", "PROPN") and not t.is_punct]
        if not words:
            return None
        head = normalize(words[0].lower_)
        wanted = {normalize(t.lower_) for t in words[1:] if t.pos_ == "ADJ"}
        phrase = span.text.lower().split(" ", 1)[-1].replace("’", "'")  # without its article
        synonyms = self.synonyms.get(phrase) or self.synonyms.get(words[0].lower_, [])
        heads = {head} | {normalize(word) for word in synonyms}
        for _start, _end, n in index.before(span.start_char):
            if n in self.self_named:
                continue
            titles = index.titles.get(n, set())
            if heads & titles and (wanted <= titles or synonyms):
                if misread(span, index, n):
                    continue  # "la ministre" is not the man who held that title before
                return index.actors[n]
        return None

    def _last_of_type(
        self, index, offset, kind, quotes, doc=None, by_speaker=False, past_complements=False
    ) -> dict | None:
        """The organization that "le groupe", "l'étude" take up: named in this paragraph or
        the one before, not one the article left behind. ``by_speaker`` (a document's author):
        an organization quoted there wins over a later one merely mentioned, unless that one
        is a subject ("selon l'ONU, … la compagnie Cham Wings … d'après le document": the
        UN's document)."""
        first = complement = None
        for start, end, n in index.before(offset):
            if index.actors[n].get("type") != kind or inside_quotes(start, quotes):
                continue
            if doc is not None and not self._still_in_view(doc, index, start, end, offset):
                continue
            if doc is not None and (addressed(doc, start, end) or in_brackets(doc, start, end)):
                continue  # "a expliqué à l'AFP", "faire barrage au RN": not who speaks next
            if kind == "organization" and self.media.kinds_of(index.actors[n]) is not None:
                continue  # "a-t-il dit dans le JDD. Le conseil assure": the relay, not "le conseil"
            if (
                past_complements
                and doc is not None  # no parse to read a complement in: the latest body
                and complement is None
                and _in_complement(doc, index, start)
            ):
                complement = index.actors[n]
                continue  # "les agents de la DDPP": a body the sentence speaks of, in passing
            if complement is index.actors[n]:
                continue  # the same body named before: "la Direction (…) (DDPP)"
            if complement is not None and n not in index.speakers:
                return complement  # only a body quoted before beats it ("les dirigeants de X")
            if doc is None or not by_speaker or n in index.speakers:
                return index.actors[n]
            if first is None and is_subject(doc, start, end):
                return index.actors[n]  # the latest, a subject: what the words go on about
            first = index.actors[n] if first is None else first
        return first or complement


def _apposed_nouns(name: Span) -> list[Token]:
    """The noun before a name, after an article and with adjectives between ("la compagnie
    aérienne EasyJet"), and the one after a comma and an article ("Wistand, une plateforme")."""
    doc, nouns = name.doc, []
    j = name.start - 1
    while j > 0 and doc[j].pos_ == "ADJ":
        j -= 1
    if j > 0 and doc[j].pos_ == "NOUN" and doc[j - 1].lower_ in ARTICLES:
        nouns.append(doc[j])
    k = name.end  # ", une plateforme": a comma, an article, the noun
    after = doc[k : k + 3]
    if len(after) == 3 and after[0].text == "," and after[1].lower_ in ARTICLES:
        nouns += [after[2]] if after[2].pos_ == "NOUN" else []
    return nouns


def _in_complement(doc: Doc, index: ActorIndex, start: int) -> bool:
    """A name after one of OF_WORDS ("de", "du", "à", "chez" ...), maybe and an article ("les
    agents de la DDPP"), or the acronym in brackets after such a name ("de la Direction
    départementale (DDPP)")."""
    name = doc.char_span(start, start + 1, alignment_mode="expand")
    if name is None or name.start == 0:
        return False
    if doc[name.start - 1].text == "(":
        spelled = next(index.before(doc[name.start - 1].idx, 1), None)
        return spelled is not None and _in_complement(doc, index, spelled[0])
    k = name.start - 1
    if doc[k].pos_ == "DET" and k > 0:
        k -= 1
    return doc[k].lower_ in OF_WORDS


def _age_after(span: Span, head: Token) -> range:
    """The token numbers of the age that closes a person's description ("la femme de 85 ans",
    "l'homme de 40 ans"): an adjective-like fact on the person, no complement."""
    doc, end = span.doc, span.end
    if (
        end - head.i == 4
        and doc[head.i + 1].lower_ == "de"
        and doc[end - 2].like_num
        and doc[end - 1].lower_ == "ans"
    ):
        return range(head.i + 1, end)
    return range(0)


def _of_unknown_or_many(span: Span, head: Token) -> bool:
    """Documents that take up no organisation just named: plural ones ("les chiffres
    officiels", "les premières estimations" gather many sources) and those whose complement
    named an author the article does not know ("le communiqué des autorités françaises")."""
    if "Plur" in head.morph.get("Number"):
        return True
    after = span.doc[head.i + 1] if head.i + 1 < span.end else None
    return after is not None and after.lower_ in PLACE_OF_WORDS


def main_person_of(index: ActorIndex, marks) -> tuple[int | None, int]:
    """The person an article is about and where it first names them: named outside quote marks
    at least twice as often as anyone else, and MAIN_MENTIONS times ("l'ostréiculteur" after a
    line on his oyster is still Mathieu Naslin, whom the article names throughout); else
    (None, -1)."""
    counts, first = index.persons_named(marks)
    ranked = sorted(counts.values(), reverse=True)
    runner_up = ranked[1] if len(ranked) > 1 else 0
    if not ranked or ranked[0] < max(MAIN_MENTIONS, 2 * runner_up):
        return None, -1  # no one stands out: "le défenseur" may be anyone of the story
    main = next(n for n, count in counts.items() if count == ranked[0])
    return main, first[main]
