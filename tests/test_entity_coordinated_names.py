"""components.entities.coordinated_names: 'X et Y' bodies named where a speaker stands."""

from __future__ import annotations

import pytest


def actors(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    for actor in doc._.actors:
        for start, end in actor["mentions"]:
            assert text[start:end] != ""
    return {a["name"]: a["type"] for a in doc._.actors}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La fréquentation a bondi de 151% le week-end, précise Vélo et territoires.",
            "Vélo et territoires",
        ),
        (
            "Gare et Connexions se défend. Cela n'enlève rien, selon Gare et Connexions, au fait "
            "que cette gare a un avenir.",
            "Gare et Connexions",
        ),
    ],
)
def test_two_nouns_joined_by_et_where_a_speaker_stands_are_one_organisation(nlp, text, name):
    found = actors(nlp, text)
    assert found.get(name) == "organization"
    assert not set(found) & set(name.split(" et "))


@pytest.mark.parametrize(
    "text, absent",
    [
        ("« Nous sommes ravis », racontent Pierre et Marie.", "Pierre et Marie"),
        ("Les échanges vont reprendre, selon France et Allemagne.", "France et Allemagne"),
    ],
)
def test_two_persons_or_two_places_joined_by_et_stay_apart(nlp, text, absent):
    assert actors(nlp, text).get(absent) != "organization"
