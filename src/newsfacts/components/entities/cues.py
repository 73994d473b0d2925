"""Names found by the words around them, which the NER misses or mis-types: datelines, roads,
streets and gates, events, works, pets, type nouns, titles, bare acronyms. Metonyms,
institutions, services and parties: institution_cues.py."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsfacts.components import text_of
from newsfacts.components.entities.acronyms import _acronym_then_person
from newsfacts.components.entities.boundaries import _inside_name, _name_end
from newsfacts.components.entities.common_words import CLOSING_QUOTES
from newsfacts.components.entities.institution_cues import _folded_noun
from newsfacts.components.entities.lexicon import load_animal_nouns, load_naming_participles
from newsfacts.components.entities.mention import Mention
from newsfacts.components.entities.tokens import (
    _capitalised,
    _feature_in_common_use,
    _first_name,
    _opens_sentence,
    _skip_adjectives,
)
from newsfacts.components.entities.vocabulary import (
    AFTER_HONORIFIC,
    ARTICLES,
    BARE_ACRONYM,
    DATELINE,
    DE_FORMS,
    DEFINITE_ARTICLES,
    EVENT,
    HONORIFICS,
    NAME_PARTICLES,
    ORGANIZATION,
    PERSON,
    PERSONAL_TEAM_NOUNS,
    PLACE,
    PREPOSITIONS_OF,
    ROAD_IN_TEXT,
    SINGLE_NAME_TITLES,
    STREET_TITLES,
    SURNAME_PARTICLES,
    TOWN_DATELINE,
    TOWN_DATELINE_LINES,
    TYPE_NOUN_DETERMINERS,
    TYPE_NOUN_GAP,
)
from newsfacts.components.gazetteer import fold

# A dateline's named groups: what each names and its hint ('place' and 'region' in both
# datelines, 'agency' only in the agency's).
DATELINE_GROUPS = (
    ("place", PLACE, "city"),
    ("region", PLACE, "region"),
    ("agency", ORGANIZATION, None),
)


def _dateline_mentions(doc: Doc, match: re.Match, groups: tuple) -> list[Mention]:
    """The mentions of a dateline matched at the start of the doc's text, one per group found."""
    found = []
    for group, kind, hint in groups:
        if match.group(group) is None:
            continue
        span = doc.char_span(match.start(group), match.end(group), alignment_mode="expand")
        if span is not None:
            found.append(Mention(span.start, span.end, kind, hint, source="dateline"))
    return found


class CueNames:
    """Rules of MentionFinder (finder.py), which holds the lexicons and matchers they read."""

    def _dateline(self, doc: Doc) -> list[Mention]:
        match = DATELINE.match(doc[:60].text)  # a Span's text: Doc.text is rebuilt per call
        if match is None:
            return []
        return _dateline_mentions(doc, match, DATELINE_GROUPS)

    def _town_dateline(self, doc: Doc) -> list[Mention]:
        """'Un mort dans un dépassement.\nBAR-LE-DUC. _ Vers 0 h 40': the regional press opens
        the first or second line with the town in capitals, a full stop and a dash. After an
        underscore, the paper's own mark, any town; after a full stop and a plain dash, one the
        gazetteer knows (not a kicker in capitals: 'JACKPOT - L'heureux gagnant')."""
        text = doc[:80].text
        for match in TOWN_DATELINE.finditer(text):
            if text.count("\n", 0, match.start()) >= TOWN_DATELINE_LINES:
                break
            name = match.group("place")
            if len(name) < 3 or not any(c.isalpha() for c in name[1:]):
                continue
            if match.group("mark") != "_" and not (
                match.group("stop") and self.gazetteer.lookup(name)
            ):
                continue  # 'JACKPOT - L'heureux gagnant': a kicker in capitals, no town
            return _dateline_mentions(doc, match, DATELINE_GROUPS[:2])
        return []

    def _roads(self, doc: Doc) -> list[Mention]:
        """'l'A62', 'la RN 12', 'la D906': roads are claimed so that the NER does not take them
        for organisations ('RN' alone is a party), and are no places either: real-news gold
        leaves them out ('l'autoroute A16'), as it does streets' numbers."""
        found = []
        for match in ROAD_IN_TEXT.finditer(text_of(doc)):
            span = doc.char_span(match.start("road"), match.end("road"))
            if span is not None:
                found.append(Mention(span.start, span.end, EVENT, source="road"))
        return found

    def _event_names(self, doc: Doc) -> list[Mention]:
        """'l'accord de Paris', 'la cérémonie des César', 'le festival d'Avignon': a name after
        an event or treaty noun belongs to the event; it is no place and no actor."""
        found = []
        for _, start, end in self.event_nouns(doc):
            if _inside_name(doc, start):
                continue  # "Organisation du traité de l'Atlantique Nord": inside a name
            i = end
            while i < len(doc) and i - end < 2 and doc[i].lower_ in PREPOSITIONS_OF:
                i += 1
            if i == end or i >= len(doc) or not _capitalised(doc[i]):
                continue
            if doc[i].ent_type_ == "ORG" or doc[i].text.isupper():
                continue  # "la convention de l'ONU": the organisation stays an actor
            if doc[i].ent_type_ == "PER" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
                continue  # 'le festival de Jean Dupont'
            found.append(Mention(start, _name_end(doc, i), EVENT, source="event"))
        return found

    def _work_titles(self, doc: Doc) -> list[Mention]:
        """'"Le Doulos" de Jean-Pierre Melville', '"Habemus Papam" (2011)', 'le film "Holy
        Motors"': a quoted title followed by its author or its year, or after a work noun, is a
        work's; the names inside are no actors ('"Vincent, François, Paul... et les autres"').
        So is one right after 'à', 'de' or 'dit' ('face à "Rouge"', 'la saison de "Gouvernement
        d'union"', 'dit "Lulu"'): a title or nickname, where a medium would follow 'selon le'."""
        found = []
        for token in doc[1:-2]:
            title = _quoted_title(doc, token.i)
            if title is None:
                continue
            start, end = title
            if self._after_type_noun(doc, token.i):
                continue  # 'l'association "Au Cœur des Jumeaux" de ...': an organisation
            if (
                self._after_work_noun(doc, token.i)
                or self._author_or_year(doc, end + 1)
                or _in_list_of_quoted_titles(doc, token.i, end)
                or (
                    doc[token.i - 1].lower_ in ("à", "de", "d'", "d’", "dit", "dite")
                    and not any(t.ent_type_ == "ORG" for t in doc[start:end])
                )  # not 'a confié à "Libération"', 'une enquête de "Mediapart"'
            ):
                found.append(Mention(start, end, EVENT, source="work"))
        return found

    def _animal_names(self, doc: Doc) -> list[Mention]:
        """'son chien Loubo', 'sa doberman Gala', 'un berger malinois de 3 ans prénommé
        "Loubo"': a name after an animal's noun, with at most its breed, its age or a naming
        word between, is a pet's: claimed, so that it is neither an actor nor a place."""
        found = []
        animals = load_animal_nouns()
        for token in doc:
            if token.text not in animals:  # lower case: 'Le Canard enchaîné' is a name
                continue
            start = token.i + 1
            while (
                start < len(doc)
                and start - token.i <= PET_NAME_GAP
                and _before_pet_name(doc[start])
            ):
                start += 1
            end = start + 1  # a pet has one name: 'son dauphin Jordan Bardella' is a person
            if (
                end <= len(doc)
                and doc[start].is_title
                and doc[start].is_alpha
                and (end == len(doc) or not _capitalised(doc[end]))
            ):
                found.append(Mention(start, end, EVENT, source="animal"))
        return found

    def _after_type_noun(self, doc: Doc, quote: int) -> bool:
        before = doc[_skip_adjectives_back(doc, quote - 1)]
        return before.lower_ in self.lex["type_nouns_set"] or before.lower_ in self.type_noun_words

    def _after_work_noun(self, doc: Doc, quote: int) -> bool:
        """'le film "X"', 'son dernier album "X"', 'le tableau culte "X"'."""
        return doc[_skip_adjectives_back(doc, quote - 1)].lower_ in self.lex["work_nouns"]

    def _author_or_year(self, doc: Doc, i: int) -> bool:
        """After the closing quote: 'de Jean-Pierre Melville', 'd'Haendel', '(1962)'."""
        if i + 1 >= len(doc):
            return False
        if doc[i].text == "(" and doc[i + 1].like_num and len(doc[i + 1].text) == 4:
            return True
        if doc[i].lower_ not in ("de", "d'", "d’") or not _capitalised(doc[i + 1]):
            return False
        author = doc[i + 1 : _name_end(doc, i + 1)]
        return doc[i + 1].ent_type_ == "PER" and not self.gazetteer.lookup(author.text)

    def _streets(self, doc: Doc) -> list[Mention]:
        """'boulevard Gambetta', 'place François-Mitterrand': the street noun and the name right
        after it are one place; the name inside is no person and no town."""
        found = []
        for _, start, end in self.street_nouns(doc):
            if (
                start > 0
                and _capitalised(doc[start - 1])
                and doc[start - 1].lower_ not in ARTICLES
                and not self._headline_word(doc[start - 1])
            ):
                continue  # inside a longer name; 'La piscine du Moustoir' opens a sentence
            if _inside_name(doc, start):
                continue  # 'Autorité du canal de Suez'
            if doc[start].lower_ in self.feature_nouns and _feature_in_common_use(doc, start):
                continue  # 'une rivière des Vosges', 'un départ massif d'Ukrainiens'
            towns = self._route_ends(doc, start, end)
            if towns:
                found.extend(towns)  # 'la route Commercy-Void': two towns, no street
                continue
            name = self._street_name_start(doc, start, end)
            if name is not None:
                name_end = self._before_town(doc, name, _name_end(doc, name))
                if doc[start:end].text.lower() in self.lex["venue_nouns"]:
                    # 'l'église Santa Maria', 'la gare Saint-Lazare': a building; claimed, so
                    # that its name is read as no person and no town, then dropped
                    found.append(Mention(start, name_end, EVENT, source="building"))
                else:
                    found.append(Mention(start, name_end, PLACE, "other", source="street"))
        return found

    def _route_ends(self, doc: Doc, start: int, end: int) -> list[Mention]:
        """'la route Commercy-Void': a route noun, then two one-word names joined by a hyphen,
        one of them a town the gazetteer knows: the road's two ends, each a town, however
        small the other ('Void')."""
        if doc[start:end].text.lower() not in self.lex["route_nouns"] or end + 3 > len(doc):
            return []
        left, hyphen, right = doc[end], doc[end + 1], doc[end + 2]
        if (
            hyphen.text != "-"
            or left.whitespace_
            or hyphen.whitespace_
            or not (_capitalised(left) and _capitalised(right))
            or left.text.isupper()
            or right.text.isupper()
            or (end + 3 < len(doc) and doc[end + 3].text == "-" and not doc[end + 2].whitespace_)
        ):
            return []
        if not any(
            entry.kind == "city"
            for part in (left, right)
            for entry in self.gazetteer.lookup(part.text)
        ):
            return []
        return [
            Mention(end, end + 1, PLACE, "city", source="route"),
            Mention(end + 2, end + 3, PLACE, "city", source="route"),
        ]

    def _headline_word(self, token: Token) -> bool:
        """'Accident rue de Danjoutin.': a common word capitalised only because it opens the
        headline or the sentence, no part of a name."""
        return _opens_sentence(token) and token.is_title and token.lower_ in self.french_words

    def _before_town(self, doc: Doc, start: int, end: int) -> int:
        """'l'église Saint-Trophime d'Arles', "la fédération LR de l'Ain": the place after 'de'
        is a place of its own; 'la liste RN de Louis Alliot': the person after 'de' is a person
        of their own."""
        for i in range(start + 1, end - 1):
            # only 'de' puts a place after a name: 'd'Arles', 'de l'Ain' ('en Libye' was
            # tried: it cost a held-out set)
            if doc[i].lower_ not in DE_FORMS:
                continue
            tail = i + 1
            proper = all(_capitalised(token) for token in doc[start:i])
            if doc[tail].lower_ in LOWER_ARTICLES and tail + 1 < end:
                if not proper:
                    continue  # "l'Alliance pour les droits humains de l'Equateur": its name
                tail += 1  # 'de l'Ain', 'de la Somme'; not 'de La Fontaine'
            if self.gazetteer.lookup(doc[tail:end].text):
                return i
            if _first_name(doc[tail], self.first_names) and _person_entity(doc, tail, end):
                return i  # not 'le journal Folha de S. Paulo'
        return end

    def _street_name_start(self, doc: Doc, start: int, end: int) -> int | None:
        """'boulevard Gambetta', and with an article, which a town's name never takes:
        'jardin du Luxembourg', 'avenue de la Grande-Armée', 'piscine du Moustoir'; not 'la
        place de la France dans le monde'."""
        i = end
        if i < len(doc) and doc[i].lower_ in ("du", "des"):
            i += 1
        elif i + 1 < len(doc) and doc[i].lower_ == "de" and doc[i + 1].lower_ in ARTICLES:
            i += 2
        elif i + 1 < len(doc) and doc[i].lower_ in ("de", "d'", "d’"):
            noun = doc[start:end].text.lower()
            if noun in GATE_NOUNS and not _door(doc[start]) and self._gate_town(doc, i + 1):
                return i + 1  # 'la porte de Clignancourt', "porte d'Aubervilliers": a gate
            if noun not in self.lex["street_nouns_with_de"] | self.feature_nouns:
                return None  # 'le gymnase de Lézignan', 'la gare d'Arlon': the town is the place
            i += 1  # 'rue de Rivoli', not 'rue de Paris' (a street of Paris); 'canal de Suez'
            entries = self.gazetteer.lookup(doc[i : _name_end(doc, i)].text)
            if noun not in self.feature_nouns and any(
                self._is_big_by_its_own_name(e) for e in entries
            ):
                return None
            if entries and entries[0].kind in ("country", "continent"):
                return None  # 'le plus long fleuve de France'; but 'golfe du Mexique'
        if i > end and i + 1 < len(doc) and doc[i].text in STREET_TITLES:
            i += 1  # 'rue du maréchal de Luxembourg', 'avenue du général Leclerc'
            if doc[i].lower_ in ("de", "d'", "d’") and i + 1 < len(doc):
                i += 1
        if i >= len(doc) or not _capitalised(doc[i]) or doc[i].is_punct:
            return None
        if i > end and doc[i].text in self.lex["head_words"] and _name_end(doc, i) - i > 1:
            return None  # 'le jardin du Centre médical de l'Argentière': an organisation's
        if (
            i > end
            and doc[start:end].text.lower() in self.lex["ambiguous_street_nouns"]
            and self.gazetteer.lookup(doc[i : _name_end(doc, i)].text)
        ):
            return None
        return i

    def _gate_town(self, doc: Doc, i: int) -> bool:
        """'porte de Clignancourt', "porte d'Aubervilliers": a city gate takes the name of the
        town or the village it led to; the NER reads it as a place, or the gazetteer knows a
        town of it. Not 'la porte de LREM' (a party), nor 'la porte de l'Europe' (no town)."""
        if not _capitalised(doc[i]) or doc[i].is_punct:
            return False
        name = doc[i : _name_end(doc, i)]
        entries = self.gazetteer.lookup(name.text)
        if entries:
            return entries[0].kind == "city"
        return all(token.ent_type_ == "LOC" for token in name)

    def _typed_names(self, doc: Doc) -> list[Mention]:
        """ "l'ONG Pueblos Sin Fronteras": the noun before a name says it is an organisation."""
        found = []
        ents_at = {entity.start: entity for entity in doc.ents}
        # 'le président du club Sébastien Dassé ... a indiqué M. Dassé': a surname
        surnames = {match.group(1) for match in AFTER_HONORIFIC.finditer(text_of(doc))}
        # 'Joe Biden ... l'équipe Biden': the last words of full person names
        last_names = surnames | {
            entity[-1].text for entity in doc.ents if entity.label_ == "PER" and len(entity) > 1
        }
        for _, start, end in self.type_nouns(doc):
            if start == 0 or doc[start - 1].lower_ not in TYPE_NOUN_DETERMINERS | {"un", "une"}:
                continue
            if not doc[end - 1].whitespace_ and end < len(doc) and doc[end].is_alpha:
                continue  # 'les syndicatsChez les voisins': a glued intertitle follows
            if _folded_noun(doc[start:end]) not in self.lex["type_nouns_set"] and (
                doc[start - 1].lower_ not in PLURAL_TYPE_NOUN_DETERMINERS
            ):
                continue  # 'le magnat des médias Jimmy Lai': a complement, not a type
            if doc[start].is_title and not doc[start].is_sent_start and doc[start].text != "ONG":
                continue
            quoted = _quoted_name(doc, _skip_adjectives(doc, end))
            if quoted is not None:  # 'l'association "Au Cœur des Jumeaux"'
                title = doc[start:end].text.lower()
                found.append(Mention(*quoted, ORGANIZATION, hint=title, source="type"))
                continue
            i, loose = self._name_after_type_noun(doc, end)
            if i is None:
                continue  # a capitalised article may open the name: 'le parti Les Républicains'
            if (
                doc[start].lower_ in PERSONAL_TEAM_NOUNS
                and doc[i].text in last_names
                and _name_end(doc, i) == i + 1
            ):
                # 'l'équipe Trump': the person's team, the name is the person's
                found.append(Mention(i, i + 1, PERSON, source="type"))
                continue
            entity = ents_at.get(i)  # 'le groupe russe Wagner' even when the NER says person
            if len(doc[i].text) < 2:
                continue  # 'le groupe G' of a tournament
            if (
                loose
                and entity is not None
                and entity.label_ == "PER"
                and (len(entity) > 1 or self._apposed_person_noun(doc[i - 1].lower_))
                and (
                    doc[i - 1].text == ","
                    or any(
                        self._apposed_person_noun(t.lower_) or t.pos_ == "DET" for t in doc[end:i]
                    )
                )
            ):
                # 'la formation de son fondateur Jean Dupont', 'les forces du maréchal Haftar'
                # (a surname right after the title); 'l'institut de recherche Verisk
                # Maplecroft' (no one between) is the institute
                continue
            if (
                loose
                and entity is not None
                and entity.label_ == "PER"
                and _first_name(doc[i], self.first_names)
            ):
                # 'Pour l'entreprise, Yannick n'avait pas', 'son concurrent de droite Alain
                # Carignon': a first name the NER reads as a person, with words between it
                # and the type noun, opens a person's name, not the name of the type noun
                continue
            if (
                (
                    doc[start - 1].lower_ in PERSONAL_POSSESSIVES
                    or (
                        doc[start - 1].lower_ == "du"
                        and start > 1
                        and self._apposed_person_noun(doc[start - 2].lower_)
                    )
                )
                and i - end <= 1
                and _first_name(doc[i], self.first_names)
                and _name_end(doc, i) - i in (2, 3)
                and all(token.is_title for token in doc[i : _name_end(doc, i)])
            ):
                # 'le président du groupe centriste Hervé Marseille', 'son rival David
                # Nabarro': a first name and a surname after the group of someone's title or
                # after a possessive are the person heading or facing it, not 'les salariés
                # du groupe Louis Dreyfus'
                continue
            name_end = max(entity.end if entity is not None else 0, _name_end(doc, i))
            name_end = next(
                (k for k in range(i + 1, name_end) if doc[k].text in HONORIFICS), name_end
            )  # 'au quotidien Al-Ayyam M. Jamil': the person is found apart
            while name_end - i > 1 and doc[name_end - 1].lower_ in NAME_PARTICLES:
                name_end -= 1  # 'la liste RN de Mme Plane': the 'de' is no part of the name
            if name_end - i > 1 and doc[name_end - 1].text in surnames:
                continue  # a person's name, the NER reads it
            name_end = self._before_town(doc, i, name_end)  # 'le magasin Castorama d'Avignon'
            if _acronym_then_person(doc[i:name_end], self._apposed_person_noun):
                name_end = i + 1  # "l'économiste de la banque ING Henrik Aalto"
            elif self.gazetteer.lookup(doc[i:name_end].text):
                name_end = self._lowercase_tail_end(doc, name_end)  # 'Lorient en commun'
            name_end = _with_lower_case_pair(doc, i, name_end)
            title = doc[start:i].text.lower().rstrip(" ,")
            found.append(Mention(i, name_end, ORGANIZATION, hint=title, source="type"))
        return found

    def _persons_before_titles(self, doc: Doc, entities: list, titles: list) -> list[Mention]:
        """'estime Ariadne Voulgari, guide touristique,': a name the NER calls a work or an
        organisation is a person's when a person's title follows it in apposition."""
        title_starts = {
            start
            for _, start, end in titles
            if doc[start:end].text.lower() in self.person_titles
            and not _title_of_next_name(doc, end)  # 'sur Radio Classique, le professeur Raoult'
        }
        found = []
        for entity in entities:
            if entity.label_ not in ("MISC", "ORG") or not 2 <= len(entity) <= 3:
                continue
            if entity[0].text in self.lex["head_words"]:
                continue
            if _acronym_then_person(
                entity, self._apposed_person_noun
            ):  # "à l'AFP Sébastien, un salarié"
                continue
            i = entity.end
            if i + 1 >= len(doc) or doc[i].text != ",":
                continue
            title = i + 2 if doc[i + 1].lower_ in APPOSITION_DETERMINERS else i + 1
            if title not in title_starts:
                continue
            if all(t.pos_ == "PROPN" and _capitalised(t) and t.is_alpha for t in entity) and not (
                self.gazetteer.lookup(entity.text)
            ):
                found.append(Mention(entity.start, entity.end, PERSON, source="title"))
        return found

    def _organisations_inside_places(self, entities: list) -> list[Mention]:
        """'le jardin du Centre médical de l'Argentière' tagged as one place: the name that
        opens with an organisation's head word after 'du' is the organisation."""
        found = []
        for entity in entities:
            if entity.label_ != "LOC" or not entity[0].is_lower:
                continue
            for i in range(entity.start + 1, entity.end - 1):
                token = entity.doc[i]
                if token.text in self.lex["head_words"] and entity.doc[i - 1].lower_ in (
                    "du",
                    "des",
                ):
                    found.append(Mention(i, entity.end, ORGANIZATION, source="type"))
                    break
        return found

    def _names_with_tail_words(self, doc: Doc) -> list[Mention]:
        """'président du Dubai Gold and Jewellery Group,': capitalised words (and 'and', 'of')
        that end with a company's closing word are that company, where the NER saw none."""
        found = []
        for token in doc:
            if token.text not in self.lex["tail_words"] or token.ent_type_ == "ORG":
                continue
            if (
                token.i + 1 < len(doc)
                and _capitalised(doc[token.i + 1])
                and doc[token.i + 1].is_alpha
            ):
                continue  # 'UAE Team Emirates': the name goes on
            if self.gazetteer.lookup(token.text):
                continue  # 'France', 'City': also places
            start = token.i
            while (
                start > 0
                and token.i - start < TAIL_NAME_LENGTH
                and (
                    (_capitalised(doc[start - 1]) and doc[start - 1].is_alpha)
                    or doc[start - 1].lower_ in TAIL_NAME_INNER_WORDS
                )
            ):
                start -= 1
            while start < token.i and (
                doc[start].lower_ in TAIL_NAME_INNER_WORDS
                or (_opens_sentence(doc[start]) and doc[start].pos_ != "PROPN")
            ):
                start += 1  # 'Selon' opening the sentence is no part of it
            if token.i - start >= 1 and not any(t.ent_type_ == "ORG" for t in doc[start : token.i]):
                found.append(Mention(start, token.i + 1, ORGANIZATION, source="type"))
        return found

    def _someone_named(self, doc: Doc) -> list[Mention]:
        """'Un certain "Pokercroix" a remporté', 'une certaine Julie': a person known by that
        name or pseudonym alone, never a place."""
        found = []
        for token in doc[1:-1]:
            if token.lower_ not in SOMEONE_CUES or doc[token.i - 1].lower_ not in ("un", "une"):
                continue
            quoted = _quoted_name(doc, token.i + 1)
            if quoted is not None:
                found.append(Mention(*quoted, PERSON, source="title"))
            elif _capitalised(doc[token.i + 1]) and doc[token.i + 1].is_alpha:
                name_end = _name_end(doc, token.i + 1)
                name = doc[token.i + 1 : name_end]
                if not self.gazetteer.lookup(name.text):  # not 'une certaine France'
                    found.append(Mention(name.start, name.end, PERSON, source="title"))
        return found

    def _name_after_type_noun(self, doc: Doc, end: int) -> tuple[int | None, bool]:
        """Where the name after a type noun starts, and whether words stand between them:
        'le groupe russe Wagner' (adjectives), 'son distributeur, Pyramide Lumière' (a
        comma), 'le géant taïwanais des semi-conducteurs TSMC', 'le parti au pouvoir Morena'
        (a complement, never one that ends with 'de': 'l'entreprise de Jean Dupont')."""
        i = _skip_adjectives(doc, end)
        if i >= len(doc):
            return None, False
        if _capitalised(doc[i]):
            return i, False
        if doc[i].text == "," and i + 1 < len(doc) and _capitalised(doc[i + 1]):
            name = doc[i + 1 : _name_end(doc, i + 1)]
            return (None, False) if self.gazetteer.lookup(name.text) else (i + 1, True)
        j = i
        while (
            j < len(doc)
            and j - i < TYPE_NOUN_GAP
            and doc[j].is_lower
            and doc[j].pos_ in ("ADJ", "ADP", "DET", "NOUN")
            and doc[j].lower_ not in self.lex["titles"]
            and doc[j].lower_ not in self.type_noun_words  # 'un sondage de l'institut Ifop'
        ):
            j += 1
        if j == i or j >= len(doc) or not _capitalised(doc[j]) or doc[j].text in HONORIFICS:
            return None, False
        if doc[j - 1].lower_ in PREPOSITIONS_OF or doc[j - 1].pos_ in ("ADP", "DET"):
            return None, False
        return j, True

    def _lowercase_tail_end(self, doc: Doc, end: int) -> int:
        """A group or list named after its town goes on in lower case up to the punctuation:
        'le groupe Lorient en commun,', 'la liste Grenoble en mouvement.'."""
        j = end
        while (
            j < len(doc)
            and j - end < 3
            and doc[j].is_lower
            and doc[j].pos_ in ("ADP", "NOUN", "ADJ")
            and fold(doc[j].text) not in self.lex["generic"]
        ):
            j += 1
        if j > end and j < len(doc) and doc[j].text in (",", ".", ")", "»", ";"):
            return j
        return end

    def _names_after_titles(self, doc: Doc, titles: list, taken: list[bool]) -> list[Mention]:
        """'Le Premier ministre Ariel Henry a assuré': two proper nouns or more right after a
        title are a person's name, also when the NER saw none; one is enough after the titles
        of monarchs and clerics ('le pape François', 'le prince William')."""
        found = []
        for _, start, end in titles:
            i = _skip_adjectives(doc, end)
            j = i
            while j < len(doc) and not taken[j] and self._name_word_after_title(doc, j, i):
                j += 1
            enough = 1 if doc[start:end].text.lower() in SINGLE_NAME_TITLES and i == end else 2
            if j - i >= enough and not any(
                self._is_big_place(entry) for entry in self.gazetteer.lookup(doc[i:j].text)
            ):
                found.append(Mention(i, j, PERSON, source="title"))
        return found

    def _name_word_after_title(self, doc: Doc, j: int, first: int) -> bool:
        """A capitalised word of the name after a title: a proper noun, or a word French does
        not have that the tagger took for another part of speech ('l'enseignant Iliyan
        Markov', 'Markov' a verb), or a capitalised particle opening the surname ('le juge Van
        Ruymbeke')."""
        token = doc[j]
        if not token.is_title:
            return False
        if token.pos_ == "PROPN":
            return True
        if token.is_alpha and token.lower_ not in self.french_words:
            return True
        return (
            j == first
            and token.lower_ in SURNAME_PARTICLES
            and j + 1 < len(doc)
            and doc[j + 1].is_title
            and doc[j + 1].lower_ not in self.french_words
        )

    def _bare_acronyms(self, doc: Doc, taken: list[bool]) -> list[Mention]:
        """'La FCPE, première fédération de parents d'élèves,', 'a indiqué la CGT': an acronym
        the NER missed, with a definite article, that a type noun in apposition or a reporting
        verb shows to be an organisation."""
        found = []
        for token in doc:
            text = token.text
            if taken[token.i] or not BARE_ACRONYM.match(text) or token.i == 0:
                continue
            if (
                doc[token.i - 1].lower_ not in DEFINITE_ARTICLES
                or text in self.lex["common_acronyms"]
            ):
                continue
            span = doc[token.i : token.i + 1]
            if self.gazetteer.lookup(text):
                continue
            if self._org_apposition(doc, token.i + 1) or self._speaks(span):
                found.append(Mention(token.i, token.i + 1, ORGANIZATION, source="acronym"))
        return found


# A city gate, named by the town it led to after 'de' ('la porte de Clignancourt').
GATE_NOUNS = {"porte"}

LOWER_ARTICLES = {"la", "l'", "l’"}


def _with_lower_case_pair(doc: Doc, start: int, end: int) -> int:
    """'le groupe Libertés et territoires', "l'association Vélo et territoires": a one-word name
    after its type noun goes on with 'et' and a plural lower-case noun that ends the phrase."""
    if end - start != 1 or end + 1 >= len(doc) or doc[end].lower_ != "et":
        return end
    noun = doc[end + 1]
    after = doc[end + 2] if end + 2 < len(doc) else None
    if not (noun.is_alpha and (noun.is_lower or noun.is_title) and noun.lower_[-1] in "sx"):
        return end  # a plural noun, which 'Territoires' may be written too
    if noun.is_lower and noun.pos_ != "NOUN":
        return end
    if after is not None and not (after.is_punct or after.pos_ in ("VERB", "AUX")):
        return end  # 'le groupe Renault et salariés du site': no name ends there
    return end + 2


def _person_entity(doc: Doc, start: int, end: int) -> bool:
    """The NER reads doc[start:end] as one person's name, no more and no less."""
    if doc[start].ent_iob_ != "B" or doc[start].ent_type_ != "PER":
        return False
    k = start + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k == end


# A door someone slams, knocks at or opens is no gate: 'a claqué la porte de Lyon', 'frapper à
# la porte de Bruxelles'. Stems, not lemmas: the lemmatizer runs after the mention finder.
DOOR_VERB_STEMS = ("claqu", "frapp", "ouvr", "ouvert", "ferm", "pouss", "enfon", "toqu", "cogn")


def _door(noun: Token) -> bool:
    """The door a verb acts on: its object ('claquer la porte'), or after 'à' ('frapper à la
    porte'); not 'fermée entre la porte de Paris et …', where the gate is the place."""
    verb = noun.head
    if verb.i == noun.i or verb.pos_ != "VERB" or not verb.lower_.startswith(DOOR_VERB_STEMS):
        return False
    return noun.dep_ == "obj" or any(child.lower_ == "à" for child in noun.children)


def _title_of_next_name(doc: Doc, end: int) -> bool:
    i = _skip_adjectives(doc, end)
    return i < len(doc) and _capitalised(doc[i]) and doc[i].is_alpha


# Before a plural type noun: 'les milices Interahamwe', not 'le magnat des médias Jimmy Lai'.
PLURAL_TYPE_NOUN_DETERMINERS = {"les", "ses", "leurs", "ces"}
# A type noun after these is someone's ('son rival'): a person's full name after it is no
# organisation's.
PERSONAL_POSSESSIVES = {"son", "sa", "leur"}

TAIL_NAME_LENGTH = 6
TAIL_NAME_INNER_WORDS = {"and", "of", "&", "the", "for"}


APPOSITION_DETERMINERS = {"le", "la", "l'", "l’", "un", "une", "son", "sa"}

# How far after an animal's noun its name may stand ('berger malinois de 3 ans prénommé "Loubo"')
PET_NAME_GAP = 7
AGE_WORDS = {"ans", "an", "mois", "semaines"}


def _before_pet_name(token: Token) -> bool:
    """A word between an animal's noun and its name: a breed or colour in lower case, an
    age ('de 3 ans'; not 'le chien de Paul Martin'), a naming participle, an opening mark."""
    doc = token.doc
    return (
        token.lower_ in AGE_WORDS
        or token.lower_ in SOMEONE_CUES
        or token.lower_ in load_naming_participles()
        or token.like_num
        or (token.lower_ == "de" and token.i + 1 < len(doc) and doc[token.i + 1].like_num)
        or token.text in OPENING_QUOTES
        or (token.is_lower and token.pos_ == "ADJ")
    )


# 'un certain "Pokercroix"': the words that introduce someone by a name alone
SOMEONE_CUES = {"certain", "certaine", "dénommé", "dénommée", "prénommé", "prénommée"}

OPENING_QUOTES = {'"': '"', "«": "»", "“": "”"}
QUOTED_NAME_LENGTH = 6


def _quoted_name(doc: Doc, i: int) -> tuple[int, int] | None:
    """The tokens of a capitalised name between quote marks that open at token i:
    'l'association "Au Cœur des Jumeaux"', 'le restaurant « Captain's »'. No punctuation but
    a hyphen or an apostrophe stands inside."""
    if i + 2 >= len(doc):
        return None
    return _quoted_words(doc, i, QUOTED_NAME_LENGTH, _breaks_name)


def _breaks_name(token: Token) -> bool:
    return token.is_punct and token.text not in ("-", "'", "’")


def _quoted_words(doc: Doc, i: int, length: int, breaks) -> tuple[int, int] | None:
    """The tokens between the quote mark that opens at token i and its closing mark, at most
    length of them, when they start with a capital and none breaks them (breaks(token))."""
    if doc[i].text not in OPENING_QUOTES or not _capitalised(doc[i + 1]):
        return None
    closing = OPENING_QUOTES[doc[i].text]
    for j in range(i + 2, min(len(doc), i + 2 + length)):
        if doc[j].text == closing:
            return i + 1, j
        if breaks(doc[j]):
            return None
    return None


def _skip_adjectives_back(doc: Doc, i: int, limit: int = 2) -> int:
    """The token before lower-case adjectives ending at i: 'son dernier album', 'le film culte'."""
    start = i
    while i > 0 and start - i < limit and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1
    return i


# Tokens a work's title spans at most between its quote marks.
WORK_TITLE_LENGTH = 12
LISTED_TITLES = 6  # works listed in one pair of parentheses, at most
SENTENCE_MARKS = {".", "!", "?", ";", ":"}


def _quoted_title(doc: Doc, i: int) -> tuple[int, int] | None:
    """The tokens of a quoted title at token i, which may hold commas but no sentence's end:
    '"Vincent, François, Paul... et les autres"'. A straight quote opens when glued to the word
    after it."""
    if doc[i].text == '"' and doc[i].whitespace_:
        return None
    return _quoted_words(doc, i, WORK_TITLE_LENGTH, _breaks_title)


def _in_list_of_quoted_titles(doc: Doc, opening: int, closing: int) -> bool:
    """'dans les années 70 ("Les choses de la vie", "Max et les ferrailleurs", "Vincent,
    François, Paul... et les autres")': quoted items listed in parentheses are works' titles.
    The quoted item sits between '(' or ',' and ',' or ')', and a quoted item stands next to it
    inside the same parentheses."""
    before = doc[opening - 1].text if opening > 0 else ""
    after = doc[closing + 1].text if closing + 1 < len(doc) else ""
    if before not in ("(", ",") or after not in (",", ")"):
        return False
    previous = before == "," and opening > 1 and doc[opening - 2].text in CLOSING_QUOTES
    following = after == "," and closing + 2 < len(doc) and doc[closing + 2].text in OPENING_QUOTES
    if not (previous or following):
        return False
    item = doc[opening + 1 : closing]
    if item.ents and item.ents[0].label_ == "ORG" and len(item.ents[0]) == len(item):
        return False  # '("Le Monde", "Le Figaro")': the newspapers, no works
    # the list opens with '(' before any sentence mark or closed parenthesis; a list of works
    # is short, so the look back stops after a few titles' length (linear in the document)
    i = opening - 1
    stop = max(-1, opening - 1 - WORK_TITLE_LENGTH * LISTED_TITLES)
    while i > stop and doc[i].text not in ("(", ")") and doc[i].text not in SENTENCE_MARKS:
        i -= 1
    return i > stop and doc[i].text == "("


def _breaks_title(token: Token) -> bool:
    return token.text in SENTENCE_MARKS or token.text in OPENING_QUOTES
