"""components.entities.person_nouns: nouns of people told by their gender inflection."""

from __future__ import annotations

import pytest

from newsfacts.components.entities.person_nouns import PersonNouns

NOUNS = frozenset({"résident", "habitant", "commerçant", "fabricant", "plante", "plant"})
FORMS = frozenset(NOUNS | {"commerçante", "fabricante", "employée", "résidente"})


@pytest.fixture
def person_nouns():
    return PersonNouns(NOUNS, FORMS, known={"femme"}, not_persons={"fabricant"})


@pytest.mark.parametrize("word", ["résidente", "habitante", "commerçant", "employé", "femme",
                                  "quarantaine"])  # fmt: skip
def test_nouns_inflected_for_gender_are_persons(person_nouns, word):
    assert word in person_nouns


@pytest.mark.parametrize("word", ["fabricant", "plante", "restaurant", "ville"])
def test_nouns_of_things_and_organisation_types_are_not(person_nouns, word):
    assert word not in person_nouns
