"""Mentions merged, linked and given one kind per name: acronyms in parentheses, compound
territories ('Wallis et Futuna'), local chapters ('la FDSEA du Lot-et-Garonne'), names that
come back."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Span

from newsfacts.components.entities.acronyms import (
    _initials_match,
    _loose_initials_match,
    _spelling_phrases,
)
from newsfacts.components.entities.mention import Mention
from newsfacts.components.entities.tokens import _capitalised, _is_acronym, _unelided
from newsfacts.components.entities.vocabulary import (
    ACRONYM,
    NAME_INNER_WORDS,
    ORGANIZATION,
    PAREN_AFTER,
    PERSON,
    PLACE,
    PLACE_PREPOSITIONS,
    STRONG_SOURCES,
    TYPE_NOUN_DETERMINERS,
)
from newsfacts.components.gazetteer import HOME_COUNTRY, fold


def _same_name_same_kind(doc: Doc, mentions: list[Mention]) -> None:
    """'l'agence Aemet ... L'Aemet prévoit': one name keeps one type in an article."""
    strong = {}
    for mention in mentions:
        if mention.source in STRONG_SOURCES:
            strong.setdefault(fold(doc[mention.start : mention.end].text), mention.kind)
    for mention in mentions:
        if mention.source == "ner":
            kind = strong.get(fold(doc[mention.start : mention.end].text))
            if kind is not None and kind != mention.kind:
                mention.kind = kind


def _birth_names(doc: Doc, mentions: list[Mention]) -> None:
    """'Fernande Garnier née Dautriche', 'Marie Dupont (née Martin)': the birth name after 'née'
    is one more name of the person before it, no second person."""
    for first, second in itertools.pairwise(mentions):
        if first.kind != PERSON or second.kind != PERSON:
            continue
        between = [token.lower_ for token in doc[first.end : second.start] if token.text != "("]
        if between in (["née"], ["né"]):
            second.link = first


def _repeated_names(doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
    """'la société Normandie Logistique ... ce local de Normandie Logistique': a name that a
    type noun showed to be an organisation is one wherever it comes back (the NER may split it
    into two places)."""
    names = [
        mention
        for mention in mentions
        if mention.kind == ORGANIZATION
        and mention.source == "type"
        and mention.end - mention.start > 1
    ]
    return _names_again(doc, names, taken, ORGANIZATION, "type")


def _repeated_person_names(doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
    """'Gedhun Choekyi Nyima ... Gedhun Choekyi Nyima a suivi': the full name of a person,
    found once, is that person wherever it comes back word for word (the NER may miss it)."""
    names = [m for m in mentions if m.kind == PERSON and m.end - m.start > 1]
    return _names_again(doc, names, taken, PERSON, "ner")


def _repeated_organisation_names(
    doc: Doc, mentions: list[Mention], taken: list[bool]
) -> list[Mention]:
    """'La Française des Jeux avait annoncé' after the NER read 'la Française des Jeux' once:
    an organisation's name of two words or more is that organisation wherever it comes back
    word for word (the NER may miss it in another sentence)."""
    names = [m for m in mentions if m.kind == ORGANIZATION and m.end - m.start > 1]
    return _names_again(doc, names, taken, ORGANIZATION, "ner")


# At most this many first names before a surname: the cost stays linear in the text.
FIRST_NAMES_MAX = 3


def _surnames_again(
    doc: Doc, mentions: list[Mention], taken: list[bool], french_words: frozenset[str]
) -> list[Mention]:
    """'Jean Minar ... dit Minar, 50 ans', 'M. Abdallah ... explique Tawhid Abdallah': a
    person's surname (the last word of a name, or the name of one word) is that person wherever
    it comes back capitalised and untaken, with the capitalised unknown words right before it
    (a first name the NER cut off). Not a French word ('Rose', 'Pierre'): those are left to
    the NER. One pass over the tokens."""
    surnames = set()
    for mention in mentions:
        if mention.kind == PERSON:
            word = doc[mention.end - 1].text
            if _surname_like(word, french_words):
                surnames.add(word)
    found = []
    for token in doc:
        if token.text not in surnames or taken[token.i]:
            continue
        start = token.i
        while (
            start > 0
            and token.i - start < FIRST_NAMES_MAX
            and not taken[start - 1]
            and doc[start - 1].whitespace_
            and _surname_like(doc[start - 1].text, french_words)
        ):
            start -= 1
        found.append(Mention(start, token.i + 1, PERSON, source="ner"))
    return found


def _surname_like(word: str, french_words: frozenset[str]) -> bool:
    return (
        len(word) > 2
        and word[0].isupper()
        and word[1:].islower()
        and word.replace("-", "").isalpha()
        and word.lower() not in french_words
    )


def _names_again(
    doc: Doc, names: list[Mention], taken: list[bool], kind: str, source: str
) -> list[Mention]:
    """Untaken occurrences of the names' words. One pass over the tokens, names looked up by
    their first word."""
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for mention in names:
        words = tuple(token.text for token in doc[mention.start : mention.end])
        by_first.setdefault(words[0], set()).add(words)
    found = []
    for token in doc:
        for words in by_first.get(token.text, ()):
            end = token.i + len(words)
            if (
                end <= len(doc)
                and not any(taken[token.i : end])
                and tuple(t.text for t in doc[token.i : end]) == words
            ):
                found.append(Mention(token.i, end, kind, source=source))
                break
    return found


TRAILING_PUNCTUATION = frozenset({".", ",", ";", ":", "-", "–", "—"})


def _without_trailing_punctuation(doc, mentions: list[Mention]) -> None:
    """'le quotidien Bild.- Antisémitisme': the NER may end a name on the full stop of a glued
    intertitle; no name ends on a punctuation token of its own."""
    for mention in mentions:
        while mention.end - mention.start > 1 and doc[mention.end - 1].text in TRAILING_PUNCTUATION:
            mention.end -= 1


def _without_duplicates(mentions: list[Mention]) -> list[Mention]:
    """One mention per span: an acronym linked in parentheses is also found again among the
    acronym's occurrences ('Office national des forêts (ONF)')."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for mention in mentions:
        if (mention.start, mention.end) not in seen:
            seen.add((mention.start, mention.end))
            kept.append(mention)
    return kept


class MergingRules:
    """Mentions merged, linked and given one kind per name: acronyms in parentheses, compound"""

    def _typed_by_acronym(self, doc: Doc, mentions: list[Mention]) -> None:
        """'Le Paris Saint-Germain ... le PSG': a name whose initials spell an organisation's
        acronym of the same article is that organisation, not a place."""
        acronyms = {
            doc[m.start : m.end].text
            for m in mentions
            if m.kind == ORGANIZATION and m.end - m.start == 1 and doc[m.start].text.isupper()
        }
        for mention in mentions:
            span = doc[mention.start : mention.end]
            if mention.kind != PLACE or len(span) < 2 or self.gazetteer.lookup(span.text):
                continue
            if any(_initials_match(acronym, span) for acronym in acronyms):
                mention.kind = ORGANIZATION

    def _expand_acronyms(self, doc: Doc, mentions: list[Mention], taken: list[bool]) -> None:
        """'la Federal Aviation Administration (FAA)': the words whose initials spell the
        acronym in parentheses name the same organisation, even when the NER missed them."""
        for mention in list(mentions):
            start = mention.start
            if mention.kind != ORGANIZATION or start < 2 or doc[start - 1].text != "(":
                continue
            if mention.end >= len(doc) or doc[mention.end].text != ")" or mention.end - start != 1:
                continue
            first = start - 1
            while (
                first > 0
                and not taken[first - 1]
                and (_capitalised(doc[first - 1]) or doc[first - 1].lower_ in NAME_INNER_WORDS)
            ):
                first -= 1
            while first < start - 1 and not _initials_match(
                doc[start].text, doc[first : start - 1]
            ):
                first += 1  # 'La Federal Aviation Administration': the article is no initial
            if not (first < start - 1 and _capitalised(doc[first])):
                first = self._lowercase_expansion(doc, start, taken)
            if first is not None:
                expansion = Mention(first, start - 1, ORGANIZATION, source="expansion")
                mentions.append(expansion)
                mention.link = expansion
                for i in range(first, start - 1):
                    taken[i] = True
        mentions.sort(key=lambda m: m.start)

    def _lowercase_expansion(
        self, doc: Doc, start: int, taken: list[bool] | None = None
    ) -> int | None:
        """'le parquet national financier (PNF)', "l'office français de la biodiversité
        (OFB)": French writes many organisation names in lower case; the words that spell the
        acronym name it when the first is an organisation noun."""
        spellings = _spelling_phrases(doc, start, taken)
        return next((w.start for w in spellings if w[0].lower_ in self.org_name_heads), None)

    def _local_chapters(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """'la FDSEA du Lot-et-Garonne', 'le Sdis du Var': an organisation's acronym, with its
        article, then a French département or town is one local body; the place is part of
        its name. Not a party after a title ('le député RN du Nord')."""
        merged: list[Mention] = []
        for mention in mentions:
            last = merged[-1] if merged else None
            if last is not None and mention.kind == PLACE and self._chapter_of(doc, last, mention):
                last.end = mention.end
                continue
            merged.append(mention)
        return merged

    def _compound_territories(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """'Wallis et Futuna', 'Trinité et Tobago': two names joined by 'et' that together
        name one territory are that territory."""
        merged: list[Mention] = []
        for mention in mentions:
            last = merged[-1] if merged else None
            if (
                last is not None
                and PLACE in (last.kind, mention.kind)
                and [t.lower_ for t in doc[last.end : mention.start]] == ["et"]
                and any(
                    entry.kind in ("country", "region")
                    for entry in self.gazetteer.lookup(doc[last.start : mention.end].text)
                )
            ):
                last.end, last.kind, last.hint = mention.end, PLACE, None
                continue
            merged.append(mention)
        return merged

    def _chapter_of(self, doc: Doc, org: Mention, place: Mention) -> bool:
        if org.kind != ORGANIZATION or org.end - org.start != 1 or org.start == 0:
            return False
        acronym = doc[org.start].text
        if not _is_acronym(acronym) or acronym in self.lex["party_labels"]:
            return False
        if doc[org.start - 1].lower_ not in TYPE_NOUN_DETERMINERS | {"de la", "à"}:
            return False
        between = [token.lower_ for token in doc[org.end : place.start]]
        if not between or between[0] not in ("de", "du", "des", "d'", "d’") or len(between) > 2:
            return False
        if len(between) == 2 and between[1] not in ("la", "l'", "l’"):
            return False
        entries = self.gazetteer.lookup(doc[place.start : place.end].text)
        return any(entry.country == HOME_COUNTRY for entry in entries)

    def _coordinated_kinds(self, doc: Doc, mentions: list[Mention]) -> None:
        """Names joined by 'et' are of one kind: 'Les Amis de la Terre et Survie' (an
        unknown 'place' next to an organisation), 'les camps de Zamzam et d'Abou Shouk'
        (a 'person' after the same preposition as a place); a one-word 'person' listed after
        a comma or 'ou' next to an organisation is one more ('Auchan, Casino ou Leclerc')."""
        surnames = {
            doc[mention.end - 1].text
            for mention in mentions
            if mention.kind == PERSON and mention.end - mention.start > 1
        }
        for first, second in itertools.pairwise(mentions):
            between = [token.lower_ for token in doc[first.end : second.start]]
            if between == ["ou"]:
                _one_more_organisation(doc, first, second, surnames)
                continue
            if between not in (["et"], [","]) and not (
                len(between) == 2
                and between[0] == "et"
                and between[1] in PLACE_PREPOSITIONS
                and first.start > 0
                and _unelided(doc[first.start - 1].lower_) == _unelided(between[1])
            ):
                continue
            for this, other in ((first, second), (second, first)):
                if this.source != "ner" or this.gender is not None:
                    continue
                unknown = not self.gazetteer.lookup(doc[this.start : this.end].text)
                if this.kind == PLACE and other.kind == ORGANIZATION and unknown:
                    this.kind = ORGANIZATION
                elif this.kind == PERSON and other.kind == PLACE and len(between) == 2:
                    this.kind = PLACE
            if between == [","]:
                _one_more_organisation(doc, first, second, surnames)

    def _country_in_parentheses(self, inner: Span, name: Span) -> bool:
        """'le KF Drita (Kosovo)': a club's country, no acronym of the club."""
        entries = self.gazetteer.lookup(inner.text)
        return (
            bool(entries)
            and entries[0].kind in ("country", "region", "continent")
            and not _loose_initials_match(inner.text, name)
        )

    def _link_parentheses(self, doc: Doc, mentions: list[Mention]) -> None:
        """'Office anti-stupéfiants (Ofast)': the acronym is the same organisation;
        'Tadej Pogacar (UAE Team Emirates)': the team is an organisation;
        'Nîmes (Gard)': the department is a region."""
        by_start = {mention.start: index for index, mention in enumerate(mentions)}
        for mention in list(mentions):
            if mention.end >= len(doc) or doc[mention.end].text != "(":
                continue
            after = doc[mention.end - 1 : mention.end + 16]
            match = PAREN_AFTER.match(after.text, len(doc[mention.end - 1].text))
            if match is None:
                continue
            base = after.start_char
            inner = doc.char_span(
                base + match.start("inner"), base + match.end("inner"), alignment_mode="expand"
            )
            if inner is None:
                continue
            other = by_start.get(inner.start)
            inner_text = inner.text
            if (
                mention.kind == ORGANIZATION
                and ACRONYM.match(inner_text)
                and not self._country_in_parentheses(inner, doc[mention.start : mention.end])
            ):
                self._replace(
                    mentions,
                    by_start,
                    Mention(inner.start, inner.end, ORGANIZATION, link=mention, source="acronym"),
                )
            elif mention.kind == PLACE:
                if other is not None and mentions[other].kind == PLACE:
                    mentions[other].hint = mentions[other].hint or "region"
                elif inner_text.isupper() and _initials_match(
                    inner_text, doc[mention.start : mention.end]
                ):
                    self._replace(
                        mentions,
                        by_start,
                        Mention(inner.start, inner.end, PLACE, link=mention, source="acronym"),
                    )
            elif (
                mention.kind == PERSON
                and other is not None
                and mentions[other].kind == PLACE
                and not self.gazetteer.lookup(inner_text)
            ):
                mentions[other].kind = ORGANIZATION  # 'David Gaudu (Groupama-FDJ)'

    def _replace(self, mentions: list[Mention], by_start: dict, new: Mention) -> None:
        for index, mention in enumerate(mentions):
            if mention.start < new.end and new.start < mention.end:
                new.hint = new.hint or (mention.hint if mention.kind == new.kind else None)
                mentions[index] = new
                return
        mentions.append(new)
        by_start[new.start] = len(mentions) - 1


def _one_more_organisation(doc: Doc, first: Mention, second: Mention, surnames: set[str]) -> None:
    """'Auchan, Casino ou Leclerc': a one-word name the NER reads as a person, listed next to
    an organisation, is one more of them; not the surname of a person named in full elsewhere
    ('Pierre Dupont a parlé. Dupont, Total et Engie ont signé')."""
    for this, other in ((first, second), (second, first)):
        if (
            this.source == "ner"
            and doc[this.start].text not in surnames
            and this.gender is None
            and this.kind == PERSON
            and other.kind == ORGANIZATION
            and this.end - this.start == 1
        ):
            this.kind = ORGANIZATION
