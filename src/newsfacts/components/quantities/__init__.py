"""newsfacts_quantities: numbers that count or measure something in French news.

Payload on ``span._.quantity``: {"value", "value_max", "unit", "kind", "qualifier"}.

How it works: three compiled regexes over ``doc.text`` find number cores (digits "5.000",
"7 000", "2,5"; number words "quatre-vingt-dix"; collectives "une dizaine", "des milliers").
For each core, anchored regexes read what follows (scale "millions", unit "%", "€", "km",
a range "à 15 %") and what precedes (qualifier "environ", range marker "entre", currency "$");
what is counted comes from the tokens (the noun after the number, its fixed complement or
coordinated nouns). Dates, clock times, durations, ages, ordinals, phone numbers, postcodes,
identifiers, scores and numbers inside names are rejected on the way.

One module a step: ``numbers`` (cores and candidates), ``units`` (scale, unit, kind, or a
date/time/duration), ``ranges`` (ranges, changes, scores), ``counted`` (the counted noun),
``qualifiers``, ``not_quantities`` (the false positives), ``reader`` (one document, number by
number), ``factory`` (the spaCy factory), ``patterns`` (shared regex parts).
"""

from newsfacts.components.quantities.factory import QuantityExtractor, make_quantities
from newsfacts.components.quantities.numbers import parse_number

__all__ = ["QuantityExtractor", "make_quantities", "parse_number"]
