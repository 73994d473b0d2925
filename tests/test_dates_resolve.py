"""resolve: the table from each rule kind of the grammar to the function that values it."""

from __future__ import annotations

import inspect

from newsfacts.components.dates import resolve, resolved
from newsfacts.components.dates.patterns import COMPILED

# Kinds the tagger rewrites into others before valuing them ("les 16 et 17 juin" -> two days).
REWRITTEN = {"day_list", "day_range", "far_year", "vague_object", "year_pair"}


def test_every_rule_kind_has_a_resolver_and_every_resolver_a_rule():
    kinds = {rule.kind for rule in COMPILED}
    assert set(resolve.RESOLVERS) == kinds - REWRITTEN


def test_every_resolver_takes_the_groups_and_the_context():
    for kind, function in resolve.RESOLVERS.items():
        assert list(inspect.signature(function).parameters)[:2] == ["g", "ctx"], kind


def test_context_and_resolved_are_still_importable_from_resolve():
    assert (resolve.Context, resolve.Resolved) == (resolved.Context, resolved.Resolved)
