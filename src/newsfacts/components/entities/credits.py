"""Credit lines that name a source without making it an actor of the article.

Scraped pages keep the caption of an embedded video glued to the text around it: ``où en est
le retour à l'école ?par BFMTVDéjà en vue``, ``- 18/05par RMCEn juillet``. The channel after
that glued ``par`` credits the video, not the story: real-news gold never takes it for a
mention (the same channel named in the article's own sentences still is one).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsfacts.components import text_of
from newsfacts.components.entities.mention import Mention

# 'par' glued to the mark, number or bracket that closes the video's title, then a space; not
# an opening bracket or mark: '(par Jean Dupont, économiste)' credits an author of the story.
VIDEO_CREDIT = re.compile(r"[)\]»”\"?!.…]par\s+$|\dpar\s+$")
# Enough characters before a name to hold the glued 'par' and its space.
CREDIT_REACH = 8


def _without_video_credits(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, less the channel names that credit an embedded video."""
    text = text_of(doc)
    kept = []
    for mention in mentions:
        begin = doc[mention.start].idx
        if VIDEO_CREDIT.search(text[max(0, begin - CREDIT_REACH) : begin]):
            continue
        kept.append(mention)
    return kept
