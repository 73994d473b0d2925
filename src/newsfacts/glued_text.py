"""Token and sentence boundaries where real copy glues paragraphs together.

Scraped articles lose the line break between paragraphs: ``roulant.De nouveau``,
``communiqué."Les gens``, ``Covid-19!"Chaque``, ``New York.-Le``, ``Abdallah.- Le``. spaCy's
tokenizer keeps some of these as one token (``gueule"La``, ``York.-Le``), which then reads as a
name and hides the sentence break. ``GlueRepairingTokenizer`` runs the model's own tokenizer, then
splits the tokens that straddle a glue point and marks the sentence that starts there, so the
parser sees two sentences. The text is never changed: every offset still indexes the original.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from spacy.tokens import Doc

SENTENCE_END = ".!?…"
QUOTES = '"«»“”'
# A run of punctuation glued between a word and the capital that starts the next paragraph. The
# word has two letters or more, or is a number, so initials (``J.-Y.``, ``U.S.A.``) stay whole.
GLUED_RUN = re.compile(
    rf"""(?x)
    (?: (?<=[^\W\d_]{{2}}) | (?<=\d) )         # a word or a number ...
    (?P<run> [{SENTENCE_END}{QUOTES})\]\-–—]{{1,4}} )  # ... glued punctuation ...
    (?= [A-ZÀ-ÖØ-Þ] )                         # ... and the capital of the next sentence
    """
)
# A quote's closing mark glued after an initial, then the next paragraph: ``Radio J."Le``. An
# initial may end a sentence only this way; ``J.-Y.`` and ``U.S.A.`` have no quote mark.
GLUED_QUOTE_AFTER_INITIAL = re.compile(
    rf"(?<=\b[A-ZÀ-ÖØ-Þ])(?P<run>[{SENTENCE_END}][{QUOTES}])(?=[A-ZÀ-ÖØ-Þ])"
)
# A sentence glued to the number that starts the next: ``Santé.19.015 personnes``,
# ``violent".88 photos`` (not ``www.20minutes.fr``).
GLUED_BEFORE_NUMBER = re.compile(
    rf"(?<=[^\W\d_]{{2}})(?<!www)(?P<run>[{SENTENCE_END}][{QUOTES}]?|[{QUOTES}][{SENTENCE_END}])(?=\d)"
)
# A dateline closed by a dash glued to the city: ``Abdallah.- Le``, ``SANAA-- Le``.
GLUED_DATELINE_DASH = re.compile(r"(?<=[^\W\d_]{2})(?P<run>\.-{1,2}|-{2})(?=\s)")
# A paragraph glued to the word that opens the next with no mark at all: ``Melania TrumpLa
# Première dame``, ``ChansonsEn 2002``, ``LoiretCinquante-quatre``. Only French words that open a
# sentence (function words, number words) count as the next paragraph's first word, capitalised
# as such and whole, so that ``McEnroe``, ``LeBron``, ``DiCaprio`` and ``YouTube`` stay whole.
PARAGRAPH_OPENERS = [
    "Le", "La", "Les", "Un", "Une", "Des", "Du", "De", "En", "Au", "Aux", "Il", "Ils",
    "Elle", "Elles", "On", "Ce", "Cet", "Cette", "Ces", "Dans", "Pour", "Par", "Sur", "Selon",
    "Depuis", "Après", "Avant", "Mais", "Et", "Alors", "Pourtant", "Ainsi", "Lors", "Son",
    "Sa", "Ses", "Leur", "Leurs", "Nous", "Vous", "Je", "Parmi", "Enfin", "Puis", "Entre",
    "Sans", "Avec", "Chez", "Deux", "Trois", "Quatre", "Cinq", "Six", "Sept", "Huit", "Neuf",
    "Dix", "Onze", "Douze", "Vingt", "Trente", "Quarante", "Cinquante", "Soixante", "Cent",
    "Mille", "Plusieurs", "Tous", "Toutes",
]  # fmt: skip
# A one-letter name ending a sentence, its dot glued to the next paragraph's opening word:
# ``du RER D.Un mouvement``, ``cartes Imagine R.Le montant``. The letter stands alone after a space
# and the opener is followed by a lower-case word, so that initials before a surname (``J.Le Pen``,
# ``A.R. Penck``) stay whole.
GLUED_AFTER_LETTER = re.compile(
    rf"(?<=\s[A-ZÀ-ÖØ-Þ])(?P<run>\.)(?=(?:{'|'.join(PARAGRAPH_OPENERS)})\s+[a-zß-öø-ÿ])"
)
GLUED_OPENER = re.compile(
    r"(?<=[^\W\d_]{2})(?P<run>)"
    rf"(?=(?:(?:{'|'.join(PARAGRAPH_OPENERS)})(?![^\W_])|[LDCJS]['’][^\W\d_]))"
)
# A heading or paragraph that ends on a lower-case word glued to a capitalised name: ``Temps de
# travailOlivier Véran``. The lower-case part is a whole word of five letters or more that opens
# after a space, so that ``iPhone``, ``easyJet``, web addresses and handles stay whole. Only the
# token ends there: a sentence start forced on the name made the parser cut the name in two.
GLUED_CAMEL = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[(«“]))[a-zß-öø-ÿ]{5,}(?P<run>)(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}(?![^\W\d_]*[/@]))"
)
# A heading in capitals, or an acronym, glued to the capitalised word that opens the next
# paragraph: ``UN VŒU EXAUCÉLe quotidien``, ``selon la SNCFContacté par LCI``, ``sur BFMTVDéjà``.
# Three capitals or more (``RTLinfo``, ``CIEau`` stay whole) that open a word, not a handle or a
# hashtag (``#FRACROpar``, ``@IDFmobilites``); ``McDonald``, ``LaREM``, ``MoDem`` have one capital.
GLUED_AFTER_CAPITALS = re.compile(
    r"(?<![\w#@])[A-ZÀ-ÖØ-Þ]{3,}(?P<run>)(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})"
)
# A video's caption credit glued to the title it closes: ``clients concernéspar euronews``,
# ``la meute"par France Inter``. Four letters or more before ``par`` so that ``Caspar`` and
# ``Gaspar`` stay whole; a quote mark counts when it closes (``venue "par patriotisme"`` opens
# one). entities.credits reads the credit on the text.
GLUED_CREDIT = re.compile(
    r"(?:(?<=[^\W\d_]{4})|(?<=[)\]!?…\d])|(?<=\S)(?=[\"»”]))(?P<run>[\"»”]?)(?=par\s+[^\W_])"
)
# The desk codes that close a wire story, glued to its last word: ``Rudy Giuliani.sct/gle/bfi``.
GLUED_SIGNATURE = re.compile(r"(?<=[^\W\d_]{2})(?P<run>\.)(?=[a-z]{2,5}(?:/[a-z]{2,5}){2,})")
# A dash that opens or closes an aside, set against its word with the space on the other side:
# ``de l'ARS- la fermeture``, ``avec Emmanuel Macron- l'ex-élu``, ``-Le Japon n'a mené``. The
# tokenizer keeps it on the word, which then ends or starts a name with it. A dash before a digit
# is a minus sign (``entre -6 et -5``) unless doubled (``le Golfe --8,13% des hommes--``), a dash
# between two words a hyphen, a dash before `et` a word left to finish (``le pro- et l'anti-``).
# The end of the text closes an aside too (``avec Emmanuel Macron-``); an en or em dash opens and
# closes one the same way (``Dupont —le maire de Lyon— a dit``).
GLUED_DASH_AFTER_WORD = re.compile(
    r"(?<=[^\W\d_]{2})(?P<run>-{1,2}|[–—])(?=[\s,;:.)]|$)(?!\s(?:et|ou)\s)"
)
GLUED_DASH_BEFORE_WORD = re.compile(
    r"(?:(?<=\s)|^)(?P<run>(?:-{1,2}|[–—])(?=[^\W\d_]{2})|--(?=\d))"
)
# The tokens those two cut off: what opens or closes an aside (entities.boundaries reads them).
ASIDE_DASHES = frozenset({"-", "--", "–", "—"})
# A bullet opens a list item or a section heading, often glued to the sentence before:
# ``35 heures.• Carrières et effectifs``.
GLUED_BULLET = re.compile(r"(?P<run>[.!?…]*[•▪►●])")
# The pronouns of an inverted subject, written after a hyphen: "dit-il", "a-t-elle", "peut-on".
INVERTED_PRONOUNS = frozenset({"il", "elle", "on", "ils", "elles", "t"})
# Repeated marks that stay one token: an ellipsis, a double dash, ``?!``.
REPEATS = re.compile(r"\.{2,}|-{2,}|[!?]{2,}|.", re.S)


def glue_points(text: str) -> tuple[list[int], list[int]]:
    """Offsets where a token must end, and offsets where a sentence starts."""
    cuts: list[int] = []
    starts: list[int] = []
    patterns = (
        GLUED_RUN,
        GLUED_QUOTE_AFTER_INITIAL,
        GLUED_AFTER_LETTER,
        GLUED_BEFORE_NUMBER,
        GLUED_DATELINE_DASH,
        GLUED_OPENER,
        GLUED_AFTER_CAPITALS,
        GLUED_CREDIT,
        GLUED_CAMEL,
        GLUED_SIGNATURE,
        GLUED_BULLET,
        GLUED_DASH_AFTER_WORD,
        GLUED_DASH_BEFORE_WORD,
    )
    for pattern in patterns:
        for match in pattern.finditer(text):
            run = match.group("run")
            if pattern is GLUED_RUN and not any(c in SENTENCE_END or c in QUOTES for c in run):
                if not any(c in ")]" for c in run):
                    continue  # 'Jean-Pierre', 'Pas-de-Calais': a hyphenated name
                # '(en français)Easyjet': a caption's bracket glued to the next paragraph
                starts.append(match.end("run"))
            begin = match.start("run")
            cuts.append(begin)
            cuts.extend(begin + m.start() for m in REPEATS.finditer(run) if m.start())
            cuts.append(match.end("run"))
            last_end = max((i for i, c in enumerate(run) if c in SENTENCE_END), default=None)
            if pattern is GLUED_BULLET:
                starts.append(match.end("run") - 1)
            elif pattern in (GLUED_OPENER, GLUED_AFTER_CAPITALS, GLUED_CREDIT):
                starts.append(match.end("run"))
            elif last_end is not None:
                starts.append(begin + last_end + 1)
    return sorted(set(cuts)), sorted(set(starts))


class GlueRepairingTokenizer:
    """Wraps a spaCy tokenizer: same tokens, plus boundaries at glue points (see module doc)."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        cuts, starts = glue_points(text)
        if not cuts:
            return doc
        _split_at(doc, cuts)
        _join_inverted_pronouns(doc)
        _mark_sentence_starts(doc, starts)
        return doc

    def pipe(self, texts, batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # Everything else (vocab, suffix_search, rules, to_disk, ...) is the wrapped tokenizer's, so
    # that code tuning the tokenizer (quantities' suffix rule) tunes the one that runs.
    def __getattr__(self, name):
        return getattr(self.tokenizer, name)

    def __setattr__(self, name, value):
        if name == "tokenizer":
            object.__setattr__(self, name, value)
        else:
            setattr(self.tokenizer, name, value)


def _split_at(doc: Doc, cuts: list[int]) -> None:
    """Split every token that a cut falls inside, at every cut inside it."""
    splits = []
    position = 0
    for token in doc:
        begin, end = token.idx, token.idx + len(token.text)
        while position < len(cuts) and cuts[position] <= begin:
            position += 1
        inside = []
        while position < len(cuts) and cuts[position] < end:
            inside.append(cuts[position] - begin)
            position += 1
        if inside:
            bounds = [0, *inside, len(token.text)]
            splits.append((token, [token.text[a:b] for a, b in itertools.pairwise(bounds)]))
    with doc.retokenize() as retokenizer:
        for token, orths in splits:
            heads = [(token, i) for i in range(len(orths))]
            retokenizer.split(token, orths, heads=heads)


def _join_inverted_pronouns(doc: Doc) -> None:
    """ "dit-il.- Le" comes out of the model's tokenizer as "dit", "-", "il.-": once the glue is
    cut, the hyphen goes back to its pronoun ("-il"), as in "dit-il." with no glue."""
    pairs = [
        doc[i : i + 2]
        for i in range(1, len(doc) - 1)
        if doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].lower_ in INVERTED_PRONOUNS
    ]
    if pairs:
        with doc.retokenize() as retokenizer:
            for pair in pairs:
                retokenizer.merge(pair)


def _mark_sentence_starts(doc: Doc, starts: list[int]) -> None:
    wanted = set(starts)
    for token in doc:
        if token.idx in wanted and token.i > 0:
            token.is_sent_start = True
