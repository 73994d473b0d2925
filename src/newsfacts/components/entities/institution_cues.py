"""Organisations found by the words around them, which the NER misses or mis-types: metonyms
('le Pentagone a indiqué'), media names after a contraction ('au Monde'), lower-case institutions
and their towns ('le ministère de la Santé', "l'hôpital de Bayonne"), public services ('la police
judiciaire') and the party after a title ('le député RN du Nord'); with the person a name runs
on into ('le conseiller de la Maison Blanche Peter Navarro')."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsfacts.components.entities.boundaries import _before_date, _name_end
from newsfacts.components.entities.mention import Mention
from newsfacts.components.entities.tokens import (
    _acronym_follows,
    _capitalised,
    _demonym_tail,
    _first_name,
    _skip_adjectives,
)
from newsfacts.components.entities.vocabulary import (
    ADDRESSING_WORDS,
    ARTICLES,
    BUILDING_PARTS,
    CONTRACTIONS,
    EVENT,
    OF_FORMS,
    OFFICE_TAKING,
    ORGANIZATION,
    PERSON,
    PLACE,
    PORTFOLIO_HEADS,
    PREPOSITIONS_OF,
    RESIDENCE_NOUNS,
    SURNAME_PARTICLES,
    VENUE_PREPOSITIONS,
)
from newsfacts.components.gazetteer import fold
from newsfacts.components.lemmas import lemma


class InstitutionCues:
    """Rules of MentionFinder (finder.py), which holds the lexicons and matchers they read."""

    def _metonyms(self, doc: Doc) -> list[Mention]:
        """'le Pentagone'; a longer name the NER found from there wins ('Radio France
        internationale' over 'Radio France')."""
        ends = {entity.start: entity.end for entity in doc.ents}
        found = []
        matches = [(start, end) for _, start, end in self.metonyms(doc)]
        matches += self._contracted_names(doc)
        # the longest name first: 'Croix-Rouge française' over 'Croix-Rouge'
        for start, end in sorted(matches, key=lambda match: (match[0], -match[1])):
            if start > 0 and doc[start - 1].text == "-":
                continue  # 'Météo-France' holds 'France'
            if end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
                continue  # 'La Croix-Rouge' holds 'La Croix'
            if doc[start].ent_iob_ == "I" and doc[start].ent_type_ == "ORG":
                continue  # 'Comité international de la Croix-Rouge': a longer organisation
            if len(doc[start].text) == 1 and (start == 0 or doc[start - 1].lower_ != "sur"):
                continue  # 'X' is the network only in 'a réagi sur X'
            if ends.get(start, end) > end and fold(doc[start:end].text) in self.lex["listed_media"]:
                continue  # 'à l'AFP Phan Van Kien': the NER's longer span is left to its rules
            longer = _before_date(doc, end - 1, ends.get(start, end))  # 'Le Progrès dimanche 30'
            while longer > end and (
                doc[longer - 1].is_punct
                or (doc[longer - 1].is_lower and fold(doc[longer - 1].text) in self.lex["generic"])
                or (doc[longer - 1].is_lower and doc[longer - 1].pos_ in FUNCTION_POS)
            ):
                # 'rapporte La Provence samedi', 'sur M6 !': the weekday, the mark are no part
                # of it; nor the words that open the next name ('La République en Marche et du')
                longer -= 1
            if longer == end + 1 and _demonym_tail(doc[end], self.lex["demonym_suffixes"]):
                longer = end  # 'le département d'Etat américain' is the département d'Etat
            whole = self._person_run_past(doc, end, longer)
            if whole is not None:
                # 'dans Les Echos Ghislain de Brondeau': the NER stopped inside the person's name
                found.append(Mention(end, whole, PERSON, source="leader"))
                longer = end
            if longer > end and self._person_from(doc, end, longer, alone=True) == end:
                # 'le conseiller de la Maison Blanche Peter Navarro': the NER ran on
                found.append(Mention(end, longer, PERSON, source="leader"))
                longer = end
            if longer > end and self._leader_after(doc, end, longer):
                # 'le Rassemblement national de Marine Le Pen': the party, then its leader
                found.append(Mention(end + 1, longer, PERSON, source="leader"))
                longer = end
            name = doc[start:end].text
            if name in self.lex["seats"] and (
                _building_use(doc, start)
                or (
                    name in self.lex["seat_buildings"]
                    and _venue_use(doc, start)
                    and not _coordinated_seats(doc, start, end, self.lex["seats"])
                )
            ):
                # claimed, so that neither an actor nor a place is read there
                found.append(Mention(start, end, EVENT, source="building"))
                continue
            found.append(Mention(start, max(end, longer), ORGANIZATION, source="metonym"))
        return found

    def _person_run_past(self, doc: Doc, end: int, longer: int) -> int | None:
        """Where a person's name ends that opens right after a known name and runs past the
        NER's entity: capitalised words with particles between them, two at least, the first
        no French word and no place ('Ghislain de Brondeau'; not 'France Bleu Saint-Étienne
        Loire', a regional edition)."""
        if longer <= end or not doc[longer - 1].is_title:
            return None
        whole = _name_end(doc, longer - 1)
        words = doc[end:whole]
        if (
            whole <= longer
            or not words[0].is_title
            or not words[-1].is_title
            or words[0].lower_ in self.word_forms
            or self.gazetteer.lookup(words[0].text)
            or self.gazetteer.lookup(words.text)
            or sum(t.is_title for t in words) < 2
            or not all(t.is_title or t.text == "-" or t.lower_ in SURNAME_PARTICLES for t in words)
        ):
            return None
        return whole

    def _person_from(self, doc: Doc, start: int, end: int, alone: bool = False) -> int | None:
        """Where a person's name ends the run start..end: two or three capitalised proper nouns
        at its end, the first of them no French word and no known place ('Peter Navarro',
        'Kianouche Jahanpour'; not 'Affaires étrangères', 'Nations unies'), or two or three
        capitalised words opening on a common first name ('Marine Le Pen', 'Vincent Fiasse').
        With ``alone``, after a known name, a common first name alone that names no place: a
        witness named after the medium that heard them ('raconte au Parisien Mohamed', 'au
        Parisien Marie-Laure'; not 'le tribunal de Florence')."""
        if (
            alone
            and end - start == 1
            and _first_name(doc[start], self.first_names)
            and not self.gazetteer.lookup(doc[start].text)
        ):
            return start
        for k in range(max(start, end - 3), end - 1):
            words = doc[k:end]
            if not all(t.is_title and t.is_alpha for t in words):
                if (
                    _first_name(words[0], self.first_names)
                    and words[-1].is_title
                    and all(t.lower_ in SURNAME_PARTICLES for t in words[1:-1])
                    and not self.gazetteer.lookup(words.text)
                ):
                    return k  # 'Paris Match Charlotte de Turckheim'
                continue
            if self.gazetteer.lookup(words.text):
                continue
            if _first_name(words[0], self.first_names):
                return k  # 'Vincent' is a US town, 'Marine' a noun to the tagger
            if (
                all(t.pos_ == "PROPN" for t in words)
                and words[0].lower_ not in self.word_forms
                and not self.gazetteer.lookup(words[0].text)
            ):
                return k
        return None

    def _leader_after(self, doc: Doc, end: int, longer: int) -> bool:
        """'de Marine Le Pen' after a known name: 'de' and two capitalised words or more
        that name no place."""
        rest = doc[end + 1 : longer]
        return (
            doc[end].lower_ in ("de", "d'", "d’")
            and len(rest) >= 2
            and all(_capitalised(token) for token in rest if token.text != "-")
            and rest[-1].pos_ == "PROPN"
            and not self.gazetteer.lookup(rest.text)
        )

    def _contracted_names(self, doc: Doc) -> list[tuple[int, int]]:
        """'Le Monde' after 'à' or 'de' is written 'au Monde', 'du Monde': the name without its
        article, when the contraction stands right before it."""
        found = []
        for match_id, start, end in self.contracted(doc):
            contractions = CONTRACTIONS[self.nlp_vocab.strings[match_id]]
            if start == 0 or doc[start - 1].lower_ not in contractions:
                continue
            if doc[start - 1].lower_ in ARTICLES and not doc[start - 1].is_lower:
                continue  # the name's own article: 'Europe Écologie-Les Verts'
            if doc[start - 1].lower_ in ARTICLES and not _names_a_title(doc, start - 1, end):
                continue  # 'Selon la police, le Parisien de 34 ans': a man of Paris
            if start > 1 and _capitalised(doc[start - 2]) and doc[start - 2].ent_type_ != "PER":
                continue  # 'Coupe du Monde': inside another name; not 'raconte Jean au Parisien'
            found.append((start, end))
        return found

    def _institutions(self, doc: Doc) -> list[Mention]:
        """'ministère de la Sécurité intérieure', 'tribunal judiciaire de Paris'."""
        found = []
        foreign = self.nlp_vocab.strings["FOREIGN"]
        named_only = self.nlp_vocab.strings["NAMED"]
        for match_id, start, end in self.institutions(doc):
            if start > 0 and doc[start - 1].lower_ == "en" and doc[start].is_lower:
                continue  # 'en mairie de Tronville', 'en préfecture': where, no actor
            if (
                doc[start].is_title
                and start > 0
                and not doc[start].is_sent_start
                and not self._town_court(doc[start:end])
            ):
                continue  # capitalised: the NER names it, e.g. 'Cour des comptes'
            if match_id == foreign and not (
                end < len(doc) and _demonym_tail(doc[end], self.lex["demonym_suffixes"])
            ):
                continue  # 'le département du Nord' is a place
            i = _skip_adjectives(doc, end)
            name_end = self._complement_end(doc, i)
            if match_id == named_only and name_end is not None:
                continue  # 'le collège de Dinan': a town's school, no name of its own
            if (
                name_end is None
                and i < len(doc)
                and _capitalised(doc[i])
                and doc[start:end].text.lower() in self.lex["named_institutions"]
            ):
                # 'académie Goncourt', 'musée Fabre' (de Montpellier: a place of its own)
                name_end = self._before_town(doc, i, _name_end(doc, i))
                if i > end:
                    # 'l'hôpital public Al-Joumouriah': the name alone, the noun its type
                    noun = doc[start:end].text.lower()
                    found.append(Mention(i, name_end, ORGANIZATION, hint=noun, source="type"))
                    continue
            if name_end is None:
                continue
            if doc[start].lower_ in PORTFOLIO_HEADS:
                name_end = _portfolios_end(doc, name_end)
            person = self._person_from(doc, i + 1, name_end)
            if person is not None:
                # 'le porte-parole du ministère de la Santé Kianouche Jahanpour', 'la
                # commission des Lois du Sénat Philippe Bas'
                found.append(Mention(person, name_end, PERSON, source="leader"))
                name_end = person
            assembly = _assembly_inside(doc, i, name_end)
            if assembly is not None:
                # 'la commission des Transports de la Chambre des représentants': the
                # committee is no name of its own, the assembly is the actor
                found.append(Mention(start, assembly.start, EVENT, source="institution"))
                found.append(assembly)
                continue
            town = self._town_complement(doc, start, end, i, name_end)
            if town is not None:
                # "l'hôpital de Mantes-la-Jolie", "la cour d'appel d'Aix-en-Provence": French
                # news names the town; the lower-case institution is no name of its own
                found.append(Mention(start, town.start, EVENT, source="institution"))
                found.append(town)
                continue
            found.append(Mention(start, name_end, ORGANIZATION, source="institution"))
        return found

    def _town_court(self, noun: Span) -> bool:
        """'tribunal correctionnel', 'Parquet': a town's court, no name even capitalised."""
        return _folded_noun(noun) in self.lex["town_courts"]

    def _town_complement(
        self, doc: Doc, start: int, end: int, i: int, name_end: int
    ) -> Mention | None:
        """The known place that is the whole complement of an institution noun, its adjectives
        skipped ('le tribunal révolutionnaire de Téhéran')."""
        nouns = (doc[start:end], doc[start:i])
        if not (
            any(self._town_court(noun) for noun in nouns)
            or (
                doc[start].is_lower
                and any(_folded_noun(noun) in self.lex["town_institutions"] for noun in nouns)
            )
        ):
            return None  # 'le musée d'Orsay', "la chambre d'agriculture du Tarn": names
        j = i
        while j < name_end and doc[j].lower_ in PREPOSITIONS_OF:
            j += 1
        if j == i or doc[j - 1].lower_ not in ("de", "d'", "d’", "du", "la", "l'", "l’", "des"):
            return None  # 'en Charente': no complement of the noun
        entries = self.gazetteer.lookup(doc[j:name_end].text)
        if not any(e.kind in ("city", "region") for e in entries):
            return None  # 'de la Santé', 'des Armées': a portfolio, not a town
        return Mention(j, name_end, PLACE, source="gazetteer")

    def _services(self, doc: Doc) -> list[Mention]:
        """'la police judiciaire', 'la brigade financière': public services written in lower
        case are organisations on their own, with their complement if any ('de Lyon')."""
        found = []
        ent_end = {entity.start: entity.end for entity in doc.ents}
        for _, start, end in self.services(doc):
            if (
                doc[start].is_title
                and start > 0
                and not doc[start].is_sent_start
                and ent_end.get(start, end) >= end
            ):
                continue  # capitalised: the NER names it, unless it cut it ('le Parquet')
            if start > 0 and doc[start - 1].lower_ in PORTFOLIO_HEADS:
                continue  # "ministre de l'Intérieur et de la sécurité civile"
            name_end = self._complement_end(doc, _skip_adjectives(doc, end))
            if doc[start].is_lower and not _acronym_follows(doc, name_end or end):
                # real-news gold names no service written in lower case ('le parquet national
                # financier a annoncé'), unless the article gives its acronym; claimed, so
                # that the NER's reading of its words is not taken either
                found.append(Mention(start, end, EVENT, source="service"))
                continue
            found.append(Mention(start, name_end or end, ORGANIZATION, source="institution"))
        return found

    def _party_constituencies(self, doc: Doc, titles: list) -> list[Mention]:
        """'le député RN du Nord', 'la sénatrice LR de la Vendée': a party right after a
        title is an actor, and the name after 'de' its constituency, a place (also 'Nord',
        which alone names no place)."""
        found = []
        for _, _, end in titles:
            i = _skip_adjectives(doc, end)
            if i >= len(doc) or doc[i].text not in self.lex["party_labels"]:
                continue
            found.append(Mention(i, i + 1, ORGANIZATION, source="party"))
            place = self._constituency(doc, i + 1)
            if place is not None:
                found.append(place)
        return found

    def _complement_end(self, doc: Doc, i: int) -> int | None:
        """End of 'de la Santé' / "des Affaires étrangères" / "d'Etat" starting at token i."""
        j = i
        while j < len(doc) and doc[j].lower_ in PREPOSITIONS_OF and j - i < 3:
            j += 1
        if j == i or j >= len(doc) or not _capitalised(doc[j]):
            return None
        return _name_end(doc, j)


# The tags of lower-case words that end no name: 'La République en Marche et du Modem' read by
# the NER as 'La République en Marche et du' and 'Modem'.
FUNCTION_POS = frozenset({"ADP", "CCONJ", "DET"})

# Assemblies whose committees French news names in lower case ('la commission des Affaires
# étrangères du Sénat').
ASSEMBLIES = {"Chambre", "Sénat", "Assemblée", "Parlement", "Congrès", "Knesset", "Bundestag"}


def _assembly_inside(doc: Doc, start: int, end: int) -> Mention | None:
    """The assembly named at the end of a lower-case institution's complement, with its own
    lower-case complement ('de la Chambre | des représentants')."""
    for k in range(start + 1, end):
        if doc[k].text in ASSEMBLIES and doc[k - 1].lower_ in PREPOSITIONS_OF:
            name_end = min(_name_end(doc, k), end)  # a person's name may follow
            if (
                name_end + 1 < len(doc)
                and doc[name_end].lower_ == "des"
                and doc[name_end + 1].is_lower
                and doc[name_end + 1].pos_ == "NOUN"
            ):
                name_end += 2  # 'Chambre des représentants', 'Chambre des communes'
            return Mention(k, name_end, ORGANIZATION, source="institution")
    return None


def _folded_noun(noun: Span) -> str:
    return " ".join(noun.text.lower().replace("’", "'").split())


def _building_use(doc: Doc, start: int) -> bool:
    """'dans la salle des fêtes de l'Élysée': the seat of power as a building. Not 'à
    Matignon', which the real gold reads both ways ('réuni à Matignon', 'son arrivée à
    Matignon')."""
    i = start - 1
    if i < 0:
        return False
    if doc[i].lower_ in ARTICLES:
        i -= 1
    return i > 0 and doc[i].lower_ in PREPOSITIONS_OF and doc[i - 1].lower_ in BUILDING_PARTS


def _venue_use(doc: Doc, start: int) -> bool:
    """'réuni à Matignon', 'depuis la Maison Blanche', 'le locataire de l'Élysée': the building
    where someone is or lives, which the real gold leaves out (an actor acts: 'a indiqué
    l'Élysée', 'le patron de Matignon'; the office: 'depuis son arrivée à Matignon')."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in ARTICLES:
        i -= 1
    if i < 0:
        return False
    if doc[i].lower_ in VENUE_PREPOSITIONS:
        if doc[i].lower_ in ("à", "au") and lemma(doc[start].head) in ADDRESSING_WORDS:
            return False  # 'demande à Matignon de …': the one addressed
        return i == 0 or doc[i - 1].lower_ not in OFFICE_TAKING
    return i > 0 and doc[i].lower_ in PREPOSITIONS_OF and doc[i - 1].lower_ in RESIDENCE_NOUNS


def _coordinated_seats(doc: Doc, start: int, end: int, seats: set[str]) -> bool:
    """'au plus haut niveau du gouvernement, à Matignon et à Bercy': two seats joined by 'et'
    name the institutions, not a place where someone is."""
    k = end
    if k < len(doc) and doc[k].lower_ == "et":
        k += 1
        while k < len(doc) and (doc[k].lower_ in VENUE_PREPOSITIONS or doc[k].lower_ in ARTICLES):
            k += 1
        if k < len(doc) and any(doc[k : k + n].text in seats for n in (1, 2, 3)):
            return True
    k = start - 1
    while k >= 0 and (doc[k].lower_ in VENUE_PREPOSITIONS or doc[k].lower_ in ARTICLES):
        k -= 1
    return k > 0 and doc[k].lower_ == "et" and any(doc[k - n : k].text in seats for n in (1, 2, 3))


def _portfolios_end(doc: Doc, end: int) -> int:
    """A ministry's portfolios joined by 'et' make one name: 'ministère des Awqafs et des
    Affaires islamiques', 'ministère de la Transition écologique et solidaire'."""
    if end + 1 >= len(doc) or doc[end].lower_ != "et":
        return end
    if doc[end + 1].is_lower and doc[end + 1].pos_ == doc[end - 1].pos_ == "ADJ":
        return end + 2
    k = end + 1
    if k >= len(doc) or doc[k].lower_ not in OF_FORMS:
        return end  # 'le ministère de l'Intérieur et la Fédération': a second body
    k += 1
    while k < len(doc) and doc[k].lower_ in PREPOSITIONS_OF and k - end <= 3:
        k += 1
    if k > end + 1 and k < len(doc) and _capitalised(doc[k]):
        return _name_end(doc, k)
    return end


def _names_a_title(doc: Doc, article: int, end: int) -> bool:
    """A known title after its article written in lower case: 'selon le Parisien', 'rapporte
    les Echos', 'BFMTV et le Parisien' (a preposition, a verb or 'et' before it); not 'le
    Parisien de 34 ans', a man of Paris, which also reads so after a verb."""
    if article == 0 or doc[article - 1].pos_ not in ("ADP", "VERB", "AUX", "CCONJ"):
        return False
    return not (end + 1 < len(doc) and doc[end].lower_ == "de" and doc[end + 1].like_num)
