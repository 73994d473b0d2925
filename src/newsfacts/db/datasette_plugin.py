"""A Datasette plugin (entry point ``datasette``): every newsfacts archive that Datasette serves
gets the titles, descriptions and facets of ``metadata.ARCHIVE_METADATA``.

Archives are told from other databases by their ``PRAGMA application_id`` when Datasette starts;
a metadata file given with ``-m`` still has the last word.
"""

from __future__ import annotations

import copy

from datasette import hookimpl

from newsfacts.db.metadata import ARCHIVE_METADATA
from newsfacts.db.tables import APPLICATION_ID

_ARCHIVES = "_newsfacts_archives"  # attribute of the Datasette instance: the archives' names


@hookimpl
def startup(datasette):
    async def find_archives():
        names = []
        for name, database in datasette.databases.items():
            if name.startswith("_"):  # Datasette's own
                continue
            result = await database.execute("PRAGMA application_id")
            if result.first()[0] == APPLICATION_ID:
                names.append(name)
        setattr(datasette, _ARCHIVES, names)

    return find_archives


@hookimpl
def get_metadata(datasette, key, database, table):
    names = getattr(datasette, _ARCHIVES, [])
    # A copy each time: Datasette merges other metadata into what it is given.
    return {"databases": {name: copy.deepcopy(ARCHIVE_METADATA) for name in names}}
