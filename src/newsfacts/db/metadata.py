"""Datasette metadata of an archive: titles, descriptions and facets, so that its tables read as
facts. The plugin (``datasette_plugin``) gives it to every archive Datasette serves; it is also
what ``datasette FILE -m metadata.json`` would take (under ``databases.NAME``)."""

# Columns every fact table has: document_id (the document's id), position (index in the record's
# list); spans also have text, start, end (character offsets) and sentence. Described in the
# table descriptions, so that the columns proper to each table stand out.
SPANS = (
    " Spans: text as written, start and end character offsets in the document text, sentence "
    "index; position is the index in the document's list."
)
ENTITIES = (
    " aliases: other names used in the document; mentions: JSON list of spans (text, start, end,"
    " sentence), mention_count: how many."
)
FACETS_SHOWN = 6

ARCHIVE_METADATA = {
    "description": "Quantities, dates, places, actors and attributed quotes of French news "
    "articles, extracted by newsfacts (one row per fact). Search the quotes, or open a view "
    "for what recurs across the archive: entities, actor_titles, quotes_by_speaker, "
    "places_by_documents.",
    "tables": {
        "documents": {
            "title": "Documents",
            "description": "One row per article: its id, source, reference date (against which "
            "'lundi' or 'hier' were resolved), input metadata, and the text when known.",
            "facet_size": FACETS_SHOWN,
            "facets": ["reference_date_source"],
            "sort_desc": "reference_date",
            "columns": {
                "meta": "JSON object: input fields such as url and title.",
                "text_sha256": "SHA-256 of the text: a rerun skips documents stored unchanged.",
            },
        },
        "quotes": {
            "title": "Quotes",
            "description": "Direct, indirect and mixed quotes with their speaker (an actor's "
            "name, or empty when not a named actor) and reporting verb. Search them by words, "
            "speaker or verb." + SPANS,
            "facet_size": FACETS_SHOWN,
            "facets": ["speaker", "type", "cue"],
            "columns": {
                "type": "direct (between quote marks), indirect (reported speech) or mixed.",
                "speaker_text": "JSON span of the words that designate the speaker.",
                "fragments": "JSON list of the words in quote marks inside a mixed quote.",
            },
        },
        "actors": {
            "title": "Actors",
            "description": "Persons and organisations, one row per actor and document." + ENTITIES,
            "facet_size": FACETS_SHOWN,
            "facets": ["type", "name"],
            "columns": {
                "name": "The fullest name used in the document.",
                "type": "person or organization.",
                "titles": "JSON list of the roles given to it in the document.",
            },
        },
        "places": {
            "title": "Places",
            "description": "Places, one row per place and document." + ENTITIES,
            "facet_size": FACETS_SHOWN,
            "facets": ["name", "kind", "country"],
            "columns": {
                "name": "Canonical name in French.",
                "kind": "country, region, city, continent or other.",
                "country": "ISO 3166-1 alpha-2 code of its country.",
                "geonames_id": "GeoNames id, when the gazetteer knows it.",
            },
        },
        "quantities": {
            "title": "Quantities",
            "description": "Numbers that count or measure something, with their resolved value."
            + SPANS,
            "facet_size": FACETS_SHOWN,
            "facets": ["kind", "unit", "qualifier"],
            "columns": {
                "value": "The resolved value ('2,5 millions' is 2500000).",
                "value_max": "Upper end of a range.",
                "unit": "What is counted or measured, or a code (EUR, %, km).",
                "kind": "count, money, percent or measure.",
                "qualifier": "about, at_least, at_most, more_than, less_than or vague.",
            },
        },
        "dates": {
            "title": "Dates",
            "description": "Temporal expressions, normalised as TimeML TIMEX3 values." + SPANS,
            "facet_size": FACETS_SHOWN,
            "facets": ["type", "relative"],
            "columns": {
                "type": "date, time, duration or set.",
                "value": "TIMEX3 value (2018-10-29, 2018-W43, P3Y, PAST_REF); X where unknown.",
                "relative": "1 when resolved against the reference date.",
            },
        },
        "entities": {
            "title": "Entities across the archive",
            "description": "One row per actor name and type, with the number of documents "
            "that name it, its mentions and quotes.",
            "facet_size": FACETS_SHOWN,
            "facets": ["type"],
        },
        "actor_titles": {
            "title": "Titles of actors",
            "description": "The roles given to each actor ('ministre de l'Intérieur'), and in "
            "how many documents.",
            "facets": ["type"],
        },
        "quotes_by_speaker": {
            "title": "Quotes by speaker",
            "description": "Who is quoted most, and in how many documents.",
        },
        "places_by_documents": {
            "title": "Places by number of documents",
            "description": "The places that come up in the most documents.",
            "facet_size": FACETS_SHOWN,
            "facets": ["country"],
        },
    },
}
