"""Speakers: the words that designate who speaks, and the actor (doc._.actors) they refer to.

A speaker text is a name (``Donald Trump``), a description (``le président américain``, ``le
groupe``), a pronoun (``il``, ``qui``, ``lequel``) or an anonymous source (``une source``). Names
resolve by overlap with an actor mention, descriptions by the titles actors hold in the article,
pronouns by the last compatible person mentioned outside quote marks.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsfacts.components import text_of
from newsfacts.components.entities import load_titles
from newsfacts.components.lemmas import lemma
from newsfacts.components.quotes.index import ActorIndex, Stretches, inside_quotes
from newsfacts.components.quotes.lexicon import QuoteLexicon
from newsfacts.components.quotes.media import Media, describes_medium, latest_medium
from newsfacts.components.quotes.phrases import NP_BODY, OF_WORDS, SpeakerPhrases
from newsfacts.components.quotes.self_mention import persons_named_in_quote

INDEFINITE = frozenset(
    {"un", "une", "des", "plusieurs", "certains", "certaines", "quelques", "de", "d'", "d’"}
)
INDEFINITE |= frozenset({"deux", "trois", "quatre", "nombreux", "nombreuses", "divers"})
# from a word to the head of its phrase: "X, chef économiste de la banque Y" (conj: the parser
# often takes an apposed title for a coordination)
CLIMB_DEPS = frozenset({"nmod", "amod", "flat:name", "appos", "conj"})
DEFINITE = frozenset({"le", "la", "l'", "l’"})
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
STRONG_MASC = frozenset({"m.", "monsieur", "mm."})
STRONG_FEM = frozenset({"mme", "mme.", "madame", "mlle"})


@dataclass
class Resolution:
    actor: dict | None
    span: tuple[int, int]  # speaker_text characters


class SpeakerResolver(SpeakerPhrases):
    def __init__(self, lexicon: QuoteLexicon) -> None:
        super().__init__(lexicon)
        self.anonymous = lexicon.word_set("anonymous_nouns")
        self.organizations = lexicon.word_set("organization_nouns")
        self.documents = lexicon.word_set("document_nouns")
        self.person_endings = tuple(lexicon.words.get("person_noun_endings", ()))
        self.person_nouns = lexicon.word_set("person_nouns")
        self.institutions = lexicon.word_set("institution_nouns")
        self.synonyms = lexicon.words.get("title_synonyms", {})
        self.institution_synonyms = lexicon.words.get("institution_synonyms", {})
        self.plain_persons = lexicon.word_set("plain_person_nouns")
        self.staff = lexicon.word_set("staff_nouns")
        # the first word of every role: "secrétaire" for "secrétaire général"
        self.title_heads = frozenset(title.split()[0] for title in load_titles())
        self.first_names = {
            **{name: "Masc" for name in lexicon.words.get("masculine_first_names", ())},
            **{name: "Fem" for name in lexicon.words.get("feminine_first_names", ())},
        }
        self.pronouns = lexicon.words.get("subject_pronouns", {})
        self.self_named: frozenset[int] = frozenset()  # persons the quote being resolved names
        self.media = Media.from_lexicon(lexicon)
        from newsfacts.components import actors as actors_module

        # The actors component may offer these; our own fallbacks work without them.
        self.find_actor_by_title = getattr(actors_module, "find_actor_by_title", None)
        self.find_person_before = getattr(actors_module, "find_person_before", None)

    # ---- per document -------------------------------------------------------------------
    def index(self, doc: Doc) -> ActorIndex:
        index = ActorIndex(list(doc._.actors or []), text_of(doc))
        index.refresh()
        index.places = Stretches(
            (start, end) for place in doc._.places or [] for start, end in place.get("mentions", [])
        )
        for start, end, n in index.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or index.actors[n].get("type") != "person":
                continue
            _learn_from_context(span, index, n)
        for n, actor in enumerate(index.actors):
            titles = index.titles.setdefault(n, set())
            titles -= self.time_words  # "a prévenu mardi X": "mardi" is no title of X
            for title in actor.get("titles", []):
                titles.update(normalize(word) for word in title.split())
            if actor.get("gender") == "Fem":  # "le maire X" may be a woman: Masc is weak
                index.gender[n] = "Fem"
            self._gender_by_first_name(actor, n, index)
        _share_counterpart_titles(index)
        return index

    def _gender_by_first_name(self, actor: dict, n: int, index: ActorIndex) -> None:
        """ "Sophie Bernard" is a woman where the article gave no other sign; a woman's
        first name also beats the masculine of a title ("le procureur, Carole Etienne")."""
        if actor.get("type") != "person" or not actor.get("name"):
            return
        gender = self.first_names.get(actor["name"].split()[0].lower())
        if gender:  # stronger than an article or an agreement read around the name
            index.gender[n] = gender

    def learn_gender(self, span: Span, actor: dict, index: ActorIndex) -> None:
        """ "« … », a-t-il dit" resolved to X: X is a man, so a later "a-t-elle ajouté" goes
        to someone else ("X a rencontré Y. « … », a-t-il dit. « … », a-t-elle répondu")."""
        lower = span.text.lower().lstrip("-")
        if len(span) != 1 or lower not in ("il", "elle") or actor.get("type") != "person":
            return
        for n in index.numbers_of(actor):
            index.gender.setdefault(n, self.pronouns[lower][0])

    # ---- resolution ---------------------------------------------------------------------
    def resolve(self, doc: Doc, span: Span, index: ActorIndex, quotes) -> dict | None:
        """The actor a speaker text designates, or None (anonymous, unknown)."""
        self.self_named = persons_named_in_quote(index, quotes)
        try:
            return self._resolve(doc, span, index, quotes)
        finally:
            self.self_named = frozenset()

    def _resolve(self, doc: Doc, span: Span, index: ActorIndex, quotes) -> dict | None:
        lower = span.text.lower().lstrip("-")
        if len(span) == 1 and lower in self.pronouns:
            return self._pronoun(doc, span, lower, index, quotes)
        if lower in THE_LATTER:  # "ce dernier": the person named last, whoever the topic is
            return _person_named_last(doc, index, span.start_char, quotes)
        covering = index.covering(span.start_char, span.end_char)
        people = [m for m in covering if index.actors[m[2]].get("type") == "person"]
        if people:  # "le député de [Seine-Saint-Denis] Yanis Berkane": not a complement's name
            people.sort(key=lambda m: _in_of_complement(doc, m[0]))
            return index.actors[people[0][2]]
        named = _named_person(span, index) or _person_by_part_of_name(span, index)
        if named is not None:
            return named
        head = _head_noun(span)
        if (
            span[0].lower_ in INDEFINITE
            and head is not None
            and head.pos_ == "NOUN"
            and head.lower_ not in self.documents
        ):
            return None  # "un député Renaissance": someone unnamed, not the party
        head_end = _head_part_end(span)
        inside = [m for m in covering if m[0] < head_end]
        if inside:
            return index.actors[inside[0][2]]
        if head is None:
            return None
        noun = lemma(head).lower()
        if head.lower_ in self.documents or noun in self.documents:
            author = self._document_author(doc, span, covering, index, quotes)
            if author is not None and span[0].lower_ not in DEFINITE:
                index.authors[normalize(head.lower_)] = author  # "une étude de X" … "l'étude"
            return author
        if span[0].lower_ in INDEFINITE:
            return None
        if describes_medium(span, head, self.media):  # "ajoute le quotidien": the one cited
            medium = latest_medium(index, span.start_char, quotes, self.media)
            if medium is not None:
                return medium
        if head.lower_ in self.synonyms:  # "l'élu" after "le maire de Roubaix, X"
            actor = self._by_known_title(span, index)
            if actor is not None:
                return actor
        if self._bare_person_noun(span, head, index):  # "l'accusé", "l'élue", "la Lyonnaise"
            gender = _gender_of(span) or self._noun_gender(head)
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
            gender = _gender_of(span) or self._noun_gender(head)
            role = normalize(head.lower_)
            return self._person_before(doc, index, span.start_char, gender, quotes, role)
        unknown = [
            t
            for t in span
            if t.pos_ == "PROPN" and t.i > span.start and not _is_place(t, index) and t.i != head.i
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
            if any(t.pos_ == "PROPN" and t.i != head.i for t in span[1:]):
                return None  # "l'office de tourisme du Pays de Salers": one the actors miss
            if noun in self.institutions or head.lower_ in self.institutions:
                return self._institution(index, head)  # "le gouvernement": not an anaphor
            return self._last_of_type(index, span.start_char, "organization", quotes, doc)
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
            # "le vainqueur"): the last person named before it
            gender = _gender_of(span)
            return self._person_before(doc, index, span.start_char, gender, quotes)
        return None

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
        names = [t for t in span if t.pos_ == "PROPN" and t.i != head.i]
        if len(names) == 1 and names[0].i == span.end - 1 and doc_word(names[0], -1) in OF_WORDS:
            return not index.covering(names[0].idx, names[0].idx + len(names[0]))  # a town
        return bool(names) and all(_is_place(t, index) for t in names)

    @staticmethod
    def _opens_sentence(doc: Doc, span: Span) -> bool:
        return span.start == 0 or _ends_sentence(doc[span.start - 1])

    def _person_just_named(self, doc, span, head, index, quotes, speaker_only=False) -> dict | None:
        """A definite role noun that takes up the person the previous sentence was about: its
        subject or the one just quoted, named there, of a fitting gender and titles. A new
        person would come with a name or an indefinite article ("un porte-parole")."""
        sentence = _sentence_start(doc, span.start_char)
        previous = _sentence_start(doc, max(sentence - 2, 0)) if sentence > 1 else sentence
        gender = _gender_of(span) or self._noun_gender(head)
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
                return None  # "X … la ministre" when X is a man: someone else
            if not _may_hold(index.titles.get(n), role):
                return None  # the article gave X another role
            spoke = actor is index.last_speaker
            if spoke or (not speaker_only and _is_subject(doc, start, end)):
                return actor
            return None
        return None

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
        speak for their organization."""
        if span[0].lower_ not in (*DEFINITE, "les") or head.i + 2 >= span.end:
            return None
        if head.lower_.rstrip("s") not in self.staff:
            return None
        of = doc[head.i + 1]
        if of.lower_ not in ("de", "d'", "d’", "du"):
            return None
        body = doc[head.i + 2 : span.end] if of.lower_ != "du" else doc[head.i + 1 : span.end]
        actor = self._resolve(doc, body, index, quotes)
        return actor if actor is not None and actor.get("type") == "organization" else None

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
        if agent is not None and agent.i > 0 and _reading(doc[agent.i - 1]):
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
        if span[0].lower_ in INDEFINITE or any(t.pos_ == "PROPN" for t in span):
            return None
        head = _head_noun(span)
        known = index.authors.get(normalize(head.lower_)) if head is not None else None
        if known is not None:
            return known  # "L'étude … estime": the study the article attributed before
        return self._last_of_type(index, span.start_char, "organization", quotes, doc)

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
        cinéaste", "la Lyonnaise" (an inhabitant noun, capitalised)."""
        words = [t for t in span if not t.is_punct and not (t.pos_ == "ADJ" and t.i != head.i)]
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

    def _pronoun(self, doc, span, lower, index, quotes) -> dict | None:
        gender, number = self.pronouns[lower]
        if lower == "on":
            return None
        if lower in ("qui", "lequel", "laquelle", "lesquels", "lesquelles"):
            return self._antecedent(doc, span, index)
        if number == "Plur":
            return None
        group = self._described_organization_before(doc, span, gender)
        if group is not None:  # "Le groupe, qui emploie …, proposera … Il confirme …"
            return self._resolve(doc, group, index, quotes)
        organization = _organization_subject_before(doc, span, gender, index, quotes)
        if organization is not None:
            return organization
        return self._person_before(doc, index, span.start_char, gender, quotes)

    def _described_organization_before(self, doc: Doc, span: Span, gender) -> Span | None:
        """ "Le groupe" or "La société" opening the previous sentence, when the pronoun opens
        the next one and agrees with it: the organization goes on as the subject."""
        i = span.start
        if i < 3 or not _ends_sentence(doc[i - 1]):
            return None
        j = i - 2
        while j > 0 and not _ends_sentence(doc[j - 1]):
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
            apposed = _person_before_apposition(doc, head, index)
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

    def _by_title(self, doc: Doc, span: Span, index: ActorIndex) -> dict | None:
        if self.find_actor_by_title is not None:
            try:
                actor = self.find_actor_by_title(doc, span.text, span.start_char)
            except Exception:  # the colleague component must never kill the document
                actor = None
            if actor is not None:
                return actor
        return self._by_known_title(span, index)

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
                return index.actors[n]
        return None

    def _person_before(
        self, doc, index, offset, gender, quotes, role=None, latest=False
    ) -> dict | None:
        """The last person named before offset (outside quote marks) whose gender fits.

        A person whose gender the article shows, or who spoke or was the subject of a
        sentence, wins over a more recent person merely mentioned ("a parlé avec X")."""
        compatible = []
        people: set[int] = set()
        for start, end, n in index.before(offset):
            actor = index.actors[n]
            if actor.get("type") != "person" or inside_quotes(start, quotes):
                continue
            if n in self.self_named:
                continue  # named in the quote's own words: spoken of, not speaking
            known = index.gender.get(n)
            if gender and known and known != gender:
                continue
            compatible.append((start, end, n))
            people.add(n)
            if len(people) >= 4:
                break
        if role is not None:  # "l'accusé" is not the one the article calls "l'avocat général"
            fitting = [c for c in compatible if _may_hold(index.titles.get(c[2]), role)]
            compatible = fitting or compatible
        if latest and compatible:
            return index.actors[compatible[0][2]]
        if self._gender_beats(doc, index, offset, gender, compatible):
            return next(index.actors[n] for _, _, n in compatible if index.gender.get(n) == gender)
        subject = _subject_of_latest_sentence(doc, compatible)
        if subject is not None:  # "X a devancé Y et Z. « … », a-t-il dit": X, not Z
            return index.actors[subject]
        for start, end, n in compatible:
            salient = n in index.speakers or _is_subject(doc, start, end)
            if (gender and index.gender.get(n) == gender) or salient:
                return index.actors[n]
        if compatible:
            return index.actors[compatible[0][2]]
        if not any(index.actors[n].get("type") == "person" for _, _, n in index.before(offset)):
            return _person_named_next(index, offset, gender, quotes)  # a lede that opens on "il"
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
        return index.paragraph_breaks(0, start) == 0 and _is_subject(doc, start, end)

    @staticmethod
    def _gender_beats(doc, index, offset, gender, compatible) -> bool:
        """Across a paragraph break, "elle" goes to a person the article showed as a woman
        rather than to the latest subject whose gender it never gave."""
        if not gender or not compatible or index.gender.get(compatible[0][2]) == gender:
            return False
        if not index.paragraph_breaks(compatible[0][1], offset):
            return False
        return any(index.gender.get(n) == gender for _, _, n in compatible)

    def _last_of_type(self, index, offset, kind, quotes, doc=None) -> dict | None:
        """The organization that "le groupe", "l'étude" take up: named in this paragraph or
        the one before, not one the article left behind."""
        for start, end, n in index.before(offset):
            if index.actors[n].get("type") != kind or inside_quotes(start, quotes):
                continue
            if doc is not None and not self._still_in_view(doc, index, start, end, offset):
                continue
            if doc is not None and _addressed(doc, start):
                continue  # "a expliqué à l'AFP", "faire barrage au RN": not who speaks next
            return index.actors[n]
        return None


THE_LATTER = {"ce dernier", "cette dernière", "cette derniere"}
LATTER_LOOKBACK = 8  # mentions: "ce dernier" takes up a name of the sentences just before


def _person_named_last(doc: Doc, index: ActorIndex, offset: int, quotes) -> dict | None:
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


def _organization_subject_before(doc, span, gender, index, quotes) -> dict | None:
    """ "La préfecture a annoncé que … « … », précise-t-elle": when the latest actor named
    outside quote marks is an organisation, subject of its sentence, whose noun agrees with
    the pronoun, the organisation goes on speaking."""
    for start, end, n in index.before(span.start_char):
        if inside_quotes(start, quotes):
            continue
        if index.actors[n].get("type") != "organization" or not _is_subject(doc, start, end):
            return None
        mention = doc.char_span(start, end, alignment_mode="expand")
        if mention is None or _plural_name(mention):
            return None  # "les Bleus ont vaincu …, a-t-il dit": "il" is not the team
        return index.actors[n] if _name_gender(mention) == gender else None
    return None


def _plural_name(mention: Span) -> bool:
    doc = mention.doc
    article = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    return article in ("les", "des", "aux") or "Plur" in mention[0].morph.get("Number")


def _name_gender(mention: Span) -> str | None:
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


def _person_named_next(index: ActorIndex, offset: int, gender, quotes) -> dict | None:
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


def _share_counterpart_titles(index: ActorIndex) -> None:
    """ "Son homologue rennais, X" holds the title of the person named before X: "l'entraîneur
    Y … Son homologue, X": a later "le technicien" may be either of them."""
    counterpart = normalize("homologue")
    for n, titles in index.titles.items():
        if counterpart not in titles or index.actors[n].get("type") != "person":
            continue
        first = min((m[0] for m in index.mentions if m[2] == n), default=None)
        if first is None:
            continue
        for _start, _end, other in index.before(first):
            other_titles = index.titles.get(other, set()) - {counterpart}
            if other != n and other_titles and index.actors[other].get("type") == "person":
                titles.update(other_titles)
                break


def _person_before_apposition(doc: Doc, head: Token, index: ActorIndex) -> dict | None:
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


def _may_hold(titles: set[str] | None, role: str) -> bool:
    return not titles or role in titles


def _subject_of_latest_sentence(doc: Doc, compatible: list[tuple[int, int, int]]) -> int | None:
    """The subject among the candidates named in the sentence of the latest one: a pronoun
    takes up the subject of the previous sentence rather than a person named as its object."""
    if not compatible:
        return None
    sentence_start = _sentence_start(doc, compatible[0][0])
    for start, end, n in compatible:
        if start < sentence_start:
            break
        if start == sentence_start or _is_subject(doc, start, end):
            return n  # a name that opens the sentence is its subject, whatever the parse says
    return None


def _sentence_start(doc: Doc, offset: int) -> int:
    """Where the sentence holding offset starts: after the last ".", "!", "?" or line break
    (the parser's sentences sometimes run across paragraphs)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return offset
    i = span.start
    while i > 0 and span.start - i < 120:
        before = doc[i - 1]
        if before.text in (".", "!", "?") or "\n" in before.text:
            break
        i -= 1
    return doc[i].idx


def _head_noun(span: Span) -> Token | None:
    head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None and len(span) == 2 and span[0].pos_ == "DET" and span[1].is_alpha:
        return span[1]  # "l'accusé", "l'élue": the tagger took the noun for a participle
    return head


def _head_part_end(span: Span) -> int:
    """The phrase before its first complement: "des sources | proches du Conseil"."""
    seen = False
    for token in span:
        if token.pos_ in ("NOUN", "PROPN"):
            seen = True
        elif seen and (token.lower_ in OF_WORDS or token.pos_ in ("ADJ", "VERB")):
            if token.pos_ == "ADJ" and token.i + 1 < span.end and token.nbor().pos_ == "PROPN":
                continue
            return token.idx
    return span.end_char


READING_PARTICIPLES = ("consulté", "obtenu", "vu", "lu", "reçu", "examiné")


def _reading(token: Token) -> bool:
    return token.lower_.rstrip("s").rstrip("e") in READING_PARTICIPLES


def _ends_sentence(token: Token) -> bool:
    return token.text in (".", "!", "?") or "\n" in token.text


def _addressed(doc: Doc, start: int) -> bool:
    """Whether the name at char ``start`` is an indirect object or a dateline: "à l'AFP"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    i = span.start - 1
    if doc[i].pos_ == "DET" and i > 0:
        i -= 1
    return doc[i].lower_ in ("à", "au", "aux", "(")


def _in_of_complement(doc: Doc, start: int) -> bool:
    """Whether the name at char ``start`` follows "de", "du", "à"...: a complement."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    return token is not None and token.start > 0 and doc[token.start - 1].lower_ in OF_WORDS


def _gender_of(span: Span) -> str | None:
    for token in span:
        if token.pos_ in ("DET", "NOUN") and token.morph.get("Gender"):
            gender = token.morph.get("Gender")[0]
            return gender if token.pos_ == "DET" or gender == "Fem" else None
    return None


def normalize(word: str) -> str:
    """Title words without gender: "présidente" and "président", "directrice" and "directeur"."""
    word = word.lower().strip(".,'’")
    for feminine, masculine in (("trice", "teur"), ("euse", "eur"), ("ère", "er"), ("enne", "en")):
        if word.endswith(feminine):
            return word[: -len(feminine)] + masculine
    if word.endswith("e") and len(word) > 4:
        return word[:-1]
    return word


def _learn_from_context(name: Span, index: ActorIndex, n: int) -> None:
    """Titles and gender from the words around a name: "La ministre de l'Agriculture, X"."""
    doc = name.doc
    words: list[Token] = []
    j = name.start - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    while j >= 0 and name.start - j <= 10:
        token = doc[j]
        if token.pos_ not in NP_BODY and token.lower_ not in OF_WORDS and token.lower_ != "en":
            break  # "Le négociateur en chef de l'UE, X"
        words.append(token)
        if token.pos_ == "DET" and (j == 0 or doc[j - 1].lower_ not in OF_WORDS):
            break
        if token.lower_ in POSSESSIVES:
            break  # "une lettre de son médecin, X": X is the doctor, not the letter
        j -= 1
    if words and j > 0 and doc[j].pos_ == "DET" and doc[j - 1].pos_ == "ADP":
        words = []  # "dans la région du Speyside, X": a place phrase, not X's title
    elif words and j > 2 and doc[j].pos_ == "DET" and doc[j - 1].text == ",":
        words += _first_title(doc, j - 1)  # "par la rapporteure, la députée X": both
    after = name.end
    if after + 1 < len(doc) and doc[after].text == ",":
        k = after + 1
        while k < len(doc) and k < after + 6 and doc[k].pos_ in ("DET", "NOUN", "ADJ"):
            words.append(doc[k])
            k += 1
    if _masculine_title(words):
        index.gender.setdefault(n, "Masc")
    titles = index.titles.setdefault(n, set())
    for token in words:
        if token.pos_ in ("NOUN", "ADJ") and token.ent_type_ not in ("PER",):
            titles.add(normalize(token.lower_))
        lower = token.lower_
        if lower in STRONG_FEM or (token.pos_ == "DET" and token.morph.get("Gender") == ["Fem"]):
            if token.i < name.start and not _in_complement(token, name):
                index.gender.setdefault(n, "Fem")
        elif lower in STRONG_MASC:
            index.gender.setdefault(n, "Masc")


def _first_title(doc: Doc, comma: int) -> list[Token]:
    """ "la rapporteure" in "la rapporteure, la députée X": a determiner and a noun."""
    noun, det = doc[comma - 1], doc[comma - 2]
    if noun.pos_ == "NOUN" and det.pos_ == "DET":
        return [noun, det]
    return []


def _in_complement(token: Token, name: Span) -> bool:
    """ "la" in "le maire de la ville, X" belongs to a complement, not to X's title."""
    doc = name.doc
    return token.i > 0 and doc[token.i - 1].lower_ in OF_WORDS


def _named_person(span: Span, index: ActorIndex) -> dict | None:
    """A person's name inside the words even where the NER missed it ("du Montana Mark X")."""
    words = [t.text for t in span]
    found = None
    for k, word in enumerate(words):
        for n, name in index.full_names().get(word, ()):
            if words[k : k + len(name)] == name and (found is None or n < found):
                found = n
    return index.actors[found] if found is not None else None


def doc_word(token: Token, offset: int) -> str:
    i = token.i + offset
    return token.doc[i].lower_ if 0 <= i < len(token.doc) else ""


def _person_by_part_of_name(span: Span, index: ActorIndex) -> dict | None:
    """ "raconte Fabien", "a souligné M. Wray": a first or last name alone, where the actors
    give no mention, is the latest person named before whose name holds it."""
    words = [t for t in span if t.lower_ not in STRONG_MASC | STRONG_FEM and not t.is_punct]
    if not words or len(words) > 2 or not all(t.pos_ == "PROPN" or t.is_title for t in words):
        return None
    wanted = {t.text for t in words}
    for _start, _end, n in index.before(span.start_char):
        actor = index.actors[n]
        if actor.get("type") == "person" and wanted <= set(actor.get("name", "").split()):
            return actor
    return None


def _masculine_title(words: list[Token]) -> bool:
    """ "Le secrétaire exécutif X", "le président X": a masculine article and a word whose
    feminine differs. "Le maire X" says nothing: women are "le maire" too."""
    before_name = sorted((t for t in words if t.i < words[0].i + 1), key=lambda t: t.i)
    if not before_name or before_name[0].lower_ not in ("le", "un", "du", "au", "l'", "l’"):
        return False
    if before_name[0].lower_ in ("l'", "l’"):  # "L'avocat général X": the noun tells
        noun = before_name[1] if len(before_name) > 1 else None
        if noun is None or noun.morph.get("Gender") != ["Masc"]:
            return False
    for token in before_name[1:]:
        if token.lower_ in OF_WORDS:
            break
        if token.pos_ in ("NOUN", "ADJ") and not token.lower_.endswith(("e", "es")):
            return True
    return False


def _is_place(token: Token, index: ActorIndex) -> bool:
    """ "le maire de Quimper": a place in a title is not an unknown speaker's name."""
    return token.ent_type_ == "LOC" or index.places.holds(token.idx)


def _is_subject(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(_hangs_on_subject(t) for t in span) or _name_before_verb(span)


def _name_before_verb(name: Span) -> bool:
    """ "…, Nadia, 38 ans, tremble": a name after a comma, then maybe an apposition, then a
    finite verb is the subject, also where fronted adjuncts led the parser astray."""
    doc = name.doc
    if name.start == 0 or doc[name.start - 1].text != "," or name[0].pos_ != "PROPN":
        return False
    j = name.end
    if j < len(doc) and doc[j].text == ",":
        close = next((k for k in range(j + 1, min(j + 8, len(doc))) if doc[k].text == ","), None)
        if close is None or any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1 : close]):
            return False
        j = close + 1
    if j >= len(doc) or doc[j].pos_ not in ("VERB", "AUX"):
        return False
    verb = doc[j]  # the tagger calls "tremble" an infinitive: the ending tells better
    return "Part" not in verb.morph.get("VerbForm") and not verb.lower_.endswith(("er", "ir"))


def _hangs_on_subject(token: Token) -> bool:
    """The subject, or a name hanging on it: "le capitaine X a dit" (flat:name), "Son
    homologue, X, savourait" (the parser often takes the apposition for a coordination)."""
    for _ in range(3):
        if token.dep_.startswith("nsubj"):
            return True
        if token.dep_ not in ("appos", "flat:name", "conj") or token.head is token:
            return False
        token = token.head
    return False
