"""The component: match the grammar over the text, keep the longest matches, resolve them."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span

from newsfacts.components import register_extensions, text_of
from newsfacts.components.dates.extent import is_age, trimmed_start, with_article
from newsfacts.components.dates.patterns import COMPILED, DAY_NUMBER, TIME_LINK
from newsfacts.components.dates.resolve import RESOLVERS
from newsfacts.components.dates.resolved import Context, Resolved
from newsfacts.components.dates.tense import (
    NONE,
    Direction,
    direction_of,
    governing_verb,
    shouted_direction,
)

# Kinds that name a day a clock time can hang on ("lundi à 16H00", "ce soir à 20H00").
DAY_KINDS = {"day_month", "numeric", "numeric_dash", "iso", "day_slash_month", "weekday", "deictic",
             "this_part", "anaphoric", "holiday", "weekday_day", "same_day"}  # fmt: skip
# Kinds that give a time of day: "16H00", "à midi", "dans la soirée".
CLOCK_KINDS = {"clock", "clock_words", "noon", "part_of_day"}
# A part of the day joins the day next to it ("hier en début d'après-midi"); a clock time stays
# an expression of its own ("hier" + "18 h"), as in the French TimeBank.
PART_KINDS = {"part_of_day"}
# Kinds whose day comes from the sentence, resolved once the days of the text are known.
ANCHORED_KINDS = CLOCK_KINDS
CLOCK_ABBREVIATIONS = ("h.", "H.")
SENTENCE_BREAK = re.compile(r"\n\s*\n\s*|(?<=[.!?])[»\"”]?\s+(?=[«\"“]?[A-ZÀ-Ý])")
# A wire dateline ("PARIS, 14 mars (AFP) -") dates the dispatch, not the events of its sentence.
DATELINE_AFTER = re.compile(r"\A\s*(?:\d{4}\s*)?\([A-Z][\w-]{1,10}\)\s*[-–—]")
IN_YEAR = re.compile(r"\b(?:en|l['’]an|l['’]année)\s*\Z", re.IGNORECASE)
# What may precede a year that opens its sentence: "En 1998, ...", "« En 1998, ...".
OPENS_SENTENCE = re.compile(r"\A[\s«\"“(*•–—-]*(?:en|l['’]an|l['’]année)?\s*\Z", re.IGNORECASE)
# Values a "précédent"/"suivant" unit counts from: a year, quarter, half, month, week or day.
PERIOD_VALUE = re.compile(r"\A\d{4}(?:-(?:Q\d|H\d|W\d\d|\d\d(?:-\d\d)?))?(?:T|\Z)")
# A quotation, whose dates take the tense of the speaker ("« Rendez-vous samedi », a lancé X").
QUOTATION = re.compile(r"«([^«»]{1,2000})»|“([^“”]{1,2000})”|\"([^\"\n]{1,2000})\"")
RANGE_LINK = re.compile(r"\A\s*(?:à|au|-|jusqu'à|jusqu’à)\s*\Z", re.IGNORECASE)


@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    groups: dict
    clock: Candidate | None = None  # a part of the day merged into this day
    day_link: Candidate | None = None  # the day next to this clock time ("samedi à 8 h")
    resolved: Resolved | None = field(default=None, repr=False)


@Language.factory("newsfacts_dates")
def make_dates(nlp: Language, name: str) -> DateTagger:
    # The French tokenizer keeps "h." whole ("à 17 h."): a clock time could not end on its "h".
    for form in CLOCK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(form, [{ORTH: form[:-1]}, {ORTH: "."}])
    return DateTagger()


class DateTagger:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        candidates = attach_clocks(text, longest_first(find_candidates(text)))
        reference = _reference(doc)
        resolve_all(doc, text, candidates, reference)
        spans = []
        for candidate in candidates:
            if candidate.resolved is None or _is_age(doc, text, candidate):
                continue
            start = trimmed_start(text, candidate.start, candidate.end, candidate.kind)
            span = _char_span(doc, with_article(text, start, candidate.kind), candidate.end)
            if span is None or (spans and spans[-1].end_char >= span.end_char):
                continue  # two expressions in one token ("2002/2003"): the first one stands
            span._.date = candidate.resolved.payload()
            spans.append(span)
        doc.spans["dates"] = spans
        return doc


def find_candidates(text: str) -> list[Candidate]:
    found = []
    lowered = text.lower()
    same_length = len(lowered) == len(text)  # "İ" lowercases to two characters
    for rule in COMPILED:
        if rule.gate and not any(word in lowered for word in rule.gate):
            continue
        kind = rule.kind
        matches = rule.lower.finditer(lowered) if same_length else rule.any_case.finditer(text)
        for match in matches:
            groups = {
                k: text[match.start(k) : match.end(k)]
                for k, v in match.groupdict().items()
                if v is not None
            }
            if kind == "century" and not groups.get("roman", "X").isupper():
                continue  # roman numerals are capitals: not "la vie siècle"
            if kind == "month_list":  # "mai et juin 2011": two months of 2011
                found.append(Candidate(*match.span("m1"), kind, groups))
                found.append(Candidate(match.start("month"), match.end(), "month_year", groups))
                continue
            if kind == "day_range":  # "du 1er juillet au 31 août 2014"
                first = {"day": groups["d1"], "month": groups["m1"], "year": groups["year"]}
                found.append(Candidate(match.start("d1"), match.end("m1"), "day_month", first))
                found.append(Candidate(match.start("day"), match.end(), "day_month", groups))
                continue
            if kind == "day_list":  # "les 16 et 17 juin": the first days take the month too
                found.append(
                    Candidate(*match.span("d1"), "day_month", groups | {"day": groups["d1"]})
                )
                for number in DAY_NUMBER.finditer(text, *match.span("more")):
                    found.append(
                        Candidate(*number.span(), "day_month", groups | {"day": number.group()})
                    )
                found.append(Candidate(match.start("day"), match.end(), "day_month", groups))
                continue
            if kind == "weekday_range":  # "du lundi au vendredi": each day, "du"/"au" left out
                found.append(Candidate(*match.span("wd1"), kind, groups | {"end": ""}))
                found.append(Candidate(*match.span("wd2"), kind, groups | {"end": "yes"}))
                continue
            if kind == "far_year":  # the cue word is not part of the span
                found.append(Candidate(*match.span("year"), "year_pre", groups))
                continue
            if kind == "vague_object":  # nor is the verb: "attendait [des heures]"
                found.append(Candidate(*match.span("span"), "vague_duration", groups))
                continue
            if kind == "year_pair":  # "la saison 2002/2003": two years
                first, second = groups["y1"], groups["y2"]
                if len(second) == 2:
                    second = first[:2] + second
                if int(second) != int(first) + 1:
                    continue  # "1998-2003" is a span of years, "2002/03" a season
                found.append(Candidate(*match.span("y1"), "year_pre", {"year": first}))
                found.append(Candidate(*match.span("y2"), "year_pre", {"year": second}))
                continue
            if "span" in groups:  # the words around are cues, not part of the expression
                found.append(Candidate(*match.span("span"), kind, groups))
                continue
            found.append(Candidate(match.start(), match.end(), kind, groups))
    return found


def longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest matches that do not overlap (earlier rules win ties), in text order."""
    order = {kind: rank for rank, kind in enumerate(rule.kind for rule in COMPILED)}
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), order.get(c.kind, 99), c.start))
    taken: list[tuple[int, int]] = []
    kept = []
    for candidate in ranked:
        if any(candidate.start < end and start < candidate.end for start, end in taken):
            continue
        taken.append((candidate.start, candidate.end))
        kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


def attach_clocks(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Join a day and the part of the day next to it ("hier en début d'après-midi"); link a
    clock time to the day next to it, two expressions with the time on that day: "[le samedi
    5 juin] à [17 h]", "[ce soir] à [20H00]", "vers [0 h 40], [jeudi]"."""
    merged: list[Candidate] = []
    for candidate in candidates:
        previous = merged[-1] if merged else None
        if previous is None or not TIME_LINK.match(text[previous.end : candidate.start]):
            merged.append(candidate)
            continue
        if candidate.kind in PART_KINDS and previous.kind in DAY_KINDS and not previous.clock:
            previous.clock = candidate
            previous.end = candidate.end
            continue
        if previous.kind in PART_KINDS and candidate.kind in DAY_KINDS:
            candidate.clock = previous
            candidate.start = previous.start
            merged[-1] = candidate
            continue
        if candidate.kind in CLOCK_KINDS and previous.kind in DAY_KINDS:
            candidate.day_link = previous
        elif previous.kind in CLOCK_KINDS and candidate.kind in DAY_KINDS:
            previous.day_link = candidate
        merged.append(candidate)
    return merged


def resolve_all(
    doc: Doc, text: str, candidates: list[Candidate], reference: dt.date | None
) -> None:
    """Pass 1 resolves the days in text order (so "le lendemain" knows the last one); pass 2
    puts each lone clock time on the day its sentence spoke of."""
    sentence_starts = _sentence_starts(text)
    quotes = _quotations(text)
    last_day = None
    frames: dict[int, YearFrame] = {}  # "En 1998, ... le 12 juillet": that year's 12 July
    last_period: Resolved | None = None  # what "le trimestre précédent" counts from
    for candidate in candidates:
        if candidate.kind in ANCHORED_KINDS:
            continue
        sentence = _sentence_of(sentence_starts, candidate.start)
        ctx = _context(doc, text, candidate, reference, last_day, _quote_of(quotes, candidate))
        frame = frames.get(sentence)
        if frame is not None and frame.holds_for(doc, candidate):
            ctx.extra["sentence_year"] = frame.year
        ctx.extra["last_period"] = last_period
        candidate.resolved = _resolve(candidate.kind, candidate.groups, ctx)
        if candidate.resolved is not None and _sets_the_year(text, candidate):
            start = sentence_starts[sentence]
            fronted = bool(OPENS_SENTENCE.match(text[start : candidate.start]))
            frames[sentence] = YearFrame(candidate.resolved.value[:4], candidate, fronted)
        if candidate.resolved is not None and PERIOD_VALUE.match(candidate.resolved.value):
            last_period = candidate.resolved
        if candidate.resolved is not None and candidate.clock is not None:
            candidate.resolved = _with_part(candidate, doc, text, reference, last_day)
        if candidate.resolved is not None and candidate.resolved.day is not None:
            last_day = candidate.resolved.day
    anchors = _sentence_anchors(text, candidates, sentence_starts)
    previous: Candidate | None = None
    last_told: Resolved | None = None  # the last day the text spoke of
    for candidate in candidates:
        if candidate.kind in ANCHORED_KINDS:
            clock = _resolve(
                candidate.kind, candidate.groups, _context(doc, text, candidate, reference, None)
            )
            day = candidate.day_link
            if day is not None and day.resolved is not None and day.resolved.type != "set":
                candidate.resolved = _on_linked_day(clock, day.resolved)
            else:
                anchor = _day_of_clock(
                    doc, anchors.get(_sentence_of(sentence_starts, candidate.start), []), candidate
                )
                found = anchor and anchor[1]
                if found is None and candidate.kind in PART_KINDS:
                    found = _day_told_before(last_told, reference)
                candidate.resolved = _anchor_clock(
                    text, clock, found, reference, previous, candidate
                )
        if candidate.resolved is not None:
            previous = candidate
            if candidate.resolved.day is not None and candidate.resolved.type != "set":
                last_told = candidate.resolved


@dataclass
class YearFrame:
    """A year a sentence sets ("en 1998", "l'an prochain") for the days and months after it.

    It frames the whole sentence when it opens it ("En 1998, la France a gagné le 12 juillet");
    said later, only the dates of its own clause: the same verb or a verb coordinated with it
    ("élu en 2001 et réélu le 3 mai"), not a reporting verb or a relative clause ("s'est établi
    à 5 % en 2023, a rappelé l'Insee fin mars": March of the publication year).
    """

    year: str
    candidate: Candidate
    fronted: bool
    verb: object = None  # the year's governing verb, looked up on the first use

    def holds_for(self, doc: Doc, candidate: Candidate) -> bool:
        if self.fronted:
            return True
        if self.verb is None:
            self.verb = _verb_of(doc, self.candidate) or False
        theirs = _verb_of(doc, candidate)
        if not self.verb or theirs is None:
            return False
        return theirs == self.verb or _coordinated(theirs, self.verb)


def _verb_of(doc: Doc, candidate: Candidate):
    span = _parsed_span(doc, candidate)
    return governing_verb(span.root)[0] if span is not None else None


def _coordinated(one, other) -> bool:
    """ "a été élu en 2001 et a démissionné le 3 mars": two verbs of one narration, joined by a
    conjunction (the parser also calls "conj" an incise: "..., a rappelé l'Insee fin mars")."""
    first, second = (other, one) if one.i > other.i else (one, other)
    return (
        second.dep_ == "conj"
        and second.head == first
        and any(child.dep_ == "cc" for child in second.children)
    )


# Kinds that may count someone's age in years ("87 ans", "une trentaine d'années").
AGE_KINDS = {"duration", "about_duration"}


def _is_age(doc: Doc, text: str, candidate: Candidate) -> bool:
    return (
        candidate.kind in AGE_KINDS
        and candidate.resolved.type == "duration"
        and is_age(doc, text, candidate.start, candidate.end)
    )


def _sets_the_year(text: str, candidate: Candidate) -> bool:
    """ "en 1998", "l'année 2019", "en août 1997": a year the rest of the sentence is set in."""
    if candidate.kind == "relative_unit":  # "l'an prochain, du 14 au 25 mai"
        return candidate.groups.get("unit", "").lower() in ("an", "année")
    if candidate.kind not in ("year", "year_pre", "month_year"):
        return False
    said = (candidate.groups.get("pre") or "").lower()
    return said in ("en", "l'an", "l’an", "l'année", "l’année") or bool(
        IN_YEAR.search(text[max(candidate.start - 12, 0) : candidate.start])
    )


def _sentence_anchors(
    text: str, candidates: list[Candidate], sentence_starts: list[int]
) -> dict[int, list[Candidate]]:
    """Sentence index -> the days it names, in text order, datelines left out."""
    anchors: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        resolved = candidate.resolved
        if resolved is None or resolved.day is None or resolved.type == "set":
            continue
        if not DATELINE_AFTER.match(text[candidate.end : candidate.end + 20]):
            sentence = _sentence_of(sentence_starts, candidate.start)
            anchors.setdefault(sentence, []).append(candidate)
    return anchors


def _day_of_clock(doc: Doc, days: list[Candidate], clock: Candidate) -> tuple[int, Resolved] | None:
    """The first day named before the time in its sentence, and in the same clause: a day in
    a relative clause ("L'épisode, qui a débuté le 19 juin, ... dans son bulletin de 6h00") or
    a time in one ("..., qui a autorisé les élèves à partir dès 15h30") does not carry over.
    None: the publication day."""
    for day in days:
        if day.start > clock.start:
            return None
        if _relative_clauses(doc, day) == _relative_clauses(doc, clock):
            return day.start, day.resolved
    return None


def _relative_clauses(doc: Doc, candidate: Candidate) -> set[int]:
    """The relative clauses (their verbs' indices) a span stands in."""
    span = _parsed_span(doc, candidate)
    if span is None:
        return set()
    found = set()
    token = span.root
    for _ in range(12):
        if token.dep_ == "acl:relcl":
            found.add(token.i)
        if token.head is token:
            break
        token = token.head
    return found


def _anchor_clock(
    text: str,
    clock: Resolved | None,
    anchor: Resolved | None,
    reference: dt.date | None,
    previous: Candidate | None,
    candidate: Candidate,
) -> Resolved | None:
    if clock is None:
        return None
    day = anchor.day if anchor is not None else reference
    if day is not None and clock.next_day and anchor is not None and anchor.part in ("EV", "NI"):
        day += dt.timedelta(days=1)  # "samedi soir ... à partir de minuit": the night's end
    elif day is not None and anchor is not None and anchor.part == "NI" and _small_hours(clock):
        day += dt.timedelta(days=1)  # "dans la nuit de samedi à dimanche, vers 2 h": Sunday
    if day is not None and _after_range(text, previous, candidate, clock):
        day = (previous.resolved.day or day) + dt.timedelta(days=1)  # "de 18H00 à 6H00"
    return _on_day(clock, day, anchor.relative if anchor is not None else True)


# How far back a narration may run for a part of the day to belong to its last day.
NARRATION_DAYS = 7


def _day_told_before(last_told: Resolved | None, reference: dt.date | None) -> Resolved | None:
    """ "Une panne a plongé hier soir le pays dans le noir. Le courant devait être rétabli
    dans la nuit": a part of the day named alone belongs to the day the text narrates (a
    past day of the last week), not to the publication date."""
    if last_told is None or last_told.day is None or reference is None:
        return None
    if not 0 < (reference - last_told.day).days <= NARRATION_DAYS:
        return None
    return last_told


def _small_hours(clock: Resolved) -> bool:
    """A time between midnight and noon: within a night, on the day the night ends."""
    return clock.type == "time" and clock.value[1:3].isdigit() and int(clock.value[1:3]) < 12


def _with_part(candidate: Candidate, doc: Doc, text: str, reference, last_day) -> Resolved | None:
    part = _resolve(
        candidate.clock.kind,
        candidate.clock.groups,
        _context(doc, text, candidate.clock, reference, last_day),
    )
    return _on_linked_day(part, candidate.resolved) if part is not None else candidate.resolved


def _on_linked_day(clock: Resolved | None, day_part: Resolved) -> Resolved | None:
    """The time on the day written next to it: "samedi à 8 h", "vendredi à minuit" (the
    start of Saturday)."""
    if clock is None or clock.type != "time":
        return clock
    if day_part.day is None:
        base = day_part.value.split("T")[0]
        return Resolved("time", base + clock.value, day_part.relative)
    day = day_part.day + dt.timedelta(days=1 if clock.next_day else 0)  # "vendredi à minuit"
    return _on_day(clock, day, relative=day_part.relative)


def _on_day(clock: Resolved | None, day: dt.date | None, relative: bool = True) -> Resolved | None:
    if clock is None or clock.type != "time":
        return clock
    base = day.isoformat() if day else "XXXX-XX-XX"
    return Resolved(
        "time",
        base + clock.value,
        relative,
        day,
        clock.value[1:3] if clock.value[1:3].isalpha() else None,
    )


def _after_range(
    text: str, previous: Candidate | None, candidate: Candidate, clock: Resolved
) -> bool:
    """ "de 18H00 à 6H00": the second time, earlier on the clock, is on the next day."""
    if previous is None or previous.resolved is None or previous.resolved.type != "time":
        return False
    link = text[previous.end : candidate.start] + candidate.groups.get("pre", "")
    if not RANGE_LINK.match(link):  # "de 18 h à minuit": "à" is inside the "à minuit" match
        return False
    earlier = previous.resolved.value.partition("T")[2][:5]
    return clock.value[1:6] < earlier and previous.resolved.day is not None


def _context(doc: Doc, text: str, candidate: Candidate, reference, last_day, quote=None) -> Context:
    cache: dict[str, Direction] = {}

    def direction() -> Direction:
        if "d" not in cache:
            shouted = _shouted_line(text, candidate)
            span = _parsed_span(doc, candidate) if shouted is None else None
            if shouted is not None:
                cache["d"] = shouted_direction(shouted)
            else:
                cache["d"] = direction_of(span, quote) if span is not None else NONE
        return cache["d"]

    extra = {"kind": candidate.kind}
    if candidate.kind == "year":
        span = _char_span(doc, candidate.start, candidate.end)
        extra["token"] = span[0] if span is not None and len(span) else None
    return Context(reference, direction, last_day, text, candidate.start, candidate.end, extra)


def _shouted_line(text: str, candidate: Candidate) -> str | None:
    """The line of a candidate when it is written in capitals (a title: "LE VILLAGE FERA LA
    FÊTE DIMANCHE"), which the tagger and the parser read badly."""
    start = text.rfind("\n", 0, candidate.start) + 1
    end = text.find("\n", candidate.end)
    line = text[start : end if end >= 0 else len(text)]
    return line if len(line) < 300 and line.isupper() and len(line.split()) >= 3 else None


def _resolve(kind: str, groups: dict, ctx: Context) -> Resolved | None:
    try:
        return RESOLVERS[kind](groups, ctx)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, OverflowError):
        return None  # an odd match (day 31 of a 30-day month...) is dropped, never fatal


def _parsed_span(doc: Doc, candidate: Candidate) -> Span | None:
    """The tokens of a candidate, when they are not empty and the parser ran over them."""
    span = _char_span(doc, candidate.start, candidate.end, expand=True)
    if span is None or not len(span) or span.root.dep_ == "":
        return None
    return span


def _char_span(doc: Doc, start: int, end: int, expand: bool = False) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or expand:
        span = doc.char_span(start, end, alignment_mode="expand") or span
    return span


def _quotations(text: str) -> list[tuple[int, int]]:
    """The inside of each pair of quote marks, in text order."""
    found = []
    for match in QUOTATION.finditer(text):
        group = next(i for i in (1, 2, 3) if match.group(i) is not None)
        found.append(match.span(group))
    return found


def _quote_of(quotes: list[tuple[int, int]], candidate: Candidate) -> tuple[int, int] | None:
    index = bisect.bisect_right(quotes, (candidate.start, float("inf"))) - 1
    if index >= 0 and quotes[index][0] <= candidate.start and candidate.end <= quotes[index][1]:
        return quotes[index]
    return None


def _sentence_starts(text: str) -> list[int]:
    """Where sentences start, by punctuation and blank lines.

    Not the parser's sentences: it cuts inside long news sentences ("..., où des migrants
    restaient bloqués | mercredi matin, après ... à minuit") and misses blank lines, and a clock
    time must find the day its own sentence speaks of.
    """
    return [0] + [match.end() for match in SENTENCE_BREAK.finditer(text)]


def _sentence_of(starts: list[int], offset: int) -> int:
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def _reference(doc: Doc) -> dt.date | None:
    try:
        return dt.date.fromisoformat(doc._.reference_date) if doc._.reference_date else None
    except (TypeError, ValueError):
        return None
