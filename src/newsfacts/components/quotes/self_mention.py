"""Self-mention: a speaker does not name themself in the third person.

"« L'expression utilisée par M. Zekri … », a dit le président du CFCM": whoever says it, it is
not Zekri. A person named in the quote's own words is therefore a poor candidate for a pronoun
or a description that introduces it; the rules skip them, and the ranker weighs it as a feature.
A name the speaker text itself gives still wins ("a dit Abdallah Zekri"): only the steps that
guess (pronouns, descriptions, candidates) read this.
"""

from __future__ import annotations

from newsfacts.components.quotes.index import ActorIndex

# mentions walked inside one quote at most: the cost stays bounded by the quote's length
MAX_MENTIONS = 30


def persons_named_in(index: ActorIndex, start: int, end: int) -> frozenset[int]:
    """The numbers (every number of each actor) of the persons named in [start, end)."""
    found: set[int] = set()
    for m_start, m_end, n in index.after(start, MAX_MENTIONS):
        if m_start >= end:
            break
        actor = index.actors[n]
        if m_end > end or actor.get("type") != "person":
            continue
        if not index.text[m_start : m_start + 1].isupper():
            continue  # "il", "le ministre" resolved to someone: no name said in the quote
        found.update(index.numbers_of(actor) or [n])
    return frozenset(found)


def persons_named_in_quote(index: ActorIndex, quotes) -> frozenset[int]:
    """The persons named in the words of the quote being resolved (QuoteZones.quote), if any."""
    quote = getattr(quotes, "quote", None)
    if quote is None:
        return frozenset()
    return persons_named_in(index, quote.start, quote.end)
