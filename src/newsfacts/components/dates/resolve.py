"""From a matched expression to its TIMEX3 payload {"type", "value", "relative"}.

One function per rule kind. Each gets the match groups and a ``Context`` (reference date, the
sentence's direction, the date the text last spoke of) and returns a ``Resolved`` or None to drop
the match (an age, a count that looked like a year).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from text_to_num import text2num

from newsfacts.components.dates import calendar_math as cal
from newsfacts.components.dates.tense import FUTURE, PAST, Direction
from newsfacts.lexicons.calendar import MONTHS, WEEKDAYS
from newsfacts.lexicons.dates import (
    ANAPHORIC_DAYS,
    APPROX_COUNTS,
    CAPITALIZED_HOLIDAYS,
    DECADE_WORDS,
    DEICTIC_DAYS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    HALVES,
    MATCHDAY_CUES,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    REF_WORDS,
    ROMAN,
    SEASON_MONTHS,
    SEASONS,
    SET_ADVERBS,
    SET_PERIODS,
    UNITS,
    WEEK_ORDINALS,
    WHOLE_UNITS,
)


@dataclass
class Resolved:
    type: str
    value: str
    relative: bool
    day: dt.date | None = None  # the day it falls on, for times and "le lendemain"
    part: str | None = None  # MO / AF / EV / NI when it names a part of that day
    next_day: bool = False  # "minuit" after a day is the start of the next one

    def payload(self) -> dict:
        return {"type": self.type, "value": self.value, "relative": self.relative}


@dataclass
class Context:
    reference: dt.date | None
    direction: Callable[[], Direction]
    last_day: dt.date | None = None
    text: str = ""
    start: int = 0
    end: int = 0
    extra: dict = field(default_factory=dict)

    def before(self, width: int = 40) -> str:
        return self.text[max(self.start - width, 0) : self.start].lower().replace("’", "'")

    def after(self, width: int = 40) -> str:
        return self.text[self.end : self.end + width].lower().replace("’", "'")


_DURATION_BEFORE = re.compile(
    r"(?:\ben|\bde|\bpendant|\bdurant|\bplus\s+de|\bmoins\s+de|\bprès\s+de|\bsoit)\s+\Z"
)
GENERIC_BEFORE = re.compile(r"\b(?:un|chaque|tous\s+les)\s+\Z")
_COPULA_BEFORE = re.compile(r"\b(?:est|était|sera|serait|fut|a\s+été|reste|devient)\s+\Z")
# "en 2024, une année marquée par...", "le 3 mars, un jour de grève": a date described
_APPOSITION_BEFORE = re.compile(
    rf"(?:\b\d{{4}}|\b(?:{'|'.join(MONTHS)})|\b(?:{'|'.join(WEEKDAYS)}))\s*,\s*\Z"
)
_OFFSET_AFTER = re.compile(r"\s+(?:après|avant|plus\s+t|auparavant|seulement|à\s+peine)")
# "un mois de décembre chargé": a named month, not a length
_NAMED_MONTH_AFTER = re.compile(rf"\s+(?:de\s+|d')(?:{'|'.join(MONTHS)})\b")
_COUNT_BEFORE = re.compile(
    r"(?:\ble|\bla|quelque|environ|plus\s+de|moins\s+de|près\s+de|au\s+moins|soit|à\s+peine|n°|numéro|"
    r"article|vol|ligne|route|rn|bus|tél\.?|code)\s+\Z"
)


def number(text: str) -> str | None:
    """'trois' -> '3', '30,4' -> '30.4', 'plusieurs' -> 'X'; None when it is no number."""
    text = text.lower()
    if text in ("quelques", "plusieurs"):
        return "X"
    if text[0].isdigit():
        return text.replace(",", ".")
    if text in NUMBER_WORDS:
        return str(NUMBER_WORDS[text])
    try:
        return str(text2num(text, "fr"))
    except ValueError:
        return None


def day_number(text: str) -> int:
    text = text.lower()
    return 1 if text in ("1er", "1ᵉʳ", "premier") else int(text)


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _day_value(day: dt.date | None, month: int, number_: int, year: int | None = None) -> str:
    if day is not None:
        return day.isoformat()
    year_part = f"{year:04d}" if year else "XXXX"
    return f"{year_part}-{month:02d}-{number_:02d}"


def _date(day: dt.date, relative: bool, part: str | None = None) -> Resolved:
    if part:
        return Resolved("time", f"{day.isoformat()}T{part}", relative, day, part)
    return Resolved("date", day.isoformat(), relative, day)


def _unknown_day(part: str | None = None) -> Resolved:
    return Resolved("time" if part else "date", "XXXX-XX-XX" + (f"T{part}" if part else ""), True)


def _part(text: str | None) -> str | None:
    if not text:
        return None
    text = text.lower()
    return "12:00" if text == "midi" else PARTS_OF_DAY.get(text)


# --- absolute and calendar dates -------------------------------------------------------------


def day_month(g: dict, ctx: Context) -> Resolved | None:
    found = _day_of_month(g, ctx)
    part = _part(g.get("part"))
    if found is None or not part:
        return found
    return Resolved("time", f"{found.value}T{part}", found.relative, found.day, part)


def _day_of_month(g: dict, ctx: Context) -> Resolved | None:
    month, number_ = month_number(g["month"]), day_number(g["day"])
    if g.get("yy"):  # "le 10 novembre 93"
        g = g | {"year": str(int(g["yy"]) + (1900 if int(g["yy"]) >= 30 else 2000))}
    if g.get("year"):
        day = cal.safe_date(int(g["year"]), month, number_)
        return Resolved("date", _day_value(day, month, number_, int(g["year"])), False, day)
    if ctx.reference is None or GENERIC_BEFORE.search(ctx.before(12)):
        return Resolved("date", _day_value(None, month, number_), True)  # "nés un 29 février"
    if ctx.extra.get("sentence_year"):
        year_ = int(ctx.extra["sentence_year"])
        day = cal.safe_date(year_, month, number_)
        return Resolved("date", _day_value(day, month, number_, year_), False, day)
    step = _step_before(ctx.before(20)) or _adjective_step((g.get("adj") or "").lower())
    if step:  # "le prochain 29 février", "le 15 novembre dernier" (even 11 months back)
        day = cal.next_existing_day(month, number_, ctx.reference, step)
        return Resolved("date", day.isoformat(), True, day) if day else None
    weekday = g.get("weekday")
    if weekday:  # "mardi 1er janvier": the weekday tells the year
        for year in (ctx.reference.year, ctx.reference.year + 1, ctx.reference.year - 1):
            day = cal.safe_date(year, month, number_)
            if day and day.weekday() == WEEKDAYS[weekday.lower()]:
                return Resolved("date", day.isoformat(), True, day)
    day = cal.nearest_day(
        lambda y: cal.safe_date(y, month, number_), ctx.reference, ctx.direction()
    )
    if day is None:
        return None
    return Resolved("date", day.isoformat(), True, day)


def _adjective_step(adj: str) -> int:
    """-1 for "dernier", "passé", "précédent"; 1 for "prochain", "suivant"; 0 without one."""
    if not adj:
        return 0
    return -1 if adj.startswith(("derni", "passé", "précédent")) else 1


def _step_before(before: str) -> int:
    if re.search(r"\b(?:le|la|du|au)\s+prochaine?\s+\Z", before):
        return 1
    if re.search(r"\b(?:le|la|du|au)\s+derni(?:er|ère)\s+\Z", before):
        return -1
    return 0


def numeric(g: dict, ctx: Context) -> Resolved | None:
    year = int(g["year"])
    if year < 100:
        year += 1900 if year >= 50 else 2000
    day = cal.safe_date(year, int(g["month"]), int(g["day"]))
    return Resolved("date", day.isoformat(), False, day) if day else None


def month_year(g: dict, ctx: Context) -> Resolved:
    if g.get("year"):
        year = int(g["year"])
    else:
        year = int(g["yy"]) + (1900 if int(g["yy"]) >= 30 else 2000)
    return Resolved("date", f"{year}-{month_number(g['month']):02d}", False)


def month(g: dict, ctx: Context) -> Resolved | None:
    if g["month"] == "Mars" and not g.get("pre"):
        return None  # the planet, or a name
    number_ = month_number(g["month"])
    if ctx.extra.get("sentence_year"):
        return Resolved("date", f"{ctx.extra['sentence_year']}-{number_:02d}", False)
    if ctx.reference is None:
        return Resolved("date", f"XXXX-{number_:02d}", True)
    year = cal.nearest_month_year(number_, ctx.reference, ctx.direction())
    return Resolved("date", f"{year}-{number_:02d}", True)


def year_pre(g: dict, ctx: Context) -> Resolved:
    return Resolved("date", g["year"], False)


def year(g: dict, ctx: Context) -> Resolved | None:
    if _COUNT_BEFORE.search(ctx.before(20)) or _counts_a_noun(ctx):
        return None
    if re.search(r"\b[A-Z]{1,4}\s?\Z", ctx.text[max(ctx.start - 6, 0) : ctx.start]):
        return None  # a code: "vol AF 1234", "RN 2000"
    return Resolved("date", g["year"], False)


def _counts_a_noun(ctx: Context) -> bool:
    token = ctx.extra.get("token")
    if token is None or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    return (
        following.pos_ == "NOUN"
        and following.text.lower() not in MONTHS
        and (token.head == following or token.dep_ == "nummod")
    )


def decade(g: dict, ctx: Context) -> Resolved:
    text = g["decade"].lower()
    if text in DECADE_WORDS:
        return Resolved("date", f"19{DECADE_WORDS[text]}", False)
    if len(text) == 2:
        return Resolved("date", f"19{text[0]}", False)
    return Resolved("date", text[:3], False)


def century(g: dict, ctx: Context) -> Resolved | None:
    if g.get("number"):
        total = int(g["number"])
    else:
        values = [ROMAN[c] for c in g["roman"]]
        total = sum(
            -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
        )
    if not 1 <= total <= 21:
        return None
    return Resolved("date", f"{total - 1:02d}", False)


def season(g: dict, ctx: Context) -> Resolved | None:
    code = SEASONS[g["season"].lower()]
    if g["det"].strip().lower() == "le" and not g.get("year") and not g.get("adj"):
        return None  # "le printemps arabe", "le Printemps de Bourges"
    if g.get("year"):
        return Resolved("date", f"{g['year']}-{code}", False)
    if ctx.reference is None:
        return Resolved("date", f"XXXX-{code}", True)
    first, last = SEASON_MONTHS[code]
    year_ = ctx.reference.year
    adj = (g.get("adj") or "").lower()
    if adj.startswith(("derni", "passé", "précédent")) and last >= ctx.reference.month:
        year_ -= 1
    elif adj.startswith(("prochain", "suivant")) and first <= ctx.reference.month:
        year_ += 1
    elif not adj and g["det"].strip().lower() not in ("ce", "cet"):
        year_ += _season_shift(first, last, ctx)
    return Resolved("date", f"{year_}-{code}", True)


def _season_shift(first: int, last: int, ctx: Context) -> int:
    """ "depuis l'automne", said in March: last year's; "à l'été", said in October: next year's.
    A season the reference lies in stays this year's."""
    direction = ctx.direction()
    month_ = ctx.reference.month
    if not direction.strong or first > last:
        return 0  # winter straddles two years: which one names it is a convention left alone
    if direction.way == PAST and first > month_:
        return -1  # it has not begun yet this year
    if direction.way == FUTURE and last < month_:
        return 1  # it is over this year
    return 0


def quarter(g: dict, ctx: Context) -> Resolved:
    letter = "Q" if g["unit"].lower() == "trimestre" else "H"
    ordinal = g["ord"].lower()
    year_ = g.get("year") or (str(ctx.reference.year) if ctx.reference else "XXXX")
    relative = not g.get("year")
    if ordinal == "dernier" and g.get("year"):  # "le dernier trimestre de 2023": its last one
        return Resolved("date", f"{year_}-{letter}{4 if letter == 'Q' else 2}", False)
    if ordinal == "dernier":
        if ctx.reference is None:
            return Resolved("date", f"XXXX-{letter}X", True)
        size = 3 if letter == "Q" else 6
        index = (ctx.reference.month - 1) // size  # the one before the current one
        y = ctx.reference.year - (1 if index == 0 else 0)
        index = index or 12 // size
        return Resolved("date", f"{y}-{letter}{index}", True)
    index = ORDINALS[ordinal]
    if (
        relative and ctx.reference is not None
    ):  # "a reculé au quatrième trimestre", said in February
        size = 3 if letter == "Q" else 6
        first_month = (index - 1) * size + 1
        if (ctx.reference.month - 1) // size + 1 == index and ctx.direction().way != PAST:
            year_ = str(ctx.reference.year)  # "devrait croître au second semestre": this one
        else:
            year_ = str(cal.nearest_month_year(first_month, ctx.reference, ctx.direction()))
    return Resolved("date", f"{year_}-{letter}{index}", relative)


def holiday(g: dict, ctx: Context) -> Resolved | None:
    name = g["holiday"].lower().replace("’", "'")
    if g["holiday"][0].islower() and name in CAPITALIZED_HOLIDAYS:
        return None  # "l'ascension du Mont-Blanc"
    if re.match(
        r"\s+[A-ZÀ-Ý]", ctx.text[ctx.end : ctx.end + 3]
    ) and name in CAPITALIZED_HOLIDAYS | {"noël"}:
        return None  # "Noël Mamère", "Toussaint Louverture"
    if name in FIXED_HOLIDAYS:
        m, d = FIXED_HOLIDAYS[name]

        def make(y: int) -> dt.date | None:
            return cal.safe_date(y, m, d)
    else:
        offset = EASTER_HOLIDAYS[name]

        def make(y: int) -> dt.date | None:
            return cal.easter(y) + dt.timedelta(days=offset)

    if ctx.reference is None:
        day = make(2000)
        return Resolved("date", f"XXXX-{day.month:02d}-{day.day:02d}", True)
    day = cal.nearest_day(make, ctx.reference, ctx.direction())
    return Resolved("date", day.isoformat(), True, day) if day else None


def easter_weekend(g: dict, ctx: Context) -> Resolved:
    if ctx.reference is None:
        return Resolved("date", "XXXX-WXX-WE", True)
    offset = 49 if "pentec" in g["holiday"].lower() else 0
    day = cal.nearest_day(
        lambda y: cal.easter(y) + dt.timedelta(days=offset), ctx.reference, ctx.direction()
    )
    return Resolved("date", cal.iso_week(day) + "-WE", True)


# --- relative to the reference date -----------------------------------------------------------


# "aujourd'hui encore", "encore aujourd'hui": today as the present age, not as a day ("la réunion
# d'aujourd'hui" is a day, "la France d'aujourd'hui" an age: "d'" alone does not tell)
_NOWADAYS_BEFORE = re.compile(r"(?:\bencore|\bcomme\s+hier\s+et)\s*\Z")
_NOWADAYS_AFTER = re.compile(r"\s+(?:encore|comme\s+hier)\b")


def deictic(g: dict, ctx: Context) -> Resolved:
    part = _part(g.get("part"))
    word = g["word"].lower().replace("’", "'")
    if word == "aujourd'hui" and not part and _means_nowadays(ctx):
        return Resolved("date", "PRESENT_REF", True)
    if ctx.reference is None:
        return _unknown_day(part)
    day = ctx.reference + dt.timedelta(days=DEICTIC_DAYS[word])
    return _date(day, True, part)


def _means_nowadays(ctx: Context) -> bool:
    return bool(_NOWADAYS_BEFORE.search(ctx.before(20)) or _NOWADAYS_AFTER.match(ctx.after(15)))


def this_part(g: dict, ctx: Context) -> Resolved:
    part = _part(g["part"])
    day = ctx.last_day if g.get("there") else ctx.reference  # "ce soir-là": that day's evening
    if day is None:
        return _unknown_day(part)
    return _date(day, True, part)


def anaphoric(g: dict, ctx: Context) -> Resolved:
    part = _part(g.get("part"))
    base = ctx.last_day or ctx.reference
    if base is None:
        return _unknown_day(part)
    offset = ANAPHORIC_DAYS[g["word"].lower()]
    if re.match(r"\s+(?:de|du|des|d')\b", ctx.after(5)):
        offset = 0  # "à la veille d'un vote": counted from the vote, the day the clause speaks of
    day = base + dt.timedelta(days=offset)
    return _date(day, True, part)


def weekday(g: dict, ctx: Context) -> Resolved | None:
    number_ = WEEKDAYS[g["weekday"].lower()]
    part = _part(g.get("part"))
    det = (g.get("det") or "").lower()
    habit = det == "le" and not g.get("adj") and not part and not re.match(r"\s*\d", ctx.after(5))
    narrated = ctx.direction().way == PAST and ctx.direction().strong  # "est arrivé le jeudi"
    if habit and not narrated:
        return Resolved("set", f"XXXX-WXX-{number_ + 1}", False)  # "ouverte le jeudi": every week
    if ctx.reference is None:
        return Resolved("time" if part else "date", f"XXXX-WXX-{number_ + 1}", True)
    direction = ctx.direction()
    way = direction.way
    adj = (g.get("adj") or "").lower()
    strict = bool(adj)
    if det == "ce":
        way, strict = None, False  # "ce lundi": this week's
    base = ctx.reference
    if adj.startswith(ANAPHORIC_ADJECTIVES) and ctx.last_day is not None:
        base = ctx.last_day  # "arrêté le 3 mars et libéré le lundi suivant"
    day = cal.weekday_date(number_, base, way, strict)
    return _date(day, True, part)


def weekday_range(g: dict, ctx: Context) -> Resolved | None:
    """ "ouvert du lundi au vendredi": every week; "s'est tenu du jeudi au dimanche": the days of
    one week, the end after the start (the past counts back from the end, the future on from
    the start)."""
    first, last = WEEKDAYS[g["wd1"].lower()], WEEKDAYS[g["wd2"].lower()]
    own = last if g.get("end") else first
    way = ctx.direction().way
    if way not in (PAST, FUTURE):
        return Resolved("set", f"XXXX-WXX-{own + 1}", False)
    if ctx.reference is None:
        return Resolved("date", f"XXXX-WXX-{own + 1}", True)
    length = dt.timedelta(days=(last - first) % 7 or 7)
    if way == PAST:
        end = cal.weekday_date(last, ctx.reference, way, False)
        return _date(end if g.get("end") else end - length, True)
    start = cal.weekday_date(first, ctx.reference, way, False)
    return _date(start + length if g.get("end") else start, True)


def weekdays(g: dict, ctx: Context) -> Resolved:
    return Resolved("set", f"XXXX-WXX-{WEEKDAYS[g['weekday'].lower()] + 1}", False)


def night(g: dict, ctx: Context) -> Resolved | None:
    if g.get("d1"):
        month_ = g.get("m1") or g["m2"]
        year_ = g.get("y1") or g.get("y2")
        inner = day_month({"day": g["d1"], "month": month_, "year": year_}, ctx)
    elif g.get("d3"):
        inner = day_month({"day": g["d3"], "month": g["m3"], "year": g.get("y3")}, ctx)
    elif g.get("wd1"):
        inner = weekday({"weekday": g["wd1"]}, ctx)
    else:  # "la nuit dernière"
        inner = deictic({"word": "hier"}, ctx)
    if inner is None:
        return None
    value = inner.value if "T" not in inner.value else inner.value.split("T")[0]
    return Resolved("time", f"{value}TNI", inner.relative, inner.day, "NI")


def relative_unit(g: dict, ctx: Context) -> Resolved | None:
    det, unit = g["det"].lower(), g["unit"].lower().replace("weekend", "week-end")
    adj = (g.get("adj") or "").lower()
    if unit == "saison" and re.match(r"\s*\d", ctx.after(3)):
        return None  # "cette saison 2002/2003": the years say it
    if unit == "saison" and not adj and _season_of_a_record(det, ctx):
        return Resolved("date", "PRESENT_REF", True)
    if not adj and det not in ("ce", "cette", "cet") and not g.get("current"):
        return None  # "la semaine de quatre jours", "l'année" alone
    offset = _adjective_step(adj)
    ref = ctx.reference
    if adj.startswith(ANAPHORIC_ADJECTIVES) and unit != "week-end":
        anchor = _period_anchor(ctx.extra.get("last_period"), unit)
        if anchor is not None:  # "au trimestre précédent": the one before the quarter just named
            ref = anchor
    if unit == "semaine":
        if ref is None:
            return Resolved("date", "XXXX-WXX", True)
        return Resolved("date", cal.iso_week(ref + dt.timedelta(weeks=offset)), True)
    if unit == "week-end":
        if ref is None:
            return Resolved("date", "XXXX-WXX-WE", True)
        if offset == 0 and ref.weekday() < 5 and ctx.direction().way == PAST:
            offset = -1  # "a paralysé ce week-end", said on a Monday
        elif offset == 1 and ref.weekday() < 5:
            offset = 0  # "le week-end prochain" on a weekday: the coming one
        return Resolved("date", cal.iso_week(ref + dt.timedelta(weeks=offset)) + "-WE", True)
    if unit == "mois":
        if ref is None:
            return Resolved("date", "XXXX-XX", True)
        y, m = cal.add_months(ref.year, ref.month, offset)
        return Resolved("date", f"{y}-{m:02d}", True)
    if unit in ("année", "an"):
        return Resolved("date", str(ref.year + offset) if ref else "XXXX", True)
    if unit in ("trimestre", "semestre"):
        if ref is None:
            return Resolved("date", "XXXX-QX", True)
        size, letter = (3, "Q") if unit == "trimestre" else (6, "H")
        y, m = cal.add_months(ref.year, ref.month, offset * size)
        return Resolved("date", f"{y}-{letter}{(m - 1) // size + 1}", True)
    if unit == "siècle":
        return Resolved("date", f"{ref.year // 100 + offset:02d}" if ref else "XX", True)
    if unit == "saison":  # sport and culture seasons straddle the calendar: a vague reference
        return Resolved("date", {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[offset], True)
    return None


# "sa première victoire de la saison", "le meilleur buteur de la saison": a rank within a season
# is a rank within the current one
_RANK_BEFORE = re.compile(
    r"\b(?:premi[eè]re?|\w+i[eè]me|\d+e|seule?|meilleure?|pire|plus|moins)\b[^.!?;]{0,40}"
    r"\bde\s+\Z"
)
_SEASON_COMPLEMENT = re.compile(r"\s+(?:de|des|du|d'|\d)|\s+\w+(?:ale|ique|ière|ier|ive|aire)s?\b")


def _season_of_a_record(det: str, ctx: Context) -> bool:
    """ "pour la première fois de la saison": the current season; not "la saison des pluies",
    "la saison touristique" (a complement names another kind of season)."""
    if det != "la" or _SEASON_COMPLEMENT.match(ctx.after(20)):
        return False
    return bool(_RANK_BEFORE.search(ctx.before(60)))


# "précédent", "suivant" count from the period the text just named; "dernier", "prochain" from
# the publication date ("le mois suivant" after "en mars 2011" is April 2011).
ANAPHORIC_ADJECTIVES = ("précédent", "suivant")
_PERIOD_PARTS = re.compile(r"(\d{4})(?:-(?:Q(\d)|H(\d)|W(\d\d)|(\d\d)(?:-(\d\d))?))?")
# How fine the named period must be for each unit: a quarter needs a month, a week a day.
_NEEDED_GRAIN = {"an": 1, "année": 1, "mois": 2, "trimestre": 2, "semestre": 2, "siècle": 1,
                 "semaine": 3}  # fmt: skip


def _period_anchor(period: Resolved | None, unit: str) -> dt.date | None:
    """A day inside the period the text last named, when it is fine enough for ``unit``."""
    if period is None:
        return None
    match = _PERIOD_PARTS.match(period.value)
    if match is None:
        return None
    year_, quarter_, half, week, month_, day = match.groups()
    if day:
        return cal.safe_date(int(year_), int(month_), int(day)) or None
    if week:
        grain, found = 3, dt.date.fromisocalendar(int(year_), int(week), 1)
    elif month_ or quarter_ or half:
        if month_:
            first = int(month_)
        elif quarter_:
            first = (int(quarter_) - 1) * 3 + 1
        else:
            first = (int(half) - 1) * 6 + 1
        grain, found = 2, dt.date(int(year_), first, 1)
    else:
        grain, found = 1, dt.date(int(year_), 7, 1)
    return found if grain >= _NEEDED_GRAIN.get(unit, 9) else None


def ago(g: dict, ctx: Context) -> Resolved | None:
    """ "il y a trois ans", "dans deux semaines": the French TimeBank tags the length alone,
    "il y a [trois ans]", as a duration (the preposition is a signal)."""
    count = g.get("num") or str(APPROX_COUNTS[g["approx"].lower()])
    return duration({"num": count, "unit": g["unit"]}, ctx, counted=True)


def offset(g: dict, ctx: Context) -> Resolved | None:
    """ "contre 4,3 milliards un an plus tôt": the year before the one just named."""
    letter, _ = UNITS[g["unit"].lower()]
    count = number(g["num"])
    if count is None:
        return None
    later = g["dir"].lower().endswith("tard")
    if count == "X":
        return Resolved("date", "FUTURE_REF" if later else "PAST_REF", True)
    n = int(float(count)) * (1 if later else -1)
    unit = {"Y": "an", "M": "mois", "W": "semaine", "D": "semaine"}[letter]
    base = ctx.last_day if letter == "D" else _period_anchor(ctx.extra.get("last_period"), unit)
    return _shifted(base or ctx.reference, letter, n)


def _shifted(base: dt.date | None, letter: str, n: int) -> Resolved:
    """The year, month, week or day n units from base, at the unit's own precision."""
    if base is None:
        unknown = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(letter, "XXXX-XX-XX")
        return Resolved("date", unknown, True)
    if letter == "Y":
        return Resolved("date", str(base.year + n), True)
    if letter == "M":
        y, m = cal.add_months(base.year, base.month, n)
        return Resolved("date", f"{y}-{m:02d}", True)
    if letter == "W":
        return Resolved("date", cal.iso_week(base + dt.timedelta(weeks=n)), True)
    return _date(base + dt.timedelta(days=n), True)


def ref_phrase(g: dict, ctx: Context) -> Resolved:
    return Resolved("date", REF_WORDS[g["phrase"].lower().replace("’", "'")], True)


def ref_span(g: dict, ctx: Context) -> Resolved | None:
    """ "ces derniers jours": a length of unknown count ending now (PXD); "ces derniers temps":
    the recent past."""
    unit = g["unit"].lower()
    if unit != "temps":
        return duration({"num": "plusieurs", "unit": unit}, ctx)
    past = g["adj"].lower().startswith("derni")
    return Resolved("date", "PAST_REF" if past else "FUTURE_REF", True)


def ref_adjective(g: dict, ctx: Context) -> Resolved:
    """ "le prochain mariage", "un précédent dîner"."""
    past = g["span"].lower().startswith("préc")
    return Resolved("date", "PAST_REF" if past else "FUTURE_REF", True)


def set_adjective(g: dict, ctx: Context) -> Resolved:
    return Resolved("set", "P1Y", False)  # "le dîner annuel"


# --- clock times and durations ----------------------------------------------------------------


def clock(g: dict, ctx: Context) -> Resolved | None:
    hours, minutes = int(g["h"]), int(g.get("m") or 0)
    part = (g.get("part") or "").lower()
    if part == "soir" and hours < 12:
        hours += 12
    if hours > 24 or (hours == 24 and minutes):
        return None
    if ctx.extra.get("kind") == "clock" and _is_clock_duration(ctx, hours, g.get("m")):
        return Resolved("duration", _duration_value(hours, minutes, 0), False)
    zone = "Z" if g.get("tz") and g["tz"].upper() in ("GMT", "UTC", "TU") else ""
    return Resolved("time", f"T{hours % 24:02d}:{minutes:02d}{zone}", True)


def _is_clock_duration(ctx: Context, hours: int, minutes: str | None) -> bool:
    """ "en 2 h 40", "une fresque de 2 h 40" are lengths; "de 18H00 à 6H00" is a time."""
    before = ctx.before(25)
    if re.match(r"\s*(?:à|au|-)\s*\d", ctx.after(8)):
        return False
    if re.search(r"\bde\s+\Z", before):
        return hours <= 5 and minutes not in (None, "00")
    return bool(_DURATION_BEFORE.search(before))


def noon(g: dict, ctx: Context) -> Resolved | None:
    if g["word"][0].isupper():
        return None  # "à Midi-Pyrénées", "le Midi"
    midnight = g["word"].lower() == "minuit"
    return Resolved("time", "T00:00" if midnight else "T12:00", True, next_day=midnight)


def clock_duration(g: dict, ctx: Context) -> Resolved:
    seconds = str(int(g.get("s") or 0)) + (
        f".{g['cs']}".rstrip("0").rstrip(".") if g.get("cs") else ""
    )
    hours, minutes = int(g.get("h") or 0), int(g["m"])
    value = _duration_value(hours, minutes, 0) + (f"{seconds}S" if seconds != "0" else "")
    return Resolved("duration", value if value != "PT" else "PT0S", False)


def seconds(g: dict, ctx: Context) -> Resolved:
    return duration({"num": g["num"], "unit": "secondes"}, ctx)


def hours_minutes(g: dict, ctx: Context) -> Resolved | None:
    """ "quatre heures quarante": PT4H40M."""
    hours, minutes = number(g["num"]), number(g["min"])
    if hours is None or minutes is None or not hours.isdigit() or not minutes.isdigit():
        return None
    if not 1 <= int(minutes) <= 59:
        return None
    return Resolved("duration", _duration_value(int(hours), int(minutes), 0), False)


def _duration_value(hours: int, minutes: int, seconds: int) -> str:
    value = "PT" + (f"{hours}H" if hours else "")
    value += f"{minutes}M" if minutes else ""
    return value + (f"{seconds}S" if seconds else "")


def part_of_day(g: dict, ctx: Context) -> Resolved:
    if g.get("midday"):  # "à la mi-journée": noon, as "à midi"
        return Resolved("time", "T12:00", True)
    if g.get("edge"):  # "en fin de journée": the evening; "en début de journée": the morning
        return Resolved(
            "time", {"fin": "TEV", "début": "TMO"}.get(g["edge"].lower(), "T12:00"), True
        )
    if g.get("dawn") or g.get("dusk"):  # "à l'aube": the morning; "à la tombée de la nuit"
        return Resolved("time", "TMO" if g.get("dawn") else "TEV", True)
    return Resolved("time", "T" + PARTS_OF_DAY[(g.get("part") or g["early"]).lower()], True)


def vague_duration(g: dict, ctx: Context) -> Resolved | None:
    return duration({"num": "plusieurs", "unit": g.get("unit") or g["long"]}, ctx)


def duration(g: dict, ctx: Context, counted: bool = False) -> Resolved | None:
    """``counted``: a preposition already says it is a length ("dans [un mois]")."""
    unit = g["unit"].lower()
    letter, is_time = UNITS[unit]
    if g["unit"][0].isupper() and not g["num"][0].isupper():
        return None  # a name: "les 24 Heures du Mans"
    count = number(g["num"])
    if count is None:
        return None
    if unit == "seconde" and _ORDINAL_SECOND.match(ctx.after(20)):
        return None  # "une seconde fois", "une seconde chance": the ordinal
    if not counted and g["num"].lower() in ("un", "une") and _names_a_period(ctx, unit):
        return None  # "2000 est une année bissextile": a kind of year, not a length
    if unit == "journées" and _counts_matchdays(ctx):
        return None  # "en neuf journées" of a league: rounds, counted by the quantities
    if count != "X" and "." in count:
        count = count.rstrip("0").rstrip(".")
    if letter == "H" and not is_time:  # a half-year: "H" would read as hours
        count = "X" if count == "X" else _trim(float(count) * 6)
        letter = "M"
    # quarters, decades and centuries keep their TIMEX3 units: "P2Q", "P3DE", "PXCE"
    return Resolved("duration", f"P{'T' if is_time else ''}{count}{letter}", False)


# After "une seconde", a noun it qualifies: "fois", "chance", "vague" (not "de", "plus tard"...).
_ORDINAL_SECOND = re.compile(
    r"\s+(?!(?:de|du|des|d'|plus|avant|après|à|au|et|ou|pour|par|sur|en|seulement|environ)\b)"
    r"[a-zà-ÿ]"
)
_MATCHDAY_CUE = re.compile(rf"\b(?:{'|'.join(MATCHDAY_CUES)})\b")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _counts_matchdays(ctx: Context) -> bool:
    """ "le troisième succès en neuf journées, avec 15 points": rounds of a league, not days
    ("trois journées de grève" stay a length)."""
    if re.match(r"\s+(?:de\s+(?!la\b|l'|les\b)|d')", ctx.after(10)):
        return False  # "trois journées de grève", not "à dix journées de la fin"
    before = ctx.before(300)
    starts = [m.end() for m in _SENTENCE_END.finditer(before)]
    after = ctx.after(300)
    end = _SENTENCE_END.search(after)
    sentence = before[starts[-1] if starts else 0 :] + after[: end.start() if end else None]
    return bool(_MATCHDAY_CUE.search(sentence))


def _names_a_period(ctx: Context, unit: str) -> bool:
    """ "une année" that is a kind of year or describes a date ("2000 est une année bissextile",
    "en 2024, une année record", "un mois de décembre chargé"), not a length of time (as in
    "le 3 mars, une semaine après son arrivée")."""
    before = ctx.before(20)
    if _COPULA_BEFORE.search(before):
        return True
    if _APPOSITION_BEFORE.search(before) and not _OFFSET_AFTER.match(ctx.after(14)):
        return True
    return unit == "mois" and bool(_NAMED_MONTH_AFTER.match(ctx.after(14)))


def _trim(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


# --- sets -------------------------------------------------------------------------------------


def set_each(g: dict, ctx: Context) -> Resolved | None:
    what = g["what"].lower()
    if what in WEEKDAYS:
        return Resolved("set", f"XXXX-WXX-{WEEKDAYS[what] + 1}", False)
    if what in PARTS_OF_DAY:
        return Resolved("set", f"XXXX-XX-XXT{PARTS_OF_DAY[what]}", False)
    if what in SEASONS:
        return Resolved("set", f"XXXX-{SEASONS[what]}", False)
    if what == "week-end":
        return Resolved("set", "XXXX-WXX-WE", False)
    return Resolved("set", SET_PERIODS[what], False)


def set_every(g: dict, ctx: Context) -> Resolved | None:
    what = g["what"].lower()
    single = what[:-1]
    if single in WEEKDAYS:
        return Resolved("set", f"XXXX-WXX-{WEEKDAYS[single] + 1}", False)
    if single in PARTS_OF_DAY:
        return Resolved("set", f"XXXX-XX-XXT{PARTS_OF_DAY[single]}", False)
    if single in SEASONS or what == "étés":
        return Resolved("set", f"XXXX-{SEASONS.get(single, 'SU')}", False)
    if what == "week-ends":
        return Resolved("set", "XXXX-WXX-WE", False)
    period = SET_PERIODS.get(what, SET_PERIODS.get(single))
    if period is None:
        return None
    count = number(g["num"]) if g.get("num") else "1"
    if count is None:
        return None
    return Resolved(
        "set", re.sub(r"\d+", lambda m: str(int(m[0]) * int(count)), period, count=1), False
    )


def set_times(g: dict, ctx: Context) -> Resolved | None:
    return Resolved("set", SET_PERIODS[g["what"].lower()], False)


# --- less common forms: weekday + day number, unit edges, approximate and whole durations ------


def weekday_day(g: dict, ctx: Context) -> Resolved | None:
    """ "vendredi 13": the nearest month around the reference where the 13th is a Friday."""
    number_, wanted = day_number(g["day"]), WEEKDAYS[g["weekday"].lower()]
    if ctx.reference is None:
        return Resolved("date", f"XXXX-XX-{number_:02d}", True)
    for offset in (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6):
        y, m = cal.add_months(ctx.reference.year, ctx.reference.month, offset)
        day = cal.safe_date(y, m, number_)
        if day is not None and day.weekday() == wanted:
            return Resolved("date", day.isoformat(), True, day)
    return None


def weekday_part(g: dict, ctx: Context) -> Resolved | None:
    return weekday({"weekday": g["weekday"], "part": g["part"]}, ctx)


def edge_of_unit(g: dict, ctx: Context) -> Resolved:
    """ "en fin d'année", "au début du mois": TIMEX3 keeps the unit itself.

    Which one: "a annoncé en fin de semaine", said on a Monday, is the end of last week; "sera
    examiné en début d'année", said in October, the start of next year."""
    unit, ref = g["unit"].lower(), ctx.reference
    adj = (g.get("adj") or "").lower()
    if re.search(
        r"\b(?:fête|fêtes|bilan|soirée|repas|gala|vacances|prime|examens?)\s+de\s+\Z",
        ctx.before(20),
    ):
        return None  # "une fête de fin d'année": a kind of feast, no date
    if ref is not None and adj:  # "à la fin du mois dernier", "au début de l'année prochaine"
        ref = _step_unit(ref, unit, _adjective_step(adj))
    elif ref is not None:
        ref = _edge_unit_shift(g["edge"].lower(), unit, ref, ctx)
    if unit == "année":
        return Resolved("date", str(ref.year) if ref else "XXXX", True)
    if unit == "mois":
        return Resolved("date", f"{ref.year}-{ref.month:02d}" if ref else "XXXX-XX", True)
    return Resolved("date", cal.iso_week(ref) if ref else "XXXX-WXX", True)


# Where the reference lies in each unit, from 0 (its start) to 1 (its end).
_POSITION_IN = {
    "année": lambda day: (day.month - 1) / 11,
    "mois": lambda day: (day.day - 1) / 30,
    "semaine": lambda day: day.weekday() / 6,
}


def _edge_unit_shift(edge: str, unit: str, ref: dt.date, ctx: Context) -> dt.date:
    """A day inside the unit the edge belongs to: the previous one for an end told in the past
    from the start of the next, the next one for a start told ahead from the end of this one."""
    position = _POSITION_IN[unit](ref)
    if edge == "fin" and position < 0.25:
        direction = ctx.direction()
        if direction.strong and direction.way == PAST:
            return _step_unit(ref, unit, -1)
    if edge == "début" and position > 0.75:
        direction = ctx.direction()
        if direction.strong and direction.way == FUTURE:
            return _step_unit(ref, unit, 1)
    return ref


def _step_unit(day: dt.date, unit: str, step: int) -> dt.date:
    if unit == "semaine":
        return day + dt.timedelta(weeks=step)
    if unit == "mois":
        y, m = cal.add_months(day.year, day.month, step)
        return dt.date(y, m, 1)
    return dt.date(day.year + step, 1, 1)


def same_day(g: dict, ctx: Context) -> Resolved:
    """ "le même jour", "le matin même": the day the text last spoke of."""
    base = ctx.last_day or ctx.reference
    part = _part(g.get("part"))
    return _date(base, True, part) if base else _unknown_day(part)


def weekend(g: dict, ctx: Context) -> Resolved:
    ref = ctx.reference
    if ref is None:
        return Resolved("date", "XXXX-WXX-WE", True)
    way = ctx.direction().way
    if ref.weekday() < 5 and way == PAST:
        ref -= dt.timedelta(weeks=1)  # "au cours du week-end", said on a weekday of the week after
    return Resolved("date", cal.iso_week(ref) + "-WE", True)


def last_n(g: dict, ctx: Context) -> Resolved | None:
    return duration({"num": g["num"], "unit": g["unit"]}, ctx)


def set_per(g: dict, ctx: Context) -> Resolved:
    return Resolved("set", SET_PERIODS[g["what"].lower()], False)


def about_duration(g: dict, ctx: Context) -> Resolved | None:
    count = APPROX_COUNTS[g["approx"].lower()]
    return duration({"num": str(count), "unit": g["unit"]}, ctx)


def half_duration(g: dict, ctx: Context) -> Resolved | None:
    whole = duration({"num": g["num"], "unit": g["unit"]}, ctx)
    if whole is None or "X" in whole.value:
        return whole
    letter, is_time = UNITS[g["unit"].lower()]
    half = HALVES.get("MIN" if is_time and letter == "M" else letter)
    if half is None or letter == "S":
        return whole
    if is_time and half.startswith("T"):
        half = half[1:]
    elif not is_time and "T" in half and "T" in whole.value:
        half = half.replace("T", "")
    return Resolved("duration", whole.value + half, False)


def part_duration(g: dict, ctx: Context) -> Resolved:
    half = (g.get("half") or "").lower().replace("journee", "journée").replace("annee", "année")
    values = {"heure": "PT30M", "journée": "PT12H", "année": "P6M", "siècle": "P50Y"}
    if half:
        return Resolved("duration", values[half], False)
    quarter_ = (g.get("quarter") or g["last"]).lower()
    return Resolved("duration", "PT15M" if quarter_ == "heure" else "P25Y", False)


def day_slash_month(g: dict, ctx: Context) -> Resolved | None:
    if not re.search(r"\b(?:le|du|au|ce|dès\s+le|depuis\s+le)\s+\Z", ctx.before(12)):
        return None  # "16/06" is a date only as "le 16/06": else a score, a ratio, a fraction
    number_, month_ = int(g["day"]), int(g["month"])
    if not 1 <= number_ <= 31:
        return None
    if ctx.reference is None:
        return Resolved("date", f"XXXX-{month_:02d}-{number_:02d}", True)
    day = cal.nearest_day(
        lambda y: cal.safe_date(y, month_, number_), ctx.reference, ctx.direction()
    )
    return Resolved("date", day.isoformat(), True, day) if day else None


def week_of_month(g: dict, ctx: Context) -> Resolved | None:
    """ "la première semaine de janvier": ISO weeks belong to the month of their Thursday."""
    number_ = month_number(g["month"])
    if g.get("year") or ctx.extra.get("sentence_year"):
        year_ = int(g.get("year") or ctx.extra["sentence_year"])
    elif ctx.reference is not None:
        year_ = cal.nearest_month_year(number_, ctx.reference, ctx.direction())
    else:
        return Resolved("date", "XXXX-WXX", True)
    ordinal = WEEK_ORDINALS[g["ord"].lower()]
    thursday = cal.nth_thursday(year_, number_, ordinal)
    return Resolved("date", cal.iso_week(thursday), not g.get("year"))


def week_of_day(g: dict, ctx: Context) -> Resolved | None:
    day = day_month(g, ctx)
    if day is None or day.day is None:
        return Resolved("date", "XXXX-WXX", True) if day is not None else None
    return Resolved("date", cal.iso_week(day.day), day.relative)


def rentree(g: dict, ctx: Context) -> Resolved:
    return Resolved("date", f"{g['year']}-09", False)


def month_list(g: dict, ctx: Context) -> Resolved:
    return Resolved("date", f"{g['year']}-{month_number(g['m1']):02d}", False)


def whole_unit(g: dict, ctx: Context) -> Resolved:
    return Resolved("duration", WHOLE_UNITS[g["unit"].lower()], False)


def set_adverb(g: dict, ctx: Context) -> Resolved:
    return Resolved("set", SET_ADVERBS[g["word"].lower()], False)


def ref_coming(g: dict, ctx: Context) -> Resolved:
    return Resolved("date", "FUTURE_REF", True)


RESOLVERS = {
    "offset": offset,
    "week_of_month": week_of_month,
    "week_of_day": week_of_day,
    "rentree": rentree,
    "ref_coming": ref_coming,
    "numeric_dash": numeric,
    "day_slash_month": day_slash_month,
    "month_list": month_list,
    "whole_unit": whole_unit,
    "set_adverb": set_adverb,
    "vague_duration": vague_duration,
    "weekday_day": weekday_day,
    "weekday_part": weekday_part,
    "edge_of_unit": edge_of_unit,
    "same_day": same_day,
    "weekend": weekend,
    "last_n": last_n,
    "set_per": set_per,
    "about_duration": about_duration,
    "half_duration": half_duration,
    "part_duration": part_duration,
    "night": night,
    "day_month": day_month,
    "numeric": numeric,
    "iso": numeric,
    "month_year": month_year,
    "month": month,
    "year_pre": year_pre,
    "year": year,
    "decade": decade,
    "century": century,
    "season": season,
    "quarter": quarter,
    "relative_unit": relative_unit,
    "easter_weekend": easter_weekend,
    "deictic": deictic,
    "this_part": this_part,
    "part_of_day": part_of_day,
    "anaphoric": anaphoric,
    "holiday": holiday,
    "weekday": weekday,
    "weekdays": weekdays,
    "weekday_range": weekday_range,
    "ago": ago,
    "ref_phrase": ref_phrase,
    "ref_span": ref_span,
    "ref_adjective": ref_adjective,
    "set_adjective": set_adjective,
    "clock_duration": clock_duration,
    "clock": clock,
    "clock_words": clock,
    "noon": noon,
    "set_each": set_each,
    "set_every": set_every,
    "set_times": set_times,
    "duration": duration,
    "hours_minutes": hours_minutes,
    "seconds": seconds,
}
