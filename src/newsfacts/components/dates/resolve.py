"""From a matched expression to its TIMEX3 payload {"type", "value", "relative"}: the table
from each rule kind of ``patterns`` to the function that values it.

The functions live with their concern (``calendar_dates``, ``years``, ``holidays``,
``relative_days``, ``relative_periods``, ``vague_references``, ``clock_times``, ``durations``,
``sets``); ``Context`` and ``Resolved`` come from ``resolved`` and stay importable from here.
"""

from __future__ import annotations

from newsfacts.components.dates.calendar_dates import (
    day_month,
    day_slash_month,
    month,
    month_list,
    month_year,
    numeric,
    rentree,
    week_of_day,
    week_of_month,
    weekday_day,
)
from newsfacts.components.dates.clock_times import clock, noon, part_of_day
from newsfacts.components.dates.durations import (
    about_duration,
    ago,
    clock_duration,
    duration,
    half_duration,
    hours_minutes,
    last_n,
    part_duration,
    seconds,
    vague_duration,
    whole_unit,
)
from newsfacts.components.dates.holidays import easter_weekend, holiday
from newsfacts.components.dates.relative_days import (
    anaphoric,
    deictic,
    night,
    same_day,
    this_part,
    weekday,
    weekday_part,
    weekday_range,
    weekend,
)
from newsfacts.components.dates.relative_periods import edge_of_unit, offset, relative_unit
from newsfacts.components.dates.resolved import Context, Resolved
from newsfacts.components.dates.sets import (
    set_adjective,
    set_adverb,
    set_each,
    set_every,
    set_per,
    set_times,
    weekdays,
)
from newsfacts.components.dates.vague_references import (
    ref_adjective,
    ref_coming,
    ref_phrase,
    ref_span,
)
from newsfacts.components.dates.years import century, decade, quarter, season, year, year_pre

__all__ = ["RESOLVERS", "Context", "Resolved"]

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
