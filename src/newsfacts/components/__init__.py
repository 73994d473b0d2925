"""spaCy components of newsfacts, one per fact kind, each registered as a factory.

Results go on the Doc, never into JSON: spans in ``doc.spans[KIND]`` with a plain-dict payload on
``span._.<kind>``, and entity lists on ``doc._.places`` / ``doc._.actors``. Payloads hold only
strings, numbers, lists and dicts so that they survive ``DocBin`` and multiprocessing.
"""

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    "reference_date": None,  # "YYYY-MM-DD" publication date, set before the pipeline runs
    "places": None,  # list of place dicts, see components.places
    "actors": None,  # list of actor dicts, see components.actors
}
SPAN_EXTENSIONS = ("quantity", "date", "quote")


def register_extensions() -> None:
    """Register our extensions once; never overwrite someone else's."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register_extensions()


class _TextOfLastDoc:
    """``doc.text`` is joined anew from the tokens at each access (1 ms for an article). Our
    components run one after the other on a doc, so the text of the last doc is kept."""

    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.text = ""

    def __call__(self, doc: Doc) -> str:
        if doc is not self.doc:  # a doc's text never changes, and ``self.doc`` keeps it alive
            self.doc, self.text = doc, doc.text
        return self.text


text_of = _TextOfLastDoc()
