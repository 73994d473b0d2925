"""The training script's scoring of one quote (benchmarks/train_speaker_ranker.py): how a
weighed or abstaining rule kind is judged, and how a variant names them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsfacts.components.quotes.candidates import Candidate
from newsfacts.components.quotes.ranking import SpeakerRanker

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "train_speaker_ranker.py"


@pytest.fixture(scope="module")
def trainer():
    spec = importlib.util.spec_from_file_location("train_speaker_ranker", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Two candidates: the rules chose the first, the gold speaker is the second.
FEATURES = [{"rule_choice": 1.0}, {"nearest": 1.0}]


def example(kind: str, labels=(False, True), has_speaker=True):
    return (FEATURES, list(labels), has_speaker, kind, True)


def test_a_rule_answer_the_ranker_does_not_weigh_is_judged_as_the_rule(trainer):
    ranker = SpeakerRanker({"nearest": 3.0}, bias=-1.0, threshold=0.5)
    assert not trainer.decided(example("pronoun"), ranker, frozenset())
    assert trainer.decided(example("pronoun", labels=(True, False)), ranker, frozenset())


def test_a_weighed_rule_answer_takes_the_best_candidate(trainer):
    ranker = SpeakerRanker({"nearest": 3.0}, -1.0, 0.5, frozenset({"pronoun"}))
    assert trainer.decided(example("pronoun"), ranker, frozenset({"pronoun"}))


def test_an_abstaining_kind_may_answer_no_speaker(trainer):
    weak = {"nearest": 0.5}  # p = 0.38 for the nearest: under the threshold
    weighing = SpeakerRanker(weak, -1.0, 0.5, frozenset({"description"}))
    abstaining = SpeakerRanker(
        weak, -1.0, 0.5, frozenset({"description"}), frozenset({"description"})
    )
    unnamed = example("description", labels=(False, False), has_speaker=False)
    ranked = frozenset({"description"})
    assert not trainer.decided(unnamed, weighing, ranked)  # someone is chosen: wrong
    assert trainer.decided(unnamed, abstaining, ranked)  # no one: right for a null gold
    assert not trainer.decided(example("description"), abstaining, ranked)


def test_a_variant_names_the_kinds_it_weighs_and_those_it_may_abstain_on(trainer):
    variant = trainer.parse_variant("drop=history,ranked=pronoun+description,abstain=description")
    assert variant["ranked"] == {"pronoun", "description"}
    assert variant["abstain"] == {"description"}
    assert variant["drop"] == {"history"}
    assert "ranked" not in trainer.parse_variant("l2=10")  # the command line's default then


def quote(candidates, gold=None):
    """One training example: each candidate's features, the gold one's position or None."""
    labels = [k == gold for k in range(len(candidates))]
    return (candidates, labels, gold is not None, "open", True)


def test_a_listwise_fit_weighs_a_quotes_candidates_against_one_another_and_no_one(trainer):
    # The subject of a reporting verb before the quote speaks, not the names around it; a
    # quote with only such names around it ("selon une source proche de X") has no speaker
    subject, bystander = {"cue_subject_before": 1.0}, {"complement_before": 1.0}
    data = [quote([subject, bystander, bystander, bystander], gold=0)] * 6
    data += [quote([bystander])] * 6
    weights, bias = trainer.fit(data, ["complement_before", "cue_subject_before"], 1.0, "listwise")
    ranker = SpeakerRanker(weights, bias, threshold=0.5)  # the best against no one
    found = [Candidate({"name": "X"}, 0, subject), Candidate({"name": "Y"}, 1, bystander)]
    assert ranker.choose(found) is found[0]
    assert ranker.choose(found[1:]) is None
    assert trainer.parse_variant("loss=listwise")["loss"] == "listwise"
