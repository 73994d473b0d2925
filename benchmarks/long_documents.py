"""Cost against document length: one paragraph with a quote, repeated into one long document.

  .venv/bin/python benchmarks/long_documents.py [--repeats 100 1000 2000] [--paragraph TEXT]

The model parses the document once per size; each of our components is then timed on its own
(spaCy's parse is linear already, ours must be too). With a linear method the time per repeat
stays about the same from one size to the next: the last column is the ratio of time per repeat
to that of the smallest size. Prints one line per size and component, and the quotes found.
"""

from __future__ import annotations

import argparse
import time

from newsfacts.batch import annotate_in_chunks, fits
from newsfacts.inputs import Document
from newsfacts.pipeline import COMPONENTS, load_pipeline

PARAGRAPH = (
    "Le maire, Jean Dupont, a reçu Marie Martin. « Nous rouvrirons l'école lundi », "
    "a-t-il déclaré à la presse.\n"
)


def parsed(nlp, text: str):
    """The document parsed by the model alone (our components left out)."""
    document = Document("long", "-", text, None, None, {})
    if not fits(nlp, document):
        doc = annotate_in_chunks(nlp, document)  # runs the components too: re-run below
        return doc
    with nlp.select_pipes(disable=list(COMPONENTS)):
        return nlp(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, nargs="+", default=[100, 1000, 2000])
    parser.add_argument("--paragraph", default=PARAGRAPH)
    args = parser.parse_args()
    nlp = load_pipeline()
    base: dict[str, float] = {}
    print(f"paragraph: {len(args.paragraph)} characters")
    for repeats in args.repeats:
        doc = parsed(nlp, args.paragraph * repeats)
        total = 0.0
        for name in COMPONENTS:
            started = time.perf_counter()
            doc = nlp.get_pipe(name)(doc)
            spent = time.perf_counter() - started
            total += spent
            per = spent / repeats
            base.setdefault(name, per)
            ratio = per / base[name] if base[name] else 1.0
            timing = f"{spent:8.2f} s  {1e3 * per:7.3f} ms/repeat  x{ratio:.2f}"
            print(f"{repeats:6d} x  {name:22s} {timing}")
        quotes = len(doc.spans.get("quotes", []))
        speakers = sum(1 for span in doc.spans.get("quotes", []) if span._.quote["speaker"])
        found = f"quotes {quotes}, with speaker {speakers}"
        print(f"{repeats:6d} x  {'all components':22s} {total:8.2f} s  {found}")


if __name__ == "__main__":
    main()
