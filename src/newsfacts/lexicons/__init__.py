"""French word lists and tables, kept as data apart from the code that uses them."""
