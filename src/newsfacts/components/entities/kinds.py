"""The kind of each NER name (person, organisation, place or none), from French cues."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from newsfacts.components import text_of
from newsfacts.components.entities.acronyms import (
    _acronym_then_person,
    _holds_acronym,
    _loose_initials_match,
    _spelling_phrases,
)
from newsfacts.components.entities.appositions import Appositions
from newsfacts.components.entities.boundaries import (
    _after_alias,
    _common_word_then_adjective,
    _heading_in_capitals,
    _trim,
    _without_score,
)
from newsfacts.components.entities.common_words import is_common_word
from newsfacts.components.entities.inverted_subjects import _after_reported_words
from newsfacts.components.entities.kind_context import (
    _after_body_title,
    _after_definite_article,
    _after_possessive_person_noun,
    _after_selon,
    _before_article,
    _coordinated_with_name,
    _credit_after_title,
    _cut_before_complement,
    _listed_among_persons,
    _listed_with_organisation,
    _one_word_after_article,
    _read_as_place_twice,
    _spoken_to,
    _town_after_a,
    _town_located_in_parentheses,
    _where_a_town_lies,
)
from newsfacts.components.entities.mention import Mention
from newsfacts.components.entities.org_edges import OrganisationEdges
from newsfacts.components.entities.tokens import (
    _after_article,
    _capitalised,
    _in_parentheses,
    _is_acronym,
    _opens_heading,
    _opens_sentence,
)
from newsfacts.components.entities.vocabulary import (
    AFTER_HONORIFIC,
    ARTICLES,
    CENTURY,
    DEMONYM_DETERMINERS,
    EVENT,
    HONORIFICS,
    LOCATIVE_PREPOSITIONS,
    NAME_PARTICLES,
    NER_KINDS,
    OF_FORMS,
    ORGANIZATION,
    OTHER_HONORIFICS,
    PERSON,
    PLACE,
    PORTFOLIO_HEADS,
    PORTFOLIO_TITLES,
    PREPOSITIONS_OF,
    ROAD,
    ROAD_NAME,
    SURNAME_PARTICLES,
)
from newsfacts.components.gazetteer import fold
from newsfacts.components.lemmas import lemma

# Endings of French past participles ('visé', 'assis', 'réfugiée', 'venu').
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ise", "u", "ue", "us", "ues")
# A city this big is no participle's namesake: 'Paris dans la tourmente'.
WORLD_CITY = 1_000_000
# Reporting only with their complement ('faire savoir'): 'La Première dame a fait du ...'.
LIGHT_VERBS = {"faire"}
# Words between a person's title and 'chez' + the employer: 'responsable du développement chez'.
EMPLOYER_TITLE_REACH = 4
# A town smaller than this, the only place of its name, does not make a common word a place.
SMALL_NAMESAKE = 50_000
# Parts of speech of a lone capitalised word opening a sentence that is no name.
NOT_NAME_POS = ("VERB", "ADJ", "ADV", "ADP", "PRON", "DET", "CCONJ", "SCONJ")
# Letters French writes; a town named with others ('Būsh', a scholarly transliteration) is
# never written so in French news, and matches a person's name only once they are folded away.
FRENCH_LETTERS = set("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ0123456789'’- .")


class Typing(OrganisationEdges, Appositions):
    """Rules of MentionFinder (finder.py), which holds the lexicons and matchers they read."""

    def _person_words(self, entities: list[Span]) -> set[str]:
        """Words of multi-word person names: 'Vingegaard' is Jonas Vingegaard, not a place.
        Read after the place-then-person split, so that 'Seine-Saint-Denis' of 'député de
        Seine-Saint-Denis Yanis Berkane' is not taken for a word of a person's name."""
        words = set()
        for entity in entities:
            if entity.label_ == "PER" and len(entity.text.split()) > 1:
                parts = {token.text for token in entity} | set(entity.text.split())
                words.update(  # 'Zaïre-Emery' of 'Warren Zaïre-Emery', and 'Emery'
                    word for word in parts if word[0].isupper() and len(word) > 2
                )
            elif (  # 'Rama, une femme ...' then 'à Rama': one person; not 'la SNCF, ...'
                len(entity) == 1
                and not _one_word_after_article(entity)
                and self._described_as_person(entity.doc, entity.start, entity.end)
            ):
                words.add(entity.text)
        words.update(self._mostly_persons(entities))
        doc = entities[0].doc if entities else None
        if doc is not None:  # 'M. Erdogan': the word after an honorific is a surname
            words.update(match.group(1) for match in AFTER_HONORIFIC.finditer(text_of(doc)))
        return words - set(HONORIFICS) - OTHER_HONORIFICS

    def _mostly_persons(self, entities: list[Span]) -> set[str]:
        """'Emmanuelle, doctorante ... accueillir Emmanuelle ... Emmanuelle a pris contact': a
        single word the NER reads as a person at least twice, and more often than as anything
        else, is that person wherever it comes back; not a well-known place ('Nancy')."""
        labels: dict[str, Counter] = {}
        for entity in entities:
            if len(entity) == 1 and entity[0].is_title:
                counts = labels.setdefault(entity.text, Counter())
                counts[entity.label_] += 1
                if self._after_place_preposition(entity.doc, entity.start):
                    counts["after place preposition"] += 1  # 'le contrôle de Zinjibar'
        persons = set()
        for text, counts in labels.items():
            others = sum(counts.values()) - counts["PER"]
            if counts["PER"] >= 2 and counts["PER"] > others:
                place = self.gazetteer.best(text)
                if place is None or not (
                    self._is_big_place(place) or counts["after place preposition"]
                ):
                    persons.add(text)
        return persons

    def _classify(
        self,
        doc: Doc,
        entity: Span,
        person_words: set[str],
        names_seen: Counter,
        capitalised_inside: Counter,
    ) -> Mention | None:
        kind = NER_KINDS.get(entity.label_)
        if (
            kind == ORGANIZATION
            and len(entity) == 1
            and entity[0].is_title
            and _listed_among_persons(entity)
            and not self.gazetteer.lookup(entity.text)
            and fold(entity.text) not in self.known_folded
        ):
            kind = PERSON  # 'Michael Youn, Nagui, Salvatore Adamo'
        start, end, gender = _trim(doc, entity.start, entity.end)
        end = _without_score(doc, start, end)
        if kind == PERSON:
            start = self._without_leading_nouns(doc, start, end)
        if start >= end:
            return None
        # 'le porte-parole de la Conférence des évêques': a body, whatever else its words say
        body = (
            # a person takes no article: 'président du Consistoire' tagged PER is the body
            start > 0
            and (kind != PERSON or doc[start - 1].lower_ in ("du", "des", "la", "l'", "l’"))
            and _capitalised(doc[start])  # not 'le président du port de Calais'
            and _after_body_title(doc, start)
            and fold(doc[max(start - 2, 0) : start + 1].text) not in PORTFOLIO_TITLES
            and not self._first_name_at(doc, start)
        )
        if body and not self.gazetteer.lookup(doc[start:end].text):
            kind = ORGANIZATION
        else:
            body = False
        if self._is_event(doc[start:end]) and not body:
            return Mention(start, end, EVENT)  # claimed, so that 'Tour de France' holds no place
        start, end = self._narrow_place(doc, start, end, kind)
        town = self._town_of_venue(doc, start, end) if kind == ORGANIZATION else None
        if town is not None:  # 'la gendarmerie de Sarreguemines': the town is the place
            start, end = town
            kind = PLACE
        while (
            end - start > 1
            and doc[end - 1].is_lower
            and fold(doc[end - 1].text) in self.lex["generic"]
            and (kind != ORGANIZATION or _capitalised(doc[end - 2]))
        ):
            # 'Caire lundi', 'La Provence samedi': a weekday glued to a name; not the
            # 'dimanche' of 'Journal du dimanche'
            end -= 1
        if start >= end:
            return None
        span = doc[start:end]
        text = span.text
        if not any(c.isupper() for c in text) or len(text) < 2:
            return None
        if self._is_generic(span) and not (body and len(span) > 1):
            return None
        if (
            kind == PLACE
            and (span[0].is_lower or len(span) > 1)
            and span[0].lower_ in self.lex["venue_nouns"]
        ):
            return None  # 'la prison de la Santé', 'le Dôme du Rocher': where, not a place
        if (
            kind in (PLACE, None)
            and len(span) > 1
            and span[-1].text in self.lex["venue_tails"]
            and not self.gazetteer.lookup(text)
        ):
            if self._speaks(span) or self._incise_subject(span):
                return Mention(start, end, ORGANIZATION)  # 'a précisé Buckingham Palace'
            return Mention(start, end, EVENT)  # 'Buckingham Palace': claimed, no town inside
        if CENTURY.match(text) or _heading_in_capitals(span):
            return None
        if self._french_words_in_capitals(span):
            return None  # '"INVULNÉRABLE, INTOUCHABLE"', '"PERSÉCUTION" DE ...': emphasis, no name
        if not (body and len(span) > 1) and self._common_noun_phrase(span, names_seen):
            return None  # "la Légion d'honneur", 'un mois d'Incapacité totale de travail'
        if _acronym_then_person(span, self._apposed_person_noun):
            return Mention(start, start + 1, ORGANIZATION)  # 'AFP Lorraine McDermott'
        if ROAD_NAME.match(text):
            return Mention(start, end, PLACE, "other")  # 'RN 12' tagged as an organisation
        if self._demonym_then_name(span) and (kind != PERSON or _after_article(span)):
            return Mention(start + 1, end, PERSON)  # "l'Ethiopienne Tiki Gelana"
        if text in self.lex["common_acronyms"] and text.isupper():
            return None  # '(offensives, NDLR)': an acronym of a thing, whatever the NER says
        if len(span) == 1 and _opens_heading(span[0]) and span[0].pos_ in NOT_NAME_POS:
            # 'Sauvé de la liquidation, le club ...', 'Chez les voisins', '"IL S'EST', and after
            # the headline's dash: 'L'Algérie dans le noir. - Une panne générale'
            return None
        if self._participle_opening_sentence(span):
            return None  # 'Visé par un mandat d'arrêt', 'Réfugié en Suisse', 'Assis dans son salon'
        if self._french_word_opening(span, person_words, capitalised_inside):
            return None  # 'Prié par le tribunal de dire ...', '- "Illogique" -'
        if kind == ORGANIZATION and (
            text in self.lex["common_acronyms"]
            or self._abbreviates_common_noun(doc, span)
            or self._abbreviates_common_phrase(doc, span, names_seen)
        ):
            return None  # 'ventes de SUV', 'accident vasculaire cérébral (AVC)'
        if kind == ORGANIZATION:
            start, end = self._org_edges(doc, start, end)
            end = self._lower_case_name_end(doc, start, end)
            end = self._remit_end(doc, start, end)
            end = _common_word_then_adjective(
                doc,
                start,
                end,
                self.french_words,
                self.lex["demonym_suffixes"],
                self.lex["generic"],
            )
            span = doc[start:end]
            text = span.text
            if _acronym_then_person(span, self._apposed_person_noun):
                return Mention(start, start + 1, ORGANIZATION)  # the person is found apart
        if self._starts_with_title(span):
            return self._person_after_title(doc, span, person_words)
        if self._portfolio_then_name(doc, span):
            return Mention(start + 1, end, PERSON)  # 'ministre de la Défense | Mark Esper'

        if (
            self._is_portfolio(doc, start)
            and not body  # 'déléguée générale du Synerpa'
            and not self.gazetteer.lookup(text)
            and not text.isupper()
        ):
            return None  # 'ministre des Finances': the portfolio is no organisation
        if gender is not None:
            return Mention(start, end, PERSON, gender=gender or None)
        if _after_alias(doc, start):
            return None  # 'Jimmy Chérizier, alias "Barbecue"': a nickname, no second actor
        if self._town_apposition(doc, start, end):
            # 'près de Bleiburg, une localité du sud de l'Autriche': a town, wherever it comes
            # back in the article (source 'type', like 'la localité de X')
            return Mention(start, end, PLACE, "city", source="type")
        if not _one_word_after_article(span) and self._described_as_person(doc, start, end):
            return Mention(start, end, PERSON)  # 'Nadia, 38 ans, tremble', 'Rama, une femme'
        if len(span) == 1 and _after_possessive_person_noun(doc, start):
            return Mention(start, end, PERSON)  # 'son camarade Maurice' (not the island)
        if kind != ORGANIZATION and self._person_noun_apposition(doc, start, end):
            return Mention(start, end, PERSON)  # 'Heloïsa, une résidente', 'Akhmet, employé'
        if (
            kind == PLACE
            and not self.gazetteer.lookup(text)
            and self._after_person_title(doc, span)
        ):
            return Mention(start, end, PERSON)  # 'le chef du tourisme de Dubaï, Hilal al-Marri'
        if (
            kind != PERSON
            and text in person_words
            and not self._country_after_preposition(doc, span)
            and not (  # 'Vosges' of 'Vosges Matin' (a person for the NER): the department
                _where_a_town_lies(doc, start, end)
                and any(entry.kind != "city" for entry in self.gazetteer.lookup(text))
            )
        ):
            return Mention(start, end, PERSON)
        if kind != PERSON and self._tail_word_after(doc, end):
            return Mention(start, end + 1, ORGANIZATION)  # 'Bordeaux | Métropole'
        place = self.gazetteer.best(text)
        if span[0].text in self.lex["head_words"] or (
            len(span) > 1 and span[-1].text in self.lex["tail_words"] and place is None
        ):
            if self._is_club_head(doc, start, end):
                end = self._club_end(doc, end)  # 'Stade | rennais' tagged MISC
            else:
                end = self._lower_case_name_end(doc, start, end)  # tagged as a place
            return Mention(start, end, ORGANIZATION)
        if kind in (ORGANIZATION, None) and self._after_person_title(doc, span):
            return Mention(start, end, PERSON)  # 'le directeur de l'OMS, Tedros Adhanom ...'
        if kind is None and self._full_name_of_person(doc, span, person_words):
            return Mention(start, end, PERSON)  # 'avec Recep Tayyip Erdogan' tagged MISC
        if kind == PERSON:
            if self._is_demonym(span):
                return None  # 'rappelle cette Irlandaise'
            if _credit_after_title(span, cited=len(span) > 1):
                return Mention(start, end, ORGANIZATION)  # '("Miroir de nos peines", Albin Michel)'
            if any(c.isdigit() for c in text):
                return Mention(start, end, ORGANIZATION)  # 'la base de données KawalCovid-19'
            if self._employer(doc, start):
                # 'directeur produit chez Uber': the employer, also where the name comes back
                return Mention(start, end, ORGANIZATION, source="type")
            if (
                place is not None
                and text not in person_words
                and (len(span) == 1 or place.kind != "city" or self._is_big_place(place))
                and (
                    (
                        self._is_big_by_its_own_name(place)
                        and not _foreign_letters_folded(text, place.name)  # 'Bush': no 'Būsh'
                    )
                    or self._town_after_preposition(doc, start, place)
                )
            ):
                return self._place_or_club(doc, start, end)  # 'le contrôle de Zinjibar'
            return Mention(start, end, PERSON)
        if kind in (PLACE, None) and place is not None and self._speaking_body(span):
            # wherever the name comes back (source "type"): "(Sete)" before "a précisé la Sete"
            return Mention(start, end, ORGANIZATION, source="type")
        if kind == PLACE:
            if self._common_word_for_place(doc, span):
                return None  # 'la Sérénissime', 'le procureur du Mécanisme'
            if place is None and (self._is_demonym(span) or self._hyphenated_demonym(span)):
                return None
            if place is None and len(span) == 1 and _is_acronym(text) and text.isupper():
                # '2 milliards de CSG', "l'ARS": places are written in capitals whole or
                # as known abbreviations ('RDC')
                return (
                    None
                    if text in self.lex["common_acronyms"]
                    else Mention(start, end, ORGANIZATION)
                )
            if len(text) <= 2 and not text.isupper():
                return None  # 'Ca peut paraître'

            if (
                place is None
                and any(c.isdigit() for c in text)
                and not ROAD.match(text)
                and not span[0].is_lower
            ):
                return Mention(start, end, ORGANIZATION)  # 'les rebelles du M23'
            if place is None and self._org_apposition(doc, end):
                return Mention(start, end, ORGANIZATION)  # "La Monusco, la mission de l'ONU"
            if place is None and _in_parentheses(span) and self._lowercase_expansion(doc, start):
                return Mention(start, end, ORGANIZATION)  # "l'agence régionale de santé (ARS)"
            if place is None and (
                _holds_acronym(span)
                or self._speaks(span)
                or _spoken_to(span, self.speech_verbs, self.lex["generic"])
            ):
                return Mention(start, end, ORGANIZATION)  # 'le Snes-FSU', 'a précisé Lumeo'
            if (
                place is not None
                and len(span) == 1
                and not self._is_big_place(place)
                and self._subject_of_speech(span)
                and span.root.head.i < span.start
            ):
                # '"...", se réjouit Stella': the inverted subject of a cue is who speaks, not
                # the Italian town of that name ('Pau a fait ...' stays the town)
                return Mention(start, end, PERSON)
            if place is None and self._unknown_full_name_acting(span):
                # 'Latif Faramarz veut poursuivre': a person wherever the name comes back
                return Mention(start, end, PERSON, source="type")
            return self._place_or_club(doc, start, end)
        context_kind = self._kind_from_context(doc, start)
        named_place = context_kind in ("city", "region") or (
            place is not None
            and (
                kind is None
                or self._is_big_place(place)
                or (place.kind == "city" and _town_located_in_parentheses(doc, start, end))
            )
        )
        if named_place and self._common_word_for_place(doc, span):
            named_place = False  # 'la Nuit du Destin' (a US town): no place
        if named_place and (len(span) == 1 or place is None or place.kind != "city"):
            return self._place_or_club(doc, start, end)  # 'Paris' tagged ORG
        plural_people = text.endswith("s") and fold(text) not in self.party_words
        if place is None and plural_people and self._is_demonym(span):
            return None  # 'des Palestiniens' tagged ORG (not 'les Républicains', 'Interpol')
        if kind == ORGANIZATION:
            return Mention(start, end, ORGANIZATION)
        if kind is None and self._misc_acts_as_organisation(doc, span):
            return Mention(start, end, ORGANIZATION)  # 'selon Fireworld', 'Volotea, Air Caraïbes'
        return None  # MISC: events, products, works

    def _without_leading_nouns(self, doc: Doc, start: int, end: int) -> int:
        """'l'affaire Grégory', 'du maréchal Haftar' read whole as a person: lower-case French
        words opening the name are the noun before it; the name starts at the capital. Not the
        particles of a surname ('van der Bellen', 'ben Salmane')."""
        i = start
        while (
            i < end - 1
            and doc[i].is_lower
            and doc[i].is_alpha
            and doc[i].lower_ not in SURNAME_PARTICLES
            and doc[i].lower_ in self.french_words
        ):
            i += 1
        return i if i < end and _capitalised(doc[i]) else start

    def _common_word_for_place(self, doc: Doc, span: Span) -> bool:
        """A lone capitalised word that French has as a common noun or adjective ('Sérénissime',
        'Mécanisme', 'Renseignement', 'Destin') names no place unless the gazetteer knows it as
        more than a small namesake abroad (the US 'Destin', the Romanian 'Sécu'; a town of a
        country the article names is meant: 'Contes' in news from France), or the text
        says it is one: after 'à', 'en', 'aux' ('aux Invalides'), 'près des' ('près des
        Herbiers'), 'dans le', a town noun ('la ville de'), or before where it lies ('Mené
        (Côtes-d'Armor)'). Nor a word the NER reads as a place twice ('le Gardon ... emportée
        par le Gardon'), nor one of two bodies ('Les Amis de la Terre et Survie')."""
        token = span[0]
        if len(span) != 1 or not token.is_title or _opens_heading(token):
            return False
        if not is_common_word(token.text, self.common_words) or _read_as_place_twice(token):
            return False  # 'le Gardon ... emportée par le Gardon': the article's name for a place
        if _coordinated_with_name(span, ("ORG", "MISC")):
            return False  # 'Les Amis de la Terre et Survie': one of two bodies
        countries = self._article_countries(doc)
        if any(
            entry.kind != "city"
            or entry.population >= SMALL_NAMESAKE
            or entry.curated
            or entry.country in countries
            for entry in self.gazetteer.lookup(token.text)
        ):
            return False  # 'Contes' and 'Sceaux' in an article about France
        start = span.start
        before = doc[start - 1].lower_ if start > 0 else ""
        if (
            before in LOCATIVE_PREPOSITIONS
            or (start > 1 and doc[start - 2].lower_ == "près" and before in PREPOSITIONS_OF)
            or (start > 1 and doc[start - 2].lower_ == "dans" and before in ARTICLES)
        ):
            return False  # 'dans le Yorkshire'
        if (
            span.end + 1 < len(doc)
            and doc[span.end].text == "("
            and _capitalised(doc[span.end + 1])
        ):
            return False
        return self._kind_from_context(doc, start) is None

    def _misc_acts_as_organisation(self, doc: Doc, span: Span) -> bool:
        """A name the NER calls a work or a product ('MISC') that the sentence uses as an
        organisation: a source after 'selon', a type noun in apposition ('TripAdvisor, ce site
        américain'), an item of a list of organisations ('TAP Air Portugal mais aussi Volotea,
        Air Caraïbes'), a publisher's credit after a title ('"Au soleil redouté" (Presses de la
        cité)')."""
        return (
            (_after_selon(span) and doc[span.start - 1].lower_ != "les")  # not 'les Macronistes'
            or (_after_definite_article(span) and self._acts(span))
            or self._org_apposition(doc, span.end)
            or _listed_with_organisation(span)
            or _credit_after_title(span)
            or self._names_speaking_body(span)
            or _spoken_to(span, self.speech_verbs, self.lex["generic"])
        )

    def _first_name_at(self, doc: Doc, i: int) -> bool:
        return doc[i].is_title and doc[i].lower_.split("-")[0] in self.first_names

    def _names_speaking_body(self, span: Span) -> bool:
        """'Ouibus a confirmé au journal que ...': a work or product does not speak, and the
        name opens the sentence's subject before its verb; no first name ('Didier a
        déclaré'), nor a plural ('Les Palestiniens avaient accusé') or a quoted heading."""
        before = span.doc[span.start - 1] if span.start > 0 else None
        return (
            self._subject_of_speech(span)
            and (before is None or not (before.is_quote or before.lower_ in ("les", "des")))
            and not self._is_demonym(span)
            and span.root.head.i > span.end  # a compound tense: a simple one costs real sets
            and lemma(span.root.head) not in LIGHT_VERBS
            and not self._first_name_at(span.doc, span.start)
        )

    def _acts(self, span: Span) -> bool:
        """The name is the subject of a reporting or sports verb ('la Bundesliga a joué') or the
        inverted subject of a verb with no subject before it ('que s'est procurés le Journal du
        dimanche')."""
        if span[0].is_lower:
            return False  # 'le massacre de Gwanju'
        root = span.root
        verb = lemma(root.head)
        if root.dep_.startswith("nsubj") and (
            (verb in self.speech_verbs and verb not in LIGHT_VERBS)
            or verb in self.lex["sports_verbs"]
        ):
            return True  # not any verb: 'le Nouvel An thaïlandais a été marqué'
        if self._incise_subject(span):
            return True
        i = _before_article(span)
        verb = span.doc[i] if i >= 0 else None
        return (
            verb is not None
            and verb.pos_ == "VERB"
            and "Pres" not in verb.morph.get("Tense")  # 'marquant le Nouvel An'
            and not any(child.dep_.startswith("nsubj") for child in verb.children)
            and span.end < len(span.doc)
            and span.doc[span.end].is_punct
        )

    def _incise_subject(self, span: Span) -> bool:
        """'», précise Kensington Palace': right after the reporting verb of an incise."""
        i = _before_article(span)
        if i < 1:
            return False
        verb = span.doc[i]
        return (
            verb.pos_ == "VERB"
            and lemma(verb) in self.speech_verbs
            and _after_reported_words(span.doc, i)
        )

    def _french_words_in_capitals(self, span: Span) -> bool:
        """A name in capitals whose words are all French words, one of them of four letters or
        more, and that no lexicon or gazetteer knows: words stressed or a heading, not an
        acronym ('SNCF', 'CHSCT' are no French words)."""
        words = [token for token in span if token.is_alpha]
        if not words or not all(token.is_upper for token in words):
            return False
        if not any(len(token) >= 4 for token in words):
            return False
        text = span.text
        if (
            text in self.short_names
            or text in self.lex["known_names"]
            or text in self.lex["common_acronyms"]
            or self.gazetteer.lookup(text)
        ):
            return False
        # inflected forms too: 'INFRACTIONS', 'PERTURBÉ' (headings glued to the next line)
        return all(token.lower_ in self.word_forms for token in words)

    def _employer(self, doc: Doc, start: int) -> bool:
        """'responsable du développement chez Samra Jewellery', 'directeur produit chez Uber':
        after a person's title, 'chez' names the employer ('chez Buñuel' alone may be a
        director's films)."""
        if start < 2 or doc[start - 1].lower_ != "chez":
            return False
        window = doc[max(0, start - 1 - EMPLOYER_TITLE_REACH) : start - 1]
        return any(token.lower_ in self.lex["person_titles"] for token in window if token.is_lower)

    def _town_of_venue(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """The town of a lower-case building noun, 'de' and a known town or region: real-news
        gold takes the town for a place and the building for no name ('la gendarmerie de
        Sarreguemines'). None when the span is no such building."""
        if not (doc[start].is_lower and doc[start].lower_ in self.lex["venue_nouns"]):
            return None
        town_start, town_end = self._narrow_place(doc, start, end, None)
        known = town_start > start and any(
            entry.kind in ("city", "region")
            for entry in self.gazetteer.lookup(doc[town_start:town_end].text)
        )
        return (town_start, town_end) if known else None

    def _french_word_opening(
        self, span: Span, person_words: set[str], capitalised_inside: Counter
    ) -> bool:
        """A single word that opens a sentence or an intertitle, that French has as a word
        ('Prié', 'Interpellé', 'Illogique', 'Rebelote'), and that the article never writes
        capitalised inside a sentence, is that word, not a name. Not a known place nor a word
        of a person's name ('Blanc' of 'Michel Blanc')."""
        token = span[0]
        return (
            len(span) == 1
            and token.is_title
            and token.lower_ in self.word_forms
            and _opens_heading(token)
            and not capitalised_inside[token.text]
            and token.text not in person_words
            and not self.gazetteer.lookup(token.text)
        )

    def _tail_word_after(self, doc: Doc, end: int) -> bool:
        """A word that ends organisations' names ('Métropole', 'Airlines') right after an
        entity the NER cut before it; not a place of its own ('France')."""
        return (
            end < len(doc)
            and doc[end].text in self.lex["tail_words"]
            and not doc[end].ent_type_
            and not self.gazetteer.lookup(doc[end].text)
        )

    def _full_name_of_person(self, doc: Doc, span: Span, person_words: set[str]) -> bool:
        """Proper nouns whose last word names a person elsewhere ('M. Erdogan'), or followed
        by a person's title in apposition ('Recep Tayyip Erdogan, président turc,')."""
        if len(span) < 2 or not all(t.is_title and t.text.replace("'", "").isalpha() for t in span):
            return False
        if self.gazetteer.lookup(span.text):
            return False
        if len(span) <= 3 and self._first_name_at(doc, span.start):
            return True  # 'Car Océane L'Hoste, Miss Bordeaux, ...' tagged MISC
        if span[0].pos_ != "PROPN" or span[-1].pos_ != "PROPN":
            return False  # the tagger may call an inner word an adjective ('Tayyip')
        if span[-1].text in person_words:
            return True
        end = span.end
        return (
            end + 2 < len(doc)
            and doc[end].text == ","
            and any(doc[end + 1 : end + 1 + n].text.lower() in self.lex["titles"] for n in (1, 2))
        )

    def _is_event(self, span: Span) -> bool:
        return fold(span.text) in self.lex["events"] or span[0].text in self.lex["event_heads"]

    def _abbreviates_common_noun(self, doc: Doc, span: Span) -> bool:
        """'accident vasculaire cérébral (AVC)', 'produit intérieur brut (PIB)': lower-case
        words that spell the acronym after them name a thing, not an organisation ('l'agence
        de l'eau (AE)' keeps its type noun)."""
        i = span.start
        if len(span) != 1 or i < 2 or doc[i - 1].text != "(" or not span.text.isupper():
            return False
        for words in _spelling_phrases(doc, i):
            if words[0].lower_ not in NAME_PARTICLES:
                return words[0].lower_ not in self.org_name_heads
        return False

    def _abbreviates_common_phrase(self, doc: Doc, span: Span, names_seen: Counter) -> bool:
        """'un mois d'Incapacité totale de travail (ITT)': the capitalised words that the
        acronym spells are a common-noun phrase, so the acronym names no organisation."""
        i = span.start
        if len(span) != 1 or i < 2 or doc[i - 1].text != "(" or not span.text.isupper():
            return False
        first = i - 1
        while first > 0 and i - 1 - first < 8 and doc[first - 1].is_alpha:
            first -= 1
        for j in range(first, i - 1):
            words = doc[j : i - 1]
            if _capitalised(words[0]) and _loose_initials_match(span.text, words):
                return self._common_noun_phrase(words, names_seen)
        return False

    def _org_apposition(self, doc: Doc, end: int) -> bool:
        """'X, la mission de l'ONU,': an organisation type noun in apposition."""
        if end + 2 >= len(doc) or doc[end].text != ",":
            return False
        i = end + 1 + (doc[end + 1].pos_ == "DET")
        if i < len(doc) and doc[i].pos_ in ("ADJ", "NUM") and doc[i].is_lower:
            i += 1  # 'le Snes-FSU, premier syndicat du second degré'
        # On a Span the matcher gives Doc offsets and costs the span's length (as_doc would copy
        # the whole Doc's arrays each time).
        return any(start == i for _, start, _ in self.type_nouns(doc[i : i + 3]))

    def _subject_of_speech(self, span: Span) -> bool:
        root = span.root
        return root.dep_.startswith("nsubj") and lemma(root.head) in self.speech_verbs

    def _speaking_body(self, span: Span) -> bool:
        """'a annoncé la Liga', 'selon la Sete': one word after a definite article that only
        towns' names in the gazetteer spell, and that speaks; a town takes no article ('Le
        Havre' writes it in its name), and only actors speak."""
        return (
            _one_word_after_article(span)
            and span.doc[span.start - 1].lower_ not in ("du", "au")
            and all(entry.kind == "city" for entry in self.gazetteer.lookup(span.text))
            and (self._speaks(span) or _after_selon(span) or self._incise_subject(span))
        )

    def _speaks(self, span: Span) -> bool:
        """Only actors speak: the name is the subject of a reporting verb ('a précisé
        Pyramide Lumière') or follows 'selon'."""
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].lower_ == "selon":
            return True
        return self._subject_of_speech(span)

    def _unknown_full_name_acting(self, span: Span) -> bool:
        """A name the NER read as a place that no gazetteer knows, of two or more words none
        of which is French ('Latif Faramarz'), the subject of a verb: a person's full name."""
        return (
            len(span) > 1
            and span.root.dep_ == "nsubj"
            and span.root.head.pos_ == "VERB"
            and all(
                token.text[:1].isupper()
                and token.text[1:].islower()
                and token.is_alpha
                and token.lower_ not in self.french_words
                for token in span
            )
        )

    def _after_person_title(self, doc: Doc, span: Span) -> bool:
        """A name in apposition to a person's title is a person, whatever the NER says."""
        if span.start < 2 or not (
            all(token.pos_ == "PROPN" for token in span)
            or (  # 'Paivi Laine': 'Laine' read as the noun 'laine'
                len(span) > 1
                and any(token.pos_ == "PROPN" for token in span)
                and all(token.is_title for token in span)
            )
        ):
            return False
        if doc[span.start - 1].text != ",":
            return False
        window = doc[max(span.sent.start, span.start - 8) : span.start - 1]
        return any(token.lower_ in self.lex["titles"] for token in window)

    def _person_after_title(self, doc: Doc, span: Span, person_words: set[str]) -> Mention | None:
        """'Premier ministre Edouard Philippe' tagged as one name: keep the person; one word
        is enough when it is the surname of a person named in full ('le président Sissi'
        after 'Abdel Fattah al-Sissi')."""
        i = span.end
        while (
            i > span.start
            and _capitalised(doc[i - 1])
            and doc[i - 1].lower_ not in self.lex["titles"]
        ):
            i -= 1
        while span.end - i > 2 and doc[i - 1].lower_ in PREPOSITIONS_OF:
            i += 1  # 'ministre de la Défense Mark Esper': the portfolio's word is no name
        if span.end - i >= 2 or (span.end - i == 1 and doc[i].text in person_words):
            if doc[span.end - 1].text in self.lex["tail_words"]:
                return Mention(i, span.end, ORGANIZATION)  # 'président de Nantes Métropole'
            return Mention(i, span.end, PERSON)
        return None

    def _participle_opening_sentence(self, span: Span) -> bool:
        """A participle that opens a sentence before its complement ('Visé par', 'Réfugié en')
        is capitalised there, and may be a small town's name too; not a world city ('Paris')."""
        word = span[0]
        if len(span) != 1 or not _opens_sentence(word) or span.end >= len(span.doc):
            return False
        if not word.lower_.endswith(PARTICIPLE_ENDINGS) or word.lower_ not in self.word_forms:
            return False
        if span.doc[span.end].pos_ != "ADP" or not span.doc[span.end].is_lower:
            return False
        place = self.gazetteer.best(word.text)
        return place is None or (place.kind == "city" and place.population < WORLD_CITY)

    def _portfolio_then_name(self, doc: Doc, span: Span) -> bool:
        """'le ministre de la Défense Mark Esper' tagged as one name: the portfolio's word,
        then two capitalised words or more."""
        return (
            len(span) >= 3
            and self._is_portfolio(doc, span.start)
            and all(_capitalised(t) for t in span[1:] if t.text != "-")
        )

    def _starts_with_title(self, span: Span) -> bool:
        if span[0].lower_ in PORTFOLIO_HEADS:
            return True
        return any(
            span[:n].text.lower() in self.lex["titles"] for n in range(1, min(len(span), 3) + 1)
        )

    def _is_generic(self, span: Span) -> bool:
        """'Etat mexicain', 'Etats', 'Samedi', 'Sud': no capitalised word names a place."""
        if len(span) > 1 and self.gazetteer.lookup(span.text):
            return False  # 'Pays basque'
        if span[0].text in self.lex["head_words"]:
            return False  # 'Centre spatial guyanais'
        if _in_parentheses(span) and self.gazetteer.lookup(span.text):
            return False  # 'Roubaix (Nord)': the department after its town
        for token in span:
            if token.is_punct or token.lower_ in NAME_PARTICLES:
                continue
            if _capitalised(token) and fold(token.text) not in self.lex["generic"]:
                return False
        return True

    def _common_noun_phrase(self, span: Span, names_seen: Counter) -> bool:
        """'Incapacité totale de travail', "Légion d'honneur", 'Twittos', 'Première dame': the
        tagger reads every word as a common noun or adjective, French has each capitalised one
        as a common word, and the article names it once. Not an organisation's name that a head
        word opens ('Assurance maladie'), nor a feature's ('îles Loyauté'), nor a known place."""
        words = [t for t in span if t.is_alpha and t.lower_ not in NAME_PARTICLES]
        if not words or any(t.pos_ not in ("NOUN", "ADJ") for t in words):
            return False
        if not _capitalised(span[0]) or any(t.is_upper for t in words):
            return False  # 'îles Loyauté', 'CGT'
        if span[0].text in self.lex["head_words"] and not _cut_before_complement(span):
            return False  # 'Direction générale de la Santé', 'la Commission a échoué'
        if names_seen[span.text] > 1 or self.gazetteer.lookup(span.text):
            return False  # 'les Bleus ... les Bleus': the article uses it as a name
        if self._speaks(span) or _after_selon(span) or _credit_after_title(span):
            return False  # 'a rappelé la Haute Autorité de santé': only actors speak
        if _coordinated_with_name(span) or _town_after_a(span):
            return False  # 'Les Amis de la Terre et Survie', 'à Cité Soleil'
        if (
            span.start > 0
            and span.doc[span.start - 1].lower_ in ("les", "des", "aux")
            and span.text.endswith(("s", "x"))
            and span[0].ent_type_ == "ORG"
        ):
            return False  # 'les Bleus', 'les Verts' that the NER reads as organisations: teams
        return all(is_common_word(t.text, self.common_words) for t in words if _capitalised(t))

    def _is_portfolio(self, doc: Doc, start: int) -> bool:
        i = start - 1
        steps = 0
        while i >= 0 and doc[i].lower_ in PREPOSITIONS_OF | {"et"} and steps < 4:
            i -= 1
            steps += 1
        if steps == 0 or i < 0:
            return False
        word = doc[i].lower_.removeprefix("ex-")
        if i > 0 and doc[i].is_upper and doc[i - 1].lower_.removeprefix("ex-") in PORTFOLIO_HEADS:
            return True  # "l'ex-ministre PS à l'Ecologie": a party between title and portfolio
        if word in PORTFOLIO_HEADS:
            return True
        if i > 1 and fold(doc[i - 2 : i + 1].text) in PORTFOLIO_TITLES:
            return True  # "secrétaire d'Etat aux Transports"
        if (
            doc[start - steps].lower_ == "et"
            and doc[start - steps + 1].lower_ in OF_FORMS  # not 'et la Banque de France'
            and _capitalised(doc[i])
            and self._is_portfolio(doc, i)
        ):
            return True  # 'ministre de l'Action et des Comptes publics'
        # 'ministre délégué chargé des Comptes publics', 'ministre de l'Europe et des Affaires'
        return i > 0 and doc[i - 1].lower_ in PORTFOLIO_HEADS

    def _demonym_then_name(self, span: Span) -> bool:
        """'Ethiopienne Tiki Gelana' tagged as a place: a nationality, then a person's name."""
        first = span[0]
        return (
            (len(span) >= 3 or (len(span) == 2 and _after_article(span)))
            and first.text.endswith(self.lex["demonym_suffixes"])
            and not self.gazetteer.lookup(first.text)
            and all(t.is_title and t.pos_ == "PROPN" for t in span[1:])
        )

    def _hyphenated_demonym(self, span: Span) -> bool:
        """'les New-Yorkais', 'des Sud-Coréens': a plural nationality of two words after a
        determiner; no place of that name ('Saint-Gervais' is one)."""
        doc = span.doc
        last = span.text.rsplit("-", 1)[-1]
        return (
            "-" in span.text
            and span.start > 0
            and doc[span.start - 1].lower_ in DEMONYM_DETERMINERS
            and last[:1].isupper()
            and last.endswith(self.lex["demonym_suffixes"])
            and last.endswith("s")  # a plural: 'le Sistan-Balouchistan' is a province
            and not self.gazetteer.lookup(span.text)
        )

    def _is_demonym(self, span: Span) -> bool:
        """'les Italiens', 'le Danois Jonas Vingegaard': a nationality, not a place."""
        if len(span) != 1 or "-" in span.text or span.start == 0:
            return False
        word = span[0]
        if not (
            word.text.endswith(self.lex["demonym_suffixes"])
            or word.text in self.lex["demonym_words"]
        ):
            return False
        if word.nbor(-1).lower_ in DEMONYM_DETERMINERS:
            return True
        # 'les jeunes Français', 'entre Israéliens et Palestiniens': a plural that French has
        # as an adjective ('français', 'israélien'), and no place is called so; not 'Fabien'
        return (
            word.lower_.endswith("s")
            and is_common_word(word.text, self.adjectives)
            and not self.gazetteer.lookup(word.text)
        )


def _foreign_letters_folded(text: str, name: str) -> bool:
    """Whether the place's name has letters French does not write ('Būsh') that the text
    lacks ('Bush'): the text met the name only once they were folded."""
    foreign = {c for c in name.lower() if c not in FRENCH_LETTERS}
    return bool(foreign) and not foreign <= set(text.lower())
