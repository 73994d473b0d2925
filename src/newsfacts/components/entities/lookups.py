"""Gazetteer look-ups: known places the NER missed, places run into names, the kind a place's
context gives it, towns that play (clubs)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsfacts.components.entities.acronyms import _acronym_then_complement
from newsfacts.components.entities.boundaries import _name_end
from newsfacts.components.entities.mention import Mention
from newsfacts.components.entities.tokens import (
    _capitalised,
    _demonym_tail,
    _feature_in_common_use,
    _first_name,
    _home_entry,
)
from newsfacts.components.entities.vocabulary import (
    ARTICLES,
    DE_FORMS,
    ORGANIZATION,
    PERSON,
    PERSON_NOUNS,
    PLACE,
    PLACE_PREPOSITION_WORDS,
    PREPOSITIONS_OF,
    REGION_PREPOSITIONS,
    SCORE,
    TOWN_BEFORE_NAME_POPULATION,
)
from newsfacts.components.gazetteer import HOME_COUNTRY, fold
from newsfacts.components.lemmas import lemma

# doc.user_data key of the countries an article names (read by several rules, found once)
ARTICLE_COUNTRIES_KEY = "newsfacts.article_countries"


class GazetteerLookups:
    """Rules of MentionFinder (finder.py), which holds the lexicons and matchers they read."""

    def _article_countries(self, doc: Doc) -> set[str]:
        """The countries of the places the NER finds that lie in one country only ('France',
        'Paris' -> FR; not 'Valence'): what the article is about, to tell a town from a
        namesake person ('films de Buñuel' in a piece on French cinema). One pass, cached."""
        countries = doc.user_data.get(ARTICLE_COUNTRIES_KEY)
        if countries is None:
            found = (self.gazetteer.country_of(e.text) for e in doc.ents if e.label_ == "LOC")
            countries = {country for country in found if country is not None}
            doc.user_data[ARTICLE_COUNTRIES_KEY] = countries
        return countries

    def _split_place_then_person(self, entities: list[Span]) -> list[Span]:
        """'le député de Seine-Saint-Denis Yanis Berkane': the NER runs the place into the
        person's name; a known place followed by two or more capitalised words is split."""
        split: list[Span] = []
        for entity in entities:
            if entity.label_ == "ORG" and _acronym_then_complement(entity):
                split.extend(self._split_acronym_complement(entity))
                continue
            tail = self._organisation_then_person(entity)
            if tail is not None:  # 'a déclaré au South China Morning Post Dave Macri'
                split.append(Span(entity.doc, entity.start, tail, label="ORG"))
                split.append(Span(entity.doc, tail, entity.end, label="PER"))
                continue
            cut = None
            if entity.label_ == "PER":
                cut = self._place_prefix_end(entity)
            elif entity.label_ == "LOC":
                cut = self._country_then_name(entity)
            if cut is None:
                split.append(entity)
                continue
            doc = entity.doc
            split.append(Span(doc, entity.start, cut, label="LOC"))
            split.append(Span(doc, cut, entity.end, label="PER"))
        return split

    def _organisation_then_person(self, entity: Span) -> int | None:
        """Where a person's name starts after an organisation's closing word ('Post', 'Group')
        that the NER ran into it: two or three capitalised proper nouns after it."""
        for i in range(entity.start + 1, entity.end - 2):
            token = entity.doc[i]
            rest = entity.doc[i + 1 : entity.end]
            if (
                token.text in self.lex["tail_words"]
                and len(rest) in (2, 3)
                and all(_capitalised(t) and t.pos_ == "PROPN" and t.is_alpha for t in rest)
            ):
                return i + 1
        return None

    def _country_then_name(self, entity: Span) -> int | None:
        """'rencontrent au Sénégal Babacar': a country, then one name the NER ran into it (not
        'France Bleu Nord', a name of three words)."""
        if len(entity) < 2 or self.gazetteer.lookup(entity.text):
            return None
        doc = entity.doc
        for cut in range(entity.end - 1, entity.end):
            entries = self.gazetteer.lookup(doc[entity.start : cut].text)
            if not entries or entries[0].kind != "country":
                continue
            rest = doc[cut : entity.end]
            if all(t.pos_ == "PROPN" and _capitalised(t) for t in rest) and not (
                self.gazetteer.lookup(rest.text)
            ):
                return cut
        return self._place_then_full_name(entity)

    def _place_then_full_name(self, entity: Span) -> int | None:
        """'la préfète de la région Grand Est Josiane Chevalier': a known place, then a common
        first name and one or two capitalised words, which the NER ran into the place. The
        place may open on its lower-case noun ('région')."""
        doc = entity.doc
        start = entity.start
        while start < entity.end and doc[start].is_lower:
            start += 1
        for cut in range(max(start + 1, entity.end - 3), entity.end - 1):
            rest = doc[cut : entity.end]
            if (
                _first_name(rest[0], self.first_names)
                and all(_capitalised(t) and t.is_alpha for t in rest)
                and self.gazetteer.lookup(doc[start:cut].text)
                and not self.gazetteer.lookup(rest.text)
            ):
                return cut
        return None

    def _split_acronym_complement(self, entity: Span) -> list[Span]:
        """'coordinatrice de l'OIM pour le Darfour': the acronym is the organisation, and the
        place after it stays a place."""
        doc = entity.doc
        parts = [Span(doc, entity.start, entity.start + 1, label="ORG")]
        i = entity.start + 2
        while i < entity.end and doc[i].lower_ in ARTICLES:
            i += 1
        if i < entity.end and self.gazetteer.lookup(doc[i : entity.end].text):
            parts.append(Span(doc, i, entity.end, label="LOC"))
        return parts

    def _place_prefix_end(self, entity: Span) -> int | None:
        """Where the person's name starts: two words or more ('Zaïre-Emery' is one word), after
        a place that follows 'de' ('député de Seine-Saint-Denis') or is no mere town ('Warren'
        of 'Warren Zaïre-Emery' is a first name)."""
        doc = entity.doc
        after_of = entity.start > 0 and doc[entity.start - 1].lower_ in PREPOSITIONS_OF
        if entity.start == 0 or not doc[entity.start - 1].is_lower:
            return None  # ', Dominique Lagrou Sempere livrera': the place needs a word before it
        for cut in range(entity.end - 2, entity.start, -1):
            rest = doc[cut : entity.end]
            if not all(_capitalised(token) for token in rest if token.text != "-"):
                continue
            if len(rest.text.split()) < 2:
                continue
            entries = self.gazetteer.lookup(doc[entity.start : cut].text)
            if entries and (
                entries[0].kind != "city"
                or (after_of and entries[0].population >= TOWN_BEFORE_NAME_POPULATION)
            ):
                return cut
        return None

    def _constituency(self, doc: Doc, i: int) -> Mention | None:
        """The known place after 'de', 'du', 'de la', 'des': 'de Seine-Saint-Denis Yanis
        Berkane' is 'Seine-Saint-Denis', the longest known name."""
        if i < len(doc) and doc[i].lower_ in ("de", "du", "des", "d'", "d’"):
            i += 1
            if i < len(doc) and doc[i].lower_ in ("la", "l'", "l’"):
                i += 1
        else:
            return None
        if i >= len(doc) or not _capitalised(doc[i]):
            return None
        for end in range(_name_end(doc, i), i, -1):
            entries = self.gazetteer.lookup(doc[i:end].text)
            if entries:
                return Mention(i, end, PLACE, entries[0].kind, source="gazetteer")
        return None

    def _known_places(self, doc: Doc, taken: list[bool], person_words: set) -> list[Mention]:
        """Countries and continents the NER missed ('entre l'Asie et l'Europe'), and French
        départements and regions ('Les Alpes-Maritimes et la Haute-Garonne'); a one-word
        département only after an article or 'de', 'en' ('dans le Var', not 'Cher ami')."""
        found = []
        for token in doc:
            if taken[token.i] or not token.is_title or token.pos_ not in ("PROPN", "NOUN"):
                continue
            if token.text in person_words:
                continue  # 'Maurice' the person, not Mauritius
            for n in (5, 4, 3, 2, 1):
                span = doc[token.i : token.i + n]
                if len(span) < n or any(taken[span.start : span.end]) or not _capitalised(span[-1]):
                    continue
                entries = self.gazetteer.lookup(span.text)
                if entries and (
                    entries[0].kind in ("country", "continent")
                    or self._home_region(doc, span, _home_entry(entries))
                ):
                    if token.i > 0 and doc[token.i - 1].text == "-":
                        break
                    found.append(Mention(span.start, span.end, PLACE, source="gazetteer"))
                    break
        return found

    def _home_region(self, doc: Doc, span: Span, entry) -> bool:
        if entry.kind not in ("region", "other") or entry.country != HOME_COUNTRY:
            return False
        if fold(span.text) in self.lex["generic"]:
            return self._departement_nord(doc, span)  # 'le Nord du pays', 'le Centre'
        if len(span) > 1:
            return True
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        return before in REGION_PREPOSITIONS

    def _departement_nord(self, doc: Doc, span: Span) -> bool:
        """'dans le Nord,', 'le député du Nord': the French département; not 'dans le Nord du
        pays' nor 'le vent du Nord'."""
        i = span.start
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        if span.text != "Nord" or i < 2 or after in PREPOSITIONS_OF | {"-", "de", "est", "ouest"}:
            return False
        countries = self._article_countries(doc)
        if countries and HOME_COUNTRY not in countries:
            return False  # 'dans le Nord' of Yemen: a part of the country, no département
        before = doc[i - 2 : i].text.lower()
        return before == "dans le" or (
            doc[i - 1].lower_ == "du" and doc[i - 2].lower_ in self.lex["titles"]
        )

    def _narrow_place(self, doc: Doc, start: int, end: int, kind: str | None) -> tuple[int, int]:
        """'La France' -> 'France', 'région Hauts-de-France' -> 'Hauts-de-France',
        'port de Saint-Hélier' -> 'Saint-Hélier', 'Pays basque espagnol' -> 'Pays basque'."""
        if kind == PERSON or end - start < 2:
            return start, end
        if doc[start].lower_ in ARTICLES and self.gazetteer.lookup(doc[start + 1 : end].text):
            if doc[start].is_title and self.gazetteer.lookup(doc[start:end].text):
                return start, end  # 'Le Caire', 'La Haye': the article is part of the name
            return start + 1, end
        if kind == ORGANIZATION or doc[start].text in self.lex["head_words"]:
            return start, end
        if doc[start].lower_ in self.lex["kind_before"]["other"]:
            if not _feature_in_common_use(doc, start):
                return start, end  # 'lac Kivu', 'canal de Suez': the feature is the name
            i = start + 1
            while i < end - 1 and doc[i].lower_ in PREPOSITIONS_OF:
                i += 1
            if i > start + 1 and _capitalised(doc[i]):
                return i, end  # 'une rivière des Vosges': a river of the Vosges
            return start, end
        if (
            end - start > 2
            and doc[end - 2].is_lower
            and _demonym_tail(doc[end - 1], self.lex["demonym_suffixes"])
        ):
            end -= 1  # 'Pays basque espagnol'
        if doc[start].lower_ in ARTICLES and self.gazetteer.lookup(doc[start + 1 : end].text):
            return start + 1, end
        for i in range(start, end - 1):
            if (
                doc[i].lower_ in PREPOSITIONS_OF
                and doc[i + 1 : end].text
                and _capitalised(doc[i + 1])
            ):
                rest = doc[i + 1 : end]
                if (
                    self.gazetteer.lookup(rest.text)
                    and fold(rest.text) not in self.lex["generic"]
                    and not self.gazetteer.lookup(doc[start:end].text)
                ):
                    # not to a compass point: 'Nouvelles Galles du Sud' is no 'Sud'
                    return i + 1, end
        if (
            doc[start].is_lower
            and _capitalised(doc[start + 1])
            and self._kind_word(doc[start].lower_)
        ):
            return start + 1, end  # 'région Hauts-de-France'
        if self._kind_word(doc[start].lower_):
            i = start + 1
            while i < end - 1 and doc[i].lower_ in PREPOSITIONS_OF:
                i += 1
            if i > start + 1 and _capitalised(doc[i]):
                return i, end  # 'Etat du Darfour-Nord', 'Province de Kandahar'
        return start, end

    def _kind_word(self, word: str) -> bool:
        return any(fold(word) in self.kind_words[kind] for kind in ("city", "region", "site"))

    def _after_place_preposition(self, doc: Doc, start: int) -> bool:
        """'à Zinjibar', 'le contrôle de Zinjibar': French puts these before towns; not 'le
        papa de Laura' (a person's noun before 'de')."""
        if start == 0 or doc[start - 1].lower_ not in PLACE_PREPOSITION_WORDS:
            return False
        before = doc[start - 2].lower_ if start > 1 else ""
        return before not in PERSON_NOUNS and before not in self.lex["titles"]

    def _town_after_preposition(self, doc: Doc, start: int, place) -> bool:
        """A name the NER reads as a person is a small town after 'à' ('à Zinjibar'); after
        'de' only in a country the article is about: 'le contrôle de Zinjibar' in a piece on
        Yemen, but 'les films de Buñuel' (a Spanish village) in a piece on French cinema."""
        if not self._after_place_preposition(doc, start):
            return False
        if doc[start - 1].lower_ not in DE_FORMS:
            return True
        countries = self._article_countries(doc)
        return not countries or place.country in countries

    def _country_after_preposition(self, doc: Doc, span: Span) -> bool:
        """'venue en France' in an article about France Gall: the country."""
        entry = self.gazetteer.best(span.text)
        return (
            entry is not None
            and entry.kind == "country"
            and span.start > 0
            and doc[span.start - 1].lower_ in ("en", "au", "aux")
        )

    def _place_or_club(self, doc: Doc, start: int, end: int) -> Mention:
        if end - start == 1 and self._plays(doc, doc[start]):
            return Mention(start, end, ORGANIZATION, hint="club")
        hint = self._kind_from_context(doc, start)
        if hint is None and doc[start].lower_ in self.lex["kind_before"]["other"]:
            hint = "other"  # 'canal de Suez', 'lac Kivu'
        return Mention(start, end, PLACE, hint=hint)

    def _plays(self, doc: Doc, token) -> bool:
        """A town that wins or loses in a match report is its club ('Sochaux s'est incliné
        face à Nancy (1-2)'); countries stay places ('la Belgique a battu l'Angleterre')."""
        if any(
            entry.kind in ("country", "continent") for entry in self.gazetteer.lookup(token.text)
        ):
            return False  # a town or region may play: 'Saint-Gall' is also its canton
        sentence = token.sent
        subject = token.dep_.startswith("nsubj")
        sports_verb = lemma(token.head) in self.lex["sports_verbs"]
        before = doc[max(token.i - 2, sentence.start) : token.i].text.lower()
        opponent = before.endswith(("face à", "contre"))
        if (subject or opponent) and sports_verb:
            return True  # 'Nancy s'est imposé face à Metz': the opponent, score or not
        if self._reflexive_sports_verb_after(doc, token.i):
            return True  # 'Sochaux s'est incliné face à Nancy', which the parser reads as a root
        if not SCORE.search(sentence.text):
            return False
        if token.i == token.head.i + 1 and sports_verb:
            return True  # 'Rennes a battu Nantes (2-1)': what the verb governs right after it
        return subject or opponent

    def _reflexive_sports_verb_after(self, doc: Doc, i: int) -> bool:
        """ "X s'est incliné", "X s'impose": a sports verb with its reflexive pronoun right
        after the name, its subject."""
        j = i + 1
        if j >= len(doc) or doc[j].lower_ not in ("s'", "s’", "se"):
            return False
        j += 1
        if j < len(doc) and doc[j].pos_ == "AUX":
            j += 1
        return j < len(doc) and lemma(doc[j]) in self.lex["sports_verbs"]

    def _kind_from_context(self, doc: Doc, start: int) -> str | None:
        before = doc[max(0, start - 8) : start].text_with_ws
        for kind, pattern in self.kind_before.items():
            if pattern.search(before):
                return None if kind == "site" else kind
        return None

    def _is_big_by_its_own_name(self, place) -> bool:
        """Big, and found by its own name: not a city through one of its other names, which
        GeoNames lists by the dozen for the biggest ('Mila' for Milan, 'Reuilly' for Paris 12
        Reuilly): the NER's 'person' wins over these ('la jeune Mila')."""
        return self._is_big_place(place) and not (
            place.kind == "city" and place.alternate and not place.curated
        )

    def _is_big_place(self, place) -> bool:
        """Known well enough to win over the NER's 'person': 'Bakhmout' is listed by us."""
        return (
            place.kind in ("country", "continent", "region", "other")
            or place.population >= 100_000
            or place.curated
        )
