"""Wikipedia dumps as a page source: read a dump (CirrusSearch JSON lines or XML
pages-articles), index it into one SQLite file, and serve pages and searches from it.

`build.build_index` writes an index; `index_source.IndexSource` reads one. Nothing here
imports Click: the CLI wires these parts and turns DumpError into a message.
"""
