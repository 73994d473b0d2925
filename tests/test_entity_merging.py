"""components.entities.merging: one mention per name, one kind per name."""

from __future__ import annotations


def test_compound_territory_is_one_place(nlp):
    doc = nlp("Des cas ont été signalés au Vanuatu et à Wallis et Futuna.")
    names = [place["name"] for place in doc._.places]
    assert "Wallis-et-Futuna" in names
    assert "Wallis" not in names and "Futuna" not in names


def test_a_name_a_type_noun_typed_stays_whole_where_it_comes_back(nlp):
    doc = nlp(
        "Le vestiaire de la société Normandie Logistique était vétuste. "
        "La gestion de ce local de Normandie Logistique pose question."
    )
    actors = [a for a in doc._.actors if a["name"] == "Normandie Logistique"]
    assert len(actors) == 1 and len(actors[0]["mentions"]) == 2
    assert not doc._.places


def test_a_country_in_parentheses_after_a_club_stays_a_place(nlp):
    doc = nlp("Il a misé sur le KF Drita (Kosovo) et le F91 Dudelange (Luxembourg).")
    places = {place["name"] for place in doc._.places}
    assert {"Kosovo", "Luxembourg"} <= places
    drita = next(actor for actor in doc._.actors if actor["name"] == "KF Drita")
    assert [doc.text[start:end] for start, end in drita["mentions"]] == ["KF Drita"]


def test_an_acronym_in_parentheses_after_an_organisation_is_still_its_own(nlp):
    doc = nlp("L'Organisation des Nations unies (ONU) a réagi.")
    onu = next(a for a in doc._.actors if a["name"] == "Organisation des Nations unies")
    assert "ONU" in [doc.text[start:end] for start, end in onu["mentions"]]
