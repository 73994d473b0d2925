"""newsfacts_dates: temporal expressions in French news, typed and valued as TimeML's TIMEX3.

Payload on ``span._.date``: {"type", "value", "relative"} (see SCHEMA.md, Date). Spans go to
``doc.spans["dates"]``. Relative values are resolved against ``doc._.reference_date``; without it
the unknown parts stay ``X``. The grammar is in ``patterns``; ``resolve`` maps each rule kind
to the function that values it, kept with its concern (``calendar_dates``, ``years``,
``holidays``, ``relative_days``, ``relative_periods``, ``vague_references``, ``clock_times``,
``durations``, ``sets``); the past/future choice is in ``tense``.
"""

from __future__ import annotations

from newsfacts.components.dates.tagger import DateTagger, make_dates

__all__ = ["DateTagger", "make_dates"]
