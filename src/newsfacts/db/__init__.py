"""The records of many articles in one SQLite file, an archive to query and to browse in Datasette.

- ``tables``: the tables, views and indexes, as data;
- ``lock``: one writing run per archive at a time;
- ``writer``: ``Archive``, which stores each record in one transaction and skips documents already
  stored with the same text;
- ``report`` and ``command``: the counts and top lists that ``newsfacts db`` prints;
- ``metadata`` and ``datasette_plugin``: titles, descriptions and facets when Datasette serves an
  archive.

Nothing is imported here, so that ``newsfacts --help`` does not load sqlite-utils.
"""
