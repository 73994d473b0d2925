"""Regex parts shared by the quantity patterns (quantities.patterns)."""

from __future__ import annotations

import re

from newsfacts.components.quantities.patterns import alternation, fold


def test_alternation_prefers_the_longest_key_and_any_space():
    pattern = re.compile(alternation(["mille", "mille milliards", "mille"]))
    assert pattern.match("mille\u00a0milliards").group(0) == "mille\u00a0milliards"
    assert pattern.match("mille euros").group(0) == "mille"
    assert pattern.match("mille\nmilliards").group(0) == "mille"  # never across a line break


def test_fold_lowers_and_joins_spaces_and_apostrophes():
    assert fold("  Près  D’un\u00a0Million ") == "près d'un million"
