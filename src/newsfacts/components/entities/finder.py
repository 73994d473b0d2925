"""The shared mention finder: the rule families of this package, run in order."""

from __future__ import annotations

import re
from collections import Counter

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from newsfacts.components.entities.acronyms import (
    _acronym_then_person,
    _acronyms_in_parentheses,
    _credit_then_name,
    _extend_to_acronym,
    _known_acronym_then_person,
    _names_before_party,
    _other_acronym_mentions,
    _without_counted_acronyms,
)
from newsfacts.components.entities.boundaries import (
    FULL_NAME_ENDS_KEY,
    _join_hyphenated,
    _name_end,
    _persons_cut_short,
    _split_at_honorific,
    _with_article_tails,
    _with_possessive_s,
    _with_royal_title,
    _with_surname_particle,
)
from newsfacts.components.entities.common_words import (
    WordForms,
    foreign_tokens,
    load_common_words,
    load_french_words,
)
from newsfacts.components.entities.coordinated_names import _coordinated_organisations
from newsfacts.components.entities.credits import _without_video_credits
from newsfacts.components.entities.cues import CueNames
from newsfacts.components.entities.institution_cues import InstitutionCues
from newsfacts.components.entities.inverted_subjects import (
    _after_reported_words,
    _inverted_speakers,
)
from newsfacts.components.entities.kind_context import PLACES_READ_KEY
from newsfacts.components.entities.kinds import Typing
from newsfacts.components.entities.lexicon import (
    _phrases,
    load_first_names,
    load_lexicons,
    load_speech_lemmas,
    load_titles,
    with_plurals,
)
from newsfacts.components.entities.lookups import ARTICLE_COUNTRIES_KEY, GazetteerLookups
from newsfacts.components.entities.mention import Mention
from newsfacts.components.entities.merging import (
    MergingRules,
    _birth_names,
    _names_again,
    _repeated_names,
    _repeated_organisation_names,
    _repeated_person_names,
    _same_name_same_kind,
    _surnames_again,
    _without_duplicates,
    _without_trailing_punctuation,
)
from newsfacts.components.entities.person_nouns import PersonNouns
from newsfacts.components.entities.short_names import ShortNames, load_organisation_variants
from newsfacts.components.entities.sources import bare_media, reported_sources
from newsfacts.components.entities.tokens import _first_name, _opens_heading
from newsfacts.components.entities.vocabulary import (
    CONTRACTIONS,
    EVENT,
    ORGANIZATION,
    PERSON,
    PERSON_NOUNS,
    PLACE,
)
from newsfacts.components.gazetteer import fold, load_gazetteer
from newsfacts.components.lemmas import lemma

# The tags of a word before a first name that make the name part of a phrase, no one's name
# alone: 'l'ouragan Irma', 'la petite Maëlys', 'Saint Nicolas'
NAME_OR_NOUN_BEFORE = ("DET", "NOUN", "ADJ", "PROPN")


class MentionFinder(CueNames, InstitutionCues, GazetteerLookups, Typing, MergingRules, ShortNames):
    """Finds the named mentions of a Doc; one instance per pipeline, built once."""

    def __init__(self, nlp) -> None:
        self.lex = load_lexicons()
        self.speech_verbs = load_speech_lemmas()
        self.first_names = load_first_names()
        self.type_noun_words = {
            noun.split()[0] for noun in self.lex["type_nouns"] + self.lex["institutions"]
        }
        self.gazetteer = load_gazetteer()
        self.parties = frozenset(self.lex["party_labels"])
        self._load_short_names(nlp)
        self.metonyms = PhraseMatcher(nlp.vocab)
        self.metonyms.add("METONYM", _phrases(nlp, self.lex["metonyms"]))
        self.metonyms.add("METONYM", _phrases(nlp, self._known_names_after_de_la()))
        self.nlp_vocab = nlp.vocab
        self.common_words = load_common_words(nlp)
        self.adjectives = load_common_words(nlp, ("adj",))  # 'français', 'israélien'
        # party names that look like nationality nouns: 'les Républicains', 'les Insoumis'
        self.party_words = frozenset(
            fold(name) for group in load_organisation_variants()["groups"] for name in group
        )
        self.french_words = load_french_words(nlp)
        self.demonyms = (
            tuple(self.lex["demonym_suffixes"]),
            frozenset(word.lower() for word in self.lex["demonym_words"]),
        )
        self.known_folded = frozenset(fold(name) for name in self.lex["known_names"])
        # capitalised words after 'selon le' that are no source's name ('selon le Président')
        self.not_sources = frozenset(
            noun.split()[0].lower()
            for noun in [*load_titles(), *self.lex["type_nouns"], *self.lex["institutions"]]
        )
        self.word_forms = WordForms(nlp, self.french_words)
        self.person_nouns = PersonNouns(
            load_common_words(nlp, ("noun",)),
            self.word_forms,
            known=PERSON_NOUNS,
            # titles are _person_apposition's: 'la Corée du Sud, le chef de l'Etat a remis'
            not_persons=self.lex["person_titles"]
            | self.type_noun_words
            | self.lex["type_nouns_set"]
            | self.lex["venue_nouns"]
            | {fold(word) for words in self.lex["kind_before"].values() for word in words}
            | {word for words in self.lex["kind_before"].values() for word in words},
        )
        self.contracted = PhraseMatcher(nlp.vocab)
        for article in CONTRACTIONS:
            names = [
                name[len(article) + 1 :]
                for name in self.lex["known_names"]
                if name.startswith(article + " ")
            ]
            self.contracted.add(article, _phrases(nlp, names))
        self.event_nouns = PhraseMatcher(nlp.vocab)  # lower case only: 'Accord' may open a name
        self.event_nouns.add("EVENT_NOUN", _phrases(nlp, self.lex["event_nouns"]))
        self.events = PhraseMatcher(nlp.vocab)
        self.events.add("EVENT", _phrases(nlp, self.lex["event_names"]))
        self.type_nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.type_nouns.add("TYPE", _phrases(nlp, with_plurals(self.lex["type_nouns"])))
        self.institutions = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.institutions.add("INSTITUTION", _phrases(nlp, self.lex["institutions"]))
        self.institutions.add("FOREIGN", _phrases(nlp, self.lex["foreign_institutions"]))
        # nouns that make a name only right before it ('le lycée Rascol'; 'le collège de Dinan')
        named_only = self.lex["named_institutions"] - set(self.lex["institutions"])
        self.institutions.add("NAMED", _phrases(nlp, sorted(named_only)))
        self.services = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.services.add("SERVICE", _phrases(nlp, self.lex["service_names"]))
        # first words of lower-case organisation names that an acronym in parentheses spells
        # ('parquet national financier (PNF)')
        self.org_name_heads = (
            self.type_noun_words
            | {word.lower() for word in self.lex["head_words"]}
            | {name.split()[0] for name in self.lex["service_names"]}
        )
        self.lower_head_words = {word.lower() for word in self.lex["head_words"]} | {
            "commissariat"
        }  # 'Haut commissariat'
        self.person_titles = {fold(title) for title in self.lex["person_titles"]} | set(
            self.lex["person_titles"]
        )
        self.title_nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_nouns.add("TITLE", _phrases(nlp, list(self.lex["titles"])))
        self.common_noun_places = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.common_noun_places.add("AREA", _phrases(nlp, self.lex["common_noun_places"]))
        self.street_nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.street_nouns.add("STREET", _phrases(nlp, self.lex["street_nouns"]))
        # 'vallée du Rhône', 'golfe du Mexique', 'mer du Nord': the feature is the name
        self.feature_nouns = set(self.lex["kind_before"]["other"]) - {"quartier"}
        self.street_nouns.add("FEATURE", _phrases(nlp, sorted(self.feature_nouns)))
        kinds = self.lex["kind_before"]
        self.kind_words = {kind: {fold(word) for word in words} for kind, words in kinds.items()}
        self.kind_before = {
            kind: re.compile(
                r"\b(?:{})(?:\s+[a-zà-ÿ]+)?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?$".format(
                    "|".join(re.escape(word) for word in words)
                )
            )
            for kind, words in kinds.items()
        }

    def _apposed_person_noun(self, word: str) -> bool:
        """', un salarié', ', une mère de famille': a person's noun or title in apposition."""
        return word in self.person_nouns or word in self.person_titles

    def _known_names_after_de_la(self) -> list[str]:
        """'le leader de la France insoumise', 'selon le Canard enchaîné': a known name that
        opens with its article and holds a place's name or two words or more is written with
        the article in lower case inside a sentence; not a name whose rest is a place ('La
        Provence', the newspaper, and 'la Provence') nor a lone word ('le Monde')."""
        variants = []
        for name in self.lex["known_names"]:
            article, _, rest = name.partition(" ")
            if article not in ("Le", "La", "Les") or not rest or self.gazetteer.lookup(rest):
                continue
            if len(rest.split()) >= 2 or any(
                self.gazetteer.lookup(word) for word in rest.split() if word[:1].isupper()
            ):
                variants.append(f"{article.lower()} {rest}")
        return variants

    def _first_names_described(self, doc: Doc, taken: list[bool]) -> list[Mention]:
        """'Charlotte, une autre spectatrice,', 'raconte Emmanuelle, 25 ans,': a common first
        name the NER left out, with an age or a person's noun in apposition, is a person."""
        found = []
        for token in doc[:-2]:
            i = token.i
            if taken[i] or not _first_name(token, self.first_names) or doc[i + 1].text != ",":
                continue
            described = self._described_as_person(doc, i, i + 1)
            if described or self._person_noun_apposition(doc, i, i + 1):
                found.append(Mention(i, i + 1, PERSON))
        return found

    def _first_names_sharing_surname(
        self, doc: Doc, chosen: list[Mention], taken: list[bool]
    ) -> list[Mention]:
        """'les parents de Grégory, Christine et Jean-Marie Villemin': a common first name
        alone, joined by 'et' to a person's full name, is a person of that family."""
        found = []
        for mention in chosen:
            i = mention.start - 2
            if (
                mention.kind != PERSON
                or mention.end - mention.start < 2
                or i < 0
                or doc[i + 1].lower_ != "et"
                or taken[i]
                or not _first_name(doc[i], self.first_names)
                or (i > 0 and doc[i - 1].is_title)
            ):
                continue
            found.append(Mention(i, i + 1, PERSON))
        return found

    def _first_names_acting(self, doc: Doc, taken: list[bool]) -> list[Mention]:
        """'Didier a eu la mauvaise surprise', '», espère Nicolas, dont la maison': a common
        first name alone that the NER calls a work (MISC) or leaves out, the subject of a verb
        or the inverted subject of a reporting verb, is a person. Not after a determiner or a
        noun ('l'ouragan Irma', 'la petite Maëlys'), nor before another capitalised word (a
        longer name's first word)."""
        found = []
        for token in doc[1:-1]:
            i = token.i
            if (
                taken[i]
                or token.ent_type_ not in ("", "MISC")
                or not _first_name(token, self.first_names)
                or (not doc[i - 1].is_punct and doc[i - 1].pos_ in NAME_OR_NOUN_BEFORE)
                or doc[i + 1].is_title
            ):
                continue
            if (token.dep_.startswith("nsubj") and token.head.pos_ in ("VERB", "AUX")) or (
                self._inverted_after_reporting_verb(doc, i)
            ):
                found.append(Mention(i, i + 1, PERSON))
        return found

    def _inverted_after_reporting_verb(self, doc: Doc, i: int) -> bool:
        """'», espère Nicolas': not an order opening quoted words ('"demandez Angela"')."""
        verb = doc[i - 1]
        return (
            lemma(verb) in self.speech_verbs
            and _after_reported_words(doc, i - 1)
            and "Imp" not in verb.morph.get("Mood")
            and not set(verb.morph.get("Person")) & {"1", "2"}
        )

    def __call__(self, doc: Doc) -> list[Mention]:
        if len(doc) == 0 or all(token.is_space for token in doc):
            return []
        chosen: list[Mention] = []
        taken = [False] * len(doc)

        def claim(mention: Mention | None) -> None:
            if mention is None or mention.end <= mention.start:
                return
            if any(taken[mention.start : mention.end]):
                if mention.source == "type":  # 'le quotidien Ouest-France': a known name's type
                    for other in chosen:
                        if other.start == mention.start and other.kind == ORGANIZATION:
                            other.hint = other.hint or mention.hint
                return
            for i in range(mention.start, mention.end):
                taken[i] = True
            chosen.append(mention)

        for mention in self._dateline(doc) or self._town_dateline(doc):
            claim(mention)
        for mention in (
            self._short_name_runs(doc)
            + self._national_teams(doc)
            + self._media_without_article(doc)
        ):
            claim(mention)
        for _, start, end in self.events(doc):  # 'Tour de France' holds no place
            claim(Mention(start, end, EVENT, source="event"))
        for mention in self._event_names(doc):
            claim(mention)
        for mention in self._work_titles(doc):
            claim(mention)
        for mention in self._animal_names(doc):
            claim(mention)
        for mention in self._metonyms(doc):
            claim(mention)
        for mention in self._institutions(doc):
            claim(mention)
        for mention in self._services(doc):
            claim(mention)
        for mention in self._roads(doc):
            claim(mention)
        for mention in self._streets(doc):
            claim(mention)
        for _, start, end in self.common_noun_places(doc):  # 'la zone euro'
            claim(Mention(start, end, PLACE, "region", source="gazetteer"))
        for mention in self._typed_names(doc):
            claim(mention)
        for mention in self._someone_named(doc):
            claim(mention)
        for mention in _inverted_speakers(
            doc, self.speech_verbs, self.french_words, self.gazetteer
        ):
            claim(mention)
        for mention in self._names_with_tail_words(doc):
            claim(mention)
        coordinated = _coordinated_organisations(
            doc, self.speech_verbs, self.word_forms, self.first_names, self.gazetteer
        )
        for mention in coordinated:
            claim(mention)
        # 'Gare et Connexions se défend': the same words elsewhere name the same body
        for mention in _names_again(doc, coordinated, taken, ORGANIZATION, "speaker"):
            claim(mention)
        for mention in _repeated_names(doc, chosen, taken):
            claim(mention)
        titles = self.title_nouns(doc)  # read by two rules: matched once
        for mention in self._party_constituencies(doc, titles):
            claim(mention)
        entities = _persons_cut_short(
            self._split_place_then_person(_with_article_tails(doc, _join_hyphenated(doc))),
            self.french_words,
            self.first_names,
        )
        foreign = foreign_tokens(doc, self.french_words)
        # names read in a sentence or quotation of another language are the NER's guesses
        entities = [entity for entity in entities if not foreign[entity.start]]
        person_words = self._person_words(entities)
        for mention in self._persons_before_titles(doc, entities, titles):
            claim(mention)
        for mention in self._organisations_inside_places(entities):
            claim(mention)
        in_parentheses = _acronyms_in_parentheses(doc)
        spelled = {a for a in in_parentheses if not self.gazetteer.lookup(a)}
        names_seen = Counter(entity.text for entity in entities)
        capitalised_inside = Counter(
            token.text for token in doc if token.is_title and not _opens_heading(token)
        )
        for entity in entities:
            if _known_acronym_then_person(entity, spelled):
                claim(Mention(entity.start, entity.start + 1, ORGANIZATION, source="acronym"))
                claim(Mention(entity.start + 1, entity.end, PERSON))
                continue
            claim(self._classify(doc, entity, person_words, names_seen, capitalised_inside))
            whole = doc[entity.start : max(entity.end, _name_end(doc, entity.end - 1))]
            if _acronym_then_person(entity, self._apposed_person_noun):
                claim(Mention(entity.start + 1, entity.end, PERSON))
            elif len(whole) > len(entity) and _acronym_then_person(
                whole, self._apposed_person_noun
            ):  # 'du RN Marine Le Pen': the NER stopped before the particle
                claim(Mention(entity.start + 1, whole.end, PERSON))
            elif entity.label_ == "ORG" and _credit_then_name(doc, entity.start, entity.end):
                claim(Mention(entity.end, _name_end(doc, entity.end - 1), PERSON, source="credit"))
        for mention in self._known_places(doc, taken, person_words):
            claim(mention)
        for mention in self._known_short_names(doc, in_parentheses):
            claim(mention)
        for mention in self._bare_acronyms(doc, taken):
            claim(mention)
        for mention in self._names_after_titles(doc, titles, taken):
            claim(mention)
        for mention in _names_before_party(doc, taken):
            claim(mention)
        for mention in _repeated_person_names(doc, chosen, taken):
            claim(mention)
        for mention in _repeated_organisation_names(doc, chosen, taken):
            claim(mention)
        for mention in _surnames_again(doc, chosen, taken, self.french_words):
            claim(mention)
        for mention in self._first_names_described(doc, taken):
            claim(mention)
        for mention in self._first_names_acting(doc, taken):
            claim(mention)
        for mention in self._first_names_sharing_surname(doc, chosen, taken):
            claim(mention)
        # last: only words no other rule read
        for mention in reported_sources(
            doc,
            self.speech_verbs,
            self.gazetteer,
            self.not_sources,
            self.demonyms,
            self.known_folded,
        ):
            claim(mention)
        for mention in bare_media(
            doc, self.speech_verbs, self.gazetteer, self.not_sources, self.first_names
        ):
            claim(mention)
        chosen = sorted((m for m in chosen if m.kind != EVENT), key=lambda mention: mention.start)
        chosen = self._local_chapters(doc, chosen)
        chosen = self._compound_territories(doc, chosen)
        chosen = self._regional_editions(doc, chosen)
        _with_possessive_s(doc, chosen)
        chosen += _split_at_honorific(doc, chosen)
        _with_royal_title(doc, chosen, taken)
        _with_surname_particle(doc, chosen, taken)
        chosen.sort(key=lambda mention: mention.start)
        _extend_to_acronym(doc, chosen)
        self._link_parentheses(doc, chosen)
        chosen += _other_acronym_mentions(doc, chosen, taken)
        chosen.sort(key=lambda mention: mention.start)
        self._expand_acronyms(doc, chosen, taken)
        self._typed_by_acronym(doc, chosen)
        self._coordinated_kinds(doc, chosen)
        _same_name_same_kind(doc, chosen)
        _birth_names(doc, chosen)
        doc.user_data.pop(ARTICLE_COUNTRIES_KEY, None)
        doc.user_data.pop(FULL_NAME_ENDS_KEY, None)
        doc.user_data.pop(PLACES_READ_KEY, None)
        _without_trailing_punctuation(doc, chosen)
        chosen = _without_video_credits(doc, chosen)
        return _without_duplicates(_without_counted_acronyms(doc, chosen, self.parties))
