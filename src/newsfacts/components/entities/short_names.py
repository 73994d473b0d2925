"""Organisations named by a short name the NER misses or mis-types: known acronyms ('la FDJ',
'un détaillant FDJ'), a hyphen-joined run of them ('l'intersyndicale CGT-FO-Solidaires-FSU'),
national teams ('l'équipe de France', 'les Diables rouges') and a regional channel with its
region ('France 3 Pays de la Loire')."""

from __future__ import annotations

import json
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from newsfacts.components.entities.boundaries import _name_end
from newsfacts.components.entities.lexicon import _read_lexicon, load_lexicons
from newsfacts.components.entities.mention import Mention
from newsfacts.components.entities.tokens import _capital_word, _capitalised
from newsfacts.components.entities.vocabulary import DE_FORMS, ORGANIZATION, PLACE
from newsfacts.components.gazetteer import fold

# 'l'équipe de France', "la sélection d'Italie": a national team, no place
TEAM_NOUNS = {"équipe", "sélection"}
ARTICLES_AND_CONTRACTIONS = {"le", "la", "les", "l'", "l’", "du", "au", "des", "aux"}


@cache
def load_short_names() -> dict:
    return json.loads(_read_lexicon("short_names.json"))


@cache
def load_organisation_variants() -> dict:
    return json.loads(_read_lexicon("organisation_variants.json"))


def _bare(text: str) -> str:
    """'FDJ.' at a sentence's end: the tokenizer may leave the period on the acronym."""
    return text[:-1] if text.endswith(".") and len(text) > 2 else text


class ShortNames:
    """Rules of MentionFinder (finder.py): it builds ``self.short_names`` and
    ``self.team_nicknames`` with ``_load_short_names``."""

    def _load_short_names(self, nlp) -> None:
        data = load_short_names()
        self.short_names: dict[str, str] = data["short_names"]
        # parts of a hyphen-joined run: also the parties' acronyms ('EELV-PS-PCF', 'RN-LR')
        self.run_names = set(self.short_names) | {
            name
            for group in load_organisation_variants()["groups"]
            for name in group
            if name.isupper() and len(name) >= 2
        }
        self.known_name_set = frozenset(load_lexicons()["known_names"])
        self.regional_networks = set(data["regional_networks"])
        self.media_without_article = set(data["media_without_article"])
        self.team_countries: dict[str, str] = {
            fold(name): fold(country) for name, country in data["team_nicknames"].items()
        }
        self.team_nicknames = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.team_nicknames.add("TEAM", [nlp.make_doc(name) for name in data["team_nicknames"]])

    def _short_name_runs(self, doc: Doc) -> list[Mention]:
        """'CGT-FO-Solidaires-FSU': hyphen-joined known short names, each an organisation;
        'CFE-CGC' is one of them whole. A run with a part that is no known name is left to
        the other rules ('Snes-FSU' is one union)."""
        found: list[Mention] = []
        i = 0
        while i < len(doc):
            parts = [i]
            while (
                parts[-1] + 2 < len(doc)
                and doc[parts[-1] + 1].text == "-"
                and not doc[parts[-1]].whitespace_
                and not doc[parts[-1] + 1].whitespace_
            ):
                parts.append(parts[-1] + 2)
            i = parts[-1] + 1
            if len(parts) < 2:
                continue
            names = self._known_parts(doc, parts)
            if names is not None and len(names) > 1:
                found += [
                    Mention(start, end, ORGANIZATION, source="acronym") for start, end in names
                ]
        return found

    def _known_parts(self, doc: Doc, parts: list[int]) -> list[tuple[int, int]] | None:
        """The run's known names, the longest first ('CFE-CGC'), or None if a part is unknown."""
        names = []
        k = 0
        while k < len(parts):
            start = parts[k]
            if k + 1 < len(parts) and doc[start : parts[k + 1] + 1].text in self.short_names:
                names.append((start, parts[k + 1] + 1))
                k += 2
            elif doc[start].text in self.run_names:
                names.append((start, start + 1))
                k += 1
            elif k == len(parts) - 1 and self._known_name_end(doc, start) is not None:
                # 'la liste PS-Place publique': the last part may be a known name of words
                names.append((start, self._known_name_end(doc, start)))
                k += 1
            else:
                return None
        return names

    def _known_name_end(self, doc: Doc, start: int) -> int | None:
        """Where a known organisation's name of two or three words that opens at start ends."""
        for end in range(min(len(doc), start + 3), start + 1, -1):
            if doc[start:end].text in self.known_name_set:
                return end
        return None

    def _known_short_names(self, doc: Doc, spelled: set[str]) -> list[Mention]:
        """A known short name alone is an organisation ('la FDJ décide', 'auprès de la CAF'),
        not inside a longer name the NER found ('CGT Energie') nor in a heading in capitals.
        One the article spells out ('caisse primaire d'assurance maladie (CPAM)') is left to
        the acronym rules, which link it to its full name."""
        found = []
        for token in doc:
            if _bare(token.text) not in self.short_names or _bare(token.text) in spelled:
                continue
            if token.ent_iob_ == "I" or (
                token.ent_iob_ == "B"
                and token.i + 1 < len(doc)
                and doc[token.i + 1].ent_iob_ == "I"
            ):
                continue
            if self._in_capitals(doc, token.i):
                continue
            found.append(Mention(token.i, token.i + 1, ORGANIZATION, source="acronym"))
        return found

    def _in_capitals(self, doc: Doc, i: int) -> bool:
        """A word in capitals next to it that is no known short name: a heading ('LA CGT
        APPELLE')."""
        for j in (i - 1, i + 1):
            if 0 <= j < len(doc):
                word = doc[j]
                if (
                    word.is_alpha
                    and len(word.text) > 1
                    and _capital_word(word)
                    and word.text not in self.short_names
                ):
                    return True
        return False

    def _national_teams(self, doc: Doc) -> list[Mention]:
        """ "l'équipe de France", "les Diables rouges": a team is an organisation, and the
        country in its name no place; a nickname and the team of its country are one actor
        ('les Bleus ... l'équipe de France'), linked to the first of them."""
        found: list[tuple[Mention, str]] = []
        for token in doc:
            if token.lower_ not in TEAM_NOUNS or token.i + 2 >= len(doc):
                continue
            name = token.i + 2
            if doc[token.i + 1].lower_ not in DE_FORMS or not _capitalised(doc[name]):
                continue
            for end in range(_name_end(doc, name), name, -1):  # not 'France féminine'
                entries = self.gazetteer.lookup(doc[name:end].text)
                if entries and entries[0].kind == "country":
                    country = fold(doc[name:end].text)
                    found.append((Mention(token.i, end, ORGANIZATION, source="team"), country))
                    break
        for _, start, end in self.team_nicknames(doc):
            if _capitalised(doc[start]):
                country = self.team_countries[fold(doc[start:end].text)]
                found.append((Mention(start, end, ORGANIZATION, source="team"), country))
        found.sort(key=lambda pair: pair[0].start)
        first: dict[str, Mention] = {}
        for mention, country in found:
            if first.setdefault(country, mention) is not mention:
                mention.link = first[country]
        return [mention for mention, _ in found]

    def _media_without_article(self, doc: Doc) -> list[Mention]:
        """'révèle Sud-Ouest': a medium named like a region, with no article before it ('dans
        le Sud-Ouest' is the region)."""
        return [
            Mention(token.i, token.i + 1, ORGANIZATION, source="metonym")
            for token in doc
            if token.text in self.media_without_article
            and (token.i == 0 or doc[token.i - 1].lower_ not in ARTICLES_AND_CONTRACTIONS)
        ]

    def _is_network(self, doc: Doc, mention: Mention) -> bool:
        return doc[mention.start : mention.end].text in self.regional_networks

    def _regional_editions(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """'France 3 Pays de la Loire', 'France Bleu Nord': a network and the place right
        after it are one regional edition; the network's bare name elsewhere in the article
        is that edition ('d'après France Bleu'), when it has one edition only. ``mentions``
        are in text order."""
        merged: list[Mention] = []
        edition_end = -1
        for mention in mentions:
            last = merged[-1] if merged else None
            if last is not None and mention.start < edition_end:
                continue  # 'Loire' of 'France Bleu Loire Océan': inside the edition's name
            if (
                last is not None
                and mention.kind == PLACE
                and mention.start == last.end
                and last.kind == ORGANIZATION
                and self._is_network(doc, last)
            ):
                last.end = max(mention.end, edition_end)
                continue
            merged.append(mention)
            if mention.kind == ORGANIZATION and self._is_network(doc, mention):
                # 'France Bleu Pays de Savoie', 'France Bleu Loire Océan': the capitalised
                # words after the network name its edition, a region's or not
                edition_end = _name_end(doc, mention.end - 1)
                if edition_end > mention.end and _capitalised(doc[mention.end]):
                    mention.end = edition_end
                else:  # 'France 3 et Le Parisien': the words after are no edition
                    edition_end = mention.end
        editions: dict[str, list[Mention]] = {}
        for mention in merged:
            if mention.kind != ORGANIZATION:
                continue
            text = doc[mention.start : mention.end].text
            network = next(
                (n for n in self.regional_networks if text == n or text.startswith(n + " ")), None
            )
            if network is not None:
                editions.setdefault(network, []).append(mention)
        for network, found in editions.items():
            names = {doc[m.start : m.end].text for m in found} - {network}
            if len(names) == 1 and len(found) > 1:
                for mention in found[1:]:
                    mention.link = mention.link or found[0]
        return merged
