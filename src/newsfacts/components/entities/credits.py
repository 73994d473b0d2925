"""Credit lines that name a source without making it an actor of the article.

Scraped pages keep the caption of an embedded video glued to the text around it: ``où en est
le retour à l'école ?par BFMTVDéjà en vue``, ``- 18/05par RMCEn juillet``. The channel after
that glued ``par`` credits the video, not the story: real-news gold never takes it for a
mention (the same channel named in the article's own sentences still is one).

The regional press signs a story on a line of its own, surnames in capitals: ``de Nicole COLLET
et Chantal DIDIER``, ``Par Jean DUPONT``. Gold leaves bylines out (as it does credits).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsfacts.components import text_of
from newsfacts.components.entities.mention import Mention

# 'par' glued to the mark, number or bracket that closes the video's title, then a space; not
# an opening bracket or mark: '(par Jean Dupont, économiste)' credits an author of the story.
VIDEO_CREDIT = re.compile(r"[)\]»”\"?!.…]par\s+$|\dpar\s+$")
# A first name (or two) and a surname in capitals; a byline is a line of them, after 'de' or
# 'par', joined by 'et' or commas.
_BYLINE_NAME = (
    r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:[ -][A-ZÀ-Þ][a-zà-ÿ'’]+)*[ \t]+[A-ZÀ-Þ]{2,}(?:[ '’-][A-ZÀ-Þ]{2,})*"
)
BYLINE = re.compile(
    rf"(?m)^[ \t]*(?:(?:[Dd]e|[Pp]ar)[ \t]+)?{_BYLINE_NAME}"
    rf"(?:(?:[ \t]+et[ \t]+|,[ \t]*){_BYLINE_NAME})*[ \t]*\.?[ \t]*$"
)
# Enough characters before a name to hold the glued 'par' and its space.
CREDIT_REACH = 8


def _without_video_credits(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, less the channel names that credit an embedded video and the names
    that sign the story."""
    text = text_of(doc)
    bylines = [match.span() for match in BYLINE.finditer(text)]
    kept = []
    for mention in mentions:
        begin = doc[mention.start].idx
        if VIDEO_CREDIT.search(text[max(0, begin - CREDIT_REACH) : begin]):
            continue
        if any(start <= begin < end for start, end in bylines):
            continue  # 'de Nicole COLLET et Chantal DIDIER': the story's signature
        kept.append(mention)
    return kept
