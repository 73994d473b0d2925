"""The French temporal grammar: one compiled regex per kind of expression, run over ``doc.text``.

The regexes are written in lowercase and run over the lowercased text (see ``Rule``).

Each rule is a kind and a regex (``Rule``); the tagger keeps the longest non-overlapping matches and
hands each to the resolver of its kind. Named groups carry the parts (day, month, weekday, unit...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfacts.lexicons.calendar import MONTHS, WEEKDAYS
from newsfacts.lexicons.dates import (
    ANAPHORIC_DAYS,
    APPROX_COUNTS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    NUMBER_WORDS,
    REF_WORDS,
    SEASONS,
    UNITS,
)

A = "['’]"  # apostrophe as typed or typeset


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# "oct", "sept", "janv": the forms that begin a longer name are abbreviations
_ABBREVIATIONS = {m for m in MONTHS if any(o != m and o.startswith(m) for o in MONTHS)}
MONTH_FULL = f"(?:{_alternation(set(MONTHS) - _ABBREVIATIONS)})"  # alone, only a full name
MONTH = rf"(?:{MONTH_FULL}|(?:{_alternation(_ABBREVIATIONS)})\.?)(?!\w)"  # after a day number
WEEKDAY = f"(?:{_alternation(WEEKDAYS)})"
DAY = r"(?:1er|1ᵉʳ|premier|3[01]|[12]\d|0?[1-9])(?!\d)"
YEAR = r"(?:1[5-9]\d{2}|20\d{2})(?![\d,]\d)"  # from 1500: older years are rarer than counts
DAY_NUMBER = re.compile(r"1er|1ᵉʳ|premier|\d+", re.IGNORECASE)  # one of the days of a list
_WORD_NUMBER = _alternation(NUMBER_WORDS)
WORD_COUNT = rf"(?:{_WORD_NUMBER})(?:-(?:et-)?(?:{_WORD_NUMBER}))*"  # "quarante-cinq"
NUMBER = rf"(?:\d+(?:[,.]\d+)?|{WORD_COUNT}|quelques|plusieurs)"
UNIT = f"(?:{_alternation(UNITS)})"
# Units a date can be counted in ("un an plus tôt"); a clock length stays a length.
_CALENDAR_UNITS = [unit for unit, (letter, time) in UNITS.items() if letter in "YMWD" and not time]
CALENDAR_UNIT = f"(?:{_alternation(_CALENDAR_UNITS)})"
PART = r"(?:matin|soir|après-midi|apres-midi|midi)"
PAST_OR_NEXT = (
    r"(?:dernière|dernier|passée|passé|prochaine|prochain|précédente|précédent|suivante|suivant)\b"
)
CLOCK = r"(?:[01]?\d|2[0-4])\s?h\s?(?:[0-5]\d)?"
TIME_ZONE = r"(?:\s*(?P<tz>gmt|utc|tu)\b|\s+(?:heures?\s+)?(?:locales?|de\s+paris|françaises?)\b)?"

RULES = [
    # "la nuit de samedi à dimanche", "dans la nuit du 3 au 4 mars 2011", "la nuit dernière"
    ("night", rf"\b(?:dans\s+)?la\s+nuit\s+(?:"
              rf"d(?:e\s+|u\s+)(?P<wd1>{WEEKDAY})(?:\s+(?:à|au)\s+(?P<wd2>{WEEKDAY}))?"
              rf"|du\s+(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?(?:\s+(?P<y1>{YEAR}))?\s+au\s+"
              rf"(?P<d2>{DAY})\s+(?P<m2>{MONTH})(?:\s+(?P<y2>{YEAR}))?"
              rf"|du\s+(?P<d3>{DAY})\s+(?P<m3>{MONTH})(?:\s+(?P<y3>{YEAR}))?"
              rf"|(?P<adj>dernière|passée|prochaine))"),
    # "les 16 et 17 juin": two dates sharing a month
    # "les 3, 4 et 5 novembre": each day takes the month too
    ("day_list", rf"\b(?P<d1>{DAY})(?P<more>(?:\s*,\s*(?:le\s+)?{DAY})*)\s+(?:et|au)\s+(?:le\s+)?"
                 rf"(?P<day>{DAY})\s+(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?"),
    # "du 1er juillet au 31 août 2014": the first date takes the year of the second
    ("day_range", rf"\b(?P<d1>{DAY})\s+(?P<m1>{MONTH})\s+(?:au|à|et|-)\s+(?:le\s+)?"
                  rf"(?P<day>{DAY})\s+(?P<month>{MONTH})\s+(?P<year>{YEAR})"),
    # "samedi 5 juin 1999", "13 octobre", "1er janvier 2000", "le 12 juin au soir"
    ("day_month", rf"\b(?:(?P<weekday>{WEEKDAY})\s+)?(?P<day>{DAY})(?:\s*|-)(?P<month>{MONTH})"
                  rf"(?:\s+(?P<year>{YEAR})|\s+(?P<adj>derni(?:er|ère)s?|prochaine?s?)\b"
                  rf"|\s+(?P<yy>\d{{2}})(?=\s*[,;:)]|\.(?:\s|\Z)))?"
                  rf"(?:\s+au\s+(?P<part>soir|matin)\b)?"),
    # "vendredi 13": a weekday and a day of the month, the month left implicit
    ("weekday_day", rf"\b(?P<weekday>{WEEKDAY})\s+(?P<day>{DAY})\b"
                    rf"(?!\s*(?:[,.]\d|{MONTH}|%|h\b|heures?|ans?\b|mois|jours|\d))"),
    # "13/10/2018", "13.10.18", "2018-10-13"
    ("numeric", r"(?<![\d/.])(?P<day>[0-3]?\d)(?P<sep>[/.])(?P<month>[01]?\d)(?P=sep)"
                r"(?P<year>\d{4}|\d{2})(?![\d/])"),
    ("numeric_dash", r"(?<![\d/.-])(?P<day>[0-3]?\d)-(?P<month>[01]?\d)-"
                     r"(?P<year>(?:19|20)\d{2})(?![\d-])"),
    # "le 16/06": day and month, the year left implicit
    ("day_slash_month", r"(?<![\d/.,])(?P<day>[0-3]?\d)/(?P<month>0[1-9]|1[0-2])(?![\d/]|[,.]\d)"),
    ("iso", r"(?<![\d-])(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),
    # "mai et juin 2011": the first month takes the year too
    ("month_list", rf"\b(?P<m1>{MONTH_FULL})\s+(?:et|ou|à|-)\s+(?P<month>{MONTH_FULL})\s+"
                   rf"(?P<year>{YEAR})"),
    # "en août 1997", "octobre 98", "mai 68"
    ("month_year", rf"\b(?:(?P<pre>en|début|fin|mi-|courant)\s*)?(?P<month>{MONTH_FULL})\s+"
                   rf"(?:(?P<year>{YEAR})|{A}?(?P<yy>\d{{2}})(?!\d|[,.]\d|\s*[%a-zà-ü]))"),
    # "en avril", "début août", "mi-novembre", "septembre"
    ("month", rf"\b(?:(?P<pre>en|début|fin|mi-|courant)\s*)?(?P<month>{MONTH_FULL})\b"
              rf"(?:\s+(?P<adj>dernier|prochain)\b)?"),
    # "la première semaine de janvier", "la dernière semaine d'août 2019": an ISO week
    ("week_of_month", rf"\b(?P<ord>première|1re|deuxième|2e|seconde|troisième|3e|quatrième|4e|"
                      rf"dernière)\s+semaine\s+(?:de\s+|d{A})(?P<month>{MONTH_FULL})\b"
                      rf"(?:\s+(?P<year>{YEAR}))?"),
    # "la semaine du 4 mars": the ISO week that holds that day
    ("week_of_day", rf"\b(?:la|cette)\s+semaine\s+du\s+(?P<day>{DAY})\s+(?P<month>{MONTH})"
                    rf"(?:\s+(?P<year>{YEAR}))?"),
    # "la rentrée 2024", "la rentrée scolaire 2019": September of that year
    ("rentree", rf"\brentrée\s+(?:(?:scolaire|universitaire|des\s+classes)\s+)?(?:de\s+)?"
                rf"(?P<year>{YEAR})\b"),
    # "en fin d'année", "au début du mois", "à la fin de la semaine"
    ("edge_of_unit", rf"\b(?:à\s+la\s+|au\s+|en\s+)?(?P<edge>fin|début|milieu)\s+"
                     rf"(?:de\s+l{A}|d{A}|du\s+|de\s+la\s+|de\s+)(?P<unit>année|mois|semaine)\b"
                     rf"(?:\s+(?P<adj>{PAST_OR_NEXT}))?(?!\s+(?:de|d{A}|du)\b)"),
    # "l'an 2000", "l'année 2019", "fin 2010"
    ("year_pre", rf"\b(?P<pre>l{A}an|l{A}année|fin|début|mi-)\s*(?P<year>{YEAR})\b"),
    # "la saison 2002/2003", "2002-03": two years
    ("year_pair", rf"(?<![\d.,/-])\b(?P<y1>{YEAR})\s?[/-]\s?(?P<y2>{YEAR}|\d{{2}})"
                  r"(?![\d/-]|[.,]\d)"),
    ("year", rf"(?<![\d.,/])\b(?P<year>{YEAR})\b(?![.,/]\d|\s?%)"),
    # "d'ici 2100", "au-delà de 2150": a far year only after a word that asks for a year (the
    # span is the year alone)
    ("far_year", rf"\b(?:en|d{A}ici(?:\s+à)?|horizon|au-delà\s+de|avant|après|vers|jusqu{A}en)\s+"
                 r"(?P<year>2[1-9]\d{2})\b(?![.,/]\d|\s?%)"),
    # "les années 1960", "les années 90", "les années soixante"
    ("decade", r"\b(?:(?:début|fin|milieu)\s+)?(?:les\s+|des\s+|aux\s+)?années\s+"
               r"(?P<decade>(?:19|20)?\d0|trente|quarante|"
               r"cinquante|soixante-dix|soixante|quatre-vingt-dix|quatre-vingts?)\b"),
    ("century", r"\b(?:(?P<roman>[ivxl]+)|(?P<number>\d{1,2}))(?:e|è|ème|eme|ᵉ)\s+siècle"),
    # "l'automne 2005", "l'été dernier", "cet été"
    ("season", rf"\b(?P<det>l{A}|cet\s+|ce\s+|en\s+|au\s+|de\s+l{A}|le\s+)"
               rf"(?P<season>{_alternation(SEASONS)})\b"
               rf"(?:\s+(?P<year>{YEAR})|\s+(?P<adj>{PAST_OR_NEXT}))?"),
    # "le troisième trimestre", "premier semestre 2025", "le dernier trimestre de 2023"; not a
    # count: "pour le deuxième trimestre consécutif"
    ("quarter", rf"\b(?P<ord>premier|1er|deuxième|2e|second|troisième|3e|quatrième|4e|dernier)\s+"
                rf"(?P<unit>trimestre|semestre)(?!\s+consécuti)"
                rf"(?:\s+(?:de\s+|d{A})?(?P<year>{YEAR}))?"),
    # "la semaine dernière", "cette année", "le mois prochain", "ce week-end"
    ("relative_unit", rf"\b(?P<det>la|le|l{A}|cette|ce|cet|au|du)\s*(?P<unit>semaine|mois|année|an|"
                      rf"week-end|weekend|trimestre|semestre|siècle|saison)(?:-ci)?(?:\s+(?P<adj>{PAST_OR_NEXT})|"
                      r"\s+(?P<current>en\s+cours))?"),
    ("easter_weekend", r"\b(?:le\s+)?week-end\s+de\s+(?P<holiday>pâques|paques|la\s+pentecôte)"),
    ("deictic", rf"\b(?P<word>aujourd{A}hui|avant-hier|après-demain|apres-demain|hier|demain)"
                rf"(?:\s+(?P<part>{PART}))?\b"),
    ("this_part", r"\b(?:ce|cet|cette)\s+(?P<part>matin|soir|après-midi|nuit|midi)"
                  r"(?P<there>-là)?\b"),
    ("part_of_day", r"\b(?:dans|en|au\s+cours\s+de|durant|tard|tôt)\s+(?:la\s+|l['’])?"
                    r"(?:(?:fin|début|milieu)\s+(?:de\s+|d['’]))?"
                    r"(?P<part>matinée|soirée|après-midi|nuit)\b"
                    r"|\bau\s+petit\s+(?P<early>matin)\b"
                    r"|\b(?:à|vers)\s+la\s+(?P<midday>mi-journée)\b"
                    r"|\b(?:en|à\s+la|au)\s+(?P<edge>fin|début|milieu)\s+de\s+journée\b"
                    r"|\b(?:à|dès)\s+l['’](?P<dawn>aube)\b(?!\s+(?:de|du|des|d['’]))"
                    r"|\b(?:à|dès)\s+la\s+tombée\s+de\s+la\s+(?P<dusk>nuit)\b"),
    ("anaphoric", rf"\b(?P<det>le|la|l{A})\s*(?P<word>{_alternation(ANAPHORIC_DAYS)})"
                  rf"(?:\s+(?:au\s+)?(?P<part>{PART}))?\b"),
    ("same_day", r"\b(?:le\s+même\s+jour|le\s+jour\s+même|ce\s+jour-là"
                 r"|(?:le|l['’])\s*(?P<part>matin|soir|après-midi)\s+même)\b"),
    # "le week-end", "au cours du week-end": the weekend the tense points at
    ("weekend", r"\b(?P<det>le|du|au|ce)\s+week-?end\b(?!\s+(?:de|d['’]|prochain|dernier|passé))"),
    ("holiday", rf"\b(?:(?:ce|cette|cet)\s+(?:fête\s+(?:de\s+la\s+|de\s+l{A}|de\s+|du\s+))?)?"
                rf"(?P<holiday>{_alternation(list(FIXED_HOLIDAYS) + list(EASTER_HOLIDAYS))})"
                r"(?![\w-])"),
    # "lundi", "ce dimanche", "jeudi dernier", "mardi matin", "le jeudi" (a habit)
    # "dans la soirée de mardi", "en fin de matinée de lundi"
    ("weekday_part", rf"\b(?:dans\s+|en\s+|au\s+cours\s+de\s+)?(?:la\s+|l{A})?"
                     rf"(?:(?:fin|début)\s+de\s+)?(?P<part>matinée|soirée|après-midi|journée)\s+"
                     rf"(?:de\s+|du\s+)(?P<weekday>{WEEKDAY})\b"),
    # "du lundi au vendredi": a weekly habit in the present, two days of one week in a narration
    ("weekday_range", rf"\bdu\s+(?P<wd1>{WEEKDAY})\s+au\s+(?P<wd2>{WEEKDAY})\b"),
    ("weekday", rf"(?<!ième\s)(?<!ier\s)(?<!ière\s)(?<!1er\s)(?<!ème\s)"
                rf"\b(?:(?P<det>ce|le)\s+(?:même\s+)?)?(?P<weekday>{WEEKDAY})(?!\s+(?:consécutif|sur\s+deux))(?:\s+(?P<adj>{PAST_OR_NEXT}))?"
                rf"(?:\s+(?P<part>{PART}))?\b"),
    ("weekdays", rf"\bles\s+(?P<weekday>{WEEKDAY})s\b"),
    # "un an plus tôt", "trois jours plus tard": a date counted from the one the text speaks of
    ("offset", rf"\b(?P<num>{NUMBER}|un|une)\s+(?P<unit>{CALENDAR_UNIT})\s+"
               r"(?P<dir>plus\s+tôt|plus\s+tard|auparavant)\b"),
    # "il y a trois ans", "dans deux semaines", "il y a une dizaine de jours"
    ("ago", rf"\b(?P<pre>il\s+y\s+a|dans|voici|voilà)\s+(?:(?P<num>{NUMBER}|un|une)\s+|"
            rf"(?:une\s+)?(?P<approx>{_alternation(APPROX_COUNTS)})\s+(?:de\s+|d{A}))"
            rf"(?P<unit>{UNIT})\b"),
    # "le prochain mariage", "un précédent dîner": the adjective alone tells the time
    ("ref_adjective", rf"(?:\b(?:le|la|les|l{A}|un|une|des|du|au|aux|son|sa|ses|leur|leurs|notre|"
                      rf"nos|votre|vos|mon|ma|mes|ce|cet|cette|ces)\s+|\A|(?<=\n))"
                      r"(?P<span>prochaine?s?|précédente?s?)\s+(?=[a-zà-ÿ])(?!fois\b)"),
    # "le dîner annuel", "la fête annuelle": each year
    ("set_adjective", r"(?<=[a-zà-ÿ]\s)(?P<span>annuel(?:le)?s?)\b"),
    ("ref_phrase", rf"\b(?P<phrase>{_alternation(REF_WORDS)})\b"),
    # "les dix dernières années": a length of time ending now
    ("last_n", rf"\b(?:les|ces|des)\s+(?P<num>{NUMBER})\s+(?P<adj>derni\w+|prochain\w*)\s+"
               rf"(?P<unit>{UNIT})\b"),
    # "dans les mois à venir"
    ("ref_coming", r"\b(?:les|des|ces)\s+(?:jours|semaines|mois|années|décennies|heures)\s+"
                   r"à\s+venir\b"),
    ("ref_span", r"\b(?:ces|les|des)\s+(?P<adj>derniers|dernières|prochains|prochaines)\s+"
                 r"(?P<unit>jours|semaines|mois|années|décennies|temps|heures)\b"),
    # "en 9,58 s", "10,2 sec": seconds, written only after digits
    ("seconds", r"(?<![\w,.])(?P<num>\d{1,3}(?:,\d{1,3})?)\s?(?:s|sec)\b(?![’'-])"),
    # "2 h 23 min 07 s", "2 h 06 min 26 s"
    ("clock_duration", r"(?<![\w,.])(?:(?P<h>\d{1,2})\s?h\s?)?(?P<m>\d{1,2})\s?(?:min|mn)\b"
                       r"(?:\s?(?P<s>\d{1,2})\s?(?:s|sec)\b(?:\s?(?P<cs>\d{2})\b)?)?"),
    # "16H00", "21h45", "16 h 30", "à 20 heures", "2 h 40" (a length when "de"/"en" precedes)
    ("clock", rf"(?<![\w,./])(?P<h>[01]?\d|2[0-4])\s?h\s?(?P<m>[0-5]\d)?(?![\w/]){TIME_ZONE}"),
    # "de 14 heures à 18 heures": the start of a range of times, not a length
    ("clock_words", rf"\b(?P<pre>à|vers|dès|avant|après|jusqu{A}à|de(?=\s+\d{{1,2}}\s+heures?"
                    rf"(?:\s+\d\d)?\s+(?:à|-)\s+\d))\s+"
                    rf"(?P<h>[01]?\d|2[0-3])\s+heures?(?:\s+(?P<m>[0-5]\d))?"
                    rf"(?:\s+du\s+(?P<part>matin|soir))?{TIME_ZONE}\b"),
    ("noon", rf"\b(?P<pre>à|vers|dès|avant|après|jusqu{A}à|de|à\s+partir\s+de|peu\s+avant|"
             rf"peu\s+après)\s+(?P<word>midi|minuit)(?![\w-])"),
    # "chaque lundi", "chaque année", "tous les ans", "tous les quatre ans", "deux fois par jour"
    ("set_each", rf"\bchaque\s+(?P<what>{WEEKDAY}|jour|semaine|mois|année|an|soir|matin|nuit|"
                 r"après-midi|week-end|trimestre|semestre|été|hiver|printemps|automne)\b"),
    ("set_every", rf"\b(?:tous|toutes)\s+les\s+(?:(?P<num>\d+|{_WORD_NUMBER})\s+)?"
                  rf"(?P<what>{WEEKDAY}s|jours|ans|mois|semaines|années|trimestres|semestres|"
                  r"heures|soirs|matins|nuits|week-ends|étés|hivers)\b"),
    ("set_per", r"(?<![\w/])par\s+(?P<what>an|année|mois|semaine|jour)\b(?!-)"),
    # "deux fois par jour", "trois soirs par semaine", "quatre jours par semaine"
    ("set_times", rf"\b(?P<num>{NUMBER}|une)\s+(?:fois|soirs|matins|nuits|soirées|jours)\s+par\s+"
                  r"(?P<what>jour|semaine|mois|an|année|heure|trimestre)\b"),
    # "une quinzaine de jours", "une dizaine d'années"
    ("about_duration", rf"\b(?:une\s+)?(?P<approx>dizaine|douzaine|quinzaine|vingtaine|trentaine|"
                       rf"quarantaine|cinquantaine|soixantaine|centaine)\s+(?:de\s+|d{A})"
                       rf"(?P<unit>{UNIT})\b"),
    # "deux ans et demi", "une demi-heure", "un quart d'heure"
    ("half_duration", rf"\b(?P<num>{NUMBER}|un|une)\s+(?P<unit>{UNIT})\s+et\s+demie?\b"),
    ("part_duration", rf"\b(?:une?\s+demi-(?P<half>heure|journée|journee|année|annee|siècle)"
                      rf"|un\s+quart\s+d{A}(?P<quarter>heure|siècle)"
                      rf"|(?:le|du|au)\s+(?:dernier|premier)\s+quart\s+d{A}(?P<last>heure))\b"),
    # "depuis des années", "des décennies d'inaction", "au fil des siècles": an unknown number of
    # units
    ("vague_duration", r"\b(?:(?:depuis|pendant|durant|après|en)\s+des\s+"
                       r"(?P<unit>années|mois|semaines|jours|heures|décennies|siècles)"
                       r"|(?:de|des)\s+(?P<long>décennies|siècles))\b"),
    # "elle attendait parfois des heures", "cela prendra des mois": an unknown number of units as
    # the object of a verb of waiting or spending (the span is "des heures" alone)
    ("vague_object", r"\b(?:attend\w*|patient\w*|dur(?:e|ent|é|ée|ait|aient|er|era|eront)|"
                     r"pass(?:e|es|ent|é|ée|er|ait|aient|era|eront)|"
                     r"pr(?:end|ennent|endre|endra|endront|is|ise|enait)|"
                     r"m(?:et|ettent|ettre|ettra|is|ettait)|parfois|souvent)\s+"
                     r"(?P<span>des\s+(?P<unit>heures|jours|semaines|mois|années|décennies))\b"
                     r"(?!\s+(?:fériés|supplémentaires|ouvrables|ouvrés|de\s+congé))"),
    # "toute la semaine", "tout l'été": the whole unit, a duration
    ("whole_unit", rf"\btoute?\s+(?:la\s+|le\s+|l{A}|cette\s+|ce\s+|cet\s+)"
                   r"(?P<unit>semaine|journée|nuit|matinée|soirée|année|mois|week-end|été|hiver|printemps|automne)\b"),
    ("set_adverb", r"\b(?P<word>quotidiennement|annuellement|mensuellement|hebdomadairement)\b"),
    # "quatre heures quarante de spectacle", "2 heures 40 minutes": a length in hours and minutes
    # (after "à", "vers", "dès" it would be a clock time, left to the clock rules)
    ("hours_minutes", rf"(?<!à\s)(?<!vers\s)(?<!dès\s)"
                      rf"\b(?P<num>\d{{1,2}}|{WORD_COUNT})\s+heures?\s+(?P<min>[0-5]?\d|{WORD_COUNT})"
                      rf"(?:\s+(?:minutes?|min)\b|(?=\s*(?:[,.;:!?)»\"]|\Z|(?:de|d{A}|du|pour|et|en|"
                      rf"sur|avant|après)\b)))"),
    # "trois ans", "30,4 secondes", "plusieurs semaines", "un mois"
    ("duration", rf"(?<![\d,.])\b(?P<num>{NUMBER}|un|une)\s+(?P<unit>{UNIT})\b"),
]  # fmt: skip

# Words without which a rule cannot match: each match of the rule holds one of them (lowercased).
# A rule runs only over a text that has one, which spares short texts most of the scans.
# Rules left out run over every text: their words (digits, months, units) are in nearly all.
GATES = {
    "night": ("nuit",),
    "edge_of_unit": ("fin", "début", "milieu"),
    "week_of_month": ("semaine",),
    "week_of_day": ("semaine",),
    "offset": ("plus t", "auparavant"),
    "rentree": ("rentrée",),
    "decade": ("années",),
    "century": ("siècle",),
    "season": tuple(SEASONS),
    "quarter": ("trimestre", "semestre"),
    "easter_weekend": ("week-end",),
    "deictic": ("aujourd", "hier", "demain"),
    "this_part": ("matin", "soir", "midi", "nuit"),
    "part_of_day": ("matin", "soir", "midi", "nuit", "journée", "aube"),
    "anaphoric": tuple(ANAPHORIC_DAYS),
    "same_day": ("jour", "même"),
    "weekend": ("week",),
    "holiday": tuple(FIXED_HOLIDAYS) + tuple(EASTER_HOLIDAYS),
    "weekday_part": ("matin", "soir", "midi", "journée"),
    "weekday_range": tuple(WEEKDAYS),
    "ref_phrase": tuple(REF_WORDS),
    "last_n": ("derni", "prochain"),
    "ref_coming": ("venir",),
    "ref_span": ("derni", "prochain"),
    "ref_adjective": ("prochain", "précédent"),
    "set_adjective": ("annuel",),
    "year_pair": ("/", "-"),
    "clock_duration": ("min", "mn"),
    "clock_words": ("heure",),
    "hours_minutes": ("heure",),
    "noon": ("midi", "minuit"),
    "set_each": ("chaque",),
    "set_every": ("tous", "toutes"),
    "set_per": ("par",),
    "set_times": ("par",),
    "about_duration": ("dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine",
                       "quarantaine", "cinquantaine", "soixantaine", "centaine"),
    "half_duration": ("demi",),
    "part_duration": ("demi", "quart"),
    "vague_duration": ("année", "mois", "semaine", "jour", "heure", "décennie", "siècle"),
    "whole_unit": ("tout",),
    "vague_object": ("heure", "jour", "semaine", "mois", "année", "décennie"),
    "set_adverb": ("ment",),
    "day_slash_month": ("/",),
    "numeric_dash": ("-",),
    "iso": ("-",),
}  # fmt: skip


@dataclass(frozen=True)
class Rule:
    kind: str
    lower: re.Pattern  # over the lowercased text: without IGNORECASE, re skips faster
    any_case: re.Pattern  # over the text itself, when lowercasing changes its length
    gate: tuple[str, ...]


COMPILED = [
    Rule(kind, re.compile(pattern), re.compile(pattern, re.IGNORECASE), GATES.get(kind, ()))
    for kind, pattern in RULES
]

# Between a day and a clock time that belongs to it: "lundi à 16H00", "jeudi 26 février à 18H00".
TIME_LINK = re.compile(r"\A[^\S\n]*,?[^\S\n]*(?:à|vers|dès|a)?[^\S\n]*\Z", re.IGNORECASE)
