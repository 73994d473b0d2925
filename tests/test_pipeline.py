"""The pipeline: factories through entry points, payloads across processes, the library API."""

from importlib.metadata import entry_points

import pytest
import spacy
from spacy.tokens import DocBin

import newsfacts
from newsfacts.batch import make_doc, run
from newsfacts.components import text_of
from newsfacts.components.lemmas import lemma
from newsfacts.inputs import Document, InputError
from newsfacts.pipeline import COMPONENTS, UNUSED
from newsfacts.record import build_record
from tests.conftest import SEED, SEED_REFERENCE_DATE, run_cli


def test_every_component_is_an_entry_point():
    names = {entry.name for entry in entry_points(group="spacy_factories")}
    assert set(COMPONENTS) <= names
    for entry in entry_points(group="spacy_factories"):
        if entry.name in COMPONENTS:
            assert callable(entry.load())


def test_components_can_be_added_by_name_to_a_blank_french_pipeline():
    nlp = spacy.blank("fr")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    doc = nlp("Le 13 octobre, 300 personnes.")
    assert "quantities" in doc.spans and "dates" in doc.spans


def test_pipeline_is_the_model_plus_our_components(nlp):
    assert nlp.pipe_names[-len(COMPONENTS) :] == list(COMPONENTS)
    assert {"parser", "ner", "morphologizer"} <= set(nlp.pipe_names)
    assert set(UNUSED) <= set(nlp.disabled) and not set(UNUSED) & set(nlp.pipe_names)


def test_lemmas_on_demand_are_those_of_the_model_lemmatizer(nlp, seed_text):
    on_demand = [lemma(token) for token in nlp(seed_text)]
    doc = nlp(seed_text)
    nlp.get_pipe("lemmatizer")(doc)  # fills the lemmas our components did not ask for
    assert on_demand == [token.lemma_ for token in doc]
    assert "confirmer" in on_demand and "avoir" in on_demand


def test_without_a_lemmatizer_the_lemma_is_the_lowercased_word():
    doc = spacy.blank("fr")("Elle Annonçait")
    assert [lemma(token) for token in doc] == ["elle", "annonçait"]


def test_text_of_follows_the_doc_it_is_given(nlp):
    first, second = nlp.make_doc("Un texte."), nlp.make_doc("Un autre texte.")
    assert [text_of(first), text_of(second), text_of(first)] == [
        first.text,
        second.text,
        first.text,
    ]


@pytest.mark.parametrize("n_process", [1, 2])
def test_payloads_survive_multiprocessing(nlp, seed_record, seed_text, n_process):
    document = Document(SEED.stem, "-", seed_text, SEED_REFERENCE_DATE, "option")
    [doc] = nlp.pipe([make_doc(nlp, document)], n_process=n_process)
    assert build_record(doc, document) == seed_record


def test_payloads_survive_docbin(nlp, seed_record, seed_text):
    document = Document(SEED.stem, "-", seed_text, SEED_REFERENCE_DATE, "option")
    doc = nlp(make_doc(nlp, document))
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    [restored] = DocBin().from_bytes(data).get_docs(nlp.vocab)
    assert build_record(restored, document) == seed_record


def test_api_returns_what_the_cli_prints(seed_text):
    _, [from_cli] = run_cli("extract", "--reference-date", SEED_REFERENCE_DATE, input=seed_text)
    assert newsfacts.extract(seed_text, reference_date=SEED_REFERENCE_DATE) == from_cli


def test_api_takes_a_date_object(seed_text):
    import datetime as dt

    record = newsfacts.extract(seed_text, reference_date=dt.date(2018, 10, 29))
    assert record["reference_date"] == "2018-10-29"


def test_two_jobs_give_the_same_records_in_the_same_order(nlp):
    texts = [f"Article {i} : {i * 100} personnes ont manifesté lundi à Paris." for i in range(40)]
    documents = [
        Document(f"d{i}", "-", text, "2018-10-29", "option") for i, text in enumerate(texts)
    ]
    documents.insert(5, InputError("bad.txt", "binary file, not text"))
    local = list(run(documents, jobs=1))
    spread = list(run(documents, jobs=2, batch_size=4))
    assert spread == local
    assert [r.source if isinstance(r, InputError) else r["id"] for r in spread][:7] == [
        "d0",
        "d1",
        "d2",
        "d3",
        "d4",
        "bad.txt",
        "d5",
    ]


def test_a_failing_document_does_not_take_its_batch_down(nlp, monkeypatch):
    from newsfacts import batch

    real = batch.build_record

    def build_or_fail(doc, document):
        if "boom" in document.text:
            raise RuntimeError("kaput")
        return real(doc, document)

    monkeypatch.setattr(batch, "build_record", build_or_fail)
    documents = [Document(str(i), f"s{i}", text) for i, text in enumerate(["a", "boom", "c"])]
    outcomes = list(run(documents))
    assert [o["id"] for o in outcomes if isinstance(o, dict)] == ["0", "2"]
    [failure] = [o for o in outcomes if isinstance(o, InputError)]
    assert failure.source == "s1" and "kaput" in failure.reason
